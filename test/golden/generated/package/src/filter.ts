// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * Event Grid subscription filter emulation: does this event reach a subscription with this filter?
 *
 * Self-contained on purpose (no imports): the generator copies this file verbatim into the
 * generated package. Semantics follow Azure Event Grid's documented filtering rules; where the
 * docs are silent, the choice made here is written next to the code that makes it.
 *
 * - One event at a time, Event Grid schema (`eventType`) or CloudEvents 1.0 (`type`), told apart
 *   by a string `specversion`. Anything that is not a JSON object never matches.
 * - The three filter parts are AND'ed: event types, subject, advanced filters.
 * - Never throws: only own data properties are read (getters are never invoked, prototypes are
 *   never followed), and a final try/catch turns any exotic failure (a throwing Proxy…) into
 *   "no match".
 * - A malformed filter (wrong field types, unknown operator, invalid key, missing or mistyped
 *   operands) never matches: the emulator fails closed, where Azure would have refused to create
 *   the subscription. Azure's quotas (25 filters, 25 values, 512-char strings) are not enforced.
 */

export type AdvancedFilterOperator =
  | 'NumberIn'
  | 'NumberNotIn'
  | 'NumberLessThan'
  | 'NumberGreaterThan'
  | 'NumberLessThanOrEquals'
  | 'NumberGreaterThanOrEquals'
  | 'NumberInRange'
  | 'NumberNotInRange'
  | 'BoolEquals'
  | 'StringContains'
  | 'StringNotContains'
  | 'StringBeginsWith'
  | 'StringNotBeginsWith'
  | 'StringEndsWith'
  | 'StringNotEndsWith'
  | 'StringIn'
  | 'StringNotIn'
  | 'IsNullOrUndefined'
  | 'IsNotNull';

export interface AdvancedFilter {
  /**
   * Matched exactly (case-sensitive). A filter read from JSON may hold any string: an unknown one
   * never matches here (Azure refuses the subscription), and {@link validateFilter} names it.
   */
  operatorType: AdvancedFilterOperator;
  /** Dotted path: an envelope key (`subject`, `eventType`, `id`…) or `data.a.b`. */
  key: string;
  /** Single operand (NumberLessThan, BoolEquals…). */
  value?: unknown;
  /** Several operands, OR'ed (for the Not operators: the value must match none of them). */
  values?: readonly unknown[];
}

/**
 * A subscription's filter. `TEventType` narrows `includedEventTypes` (the package's
 * `AcsEventSubscriptionFilter` binds it to the catalog's event types); the default takes any string.
 */
export interface EventSubscriptionFilter<TEventType extends string = string> {
  includedEventTypes?: readonly TEventType[];
  subjectBeginsWith?: string;
  subjectEndsWith?: string;
  isSubjectCaseSensitive?: boolean;
  advancedFilters?: readonly AdvancedFilter[];
  enableAdvancedFilteringOnArrays?: boolean;
}

export function matchesFilter<TEventType extends string>(
  event: unknown,
  filter: EventSubscriptionFilter<TEventType>,
): boolean {
  try {
    return isRecord(event) && isRecord(filter) && matchesAll(event, filter);
  } catch {
    return false;
  }
}

function matchesAll(event: object, filter: object): boolean {
  const cloud = typeof ownValue(event, 'specversion') === 'string';
  return (
    matchesEventTypes(
      ownValue(event, cloud ? 'type' : 'eventType'),
      ownValue(filter, 'includedEventTypes'),
    ) &&
    matchesSubject(ownValue(event, 'subject'), filter) &&
    matchesAdvancedFilters(event, cloud, filter)
  );
}

// ── Own-property access ─────────────────────────────────────────────────────────────────────

/** Non-null, non-array object. */
function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own data property's value; inherited and accessor properties read as undefined. */
function ownValue(object: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
}

/**
 * Key matching is case-insensitive, as Event Grid documents its envelope keys in PascalCase
 * (`ID`, `Topic`, `Subject`, `EventType`, `DataVersion`) against camelCase wire JSON; the docs'
 * own SMS samples also mix `data.MessageId` and `data.messageId`. An exact match wins; otherwise
 * the first own key (in property order) equal ignoring case.
 */
function lookup(object: object, key: string): unknown {
  const exact = ownValue(object, key);
  if (exact !== undefined) return exact;
  const wanted = key.toLowerCase();
  const found = Object.keys(object).find((candidate) => candidate.toLowerCase() === wanted);
  return found === undefined ? undefined : ownValue(object, found);
}

// ── Event types and subject ─────────────────────────────────────────────────────────────────

/** Absent, null or empty list = every type; otherwise one entry equal ignoring case. */
function matchesEventTypes(eventType: unknown, included: unknown): boolean {
  if (included === undefined || included === null) return true;
  if (!Array.isArray(included)) return false;
  if (included.length === 0) return true;
  return typeof eventType === 'string' && included.some((type) => equalsIgnoringCase(type, eventType));
}

function equalsIgnoringCase(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}

/** Prefix and suffix, both optional; a missing subject passes only when neither is set. */
function matchesSubject(subject: unknown, filter: object): boolean {
  const beginsWith = optionalString(ownValue(filter, 'subjectBeginsWith'));
  const endsWith = optionalString(ownValue(filter, 'subjectEndsWith'));
  if (beginsWith === undefined || endsWith === undefined) return false;
  if (beginsWith === '' && endsWith === '') return true;
  if (typeof subject !== 'string') return false;
  const fold =
    ownValue(filter, 'isSubjectCaseSensitive') === true ? (s: string) => s : (s: string) => s.toLowerCase();
  const folded = fold(subject);
  return folded.startsWith(fold(beginsWith)) && folded.endsWith(fold(endsWith));
}

/** Absent or null → ''; a string → itself; anything else → undefined (malformed). */
function optionalString(value: unknown): string | undefined {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : undefined;
}

// ── Advanced filters ────────────────────────────────────────────────────────────────────────

function matchesAdvancedFilters(event: object, cloud: boolean, filter: object): boolean {
  const filters = ownValue(filter, 'advancedFilters');
  if (filters === undefined || filters === null) return true;
  if (!Array.isArray(filters)) return false;
  const arrays = ownValue(filter, 'enableAdvancedFilteringOnArrays') === true;
  return filters.every((advanced) => matchesAdvancedFilter(event, cloud, advanced, arrays));
}

function matchesAdvancedFilter(event: object, cloud: boolean, advanced: unknown, arrays: boolean): boolean {
  if (!isRecord(advanced)) return false;
  const operator = ownValue(advanced, 'operatorType');
  const segments = keySegments(ownValue(advanced, 'key'));
  if (typeof operator !== 'string' || segments === undefined) return false;
  const value = resolve(event, segments, cloud);
  const presence = PRESENCE.get(operator);
  if (presence !== undefined) return presence(value);
  const rule = RULES.get(operator);
  const operands = readOperands(advanced);
  if (rule === undefined || operands === undefined || !operands.every(rule.accepts)) return false;
  return applyRule(rule, value, operands, arrays);
}

/**
 * Event Grid splits keys on "." (it has no escape for dots inside property names). Nesting is
 * capped at 10 segments, a defensive bound: ACS keys such as
 * `data.senderCommunicationIdentifier.communicationUser.id` need four.
 */
const MAX_KEY_SEGMENTS = 10;

function keySegments(key: unknown): string[] | undefined {
  if (typeof key !== 'string') return undefined;
  const segments = key.split('.', MAX_KEY_SEGMENTS + 1);
  const valid = segments.length <= MAX_KEY_SEGMENTS && segments.every((segment) => segment !== '');
  return valid ? segments : undefined;
}

/**
 * CloudEvents keys as Azure documents them (`eventid`, `eventtype`) plus the Event Grid name
 * `eventType`, mapped onto CloudEvents attributes; any other name is looked up as written.
 */
const CLOUD_EVENT_ALIASES: ReadonlyMap<string, string> = new Map([
  ['eventid', 'id'],
  ['eventtype', 'type'],
]);

/** Walks own properties of nested objects only (arrays are not indexed); missing → undefined. */
function resolve(event: object, segments: readonly string[], cloud: boolean): unknown {
  const [head = '', ...rest] = segments;
  let current = lookup(event, cloud ? (CLOUD_EVENT_ALIASES.get(head.toLowerCase()) ?? head) : head);
  for (const segment of rest) {
    if (!isRecord(current)) return undefined;
    current = lookup(current, segment);
  }
  return current;
}

/**
 * Presence operators look at the key itself, arrays included and whatever the arrays flag:
 * an array is a present, non-null value.
 */
const PRESENCE: ReadonlyMap<string, (value: unknown) => boolean> = new Map<
  AdvancedFilterOperator,
  (value: unknown) => boolean
>([
  ['IsNullOrUndefined', (value: unknown) => value === undefined || value === null],
  ['IsNotNull', (value: unknown) => value !== undefined && value !== null],
]);

/** `values` when it is an array, else `[value]` when set; no operands at all → malformed. */
function readOperands(advanced: object): unknown[] | undefined {
  const values = ownValue(advanced, 'values');
  const value = ownValue(advanced, 'value');
  const operands = Array.isArray(values) ? values : value === undefined ? [] : [value];
  return operands.length > 0 ? operands : undefined;
}

/**
 * Every value operator is "does some candidate hit some operand", negated for the Not family.
 * That one rule gives all the documented behaviours:
 * - several operands are OR'ed (positive) or must all miss (Not);
 * - a missing key, null, or a value of the wrong type hits nothing: positive operators fail and
 *   the Not operators (NumberNotIn, NumberNotInRange, StringNot*) pass — a string is not "in"
 *   a list of numbers;
 * - arrays, when `enableAdvancedFilteringOnArrays` is on: each element is a candidate, so a
 *   positive operator passes if ANY element hits and a Not operator passes only if NO element
 *   hits (Azure's documented pseudo-code: MATCH = TRUE, then FALSE on any key/filter equality).
 *   An empty array therefore fails positive operators and passes Not operators.
 * - arrays with the flag off match no value operator at all, Not operators included: Azure only
 *   evaluates arrays when the flag is on, and failing closed never delivers an event the
 *   subscription could not have evaluated.
 */
function applyRule(
  rule: OperatorRule,
  value: unknown,
  operands: readonly unknown[],
  arrays: boolean,
): boolean {
  if (Array.isArray(value) && !arrays) return false;
  const candidates: readonly unknown[] = Array.isArray(value) ? value : [value];
  const hit = candidates.some((candidate) => operands.some((operand) => rule.hits(candidate, operand)));
  return rule.negated ? !hit : hit;
}

// ── Operator table ──────────────────────────────────────────────────────────────────────────

interface OperatorRule {
  readonly negated: boolean;
  /** Validates one operand of the filter. */
  readonly accepts: (operand: unknown) => boolean;
  /** Does one (non-array) event value hit one operand? False on a type mismatch. */
  readonly hits: (value: unknown, operand: unknown) => boolean;
}

type Hit = (value: unknown, operand: unknown) => boolean;

/** JSON numbers only: numeric strings such as "5" are not coerced; NaN is never a number here. */
function isNumber(value: unknown): value is number {
  return typeof value === 'number' && !Number.isNaN(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

/** A `[min, max]` pair, both inclusive; min > max is a valid, empty range. */
function isRange(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && isNumber(value[0]) && isNumber(value[1]);
}

function numbers(compare: (value: number, operand: number) => boolean): Hit {
  return (value, operand) => isNumber(value) && isNumber(operand) && compare(value, operand);
}

/** String operators compare ignoring case (locale-independent `toLowerCase`). */
function strings(compare: (value: string, operand: string) => boolean): Hit {
  return (value, operand) =>
    isString(value) && isString(operand) && compare(value.toLowerCase(), operand.toLowerCase());
}

const inRange: Hit = (value, operand) =>
  isNumber(value) && isRange(operand) && operand[0] <= value && value <= operand[1];
const sameBoolean: Hit = (value, operand) => isBoolean(value) && value === operand;

function rule(negated: boolean, accepts: (operand: unknown) => boolean, hits: Hit): OperatorRule {
  return { negated, accepts, hits };
}

const RULES: ReadonlyMap<string, OperatorRule> = new Map<AdvancedFilterOperator, OperatorRule>([
  [
    'NumberIn',
    rule(
      false,
      isNumber,
      numbers((v, o) => v === o),
    ),
  ],
  [
    'NumberNotIn',
    rule(
      true,
      isNumber,
      numbers((v, o) => v === o),
    ),
  ],
  [
    'NumberLessThan',
    rule(
      false,
      isNumber,
      numbers((v, o) => v < o),
    ),
  ],
  [
    'NumberGreaterThan',
    rule(
      false,
      isNumber,
      numbers((v, o) => v > o),
    ),
  ],
  [
    'NumberLessThanOrEquals',
    rule(
      false,
      isNumber,
      numbers((v, o) => v <= o),
    ),
  ],
  [
    'NumberGreaterThanOrEquals',
    rule(
      false,
      isNumber,
      numbers((v, o) => v >= o),
    ),
  ],
  ['NumberInRange', rule(false, isRange, inRange)],
  ['NumberNotInRange', rule(true, isRange, inRange)],
  ['BoolEquals', rule(false, isBoolean, sameBoolean)],
  [
    'StringContains',
    rule(
      false,
      isString,
      strings((v, o) => v.includes(o)),
    ),
  ],
  [
    'StringNotContains',
    rule(
      true,
      isString,
      strings((v, o) => v.includes(o)),
    ),
  ],
  [
    'StringBeginsWith',
    rule(
      false,
      isString,
      strings((v, o) => v.startsWith(o)),
    ),
  ],
  [
    'StringNotBeginsWith',
    rule(
      true,
      isString,
      strings((v, o) => v.startsWith(o)),
    ),
  ],
  [
    'StringEndsWith',
    rule(
      false,
      isString,
      strings((v, o) => v.endsWith(o)),
    ),
  ],
  [
    'StringNotEndsWith',
    rule(
      true,
      isString,
      strings((v, o) => v.endsWith(o)),
    ),
  ],
  [
    'StringIn',
    rule(
      false,
      isString,
      strings((v, o) => v === o),
    ),
  ],
  [
    'StringNotIn',
    rule(
      true,
      isString,
      strings((v, o) => v === o),
    ),
  ],
]);

// ── Checking a filter read from JSON ────────────────────────────────────────────────────────

/** One problem of a filter: where (`advancedFilters[0].operatorType`) and what. */
export interface FilterProblem {
  path: string;
  message: string;
}

export type FilterCheck =
  { ok: true; filter: EventSubscriptionFilter } | { ok: false; problems: FilterProblem[] };

const OPERATORS: readonly string[] = [...PRESENCE.keys(), ...RULES.keys()];

/**
 * Checks a filter of unknown origin (a JSON file, a request body) before it is used: every problem
 * that would make {@link matchesFilter} silently match nothing (an unknown operator type, a bad key,
 * missing or mistyped operands, a field of the wrong type) is reported, where Azure would refuse to
 * create the subscription. Never throws.
 */
export function validateFilter(value: unknown): FilterCheck {
  const problems: FilterProblem[] = [];
  try {
    checkFilter(value, problems);
  } catch {
    problems.push({ path: '', message: 'the filter could not be read' });
  }
  return problems.length === 0
    ? { ok: true, filter: value as EventSubscriptionFilter }
    : { ok: false, problems };
}

function checkFilter(value: unknown, problems: FilterProblem[]): void {
  const problem = (path: string, message: string) => problems.push({ path, message });
  if (!isRecord(value)) return void problem('', 'a filter is a JSON object');
  const types = ownValue(value, 'includedEventTypes');
  if (types !== undefined && types !== null && !(Array.isArray(types) && types.every(isString)))
    problem('includedEventTypes', 'must be an array of event type strings');
  for (const name of ['subjectBeginsWith', 'subjectEndsWith'])
    if (optionalString(ownValue(value, name)) === undefined) problem(name, 'must be a string');
  for (const name of ['isSubjectCaseSensitive', 'enableAdvancedFilteringOnArrays']) {
    const flag = ownValue(value, name);
    if (flag !== undefined && flag !== null && !isBoolean(flag)) problem(name, 'must be a boolean');
  }
  const filters = ownValue(value, 'advancedFilters');
  if (filters === undefined || filters === null) return;
  if (!Array.isArray(filters)) return void problem('advancedFilters', 'must be an array');
  filters.forEach((advanced: unknown, index) =>
    checkAdvancedFilter(advanced, `advancedFilters[${index}]`, problem),
  );
}

function checkAdvancedFilter(
  advanced: unknown,
  at: string,
  problem: (path: string, message: string) => void,
): void {
  if (!isRecord(advanced)) return problem(at, 'an advanced filter is a JSON object');
  if (keySegments(ownValue(advanced, 'key')) === undefined)
    problem(`${at}.key`, `must be a dotted key of 1 to ${MAX_KEY_SEGMENTS} non-empty segments`);
  const operator = ownValue(advanced, 'operatorType');
  if (typeof operator !== 'string') return problem(`${at}.operatorType`, 'must be a string');
  if (PRESENCE.has(operator)) return;
  const rule = RULES.get(operator);
  if (rule === undefined) return problem(`${at}.operatorType`, unknownOperator(operator));
  const operands = readOperands(advanced);
  if (operands === undefined) problem(at, `${operator} needs an operand: "value" or a non-empty "values"`);
  else if (!operands.every(rule.accepts)) problem(at, `an operand of ${operator} has the wrong type`);
}

/** The message for an operator Event Grid does not know, with the nearest known one. */
function unknownOperator(operator: string): string {
  const folded = operator.toLowerCase();
  const near =
    OPERATORS.find((known) => known.toLowerCase() === folded) ??
    OPERATORS.find(
      (known) => known.toLowerCase().startsWith(folded) || folded.startsWith(known.toLowerCase()),
    );
  const hint = near === undefined ? `; known: ${OPERATORS.join(', ')}` : ` (did you mean "${near}"?)`;
  return `unknown operator type "${operator}": it would match nothing${hint}`;
}
