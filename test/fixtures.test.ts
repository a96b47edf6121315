import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  factories,
  fixtureList,
  fixtures,
  invalidVariants,
  makeAcsChatMessageReceivedEvent,
  makeAcsChatThreadCreatedEvent,
  makeAcsRouterJobClassifiedEvent,
  makeAcsSmsDeliveryReportReceivedEvent,
  makeAcsSmsReceivedEvent,
  makeCloudEvent,
  smsReceived_2021_02,
  smsReceivedCloudEvent_2021_02,
} from '../generated/package/dist/fixtures.js';
import * as index from '../generated/package/dist/index.js';
import {
  parseEvents,
  parseSubject,
  type AcsEventType,
  type AcsSubjectEventType,
} from '../generated/package/dist/index.js';
import { createMemoryHost } from '../generator/stages/type-check-package.ts';
import { emitFixtures } from '../generator/emit/fixtures/emit-fixtures.ts';
import { emitContext } from '../generator/model/emit-context.ts';
import { realCatalog } from './support/real-catalog.ts';
import { subjectValue } from './support/subject-value.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE = path.join(ROOT, 'generated/package');

interface CatalogEvent {
  type: AcsEventType;
  names: { slug: string };
  schema: { required?: string[] };
  subjects: { pattern: string; parameters: { name: string; from?: string; transform?: 'digits' }[] }[];
  samples: { id: string; corrected: Record<string, unknown> }[];
}
const catalog = JSON.parse(readFileSync(path.join(ROOT, 'generated/catalog.json'), 'utf8')) as {
  events: CatalogEvent[];
};
const types = catalog.events.map((event) => event.type);
const sampleCount = catalog.events.flatMap((event) => event.samples).length;

const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(PACKAGE, file), 'utf8'));

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

// ── Docs samples ─────────────────────────────────────────────────────────────────────────────

test('every docs sample of the catalog in each envelope, reachable by event type and docs version', () => {
  const count = (byType: Record<string, Record<string, unknown>>) =>
    Object.values(byType).flatMap(Object.values).length;
  assert.ok(sampleCount > 0);
  assert.is(fixtureList.length, sampleCount);
  assert.is(count(fixtures.eventGrid), sampleCount);
  assert.is(count(fixtures.cloudEvents), sampleCount);
  assert.is(fixtures.eventGrid['Microsoft.Communication.SMSReceived']['2021-02'], smsReceived_2021_02);
  assert.is(
    fixtures.cloudEvents['Microsoft.Communication.SMSReceived']['2021-02'],
    smsReceivedCloudEvent_2021_02,
  );
});

for (const { eventType, docsVersion, eventGrid, cloudEvent } of fixtureList) {
  test(`docs sample ${eventType} ${docsVersion}: valid in both envelopes, frozen, equal to the catalog and the JSON files`, () => {
    const [grid] = parseEvents(eventGrid);
    assert.equal(
      [grid?.status, grid?.status === 'valid' && grid.schema],
      ['valid', 'eventgrid'],
      JSON.stringify(grid),
    );
    const [cloud] = parseEvents(cloudEvent);
    assert.equal(
      [cloud?.status, cloud?.status === 'valid' && cloud.schema],
      ['valid', 'cloudevents'],
      JSON.stringify(cloud),
    );
    const event = catalog.events.find((candidate) => candidate.type === eventType)!;
    assert.equal(eventGrid, event.samples.find((sample) => sample.id === docsVersion)!.corrected);
    assert.equal(cloudEvent, makeCloudEvent(eventGrid));
    assert.equal(cloudEvent, {
      specversion: '1.0',
      id: eventGrid.id,
      source: eventGrid.topic,
      type: eventType,
      time: eventGrid.eventTime,
      subject: eventGrid.subject,
      datacontenttype: 'application/json',
      data: eventGrid.data,
    });
    assert.ok(isDeepFrozen(eventGrid) && isDeepFrozen(cloudEvent));
    const fileGrid = readJson(`fixtures/${event.names.slug}/${docsVersion}.event-grid.json`);
    const fileCloud = readJson(`fixtures/${event.names.slug}/${docsVersion}.cloud-event.json`);
    assert.equal(fileGrid, eventGrid);
    assert.equal(fileCloud, cloudEvent);
  });
}

test('fixtures cannot be mutated', () => {
  assert.throws(() => {
    (smsReceived_2021_02.data as { to: string }).to = '+10000000000';
  }, TypeError);
  assert.throws(() => {
    (fixtures.eventGrid as Record<string, unknown>)['Microsoft.Communication.SMSReceived'] = {};
  }, TypeError);
  assert.ok(isDeepFrozen(fixtures) && isDeepFrozen(invalidVariants));
});

test('./fixtures is its own entry point: index does not re-export it; the JSON files ship', () => {
  assert.not.ok('fixtures' in index || 'makeAcsSmsReceivedEvent' in index || 'makeCloudEvent' in index);
  const manifest = readJson('package.json') as { exports: Record<string, unknown>; files: string[] };
  assert.equal(manifest.exports['./fixtures'], {
    types: './dist/fixtures.d.ts',
    default: './dist/fixtures.js',
  });
  assert.is(manifest.exports['./fixtures/*'], './fixtures/*');
  assert.ok(manifest.files.includes('fixtures'));
});

// ── Invalid variants ─────────────────────────────────────────────────────────────────────────

test('invalid variants cover every event type and rule kind', () => {
  assert.equal(Object.keys(invalidVariants).sort(), [...types].sort());
  for (const event of catalog.events) {
    const variants = invalidVariants[event.type];
    const paths = (status: string) =>
      variants.filter((variant) => variant.status === status).map((variant) => variant.path);
    for (const name of event.schema.required ?? [])
      assert.ok(
        variants.some((v) => v.name === `/data/${name} is missing`),
        `${event.type} ${name}`,
      );
    for (const envelope of ['/eventTime', '/subject'])
      assert.ok(
        variants.some((v) => v.name === `${envelope} is missing`),
        event.type,
      );
    assert.ok(
      variants.some((v) => v.name.includes('has the wrong type')),
      event.type,
    );
    assert.equal(paths('unknown'), ['/eventType']);
    assert.is(new Set(variants.map((variant) => variant.name)).size, variants.length);
  }
  const sms = invalidVariants['Microsoft.Communication.SMSReceived'].map((variant) => variant.name);
  assert.ok(sms.includes('/data/receivedTimestamp is not an RFC 3339 date-time'));
  assert.ok(sms.includes('/data/from has the wrong type (number instead of string)'));
  assert.ok(sms.includes('/data/from is null, which it may not be'));
  const chat = invalidVariants['Microsoft.Communication.ChatMessageReceived'].map((variant) => variant.name);
  assert.ok(chat.includes('/data/version has the wrong type (string instead of integer)'));
  assert.ok(chat.includes('/data/senderCommunicationIdentifier/rawId is missing'));
});

for (const type of types) {
  test(`invalid variants of ${type} fail with exactly their labelled path`, () => {
    for (const variant of invalidVariants[type]) {
      const results = parseEvents(variant.event);
      assert.is(results.length, 1);
      const [result] = results;
      if (variant.status === 'unknown') {
        assert.is(result?.status, 'unknown', variant.name);
      } else {
        assert.is(result?.status, 'invalid', variant.name);
        // One wrong value may break several constraints at its path: a property an allOf base
        // declares as string|null and the event's own branch narrows to string fails both, as in Ajv.
        if (result?.status === 'invalid')
          assert.equal([...new Set(result.errors.map((error) => error.path))], [variant.path], variant.name);
      }
    }
  });
}

// ── Factories ────────────────────────────────────────────────────────────────────────────────

/**
 * The parameters the subject must hold: the data's value for a parameter read from the data, and
 * for one the data does not carry (no `from`, e.g. a recording's callId) the parsed value itself,
 * which must be a non-empty string.
 */
function expectedParameters(
  event: CatalogEvent,
  data: Record<string, unknown>,
  parsed: Record<string, unknown> | undefined,
): Record<string, unknown> {
  return Object.fromEntries(
    event.subjects[0]!.parameters.map(({ name, from, transform }) => {
      if (from !== undefined) return [name, subjectValue(data, { from, transform })];
      const value = parsed?.[name];
      return [name, typeof value === 'string' && value !== '' ? value : `a non-empty string`];
    }),
  );
}

const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
const FORMATS: [property: RegExp, value: RegExp][] = [
  [/(^|\/)threadId$/, /^19:[0-9a-f]{32}@thread\.v2$/],
  [
    // An `id` is an ACS user's only inside `communicationUser`: a group, room, queue or media `id` is not.
    /(^|\/)(rawId|communicationUser\/id|memberId|senderId|recipientId|createdBy|editedBy|deletedBy|addedBy|removedBy)$/,
    /^8:acs:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/,
  ],
  [/(^|\/)(from|to)$/, /^\+1[2-9]\d{9}$/],
];

/** Every [`holder/name`, value] pair under `value`, depth first (array items take their array's name). */
function leaves(value: unknown, name = '', holder = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[holder ? `${holder}/${name}` : name, value]];
  return Object.entries(value).flatMap(([key, inner]) =>
    Array.isArray(value) ? leaves(inner, name, holder) : leaves(inner, key, name),
  );
}

for (const event of catalog.events) {
  test(`factory of ${event.type}: 1,000 seeds give valid, realistic events whose subject agrees with the data`, () => {
    const make = factories[event.type] as unknown as (
      overrides?: unknown,
      options?: { seed?: number },
    ) => Record<string, unknown> & { data: Record<string, unknown> };
    const ids = new Set<string>();
    for (let seed = 0; seed < 1000; seed++) {
      const made = make(undefined, { seed });
      const [result] = parseEvents(made);
      assert.is(result?.status, 'valid', `seed ${seed}: ${JSON.stringify(result)}`);
      ids.add(made.id as string);
      if (event.subjects.length > 0) {
        const parsed = parseSubject(event.type as AcsSubjectEventType, made.subject as string);
        assert.equal(parsed, expectedParameters(event, made.data, parsed), `seed ${seed}`);
      }
      const eventTime = Date.parse(made.eventTime as string);
      for (const [name, value] of leaves(made.data)) {
        if (typeof value === 'string' && TIMESTAMP.test(value))
          assert.ok(Date.parse(value) <= eventTime, `seed ${seed}: ${name} after eventTime`);
        for (const [property, format] of FORMATS)
          if (property.test(name)) assert.match(String(value), format, `seed ${seed}: ${name}`);
      }
      if (typeof made.data.version === 'number') {
        const times = leaves(made.data).filter(
          ([, value]) => typeof value === 'string' && TIMESTAMP.test(value),
        );
        assert.is(
          made.data.version,
          Math.max(...times.map(([, value]) => Date.parse(value as string))),
          'version = last change',
        );
      }
    }
    assert.is(ids.size, 1000, 'different seeds give different ids');
    assert.equal(make(undefined, { seed: 42 }), make(undefined, { seed: 42 }));
    assert.equal(make(), make(undefined, { seed: 1 }));
    assert.not.equal(make(undefined, { seed: 1 }), make(undefined, { seed: 2 }));
  });
}

test('factories are consistent inside an event: one person per role, ordered times', () => {
  const { data, subject } = makeAcsChatMessageReceivedEvent({}, { seed: 7 });
  assert.is(data.senderCommunicationIdentifier?.rawId, data.senderId);
  assert.is(data.senderCommunicationIdentifier?.communicationUser?.id, data.senderId);
  assert.is(data.recipientCommunicationIdentifier?.rawId, data.recipientId);
  assert.is.not(data.senderId, data.recipientId);
  assert.is(data.messageId, String(Date.parse(data.composeTime)));
  assert.is(subject, `thread/${data.threadId}/sender/${data.senderId}/recipient/${data.recipientId}`);
  const created = makeAcsChatThreadCreatedEvent({}, { seed: 7 }).data;
  assert.ok(created.participants.length === 1 && created.properties.topic);
  const report = makeAcsSmsDeliveryReportReceivedEvent({}, { seed: 7 });
  assert.is.not(report.data.from, report.data.to);
  assert.ok(
    Date.parse(report.data.deliveryAttempts[0]!.timestamp) < Date.parse(report.data.receivedTimestamp!),
  );
  assert.is(report.subject, `/phonenumber/${report.data.from.slice(1)}`);
  const classified = makeAcsRouterJobClassifiedEvent({}, { seed: 7 }).data;
  assert.is(classified.queueDetails?.id, classified.queueId, 'the queue details are the queue the job is in');
  assert.is.not(classified.jobId, classified.queueId);
});

// ── Overrides ────────────────────────────────────────────────────────────────────────────────

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object') Object.values(Object.freeze(value)).forEach(deepFreeze);
  return value;
};

test('overrides merge deeply into a new event without touching their input', () => {
  const base = makeAcsChatMessageReceivedEvent({}, { seed: 3 });
  const overrides = deepFreeze({
    data: {
      messageBody: 'hello',
      senderCommunicationIdentifier: { communicationUser: { id: '8:acs:custom' } },
      metadata: { a: '1' },
    },
  });
  const made = makeAcsChatMessageReceivedEvent(overrides, { seed: 3 });
  assert.is(made.data.messageBody, 'hello');
  assert.is(made.data.senderCommunicationIdentifier?.communicationUser?.id, '8:acs:custom');
  assert.is(
    made.data.senderCommunicationIdentifier?.rawId,
    base.data.senderId,
    'siblings of an overridden value stay',
  );
  assert.equal(made.data.metadata, { ...base.data.metadata, a: '1' });
  assert.equal(
    {
      ...made,
      data: {
        ...made.data,
        messageBody: base.data.messageBody,
        metadata: base.data.metadata,
        senderCommunicationIdentifier: base.data.senderCommunicationIdentifier,
      },
    },
    base,
  );
  assert.ok(parseEvents(made)[0]?.status === 'valid');
  assert.is(
    makeAcsChatMessageReceivedEvent({ data: { messageBody: undefined } }, { seed: 3 }).data.messageBody,
    base.data.messageBody,
    'undefined keeps the generated value',
  );
});

test('arrays replace wholesale, and the result shares nothing with the overrides', () => {
  const participants = [{ displayName: 'Zed', participantCommunicationIdentifier: { rawId: '8:acs:zed' } }];
  const made = makeAcsChatThreadCreatedEvent({ data: { participants } });
  assert.equal(made.data.participants, participants);
  made.data.participants[0]!.displayName = 'changed';
  made.data.participants.push(participants[0]!);
  assert.equal(participants, [
    { displayName: 'Zed', participantCommunicationIdentifier: { rawId: '8:acs:zed' } },
  ]);
});

const SUBJECT_CASES: [name: string, make: () => { subject: string }, expected: string][] = [
  [
    'threadId overridden',
    () => makeAcsChatMessageReceivedEvent({ data: { threadId: '19:new@thread.v2' } }),
    'thread/19:new@thread.v2/',
  ],
  [
    'nested rawId overridden',
    () =>
      makeAcsChatThreadCreatedEvent({
        data: { createdByCommunicationIdentifier: { rawId: '8:acs:creator' } },
      }),
    '/createdBy/8:acs:creator',
  ],
  [
    'SMS recipient overridden',
    () => makeAcsSmsReceivedEvent({ data: { to: '+14255550123' } }),
    '/phonenumber/14255550123',
  ],
  [
    'SMS sender overridden',
    () => makeAcsSmsDeliveryReportReceivedEvent({ data: { from: '+14255550199' } }),
    '/phonenumber/14255550199',
  ],
  [
    'subject overridden too',
    () => makeAcsSmsReceivedEvent({ subject: '/phonenumber/1', data: { to: '+14255550123' } }),
    '/phonenumber/1',
  ],
];

for (const [name, make, expected] of SUBJECT_CASES) {
  test(`subject follows overridden data: ${name}`, () => {
    assert.ok(make().subject.includes(expected), make().subject);
  });
}

test('an override of a value the subject does not use keeps the subject', () => {
  assert.is(
    makeAcsSmsReceivedEvent({ data: { from: '+12065550100' } }).subject,
    makeAcsSmsReceivedEvent().subject,
  );
});

test('a source value that cannot appear in a subject is a RangeError, unless the subject is overridden too', () => {
  assert.throws(() => makeAcsChatMessageReceivedEvent({ data: { threadId: 'a/b' } }), RangeError);
  assert.is(
    makeAcsChatMessageReceivedEvent({ subject: 'thread/x', data: { threadId: 'a/b' } }).subject,
    'thread/x',
  );
});

test('makeCloudEvent converts any Event Grid event; without a topic it needs a source', () => {
  const event = makeAcsSmsReceivedEvent({}, { seed: 5 });
  const cloud = makeCloudEvent(event);
  assert.equal(cloud, {
    specversion: '1.0',
    id: event.id,
    source: event.topic,
    type: event.eventType,
    time: event.eventTime,
    subject: event.subject,
    datacontenttype: 'application/json',
    data: event.data,
  });
  assert.is.not(cloud.data, event.data);
  assert.is(parseEvents(cloud)[0]?.status, 'valid');
  const { topic: _topic, ...topicless } = event;
  assert.throws(() => makeCloudEvent(topicless), /options\.source/);
  assert.is(makeCloudEvent(topicless, { source: '/custom' }).source, '/custom');
});

// ── Types ────────────────────────────────────────────────────────────────────────────────────

const TYPE_SNIPPET = `
import { chatThreadCreated_2021_02, fixtures, makeAcsSmsReceivedEvent, makeAcsChatThreadCreatedEvent, makeCloudEvent, smsReceived_2021_02, type DeepPartial } from './fixtures.js';
import type { AcsSmsReceivedCloudEvent, AcsSmsReceivedEvent } from './types.js';

export const ok: AcsSmsReceivedEvent = makeAcsSmsReceivedEvent({ data: { to: '+14255550123' } }, { seed: 2 });
export const cloud: AcsSmsReceivedCloudEvent = makeCloudEvent(smsReceived_2021_02);
export const partial: DeepPartial<AcsSmsReceivedEvent> = { data: { message: 'hi' } };
// @ts-expect-error a number is not a phone number string
makeAcsSmsReceivedEvent({ data: { to: 15555550123 } });
// @ts-expect-error the event type is fixed by the factory
makeAcsSmsReceivedEvent({ eventType: 'Microsoft.Communication.ChatMessageReceived' });
// @ts-expect-error unknown data property
makeAcsSmsReceivedEvent({ data: { recipient: 'x' } });
// @ts-expect-error arrays replace wholesale, so their items must be complete
makeAcsChatThreadCreatedEvent({ data: { participants: [{ displayName: 'Zed' }] } });
// @ts-expect-error the seed is a number
makeAcsSmsReceivedEvent({}, { seed: 'one' });
// @ts-expect-error fixtures are deep-frozen at run time and read-only in their type
smsReceived_2021_02.data.to = '+14255550123';
// @ts-expect-error arrays inside fixtures are read-only too
chatThreadCreated_2021_02.data.participants.push(chatThreadCreated_2021_02.data.participants[0]!);
// @ts-expect-error so are the tables
fixtures.eventGrid['Microsoft.Communication.SMSReceived'] = {};
`;

test('overrides are type-checked: wrong types are compile errors (and @ts-expect-error is not vacuous)', () => {
  const sources = new Map<string, string>([['/pkg/package.json', '{"type":"module"}']]);
  for (const name of readdirSync(path.join(PACKAGE, 'dist'), { recursive: true, encoding: 'utf8' })) {
    if (name.endsWith('.d.ts'))
      sources.set(
        `/pkg/${name.split(path.sep).join('/')}`,
        readFileSync(path.join(PACKAGE, 'dist', name), 'utf8'),
      );
  }
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
  };
  let program: ts.Program | undefined;
  const check = (snippet: string): string[] => {
    sources.set('/pkg/snippet.ts', snippet);
    // The second check reuses the first program's unchanged files (lib and .d.ts): much faster.
    program = ts.createProgram({
      rootNames: ['/pkg/snippet.ts'],
      options,
      host: createMemoryHost(sources, options),
      oldProgram: program,
    });
    const file = program.getSourceFile('/pkg/snippet.ts');
    return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((d) =>
      ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    );
  };
  assert.equal(check(TYPE_SNIPPET), []);
  const errors = check(TYPE_SNIPPET.replaceAll('// @ts-expect-error', '//'));
  assert.is(errors.length, 8, errors.join('\n'));
});

// ── The emitter ──────────────────────────────────────────────────────────────────────────────

test('emitFixtures is pure and deterministic', async () => {
  const model = await realCatalog();
  const first = emitFixtures(emitContext(model));
  assert.equal(emitFixtures(emitContext(model)), first);
  // Two JSON files (Event Grid, CloudEvents) per docs sample.
  const samples = model.events.flatMap((event) => event.samples).length;
  assert.is(first.filter((file) => file.path.endsWith('.json')).length, 2 * samples);
  // One module per event type, one of the tables, and the barrel.
  assert.equal(
    first.filter((file) => file.path.endsWith('.ts')).map((file) => file.path),
    [
      ...model.events.map((event) => `package/src/fixtures/events/${event.names.slug}.ts`),
      'package/src/fixtures/lookup.ts',
      'package/src/fixtures.ts',
    ],
  );
});

test('a subject parameter whose data the factories do not hold stops generation with a clear message', async () => {
  const model = await realCatalog();
  const chat = model.events.find((event) => event.type === 'Microsoft.Communication.ChatMessageReceived')!;
  const [subject] = chat.subjects;
  // Valid for the schema (lint-catalog accepts it), but factory-made identifiers are ACS users: no phone number.
  const from = '/senderCommunicationIdentifier/phoneNumber/value';
  const broken = {
    ...chat,
    subjects: [{ ...subject!, parameters: subject!.parameters.map((parameter) => ({ ...parameter, from })) }],
  };
  assert.throws(
    () =>
      emitFixtures(
        emitContext({ ...model, events: model.events.map((event) => (event === chat ? broken : event)) }),
      ),
    /subject parameter \{threadId\} of Microsoft\.Communication\.ChatMessageReceived comes from data\/senderCommunicationIdentifier\/phoneNumber\/value, which is not a string the data holds/,
  );
});

test.run();
