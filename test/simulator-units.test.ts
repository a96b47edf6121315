import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseSimulatorArguments } from '../generator/runtime/support/delivery-arguments.ts';
import {
  batchBody,
  batchEvents,
  serialize,
  utf8Length,
} from '../generator/runtime/support/delivery-batching.ts';
import { runSimulator, type SimulatorCatalog } from '../generator/runtime/support/delivery-cli.ts';
import { deadLetterFileName, deadLetterRecord } from '../generator/runtime/support/delivery-dead-letter.ts';
import type { HttpRequest } from '../generator/runtime/support/delivery-headers.ts';
import {
  DEFAULT_RETRY_POLICY,
  nextStep,
  outcomeName,
  retryDelaySeconds,
  type AttemptOutcome,
} from '../generator/runtime/support/delivery-policy.ts';
import {
  percentile,
  progressThrottle,
  type DeliveryCounts,
} from '../generator/runtime/support/delivery-report.ts';
import type { Clock, HttpResponse, Transport } from '../generator/runtime/support/delivery-transport.ts';
import {
  buildEvent,
  digits,
  subjectSource,
  type EventRecipe,
} from '../generator/runtime/support/fixture-building.ts';

// ── Retry policy ────────────────────────────────────────────────────────────────────────────

test('retry schedule: 10 s, 30 s, 1 min, 5 min, 10 min, 30 min, 1 h, 3 h, 6 h, then every 12 h', () => {
  const delays = Array.from({ length: 12 }, (_, i) => retryDelaySeconds(i + 1));
  assert.equal(delays, [10, 30, 60, 300, 600, 1800, 3600, 10800, 21600, 43200, 43200, 43200]);
});

const status = (code: number): AttemptOutcome => ({ status: code });
const NEXT_STEP_CASES: [outcome: AttemptOutcome, attempts: number, elapsedMs: number, expected: string][] = [
  [status(200), 1, 0, 'delivered'],
  [status(204), 3, 0, 'delivered'],
  [status(400), 1, 0, 'dead-letter NonRetriableError'],
  [status(401), 1, 0, 'dead-letter NonRetriableError'],
  [status(403), 1, 0, 'dead-letter NonRetriableError'],
  [status(413), 1, 0, 'dead-letter NonRetriableError'],
  [status(408), 1, 0, 'retry 10000'],
  [status(429), 2, 0, 'retry 30000'],
  [status(500), 3, 0, 'retry 60000'],
  [status(503), 7, 0, 'retry 3600000'],
  [status(404), 1, 0, 'retry 10000'],
  [{ error: 'timeout', message: 'x' }, 1, 0, 'retry 10000'],
  [{ error: 'network', message: 'x' }, 4, 0, 'retry 300000'],
  [status(500), 30, 0, 'dead-letter MaxDeliveryAttemptsExceeded'],
  // 22.8 h in (10 attempts), the next step (12 h) would end after the 24 h time to live.
  [status(500), 11, 82_000_000, 'dead-letter TimeToLiveExceeded'],
];

for (const [outcome, attempts, elapsedMs, expected] of NEXT_STEP_CASES) {
  test(`nextStep: ${JSON.stringify(outcome)} after attempt ${attempts} → ${expected}`, () => {
    const step = nextStep(outcome, attempts, elapsedMs, DEFAULT_RETRY_POLICY);
    const text =
      step.kind === 'retry'
        ? `retry ${step.delayMs}`
        : step.kind === 'dead-letter'
          ? `dead-letter ${step.reason}`
          : step.kind;
    assert.is(text, expected);
  });
}

test('nextStep: the time scale shrinks delays and the time to live alike; max attempts and TTL hold', () => {
  const fast = { ...DEFAULT_RETRY_POLICY, timeScale: 0.001 };
  assert.equal(nextStep(status(503), 1, 0, fast), { kind: 'retry', delayMs: 10 });
  assert.equal(nextStep(status(503), 2, 0, { ...fast, maxDeliveryAttempts: 2 }), {
    kind: 'dead-letter',
    reason: 'MaxDeliveryAttemptsExceeded',
  });
  // 1 minute of TTL at 0.001 is 60 ms: after 50 ms, a 30 ms step would end past it.
  assert.equal(nextStep(status(503), 2, 50, { ...fast, eventTimeToLiveMinutes: 1 }), {
    kind: 'dead-letter',
    reason: 'TimeToLiveExceeded',
  });
});

test('outcomeName: the lastDeliveryOutcome of each kind of failure', () => {
  const names = [400, 401, 403, 404, 408, 413, 429, 500, 503].map((code) => outcomeName(status(code)));
  assert.equal(names, [
    'BadRequest',
    'Unauthorized',
    'Forbidden',
    'NotFound',
    'TimedOut',
    'RequestEntityTooLarge',
    'Busy',
    'GenericError',
    'ServiceUnavailable',
  ]);
  assert.is(outcomeName({ error: 'timeout', message: '' }), 'TimedOut');
  assert.is(outcomeName({ error: 'network', message: '' }), 'NetworkError');
});

// ── Batching ────────────────────────────────────────────────────────────────────────────────

const sized = (bytes: number) => serialize({ pad: 'x'.repeat(bytes - '{"pad":""}'.length) });

const BATCH_CASES: [
  name: string,
  sizes: number[],
  maxEvents: number,
  preferredKb: number,
  expected: number[],
][] = [
  ['one event per batch by default', [100, 100, 100], 1, 64, [1, 1, 1]],
  ['up to maxEventsPerBatch', [100, 100, 100, 100, 100], 2, 64, [2, 2, 1]],
  ['closed when the next event would pass the preferred size', [400, 400, 400], 10, 1, [2, 1]],
  ['an event over the preferred size goes alone', [100, 3000, 100], 10, 1, [1, 1, 1]],
  ['5000 events fit one batch at the maximum', Array<number>(5001).fill(20), 5000, 1024, [5000, 1]],
];

for (const [name, sizes, maxEvents, preferredKb, expected] of BATCH_CASES) {
  test(`batchEvents: ${name}`, () => {
    const batches = batchEvents(sizes.map(sized), {
      maxEventsPerBatch: maxEvents,
      preferredBatchSizeInKilobytes: preferredKb,
    });
    assert.equal(
      batches.map((batch) => batch.events.length),
      expected,
    );
    for (const batch of batches) assert.is(utf8Length(batchBody(batch)), batch.bytes);
  });
}

test('utf8Length counts UTF-8 bytes (1, 2, 3 and 4-byte characters)', () => {
  assert.equal(['a', 'é', '€', '😀', 'a😀é'].map(utf8Length), [1, 2, 3, 4, 7]);
});

// ── Dead letters ────────────────────────────────────────────────────────────────────────────

test("deadLetterRecord: the event plus Event Grid's dead-letter properties", () => {
  const record = deadLetterRecord(
    { id: 'e1', eventType: 'T' },
    {
      reason: 'NonRetriableError',
      attempts: 1,
      lastOutcome: 'BadRequest',
      lastStatus: 400,
      publishTime: '2026-01-01T00:00:00.000Z',
      lastAttemptTime: '2026-01-01T00:00:01.000Z',
    },
  );
  assert.equal(record, {
    id: 'e1',
    eventType: 'T',
    deadLetterReason: 'NonRetriableError',
    deliveryAttempts: 1,
    lastDeliveryOutcome: 'BadRequest',
    lastHttpStatusCode: 400,
    publishTime: '2026-01-01T00:00:00.000Z',
    lastDeliveryAttemptTime: '2026-01-01T00:00:01.000Z',
  });
  const timedOut = deadLetterRecord({ id: 'e2' }, { ...facts(), lastOutcome: 'TimedOut' });
  assert.not.ok('lastHttpStatusCode' in timedOut);
});

test('deadLetterFileName: sequence and a file-safe id', () => {
  assert.is(deadLetterFileName(1, { id: 'abc-1' }), '000001-abc-1.json');
  assert.is(deadLetterFileName(12, { id: 'a/b:c' }), '000012-a_b_c.json');
  assert.is(deadLetterFileName(3, {}), '000003-event.json');
});

function facts() {
  return {
    reason: 'MaxDeliveryAttemptsExceeded' as const,
    attempts: 30,
    lastOutcome: 'GenericError',
    publishTime: 't0',
    lastAttemptTime: 't1',
  };
}

// ── Report ──────────────────────────────────────────────────────────────────────────────────

const PERCENTILE_CASES: [values: number[], p: number, expected: number][] = [
  [[], 50, 0],
  [[7], 99, 7],
  [[5, 1, 4, 2, 3], 50, 3],
  [[1, 2, 3, 4], 50, 2],
  [Array.from({ length: 100 }, (_, i) => 100 - i), 99, 99],
  [Array.from({ length: 100 }, (_, i) => i + 1), 100, 100],
  [Array.from({ length: 1000 }, (_, i) => i + 1), 99, 990],
];

for (const [values, p, expected] of PERCENTILE_CASES) {
  test(`percentile: p${p} of ${values.length} values is ${expected} (nearest rank)`, () => {
    assert.is(percentile(values, p), expected);
  });
}

test('progressThrottle: at most one line per interval, and always the last', () => {
  const line = progressThrottle(500);
  const counts: DeliveryCounts = {
    events: 4,
    filtered: 1,
    delivered: 2,
    deadLettered: 0,
    retried: 0,
    batches: 3,
    attempts: 2,
  };
  const lines = [
    line(0, counts),
    line(100, counts),
    line(499, counts),
    line(500, counts),
    line(600, counts, true),
  ];
  assert.equal(
    lines.map((text) => text !== undefined),
    [true, false, false, true, true],
  );
  assert.is(lines[0], '3/4 events settled: 2 delivered, 0 dead-lettered, 1 filtered out, 2 requests');
});

// ── Arguments ───────────────────────────────────────────────────────────────────────────────

const TYPES = ['Microsoft.Communication.SMSReceived', 'Microsoft.Communication.ChatMessageReceived'];
const URL_ARG = ['--endpoint', 'http://127.0.0.1:7071/api/events'];

const ARGUMENT_ERRORS: [argv: string[], message: string][] = [
  [[], '--endpoint is required'],
  [['--endpoint', 'localhost:80'], '--endpoint must be an http:// or https:// URL, got "localhost:80"'],
  [[...URL_ARG, '--schema', 'cloudevent'], '--schema must be eventgrid or cloudevents, got "cloudevent"'],
  [[...URL_ARG, '--count', '0'], '--count must be an integer from 1 to 1000000, got "0"'],
  [[...URL_ARG, '--count', '2.5'], '--count must be an integer from 1 to 1000000, got "2.5"'],
  [
    [...URL_ARG, '--max-events-per-batch', '5001'],
    '--max-events-per-batch must be an integer from 1 to 5000, got "5001"',
  ],
  [
    [...URL_ARG, '--preferred-batch-size-kb', '1025'],
    '--preferred-batch-size-kb must be an integer from 1 to 1024, got "1025"',
  ],
  [
    [...URL_ARG, '--max-delivery-attempts', '31'],
    '--max-delivery-attempts must be an integer from 1 to 30, got "31"',
  ],
  [[...URL_ARG, '--event-ttl', '1441'], '--event-ttl must be an integer from 1 to 1440, got "1441"'],
  [[...URL_ARG, '--time-scale', 'fast'], '--time-scale must be a number from 0.000001 to 1, got "fast"'],
  [[...URL_ARG, '--time-scale', '0'], '--time-scale must be a number from 0.000001 to 1, got "0"'],
  [[...URL_ARG, '--count'], '--count needs a value'],
  [[...URL_ARG, '--count', '--json'], '--count needs a value'],
  [[...URL_ARG, '--retries', '3'], 'unknown option --retries'],
  [[...URL_ARG, 'extra'], 'unexpected argument "extra"'],
  [[...URL_ARG, '--json=yes'], '--json takes no value'],
  [[...URL_ARG, ...URL_ARG], '--endpoint given twice'],
  [[...URL_ARG, '--dead-letter', ''], '--dead-letter must not be empty'],
  [
    [...URL_ARG, '--event-types', 'SmsSent'],
    '--event-types: no factory for "SmsSent" (the types are Microsoft.Communication.<Name>, e.g. Microsoft.Communication.SMSReceived)',
  ],
  [
    [...URL_ARG, '--events-file', 'a.json', '--event-types', 'SMSReceived'],
    '--event-types and --events-file exclude each other',
  ],
];

for (const [argv, message] of ARGUMENT_ERRORS) {
  test(`arguments: ${argv.slice(2).join(' ') || '(none)'} → ${message}`, () => {
    assert.equal(parseSimulatorArguments(argv, TYPES, TYPES.slice(0, 1)), { kind: 'error', message });
  });
}

test('arguments: defaults, short and full type names, --name=value, repeated --events-file', () => {
  const parsed = parseSimulatorArguments(
    [
      ...URL_ARG,
      '--event-types=smsreceived,Microsoft.Communication.ChatMessageReceived',
      '--time-scale',
      '0.001',
    ],
    TYPES,
    TYPES.slice(0, 1),
  );
  assert.ok(parsed.kind === 'options');
  assert.equal(parsed.options.eventTypes, TYPES);
  assert.equal(
    [parsed.options.schema, parsed.options.count, parsed.options.maxEventsPerBatch, parsed.options.timeScale],
    ['eventgrid', 10, 1, 0.001],
  );
  const files = parseSimulatorArguments([...URL_ARG, '--events-file', 'a', '--events-file', 'b'], TYPES, []);
  assert.ok(files.kind === 'options');
  assert.equal(files.options.eventFiles, ['a', 'b']);
  assert.equal(parseSimulatorArguments(['--help'], TYPES, []), { kind: 'help' });
});

// ── The whole command, in memory: fake transport, virtual clock, files in a map ─────────────

interface SmsData {
  from: string;
  to: string;
}
const smsRecipe: EventRecipe<'Microsoft.Communication.SMSReceived', SmsData> = {
  type: 'Microsoft.Communication.SMSReceived',
  dataVersion: '1.0',
  data: (draw) => ({ from: draw.phone('from'), to: draw.phone('to') }),
  subject: (data) => `/phonenumber/${digits(subjectSource(data, '/to'))}`,
};
const chatRecipe: EventRecipe<'Microsoft.Communication.ChatMessageReceived', { threadId: string }> = {
  type: 'Microsoft.Communication.ChatMessageReceived',
  dataVersion: '2.0',
  data: (draw) => ({ threadId: draw.threadId() }),
  subject: (data) => `thread/${data.threadId}`,
};
const CATALOG: SimulatorCatalog = {
  command: 'simulate',
  factories: {
    [smsRecipe.type]: (_overrides, options) => buildEvent(smsRecipe, undefined, options),
    [chatRecipe.type]: (_overrides, options) => buildEvent(chatRecipe, undefined, options),
  },
  currentTypes: TYPES.slice(0, 1),
};

/** Answers requests with `answer` (handshakes pass), on a clock that only moves when slept on. */
function fakeWorld(answer: (request: HttpRequest, index: number) => number) {
  const requests: HttpRequest[] = [];
  const sentAt: number[] = [];
  const files = new Map<string, string>();
  const output = { stdout: '', stderr: '' };
  let time = 0;
  let deliveries = 0;
  const clock: Clock = {
    now: () => time,
    sleep: (ms) => {
      time += ms;
      return Promise.resolve();
    },
  };
  const transport: Transport = (request) => {
    requests.push(request);
    sentAt.push(time);
    const respond = (
      status: number,
      body = '',
      headers: Record<string, string> = {},
    ): Promise<HttpResponse> => Promise.resolve({ status, body, header: (name) => headers[name] });
    if (request.method === 'OPTIONS')
      return respond(200, '', { 'webhook-allowed-origin': request.headers['webhook-request-origin']! });
    if (request.headers['aeg-event-type'] === 'SubscriptionValidation') {
      const [event] = JSON.parse(request.body!) as { data: { validationCode: string } }[];
      return respond(200, JSON.stringify({ validationResponse: event!.data.validationCode }));
    }
    return respond(answer(request, deliveries++));
  };
  const host = {
    readText: (path: string) =>
      files.has(path) ? Promise.resolve(files.get(path)!) : Promise.reject(new Error('ENOENT: no such file')),
    writeText: (path: string, text: string) => {
      files.set(path, text);
      return Promise.resolve();
    },
    stdout: (text: string) => void (output.stdout += text),
    stderr: (text: string) => void (output.stderr += text),
    stderrIsTerminal: false,
    transport,
    clock,
    wallTime: () => `T+${time}`,
  };
  return { host, requests, sentAt, files, output };
}

const report = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;

test('simulate: handshake first, a 503 retried on the schedule, the batch delivered with its headers', async () => {
  const world = fakeWorld((_request, index) => (index === 0 ? 503 : 200));
  const code = await runSimulator(
    [...URL_ARG, '--count', '2', '--max-events-per-batch', '2', '--json'],
    world.host,
    CATALOG,
  );
  assert.is(code, 0, world.output.stderr);
  assert.equal(
    world.requests.map((request) => [
      request.headers['aeg-event-type'],
      request.headers['aeg-delivery-count'],
    ]),
    [
      ['SubscriptionValidation', '0'],
      ['Notification', '0'],
      ['Notification', '1'],
    ],
  );
  assert.is(world.sentAt[2]! - world.sentAt[1]!, 10_000, 'the first retry waits 10 s');
  const delivery = world.requests[2]!;
  assert.equal(delivery.headers, {
    'content-type': 'application/json; charset=utf-8',
    'aeg-event-type': 'Notification',
    'aeg-subscription-name': 'SIMULATOR',
    'aeg-delivery-count': '1',
    'aeg-data-version': '1.0',
    'aeg-metadata-version': '1',
  });
  const events = JSON.parse(delivery.body!) as { eventType: string }[];
  assert.equal(
    events.map((event) => event.eventType),
    ['Microsoft.Communication.SMSReceived', 'Microsoft.Communication.SMSReceived'],
  );
  const { delivered, retried, deadLettered, attempts, batches } = report(world.output.stdout);
  assert.equal(
    { delivered, retried, deadLettered, attempts, batches },
    { delivered: 2, retried: 2, deadLettered: 0, attempts: 2, batches: 1 },
  );
});

test('simulate: a 400 is dead-lettered at once, one file per event of the batch', async () => {
  const world = fakeWorld(() => 400);
  const argv = [...URL_ARG, '--count', '2', '--max-events-per-batch', '2', '--dead-letter', 'dl', '--json'];
  assert.is(await runSimulator(argv, world.host, CATALOG), 1);
  assert.is(world.requests.length, 2, 'handshake and one delivery: no retry');
  const written = [...world.files.keys()];
  assert.is(written.length, 2);
  for (const path of written) {
    assert.match(path, /^dl\/00000[12]-[0-9a-f-]{36}\.json$/);
    const record = JSON.parse(world.files.get(path)!) as Record<string, unknown>;
    assert.equal(
      [
        record.deadLetterReason,
        record.deliveryAttempts,
        record.lastDeliveryOutcome,
        record.lastHttpStatusCode,
      ],
      ['NonRetriableError', 1, 'BadRequest', 400],
    );
    assert.equal([record.publishTime, record.lastDeliveryAttemptTime], ['T+0', 'T+0']);
    assert.is(record.eventType, 'Microsoft.Communication.SMSReceived');
  }
});

test('simulate: 500s until the attempts run out, at 10 s, 30 s, 1 min… apart', async () => {
  const world = fakeWorld(() => 500);
  const argv = [...URL_ARG, '--count', '1', '--max-delivery-attempts', '5', '--dead-letter', 'dl', '--json'];
  assert.is(await runSimulator(argv, world.host, CATALOG), 1);
  const gaps = world.sentAt.slice(1).map((at, i, all) => (i === 0 ? 0 : at - all[i - 1]!));
  assert.equal(gaps, [0, 10_000, 30_000, 60_000, 300_000]);
  const record = JSON.parse([...world.files.values()][0]!) as Record<string, unknown>;
  assert.equal([record.deadLetterReason, record.deliveryAttempts], ['MaxDeliveryAttemptsExceeded', 5]);
  assert.is(report(world.output.stdout).retried, 1);
});

test('simulate: the subscription filter (the docs JSON, under "filter") selects what is delivered', async () => {
  const world = fakeWorld(() => 200);
  world.files.set(
    'filter.json',
    JSON.stringify({
      filter: {
        includedEventTypes: ['Microsoft.Communication.ChatMessageReceived'],
        subjectBeginsWith: 'thread/',
        advancedFilters: [{ operatorType: 'StringIsNotNull', key: 'data.threadId' }],
      },
    }),
  );
  // An unknown operator fails closed: nothing matches.
  const types = ['--event-types', 'SMSReceived,ChatMessageReceived'];
  assert.is(
    await runSimulator(
      [...URL_ARG, ...types, '--count', '4', '--filter', 'filter.json', '--json'],
      world.host,
      CATALOG,
    ),
    0,
  );
  assert.equal([report(world.output.stdout).filtered, report(world.output.stdout).delivered], [4, 0]);

  const world2 = fakeWorld(() => 200);
  world2.files.set(
    'filter.json',
    JSON.stringify({
      includedEventTypes: ['Microsoft.Communication.ChatMessageReceived'],
      subjectBeginsWith: 'thread/',
      advancedFilters: [{ operatorType: 'IsNotNull', key: 'data.threadId' }],
    }),
  );
  const argv = [
    ...URL_ARG,
    ...types,
    '--count',
    '4',
    '--filter',
    'filter.json',
    '--schema',
    'cloudevents',
    '--json',
  ];
  assert.is(await runSimulator(argv, world2.host, CATALOG), 0);
  const delivered = world2.requests.filter((request) => request.method === 'POST');
  assert.equal(
    delivered.map((request) => (JSON.parse(request.body!) as { type: string }).type),
    ['Microsoft.Communication.ChatMessageReceived', 'Microsoft.Communication.ChatMessageReceived'],
  );
  assert.is(delivered[0]!.headers['content-type'], 'application/cloudevents+json; charset=utf-8');
  assert.is(delivered[0]!.headers['aeg-data-version'], '2.0');
  assert.equal([report(world2.output.stdout).filtered, report(world2.output.stdout).delivered], [2, 2]);
});

const INPUT_ERRORS: [files: Record<string, string>, argv: string[], message: string][] = [
  [{}, ['--filter', 'none.json'], 'none.json: cannot read (ENOENT: no such file)'],
  [{ 'f.json': '{' }, ['--filter', 'f.json'], 'f.json: not JSON ('],
  [
    { 'f.json': '{"subjectBeginWith":"x"}' },
    ['--filter', 'f.json'],
    'f.json: unknown filter field "subjectBeginWith"',
  ],
  [{ 'f.json': '[1]' }, ['--filter', 'f.json'], 'f.json: a subscription filter must be a JSON object'],
  [{ 'e.json': '[{"id":"1"}, 5]' }, ['--events-file', 'e.json'], 'e.json: event [1] is not a JSON object'],
  [
    { 'e.json': '{"specversion":"1.0","id":"1"}' },
    ['--events-file', 'e.json'],
    'e.json: is a CloudEvent, but --schema is eventgrid',
  ],
  [
    { 'e.json': JSON.stringify({ id: '1', data: 'x'.repeat(1024 * 1024) }) },
    ['--events-file', 'e.json'],
    "e.json: is 1048596 bytes, over Event Grid's limit of 1048576 (1 MB)",
  ],
];

for (const [files, argv, message] of INPUT_ERRORS) {
  test(`simulate: bad input → exit 2, one line: ${message}`, async () => {
    const world = fakeWorld(() => 200);
    for (const [path, text] of Object.entries(files)) world.files.set(path, text);
    assert.is(await runSimulator([...URL_ARG, ...argv], world.host, CATALOG), 2);
    assert.ok(world.output.stderr.startsWith(`simulate: ${message}`), world.output.stderr);
    assert.is(world.output.stderr.trimEnd().split('\n').length, 1);
    assert.is(world.requests.length, 0, 'nothing is sent');
  });
}

test('simulate: a dead-letter folder that cannot be written → exit 2, one line', async () => {
  const world = fakeWorld(() => 400);
  world.host.writeText = () => Promise.reject(new Error('EACCES: permission denied'));
  const argv = [...URL_ARG, '--count', '1', '--dead-letter', '/root/dl'];
  assert.is(await runSimulator(argv, world.host, CATALOG), 2);
  assert.match(
    world.output.stderr,
    /^simulate: --dead-letter: cannot write \/root\/dl\/000001-[0-9a-f-]+\.json \(EACCES: permission denied\)\n$/,
  );
});

test('simulate: a bad argument prints the error and the usage, exit 2; --help prints the usage, exit 0', async () => {
  const world = fakeWorld(() => 200);
  assert.is(await runSimulator(['--endpoint'], world.host, CATALOG), 2);
  assert.ok(
    world.output.stderr.startsWith('simulate: --endpoint needs a value\n\nUsage: simulate --endpoint <url>'),
  );
  assert.is(await runSimulator(['--help'], world.host, CATALOG), 0);
  assert.match(world.output.stdout, /--max-events-per-batch <n> +1–5000 \(default 1\)/);
});

test('simulate: a wrong validation echo fails the handshake, exit 1, nothing delivered', async () => {
  const world = fakeWorld(() => 200);
  const transport = world.host.transport;
  world.host.transport = (request) =>
    request.headers['aeg-event-type'] === 'SubscriptionValidation'
      ? Promise.resolve({ status: 200, body: '{"validationResponse":"nope"}', header: () => undefined })
      : transport(request);
  assert.is(await runSimulator([...URL_ARG, '--count', '1'], world.host, CATALOG), 1);
  assert.match(
    world.output.stderr,
    /handshake failed: SubscriptionValidationEvent → 200, validationResponse "nope" \(expected "/,
  );
  assert.is(world.requests.length, 0);
});

test.run();
