/**
 * The seeded randomness of the package's fixtures: a small PRNG and `Draw`, which the generated
 * per-event data builders call for realistic, mutually consistent values. Shipped in the package.
 */
/** mulberry32: a small 32-bit PRNG, plenty for test data (never for secrets). */
export function mulberry32(seed: number): () => number {
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
export function mix(seed: number, text: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** Relative order of an event's timestamps: create < compose, attempt < change < eventTime (no event has both compose and attempt). */
export type TimeRank = 'create' | 'compose' | 'attempt' | 'change';

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
export class Draw {
  private readonly next: () => number;
  private readonly base: number;
  private readonly people = new Map<string, { rawId: string; displayName: string }>();
  private readonly phones = new Map<string, string>();
  private readonly times = new Map<TimeRank, number>();
  private readonly entities = new Map<string, string>();
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

  /**
   * The GUID of the entity `kind` names (`queue` for `queueId` and `queueDetails.id`), drawn once
   * per event, so every reference to the same job, queue or worker agrees.
   */
  entityId(kind: string): string {
    let id = this.entities.get(kind);
    if (id === undefined) {
      id = this.guid();
      this.entities.set(kind, id);
    }
    return id;
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

  /** An ISO 8601 duration of minutes and seconds (`PT4M27S`), as ajv-formats' `duration` checks it. */
  duration(): string {
    return 'PT' + this.int(0, 59) + 'M' + this.int(1, 59) + 'S';
  }

  /** A number with two decimals in [0.01, 99.99], for `double` values. */
  decimal(): number {
    return this.int(1, 9999) / 100;
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
