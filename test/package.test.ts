import { readFileSync } from 'node:fs';
import { EventGridDeserializer } from '@azure/eventgrid';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  dataValidators,
  formatSubject,
  isEventType,
  matchesFilter,
  parseEvents,
  parseSubject,
  validateAcsSmsReceivedEventData,
  type AcsEventType,
  type AcsSubjectEventType,
  type EventGridEvent,
} from '../generated/package/dist/index.js';
import { fixtureList, makeCloudEvent } from '../generated/package/dist/fixtures.js';
import { subjectValue } from './support/subject-value.ts';

// The committed catalog.json is the evidence: every sample the docs published, as published and corrected.
interface CatalogSample {
  id: string;
  asPublished: Record<string, unknown> & { data: Record<string, unknown>; subject: string };
  corrected: Record<string, unknown> & { data: Record<string, unknown>; subject: string; eventType: string };
  errata: {
    id: string;
    kind: string;
    wire?: 'variant' | 'doc-error';
    patch?: { op: string; path: string; from?: string }[];
  }[];
}
interface CatalogEvent {
  type: AcsEventType;
  schema: { properties?: Record<string, unknown> };
  samples: CatalogSample[];
  subjects: { pattern: string; parameters: { name: string; from: string; transform?: 'digits' }[] }[];
}
const catalog = JSON.parse(readFileSync(new URL('../generated/catalog.json', import.meta.url), 'utf8')) as {
  events: CatalogEvent[];
  filterExamples: {
    id: string;
    corrected: Record<string, unknown>;
    parsed: { filter: Record<string, unknown> };
  }[];
};
const samples = catalog.events.flatMap((event) => event.samples.map((sample) => ({ event, sample })));

/** A sample's CloudEvents form, by the package's own conversion. */
const toCloudEvent = (event: Record<string, unknown>) => makeCloudEvent(event as unknown as EventGridEvent);

test('the package ships every docs sample of the catalog as a fixture, once', () => {
  const key = (type: string, id: string) => `${type} ${id}`;
  const catalogued = samples.map(({ event, sample }) => key(event.type, sample.id));
  assert.ok(catalogued.length > 0);
  assert.is(new Set(catalogued).size, catalogued.length);
  assert.equal(
    fixtureList.map((fixture) => key(fixture.eventType, fixture.docsVersion)).sort(),
    catalogued.sort(),
  );
});

for (const { event, sample } of samples) {
  test(`docs sample ${event.type} ${sample.id}: valid as Event Grid and as CloudEvents 1.0`, () => {
    const [eventGrid] = parseEvents(JSON.stringify([sample.corrected]));
    assert.is(eventGrid?.status, 'valid', JSON.stringify(eventGrid));
    const [cloud] = parseEvents(toCloudEvent(sample.corrected));
    assert.is(cloud?.status, 'valid', JSON.stringify(cloud));
  });
}

test('samples as published fail exactly where an erratum patches their data, or normalize a documented variant', () => {
  let failing = 0;
  let normalizing = 0;
  for (const { event, sample } of samples) {
    const dataErrata = sample.errata.filter((erratum) =>
      (erratum.patch ?? []).some((op) => op.path.startsWith('/data')),
    );
    const patched = dataErrata
      .flatMap((erratum) => erratum.patch ?? [])
      .filter((op) => op.path.startsWith('/data'));
    const result = dataValidators[event.type](sample.asPublished.data);
    const label = `${event.type} ${sample.id}`;
    if (patched.length === 0) {
      assert.ok(result.ok, `${label} has no data erratum and must validate as published`);
      continue;
    }
    const touched = patched.flatMap((op) =>
      [op.path, op.from ?? op.path].map((path) => path.replace(/^\/data/, '')),
    );
    const explained = (path: string) =>
      touched.some((patch) => path === patch || path.startsWith(`${patch}/`) || patch.startsWith(`${path}/`));
    const variants = dataErrata.filter((erratum) => erratum.wire === 'variant');
    if (variants.length === dataErrata.length) {
      // Documented wire variants only: valid, normalized to exactly the corrected data.
      assert.ok(result.ok, `${label} publishes documented variants only and must validate`);
      if (!result.ok) continue;
      normalizing++;
      assert.equal(result.value, sample.corrected.data, `${label} normalizes to the corrected data`);
      // The validator names one erratum per documented form; samples repeating it have their own ids.
      const eventVariants = event.samples.flatMap((other) =>
        other.errata.filter((erratum) => erratum.wire === 'variant').map((erratum) => erratum.id),
      );
      assert.ok((result.normalized ?? []).length > 0, `${label} lists its normalizations`);
      for (const change of result.normalized ?? [])
        assert.ok(
          explained(change.path) && eventVariants.includes(change.erratum),
          `${label}: normalized ${change.path} (${change.erratum}) is not a variant erratum of this event`,
        );
      continue;
    }
    if (result.ok) continue; // a value-only correction (e.g. a typo) leaves the published data valid
    failing++;
    for (const error of result.errors)
      assert.ok(explained(error.path), `${label}: ${error.path} is not explained by an erratum`);
  }
  assert.ok(failing >= 8, `expected the PascalCase and casing doc errors to be visible, got ${failing}`);
  assert.ok(normalizing >= 10, `expected the version and name variants to normalize, got ${normalizing}`);
});

const VALID_SMS = samples.find(({ event }) => event.type === 'Microsoft.Communication.SMSReceived')!.sample
  .corrected;
const VALID_CHAT = samples
  .filter(({ event }) => event.type === 'Microsoft.Communication.ChatMessageReceived')
  .at(-1)!.sample.corrected;
const withData = (event: Record<string, unknown>, change: (data: Record<string, unknown>) => void) => {
  const copy = structuredClone(event) as { data: Record<string, unknown> };
  change(copy.data);
  return copy;
};

const INVALID: [name: string, event: Record<string, unknown>, paths: string[]][] = [
  ['missing required property', withData(VALID_SMS, (d) => delete d.from), ['/data/from']],
  ['number where a string belongs', withData(VALID_SMS, (d) => (d.message = 42)), ['/data/message']],
  [
    'malformed timestamp',
    withData(VALID_SMS, (d) => (d.receivedTimestamp = '2020-09-18 00:27')),
    ['/data/receivedTimestamp'],
  ],
  [
    'impossible date',
    withData(VALID_SMS, (d) => (d.receivedTimestamp = '2021-02-30T00:00:00Z')),
    ['/data/receivedTimestamp'],
  ],
  [
    'nested identifier missing rawId',
    withData(VALID_CHAT, (d) => delete (d.senderCommunicationIdentifier as Record<string, unknown>).rawId),
    ['/data/senderCommunicationIdentifier/rawId'],
  ],
  [
    'non-string metadata value',
    withData(VALID_CHAT, (d) => (d.metadata = { key: 1 })),
    ['/data/metadata/key'],
  ],
  ['version as a string', withData(VALID_CHAT, (d) => (d.version = '1613694358927')), ['/data/version']],
  [
    'several errors at once',
    withData(VALID_CHAT, (d) => {
      delete d.threadId;
      d.type = null;
    }),
    ['/data/threadId', '/data/type'],
  ],
  ['envelope without eventTime', { ...VALID_SMS, eventTime: undefined }, ['/eventTime']],
];

for (const [name, event, paths] of INVALID) {
  test(`invalid variant is reported at its path: ${name}`, () => {
    const [result] = parseEvents(JSON.parse(JSON.stringify(event)));
    assert.is(result?.status, 'invalid');
    if (result?.status !== 'invalid') return;
    assert.equal(result.errors.map((error) => error.path).sort(), paths);
    for (const error of result.errors)
      assert.ok(error.message && error.expected && error.received, JSON.stringify(error));
  });
}

test('unknown event types are returned as unknown, never rejected', () => {
  const [result] = parseEvents({
    ...VALID_SMS,
    eventType: 'Microsoft.Communication.SomethingNew',
    data: { any: 1 },
  });
  assert.is(result?.status, 'unknown');
});

test('unknown properties are accepted by default and rejected in strict mode', () => {
  const sms = catalog.events.find((event) => event.type === 'Microsoft.Communication.SMSReceived')!;
  assert.not.ok('carrierName' in (sms.schema.properties ?? {}), 'the catalog must not declare it');
  const data = { ...VALID_SMS.data, carrierName: 'Contoso Mobile' };
  assert.ok(validateAcsSmsReceivedEventData(data).ok);
  const strict = validateAcsSmsReceivedEventData(data, { strict: true });
  assert.is(strict.ok, false);
  if (!strict.ok)
    assert.equal(
      strict.errors.map((error) => error.path),
      ['/carrierName'],
    );
});

test('parseEvents takes strings, bytes, parsed JSON, single events and batches; never throws', () => {
  const text = JSON.stringify([VALID_SMS, VALID_CHAT]);
  assert.equal(
    parseEvents(text).map((r) => r.status),
    ['valid', 'valid'],
  );
  assert.equal(
    parseEvents(new TextEncoder().encode(text)).map((r) => r.status),
    ['valid', 'valid'],
  );
  assert.equal(
    parseEvents(VALID_CHAT).map((r) => r.status),
    ['valid'],
  );
  assert.equal(parseEvents('[]'), []);
  const notJson = parseEvents('{"id": ');
  assert.is(notJson.length, 1);
  assert.is(notJson[0]?.status, 'invalid');
  for (const junk of [
    null,
    42,
    'null',
    '"text"',
    '[1, null]',
    new Uint8Array([0xff, 0xfe]),
    '{"__proto__": {"polluted": true}}',
  ]) {
    for (const result of parseEvents(junk)) assert.is(result.status, 'invalid');
  }
  assert.is(({} as Record<string, unknown>).polluted, undefined);
});

test('a polluted Object.prototype does not make an Event Grid event look like a CloudEvent', () => {
  const proto = Object.prototype as Record<string, unknown>;
  proto.specversion = '1.0';
  try {
    const [result] = parseEvents(JSON.stringify(VALID_SMS));
    assert.is(result?.status, 'valid');
    assert.ok(result?.status === 'valid' && result.schema === 'eventgrid');
  } finally {
    delete proto.specversion;
  }
});

test('a valid event narrows to its type', () => {
  const [result] = parseEvents(VALID_CHAT);
  assert.ok(result?.status === 'valid' && result.schema === 'eventgrid');
  if (
    result?.status === 'valid' &&
    result.schema === 'eventgrid' &&
    isEventType(result.event, 'Microsoft.Communication.ChatMessageReceived')
  ) {
    assert.is(result.event.data.threadId, VALID_CHAT.data.threadId);
  } else {
    assert.unreachable('expected a ChatMessageReceived event');
  }
});

test("events deserialized by @azure/eventgrid's EventGridDeserializer validate with our data validators", async () => {
  const body = JSON.stringify(samples.map(({ sample }) => sample.corrected));
  const events = await new EventGridDeserializer().deserializeEventGridEvents(body);
  assert.is(events.length, samples.length);
  for (const event of events) {
    const result = dataValidators[event.eventType as AcsEventType](event.data);
    assert.ok(result.ok, `${event.eventType}: ${JSON.stringify(result)}`);
  }
  const cloud = await new EventGridDeserializer().deserializeCloudEvents(
    JSON.stringify(samples.map(({ sample }) => toCloudEvent(sample.corrected))),
  );
  for (const event of cloud) assert.ok(dataValidators[event.type as AcsEventType](event.data).ok, event.type);
});

test('subjects with real ids parse into parameters that equal the data they come from', () => {
  let checked = 0;
  for (const { event, sample } of samples) {
    const excused = sample.errata.some((erratum) => erratum.kind === 'subject' && !erratum.patch);
    if (event.subjects.length === 0 || excused || sample.corrected.subject.includes('{')) continue;
    const parameters = parseSubject(event.type as AcsSubjectEventType, sample.corrected.subject) as
      Record<string, string> | undefined;
    assert.ok(parameters, `${event.type} ${sample.id}: ${sample.corrected.subject}`);
    for (const parameter of event.subjects[0]!.parameters) {
      assert.is(
        parameters[parameter.name],
        subjectValue(sample.corrected.data, parameter),
        `${event.type} ${parameter.name}`,
      );
    }
    assert.is(
      formatSubject(event.type as AcsSubjectEventType, parameters as never).toLowerCase(),
      sample.corrected.subject.toLowerCase(),
    );
    checked++;
  }
  assert.ok(checked >= 8, `checked ${checked}`);
});

test('subject parsing: leading slash optional, literals case-insensitive, junk rejected', () => {
  assert.equal(parseSubject('Microsoft.Communication.SMSReceived', 'phonenumber/15555555555'), {
    phoneNumber: '15555555555',
  });
  assert.equal(parseSubject('Microsoft.Communication.SMSReceived', '/PhoneNumber/15555555555'), {
    phoneNumber: '15555555555',
  });
  assert.is(parseSubject('Microsoft.Communication.SMSReceived', '/phonenumber/'), undefined);
  assert.is(
    parseSubject('Microsoft.Communication.ChatThreadCreated', 'thread/x/createdBy/y/extra'),
    undefined,
  );
  assert.is(
    formatSubject('Microsoft.Communication.ChatThreadCreated', {
      threadId: '19:a@thread.v2',
      createdBy: '8:acs:b',
    }),
    'thread/19:a@thread.v2/createdBy/8:acs:b',
  );
  assert.throws(
    () => formatSubject('Microsoft.Communication.ChatThreadCreated', { threadId: 'a/b', createdBy: 'c' }),
    /must be a non-empty string without "\/"/,
  );
});

test('formatSubject writes an SMS phone number as its digits, as the service and the factories do', () => {
  const cases: [phoneNumber: string, subject: string][] = [
    ['+14255550123', '/phonenumber/14255550123'],
    ['14255550123', '/phonenumber/14255550123'],
    ['+1 (425) 555-0123', '/phonenumber/14255550123'],
  ];
  for (const [phoneNumber, subject] of cases) {
    assert.is(formatSubject('Microsoft.Communication.SMSReceived', { phoneNumber }), subject, phoneNumber);
    assert.is(formatSubject('Microsoft.Communication.SMSDeliveryReportReceived', { phoneNumber }), subject);
  }
  assert.throws(
    () => formatSubject('Microsoft.Communication.SMSReceived', { phoneNumber: '+' }),
    /"phoneNumber" must be a non-empty string without "\/", got "\+"/,
  );
});

test("the docs' filter examples: as published they miss the SMS samples, corrected they match", () => {
  const sms = samples
    .filter(({ event }) => event.type.includes('.SMS') && event.type.length > 0)
    .map(({ sample }) => sample.corrected);
  const chat = VALID_CHAT;
  const in1555 = sms.filter((event) => event.subject.startsWith('/phonenumber/1555'));
  assert.ok(in1555.length >= 4);
  for (const example of catalog.filterExamples.filter((f) => f.id !== '2020-03-1')) {
    for (const event of in1555) {
      assert.is(matchesFilter(event, example.parsed.filter), false, `${example.id} as published`);
      assert.is(matchesFilter(event, example.corrected), true, `${example.id} corrected`);
    }
    assert.is(matchesFilter(chat, example.corrected), false);
  }
});

test.run();
