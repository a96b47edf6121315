// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function mix(seed, text) {
  let hash = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}
const FIRST_NAMES = [
  "Alex",
  "Bea",
  "Carmen",
  "Dmitri",
  "Elif",
  "Farah",
  "Gus",
  "Hana",
  "Ivan",
  "Jun",
  "Kofi",
  "Lena",
  "Maya",
  "Noor",
  "Omar",
  "Priya"
];
const LAST_NAMES = [
  "Adams",
  "Baker",
  "Chen",
  "Diaz",
  "Evans",
  "Fischer",
  "Garcia",
  "Haddad",
  "Ito",
  "Johansson",
  "Kim",
  "Lopez",
  "Mensah",
  "Novak",
  "Okafor",
  "Patel"
];
const SENTENCES = [
  "Welcome to Azure Communication Services",
  "Can we move the sync to 3pm?",
  "The build is green again.",
  "Thanks, that fixed it!",
  "Running ten minutes late.",
  "Your verification code is 482913",
  "See the notes from this morning.",
  "Lunch at the usual place?"
];
const TOPICS = [
  "Project sync",
  "Release planning",
  "Support escalation",
  "Team lunch",
  "Design review",
  "On-call handover"
];
const WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"];
const MAP_KEYS = ["priority", "category", "language", "origin"];
const AREA_CODES = ["206", "253", "312", "415", "425", "512", "617", "646", "720", "919"];
const RESOURCE_GROUPS = ["contoso-rg", "acs-prod", "communications-rg", "fabrikam-eastus"];
const RESOURCE_NAMES = ["contoso-acs", "fabrikam-communication", "acs-events-demo", "northwind-chat"];
const BASE_FROM = Date.UTC(2021, 0, 1);
const BASE_TO = Date.UTC(2024, 11, 31);
const HEX = "0123456789abcdef";
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
class Draw {
  next;
  base;
  people = /* @__PURE__ */ new Map();
  phones = /* @__PURE__ */ new Map();
  times = /* @__PURE__ */ new Map();
  entities = /* @__PURE__ */ new Map();
  resource;
  thread;
  constructor(type, seed) {
    if (!Number.isFinite(seed)) throw new RangeError("seed must be a finite number, got " + String(seed));
    this.next = mulberry32(mix(Math.trunc(seed) >>> 0, type));
    this.base = this.int(BASE_FROM, BASE_TO);
  }
  /** An integer in [min, max]. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick(list) {
    return list[this.int(0, list.length - 1)];
  }
  chars(alphabet, length) {
    let text = "";
    for (let i = 0; i < length; i++) text += alphabet[this.int(0, alphabet.length - 1)];
    return text;
  }
  hex(length) {
    return this.chars(HEX, length);
  }
  /** A random (version 4) GUID. */
  guid() {
    return this.hex(8) + "-" + this.hex(4) + "-4" + this.hex(3) + "-" + this.pick(["8", "9", "a", "b"]) + this.hex(3) + "-" + this.hex(12);
  }
  /**
   * The GUID of the entity `kind` names (`queue` for `queueId` and `queueDetails.id`), drawn once
   * per event, so every reference to the same job, queue or worker agrees.
   */
  entityId(kind) {
    let id = this.entities.get(kind);
    if (id === void 0) {
      id = this.guid();
      this.entities.set(kind, id);
    }
    return id;
  }
  /** The event's chat thread: `19:<32 hex>@thread.v2`. */
  threadId() {
    return this.thread ??= "19:" + this.hex(32) + "@thread.v2";
  }
  transactionId() {
    return this.chars(BASE64, 22) + ".1.1.1.1." + this.int(1e8, 2147483647) + ".1.1";
  }
  person(role) {
    let person = this.people.get(role);
    if (!person) {
      this.resource ??= this.guid();
      const user = "0000000" + this.int(5, 9) + "-" + this.hex(4) + "-" + this.hex(4) + "-" + this.hex(4) + "-" + this.hex(12);
      person = {
        rawId: "8:acs:" + this.resource + "_" + user,
        displayName: this.pick(FIRST_NAMES) + " " + this.pick(LAST_NAMES)
      };
      this.people.set(role, person);
    }
    return person;
  }
  /** The raw id of the ACS user playing `role` (sender, recipient, …): `8:acs:<resource>_<user>`. */
  rawId(role) {
    return this.person(role).rawId;
  }
  displayName(role) {
    return this.person(role).displayName;
  }
  /** An E.164 (+1) phone number per role, distinct from the others. */
  phone(role) {
    const known = this.phones.get(role);
    if (known !== void 0) return known;
    const taken = new Set(this.phones.values());
    let phone;
    do
      phone = "+1" + this.pick(AREA_CODES) + this.int(200, 999) + this.int(1e3, 9999);
    while (taken.has(phone));
    this.phones.set(role, phone);
    return phone;
  }
  /** Epoch milliseconds of a rank's timestamp. */
  ms(rank) {
    let time = this.times.get(rank);
    if (time === void 0) {
      const before = rank === "create" ? this.int(6e5, 2592e5) : rank === "compose" ? this.int(500, 3e5) : rank === "attempt" ? this.int(200, 2e4) : 0;
      time = this.base - before;
      this.times.set(rank, time);
    }
    return time;
  }
  /** An RFC 3339 timestamp of a rank. */
  time(rank) {
    return new Date(this.ms(rank)).toISOString();
  }
  /** The version of a thread or message: epoch milliseconds of its last change. */
  version(rank) {
    return this.ms(rank);
  }
  /** When Event Grid got the event: a little after every timestamp in its data. */
  eventTime() {
    const latest = this.times.size === 0 ? this.base : Math.max(...this.times.values());
    return new Date(latest + this.int(20, 2500)).toISOString();
  }
  /** An ISO 8601 duration of minutes and seconds (`PT4M27S`), as ajv-formats' `duration` checks it. */
  duration() {
    return "PT" + this.int(0, 59) + "M" + this.int(1, 59) + "S";
  }
  /** A number with two decimals in [0.01, 99.99], for `double` values. */
  decimal() {
    return this.int(1, 9999) / 100;
  }
  sentence() {
    return this.pick(SENTENCES);
  }
  topic() {
    return this.pick(TOPICS);
  }
  word() {
    return this.pick(WORDS);
  }
  mapKey() {
    return this.pick(MAP_KEYS);
  }
  /** The ACS resource the event comes from, as Event Grid's `topic`. */
  resourceTopic() {
    return "/subscriptions/" + this.guid() + "/resourceGroups/" + this.pick(RESOURCE_GROUPS) + "/providers/Microsoft.Communication/communicationServices/" + this.pick(RESOURCE_NAMES);
  }
}
export {
  Draw,
  mix,
  mulberry32
};
