/**
 * One case of the hostile-body benchmark, in a process of its own (run by hostile-body.ts with
 * --expose-gc): builds the body, then times parseEvents on it and measures memory. Prints one JSON
 * line. Not for use on its own.
 */
import { parseEvents, type ParseOptions } from '../../generated/package/dist/index.js';
import { HOSTILE_BODIES, parsedForm } from './hostile-body-cases.ts';

const [name, form, optionsJson] = process.argv.slice(2) as [string, 'text' | 'bytes' | 'parsed', string];
const options = JSON.parse(optionsJson) as ParseOptions;
const text = HOSTILE_BODIES[name]!();
const body = form === 'text' ? text : form === 'bytes' ? Buffer.from(text) : parsedForm(name, text);
const gc = (globalThis as { gc?: () => void }).gc!;
gc();
const before = process.memoryUsage();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const results = parseEvents(body, options);
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const after = process.memoryUsage();
const peakRss = process.resourceUsage().maxRSS * 1024;
const first = results[0];
console.log(
  JSON.stringify({
    name,
    form,
    bytes: Buffer.byteLength(text),
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapDelta: after.heapUsed - before.heapUsed,
    rssBefore: before.rss,
    peakRss,
    results: results.length,
    outcome:
      first === undefined
        ? 'no events'
        : first.status === 'invalid'
          ? `invalid: ${first.errors[0]!.path} ${first.errors[0]!.message}`.slice(0, 140)
          : first.status,
  }),
);
