// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type {
  AcsChatMemberAddedToThreadWithUserEventData,
  AcsChatMemberRemovedFromThreadWithUserEventData,
  AcsChatMessageDeletedEventData,
  AcsChatMessageDeletedInThreadEventData,
  AcsChatMessageEditedEventData,
  AcsChatMessageEditedInThreadEventData,
  AcsChatMessageReceivedEventData,
  AcsChatMessageReceivedInThreadEventData,
  AcsChatParticipantAddedToThreadWithUserEventData,
  AcsChatParticipantRemovedFromThreadWithUserEventData,
  AcsChatThreadCreatedEventData,
  AcsChatThreadCreatedWithUserEventData,
  AcsChatThreadDeletedEventData,
  AcsChatThreadParticipantAddedEventData,
  AcsChatThreadParticipantRemovedEventData,
  AcsChatThreadPropertiesUpdatedEventData,
  AcsChatThreadPropertiesUpdatedPerUserEventData,
  AcsChatThreadWithUserDeletedEventData,
  AcsEventDataMap,
  AcsEventType,
  AcsInstantMessageDeletedEventData,
  AcsInstantMessageEditedEventData,
  AcsInstantMessageReceivedEventData,
  AcsSmsDeliveryReportReceivedEventData,
  AcsSmsReceivedEventData,
  ChatMessageMetadata,
  ChatParticipant,
  ChatThreadMember,
  ChatThreadProperties,
  CloudEvent,
  CommunicationIdentifier,
  CommunicationUserIdentifier,
  EventGridEvent,
  MicrosoftTeamsUserIdentifier,
  PhoneNumberIdentifier,
  SmsDeliveryAttempt,
} from './types.js';

/** One problem found in a value. */
export interface ValidationError {
  /** JSON Pointer (RFC 6901) to the offending value; '' is the value itself. */
  path: string;
  message: string;
  /** What the schema allows there, e.g. "string", "date-time", "CommunicationIdentifier". */
  expected: string;
  /** What was found: a type name ("number", "null", "array", …), a short rendering of the value, or "missing". */
  received: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

export interface ValidateOptions {
  /**
   * Report properties an object schema does not declare. Off by default: Azure adds fields to
   * events without notice, and the validators accept them.
   */
  strict?: boolean;
}

const $hasOwn = Object.prototype.hasOwnProperty;

/** Only own properties are data: a property is present when it is the object's own and not undefined. */
function $own(o: object, k: string, v: unknown): boolean {
  return v !== undefined && $hasOwn.call(o, k);
}

/** Whether property k (value v) is present; when it is not and \`expected\` is given (it is required), reports it. */
function $has(e: ValidationError[], p: string, o: object, k: string, v: unknown, expected?: string): boolean {
  if (v !== undefined && $hasOwn.call(o, k)) return true;
  if (expected !== undefined) $fail(e, $at(p, k), 'is required', expected, 'missing');
  return false;
}

function $isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether v is an object (not null, not an array); reports it when it is not. */
function $checkObject(e: ValidationError[], p: string, v: unknown): v is Record<string, unknown> {
  if ($isObject(v)) return true;
  $fail(e, p, 'must be an object', 'object', $type(v));
  return false;
}

/** Whether every own key of o is one of \`known\`. */
function $onlyKeys(o: object, known: readonly string[]): boolean {
  for (const k in o) if ($hasOwn.call(o, k) && !known.includes(k)) return false;
  return true;
}

/** Reports every own key of o that is not one of \`known\`. */
function $extraKeys(
  e: ValidationError[],
  p: string,
  o: Record<string, unknown>,
  known: readonly string[],
  message = 'is not a declared property (strict mode)',
): void {
  for (const k in o) {
    if ($hasOwn.call(o, k) && !known.includes(k))
      $fail(e, $at(p, k), message, 'no such property', $type(o[k]));
  }
}

/** The JSON type of a value, as reported in errors. */
function $type(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return typeof v;
}

/** A short rendering of a scalar for error messages: strings JSON-quoted (and cut when long). */
function $show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 64 ? v.slice(0, 64) + '…' : v);
  return typeof v === 'number' || typeof v === 'boolean' || v === null ? String(v) : $type(v);
}

/** A property name as a JSON Pointer segment. */
function $esc(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The JSON Pointer of property k of the value at p. */
function $at(p: string, k: string): string {
  return p + '/' + $esc(k);
}

/** year-month-day, separator, hour:minute:second(.fraction), then Z or the offset's sign, hours and minutes. */
const $DATE_TIME =
  /^(\d{4})-(\d\d)-(\d\d)[Tt\s](\d\d):(\d\d):(\d\d(?:\.\d+)?)(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)$/;

/** RFC 3339 date-time, agreeing with ajv-formats' "date-time" (full mode). */
function $dateTime(s: string): boolean {
  const m = $DATE_TIME.exec(s);
  if (m === null) return false;
  const year = +m[1]!,
    month = +m[2]!,
    day = +m[3]!,
    hour = +m[4]!,
    minute = +m[5]!,
    second = +m[6]!;
  const offsetHour = +(m[8] ?? 0),
    offsetMinute = +(m[9] ?? 0);
  // February by the Gregorian leap rule; otherwise 31 days in odd months up to July and even ones from August.
  const monthDays =
    month === 2
      ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
        ? 29
        : 28
      : 30 + ((month + (month >> 3)) & 1);
  if (month < 1 || month > 12 || day < 1 || day > monthDays || offsetHour > 23 || offsetMinute > 59)
    return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second: 23:59:60 once moved to UTC (minute first, borrowing an hour when it goes negative).
  const sign = m[7] === '-' ? -1 : 1;
  const utcMinute = minute - offsetMinute * sign;
  const utcHour = hour - offsetHour * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

/** Reading the value threw (a getter or a proxy) or it nests deeper than the stack allows. */
function $crash(): ValidationError {
  return {
    path: '',
    message: 'could not be validated: reading it threw an exception or it nests too deeply',
    expected: 'JSON data',
    received: 'exception',
  };
}

/** Records one error (a call instead of an object literal at every place that reports one keeps the module small). */
function $fail(
  e: ValidationError[],
  path: string,
  message: string,
  expected: string,
  received: string,
): void {
  e.push({ path, message, expected, received });
}

/** A frozen lookup table without a prototype: no "__proto__" or "constructor" entries by accident. */
function $nullProto<T extends object>(entries: T): Readonly<T> {
  return Object.freeze(Object.assign(Object.create(null) as object, entries) as T);
}

function $isStringProperty(o: object, k: string, v: unknown, required: boolean): boolean {
  return v === undefined || !$hasOwn.call(o, k) ? !required : typeof v === 'string';
}

function $checkStringProperty(
  e: ValidationError[],
  p: string,
  o: object,
  k: string,
  v: unknown,
  required: boolean,
): void {
  if (!$has(e, p, o, k, v, required ? 'string' : undefined)) return;
  if (typeof v !== 'string') $fail(e, $at(p, k), 'must be a string', 'string', $type(v));
}

function $isIntegerProperty(o: object, k: string, v: unknown, required: boolean): boolean {
  return v === undefined || !$hasOwn.call(o, k) ? !required : typeof v === 'number' && Number.isInteger(v);
}

function $checkIntegerProperty(
  e: ValidationError[],
  p: string,
  o: object,
  k: string,
  v: unknown,
  required: boolean,
): void {
  if (!$has(e, p, o, k, v, required ? 'integer' : undefined)) return;
  if (typeof v !== 'number' || !Number.isInteger(v))
    $fail(e, $at(p, k), 'must be an integer', 'integer', $type(v));
}

function $isBooleanProperty(o: object, k: string, v: unknown, required: boolean): boolean {
  return v === undefined || !$hasOwn.call(o, k) ? !required : typeof v === 'boolean';
}

function $checkBooleanProperty(
  e: ValidationError[],
  p: string,
  o: object,
  k: string,
  v: unknown,
  required: boolean,
): void {
  if (!$has(e, p, o, k, v, required ? 'boolean' : undefined)) return;
  if (typeof v !== 'boolean') $fail(e, $at(p, k), 'must be a boolean', 'boolean', $type(v));
}

function $isDateTimeProperty(o: object, k: string, v: unknown, required: boolean): boolean {
  return v === undefined || !$hasOwn.call(o, k) ? !required : typeof v === 'string' && $dateTime(v);
}

function $checkDateTimeProperty(
  e: ValidationError[],
  p: string,
  o: object,
  k: string,
  v: unknown,
  required: boolean,
): void {
  if (!$has(e, p, o, k, v, required ? 'date-time' : undefined)) return;
  if (typeof v !== 'string') $fail(e, $at(p, k), 'must be a string', 'string', $type(v));
  else if (!$dateTime(v))
    $fail(
      e,
      $at(p, k),
      'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
      'date-time',
      $show(v),
    );
}

// Shared definitions

/**
 * Validates a ChatMessageMetadata, reporting every error.
 *
 * A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed.
 */
export function validateChatMessageMetadata(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatMessageMetadata> {
  const errors: ValidationError[] = [];
  try {
    $checkChatMessageMetadata(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as ChatMessageMetadata } : { ok: false, errors };
}

/**
 * Whether a value is a valid ChatMessageMetadata.
 *
 * A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed.
 */
export function isChatMessageMetadata(value: unknown): value is ChatMessageMetadata {
  try {
    return $isChatMessageMetadata(value, false);
  } catch {
    return false;
  }
}

function $isChatMessageMetadata(v: unknown, _s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  for (const k2 in o1) {
    if (!$hasOwn.call(o1, k2)) continue;
    const v3 = o1[k2];
    if (typeof v3 !== 'string') return false;
  }
  return true;
}

function $checkChatMessageMetadata(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    for (const k2 in o1) {
      if (!$hasOwn.call(o1, k2)) continue;
      const v3 = o1[k2];
      if (typeof v3 !== 'string') {
        $fail(e, p + '/' + $esc(k2), 'must be a string', 'string', $type(v3));
      }
    }
  }
}

/**
 * Validates a ChatParticipant, reporting every error.
 *
 * A participant of a chat thread, as the ChatParticipant* and ChatThread* events give it.
 */
export function validateChatParticipant(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatParticipant> {
  const errors: ValidationError[] = [];
  try {
    $checkChatParticipant(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as ChatParticipant } : { ok: false, errors };
}

/**
 * Whether a value is a valid ChatParticipant.
 *
 * A participant of a chat thread, as the ChatParticipant* and ChatThread* events give it.
 */
export function isChatParticipant(value: unknown): value is ChatParticipant {
  try {
    return $isChatParticipant(value, false);
  } catch {
    return false;
  }
}

function $isChatParticipant(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'displayName', o1['displayName'], true)) return false;
  const v2 = o1['participantCommunicationIdentifier'];
  if (!$own(o1, 'participantCommunicationIdentifier', v2)) return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  if (s) {
    if (!$onlyKeys(o1, ['displayName', 'participantCommunicationIdentifier'])) return false;
  }
  return true;
}

function $checkChatParticipant(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'displayName', o1['displayName'], true);
    const v2 = o1['participantCommunicationIdentifier'];
    if ($has(e, p, o1, 'participantCommunicationIdentifier', v2, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v2, p + '/participantCommunicationIdentifier', e, s);
    }
    if (s) {
      $extraKeys(e, p, o1, ['displayName', 'participantCommunicationIdentifier']);
    }
  }
}

/**
 * Validates a ChatThreadMember, reporting every error.
 *
 * A member of a chat thread, as the 2020 preview events give it (`members`, `memberAdded`, `memberRemoved`). Replaced by ChatParticipant.
 */
export function validateChatThreadMember(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatThreadMember> {
  const errors: ValidationError[] = [];
  try {
    $checkChatThreadMember(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as ChatThreadMember } : { ok: false, errors };
}

/**
 * Whether a value is a valid ChatThreadMember.
 *
 * A member of a chat thread, as the 2020 preview events give it (`members`, `memberAdded`, `memberRemoved`). Replaced by ChatParticipant.
 */
export function isChatThreadMember(value: unknown): value is ChatThreadMember {
  try {
    return $isChatThreadMember(value, false);
  } catch {
    return false;
  }
}

function $isChatThreadMember(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'displayName', o1['displayName'], true)) return false;
  if (!$isStringProperty(o1, 'memberId', o1['memberId'], true)) return false;
  if (s) {
    if (!$onlyKeys(o1, ['displayName', 'memberId'])) return false;
  }
  return true;
}

function $checkChatThreadMember(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'displayName', o1['displayName'], true);
    $checkStringProperty(e, p, o1, 'memberId', o1['memberId'], true);
    if (s) {
      $extraKeys(e, p, o1, ['displayName', 'memberId']);
    }
  }
}

/**
 * Validates a ChatThreadProperties, reporting every error.
 *
 * The chat thread's properties; the docs show `topic`, the service may add others.
 */
export function validateChatThreadProperties(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatThreadProperties> {
  const errors: ValidationError[] = [];
  try {
    $checkChatThreadProperties(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as ChatThreadProperties } : { ok: false, errors };
}

/**
 * Whether a value is a valid ChatThreadProperties.
 *
 * The chat thread's properties; the docs show `topic`, the service may add others.
 */
export function isChatThreadProperties(value: unknown): value is ChatThreadProperties {
  try {
    return $isChatThreadProperties(value, false);
  } catch {
    return false;
  }
}

function $isChatThreadProperties(v: unknown, _s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'topic', o1['topic'], false)) return false;
  return true;
}

function $checkChatThreadProperties(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'topic', o1['topic'], false);
  }
}

/**
 * Validates a CommunicationIdentifier, reporting every error.
 *
 * Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel.
 */
export function validateCommunicationIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CommunicationIdentifier> {
  const errors: ValidationError[] = [];
  try {
    $checkCommunicationIdentifier(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as CommunicationIdentifier } : { ok: false, errors };
}

/**
 * Whether a value is a valid CommunicationIdentifier.
 *
 * Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel.
 */
export function isCommunicationIdentifier(value: unknown): value is CommunicationIdentifier {
  try {
    return $isCommunicationIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isCommunicationIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'rawId', o1['rawId'], true)) return false;
  const v2 = o1['communicationUser'];
  if ($own(o1, 'communicationUser', v2)) {
    if (!$isCommunicationUserIdentifier(v2, s)) return false;
  }
  const v4 = o1['phoneNumber'];
  if ($own(o1, 'phoneNumber', v4)) {
    if (!$isPhoneNumberIdentifier(v4, s)) return false;
  }
  const v6 = o1['microsoftTeamsUser'];
  if ($own(o1, 'microsoftTeamsUser', v6)) {
    if (!$isMicrosoftTeamsUserIdentifier(v6, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(o1, ['rawId', 'communicationUser', 'phoneNumber', 'microsoftTeamsUser'])) return false;
  }
  return true;
}

function $checkCommunicationIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'rawId', o1['rawId'], true);
    const v2 = o1['communicationUser'];
    if ($has(e, p, o1, 'communicationUser', v2)) {
      $checkCommunicationUserIdentifier(v2, p + '/communicationUser', e, s);
    }
    const v4 = o1['phoneNumber'];
    if ($has(e, p, o1, 'phoneNumber', v4)) {
      $checkPhoneNumberIdentifier(v4, p + '/phoneNumber', e, s);
    }
    const v6 = o1['microsoftTeamsUser'];
    if ($has(e, p, o1, 'microsoftTeamsUser', v6)) {
      $checkMicrosoftTeamsUserIdentifier(v6, p + '/microsoftTeamsUser', e, s);
    }
    if (s) {
      $extraKeys(e, p, o1, ['rawId', 'communicationUser', 'phoneNumber', 'microsoftTeamsUser']);
    }
  }
}

/**
 * Validates a CommunicationUserIdentifier, reporting every error.
 *
 * An Azure Communication Services user.
 */
export function validateCommunicationUserIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CommunicationUserIdentifier> {
  const errors: ValidationError[] = [];
  try {
    $checkCommunicationUserIdentifier(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as CommunicationUserIdentifier }
    : { ok: false, errors };
}

/**
 * Whether a value is a valid CommunicationUserIdentifier.
 *
 * An Azure Communication Services user.
 */
export function isCommunicationUserIdentifier(value: unknown): value is CommunicationUserIdentifier {
  try {
    return $isCommunicationUserIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isCommunicationUserIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'id', o1['id'], true)) return false;
  if (s) {
    if (!$onlyKeys(o1, ['id'])) return false;
  }
  return true;
}

function $checkCommunicationUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'id', o1['id'], true);
    if (s) {
      $extraKeys(e, p, o1, ['id']);
    }
  }
}

/**
 * Validates a MicrosoftTeamsUserIdentifier, reporting every error.
 *
 * A Microsoft Teams user (not seen in the docs samples; Azure SDK shape).
 */
export function validateMicrosoftTeamsUserIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<MicrosoftTeamsUserIdentifier> {
  const errors: ValidationError[] = [];
  try {
    $checkMicrosoftTeamsUserIdentifier(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as MicrosoftTeamsUserIdentifier }
    : { ok: false, errors };
}

/**
 * Whether a value is a valid MicrosoftTeamsUserIdentifier.
 *
 * A Microsoft Teams user (not seen in the docs samples; Azure SDK shape).
 */
export function isMicrosoftTeamsUserIdentifier(value: unknown): value is MicrosoftTeamsUserIdentifier {
  try {
    return $isMicrosoftTeamsUserIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isMicrosoftTeamsUserIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'userId', o1['userId'], true)) return false;
  if (!$isBooleanProperty(o1, 'isAnonymous', o1['isAnonymous'], false)) return false;
  const v2 = o1['cloud'];
  if ($own(o1, 'cloud', v2)) {
    if (typeof v2 !== 'string') return false;
    if (v2 !== 'public' && v2 !== 'dod' && v2 !== 'gcch') return false;
  }
  if (s) {
    if (!$onlyKeys(o1, ['userId', 'isAnonymous', 'cloud'])) return false;
  }
  return true;
}

function $checkMicrosoftTeamsUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'userId', o1['userId'], true);
    $checkBooleanProperty(e, p, o1, 'isAnonymous', o1['isAnonymous'], false);
    const v2 = o1['cloud'];
    if ($has(e, p, o1, 'cloud', v2)) {
      if (typeof v2 !== 'string') {
        $fail(e, p + '/cloud', 'must be a string', 'string', $type(v2));
      } else {
        if (v2 !== 'public' && v2 !== 'dod' && v2 !== 'gcch') {
          $fail(
            e,
            p + '/cloud',
            'must be one of "public" | "dod" | "gcch"',
            '"public" | "dod" | "gcch"',
            $show(v2),
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, o1, ['userId', 'isAnonymous', 'cloud']);
    }
  }
}

/**
 * Validates a PhoneNumberIdentifier, reporting every error.
 *
 * A phone number (not seen in the docs samples; Azure SDK shape).
 */
export function validatePhoneNumberIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<PhoneNumberIdentifier> {
  const errors: ValidationError[] = [];
  try {
    $checkPhoneNumberIdentifier(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as PhoneNumberIdentifier } : { ok: false, errors };
}

/**
 * Whether a value is a valid PhoneNumberIdentifier.
 *
 * A phone number (not seen in the docs samples; Azure SDK shape).
 */
export function isPhoneNumberIdentifier(value: unknown): value is PhoneNumberIdentifier {
  try {
    return $isPhoneNumberIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isPhoneNumberIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'value', o1['value'], true)) return false;
  if (s) {
    if (!$onlyKeys(o1, ['value'])) return false;
  }
  return true;
}

function $checkPhoneNumberIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'value', o1['value'], true);
    if (s) {
      $extraKeys(e, p, o1, ['value']);
    }
  }
}

/**
 * Validates a SmsDeliveryAttempt, reporting every error.
 *
 * One attempt at delivering an SMS.
 */
export function validateSmsDeliveryAttempt(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SmsDeliveryAttempt> {
  const errors: ValidationError[] = [];
  try {
    $checkSmsDeliveryAttempt(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as SmsDeliveryAttempt } : { ok: false, errors };
}

/**
 * Whether a value is a valid SmsDeliveryAttempt.
 *
 * One attempt at delivering an SMS.
 */
export function isSmsDeliveryAttempt(value: unknown): value is SmsDeliveryAttempt {
  try {
    return $isSmsDeliveryAttempt(value, false);
  } catch {
    return false;
  }
}

function $isSmsDeliveryAttempt(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isDateTimeProperty(o1, 'timestamp', o1['timestamp'], true)) return false;
  if (!$isIntegerProperty(o1, 'segmentsSucceeded', o1['segmentsSucceeded'], true)) return false;
  if (!$isIntegerProperty(o1, 'segmentsFailed', o1['segmentsFailed'], true)) return false;
  if (s) {
    if (!$onlyKeys(o1, ['timestamp', 'segmentsSucceeded', 'segmentsFailed'])) return false;
  }
  return true;
}

function $checkSmsDeliveryAttempt(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkDateTimeProperty(e, p, o1, 'timestamp', o1['timestamp'], true);
    $checkIntegerProperty(e, p, o1, 'segmentsSucceeded', o1['segmentsSucceeded'], true);
    $checkIntegerProperty(e, p, o1, 'segmentsFailed', o1['segmentsFailed'], true);
    if (s) {
      $extraKeys(e, p, o1, ['timestamp', 'segmentsSucceeded', 'segmentsFailed']);
    }
  }
}

// Event data

/**
 * Validates the data of a Microsoft.Communication.ChatMemberAddedToThreadWithUser event, reporting every error.
 *
 * Published when the user is added as member to a chat thread.
 *
 * @deprecated The service no longer sends Microsoft.Communication.ChatMemberAddedToThreadWithUser; see Microsoft.Communication.ChatParticipantAddedToThreadWithUser.
 */
export function validateAcsChatMemberAddedToThreadWithUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMemberAddedToThreadWithUserEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMemberAddedToThreadWithUserEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMemberAddedToThreadWithUserEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMemberAddedToThreadWithUser event.
 *
 * Published when the user is added as member to a chat thread.
 *
 * @deprecated The service no longer sends Microsoft.Communication.ChatMemberAddedToThreadWithUser; see Microsoft.Communication.ChatParticipantAddedToThreadWithUser.
 */
export function isAcsChatMemberAddedToThreadWithUserEventData(
  value: unknown,
): value is AcsChatMemberAddedToThreadWithUserEventData {
  try {
    return $isAcsChatMemberAddedToThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMemberAddedToThreadWithUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isDateTimeProperty(o1, 'time', o1['time'], true)) return false;
  if (!$isStringProperty(o1, 'addedBy', o1['addedBy'], true)) return false;
  const v2 = o1['memberAdded'];
  if (!$own(o1, 'memberAdded', v2)) return false;
  if (!$isChatThreadMember(v2, s)) return false;
  if (!$isDateTimeProperty(o1, 'createTime', o1['createTime'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'recipientId', o1['recipientId'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'time',
        'addedBy',
        'memberAdded',
        'createTime',
        'version',
        'recipientId',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMemberAddedToThreadWithUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkDateTimeProperty(e, p, o1, 'time', o1['time'], true);
    $checkStringProperty(e, p, o1, 'addedBy', o1['addedBy'], true);
    const v2 = o1['memberAdded'];
    if ($has(e, p, o1, 'memberAdded', v2, 'ChatThreadMember')) {
      $checkChatThreadMember(v2, p + '/memberAdded', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'createTime', o1['createTime'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'recipientId', o1['recipientId'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'time',
        'addedBy',
        'memberAdded',
        'createTime',
        'version',
        'recipientId',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatMemberRemovedFromThreadWithUser event, reporting every error.
 *
 * Published when the user is removed from a chat thread.
 *
 * @deprecated The service no longer sends Microsoft.Communication.ChatMemberRemovedFromThreadWithUser; see Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser.
 */
export function validateAcsChatMemberRemovedFromThreadWithUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMemberRemovedFromThreadWithUserEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMemberRemovedFromThreadWithUserEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMemberRemovedFromThreadWithUserEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMemberRemovedFromThreadWithUser event.
 *
 * Published when the user is removed from a chat thread.
 *
 * @deprecated The service no longer sends Microsoft.Communication.ChatMemberRemovedFromThreadWithUser; see Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser.
 */
export function isAcsChatMemberRemovedFromThreadWithUserEventData(
  value: unknown,
): value is AcsChatMemberRemovedFromThreadWithUserEventData {
  try {
    return $isAcsChatMemberRemovedFromThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMemberRemovedFromThreadWithUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isDateTimeProperty(o1, 'time', o1['time'], true)) return false;
  if (!$isStringProperty(o1, 'removedBy', o1['removedBy'], true)) return false;
  const v2 = o1['memberRemoved'];
  if (!$own(o1, 'memberRemoved', v2)) return false;
  if (!$isChatThreadMember(v2, s)) return false;
  if (!$isDateTimeProperty(o1, 'createTime', o1['createTime'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'recipientId', o1['recipientId'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'time',
        'removedBy',
        'memberRemoved',
        'createTime',
        'version',
        'recipientId',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMemberRemovedFromThreadWithUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkDateTimeProperty(e, p, o1, 'time', o1['time'], true);
    $checkStringProperty(e, p, o1, 'removedBy', o1['removedBy'], true);
    const v2 = o1['memberRemoved'];
    if ($has(e, p, o1, 'memberRemoved', v2, 'ChatThreadMember')) {
      $checkChatThreadMember(v2, p + '/memberRemoved', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'createTime', o1['createTime'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'recipientId', o1['recipientId'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'time',
        'removedBy',
        'memberRemoved',
        'createTime',
        'version',
        'recipientId',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatMessageDeleted event, reporting every error.
 *
 * Published when a message is deleted in a chat thread that the user is member of.
 */
export function validateAcsChatMessageDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageDeletedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMessageDeletedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMessageDeletedEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageDeleted event.
 *
 * Published when a message is deleted in a chat thread that the user is member of.
 */
export function isAcsChatMessageDeletedEventData(value: unknown): value is AcsChatMessageDeletedEventData {
  try {
    return $isAcsChatMessageDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isDateTimeProperty(o1, 'deleteTime', o1['deleteTime'], true)) return false;
  if (!$isStringProperty(o1, 'messageId', o1['messageId'], true)) return false;
  if (!$isStringProperty(o1, 'senderId', o1['senderId'], true)) return false;
  const v2 = o1['senderCommunicationIdentifier'];
  if ($own(o1, 'senderCommunicationIdentifier', v2)) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  if (!$isStringProperty(o1, 'senderDisplayName', o1['senderDisplayName'], true)) return false;
  if (!$isDateTimeProperty(o1, 'composeTime', o1['composeTime'], true)) return false;
  if (!$isStringProperty(o1, 'type', o1['type'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'recipientId', o1['recipientId'], true)) return false;
  const v4 = o1['recipientCommunicationIdentifier'];
  if ($own(o1, 'recipientCommunicationIdentifier', v4)) {
    if (!$isCommunicationIdentifier(v4, s)) return false;
  }
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'deleteTime',
        'messageId',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageDeletedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkDateTimeProperty(e, p, o1, 'deleteTime', o1['deleteTime'], true);
    $checkStringProperty(e, p, o1, 'messageId', o1['messageId'], true);
    $checkStringProperty(e, p, o1, 'senderId', o1['senderId'], true);
    const v2 = o1['senderCommunicationIdentifier'];
    if ($has(e, p, o1, 'senderCommunicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, o1, 'senderDisplayName', o1['senderDisplayName'], true);
    $checkDateTimeProperty(e, p, o1, 'composeTime', o1['composeTime'], true);
    $checkStringProperty(e, p, o1, 'type', o1['type'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'recipientId', o1['recipientId'], true);
    const v4 = o1['recipientCommunicationIdentifier'];
    if ($has(e, p, o1, 'recipientCommunicationIdentifier', v4)) {
      $checkCommunicationIdentifier(v4, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'deleteTime',
        'messageId',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatMessageDeletedInThread event, reporting every error.
 *
 * Published when a message is deleted in  a chat thread
 */
export function validateAcsChatMessageDeletedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageDeletedInThreadEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMessageDeletedInThreadEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMessageDeletedInThreadEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageDeletedInThread event.
 *
 * Published when a message is deleted in  a chat thread
 */
export function isAcsChatMessageDeletedInThreadEventData(
  value: unknown,
): value is AcsChatMessageDeletedInThreadEventData {
  try {
    return $isAcsChatMessageDeletedInThreadEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageDeletedInThreadEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isDateTimeProperty(o1, 'deleteTime', o1['deleteTime'], true)) return false;
  if (!$isStringProperty(o1, 'messageId', o1['messageId'], true)) return false;
  if (!$isStringProperty(o1, 'type', o1['type'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'senderDisplayName', o1['senderDisplayName'], true)) return false;
  const v2 = o1['senderCommunicationIdentifier'];
  if (!$own(o1, 'senderCommunicationIdentifier', v2)) return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  if (!$isDateTimeProperty(o1, 'composeTime', o1['composeTime'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'deleteTime',
        'messageId',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageDeletedInThreadEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkDateTimeProperty(e, p, o1, 'deleteTime', o1['deleteTime'], true);
    $checkStringProperty(e, p, o1, 'messageId', o1['messageId'], true);
    $checkStringProperty(e, p, o1, 'type', o1['type'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'senderDisplayName', o1['senderDisplayName'], true);
    const v2 = o1['senderCommunicationIdentifier'];
    if ($has(e, p, o1, 'senderCommunicationIdentifier', v2, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v2, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'composeTime', o1['composeTime'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'deleteTime',
        'messageId',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatMessageEdited event, reporting every error.
 *
 * Published when a message is edited in a chat thread that the user is member of.
 */
export function validateAcsChatMessageEditedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageEditedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMessageEditedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMessageEditedEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageEdited event.
 *
 * Published when a message is edited in a chat thread that the user is member of.
 */
export function isAcsChatMessageEditedEventData(value: unknown): value is AcsChatMessageEditedEventData {
  try {
    return $isAcsChatMessageEditedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageEditedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isDateTimeProperty(o1, 'editTime', o1['editTime'], true)) return false;
  if (!$isStringProperty(o1, 'messageBody', o1['messageBody'], true)) return false;
  if (!$isStringProperty(o1, 'messageId', o1['messageId'], true)) return false;
  const v2 = o1['metadata'];
  if ($own(o1, 'metadata', v2)) {
    if (!$isChatMessageMetadata(v2, s)) return false;
  }
  if (!$isStringProperty(o1, 'senderId', o1['senderId'], true)) return false;
  const v4 = o1['senderCommunicationIdentifier'];
  if ($own(o1, 'senderCommunicationIdentifier', v4)) {
    if (!$isCommunicationIdentifier(v4, s)) return false;
  }
  if (!$isStringProperty(o1, 'senderDisplayName', o1['senderDisplayName'], true)) return false;
  if (!$isDateTimeProperty(o1, 'composeTime', o1['composeTime'], true)) return false;
  if (!$isStringProperty(o1, 'type', o1['type'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'recipientId', o1['recipientId'], true)) return false;
  const v6 = o1['recipientCommunicationIdentifier'];
  if ($own(o1, 'recipientCommunicationIdentifier', v6)) {
    if (!$isCommunicationIdentifier(v6, s)) return false;
  }
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'editTime',
        'messageBody',
        'messageId',
        'metadata',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageEditedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkDateTimeProperty(e, p, o1, 'editTime', o1['editTime'], true);
    $checkStringProperty(e, p, o1, 'messageBody', o1['messageBody'], true);
    $checkStringProperty(e, p, o1, 'messageId', o1['messageId'], true);
    const v2 = o1['metadata'];
    if ($has(e, p, o1, 'metadata', v2)) {
      $checkChatMessageMetadata(v2, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, o1, 'senderId', o1['senderId'], true);
    const v4 = o1['senderCommunicationIdentifier'];
    if ($has(e, p, o1, 'senderCommunicationIdentifier', v4)) {
      $checkCommunicationIdentifier(v4, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, o1, 'senderDisplayName', o1['senderDisplayName'], true);
    $checkDateTimeProperty(e, p, o1, 'composeTime', o1['composeTime'], true);
    $checkStringProperty(e, p, o1, 'type', o1['type'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'recipientId', o1['recipientId'], true);
    const v6 = o1['recipientCommunicationIdentifier'];
    if ($has(e, p, o1, 'recipientCommunicationIdentifier', v6)) {
      $checkCommunicationIdentifier(v6, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'editTime',
        'messageBody',
        'messageId',
        'metadata',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatMessageEditedInThread event, reporting every error.
 *
 * Published when a message is edited in a chat thread
 */
export function validateAcsChatMessageEditedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageEditedInThreadEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMessageEditedInThreadEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMessageEditedInThreadEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageEditedInThread event.
 *
 * Published when a message is edited in a chat thread
 */
export function isAcsChatMessageEditedInThreadEventData(
  value: unknown,
): value is AcsChatMessageEditedInThreadEventData {
  try {
    return $isAcsChatMessageEditedInThreadEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageEditedInThreadEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isDateTimeProperty(o1, 'editTime', o1['editTime'], true)) return false;
  if (!$isStringProperty(o1, 'messageBody', o1['messageBody'], true)) return false;
  if (!$isStringProperty(o1, 'messageId', o1['messageId'], true)) return false;
  const v2 = o1['metadata'];
  if ($own(o1, 'metadata', v2)) {
    if (!$isChatMessageMetadata(v2, s)) return false;
  }
  if (!$isStringProperty(o1, 'type', o1['type'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'senderDisplayName', o1['senderDisplayName'], true)) return false;
  const v4 = o1['senderCommunicationIdentifier'];
  if (!$own(o1, 'senderCommunicationIdentifier', v4)) return false;
  if (!$isCommunicationIdentifier(v4, s)) return false;
  if (!$isDateTimeProperty(o1, 'composeTime', o1['composeTime'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'editTime',
        'messageBody',
        'messageId',
        'metadata',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageEditedInThreadEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkDateTimeProperty(e, p, o1, 'editTime', o1['editTime'], true);
    $checkStringProperty(e, p, o1, 'messageBody', o1['messageBody'], true);
    $checkStringProperty(e, p, o1, 'messageId', o1['messageId'], true);
    const v2 = o1['metadata'];
    if ($has(e, p, o1, 'metadata', v2)) {
      $checkChatMessageMetadata(v2, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, o1, 'type', o1['type'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'senderDisplayName', o1['senderDisplayName'], true);
    const v4 = o1['senderCommunicationIdentifier'];
    if ($has(e, p, o1, 'senderCommunicationIdentifier', v4, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v4, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'composeTime', o1['composeTime'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'editTime',
        'messageBody',
        'messageId',
        'metadata',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatMessageReceived event, reporting every error.
 *
 * Published when a message is received for a user in a chat thread that she is member of.
 */
export function validateAcsChatMessageReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageReceivedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMessageReceivedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMessageReceivedEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageReceived event.
 *
 * Published when a message is received for a user in a chat thread that she is member of.
 */
export function isAcsChatMessageReceivedEventData(value: unknown): value is AcsChatMessageReceivedEventData {
  try {
    return $isAcsChatMessageReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'messageBody', o1['messageBody'], true)) return false;
  if (!$isStringProperty(o1, 'messageId', o1['messageId'], true)) return false;
  const v2 = o1['metadata'];
  if ($own(o1, 'metadata', v2)) {
    if (!$isChatMessageMetadata(v2, s)) return false;
  }
  if (!$isStringProperty(o1, 'senderId', o1['senderId'], true)) return false;
  const v4 = o1['senderCommunicationIdentifier'];
  if ($own(o1, 'senderCommunicationIdentifier', v4)) {
    if (!$isCommunicationIdentifier(v4, s)) return false;
  }
  if (!$isStringProperty(o1, 'senderDisplayName', o1['senderDisplayName'], true)) return false;
  if (!$isDateTimeProperty(o1, 'composeTime', o1['composeTime'], true)) return false;
  if (!$isStringProperty(o1, 'type', o1['type'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'recipientId', o1['recipientId'], true)) return false;
  const v6 = o1['recipientCommunicationIdentifier'];
  if ($own(o1, 'recipientCommunicationIdentifier', v6)) {
    if (!$isCommunicationIdentifier(v6, s)) return false;
  }
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'messageBody',
        'messageId',
        'metadata',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'messageBody', o1['messageBody'], true);
    $checkStringProperty(e, p, o1, 'messageId', o1['messageId'], true);
    const v2 = o1['metadata'];
    if ($has(e, p, o1, 'metadata', v2)) {
      $checkChatMessageMetadata(v2, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, o1, 'senderId', o1['senderId'], true);
    const v4 = o1['senderCommunicationIdentifier'];
    if ($has(e, p, o1, 'senderCommunicationIdentifier', v4)) {
      $checkCommunicationIdentifier(v4, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, o1, 'senderDisplayName', o1['senderDisplayName'], true);
    $checkDateTimeProperty(e, p, o1, 'composeTime', o1['composeTime'], true);
    $checkStringProperty(e, p, o1, 'type', o1['type'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'recipientId', o1['recipientId'], true);
    const v6 = o1['recipientCommunicationIdentifier'];
    if ($has(e, p, o1, 'recipientCommunicationIdentifier', v6)) {
      $checkCommunicationIdentifier(v6, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'messageBody',
        'messageId',
        'metadata',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatMessageReceivedInThread event, reporting every error.
 *
 * Published when a message is received in a chat thread
 */
export function validateAcsChatMessageReceivedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageReceivedInThreadEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMessageReceivedInThreadEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMessageReceivedInThreadEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageReceivedInThread event.
 *
 * Published when a message is received in a chat thread
 */
export function isAcsChatMessageReceivedInThreadEventData(
  value: unknown,
): value is AcsChatMessageReceivedInThreadEventData {
  try {
    return $isAcsChatMessageReceivedInThreadEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageReceivedInThreadEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'messageBody', o1['messageBody'], true)) return false;
  if (!$isStringProperty(o1, 'messageId', o1['messageId'], true)) return false;
  const v2 = o1['metadata'];
  if ($own(o1, 'metadata', v2)) {
    if (!$isChatMessageMetadata(v2, s)) return false;
  }
  if (!$isStringProperty(o1, 'type', o1['type'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'senderDisplayName', o1['senderDisplayName'], true)) return false;
  const v4 = o1['senderCommunicationIdentifier'];
  if (!$own(o1, 'senderCommunicationIdentifier', v4)) return false;
  if (!$isCommunicationIdentifier(v4, s)) return false;
  if (!$isDateTimeProperty(o1, 'composeTime', o1['composeTime'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'messageBody',
        'messageId',
        'metadata',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageReceivedInThreadEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'messageBody', o1['messageBody'], true);
    $checkStringProperty(e, p, o1, 'messageId', o1['messageId'], true);
    const v2 = o1['metadata'];
    if ($has(e, p, o1, 'metadata', v2)) {
      $checkChatMessageMetadata(v2, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, o1, 'type', o1['type'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'senderDisplayName', o1['senderDisplayName'], true);
    const v4 = o1['senderCommunicationIdentifier'];
    if ($has(e, p, o1, 'senderCommunicationIdentifier', v4, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v4, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'composeTime', o1['composeTime'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'messageBody',
        'messageId',
        'metadata',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatParticipantAddedToThreadWithUser event, reporting every error.
 *
 * Published for a user when a new  participant is added to a chat thread, that the user is part of.
 */
export function validateAcsChatParticipantAddedToThreadWithUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatParticipantAddedToThreadWithUserEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatParticipantAddedToThreadWithUserEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatParticipantAddedToThreadWithUserEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatParticipantAddedToThreadWithUser event.
 *
 * Published for a user when a new  participant is added to a chat thread, that the user is part of.
 */
export function isAcsChatParticipantAddedToThreadWithUserEventData(
  value: unknown,
): value is AcsChatParticipantAddedToThreadWithUserEventData {
  try {
    return $isAcsChatParticipantAddedToThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatParticipantAddedToThreadWithUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isDateTimeProperty(o1, 'time', o1['time'], true)) return false;
  const v2 = o1['addedByCommunicationIdentifier'];
  if (!$own(o1, 'addedByCommunicationIdentifier', v2)) return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v4 = o1['participantAdded'];
  if (!$own(o1, 'participantAdded', v4)) return false;
  if (!$isChatParticipant(v4, s)) return false;
  const v6 = o1['recipientCommunicationIdentifier'];
  if (!$own(o1, 'recipientCommunicationIdentifier', v6)) return false;
  if (!$isCommunicationIdentifier(v6, s)) return false;
  if (!$isDateTimeProperty(o1, 'createTime', o1['createTime'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'time',
        'addedByCommunicationIdentifier',
        'participantAdded',
        'recipientCommunicationIdentifier',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatParticipantAddedToThreadWithUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkDateTimeProperty(e, p, o1, 'time', o1['time'], true);
    const v2 = o1['addedByCommunicationIdentifier'];
    if ($has(e, p, o1, 'addedByCommunicationIdentifier', v2, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v2, p + '/addedByCommunicationIdentifier', e, s);
    }
    const v4 = o1['participantAdded'];
    if ($has(e, p, o1, 'participantAdded', v4, 'ChatParticipant')) {
      $checkChatParticipant(v4, p + '/participantAdded', e, s);
    }
    const v6 = o1['recipientCommunicationIdentifier'];
    if ($has(e, p, o1, 'recipientCommunicationIdentifier', v6, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v6, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'createTime', o1['createTime'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'time',
        'addedByCommunicationIdentifier',
        'participantAdded',
        'recipientCommunicationIdentifier',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser event, reporting every error.
 *
 * Published for a user when a participant is removed from a chat thread, that the user is part of.
 */
export function validateAcsChatParticipantRemovedFromThreadWithUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatParticipantRemovedFromThreadWithUserEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatParticipantRemovedFromThreadWithUserEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatParticipantRemovedFromThreadWithUserEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser event.
 *
 * Published for a user when a participant is removed from a chat thread, that the user is part of.
 */
export function isAcsChatParticipantRemovedFromThreadWithUserEventData(
  value: unknown,
): value is AcsChatParticipantRemovedFromThreadWithUserEventData {
  try {
    return $isAcsChatParticipantRemovedFromThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatParticipantRemovedFromThreadWithUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isDateTimeProperty(o1, 'time', o1['time'], true)) return false;
  const v2 = o1['removedByCommunicationIdentifier'];
  if (!$own(o1, 'removedByCommunicationIdentifier', v2)) return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v4 = o1['participantRemoved'];
  if (!$own(o1, 'participantRemoved', v4)) return false;
  if (!$isChatParticipant(v4, s)) return false;
  const v6 = o1['recipientCommunicationIdentifier'];
  if (!$own(o1, 'recipientCommunicationIdentifier', v6)) return false;
  if (!$isCommunicationIdentifier(v6, s)) return false;
  if (!$isDateTimeProperty(o1, 'createTime', o1['createTime'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'time',
        'removedByCommunicationIdentifier',
        'participantRemoved',
        'recipientCommunicationIdentifier',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatParticipantRemovedFromThreadWithUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkDateTimeProperty(e, p, o1, 'time', o1['time'], true);
    const v2 = o1['removedByCommunicationIdentifier'];
    if ($has(e, p, o1, 'removedByCommunicationIdentifier', v2, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v2, p + '/removedByCommunicationIdentifier', e, s);
    }
    const v4 = o1['participantRemoved'];
    if ($has(e, p, o1, 'participantRemoved', v4, 'ChatParticipant')) {
      $checkChatParticipant(v4, p + '/participantRemoved', e, s);
    }
    const v6 = o1['recipientCommunicationIdentifier'];
    if ($has(e, p, o1, 'recipientCommunicationIdentifier', v6, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v6, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'createTime', o1['createTime'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'time',
        'removedByCommunicationIdentifier',
        'participantRemoved',
        'recipientCommunicationIdentifier',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadCreated event, reporting every error.
 *
 * Published when a chat thread is created
 */
export function validateAcsChatThreadCreatedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadCreatedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadCreatedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadCreatedEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadCreated event.
 *
 * Published when a chat thread is created
 */
export function isAcsChatThreadCreatedEventData(value: unknown): value is AcsChatThreadCreatedEventData {
  try {
    return $isAcsChatThreadCreatedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadCreatedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v2 = o1['createdByCommunicationIdentifier'];
  if (!$own(o1, 'createdByCommunicationIdentifier', v2)) return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v4 = o1['properties'];
  if (!$own(o1, 'properties', v4)) return false;
  if (!$isChatThreadProperties(v4, s)) return false;
  const v6 = o1['participants'];
  if (!$own(o1, 'participants', v6)) return false;
  if (!Array.isArray(v6)) return false;
  const a7 = v6 as unknown[];
  for (let i8 = 0; i8 < a7.length; i8++) {
    const v9 = a7[i8];
    if (!$isChatParticipant(v9, s)) return false;
  }
  if (!$isDateTimeProperty(o1, 'createTime', o1['createTime'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'createdByCommunicationIdentifier',
        'properties',
        'participants',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadCreatedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    const v2 = o1['createdByCommunicationIdentifier'];
    if ($has(e, p, o1, 'createdByCommunicationIdentifier', v2, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v2, p + '/createdByCommunicationIdentifier', e, s);
    }
    const v4 = o1['properties'];
    if ($has(e, p, o1, 'properties', v4, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v4, p + '/properties', e, s);
    }
    const v6 = o1['participants'];
    if ($has(e, p, o1, 'participants', v6, 'ChatParticipant[]')) {
      if (!Array.isArray(v6)) {
        $fail(e, p + '/participants', 'must be an array', 'array', $type(v6));
      } else {
        const a7 = v6 as unknown[];
        for (let i8 = 0; i8 < a7.length; i8++) {
          const v9 = a7[i8];
          $checkChatParticipant(v9, p + '/participants/' + i8, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, o1, 'createTime', o1['createTime'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'createdByCommunicationIdentifier',
        'properties',
        'participants',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadCreatedWithUser event, reporting every error.
 *
 * Published when the user is added as member at the time of creation of a chat thread.
 */
export function validateAcsChatThreadCreatedWithUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadCreatedWithUserEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadCreatedWithUserEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadCreatedWithUserEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadCreatedWithUser event.
 *
 * Published when the user is added as member at the time of creation of a chat thread.
 */
export function isAcsChatThreadCreatedWithUserEventData(
  value: unknown,
): value is AcsChatThreadCreatedWithUserEventData {
  try {
    return $isAcsChatThreadCreatedWithUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadCreatedWithUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'createdBy', o1['createdBy'], true)) return false;
  const v2 = o1['createdByCommunicationIdentifier'];
  if ($own(o1, 'createdByCommunicationIdentifier', v2)) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  const v4 = o1['properties'];
  if (!$own(o1, 'properties', v4)) return false;
  if (!$isChatThreadProperties(v4, s)) return false;
  const v6 = o1['members'];
  if (!$own(o1, 'members', v6)) return false;
  if (!Array.isArray(v6)) return false;
  const a7 = v6 as unknown[];
  for (let i8 = 0; i8 < a7.length; i8++) {
    const v9 = a7[i8];
    if (!$isChatThreadMember(v9, s)) return false;
  }
  const v11 = o1['participants'];
  if ($own(o1, 'participants', v11)) {
    if (!Array.isArray(v11)) return false;
    const a12 = v11 as unknown[];
    for (let i13 = 0; i13 < a12.length; i13++) {
      const v14 = a12[i13];
      if (!$isChatParticipant(v14, s)) return false;
    }
  }
  if (!$isDateTimeProperty(o1, 'createTime', o1['createTime'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'recipientId', o1['recipientId'], true)) return false;
  const v16 = o1['recipientCommunicationIdentifier'];
  if ($own(o1, 'recipientCommunicationIdentifier', v16)) {
    if (!$isCommunicationIdentifier(v16, s)) return false;
  }
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'createdBy',
        'createdByCommunicationIdentifier',
        'properties',
        'members',
        'participants',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadCreatedWithUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'createdBy', o1['createdBy'], true);
    const v2 = o1['createdByCommunicationIdentifier'];
    if ($has(e, p, o1, 'createdByCommunicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/createdByCommunicationIdentifier', e, s);
    }
    const v4 = o1['properties'];
    if ($has(e, p, o1, 'properties', v4, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v4, p + '/properties', e, s);
    }
    const v6 = o1['members'];
    if ($has(e, p, o1, 'members', v6, 'ChatThreadMember[]')) {
      if (!Array.isArray(v6)) {
        $fail(e, p + '/members', 'must be an array', 'array', $type(v6));
      } else {
        const a7 = v6 as unknown[];
        for (let i8 = 0; i8 < a7.length; i8++) {
          const v9 = a7[i8];
          $checkChatThreadMember(v9, p + '/members/' + i8, e, s);
        }
      }
    }
    const v11 = o1['participants'];
    if ($has(e, p, o1, 'participants', v11)) {
      if (!Array.isArray(v11)) {
        $fail(e, p + '/participants', 'must be an array', 'array', $type(v11));
      } else {
        const a12 = v11 as unknown[];
        for (let i13 = 0; i13 < a12.length; i13++) {
          const v14 = a12[i13];
          $checkChatParticipant(v14, p + '/participants/' + i13, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, o1, 'createTime', o1['createTime'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'recipientId', o1['recipientId'], true);
    const v16 = o1['recipientCommunicationIdentifier'];
    if ($has(e, p, o1, 'recipientCommunicationIdentifier', v16)) {
      $checkCommunicationIdentifier(v16, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'createdBy',
        'createdByCommunicationIdentifier',
        'properties',
        'members',
        'participants',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadDeleted event, reporting every error.
 *
 * Published when a chat thread is deleted
 */
export function validateAcsChatThreadDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadDeletedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadDeletedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadDeletedEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadDeleted event.
 *
 * Published when a chat thread is deleted
 */
export function isAcsChatThreadDeletedEventData(value: unknown): value is AcsChatThreadDeletedEventData {
  try {
    return $isAcsChatThreadDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v2 = o1['deletedByCommunicationIdentifier'];
  if (!$own(o1, 'deletedByCommunicationIdentifier', v2)) return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  if (!$isDateTimeProperty(o1, 'deleteTime', o1['deleteTime'], true)) return false;
  if (!$isDateTimeProperty(o1, 'createTime', o1['createTime'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'deletedByCommunicationIdentifier',
        'deleteTime',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadDeletedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    const v2 = o1['deletedByCommunicationIdentifier'];
    if ($has(e, p, o1, 'deletedByCommunicationIdentifier', v2, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v2, p + '/deletedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'deleteTime', o1['deleteTime'], true);
    $checkDateTimeProperty(e, p, o1, 'createTime', o1['createTime'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'deletedByCommunicationIdentifier',
        'deleteTime',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadParticipantAdded event, reporting every error.
 *
 * Published when a new participant is added to a chat thread
 */
export function validateAcsChatThreadParticipantAddedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadParticipantAddedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadParticipantAddedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadParticipantAddedEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadParticipantAdded event.
 *
 * Published when a new participant is added to a chat thread
 */
export function isAcsChatThreadParticipantAddedEventData(
  value: unknown,
): value is AcsChatThreadParticipantAddedEventData {
  try {
    return $isAcsChatThreadParticipantAddedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadParticipantAddedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isDateTimeProperty(o1, 'time', o1['time'], true)) return false;
  const v2 = o1['addedByCommunicationIdentifier'];
  if (!$own(o1, 'addedByCommunicationIdentifier', v2)) return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v4 = o1['participantAdded'];
  if (!$own(o1, 'participantAdded', v4)) return false;
  if (!$isChatParticipant(v4, s)) return false;
  if (!$isDateTimeProperty(o1, 'createTime', o1['createTime'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'time',
        'addedByCommunicationIdentifier',
        'participantAdded',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadParticipantAddedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkDateTimeProperty(e, p, o1, 'time', o1['time'], true);
    const v2 = o1['addedByCommunicationIdentifier'];
    if ($has(e, p, o1, 'addedByCommunicationIdentifier', v2, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v2, p + '/addedByCommunicationIdentifier', e, s);
    }
    const v4 = o1['participantAdded'];
    if ($has(e, p, o1, 'participantAdded', v4, 'ChatParticipant')) {
      $checkChatParticipant(v4, p + '/participantAdded', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'createTime', o1['createTime'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'time',
        'addedByCommunicationIdentifier',
        'participantAdded',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadParticipantRemoved event, reporting every error.
 *
 * Published when a participant is removed from a chat thread.
 */
export function validateAcsChatThreadParticipantRemovedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadParticipantRemovedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadParticipantRemovedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadParticipantRemovedEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadParticipantRemoved event.
 *
 * Published when a participant is removed from a chat thread.
 */
export function isAcsChatThreadParticipantRemovedEventData(
  value: unknown,
): value is AcsChatThreadParticipantRemovedEventData {
  try {
    return $isAcsChatThreadParticipantRemovedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadParticipantRemovedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isDateTimeProperty(o1, 'time', o1['time'], true)) return false;
  const v2 = o1['removedByCommunicationIdentifier'];
  if (!$own(o1, 'removedByCommunicationIdentifier', v2)) return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v4 = o1['participantRemoved'];
  if (!$own(o1, 'participantRemoved', v4)) return false;
  if (!$isChatParticipant(v4, s)) return false;
  if (!$isDateTimeProperty(o1, 'createTime', o1['createTime'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'time',
        'removedByCommunicationIdentifier',
        'participantRemoved',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadParticipantRemovedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkDateTimeProperty(e, p, o1, 'time', o1['time'], true);
    const v2 = o1['removedByCommunicationIdentifier'];
    if ($has(e, p, o1, 'removedByCommunicationIdentifier', v2, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v2, p + '/removedByCommunicationIdentifier', e, s);
    }
    const v4 = o1['participantRemoved'];
    if ($has(e, p, o1, 'participantRemoved', v4, 'ChatParticipant')) {
      $checkChatParticipant(v4, p + '/participantRemoved', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'createTime', o1['createTime'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'time',
        'removedByCommunicationIdentifier',
        'participantRemoved',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadPropertiesUpdated event, reporting every error.
 *
 * Published when a chat thread's properties like topic are updated.
 */
export function validateAcsChatThreadPropertiesUpdatedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadPropertiesUpdatedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadPropertiesUpdatedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadPropertiesUpdatedEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadPropertiesUpdated event.
 *
 * Published when a chat thread's properties like topic are updated.
 */
export function isAcsChatThreadPropertiesUpdatedEventData(
  value: unknown,
): value is AcsChatThreadPropertiesUpdatedEventData {
  try {
    return $isAcsChatThreadPropertiesUpdatedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadPropertiesUpdatedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v2 = o1['editedByCommunicationIdentifier'];
  if (!$own(o1, 'editedByCommunicationIdentifier', v2)) return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  if (!$isDateTimeProperty(o1, 'editTime', o1['editTime'], true)) return false;
  const v4 = o1['properties'];
  if (!$own(o1, 'properties', v4)) return false;
  if (!$isChatThreadProperties(v4, s)) return false;
  if (!$isDateTimeProperty(o1, 'createTime', o1['createTime'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'editedByCommunicationIdentifier',
        'editTime',
        'properties',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadPropertiesUpdatedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    const v2 = o1['editedByCommunicationIdentifier'];
    if ($has(e, p, o1, 'editedByCommunicationIdentifier', v2, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v2, p + '/editedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'editTime', o1['editTime'], true);
    const v4 = o1['properties'];
    if ($has(e, p, o1, 'properties', v4, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v4, p + '/properties', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'createTime', o1['createTime'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'editedByCommunicationIdentifier',
        'editTime',
        'properties',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser event, reporting every error.
 *
 * Published when a chat thread's properties are updated that the user is member of.
 */
export function validateAcsChatThreadPropertiesUpdatedPerUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadPropertiesUpdatedPerUserEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadPropertiesUpdatedPerUserEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadPropertiesUpdatedPerUserEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser event.
 *
 * Published when a chat thread's properties are updated that the user is member of.
 */
export function isAcsChatThreadPropertiesUpdatedPerUserEventData(
  value: unknown,
): value is AcsChatThreadPropertiesUpdatedPerUserEventData {
  try {
    return $isAcsChatThreadPropertiesUpdatedPerUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadPropertiesUpdatedPerUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'editedBy', o1['editedBy'], true)) return false;
  const v2 = o1['editedByCommunicationIdentifier'];
  if ($own(o1, 'editedByCommunicationIdentifier', v2)) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  if (!$isDateTimeProperty(o1, 'editTime', o1['editTime'], true)) return false;
  const v4 = o1['properties'];
  if (!$own(o1, 'properties', v4)) return false;
  if (!$isChatThreadProperties(v4, s)) return false;
  if (!$isDateTimeProperty(o1, 'createTime', o1['createTime'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'recipientId', o1['recipientId'], true)) return false;
  const v6 = o1['recipientCommunicationIdentifier'];
  if ($own(o1, 'recipientCommunicationIdentifier', v6)) {
    if (!$isCommunicationIdentifier(v6, s)) return false;
  }
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'editedBy',
        'editedByCommunicationIdentifier',
        'editTime',
        'properties',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadPropertiesUpdatedPerUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'editedBy', o1['editedBy'], true);
    const v2 = o1['editedByCommunicationIdentifier'];
    if ($has(e, p, o1, 'editedByCommunicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/editedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'editTime', o1['editTime'], true);
    const v4 = o1['properties'];
    if ($has(e, p, o1, 'properties', v4, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v4, p + '/properties', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'createTime', o1['createTime'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'recipientId', o1['recipientId'], true);
    const v6 = o1['recipientCommunicationIdentifier'];
    if ($has(e, p, o1, 'recipientCommunicationIdentifier', v6)) {
      $checkCommunicationIdentifier(v6, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'editedBy',
        'editedByCommunicationIdentifier',
        'editTime',
        'properties',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadWithUserDeleted event, reporting every error.
 *
 * Published when a chat thread is deleted which the user is member of.
 */
export function validateAcsChatThreadWithUserDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadWithUserDeletedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadWithUserDeletedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadWithUserDeletedEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadWithUserDeleted event.
 *
 * Published when a chat thread is deleted which the user is member of.
 */
export function isAcsChatThreadWithUserDeletedEventData(
  value: unknown,
): value is AcsChatThreadWithUserDeletedEventData {
  try {
    return $isAcsChatThreadWithUserDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadWithUserDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'deletedBy', o1['deletedBy'], true)) return false;
  const v2 = o1['deletedByCommunicationIdentifier'];
  if ($own(o1, 'deletedByCommunicationIdentifier', v2)) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  if (!$isDateTimeProperty(o1, 'deleteTime', o1['deleteTime'], true)) return false;
  if (!$isDateTimeProperty(o1, 'createTime', o1['createTime'], true)) return false;
  if (!$isIntegerProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isStringProperty(o1, 'recipientId', o1['recipientId'], true)) return false;
  const v4 = o1['recipientCommunicationIdentifier'];
  if ($own(o1, 'recipientCommunicationIdentifier', v4)) {
    if (!$isCommunicationIdentifier(v4, s)) return false;
  }
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'threadId', o1['threadId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'deletedBy',
        'deletedByCommunicationIdentifier',
        'deleteTime',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadWithUserDeletedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'deletedBy', o1['deletedBy'], true);
    const v2 = o1['deletedByCommunicationIdentifier'];
    if ($has(e, p, o1, 'deletedByCommunicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/deletedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, o1, 'deleteTime', o1['deleteTime'], true);
    $checkDateTimeProperty(e, p, o1, 'createTime', o1['createTime'], true);
    $checkIntegerProperty(e, p, o1, 'version', o1['version'], true);
    $checkStringProperty(e, p, o1, 'recipientId', o1['recipientId'], true);
    const v4 = o1['recipientCommunicationIdentifier'];
    if ($has(e, p, o1, 'recipientCommunicationIdentifier', v4)) {
      $checkCommunicationIdentifier(v4, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'threadId', o1['threadId'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'deletedBy',
        'deletedByCommunicationIdentifier',
        'deleteTime',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.InstantMessageDeleted event, reporting every error.
 *
 * Published when a chat instant message is deleted by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageDeleted; see Microsoft.Communication.ChatMessageDeleted.
 */
export function validateAcsInstantMessageDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsInstantMessageDeletedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsInstantMessageDeletedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsInstantMessageDeletedEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.InstantMessageDeleted event.
 *
 * Published when a chat instant message is deleted by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageDeleted; see Microsoft.Communication.ChatMessageDeleted.
 */
export function isAcsInstantMessageDeletedEventData(
  value: unknown,
): value is AcsInstantMessageDeletedEventData {
  try {
    return $isAcsInstantMessageDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsInstantMessageDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'messageBody', o1['messageBody'], true)) return false;
  if (!$isStringProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isDateTimeProperty(o1, 'composeTime', o1['composeTime'], true)) return false;
  if (!$isDateTimeProperty(o1, 'deleteTime', o1['deleteTime'], true)) return false;
  if (!$isStringProperty(o1, 'senderId', o1['senderId'], true)) return false;
  if (!$isStringProperty(o1, 'senderDisplayName', o1['senderDisplayName'], true)) return false;
  if (!$isStringProperty(o1, 'recipientId', o1['recipientId'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'groupId', o1['groupId'], true)) return false;
  if (!$isStringProperty(o1, 'collapseId', o1['collapseId'], true)) return false;
  if (!$isStringProperty(o1, 'messageId', o1['messageId'], true)) return false;
  if (!$isStringProperty(o1, 'messageType', o1['messageType'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'messageBody',
        'version',
        'composeTime',
        'deleteTime',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsInstantMessageDeletedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'messageBody', o1['messageBody'], true);
    $checkStringProperty(e, p, o1, 'version', o1['version'], true);
    $checkDateTimeProperty(e, p, o1, 'composeTime', o1['composeTime'], true);
    $checkDateTimeProperty(e, p, o1, 'deleteTime', o1['deleteTime'], true);
    $checkStringProperty(e, p, o1, 'senderId', o1['senderId'], true);
    $checkStringProperty(e, p, o1, 'senderDisplayName', o1['senderDisplayName'], true);
    $checkStringProperty(e, p, o1, 'recipientId', o1['recipientId'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'groupId', o1['groupId'], true);
    $checkStringProperty(e, p, o1, 'collapseId', o1['collapseId'], true);
    $checkStringProperty(e, p, o1, 'messageId', o1['messageId'], true);
    $checkStringProperty(e, p, o1, 'messageType', o1['messageType'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'messageBody',
        'version',
        'composeTime',
        'deleteTime',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.InstantMessageEdited event, reporting every error.
 *
 * Published when a chat instant message is edited by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageEdited; see Microsoft.Communication.ChatMessageEdited.
 */
export function validateAcsInstantMessageEditedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsInstantMessageEditedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsInstantMessageEditedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsInstantMessageEditedEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.InstantMessageEdited event.
 *
 * Published when a chat instant message is edited by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageEdited; see Microsoft.Communication.ChatMessageEdited.
 */
export function isAcsInstantMessageEditedEventData(
  value: unknown,
): value is AcsInstantMessageEditedEventData {
  try {
    return $isAcsInstantMessageEditedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsInstantMessageEditedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'messageBody', o1['messageBody'], true)) return false;
  if (!$isStringProperty(o1, 'version', o1['version'], true)) return false;
  if (!$isDateTimeProperty(o1, 'composeTime', o1['composeTime'], true)) return false;
  if (!$isDateTimeProperty(o1, 'editTime', o1['editTime'], true)) return false;
  if (!$isStringProperty(o1, 'senderId', o1['senderId'], true)) return false;
  if (!$isStringProperty(o1, 'senderDisplayName', o1['senderDisplayName'], true)) return false;
  if (!$isStringProperty(o1, 'recipientId', o1['recipientId'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'groupId', o1['groupId'], true)) return false;
  if (!$isStringProperty(o1, 'collapseId', o1['collapseId'], true)) return false;
  if (!$isStringProperty(o1, 'messageId', o1['messageId'], true)) return false;
  if (!$isStringProperty(o1, 'messageType', o1['messageType'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'messageBody',
        'version',
        'composeTime',
        'editTime',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsInstantMessageEditedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'messageBody', o1['messageBody'], true);
    $checkStringProperty(e, p, o1, 'version', o1['version'], true);
    $checkDateTimeProperty(e, p, o1, 'composeTime', o1['composeTime'], true);
    $checkDateTimeProperty(e, p, o1, 'editTime', o1['editTime'], true);
    $checkStringProperty(e, p, o1, 'senderId', o1['senderId'], true);
    $checkStringProperty(e, p, o1, 'senderDisplayName', o1['senderDisplayName'], true);
    $checkStringProperty(e, p, o1, 'recipientId', o1['recipientId'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'groupId', o1['groupId'], true);
    $checkStringProperty(e, p, o1, 'collapseId', o1['collapseId'], true);
    $checkStringProperty(e, p, o1, 'messageId', o1['messageId'], true);
    $checkStringProperty(e, p, o1, 'messageType', o1['messageType'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'messageBody',
        'version',
        'composeTime',
        'editTime',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.InstantMessageReceived event, reporting every error.
 *
 * Published when a chat instant message is received by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageReceived; see Microsoft.Communication.ChatMessageReceived.
 */
export function validateAcsInstantMessageReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsInstantMessageReceivedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsInstantMessageReceivedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsInstantMessageReceivedEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.InstantMessageReceived event.
 *
 * Published when a chat instant message is received by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageReceived; see Microsoft.Communication.ChatMessageReceived.
 */
export function isAcsInstantMessageReceivedEventData(
  value: unknown,
): value is AcsInstantMessageReceivedEventData {
  try {
    return $isAcsInstantMessageReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsInstantMessageReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'messageBody', o1['messageBody'], true)) return false;
  if (!$isStringProperty(o1, 'senderId', o1['senderId'], true)) return false;
  if (!$isStringProperty(o1, 'senderDisplayName', o1['senderDisplayName'], true)) return false;
  if (!$isStringProperty(o1, 'recipientId', o1['recipientId'], true)) return false;
  if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true)) return false;
  if (!$isStringProperty(o1, 'groupId', o1['groupId'], true)) return false;
  if (!$isStringProperty(o1, 'collapseId', o1['collapseId'], true)) return false;
  if (!$isStringProperty(o1, 'messageId', o1['messageId'], true)) return false;
  if (!$isStringProperty(o1, 'messageType', o1['messageType'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'messageBody',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsInstantMessageReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'messageBody', o1['messageBody'], true);
    $checkStringProperty(e, p, o1, 'senderId', o1['senderId'], true);
    $checkStringProperty(e, p, o1, 'senderDisplayName', o1['senderDisplayName'], true);
    $checkStringProperty(e, p, o1, 'recipientId', o1['recipientId'], true);
    $checkStringProperty(e, p, o1, 'transactionId', o1['transactionId'], true);
    $checkStringProperty(e, p, o1, 'groupId', o1['groupId'], true);
    $checkStringProperty(e, p, o1, 'collapseId', o1['collapseId'], true);
    $checkStringProperty(e, p, o1, 'messageId', o1['messageId'], true);
    $checkStringProperty(e, p, o1, 'messageType', o1['messageType'], true);
    if (s) {
      $extraKeys(e, p, o1, [
        'messageBody',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.SMSDeliveryReportReceived event, reporting every error.
 *
 * Published when a delivery report is received for an SMS sent by the Communication Service.
 */
export function validateAcsSmsDeliveryReportReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsSmsDeliveryReportReceivedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsSmsDeliveryReportReceivedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsSmsDeliveryReportReceivedEventData }
    : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.SMSDeliveryReportReceived event.
 *
 * Published when a delivery report is received for an SMS sent by the Communication Service.
 */
export function isAcsSmsDeliveryReportReceivedEventData(
  value: unknown,
): value is AcsSmsDeliveryReportReceivedEventData {
  try {
    return $isAcsSmsDeliveryReportReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsSmsDeliveryReportReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'messageId', o1['messageId'], true)) return false;
  if (!$isStringProperty(o1, 'from', o1['from'], true)) return false;
  if (!$isStringProperty(o1, 'to', o1['to'], true)) return false;
  if (!$isStringProperty(o1, 'deliveryStatus', o1['deliveryStatus'], true)) return false;
  if (!$isStringProperty(o1, 'deliveryStatusDetails', o1['deliveryStatusDetails'], true)) return false;
  const v2 = o1['deliveryAttempts'];
  if (!$own(o1, 'deliveryAttempts', v2)) return false;
  if (!Array.isArray(v2)) return false;
  const a3 = v2 as unknown[];
  for (let i4 = 0; i4 < a3.length; i4++) {
    const v5 = a3[i4];
    if (!$isSmsDeliveryAttempt(v5, s)) return false;
  }
  if (!$isDateTimeProperty(o1, 'receivedTimestamp', o1['receivedTimestamp'], false)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'messageId',
        'from',
        'to',
        'deliveryStatus',
        'deliveryStatusDetails',
        'deliveryAttempts',
        'receivedTimestamp',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsSmsDeliveryReportReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'messageId', o1['messageId'], true);
    $checkStringProperty(e, p, o1, 'from', o1['from'], true);
    $checkStringProperty(e, p, o1, 'to', o1['to'], true);
    $checkStringProperty(e, p, o1, 'deliveryStatus', o1['deliveryStatus'], true);
    $checkStringProperty(e, p, o1, 'deliveryStatusDetails', o1['deliveryStatusDetails'], true);
    const v2 = o1['deliveryAttempts'];
    if ($has(e, p, o1, 'deliveryAttempts', v2, 'SmsDeliveryAttempt[]')) {
      if (!Array.isArray(v2)) {
        $fail(e, p + '/deliveryAttempts', 'must be an array', 'array', $type(v2));
      } else {
        const a3 = v2 as unknown[];
        for (let i4 = 0; i4 < a3.length; i4++) {
          const v5 = a3[i4];
          $checkSmsDeliveryAttempt(v5, p + '/deliveryAttempts/' + i4, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, o1, 'receivedTimestamp', o1['receivedTimestamp'], false);
    if (s) {
      $extraKeys(e, p, o1, [
        'messageId',
        'from',
        'to',
        'deliveryStatus',
        'deliveryStatusDetails',
        'deliveryAttempts',
        'receivedTimestamp',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.SMSReceived event, reporting every error.
 *
 * Published when an SMS is received by a phone number associated with the Communication Service.
 */
export function validateAcsSmsReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsSmsReceivedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsSmsReceivedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as AcsSmsReceivedEventData } : { ok: false, errors };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.SMSReceived event.
 *
 * Published when an SMS is received by a phone number associated with the Communication Service.
 */
export function isAcsSmsReceivedEventData(value: unknown): value is AcsSmsReceivedEventData {
  try {
    return $isAcsSmsReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsSmsReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'messageId', o1['messageId'], true)) return false;
  if (!$isStringProperty(o1, 'from', o1['from'], true)) return false;
  if (!$isStringProperty(o1, 'to', o1['to'], true)) return false;
  if (!$isStringProperty(o1, 'message', o1['message'], true)) return false;
  if (!$isDateTimeProperty(o1, 'receivedTimestamp', o1['receivedTimestamp'], true)) return false;
  if (s) {
    if (!$onlyKeys(o1, ['messageId', 'from', 'to', 'message', 'receivedTimestamp'])) return false;
  }
  return true;
}

function $checkAcsSmsReceivedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'messageId', o1['messageId'], true);
    $checkStringProperty(e, p, o1, 'from', o1['from'], true);
    $checkStringProperty(e, p, o1, 'to', o1['to'], true);
    $checkStringProperty(e, p, o1, 'message', o1['message'], true);
    $checkDateTimeProperty(e, p, o1, 'receivedTimestamp', o1['receivedTimestamp'], true);
    if (s) {
      $extraKeys(e, p, o1, ['messageId', 'from', 'to', 'message', 'receivedTimestamp']);
    }
  }
}

// Envelopes

/**
 * Validates an Event Grid envelope, reporting every error.
 *
 * An event in the Event Grid schema: id, subject, eventType, eventTime (RFC 3339), data and dataVersion are required; topic and metadataVersion are optional strings. `data` is not checked here: use dataValidators[eventType].
 */
export function validateEventGridEvent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<EventGridEvent> {
  const errors: ValidationError[] = [];
  try {
    $checkEventGridEvent(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as EventGridEvent } : { ok: false, errors };
}

/**
 * Whether a value is a valid Event Grid envelope.
 *
 * An event in the Event Grid schema: id, subject, eventType, eventTime (RFC 3339), data and dataVersion are required; topic and metadataVersion are optional strings. `data` is not checked here: use dataValidators[eventType].
 */
export function isEventGridEvent(value: unknown): value is EventGridEvent {
  try {
    return $isEventGridEvent(value, false);
  } catch {
    return false;
  }
}

function $isEventGridEvent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  if (!$isStringProperty(o1, 'id', o1['id'], true)) return false;
  if (!$isStringProperty(o1, 'topic', o1['topic'], false)) return false;
  if (!$isStringProperty(o1, 'subject', o1['subject'], true)) return false;
  if (!$isStringProperty(o1, 'eventType', o1['eventType'], true)) return false;
  if (!$isDateTimeProperty(o1, 'eventTime', o1['eventTime'], true)) return false;
  const v2 = o1['data'];
  if (!$own(o1, 'data', v2)) return false;
  if (!$isStringProperty(o1, 'dataVersion', o1['dataVersion'], true)) return false;
  if (!$isStringProperty(o1, 'metadataVersion', o1['metadataVersion'], false)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'id',
        'topic',
        'subject',
        'eventType',
        'eventTime',
        'data',
        'dataVersion',
        'metadataVersion',
      ])
    )
      return false;
  }
  return true;
}

function $checkEventGridEvent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    $checkStringProperty(e, p, o1, 'id', o1['id'], true);
    $checkStringProperty(e, p, o1, 'topic', o1['topic'], false);
    $checkStringProperty(e, p, o1, 'subject', o1['subject'], true);
    $checkStringProperty(e, p, o1, 'eventType', o1['eventType'], true);
    $checkDateTimeProperty(e, p, o1, 'eventTime', o1['eventTime'], true);
    const v2 = o1['data'];
    $has(e, p, o1, 'data', v2, 'any');
    $checkStringProperty(e, p, o1, 'dataVersion', o1['dataVersion'], true);
    $checkStringProperty(e, p, o1, 'metadataVersion', o1['metadataVersion'], false);
    if (s) {
      $extraKeys(e, p, o1, [
        'id',
        'topic',
        'subject',
        'eventType',
        'eventTime',
        'data',
        'dataVersion',
        'metadataVersion',
      ]);
    }
  }
}

/**
 * Validates a CloudEvents 1.0 envelope, reporting every error.
 *
 * An event in the CloudEvents 1.0 JSON format: specversion "1.0", id, source and type are required; subject, datacontenttype and dataschema are optional strings, time an optional RFC 3339 date-time, data anything. `data` is not checked here: use dataValidators[type].
 */
export function validateCloudEvent(value: unknown, options?: ValidateOptions): ValidationResult<CloudEvent> {
  const errors: ValidationError[] = [];
  try {
    $checkCloudEvent(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as CloudEvent } : { ok: false, errors };
}

/**
 * Whether a value is a valid CloudEvents 1.0 envelope.
 *
 * An event in the CloudEvents 1.0 JSON format: specversion "1.0", id, source and type are required; subject, datacontenttype and dataschema are optional strings, time an optional RFC 3339 date-time, data anything. `data` is not checked here: use dataValidators[type].
 */
export function isCloudEvent(value: unknown): value is CloudEvent {
  try {
    return $isCloudEvent(value, false);
  } catch {
    return false;
  }
}

function $isCloudEvent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v2 = o1['specversion'];
  if (!$own(o1, 'specversion', v2)) return false;
  if (typeof v2 !== 'string') return false;
  if (v2 !== '1.0') return false;
  if (!$isStringProperty(o1, 'id', o1['id'], true)) return false;
  if (!$isStringProperty(o1, 'source', o1['source'], true)) return false;
  if (!$isStringProperty(o1, 'type', o1['type'], true)) return false;
  if (!$isStringProperty(o1, 'subject', o1['subject'], false)) return false;
  if (!$isDateTimeProperty(o1, 'time', o1['time'], false)) return false;
  if (!$isStringProperty(o1, 'datacontenttype', o1['datacontenttype'], false)) return false;
  if (!$isStringProperty(o1, 'dataschema', o1['dataschema'], false)) return false;
  if (s) {
    if (
      !$onlyKeys(o1, [
        'specversion',
        'id',
        'source',
        'type',
        'subject',
        'time',
        'datacontenttype',
        'dataschema',
        'data',
      ])
    )
      return false;
  }
  return true;
}

function $checkCloudEvent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const o1 = v as Record<string, unknown>;
    const v2 = o1['specversion'];
    if ($has(e, p, o1, 'specversion', v2, '"1.0"')) {
      if (typeof v2 !== 'string') {
        $fail(e, p + '/specversion', 'must be a string', 'string', $type(v2));
      } else {
        if (v2 !== '1.0') {
          $fail(e, p + '/specversion', 'must be "1.0"', '"1.0"', $show(v2));
        }
      }
    }
    $checkStringProperty(e, p, o1, 'id', o1['id'], true);
    $checkStringProperty(e, p, o1, 'source', o1['source'], true);
    $checkStringProperty(e, p, o1, 'type', o1['type'], true);
    $checkStringProperty(e, p, o1, 'subject', o1['subject'], false);
    $checkDateTimeProperty(e, p, o1, 'time', o1['time'], false);
    $checkStringProperty(e, p, o1, 'datacontenttype', o1['datacontenttype'], false);
    $checkStringProperty(e, p, o1, 'dataschema', o1['dataschema'], false);
    if (s) {
      $extraKeys(e, p, o1, [
        'specversion',
        'id',
        'source',
        'type',
        'subject',
        'time',
        'datacontenttype',
        'dataschema',
        'data',
      ]);
    }
  }
}

// Lookup by event type

/** The data validator of every event type. */
export const dataValidators: {
  readonly [K in AcsEventType]: (
    value: unknown,
    options?: ValidateOptions,
  ) => ValidationResult<AcsEventDataMap[K]>;
} = /* @__PURE__ */ $nullProto({
  'Microsoft.Communication.ChatMemberAddedToThreadWithUser':
    validateAcsChatMemberAddedToThreadWithUserEventData,
  'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser':
    validateAcsChatMemberRemovedFromThreadWithUserEventData,
  'Microsoft.Communication.ChatMessageDeleted': validateAcsChatMessageDeletedEventData,
  'Microsoft.Communication.ChatMessageDeletedInThread': validateAcsChatMessageDeletedInThreadEventData,
  'Microsoft.Communication.ChatMessageEdited': validateAcsChatMessageEditedEventData,
  'Microsoft.Communication.ChatMessageEditedInThread': validateAcsChatMessageEditedInThreadEventData,
  'Microsoft.Communication.ChatMessageReceived': validateAcsChatMessageReceivedEventData,
  'Microsoft.Communication.ChatMessageReceivedInThread': validateAcsChatMessageReceivedInThreadEventData,
  'Microsoft.Communication.ChatParticipantAddedToThreadWithUser':
    validateAcsChatParticipantAddedToThreadWithUserEventData,
  'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser':
    validateAcsChatParticipantRemovedFromThreadWithUserEventData,
  'Microsoft.Communication.ChatThreadCreated': validateAcsChatThreadCreatedEventData,
  'Microsoft.Communication.ChatThreadCreatedWithUser': validateAcsChatThreadCreatedWithUserEventData,
  'Microsoft.Communication.ChatThreadDeleted': validateAcsChatThreadDeletedEventData,
  'Microsoft.Communication.ChatThreadParticipantAdded': validateAcsChatThreadParticipantAddedEventData,
  'Microsoft.Communication.ChatThreadParticipantRemoved': validateAcsChatThreadParticipantRemovedEventData,
  'Microsoft.Communication.ChatThreadPropertiesUpdated': validateAcsChatThreadPropertiesUpdatedEventData,
  'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser':
    validateAcsChatThreadPropertiesUpdatedPerUserEventData,
  'Microsoft.Communication.ChatThreadWithUserDeleted': validateAcsChatThreadWithUserDeletedEventData,
  'Microsoft.Communication.InstantMessageDeleted': validateAcsInstantMessageDeletedEventData,
  'Microsoft.Communication.InstantMessageEdited': validateAcsInstantMessageEditedEventData,
  'Microsoft.Communication.InstantMessageReceived': validateAcsInstantMessageReceivedEventData,
  'Microsoft.Communication.SMSDeliveryReportReceived': validateAcsSmsDeliveryReportReceivedEventData,
  'Microsoft.Communication.SMSReceived': validateAcsSmsReceivedEventData,
});

/** The data type guard of every event type. */
export const dataGuards: { readonly [K in AcsEventType]: (value: unknown) => value is AcsEventDataMap[K] } =
  /* @__PURE__ */ $nullProto({
    'Microsoft.Communication.ChatMemberAddedToThreadWithUser': isAcsChatMemberAddedToThreadWithUserEventData,
    'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser':
      isAcsChatMemberRemovedFromThreadWithUserEventData,
    'Microsoft.Communication.ChatMessageDeleted': isAcsChatMessageDeletedEventData,
    'Microsoft.Communication.ChatMessageDeletedInThread': isAcsChatMessageDeletedInThreadEventData,
    'Microsoft.Communication.ChatMessageEdited': isAcsChatMessageEditedEventData,
    'Microsoft.Communication.ChatMessageEditedInThread': isAcsChatMessageEditedInThreadEventData,
    'Microsoft.Communication.ChatMessageReceived': isAcsChatMessageReceivedEventData,
    'Microsoft.Communication.ChatMessageReceivedInThread': isAcsChatMessageReceivedInThreadEventData,
    'Microsoft.Communication.ChatParticipantAddedToThreadWithUser':
      isAcsChatParticipantAddedToThreadWithUserEventData,
    'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser':
      isAcsChatParticipantRemovedFromThreadWithUserEventData,
    'Microsoft.Communication.ChatThreadCreated': isAcsChatThreadCreatedEventData,
    'Microsoft.Communication.ChatThreadCreatedWithUser': isAcsChatThreadCreatedWithUserEventData,
    'Microsoft.Communication.ChatThreadDeleted': isAcsChatThreadDeletedEventData,
    'Microsoft.Communication.ChatThreadParticipantAdded': isAcsChatThreadParticipantAddedEventData,
    'Microsoft.Communication.ChatThreadParticipantRemoved': isAcsChatThreadParticipantRemovedEventData,
    'Microsoft.Communication.ChatThreadPropertiesUpdated': isAcsChatThreadPropertiesUpdatedEventData,
    'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser':
      isAcsChatThreadPropertiesUpdatedPerUserEventData,
    'Microsoft.Communication.ChatThreadWithUserDeleted': isAcsChatThreadWithUserDeletedEventData,
    'Microsoft.Communication.InstantMessageDeleted': isAcsInstantMessageDeletedEventData,
    'Microsoft.Communication.InstantMessageEdited': isAcsInstantMessageEditedEventData,
    'Microsoft.Communication.InstantMessageReceived': isAcsInstantMessageReceivedEventData,
    'Microsoft.Communication.SMSDeliveryReportReceived': isAcsSmsDeliveryReportReceivedEventData,
    'Microsoft.Communication.SMSReceived': isAcsSmsReceivedEventData,
  });
