/**
 * npm run bench -- [--json] [--sizes 100,1000] [--rounds N] [--per-event] [--only validators,generate,size,hostile,receiver]
 *
 * A benchmark, not a test: prints tables (and with --json, one JSON object on the last line).
 * See scripts/bench/{validators,generate,size,hostile-body,receiver}.ts for what each part measures.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchGenerate, type GenerateBench } from './bench/generate.ts';
import { benchHostile, type HostileBench } from './bench/hostile-body.ts';
import { benchReceiver, type ReceiverBench } from './bench/receiver.ts';
import { benchSize, type SizeBench } from './bench/size.ts';
import { benchValidators, ratio, SIDES, type Side, type ValidatorBench } from './bench/validators.ts';
import { runCli } from './cli.ts';

const HELP = `Usage: npm run bench -- [--json] [--sizes 100,1000] [--rounds N] [--per-event] [--only PARTS]

  --only PARTS   comma-separated: validators, generate, size, hostile, receiver (default: all five)
  --sizes LIST   synthetic catalog sizes for the generation benchmark (default 100,1000; the
                 real catalog is always measured too). 1,000 events take minutes.
  --rounds N     validator rounds (default 15; the receiver's: 10, made even); the median is reported
  --runs N       generation runs per catalog size (default 1); every figure is the median
  --per-event    validators: also compare each event's payloads alone (about 2 minutes more)
  --json         print the results as one JSON object on the last line

  The validators' typia peer is built with the project's typia, or with the one in the node_modules
  directory named by BENCH_TYPIA_MODULES (typia >= 14 needs ttsc and Go; typia 12 runs on TypeScript 5).`;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

export function machine(): { cpus: number; cpu: string; node: string; platform: string } {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux
  }
  return {
    cpus: os.availableParallelism(),
    cpu,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
  };
}

const SIDE_LABELS: Record<Side, string> = {
  ours: 'ours',
  typia: 'typia',
  ajv: 'Ajv',
  ajvStandalone: 'Ajv standalone',
};
const PEERS = SIDES.filter((side) => side !== 'ours');
const times = (n: number | undefined) => (n === undefined ? '-' : `${n.toFixed(2)}x`);

function printValidators(v: ValidatorBench): void {
  console.log(
    `\nValidators: ops/s (one payload validated, main thread CPU time), median of ${v.rounds} interleaved rounds; ours/peer: median of the rounds' ratios`,
  );
  console.log(`payloads: ${v.payloads.valid} valid, ${v.payloads.invalid} invalid (${v.payloads.sources})`);
  console.log(`peers: ${v.peers.typia}; Ajv standalone: ${v.peers.ajvStandalone}\n`);
  const rows: string[][] = [];
  for (const mode of ['guard', 'validate'] as const) {
    for (const kind of ['valid', 'invalid'] as const) {
      const rates = v[mode][kind];
      rows.push([
        `${mode === 'guard' ? 'isX / is / allErrors: false' : 'validateX / validate / allErrors: true'}, ${kind}`,
        ...SIDES.map((side) => (rates[side] === undefined ? '-' : fmt(rates[side]))),
        ...PEERS.map((peer) => times(ratio(rates, peer))),
      ]);
    }
  }
  console.log(
    table(
      [
        'mode, payloads',
        ...SIDES.map((side) => `${SIDE_LABELS[side]} ops/s`),
        ...PEERS.map((peer) => `ours/${SIDE_LABELS[peer]}`),
      ],
      rows,
    ),
  );
  const targets: [Side, number][] = [
    ['typia', 1],
    ['ajv', 1.5],
  ];
  for (const [peer, target] of targets) {
    const all = (['guard', 'validate'] as const).flatMap((mode) =>
      (['valid', 'invalid'] as const).map((kind) => ratio(v[mode][kind], peer)),
    );
    if (all.some((r) => r === undefined)) continue;
    const lowest = Math.min(...(all as number[]));
    console.log(
      `ours/${SIDE_LABELS[peer]} >= ${target} on valid and invalid payloads: lowest ${times(lowest)}, ${lowest >= target ? 'met' : 'MISSED'}`,
    );
  }
  if (v.perEvent.length > 0) {
    console.log(
      `\nPer event (its valid and invalid payloads together, 7 rounds of 20 ms each): ours/peer, min (event) / median / max`,
    );
    const short = (event: string) => event.replace(/^Microsoft\.Communication\./, '');
    const spread = (mode: 'guard' | 'validate', peer: Side) => {
      const list = v.perEvent
        .map((e) => ({ event: short(e.event), r: ratio(e[mode], peer) }))
        .filter((e): e is { event: string; r: number } => e.r !== undefined)
        .sort((x, y) => x.r - y.r);
      if (list.length === 0) return '-';
      const mid = list[list.length >> 1]!.r;
      return `${times(list[0]!.r)} (${list[0]!.event}) / ${times(mid)} / ${times(list[list.length - 1]!.r)}`;
    };
    console.log(
      table(
        ['peer', 'guard', 'validate'],
        PEERS.map((peer) => [SIDE_LABELS[peer], spread('guard', peer), spread('validate', peer)]),
      ),
    );
  }
  const { guard, validate, notBuilt } = v.ablations;
  console.log(
    '\nWhere our time goes against typia (valid payloads; ours with a kind of check switched off, in the same rounds):',
  );
  console.log(
    table(
      ['validators', 'guard ops/s', 'guard /ours', 'validate ops/s', 'validate /ours'],
      Object.keys(guard).map((name) => [
        name,
        fmt(guard[name]!),
        times(guard[name]! / guard.ours!),
        fmt(validate[name]!),
        times(validate[name]! / validate.ours!),
      ]),
    ),
  );
  for (const line of notBuilt) console.log(`- ${line}`);
  if (v.disagreements.length > 0) {
    console.log('\nVerdicts that differ from ours (the peer checks less, or otherwise):');
    for (const d of v.disagreements) {
      const verb = d.kind === 'invalid' ? 'accepts' : 'rejects';
      console.log(
        `- ${SIDE_LABELS[d.peer]} (${d.mode}) ${verb} ${d.count} of ${d.total} ${d.kind} payloads, e.g. ${d.examples.join('; ')}`,
      );
    }
  }
}

function printGenerate(g: GenerateBench): void {
  console.log(
    `\nGeneration: wall time of scripts/generate.ts in a fresh process${g.runs > 1 ? `, median of ${g.runs} runs` : ''}\n`,
  );
  const rows = g.sizes.map((s) =>
    s.failed
      ? [
          String(s.events),
          '-',
          `FAILED after ${seconds(s.failed.wallMs)}`,
          '-',
          '-',
          '-',
          '-',
          s.failed.error.slice(0, 120),
        ]
      : [
          s.label === 'real' ? `${s.events} (real catalog)` : String(s.events),
          String(s.full.files),
          `${seconds(s.full.wallMs)} (cpu ${seconds(s.full.cpuMs)})`,
          `${fmt(s.noopCached.wallMs)} ms`,
          s.noopUncached ? seconds(s.noopUncached.wallMs) : '(skipped)',
          s.oneChanged ? `${seconds(s.oneChanged.wallMs)} (cpu ${seconds(s.oneChanged.cpuMs)})` : '-',
          `${fmt(s.full.peakMb)} MB`,
          Object.entries(s.full.stages)
            .map(
              ([stage, ms]) =>
                `${stage} ${seconds(ms)} (cpu ${seconds(s.full.stageCpuMs[stage] ?? NaN)}, ${fmt(s.full.stagePeakMb[stage] ?? NaN)} MB)`,
            )
            .join(', '),
        ],
  );
  console.log(
    table(
      [
        'events',
        'files',
        'full',
        'no-op (cache)',
        'no-op (--no-cache)',
        'one event changed',
        'peak memory',
        'full run stages: wall (cpu, peak memory by its end)',
      ],
      rows,
    ),
  );
  if (g.scaling !== undefined)
    console.log(`\nt(1000)/t(100) = ${g.scaling} (target <= 8): ${g.scaling <= 8 ? 'met' : 'MISSED'}`);
  if (g.noopRatio !== undefined) {
    console.log(
      `no-op/full = ${g.noopRatio} with the cache, ${g.noopUncachedRatio} without (target <= 0.3): ${g.noopRatio <= 0.3 ? 'met' : 'MISSED'}`,
    );
  }
  if (g.oneChangedRatio !== undefined)
    console.log(
      `one changed event/full = ${g.oneChangedRatio} at the largest size (target <= 0.1): ${g.oneChangedRatio <= 0.1 ? 'met' : 'MISSED'}`,
    );
  for (const note of g.notes) console.log(`- ${note}`);
}

function printSize(s: SizeBench): void {
  console.log(`\nBundle size (esbuild: bundle, minify, ESM, tree shaking; gzip -9)\n`);
  const rows = [
    [
      s.entry,
      kb(s.single.bytes),
      kb(s.single.gzip),
      `${s.single.eventValidatorsIncluded} of ${s.single.events}`,
    ],
    [
      `one event validator (min: ${s.perEvent.min.name})`,
      kb(s.perEvent.min.bytes),
      kb(s.perEvent.min.gzip),
      '',
    ],
    ['one event validator (median)', kb(s.perEvent.median.bytes), kb(s.perEvent.median.gzip), ''],
    [
      `one event validator (max: ${s.perEvent.max.name})`,
      kb(s.perEvent.max.bytes),
      kb(s.perEvent.max.gzip),
      '',
    ],
    ['isAcsChatMessageReceivedEventData only', kb(s.guardOnly.bytes), kb(s.guardOnly.gzip), ''],
    ['the whole validators module', kb(s.wholeModule.bytes), kb(s.wholeModule.gzip), ''],
    ['parseEvents (index.js)', kb(s.parseEvents.bytes), kb(s.parseEvents.gzip), ''],
  ];
  const { typia, ajvStandalone } = s.peers;
  const typiaRow = (kind: 'validate' | 'is', label: string) =>
    'unavailable' in typia ? [label, '-', '-', ''] : [label, kb(typia[kind].bytes), kb(typia[kind].gzip), ''];
  const dataType = s.entry.replace(/^.*validate(\w+).*$/, '$1');
  rows.push(
    typiaRow('validate', `typia createValidate<${dataType}>()`),
    typiaRow('is', `typia createIs<${dataType}>()`),
    [
      'Ajv standalone, allErrors: true',
      kb(ajvStandalone.validate.bytes),
      kb(ajvStandalone.validate.gzip),
      '',
    ],
    ['Ajv standalone, allErrors: false', kb(ajvStandalone.is.bytes), kb(ajvStandalone.is.gzip), ''],
    [
      'Ajv standalone, allErrors: true, schema without annotations',
      kb(ajvStandalone.validateWithoutAnnotations.bytes),
      kb(ajvStandalone.validateWithoutAnnotations.gzip),
      '',
    ],
  );
  console.log(table(['import', 'minified', 'gzip', 'event validators in bundle'], rows));
  if ('unavailable' in typia) console.log(`typia: not measured: ${typia.unavailable}`);
  console.log(
    `\nours/Ajv standalone for one validator: ${s.ratioToAjvStandalone.toFixed(2)}x minified (target <= 0.5): ${s.ratioToAjvStandalone <= 0.5 ? 'met' : 'MISSED'}` +
      ('unavailable' in typia ? '' : `; ours/typia ${(s.single.bytes / typia.validate.bytes).toFixed(2)}x`),
  );
  const { runtime, definitions, event } = s.composition;
  const total = runtime + definitions + event;
  const share = (n: number) => `${Math.round((100 * n) / total)} %`;
  console.log(
    `\none validator: ${kb(s.single.bytes)} minified (target <= ${kb(s.target)}): ${s.met ? 'met' : 'MISSED'}. ` +
      `Its bundle: the event's own guard/check code ${share(event)}, shared definitions it refers to ${share(definitions)}, shared runtime (property helpers, date-time, error rendering) ${share(runtime)}.`,
  );
}

function printHostile(h: HostileBench): void {
  console.log('\nparseEvents on 10 MB hostile bodies: one fresh process per row\n');
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const rows = h.runs.map((run) => [
    `${run.name}, ${run.form}, ${run.limits} limits`,
    `${run.ms.toFixed(1)} ms`,
    `${run.cpuMs.toFixed(1)} ms`,
    mb(run.heapDelta),
    mb(Math.max(0, run.peakRss - run.rssBefore)),
    mb(run.peakRss),
    run.outcome.slice(0, 90),
  ]);
  console.log(
    table(
      ['body, form, limits', 'parseEvents', 'CPU', 'heap growth', 'RSS growth', 'peak RSS', 'first result'],
      rows,
    ),
  );
  console.log(
    `\nslowest ${h.maxMs.toFixed(1)} ms (CPU ${h.maxCpuMs.toFixed(1)} ms; target < 1 s), RSS growth at most ${mb(h.maxRssGrowth)} (target < 256 MB; peak RSS with the body built ${mb(h.maxPeakRss)}): ${h.met ? 'met' : 'MISSED'}`,
  );
}

function printReceiver(r: ReceiverBench): void {
  console.log(
    `\nReceiver: events/s over loopback, node:http adapter vs a bare server that reads and JSON.parses (median of ${r.rounds} paired rounds, ${r.concurrency} requests in flight); CPU µs per event of the whole process (client included); the core and JSON.parse alone, without HTTP\n`,
  );
  const rows = r.rows.map((row) => [
    `${row.batch} (${fmt(row.requests)} requests)`,
    fmt(row.ours),
    fmt(row.bare),
    `${row.ratio.toFixed(2)}x`,
    `${row.oursCpu.toFixed(1)} / ${row.bareCpu.toFixed(1)}`,
    `${row.cpuRatio.toFixed(2)}x`,
    `${row.coreCpu.toFixed(1)} / ${row.parseCpu.toFixed(1)}`,
  ]);
  console.log(
    table(
      [
        'events per request',
        'webhook events/s',
        'bare events/s',
        'webhook/bare',
        'CPU µs/event webhook / bare',
        'by CPU',
        'core / JSON.parse µs/event',
      ],
      rows,
    ),
  );
  console.log(`\nwebhook/bare >= ${r.target} in every row: ${r.met ? 'met' : 'MISSED'}`);
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      'per-event': { type: 'boolean', default: false },
      sizes: { type: 'string', default: '100,1000' },
      rounds: { type: 'string', default: '15' },
      runs: { type: 'string', default: '1' },
      only: { type: 'string', default: 'validators,generate,size,hostile,receiver' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const parts = new Set(values.only.split(','));
  const sizes = values.sizes.split(',').filter(Boolean).map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes expects positive integers, found ${values.sizes}`);
  const info = machine();
  console.log(`npm run bench -- ${process.argv.slice(2).join(' ')}`.trim());
  console.log(
    `machine: ${info.cpus} CPUs (${info.cpu}), ${info.platform}, Node ${info.node}; load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );

  const result: Record<string, unknown> = { machine: info };
  if (parts.has('validators')) {
    const v = await benchValidators({ rounds: Number(values.rounds), perEvent: values['per-event'] });
    printValidators(v);
    result.validators = v;
  }
  if (parts.has('size')) {
    const s = await benchSize();
    printSize(s);
    result.size = s;
  }
  if (parts.has('hostile')) {
    const h = benchHostile((line) => console.log(line));
    printHostile(h);
    result.hostile = h;
  }
  if (parts.has('receiver')) {
    const r = await benchReceiver(values.rounds === '15' ? {} : { rounds: Number(values.rounds) });
    printReceiver(r);
    result.receiver = r;
  }
  if (parts.has('generate')) {
    const work = await mkdtemp(path.join(os.tmpdir(), 'acs-bench-'));
    try {
      const g = await benchGenerate({
        sizes,
        work,
        runs: Number(values.runs),
        onProgress: (line) => console.log(line),
      });
      printGenerate(g);
      result.generate = g;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  console.log(
    `(load average at the end: ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')})`,
  );
  if (values.json) console.log(JSON.stringify(result));
  return 0;
});
