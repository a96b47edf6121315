// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { formatSubject } from './subjects.js';
import type {
  AcsChatMessageReceivedCloudEvent,
  AcsChatMessageReceivedEvent,
  AcsCloudEvent,
  AcsEvent,
  AcsEventDataMap,
  AcsEventType,
  AcsInstantMessageReceivedCloudEvent,
  AcsInstantMessageReceivedEvent,
  AcsSmsReceivedCloudEvent,
  AcsSmsReceivedEvent,
  CloudEvent,
  EventGridEvent,
} from './types.js';

/** Options every factory accepts. */
export interface FactoryOptions {
  /** Seed of the pseudo-random generator (an integer): the same seed gives the same event. Default `DEFAULT_SEED`. */
  seed?: number;
}

/**
 * Factory overrides: objects merge property by property, arrays and scalars replace wholesale
 * (an array override must hold complete items), `undefined` keeps the generated value.
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** A deliberately broken event for negative tests, built from a valid factory event by changing one thing. */
export interface InvalidVariant {
  /** What is wrong, e.g. "/data/threadId is missing". */
  readonly name: string;
  /** What `parseEvents` must say: 'invalid' (with exactly one error, at `path`) or 'unknown' (an event type the catalog lacks). */
  readonly status: 'invalid' | 'unknown';
  /** JSON Pointer, relative to the event, of the one error the validators must report (for 'unknown': the field that makes it so). */
  readonly path: string;
  readonly event: unknown;
}

/** The seed factories use when none is given. */
export const DEFAULT_SEED = 1;

const hasOwn = (object: object, name: string): boolean => Object.prototype.hasOwnProperty.call(object, name);

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Defines a property (never the prototype, even for a "__proto__" key). */
function define(target: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy of JSON-like data (plain objects and arrays; other values are shared). */
function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => clone(item)) as T;
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(value)) define(copy, name, clone(value[name]));
  return copy as T;
}

/** `base` with `patch` merged in, both untouched: plain objects merge, anything else replaces, undefined is skipped. */
function merge(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return clone(base);
  if (!isRecord(base) || !isRecord(patch)) return clone(patch);
  const merged = clone(base) as Record<string, unknown>;
  for (const name of Object.keys(patch)) {
    if (patch[name] !== undefined)
      define(merged, name, merge(hasOwn(base, name) ? base[name] : undefined, patch[name]));
  }
  return merged;
}

/** Freezes `value` and everything it holds. */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const name of Object.keys(value)) frozen((value as Record<string, unknown>)[name]);
  }
  return value;
}

/** The value at a JSON Pointer, or undefined. */
function at(value: unknown, pointer: string): unknown {
  let current = value;
  for (const raw of pointer.split('/').slice(1)) {
    const name = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object' || !hasOwn(current, name)) return undefined;
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}

/** The string a subject parameter is taken from (`pointer` into the data). */
function source(data: object, pointer: string): string {
  const value = at(data, pointer);
  if (typeof value !== 'string')
    throw new RangeError('subject source data' + pointer + ' must be a string, got ' + typeof value);
  return value;
}

/** E.164 digits without "+", as SMS subjects carry a phone number. */
function digits(phoneNumber: string): string {
  return phoneNumber.replace(/[^0-9]/g, '');
}

/** How a factory builds one event type. */
interface EventRecipe<T extends AcsEventType> {
  type: T;
  dataVersion: string;
  data: (draw: Draw) => AcsEventDataMap[T];
  subject: (data: AcsEventDataMap[T]) => string;
}

function build<T extends AcsEventType>(
  recipe: EventRecipe<T>,
  overrides: DeepPartial<EventGridEvent<T, AcsEventDataMap[T]>> | undefined,
  options: FactoryOptions | undefined,
): EventGridEvent<T, AcsEventDataMap[T]> {
  const draw = new Draw(recipe.type, options?.seed ?? DEFAULT_SEED);
  const data = recipe.data(draw);
  const event: EventGridEvent<T, AcsEventDataMap[T]> = {
    id: draw.guid(),
    topic: draw.resourceTopic(),
    subject: recipe.subject(data),
    data,
    eventType: recipe.type,
    dataVersion: recipe.dataVersion,
    metadataVersion: '1',
    eventTime: draw.eventTime(),
  };
  if (overrides === undefined) return event;
  const merged = merge(event, overrides) as EventGridEvent<T, AcsEventDataMap[T]>;
  // The subject is a function of the data: unless it is overridden, it follows overridden data.
  if (overrides.subject === undefined) merged.subject = recipe.subject(merged.data);
  return merged;
}

/**
 * The CloudEvents 1.0 form of an Event Grid event: `source` is the topic (or `options.source` when the
 * event has none), `type` the event type, `time` the event time; `data` is copied.
 */
export function makeCloudEvent<E extends AcsEvent>(
  event: E,
  options?: { source?: string },
): Extract<AcsCloudEvent, { type: E['eventType'] }>;
export function makeCloudEvent<TType extends string, TData>(
  event: EventGridEvent<TType, TData>,
  options?: { source?: string },
): CloudEvent<TType, TData>;
export function makeCloudEvent<TType extends string, TData>(
  event: EventGridEvent<TType, TData>,
  options?: { source?: string },
): CloudEvent<TType, TData> {
  return toCloudEvent(event, options);
}

// makeCloudEvent without the overload that maps over the AcsEvent union: the sample constants use
// it so that compiling them stays linear in the number of event types.
function toCloudEvent<TType extends string, TData>(
  event: EventGridEvent<TType, TData>,
  options?: { source?: string },
): CloudEvent<TType, TData> {
  const source = options?.source ?? event.topic;
  if (typeof source !== 'string' || source === '') {
    throw new RangeError('makeCloudEvent: the event has no topic to use as source; pass options.source');
  }
  return {
    specversion: '1.0',
    id: event.id,
    source,
    type: event.eventType,
    time: event.eventTime,
    subject: event.subject,
    datacontenttype: 'application/json',
    data: clone(event.data),
  };
}

/** One change to a valid event: remove the value at `path`, or set it to `value`. */
type VariantRecipe = { name: string; status: 'invalid' | 'unknown'; path: string } & (
  { remove: true } | { value: unknown }
);

function variants(valid: object, recipes: readonly VariantRecipe[]): readonly InvalidVariant[] {
  return recipes.map((recipe) => {
    const event = clone(valid) as Record<string, unknown>;
    const names = recipe.path
      .split('/')
      .slice(1)
      .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'));
    const last = names.pop()!;
    let parent: Record<string, unknown> = event;
    for (const name of names) parent = parent[name] as Record<string, unknown>;
    if ('remove' in recipe) delete parent[last];
    else define(parent, last, clone(recipe.value));
    return { name: recipe.name, status: recipe.status, path: recipe.path, event };
  });
}

// ── Seeded randomness ─────────────────────────────────────────────────────────────────────────

/** mulberry32: a small 32-bit PRNG, plenty for test data (never for secrets). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of the event type started from the seed: a bijection of the seed, so event types draw independently. */
function mix(seed: number, text: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** Relative order of an event's timestamps: create < compose < (delivery) attempt < change ≤ eventTime. */
type TimeRank = 'create' | 'compose' | 'attempt' | 'change';

const FIRST_NAMES = [
  'Alex',
  'Bea',
  'Carmen',
  'Dmitri',
  'Elif',
  'Farah',
  'Gus',
  'Hana',
  'Ivan',
  'Jun',
  'Kofi',
  'Lena',
  'Maya',
  'Noor',
  'Omar',
  'Priya',
];
const LAST_NAMES = [
  'Adams',
  'Baker',
  'Chen',
  'Diaz',
  'Evans',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Johansson',
  'Kim',
  'Lopez',
  'Mensah',
  'Novak',
  'Okafor',
  'Patel',
];
const SENTENCES = [
  'Welcome to Azure Communication Services',
  'Can we move the sync to 3pm?',
  'The build is green again.',
  'Thanks, that fixed it!',
  'Running ten minutes late.',
  'Your verification code is 482913',
  'See the notes from this morning.',
  'Lunch at the usual place?',
];
const TOPICS = [
  'Project sync',
  'Release planning',
  'Support escalation',
  'Team lunch',
  'Design review',
  'On-call handover',
];
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];
const MAP_KEYS = ['priority', 'category', 'language', 'origin'];
const AREA_CODES = ['206', '253', '312', '415', '425', '512', '617', '646', '720', '919'];
const RESOURCE_GROUPS = ['contoso-rg', 'acs-prod', 'communications-rg', 'fabrikam-eastus'];
const RESOURCE_NAMES = ['contoso-acs', 'fabrikam-communication', 'acs-events-demo', 'northwind-chat'];
const BASE_FROM = Date.UTC(2021, 0, 1);
const BASE_TO = Date.UTC(2024, 11, 31);
const HEX = '0123456789abcdef';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Draws the values of one event. Identities (raw ids, display names, phone numbers) are drawn once
 * per role, so e.g. `senderId` and `senderCommunicationIdentifier.rawId` agree; timestamps once per
 * rank, so they are ordered and `version` is the epoch milliseconds of the last change.
 */
class Draw {
  private readonly next: () => number;
  private readonly base: number;
  private readonly people = new Map<string, { rawId: string; displayName: string }>();
  private readonly phones = new Map<string, string>();
  private readonly times = new Map<TimeRank, number>();
  private resource: string | undefined;
  private thread: string | undefined;

  constructor(type: string, seed: number) {
    if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number, got ' + String(seed));
    this.next = mulberry32(mix(Math.trunc(seed) >>> 0, type));
    this.base = this.int(BASE_FROM, BASE_TO);
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(0, list.length - 1)]!;
  }

  private chars(alphabet: string, length: number): string {
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[this.int(0, alphabet.length - 1)];
    return text;
  }

  hex(length: number): string {
    return this.chars(HEX, length);
  }

  /** A random (version 4) GUID. */
  guid(): string {
    return (
      this.hex(8) +
      '-' +
      this.hex(4) +
      '-4' +
      this.hex(3) +
      '-' +
      this.pick(['8', '9', 'a', 'b']) +
      this.hex(3) +
      '-' +
      this.hex(12)
    );
  }

  /** The event's chat thread: `19:<32 hex>@thread.v2`. */
  threadId(): string {
    return (this.thread ??= '19:' + this.hex(32) + '@thread.v2');
  }

  transactionId(): string {
    return this.chars(BASE64, 22) + '.1.1.1.1.' + this.int(100000000, 2147483647) + '.1.1';
  }

  private person(role: string): { rawId: string; displayName: string } {
    let person = this.people.get(role);
    if (!person) {
      this.resource ??= this.guid();
      const user =
        '0000000' +
        this.int(5, 9) +
        '-' +
        this.hex(4) +
        '-' +
        this.hex(4) +
        '-' +
        this.hex(4) +
        '-' +
        this.hex(12);
      person = {
        rawId: '8:acs:' + this.resource + '_' + user,
        displayName: this.pick(FIRST_NAMES) + ' ' + this.pick(LAST_NAMES),
      };
      this.people.set(role, person);
    }
    return person;
  }

  /** The raw id of the ACS user playing `role` (sender, recipient, …): `8:acs:<resource>_<user>`. */
  rawId(role: string): string {
    return this.person(role).rawId;
  }

  displayName(role: string): string {
    return this.person(role).displayName;
  }

  /** An E.164 (+1) phone number per role, distinct from the others. */
  phone(role: string): string {
    const known = this.phones.get(role);
    if (known !== undefined) return known;
    const taken = new Set(this.phones.values());
    let phone: string;
    do phone = '+1' + this.pick(AREA_CODES) + this.int(200, 999) + this.int(1000, 9999);
    while (taken.has(phone));
    this.phones.set(role, phone);
    return phone;
  }

  /** Epoch milliseconds of a rank's timestamp. */
  ms(rank: TimeRank): number {
    let time = this.times.get(rank);
    if (time === undefined) {
      const before =
        rank === 'create'
          ? this.int(600000, 259200000)
          : rank === 'compose'
            ? this.int(500, 300000)
            : rank === 'attempt'
              ? this.int(200, 20000)
              : 0;
      time = this.base - before;
      this.times.set(rank, time);
    }
    return time;
  }

  /** An RFC 3339 timestamp of a rank. */
  time(rank: TimeRank): string {
    return new Date(this.ms(rank)).toISOString();
  }

  /** The version of a thread or message: epoch milliseconds of its last change. */
  version(rank: TimeRank): number {
    return this.ms(rank);
  }

  /** When Event Grid got the event: a little after every timestamp in its data. */
  eventTime(): string {
    const latest = this.times.size === 0 ? this.base : Math.max(...this.times.values());
    return new Date(latest + this.int(20, 2500)).toISOString();
  }

  sentence(): string {
    return this.pick(SENTENCES);
  }

  topic(): string {
    return this.pick(TOPICS);
  }

  word(): string {
    return this.pick(WORDS);
  }

  mapKey(): string {
    return this.pick(MAP_KEYS);
  }

  /** The ACS resource the event comes from, as Event Grid's `topic`. */
  resourceTopic(): string {
    return (
      '/subscriptions/' +
      this.guid() +
      '/resourceGroups/' +
      this.pick(RESOURCE_GROUPS) +
      '/providers/Microsoft.Communication/communicationServices/' +
      this.pick(RESOURCE_NAMES)
    );
  }
}

// ── Factories ────────────────────────────────────────────────────────────────────────────────

const recipes: { readonly [K in AcsEventType]: EventRecipe<K> } = {
  'Microsoft.Communication.ChatMessageReceived': {
    type: 'Microsoft.Communication.ChatMessageReceived',
    dataVersion: '1.0',
    data: (draw) => ({
      messageBody: draw.sentence(),
      messageId: String(draw.ms('compose')),
      metadata: { [draw.mapKey()]: draw.word() },
      senderId: draw.rawId('sender'),
      senderCommunicationIdentifier: {
        rawId: draw.rawId('sender'),
        communicationUser: { id: draw.rawId('sender') },
      },
      senderDisplayName: draw.displayName('sender'),
      composeTime: draw.time('compose'),
      type: 'Text',
      version: draw.version('compose'),
      recipientId: draw.rawId('recipient'),
      recipientCommunicationIdentifier: {
        rawId: draw.rawId('recipient'),
        communicationUser: { id: draw.rawId('recipient') },
      },
      transactionId: draw.transactionId(),
      threadId: draw.threadId(),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.ChatMessageReceived', {
        threadId: source(data, '/threadId'),
        senderId: source(data, '/senderId'),
        recipientId: source(data, '/recipientId'),
      }),
  },
  'Microsoft.Communication.InstantMessageReceived': {
    type: 'Microsoft.Communication.InstantMessageReceived',
    dataVersion: '1.0',
    data: (draw) => ({
      messageBody: draw.sentence(),
      senderId: draw.rawId('sender'),
      senderDisplayName: draw.displayName('sender'),
      recipientId: draw.rawId('recipient'),
      transactionId: draw.transactionId(),
      groupId: draw.guid(),
      collapseId: draw.guid(),
      messageId: draw.guid(),
      messageType: 'Text',
    }),
    subject: () => 'IM Event Test',
  },
  'Microsoft.Communication.SMSReceived': {
    type: 'Microsoft.Communication.SMSReceived',
    dataVersion: '1.0',
    data: (draw) => ({
      messageId: draw.guid(),
      from: draw.phone('from'),
      to: draw.phone('to'),
      message: draw.sentence(),
      receivedTimestamp: draw.time('change'),
    }),
    subject: (data) =>
      formatSubject('Microsoft.Communication.SMSReceived', { phoneNumber: digits(source(data, '/to')) }),
  },
};

/** A valid, realistic `Microsoft.Communication.ChatMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsChatMessageReceivedEvent(
  overrides?: DeepPartial<AcsChatMessageReceivedEvent>,
  options?: FactoryOptions,
): AcsChatMessageReceivedEvent {
  return build(recipes['Microsoft.Communication.ChatMessageReceived'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.InstantMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject is the one its docs sample shows (the event has no documented subject pattern). */
export function makeAcsInstantMessageReceivedEvent(
  overrides?: DeepPartial<AcsInstantMessageReceivedEvent>,
  options?: FactoryOptions,
): AcsInstantMessageReceivedEvent {
  return build(recipes['Microsoft.Communication.InstantMessageReceived'], overrides, options);
}

/** A valid, realistic `Microsoft.Communication.SMSReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`/phonenumber/{phoneNumber}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export function makeAcsSmsReceivedEvent(
  overrides?: DeepPartial<AcsSmsReceivedEvent>,
  options?: FactoryOptions,
): AcsSmsReceivedEvent {
  return build(recipes['Microsoft.Communication.SMSReceived'], overrides, options);
}

/** Every factory by event type. */
export const factories: {
  readonly [K in AcsEventType]: (
    overrides?: DeepPartial<EventGridEvent<K, AcsEventDataMap[K]>>,
    options?: FactoryOptions,
  ) => EventGridEvent<K, AcsEventDataMap[K]>;
} = {
  'Microsoft.Communication.ChatMessageReceived': makeAcsChatMessageReceivedEvent,
  'Microsoft.Communication.InstantMessageReceived': makeAcsInstantMessageReceivedEvent,
  'Microsoft.Communication.SMSReceived': makeAcsSmsReceivedEvent,
};

// ── Docs samples ─────────────────────────────────────────────────────────────────────────────

/** `Microsoft.Communication.ChatMessageReceived` as published in the 2020-09 docs (line 106), corrected. Frozen. */
export const chatMessageReceived_2020_09: AcsChatMessageReceivedEvent = frozen({
  id: 'c13afb5f-d975-4296-a8ef-348c8fc496ee',
  topic:
    '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
  subject: 'thread/{thread-id}/sender/{rawId}/recipient/{rawId}',
  data: {
    messageBody: 'Welcome to Azure Communication Services',
    messageId: '1600389507167',
    senderId: '8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e0d-e5aa-0e04-343a0d00037c',
    senderDisplayName: 'John',
    composeTime: '2020-09-18T00:38:27.167Z',
    type: 'Text',
    version: 1600389507167,
    recipientId: '8:acs:fac4607d-d2d0-40e5-84df-6f32ebd1251a_00000005-3e1a-3090-6a0b-343a0d000409',
    transactionId: 'WGW1YmwRzkupk0UI0QA9ZA.1.1.1.1.1797783722.1.9',
    threadId: '19:46df844a4c064bfaa2b3b30e385d1018@thread.v2',
  },
  eventType: 'Microsoft.Communication.ChatMessageReceived',
  dataVersion: '1.0',
  metadataVersion: '1',
  eventTime: '2020-09-18T00:38:28.0946757Z',
});

/** `Microsoft.Communication.ChatMessageReceived` as published in the 2020-09 docs (line 106), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageReceivedCloudEvent_2020_09: AcsChatMessageReceivedCloudEvent = frozen(
  toCloudEvent(chatMessageReceived_2020_09),
);

/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-02 docs (line 132), corrected. Frozen. */
export const chatMessageReceived_2021_02: AcsChatMessageReceivedEvent = frozen({
  id: '02272459-badb-4e2e-b538-4cb8a2f71da6',
  topic:
    '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
  subject: 'thread/{thread-id}/sender/{rawId}/recipient/{rawId}',
  data: {
    messageBody: 'Welcome to Azure Communication Services',
    messageId: '1613694358927',
    senderId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
    senderCommunicationIdentifier: {
      rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
      communicationUser: {
        id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
      },
    },
    senderDisplayName: 'John',
    composeTime: '2021-02-19T00:25:58.927Z',
    type: 'Text',
    version: 1613694358927,
    recipientId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d',
    recipientCommunicationIdentifier: {
      rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d',
      communicationUser: {
        id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d',
      },
    },
    transactionId: 'oh+LGB2dUUadMcTAdRWQxQ.1.1.1.1.1827536918.1.7',
    threadId: '19:6e5d6ca1d75044a49a36a7965ec4a906@thread.v2',
  },
  eventType: 'Microsoft.Communication.ChatMessageReceived',
  dataVersion: '1.0',
  metadataVersion: '1',
  eventTime: '2021-02-19T00:25:59.9436666Z',
});

/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-02 docs (line 132), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageReceivedCloudEvent_2021_02: AcsChatMessageReceivedCloudEvent = frozen(
  toCloudEvent(chatMessageReceived_2021_02),
);

/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10 docs (line 47), corrected. Frozen. */
export const chatMessageReceived_2021_10: AcsChatMessageReceivedEvent = frozen({
  id: '02272459-badb-4e2e-b538-4cb8a2f71da6',
  topic:
    '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{communication-services-resource-name}',
  subject: 'thread/{thread-id}/sender/{rawId}/recipient/{rawId}',
  data: {
    messageBody: 'Welcome to Azure Communication Services',
    messageId: '1613694358927',
    metadata: {
      key: 'value',
      description: 'A map of data associated with the message',
    },
    senderId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
    senderCommunicationIdentifier: {
      rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
      communicationUser: {
        id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7caf-07fd-084822001724',
      },
    },
    senderDisplayName: 'Bob(Admin)',
    composeTime: '2021-02-19T00:25:58.927Z',
    type: 'Text',
    version: 1613694358927,
    recipientId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d',
    recipientCommunicationIdentifier: {
      rawId: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d',
      communicationUser: {
        id: '8:acs:109f0644-b956-4cd9-87b1-71024f6e2f44_00000008-578d-7d05-83fe-084822000f6d',
      },
    },
    transactionId: 'oh+LGB2dUUadMcTAdRWQxQ.1.1.1.1.1827536918.1.7',
    threadId: '19:6e5d6ca1d75044a49a36a7965ec4a906@thread.v2',
  },
  eventType: 'Microsoft.Communication.ChatMessageReceived',
  dataVersion: '1.0',
  metadataVersion: '1',
  eventTime: '2021-02-19T00:25:59.9436666Z',
});

/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10 docs (line 47), corrected, as a CloudEvents 1.0 event. Frozen. */
export const chatMessageReceivedCloudEvent_2021_10: AcsChatMessageReceivedCloudEvent = frozen(
  toCloudEvent(chatMessageReceived_2021_10),
);

/** `Microsoft.Communication.InstantMessageReceived` as published in the 2020-03 docs (line 142), corrected. Frozen. */
export const instantMessageReceived_2020_03: AcsInstantMessageReceivedEvent = frozen({
  id: 'c89b02d1-f78d-430d-8db2-8e4de1876d4c',
  topic:
    '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{Acs-resource-name}',
  subject: 'IM Event Test',
  data: {
    messageBody: 'Instant Message Received',
    senderId: 'testSenderId',
    senderDisplayName: 'TestClient',
    recipientId: 'testRecipientId',
    transactionId: 'transaction id',
    groupId: 'test group',
    collapseId: 'collapseId',
    messageId: '08ecddc3-d441-4fec-a347-24780cc731e1',
    messageType: 'MIME',
  },
  eventType: 'Microsoft.Communication.InstantMessageReceived',
  dataVersion: '1.0',
  metadataVersion: '1',
  eventTime: '2020-07-16T22:10:43.09717Z',
});

/** `Microsoft.Communication.InstantMessageReceived` as published in the 2020-03 docs (line 142), corrected, as a CloudEvents 1.0 event. Frozen. */
export const instantMessageReceivedCloudEvent_2020_03: AcsInstantMessageReceivedCloudEvent = frozen(
  toCloudEvent(instantMessageReceived_2020_03),
);

/** `Microsoft.Communication.SMSReceived` as published in the 2020-03 docs (line 85), corrected. Frozen. */
export const smsReceived_2020_03: AcsSmsReceivedEvent = frozen({
  id: '6a49a9bf-418f-44b6-81e7-e503686b4a74',
  topic:
    '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{Acs-resource-name}',
  subject: 'SMS Event Test',
  data: {
    from: '+19991234567',
    to: '+14259991234',
    messageId: '917c9ec0-a50a-4515-a626-16825d8318e1',
    message: 'SMS Message',
    receivedTimestamp: '2020-07-16T22:10:00.048727Z',
  },
  eventType: 'Microsoft.Communication.SMSReceived',
  dataVersion: '1.0',
  metadataVersion: '1',
  eventTime: '2020-07-16T22:10:00.0490828Z',
});

/** `Microsoft.Communication.SMSReceived` as published in the 2020-03 docs (line 85), corrected, as a CloudEvents 1.0 event. Frozen. */
export const smsReceivedCloudEvent_2020_03: AcsSmsReceivedCloudEvent = frozen(
  toCloudEvent(smsReceived_2020_03),
);

/** `Microsoft.Communication.SMSReceived` as published in the 2020-09 docs (line 87), corrected. Frozen. */
export const smsReceived_2020_09: AcsSmsReceivedEvent = frozen({
  id: 'Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e',
  topic:
    '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
  subject: '/phonenumber/15555555555',
  data: {
    messageId: 'Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e',
    from: '+15555555555',
    to: '+15555555555',
    message: 'Great to connect with ACS events ',
    receivedTimestamp: '2020-09-18T00:27:45.32Z',
  },
  eventType: 'Microsoft.Communication.SMSReceived',
  dataVersion: '1.0',
  metadataVersion: '1',
  eventTime: '2020-09-18T00:27:47Z',
});

/** `Microsoft.Communication.SMSReceived` as published in the 2020-09 docs (line 87), corrected, as a CloudEvents 1.0 event. Frozen. */
export const smsReceivedCloudEvent_2020_09: AcsSmsReceivedCloudEvent = frozen(
  toCloudEvent(smsReceived_2020_09),
);

/** `Microsoft.Communication.SMSReceived` as published in the 2021-02 docs (line 111), corrected. Frozen. */
export const smsReceived_2021_02: AcsSmsReceivedEvent = frozen({
  id: 'Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e',
  topic:
    '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
  subject: '/phonenumber/15555555555',
  data: {
    messageId: 'Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e',
    from: '+15555555555',
    to: '+15555555555',
    message: 'Great to connect with ACS events ',
    receivedTimestamp: '2020-09-18T00:27:45.32Z',
  },
  eventType: 'Microsoft.Communication.SMSReceived',
  dataVersion: '1.0',
  metadataVersion: '1',
  eventTime: '2020-09-18T00:27:47Z',
});

/** `Microsoft.Communication.SMSReceived` as published in the 2021-02 docs (line 111), corrected, as a CloudEvents 1.0 event. Frozen. */
export const smsReceivedCloudEvent_2021_02: AcsSmsReceivedCloudEvent = frozen(
  toCloudEvent(smsReceived_2021_02),
);

/** Every docs sample by event type and docs version, in both envelopes. */
export const fixtures = frozen({
  eventGrid: {
    'Microsoft.Communication.ChatMessageReceived': {
      '2020-09': chatMessageReceived_2020_09,
      '2021-02': chatMessageReceived_2021_02,
      '2021-10': chatMessageReceived_2021_10,
    },
    'Microsoft.Communication.InstantMessageReceived': { '2020-03': instantMessageReceived_2020_03 },
    'Microsoft.Communication.SMSReceived': {
      '2020-03': smsReceived_2020_03,
      '2020-09': smsReceived_2020_09,
      '2021-02': smsReceived_2021_02,
    },
  },
  cloudEvents: {
    'Microsoft.Communication.ChatMessageReceived': {
      '2020-09': chatMessageReceivedCloudEvent_2020_09,
      '2021-02': chatMessageReceivedCloudEvent_2021_02,
      '2021-10': chatMessageReceivedCloudEvent_2021_10,
    },
    'Microsoft.Communication.InstantMessageReceived': { '2020-03': instantMessageReceivedCloudEvent_2020_03 },
    'Microsoft.Communication.SMSReceived': {
      '2020-03': smsReceivedCloudEvent_2020_03,
      '2020-09': smsReceivedCloudEvent_2020_09,
      '2021-02': smsReceivedCloudEvent_2021_02,
    },
  },
});

/** One docs sample in both envelopes. */
export interface FixtureEntry {
  readonly eventType: AcsEventType;
  readonly docsVersion: string;
  readonly eventGrid: AcsEvent;
  readonly cloudEvent: AcsCloudEvent;
}

type FixtureTable<T> = Readonly<Record<string, Readonly<Record<string, T>>>>;

// Built from the tables rather than written out: an array literal of one entry per sample makes the
// checker reduce a union of every entry's type, which stops compiling at about a thousand events.
/** Every docs sample as one list, oldest docs version first within each event type. */
export const fixtureList: readonly FixtureEntry[] = frozen(
  Object.entries(fixtures.eventGrid as FixtureTable<AcsEvent>).flatMap(([eventType, byVersion]) =>
    Object.entries(byVersion).map(([docsVersion, eventGrid]) => ({
      eventType: eventType as AcsEventType,
      docsVersion,
      eventGrid,
      cloudEvent: (fixtures.cloudEvents as FixtureTable<AcsCloudEvent>)[eventType]![docsVersion]!,
    })),
  ),
);

// ── Invalid variants ─────────────────────────────────────────────────────────────────────────

/** For each event type, events that each break one rule of a valid factory event (default seed). */
export const invalidVariants: { readonly [K in AcsEventType]: readonly InvalidVariant[] } = frozen({
  'Microsoft.Communication.ChatMessageReceived': variants(makeAcsChatMessageReceivedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.ChatMessageReceived',
    },
    { name: '/data/messageBody is missing', status: 'invalid', path: '/data/messageBody', remove: true },
    {
      name: '/data/messageBody has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageBody',
      value: 42,
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    { name: '/data/senderId is missing', status: 'invalid', path: '/data/senderId', remove: true },
    {
      name: '/data/senderId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderId',
      value: 42,
    },
    {
      name: '/data/senderCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/senderCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/senderCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    {
      name: '/data/senderDisplayName is missing',
      status: 'invalid',
      path: '/data/senderDisplayName',
      remove: true,
    },
    {
      name: '/data/senderDisplayName has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: 42,
    },
    { name: '/data/composeTime is missing', status: 'invalid', path: '/data/composeTime', remove: true },
    {
      name: '/data/composeTime has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/composeTime',
      value: 42,
    },
    {
      name: '/data/composeTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/composeTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data/type is missing', status: 'invalid', path: '/data/type', remove: true },
    {
      name: '/data/type has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/type',
      value: 42,
    },
    { name: '/data/version is missing', status: 'invalid', path: '/data/version', remove: true },
    {
      name: '/data/version has the wrong type (string instead of integer)',
      status: 'invalid',
      path: '/data/version',
      value: '42',
    },
    { name: '/data/recipientId is missing', status: 'invalid', path: '/data/recipientId', remove: true },
    {
      name: '/data/recipientId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/recipientId',
      value: 42,
    },
    {
      name: '/data/recipientCommunicationIdentifier/rawId is missing',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier/rawId',
      remove: true,
    },
    {
      name: '/data/recipientCommunicationIdentifier/communicationUser/id is missing',
      status: 'invalid',
      path: '/data/recipientCommunicationIdentifier/communicationUser/id',
      remove: true,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    { name: '/data/threadId is missing', status: 'invalid', path: '/data/threadId', remove: true },
    {
      name: '/data/threadId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/threadId',
      value: 42,
    },
  ]),
  'Microsoft.Communication.InstantMessageReceived': variants(makeAcsInstantMessageReceivedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.InstantMessageReceived',
    },
    { name: '/data/messageBody is missing', status: 'invalid', path: '/data/messageBody', remove: true },
    {
      name: '/data/messageBody has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageBody',
      value: 42,
    },
    { name: '/data/senderId is missing', status: 'invalid', path: '/data/senderId', remove: true },
    {
      name: '/data/senderId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderId',
      value: 42,
    },
    {
      name: '/data/senderDisplayName is missing',
      status: 'invalid',
      path: '/data/senderDisplayName',
      remove: true,
    },
    {
      name: '/data/senderDisplayName has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/senderDisplayName',
      value: 42,
    },
    { name: '/data/recipientId is missing', status: 'invalid', path: '/data/recipientId', remove: true },
    {
      name: '/data/recipientId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/recipientId',
      value: 42,
    },
    { name: '/data/transactionId is missing', status: 'invalid', path: '/data/transactionId', remove: true },
    {
      name: '/data/transactionId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/transactionId',
      value: 42,
    },
    { name: '/data/groupId is missing', status: 'invalid', path: '/data/groupId', remove: true },
    {
      name: '/data/groupId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/groupId',
      value: 42,
    },
    { name: '/data/collapseId is missing', status: 'invalid', path: '/data/collapseId', remove: true },
    {
      name: '/data/collapseId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/collapseId',
      value: 42,
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    { name: '/data/messageType is missing', status: 'invalid', path: '/data/messageType', remove: true },
    {
      name: '/data/messageType has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageType',
      value: 42,
    },
  ]),
  'Microsoft.Communication.SMSReceived': variants(makeAcsSmsReceivedEvent(), [
    { name: '/id is missing', status: 'invalid', path: '/id', remove: true },
    { name: '/subject is missing', status: 'invalid', path: '/subject', remove: true },
    { name: '/eventType is missing', status: 'invalid', path: '/eventType', remove: true },
    { name: '/eventTime is missing', status: 'invalid', path: '/eventTime', remove: true },
    { name: '/data is missing', status: 'invalid', path: '/data', remove: true },
    { name: '/dataVersion is missing', status: 'invalid', path: '/dataVersion', remove: true },
    { name: '/topic is not a string', status: 'invalid', path: '/topic', value: 42 },
    {
      name: '/eventTime is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/eventTime',
      value: '2021-02-30T12:00:00Z',
    },
    { name: '/data is null', status: 'invalid', path: '/data', value: null },
    {
      name: '/eventType is not a catalogued event type',
      status: 'unknown',
      path: '/eventType',
      value: 'Microsoft.Communications.SMSReceived',
    },
    { name: '/data/messageId is missing', status: 'invalid', path: '/data/messageId', remove: true },
    {
      name: '/data/messageId has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/messageId',
      value: 42,
    },
    { name: '/data/from is missing', status: 'invalid', path: '/data/from', remove: true },
    {
      name: '/data/from has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/from',
      value: 42,
    },
    { name: '/data/to is missing', status: 'invalid', path: '/data/to', remove: true },
    {
      name: '/data/to has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/to',
      value: 42,
    },
    { name: '/data/message is missing', status: 'invalid', path: '/data/message', remove: true },
    {
      name: '/data/message has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/message',
      value: 42,
    },
    {
      name: '/data/receivedTimestamp is missing',
      status: 'invalid',
      path: '/data/receivedTimestamp',
      remove: true,
    },
    {
      name: '/data/receivedTimestamp has the wrong type (number instead of string)',
      status: 'invalid',
      path: '/data/receivedTimestamp',
      value: 42,
    },
    {
      name: '/data/receivedTimestamp is not an RFC 3339 date-time',
      status: 'invalid',
      path: '/data/receivedTimestamp',
      value: '2021-02-30T12:00:00Z',
    },
  ]),
});
