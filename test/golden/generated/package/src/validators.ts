// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type {
  AcsChatMessageReceivedEventData,
  AcsEventDataMap,
  AcsEventType,
  AcsInstantMessageReceivedEventData,
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

/**
 * Only own properties are data. A property of an object whose prototype is Object.prototype (or
 * null) is its own when Object.prototype has no such property, which is cheaper to check than
 * hasOwnProperty; anything else (other prototypes, polluted names) takes hasOwnProperty.
 */
const $objectPrototype = Object.prototype as Record<string, unknown>;

/** The JSON type of a value, as reported in errors. */
function $type(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return typeof v;
}

/** Characters JSON.stringify would escape (quotes, backslashes, controls, surrogates). */
const $JSON_ESCAPES = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A short rendering of a scalar for error messages: strings JSON-quoted (and cut when long). */
function $show(v: unknown): string {
  if (typeof v === 'string') {
    const cut = v.length > 64 ? v.slice(0, 64) + '…' : v;
    return $JSON_ESCAPES.test(cut) ? JSON.stringify(cut) : '"' + cut + '"';
  }
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return $type(v);
}

/** A property name as a JSON Pointer segment. */
function $esc(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The everyday date-time: every field in range except the day of the month, no leap second. */
const $DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt\s](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:[Zz]|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)$/;

/** RFC 3339 date-time, agreeing with ajv-formats' "date-time" (full mode). */
function $dateTime(s: string): boolean {
  if (!$DATE_TIME.test(s)) return $dateTimeSlow(s);
  const day = (s.charCodeAt(8) - 48) * 10 + s.charCodeAt(9) - 48;
  return (
    day <= 28 ||
    day <=
      $daysInMonth(
        (s.charCodeAt(0) - 48) * 1000 +
          (s.charCodeAt(1) - 48) * 100 +
          (s.charCodeAt(2) - 48) * 10 +
          s.charCodeAt(3) -
          48,
        (s.charCodeAt(5) - 48) * 10 + s.charCodeAt(6) - 48,
      )
  );
}

function $daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The two ASCII digits at index i as a number, or -1. */
function $d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Every rule, for what the regular expression turned down: leap seconds, long fractions, invalid text. */
function $dateTimeSlow(s: string): boolean {
  const n = s.length;
  if (
    n < 20 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58
  )
    return false;
  if (!/^[Tt\s]$/.test(s.charAt(10))) return false;
  const century = $d2(s, 0);
  const yy = $d2(s, 2);
  const month = $d2(s, 5);
  const day = $d2(s, 8);
  const hour = $d2(s, 11);
  const minute = $d2(s, 14);
  const whole = $d2(s, 17);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || minute < 0 || whole < 0)
    return false;
  if (day > $daysInMonth(century * 100 + yy, month)) return false;
  let i = 19;
  let second = whole;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
    second = Number(s.slice(17, i));
  }
  if (i >= n) return false;
  const z = s.charCodeAt(i);
  let sign = 1;
  let offsetHour = 0;
  let offsetMinute = 0;
  if (z === 90 || z === 122) {
    if (i + 1 !== n) return false;
  } else if (z === 43 || z === 45) {
    if (z === 45) sign = -1;
    if (i + 3 === n) offsetMinute = 0;
    else if (i + 6 === n && s.charCodeAt(i + 3) === 58) offsetMinute = $d2(s, i + 4);
    else if (i + 5 === n) offsetMinute = $d2(s, i + 3);
    else return false;
    offsetHour = $d2(s, i + 1);
    if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return false;
  } else {
    return false;
  }
  if (hour <= 23 && minute <= 59 && second < 60) return true;
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

/** A frozen lookup table without a prototype: no "__proto__" or "constructor" entries by accident. */
function $nullProto<T extends object>(entries: T): Readonly<T> {
  return Object.freeze(Object.assign(Object.create(null) as object, entries) as T);
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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  for (const k2 in o1) {
    if (!$hasOwn.call(o1, k2)) continue;
    const v3 = o1[k2];
    if (typeof v3 !== 'string') return false;
  }
  return true;
}

function $checkChatMessageMetadata(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    for (const k2 in o1) {
      if (!$hasOwn.call(o1, k2)) continue;
      const v3 = o1[k2];
      if (typeof v3 !== 'string') {
        e.push({
          path: p + '/' + $esc(k2),
          message: 'must be a string',
          expected: 'string',
          received: $type(v3),
        });
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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v3 = o1['displayName'];
  const r4: unknown = Object.getPrototypeOf(o1);
  const plain2 = r4 === $objectPrototype || r4 === null;
  if (
    v3 === undefined ||
    !((plain2 && $objectPrototype['displayName'] === undefined) || $hasOwn.call(o1, 'displayName'))
  )
    return false;
  if (typeof v3 !== 'string') return false;
  const v5 = o1['participantCommunicationIdentifier'];
  if (
    v5 === undefined ||
    !(
      (plain2 && $objectPrototype['participantCommunicationIdentifier'] === undefined) ||
      $hasOwn.call(o1, 'participantCommunicationIdentifier')
    )
  )
    return false;
  if (!$isCommunicationIdentifier(v5, s)) return false;
  if (s) {
    for (const k8 in o1) {
      if ($hasOwn.call(o1, k8) && k8 !== 'displayName' && k8 !== 'participantCommunicationIdentifier')
        return false;
    }
  }
  return true;
}

function $checkChatParticipant(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    const v3 = o1['displayName'];
    const r4: unknown = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (
      v3 === undefined ||
      !((plain2 && $objectPrototype['displayName'] === undefined) || $hasOwn.call(o1, 'displayName'))
    ) {
      e.push({ path: p + '/displayName', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v3 !== 'string') {
        e.push({
          path: p + '/displayName',
          message: 'must be a string',
          expected: 'string',
          received: $type(v3),
        });
      }
    }
    const v5 = o1['participantCommunicationIdentifier'];
    if (
      v5 === undefined ||
      !(
        (plain2 && $objectPrototype['participantCommunicationIdentifier'] === undefined) ||
        $hasOwn.call(o1, 'participantCommunicationIdentifier')
      )
    ) {
      e.push({
        path: p + '/participantCommunicationIdentifier',
        message: 'is required',
        expected: 'CommunicationIdentifier',
        received: 'missing',
      });
    } else {
      $checkCommunicationIdentifier(v5, p + '/participantCommunicationIdentifier', e, s);
    }
    if (s) {
      for (const k8 in o1) {
        if ($hasOwn.call(o1, k8) && k8 !== 'displayName' && k8 !== 'participantCommunicationIdentifier') {
          e.push({
            path: p + '/' + $esc(k8),
            message: 'is not a declared property (strict mode)',
            expected: 'no such property',
            received: $type(o1[k8]),
          });
        }
      }
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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v3 = o1['displayName'];
  const r4: unknown = Object.getPrototypeOf(o1);
  const plain2 = r4 === $objectPrototype || r4 === null;
  if (
    v3 === undefined ||
    !((plain2 && $objectPrototype['displayName'] === undefined) || $hasOwn.call(o1, 'displayName'))
  )
    return false;
  if (typeof v3 !== 'string') return false;
  const v5 = o1['memberId'];
  if (
    v5 === undefined ||
    !((plain2 && $objectPrototype['memberId'] === undefined) || $hasOwn.call(o1, 'memberId'))
  )
    return false;
  if (typeof v5 !== 'string') return false;
  if (s) {
    for (const k6 in o1) {
      if ($hasOwn.call(o1, k6) && k6 !== 'displayName' && k6 !== 'memberId') return false;
    }
  }
  return true;
}

function $checkChatThreadMember(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    const v3 = o1['displayName'];
    const r4: unknown = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (
      v3 === undefined ||
      !((plain2 && $objectPrototype['displayName'] === undefined) || $hasOwn.call(o1, 'displayName'))
    ) {
      e.push({ path: p + '/displayName', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v3 !== 'string') {
        e.push({
          path: p + '/displayName',
          message: 'must be a string',
          expected: 'string',
          received: $type(v3),
        });
      }
    }
    const v5 = o1['memberId'];
    if (
      v5 === undefined ||
      !((plain2 && $objectPrototype['memberId'] === undefined) || $hasOwn.call(o1, 'memberId'))
    ) {
      e.push({ path: p + '/memberId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v5 !== 'string') {
        e.push({
          path: p + '/memberId',
          message: 'must be a string',
          expected: 'string',
          received: $type(v5),
        });
      }
    }
    if (s) {
      for (const k6 in o1) {
        if ($hasOwn.call(o1, k6) && k6 !== 'displayName' && k6 !== 'memberId') {
          e.push({
            path: p + '/' + $esc(k6),
            message: 'is not a declared property (strict mode)',
            expected: 'no such property',
            received: $type(o1[k6]),
          });
        }
      }
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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v3 = o1['topic'];
  const r4: unknown = Object.getPrototypeOf(o1);
  const plain2 = r4 === $objectPrototype || r4 === null;
  if (
    v3 !== undefined &&
    ((plain2 && $objectPrototype['topic'] === undefined) || $hasOwn.call(o1, 'topic'))
  ) {
    if (typeof v3 !== 'string') return false;
  }
  return true;
}

function $checkChatThreadProperties(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    const v3 = o1['topic'];
    const r4: unknown = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (
      v3 !== undefined &&
      ((plain2 && $objectPrototype['topic'] === undefined) || $hasOwn.call(o1, 'topic'))
    ) {
      if (typeof v3 !== 'string') {
        e.push({ path: p + '/topic', message: 'must be a string', expected: 'string', received: $type(v3) });
      }
    }
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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v3 = o1['rawId'];
  const r4: unknown = Object.getPrototypeOf(o1);
  const plain2 = r4 === $objectPrototype || r4 === null;
  if (v3 === undefined || !((plain2 && $objectPrototype['rawId'] === undefined) || $hasOwn.call(o1, 'rawId')))
    return false;
  if (typeof v3 !== 'string') return false;
  const v5 = o1['communicationUser'];
  if (
    v5 !== undefined &&
    ((plain2 && $objectPrototype['communicationUser'] === undefined) || $hasOwn.call(o1, 'communicationUser'))
  ) {
    if (!$isCommunicationUserIdentifier(v5, s)) return false;
  }
  const v8 = o1['phoneNumber'];
  if (
    v8 !== undefined &&
    ((plain2 && $objectPrototype['phoneNumber'] === undefined) || $hasOwn.call(o1, 'phoneNumber'))
  ) {
    if (!$isPhoneNumberIdentifier(v8, s)) return false;
  }
  const v11 = o1['microsoftTeamsUser'];
  if (
    v11 !== undefined &&
    ((plain2 && $objectPrototype['microsoftTeamsUser'] === undefined) ||
      $hasOwn.call(o1, 'microsoftTeamsUser'))
  ) {
    if (!$isMicrosoftTeamsUserIdentifier(v11, s)) return false;
  }
  if (s) {
    for (const k14 in o1) {
      if (
        $hasOwn.call(o1, k14) &&
        k14 !== 'rawId' &&
        k14 !== 'communicationUser' &&
        k14 !== 'phoneNumber' &&
        k14 !== 'microsoftTeamsUser'
      )
        return false;
    }
  }
  return true;
}

function $checkCommunicationIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    const v3 = o1['rawId'];
    const r4: unknown = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (
      v3 === undefined ||
      !((plain2 && $objectPrototype['rawId'] === undefined) || $hasOwn.call(o1, 'rawId'))
    ) {
      e.push({ path: p + '/rawId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v3 !== 'string') {
        e.push({ path: p + '/rawId', message: 'must be a string', expected: 'string', received: $type(v3) });
      }
    }
    const v5 = o1['communicationUser'];
    if (
      v5 !== undefined &&
      ((plain2 && $objectPrototype['communicationUser'] === undefined) ||
        $hasOwn.call(o1, 'communicationUser'))
    ) {
      $checkCommunicationUserIdentifier(v5, p + '/communicationUser', e, s);
    }
    const v8 = o1['phoneNumber'];
    if (
      v8 !== undefined &&
      ((plain2 && $objectPrototype['phoneNumber'] === undefined) || $hasOwn.call(o1, 'phoneNumber'))
    ) {
      $checkPhoneNumberIdentifier(v8, p + '/phoneNumber', e, s);
    }
    const v11 = o1['microsoftTeamsUser'];
    if (
      v11 !== undefined &&
      ((plain2 && $objectPrototype['microsoftTeamsUser'] === undefined) ||
        $hasOwn.call(o1, 'microsoftTeamsUser'))
    ) {
      $checkMicrosoftTeamsUserIdentifier(v11, p + '/microsoftTeamsUser', e, s);
    }
    if (s) {
      for (const k14 in o1) {
        if (
          $hasOwn.call(o1, k14) &&
          k14 !== 'rawId' &&
          k14 !== 'communicationUser' &&
          k14 !== 'phoneNumber' &&
          k14 !== 'microsoftTeamsUser'
        ) {
          e.push({
            path: p + '/' + $esc(k14),
            message: 'is not a declared property (strict mode)',
            expected: 'no such property',
            received: $type(o1[k14]),
          });
        }
      }
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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v3 = o1['id'];
  const r4: unknown = Object.getPrototypeOf(o1);
  const plain2 = r4 === $objectPrototype || r4 === null;
  if (v3 === undefined || !((plain2 && $objectPrototype['id'] === undefined) || $hasOwn.call(o1, 'id')))
    return false;
  if (typeof v3 !== 'string') return false;
  if (s) {
    for (const k5 in o1) {
      if ($hasOwn.call(o1, k5) && k5 !== 'id') return false;
    }
  }
  return true;
}

function $checkCommunicationUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    const v3 = o1['id'];
    const r4: unknown = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined || !((plain2 && $objectPrototype['id'] === undefined) || $hasOwn.call(o1, 'id'))) {
      e.push({ path: p + '/id', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v3 !== 'string') {
        e.push({ path: p + '/id', message: 'must be a string', expected: 'string', received: $type(v3) });
      }
    }
    if (s) {
      for (const k5 in o1) {
        if ($hasOwn.call(o1, k5) && k5 !== 'id') {
          e.push({
            path: p + '/' + $esc(k5),
            message: 'is not a declared property (strict mode)',
            expected: 'no such property',
            received: $type(o1[k5]),
          });
        }
      }
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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v3 = o1['userId'];
  const r4: unknown = Object.getPrototypeOf(o1);
  const plain2 = r4 === $objectPrototype || r4 === null;
  if (
    v3 === undefined ||
    !((plain2 && $objectPrototype['userId'] === undefined) || $hasOwn.call(o1, 'userId'))
  )
    return false;
  if (typeof v3 !== 'string') return false;
  const v5 = o1['isAnonymous'];
  if (
    v5 !== undefined &&
    ((plain2 && $objectPrototype['isAnonymous'] === undefined) || $hasOwn.call(o1, 'isAnonymous'))
  ) {
    if (typeof v5 !== 'boolean') return false;
  }
  const v6 = o1['cloud'];
  if (
    v6 !== undefined &&
    ((plain2 && $objectPrototype['cloud'] === undefined) || $hasOwn.call(o1, 'cloud'))
  ) {
    if (typeof v6 !== 'string') return false;
    if (v6 !== 'public' && v6 !== 'dod' && v6 !== 'gcch') return false;
  }
  if (s) {
    for (const k7 in o1) {
      if ($hasOwn.call(o1, k7) && k7 !== 'userId' && k7 !== 'isAnonymous' && k7 !== 'cloud') return false;
    }
  }
  return true;
}

function $checkMicrosoftTeamsUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    const v3 = o1['userId'];
    const r4: unknown = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (
      v3 === undefined ||
      !((plain2 && $objectPrototype['userId'] === undefined) || $hasOwn.call(o1, 'userId'))
    ) {
      e.push({ path: p + '/userId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v3 !== 'string') {
        e.push({ path: p + '/userId', message: 'must be a string', expected: 'string', received: $type(v3) });
      }
    }
    const v5 = o1['isAnonymous'];
    if (
      v5 !== undefined &&
      ((plain2 && $objectPrototype['isAnonymous'] === undefined) || $hasOwn.call(o1, 'isAnonymous'))
    ) {
      if (typeof v5 !== 'boolean') {
        e.push({
          path: p + '/isAnonymous',
          message: 'must be a boolean',
          expected: 'boolean',
          received: $type(v5),
        });
      }
    }
    const v6 = o1['cloud'];
    if (
      v6 !== undefined &&
      ((plain2 && $objectPrototype['cloud'] === undefined) || $hasOwn.call(o1, 'cloud'))
    ) {
      if (typeof v6 !== 'string') {
        e.push({ path: p + '/cloud', message: 'must be a string', expected: 'string', received: $type(v6) });
      } else {
        if (v6 !== 'public' && v6 !== 'dod' && v6 !== 'gcch') {
          e.push({
            path: p + '/cloud',
            message: 'must be one of "public" | "dod" | "gcch"',
            expected: '"public" | "dod" | "gcch"',
            received: $show(v6),
          });
        }
      }
    }
    if (s) {
      for (const k7 in o1) {
        if ($hasOwn.call(o1, k7) && k7 !== 'userId' && k7 !== 'isAnonymous' && k7 !== 'cloud') {
          e.push({
            path: p + '/' + $esc(k7),
            message: 'is not a declared property (strict mode)',
            expected: 'no such property',
            received: $type(o1[k7]),
          });
        }
      }
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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v3 = o1['value'];
  const r4: unknown = Object.getPrototypeOf(o1);
  const plain2 = r4 === $objectPrototype || r4 === null;
  if (v3 === undefined || !((plain2 && $objectPrototype['value'] === undefined) || $hasOwn.call(o1, 'value')))
    return false;
  if (typeof v3 !== 'string') return false;
  if (s) {
    for (const k5 in o1) {
      if ($hasOwn.call(o1, k5) && k5 !== 'value') return false;
    }
  }
  return true;
}

function $checkPhoneNumberIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    const v3 = o1['value'];
    const r4: unknown = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (
      v3 === undefined ||
      !((plain2 && $objectPrototype['value'] === undefined) || $hasOwn.call(o1, 'value'))
    ) {
      e.push({ path: p + '/value', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v3 !== 'string') {
        e.push({ path: p + '/value', message: 'must be a string', expected: 'string', received: $type(v3) });
      }
    }
    if (s) {
      for (const k5 in o1) {
        if ($hasOwn.call(o1, k5) && k5 !== 'value') {
          e.push({
            path: p + '/' + $esc(k5),
            message: 'is not a declared property (strict mode)',
            expected: 'no such property',
            received: $type(o1[k5]),
          });
        }
      }
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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v3 = o1['timestamp'];
  const r4: unknown = Object.getPrototypeOf(o1);
  const plain2 = r4 === $objectPrototype || r4 === null;
  if (
    v3 === undefined ||
    !((plain2 && $objectPrototype['timestamp'] === undefined) || $hasOwn.call(o1, 'timestamp'))
  )
    return false;
  if (typeof v3 !== 'string') return false;
  if (!$dateTime(v3)) return false;
  const v5 = o1['segmentsSucceeded'];
  if (
    v5 === undefined ||
    !(
      (plain2 && $objectPrototype['segmentsSucceeded'] === undefined) ||
      $hasOwn.call(o1, 'segmentsSucceeded')
    )
  )
    return false;
  if (typeof v5 !== 'number' || !Number.isInteger(v5)) return false;
  const v6 = o1['segmentsFailed'];
  if (
    v6 === undefined ||
    !((plain2 && $objectPrototype['segmentsFailed'] === undefined) || $hasOwn.call(o1, 'segmentsFailed'))
  )
    return false;
  if (typeof v6 !== 'number' || !Number.isInteger(v6)) return false;
  if (s) {
    for (const k7 in o1) {
      if ($hasOwn.call(o1, k7) && k7 !== 'timestamp' && k7 !== 'segmentsSucceeded' && k7 !== 'segmentsFailed')
        return false;
    }
  }
  return true;
}

function $checkSmsDeliveryAttempt(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    const v3 = o1['timestamp'];
    const r4: unknown = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (
      v3 === undefined ||
      !((plain2 && $objectPrototype['timestamp'] === undefined) || $hasOwn.call(o1, 'timestamp'))
    ) {
      e.push({ path: p + '/timestamp', message: 'is required', expected: 'date-time', received: 'missing' });
    } else {
      if (typeof v3 !== 'string') {
        e.push({
          path: p + '/timestamp',
          message: 'must be a string',
          expected: 'string',
          received: $type(v3),
        });
      } else {
        if (!$dateTime(v3)) {
          e.push({
            path: p + '/timestamp',
            message: 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            expected: 'date-time',
            received: $show(v3),
          });
        }
      }
    }
    const v5 = o1['segmentsSucceeded'];
    if (
      v5 === undefined ||
      !(
        (plain2 && $objectPrototype['segmentsSucceeded'] === undefined) ||
        $hasOwn.call(o1, 'segmentsSucceeded')
      )
    ) {
      e.push({
        path: p + '/segmentsSucceeded',
        message: 'is required',
        expected: 'integer',
        received: 'missing',
      });
    } else {
      if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
        e.push({
          path: p + '/segmentsSucceeded',
          message: 'must be an integer',
          expected: 'integer',
          received: $type(v5),
        });
      }
    }
    const v6 = o1['segmentsFailed'];
    if (
      v6 === undefined ||
      !((plain2 && $objectPrototype['segmentsFailed'] === undefined) || $hasOwn.call(o1, 'segmentsFailed'))
    ) {
      e.push({
        path: p + '/segmentsFailed',
        message: 'is required',
        expected: 'integer',
        received: 'missing',
      });
    } else {
      if (typeof v6 !== 'number' || !Number.isInteger(v6)) {
        e.push({
          path: p + '/segmentsFailed',
          message: 'must be an integer',
          expected: 'integer',
          received: $type(v6),
        });
      }
    }
    if (s) {
      for (const k7 in o1) {
        if (
          $hasOwn.call(o1, k7) &&
          k7 !== 'timestamp' &&
          k7 !== 'segmentsSucceeded' &&
          k7 !== 'segmentsFailed'
        ) {
          e.push({
            path: p + '/' + $esc(k7),
            message: 'is not a declared property (strict mode)',
            expected: 'no such property',
            received: $type(o1[k7]),
          });
        }
      }
    }
  }
}

// Event data

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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v3 = o1['messageBody'];
  const r4: unknown = Object.getPrototypeOf(o1);
  const plain2 = r4 === $objectPrototype || r4 === null;
  if (
    v3 === undefined ||
    !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody'))
  )
    return false;
  if (typeof v3 !== 'string') return false;
  const v5 = o1['messageId'];
  if (
    v5 === undefined ||
    !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))
  )
    return false;
  if (typeof v5 !== 'string') return false;
  const v6 = o1['metadata'];
  if (
    v6 !== undefined &&
    ((plain2 && $objectPrototype['metadata'] === undefined) || $hasOwn.call(o1, 'metadata'))
  ) {
    if (!$isChatMessageMetadata(v6, s)) return false;
  }
  const v9 = o1['senderId'];
  if (
    v9 === undefined ||
    !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId'))
  )
    return false;
  if (typeof v9 !== 'string') return false;
  const v10 = o1['senderCommunicationIdentifier'];
  if (
    v10 !== undefined &&
    ((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
      $hasOwn.call(o1, 'senderCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v10, s)) return false;
  }
  const v13 = o1['senderDisplayName'];
  if (
    v13 === undefined ||
    !(
      (plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
      $hasOwn.call(o1, 'senderDisplayName')
    )
  )
    return false;
  if (typeof v13 !== 'string') return false;
  const v14 = o1['composeTime'];
  if (
    v14 === undefined ||
    !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime'))
  )
    return false;
  if (typeof v14 !== 'string') return false;
  if (!$dateTime(v14)) return false;
  const v15 = o1['type'];
  if (v15 === undefined || !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type')))
    return false;
  if (typeof v15 !== 'string') return false;
  const v16 = o1['version'];
  if (
    v16 === undefined ||
    !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))
  )
    return false;
  if (typeof v16 !== 'number' || !Number.isInteger(v16)) return false;
  const v17 = o1['recipientId'];
  if (
    v17 === undefined ||
    !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))
  )
    return false;
  if (typeof v17 !== 'string') return false;
  const v18 = o1['recipientCommunicationIdentifier'];
  if (
    v18 !== undefined &&
    ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
      $hasOwn.call(o1, 'recipientCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v18, s)) return false;
  }
  const v21 = o1['transactionId'];
  if (
    v21 === undefined ||
    !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))
  )
    return false;
  if (typeof v21 !== 'string') return false;
  const v22 = o1['threadId'];
  if (
    v22 === undefined ||
    !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))
  )
    return false;
  if (typeof v22 !== 'string') return false;
  if (s) {
    for (const k23 in o1) {
      if (
        $hasOwn.call(o1, k23) &&
        k23 !== 'messageBody' &&
        k23 !== 'messageId' &&
        k23 !== 'metadata' &&
        k23 !== 'senderId' &&
        k23 !== 'senderCommunicationIdentifier' &&
        k23 !== 'senderDisplayName' &&
        k23 !== 'composeTime' &&
        k23 !== 'type' &&
        k23 !== 'version' &&
        k23 !== 'recipientId' &&
        k23 !== 'recipientCommunicationIdentifier' &&
        k23 !== 'transactionId' &&
        k23 !== 'threadId'
      )
        return false;
    }
  }
  return true;
}

function $checkAcsChatMessageReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    const v3 = o1['messageBody'];
    const r4: unknown = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (
      v3 === undefined ||
      !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody'))
    ) {
      e.push({ path: p + '/messageBody', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v3 !== 'string') {
        e.push({
          path: p + '/messageBody',
          message: 'must be a string',
          expected: 'string',
          received: $type(v3),
        });
      }
    }
    const v5 = o1['messageId'];
    if (
      v5 === undefined ||
      !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))
    ) {
      e.push({ path: p + '/messageId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v5 !== 'string') {
        e.push({
          path: p + '/messageId',
          message: 'must be a string',
          expected: 'string',
          received: $type(v5),
        });
      }
    }
    const v6 = o1['metadata'];
    if (
      v6 !== undefined &&
      ((plain2 && $objectPrototype['metadata'] === undefined) || $hasOwn.call(o1, 'metadata'))
    ) {
      $checkChatMessageMetadata(v6, p + '/metadata', e, s);
    }
    const v9 = o1['senderId'];
    if (
      v9 === undefined ||
      !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId'))
    ) {
      e.push({ path: p + '/senderId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v9 !== 'string') {
        e.push({
          path: p + '/senderId',
          message: 'must be a string',
          expected: 'string',
          received: $type(v9),
        });
      }
    }
    const v10 = o1['senderCommunicationIdentifier'];
    if (
      v10 !== undefined &&
      ((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
        $hasOwn.call(o1, 'senderCommunicationIdentifier'))
    ) {
      $checkCommunicationIdentifier(v10, p + '/senderCommunicationIdentifier', e, s);
    }
    const v13 = o1['senderDisplayName'];
    if (
      v13 === undefined ||
      !(
        (plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
        $hasOwn.call(o1, 'senderDisplayName')
      )
    ) {
      e.push({
        path: p + '/senderDisplayName',
        message: 'is required',
        expected: 'string',
        received: 'missing',
      });
    } else {
      if (typeof v13 !== 'string') {
        e.push({
          path: p + '/senderDisplayName',
          message: 'must be a string',
          expected: 'string',
          received: $type(v13),
        });
      }
    }
    const v14 = o1['composeTime'];
    if (
      v14 === undefined ||
      !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime'))
    ) {
      e.push({
        path: p + '/composeTime',
        message: 'is required',
        expected: 'date-time',
        received: 'missing',
      });
    } else {
      if (typeof v14 !== 'string') {
        e.push({
          path: p + '/composeTime',
          message: 'must be a string',
          expected: 'string',
          received: $type(v14),
        });
      } else {
        if (!$dateTime(v14)) {
          e.push({
            path: p + '/composeTime',
            message: 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            expected: 'date-time',
            received: $show(v14),
          });
        }
      }
    }
    const v15 = o1['type'];
    if (
      v15 === undefined ||
      !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type'))
    ) {
      e.push({ path: p + '/type', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v15 !== 'string') {
        e.push({ path: p + '/type', message: 'must be a string', expected: 'string', received: $type(v15) });
      }
    }
    const v16 = o1['version'];
    if (
      v16 === undefined ||
      !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))
    ) {
      e.push({ path: p + '/version', message: 'is required', expected: 'integer', received: 'missing' });
    } else {
      if (typeof v16 !== 'number' || !Number.isInteger(v16)) {
        e.push({
          path: p + '/version',
          message: 'must be an integer',
          expected: 'integer',
          received: $type(v16),
        });
      }
    }
    const v17 = o1['recipientId'];
    if (
      v17 === undefined ||
      !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))
    ) {
      e.push({ path: p + '/recipientId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v17 !== 'string') {
        e.push({
          path: p + '/recipientId',
          message: 'must be a string',
          expected: 'string',
          received: $type(v17),
        });
      }
    }
    const v18 = o1['recipientCommunicationIdentifier'];
    if (
      v18 !== undefined &&
      ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
        $hasOwn.call(o1, 'recipientCommunicationIdentifier'))
    ) {
      $checkCommunicationIdentifier(v18, p + '/recipientCommunicationIdentifier', e, s);
    }
    const v21 = o1['transactionId'];
    if (
      v21 === undefined ||
      !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))
    ) {
      e.push({ path: p + '/transactionId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v21 !== 'string') {
        e.push({
          path: p + '/transactionId',
          message: 'must be a string',
          expected: 'string',
          received: $type(v21),
        });
      }
    }
    const v22 = o1['threadId'];
    if (
      v22 === undefined ||
      !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))
    ) {
      e.push({ path: p + '/threadId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v22 !== 'string') {
        e.push({
          path: p + '/threadId',
          message: 'must be a string',
          expected: 'string',
          received: $type(v22),
        });
      }
    }
    if (s) {
      for (const k23 in o1) {
        if (
          $hasOwn.call(o1, k23) &&
          k23 !== 'messageBody' &&
          k23 !== 'messageId' &&
          k23 !== 'metadata' &&
          k23 !== 'senderId' &&
          k23 !== 'senderCommunicationIdentifier' &&
          k23 !== 'senderDisplayName' &&
          k23 !== 'composeTime' &&
          k23 !== 'type' &&
          k23 !== 'version' &&
          k23 !== 'recipientId' &&
          k23 !== 'recipientCommunicationIdentifier' &&
          k23 !== 'transactionId' &&
          k23 !== 'threadId'
        ) {
          e.push({
            path: p + '/' + $esc(k23),
            message: 'is not a declared property (strict mode)',
            expected: 'no such property',
            received: $type(o1[k23]),
          });
        }
      }
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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v3 = o1['messageBody'];
  const r4: unknown = Object.getPrototypeOf(o1);
  const plain2 = r4 === $objectPrototype || r4 === null;
  if (
    v3 === undefined ||
    !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody'))
  )
    return false;
  if (typeof v3 !== 'string') return false;
  const v5 = o1['senderId'];
  if (
    v5 === undefined ||
    !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId'))
  )
    return false;
  if (typeof v5 !== 'string') return false;
  const v6 = o1['senderDisplayName'];
  if (
    v6 === undefined ||
    !(
      (plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
      $hasOwn.call(o1, 'senderDisplayName')
    )
  )
    return false;
  if (typeof v6 !== 'string') return false;
  const v7 = o1['recipientId'];
  if (
    v7 === undefined ||
    !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))
  )
    return false;
  if (typeof v7 !== 'string') return false;
  const v8 = o1['transactionId'];
  if (
    v8 === undefined ||
    !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))
  )
    return false;
  if (typeof v8 !== 'string') return false;
  const v9 = o1['groupId'];
  if (
    v9 === undefined ||
    !((plain2 && $objectPrototype['groupId'] === undefined) || $hasOwn.call(o1, 'groupId'))
  )
    return false;
  if (typeof v9 !== 'string') return false;
  const v10 = o1['collapseId'];
  if (
    v10 === undefined ||
    !((plain2 && $objectPrototype['collapseId'] === undefined) || $hasOwn.call(o1, 'collapseId'))
  )
    return false;
  if (typeof v10 !== 'string') return false;
  const v11 = o1['messageId'];
  if (
    v11 === undefined ||
    !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))
  )
    return false;
  if (typeof v11 !== 'string') return false;
  const v12 = o1['messageType'];
  if (
    v12 === undefined ||
    !((plain2 && $objectPrototype['messageType'] === undefined) || $hasOwn.call(o1, 'messageType'))
  )
    return false;
  if (typeof v12 !== 'string') return false;
  if (s) {
    for (const k13 in o1) {
      if (
        $hasOwn.call(o1, k13) &&
        k13 !== 'messageBody' &&
        k13 !== 'senderId' &&
        k13 !== 'senderDisplayName' &&
        k13 !== 'recipientId' &&
        k13 !== 'transactionId' &&
        k13 !== 'groupId' &&
        k13 !== 'collapseId' &&
        k13 !== 'messageId' &&
        k13 !== 'messageType'
      )
        return false;
    }
  }
  return true;
}

function $checkAcsInstantMessageReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    const v3 = o1['messageBody'];
    const r4: unknown = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (
      v3 === undefined ||
      !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody'))
    ) {
      e.push({ path: p + '/messageBody', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v3 !== 'string') {
        e.push({
          path: p + '/messageBody',
          message: 'must be a string',
          expected: 'string',
          received: $type(v3),
        });
      }
    }
    const v5 = o1['senderId'];
    if (
      v5 === undefined ||
      !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId'))
    ) {
      e.push({ path: p + '/senderId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v5 !== 'string') {
        e.push({
          path: p + '/senderId',
          message: 'must be a string',
          expected: 'string',
          received: $type(v5),
        });
      }
    }
    const v6 = o1['senderDisplayName'];
    if (
      v6 === undefined ||
      !(
        (plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
        $hasOwn.call(o1, 'senderDisplayName')
      )
    ) {
      e.push({
        path: p + '/senderDisplayName',
        message: 'is required',
        expected: 'string',
        received: 'missing',
      });
    } else {
      if (typeof v6 !== 'string') {
        e.push({
          path: p + '/senderDisplayName',
          message: 'must be a string',
          expected: 'string',
          received: $type(v6),
        });
      }
    }
    const v7 = o1['recipientId'];
    if (
      v7 === undefined ||
      !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))
    ) {
      e.push({ path: p + '/recipientId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v7 !== 'string') {
        e.push({
          path: p + '/recipientId',
          message: 'must be a string',
          expected: 'string',
          received: $type(v7),
        });
      }
    }
    const v8 = o1['transactionId'];
    if (
      v8 === undefined ||
      !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))
    ) {
      e.push({ path: p + '/transactionId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v8 !== 'string') {
        e.push({
          path: p + '/transactionId',
          message: 'must be a string',
          expected: 'string',
          received: $type(v8),
        });
      }
    }
    const v9 = o1['groupId'];
    if (
      v9 === undefined ||
      !((plain2 && $objectPrototype['groupId'] === undefined) || $hasOwn.call(o1, 'groupId'))
    ) {
      e.push({ path: p + '/groupId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v9 !== 'string') {
        e.push({
          path: p + '/groupId',
          message: 'must be a string',
          expected: 'string',
          received: $type(v9),
        });
      }
    }
    const v10 = o1['collapseId'];
    if (
      v10 === undefined ||
      !((plain2 && $objectPrototype['collapseId'] === undefined) || $hasOwn.call(o1, 'collapseId'))
    ) {
      e.push({ path: p + '/collapseId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v10 !== 'string') {
        e.push({
          path: p + '/collapseId',
          message: 'must be a string',
          expected: 'string',
          received: $type(v10),
        });
      }
    }
    const v11 = o1['messageId'];
    if (
      v11 === undefined ||
      !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))
    ) {
      e.push({ path: p + '/messageId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v11 !== 'string') {
        e.push({
          path: p + '/messageId',
          message: 'must be a string',
          expected: 'string',
          received: $type(v11),
        });
      }
    }
    const v12 = o1['messageType'];
    if (
      v12 === undefined ||
      !((plain2 && $objectPrototype['messageType'] === undefined) || $hasOwn.call(o1, 'messageType'))
    ) {
      e.push({ path: p + '/messageType', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v12 !== 'string') {
        e.push({
          path: p + '/messageType',
          message: 'must be a string',
          expected: 'string',
          received: $type(v12),
        });
      }
    }
    if (s) {
      for (const k13 in o1) {
        if (
          $hasOwn.call(o1, k13) &&
          k13 !== 'messageBody' &&
          k13 !== 'senderId' &&
          k13 !== 'senderDisplayName' &&
          k13 !== 'recipientId' &&
          k13 !== 'transactionId' &&
          k13 !== 'groupId' &&
          k13 !== 'collapseId' &&
          k13 !== 'messageId' &&
          k13 !== 'messageType'
        ) {
          e.push({
            path: p + '/' + $esc(k13),
            message: 'is not a declared property (strict mode)',
            expected: 'no such property',
            received: $type(o1[k13]),
          });
        }
      }
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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v3 = o1['messageId'];
  const r4: unknown = Object.getPrototypeOf(o1);
  const plain2 = r4 === $objectPrototype || r4 === null;
  if (
    v3 === undefined ||
    !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))
  )
    return false;
  if (typeof v3 !== 'string') return false;
  const v5 = o1['from'];
  if (v5 === undefined || !((plain2 && $objectPrototype['from'] === undefined) || $hasOwn.call(o1, 'from')))
    return false;
  if (typeof v5 !== 'string') return false;
  const v6 = o1['to'];
  if (v6 === undefined || !((plain2 && $objectPrototype['to'] === undefined) || $hasOwn.call(o1, 'to')))
    return false;
  if (typeof v6 !== 'string') return false;
  const v7 = o1['message'];
  if (
    v7 === undefined ||
    !((plain2 && $objectPrototype['message'] === undefined) || $hasOwn.call(o1, 'message'))
  )
    return false;
  if (typeof v7 !== 'string') return false;
  const v8 = o1['receivedTimestamp'];
  if (
    v8 === undefined ||
    !(
      (plain2 && $objectPrototype['receivedTimestamp'] === undefined) ||
      $hasOwn.call(o1, 'receivedTimestamp')
    )
  )
    return false;
  if (typeof v8 !== 'string') return false;
  if (!$dateTime(v8)) return false;
  if (s) {
    for (const k9 in o1) {
      if (
        $hasOwn.call(o1, k9) &&
        k9 !== 'messageId' &&
        k9 !== 'from' &&
        k9 !== 'to' &&
        k9 !== 'message' &&
        k9 !== 'receivedTimestamp'
      )
        return false;
    }
  }
  return true;
}

function $checkAcsSmsReceivedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    const v3 = o1['messageId'];
    const r4: unknown = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (
      v3 === undefined ||
      !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))
    ) {
      e.push({ path: p + '/messageId', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v3 !== 'string') {
        e.push({
          path: p + '/messageId',
          message: 'must be a string',
          expected: 'string',
          received: $type(v3),
        });
      }
    }
    const v5 = o1['from'];
    if (
      v5 === undefined ||
      !((plain2 && $objectPrototype['from'] === undefined) || $hasOwn.call(o1, 'from'))
    ) {
      e.push({ path: p + '/from', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v5 !== 'string') {
        e.push({ path: p + '/from', message: 'must be a string', expected: 'string', received: $type(v5) });
      }
    }
    const v6 = o1['to'];
    if (v6 === undefined || !((plain2 && $objectPrototype['to'] === undefined) || $hasOwn.call(o1, 'to'))) {
      e.push({ path: p + '/to', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v6 !== 'string') {
        e.push({ path: p + '/to', message: 'must be a string', expected: 'string', received: $type(v6) });
      }
    }
    const v7 = o1['message'];
    if (
      v7 === undefined ||
      !((plain2 && $objectPrototype['message'] === undefined) || $hasOwn.call(o1, 'message'))
    ) {
      e.push({ path: p + '/message', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v7 !== 'string') {
        e.push({
          path: p + '/message',
          message: 'must be a string',
          expected: 'string',
          received: $type(v7),
        });
      }
    }
    const v8 = o1['receivedTimestamp'];
    if (
      v8 === undefined ||
      !(
        (plain2 && $objectPrototype['receivedTimestamp'] === undefined) ||
        $hasOwn.call(o1, 'receivedTimestamp')
      )
    ) {
      e.push({
        path: p + '/receivedTimestamp',
        message: 'is required',
        expected: 'date-time',
        received: 'missing',
      });
    } else {
      if (typeof v8 !== 'string') {
        e.push({
          path: p + '/receivedTimestamp',
          message: 'must be a string',
          expected: 'string',
          received: $type(v8),
        });
      } else {
        if (!$dateTime(v8)) {
          e.push({
            path: p + '/receivedTimestamp',
            message: 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            expected: 'date-time',
            received: $show(v8),
          });
        }
      }
    }
    if (s) {
      for (const k9 in o1) {
        if (
          $hasOwn.call(o1, k9) &&
          k9 !== 'messageId' &&
          k9 !== 'from' &&
          k9 !== 'to' &&
          k9 !== 'message' &&
          k9 !== 'receivedTimestamp'
        ) {
          e.push({
            path: p + '/' + $esc(k9),
            message: 'is not a declared property (strict mode)',
            expected: 'no such property',
            received: $type(o1[k9]),
          });
        }
      }
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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v3 = o1['id'];
  const r4: unknown = Object.getPrototypeOf(o1);
  const plain2 = r4 === $objectPrototype || r4 === null;
  if (v3 === undefined || !((plain2 && $objectPrototype['id'] === undefined) || $hasOwn.call(o1, 'id')))
    return false;
  if (typeof v3 !== 'string') return false;
  const v5 = o1['topic'];
  if (
    v5 !== undefined &&
    ((plain2 && $objectPrototype['topic'] === undefined) || $hasOwn.call(o1, 'topic'))
  ) {
    if (typeof v5 !== 'string') return false;
  }
  const v6 = o1['subject'];
  if (
    v6 === undefined ||
    !((plain2 && $objectPrototype['subject'] === undefined) || $hasOwn.call(o1, 'subject'))
  )
    return false;
  if (typeof v6 !== 'string') return false;
  const v7 = o1['eventType'];
  if (
    v7 === undefined ||
    !((plain2 && $objectPrototype['eventType'] === undefined) || $hasOwn.call(o1, 'eventType'))
  )
    return false;
  if (typeof v7 !== 'string') return false;
  const v8 = o1['eventTime'];
  if (
    v8 === undefined ||
    !((plain2 && $objectPrototype['eventTime'] === undefined) || $hasOwn.call(o1, 'eventTime'))
  )
    return false;
  if (typeof v8 !== 'string') return false;
  if (!$dateTime(v8)) return false;
  const v9 = o1['data'];
  if (v9 === undefined || !((plain2 && $objectPrototype['data'] === undefined) || $hasOwn.call(o1, 'data')))
    return false;
  const v12 = o1['dataVersion'];
  if (
    v12 === undefined ||
    !((plain2 && $objectPrototype['dataVersion'] === undefined) || $hasOwn.call(o1, 'dataVersion'))
  )
    return false;
  if (typeof v12 !== 'string') return false;
  const v13 = o1['metadataVersion'];
  if (
    v13 !== undefined &&
    ((plain2 && $objectPrototype['metadataVersion'] === undefined) || $hasOwn.call(o1, 'metadataVersion'))
  ) {
    if (typeof v13 !== 'string') return false;
  }
  if (s) {
    for (const k14 in o1) {
      if (
        $hasOwn.call(o1, k14) &&
        k14 !== 'id' &&
        k14 !== 'topic' &&
        k14 !== 'subject' &&
        k14 !== 'eventType' &&
        k14 !== 'eventTime' &&
        k14 !== 'data' &&
        k14 !== 'dataVersion' &&
        k14 !== 'metadataVersion'
      )
        return false;
    }
  }
  return true;
}

function $checkEventGridEvent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    const v3 = o1['id'];
    const r4: unknown = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined || !((plain2 && $objectPrototype['id'] === undefined) || $hasOwn.call(o1, 'id'))) {
      e.push({ path: p + '/id', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v3 !== 'string') {
        e.push({ path: p + '/id', message: 'must be a string', expected: 'string', received: $type(v3) });
      }
    }
    const v5 = o1['topic'];
    if (
      v5 !== undefined &&
      ((plain2 && $objectPrototype['topic'] === undefined) || $hasOwn.call(o1, 'topic'))
    ) {
      if (typeof v5 !== 'string') {
        e.push({ path: p + '/topic', message: 'must be a string', expected: 'string', received: $type(v5) });
      }
    }
    const v6 = o1['subject'];
    if (
      v6 === undefined ||
      !((plain2 && $objectPrototype['subject'] === undefined) || $hasOwn.call(o1, 'subject'))
    ) {
      e.push({ path: p + '/subject', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v6 !== 'string') {
        e.push({
          path: p + '/subject',
          message: 'must be a string',
          expected: 'string',
          received: $type(v6),
        });
      }
    }
    const v7 = o1['eventType'];
    if (
      v7 === undefined ||
      !((plain2 && $objectPrototype['eventType'] === undefined) || $hasOwn.call(o1, 'eventType'))
    ) {
      e.push({ path: p + '/eventType', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v7 !== 'string') {
        e.push({
          path: p + '/eventType',
          message: 'must be a string',
          expected: 'string',
          received: $type(v7),
        });
      }
    }
    const v8 = o1['eventTime'];
    if (
      v8 === undefined ||
      !((plain2 && $objectPrototype['eventTime'] === undefined) || $hasOwn.call(o1, 'eventTime'))
    ) {
      e.push({ path: p + '/eventTime', message: 'is required', expected: 'date-time', received: 'missing' });
    } else {
      if (typeof v8 !== 'string') {
        e.push({
          path: p + '/eventTime',
          message: 'must be a string',
          expected: 'string',
          received: $type(v8),
        });
      } else {
        if (!$dateTime(v8)) {
          e.push({
            path: p + '/eventTime',
            message: 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            expected: 'date-time',
            received: $show(v8),
          });
        }
      }
    }
    const v9 = o1['data'];
    if (
      v9 === undefined ||
      !((plain2 && $objectPrototype['data'] === undefined) || $hasOwn.call(o1, 'data'))
    ) {
      e.push({ path: p + '/data', message: 'is required', expected: 'any', received: 'missing' });
    }
    const v12 = o1['dataVersion'];
    if (
      v12 === undefined ||
      !((plain2 && $objectPrototype['dataVersion'] === undefined) || $hasOwn.call(o1, 'dataVersion'))
    ) {
      e.push({ path: p + '/dataVersion', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v12 !== 'string') {
        e.push({
          path: p + '/dataVersion',
          message: 'must be a string',
          expected: 'string',
          received: $type(v12),
        });
      }
    }
    const v13 = o1['metadataVersion'];
    if (
      v13 !== undefined &&
      ((plain2 && $objectPrototype['metadataVersion'] === undefined) || $hasOwn.call(o1, 'metadataVersion'))
    ) {
      if (typeof v13 !== 'string') {
        e.push({
          path: p + '/metadataVersion',
          message: 'must be a string',
          expected: 'string',
          received: $type(v13),
        });
      }
    }
    if (s) {
      for (const k14 in o1) {
        if (
          $hasOwn.call(o1, k14) &&
          k14 !== 'id' &&
          k14 !== 'topic' &&
          k14 !== 'subject' &&
          k14 !== 'eventType' &&
          k14 !== 'eventTime' &&
          k14 !== 'data' &&
          k14 !== 'dataVersion' &&
          k14 !== 'metadataVersion'
        ) {
          e.push({
            path: p + '/' + $esc(k14),
            message: 'is not a declared property (strict mode)',
            expected: 'no such property',
            received: $type(o1[k14]),
          });
        }
      }
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
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o1 = v as Record<string, unknown>;
  const v3 = o1['specversion'];
  const r4: unknown = Object.getPrototypeOf(o1);
  const plain2 = r4 === $objectPrototype || r4 === null;
  if (
    v3 === undefined ||
    !((plain2 && $objectPrototype['specversion'] === undefined) || $hasOwn.call(o1, 'specversion'))
  )
    return false;
  if (typeof v3 !== 'string') return false;
  if (v3 !== '1.0') return false;
  const v5 = o1['id'];
  if (v5 === undefined || !((plain2 && $objectPrototype['id'] === undefined) || $hasOwn.call(o1, 'id')))
    return false;
  if (typeof v5 !== 'string') return false;
  const v6 = o1['source'];
  if (
    v6 === undefined ||
    !((plain2 && $objectPrototype['source'] === undefined) || $hasOwn.call(o1, 'source'))
  )
    return false;
  if (typeof v6 !== 'string') return false;
  const v7 = o1['type'];
  if (v7 === undefined || !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type')))
    return false;
  if (typeof v7 !== 'string') return false;
  const v8 = o1['subject'];
  if (
    v8 !== undefined &&
    ((plain2 && $objectPrototype['subject'] === undefined) || $hasOwn.call(o1, 'subject'))
  ) {
    if (typeof v8 !== 'string') return false;
  }
  const v9 = o1['time'];
  if (v9 !== undefined && ((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time'))) {
    if (typeof v9 !== 'string') return false;
    if (!$dateTime(v9)) return false;
  }
  const v10 = o1['datacontenttype'];
  if (
    v10 !== undefined &&
    ((plain2 && $objectPrototype['datacontenttype'] === undefined) || $hasOwn.call(o1, 'datacontenttype'))
  ) {
    if (typeof v10 !== 'string') return false;
  }
  const v11 = o1['dataschema'];
  if (
    v11 !== undefined &&
    ((plain2 && $objectPrototype['dataschema'] === undefined) || $hasOwn.call(o1, 'dataschema'))
  ) {
    if (typeof v11 !== 'string') return false;
  }
  if (s) {
    for (const k12 in o1) {
      if (
        $hasOwn.call(o1, k12) &&
        k12 !== 'specversion' &&
        k12 !== 'id' &&
        k12 !== 'source' &&
        k12 !== 'type' &&
        k12 !== 'subject' &&
        k12 !== 'time' &&
        k12 !== 'datacontenttype' &&
        k12 !== 'dataschema' &&
        k12 !== 'data'
      )
        return false;
    }
  }
  return true;
}

function $checkCloudEvent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    e.push({ path: p, message: 'must be an object', expected: 'object', received: $type(v) });
  } else {
    const o1 = v as Record<string, unknown>;
    const v3 = o1['specversion'];
    const r4: unknown = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (
      v3 === undefined ||
      !((plain2 && $objectPrototype['specversion'] === undefined) || $hasOwn.call(o1, 'specversion'))
    ) {
      e.push({ path: p + '/specversion', message: 'is required', expected: '"1.0"', received: 'missing' });
    } else {
      if (typeof v3 !== 'string') {
        e.push({
          path: p + '/specversion',
          message: 'must be a string',
          expected: 'string',
          received: $type(v3),
        });
      } else {
        if (v3 !== '1.0') {
          e.push({
            path: p + '/specversion',
            message: 'must be "1.0"',
            expected: '"1.0"',
            received: $show(v3),
          });
        }
      }
    }
    const v5 = o1['id'];
    if (v5 === undefined || !((plain2 && $objectPrototype['id'] === undefined) || $hasOwn.call(o1, 'id'))) {
      e.push({ path: p + '/id', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v5 !== 'string') {
        e.push({ path: p + '/id', message: 'must be a string', expected: 'string', received: $type(v5) });
      }
    }
    const v6 = o1['source'];
    if (
      v6 === undefined ||
      !((plain2 && $objectPrototype['source'] === undefined) || $hasOwn.call(o1, 'source'))
    ) {
      e.push({ path: p + '/source', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v6 !== 'string') {
        e.push({ path: p + '/source', message: 'must be a string', expected: 'string', received: $type(v6) });
      }
    }
    const v7 = o1['type'];
    if (
      v7 === undefined ||
      !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type'))
    ) {
      e.push({ path: p + '/type', message: 'is required', expected: 'string', received: 'missing' });
    } else {
      if (typeof v7 !== 'string') {
        e.push({ path: p + '/type', message: 'must be a string', expected: 'string', received: $type(v7) });
      }
    }
    const v8 = o1['subject'];
    if (
      v8 !== undefined &&
      ((plain2 && $objectPrototype['subject'] === undefined) || $hasOwn.call(o1, 'subject'))
    ) {
      if (typeof v8 !== 'string') {
        e.push({
          path: p + '/subject',
          message: 'must be a string',
          expected: 'string',
          received: $type(v8),
        });
      }
    }
    const v9 = o1['time'];
    if (
      v9 !== undefined &&
      ((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time'))
    ) {
      if (typeof v9 !== 'string') {
        e.push({ path: p + '/time', message: 'must be a string', expected: 'string', received: $type(v9) });
      } else {
        if (!$dateTime(v9)) {
          e.push({
            path: p + '/time',
            message: 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            expected: 'date-time',
            received: $show(v9),
          });
        }
      }
    }
    const v10 = o1['datacontenttype'];
    if (
      v10 !== undefined &&
      ((plain2 && $objectPrototype['datacontenttype'] === undefined) || $hasOwn.call(o1, 'datacontenttype'))
    ) {
      if (typeof v10 !== 'string') {
        e.push({
          path: p + '/datacontenttype',
          message: 'must be a string',
          expected: 'string',
          received: $type(v10),
        });
      }
    }
    const v11 = o1['dataschema'];
    if (
      v11 !== undefined &&
      ((plain2 && $objectPrototype['dataschema'] === undefined) || $hasOwn.call(o1, 'dataschema'))
    ) {
      if (typeof v11 !== 'string') {
        e.push({
          path: p + '/dataschema',
          message: 'must be a string',
          expected: 'string',
          received: $type(v11),
        });
      }
    }
    if (s) {
      for (const k12 in o1) {
        if (
          $hasOwn.call(o1, k12) &&
          k12 !== 'specversion' &&
          k12 !== 'id' &&
          k12 !== 'source' &&
          k12 !== 'type' &&
          k12 !== 'subject' &&
          k12 !== 'time' &&
          k12 !== 'datacontenttype' &&
          k12 !== 'dataschema' &&
          k12 !== 'data'
        ) {
          e.push({
            path: p + '/' + $esc(k12),
            message: 'is not a declared property (strict mode)',
            expected: 'no such property',
            received: $type(o1[k12]),
          });
        }
      }
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
  'Microsoft.Communication.ChatMessageReceived': validateAcsChatMessageReceivedEventData,
  'Microsoft.Communication.InstantMessageReceived': validateAcsInstantMessageReceivedEventData,
  'Microsoft.Communication.SMSReceived': validateAcsSmsReceivedEventData,
});

/** The data type guard of every event type. */
export const dataGuards: { readonly [K in AcsEventType]: (value: unknown) => value is AcsEventDataMap[K] } =
  /* @__PURE__ */ $nullProto({
    'Microsoft.Communication.ChatMessageReceived': isAcsChatMessageReceivedEventData,
    'Microsoft.Communication.InstantMessageReceived': isAcsInstantMessageReceivedEventData,
    'Microsoft.Communication.SMSReceived': isAcsSmsReceivedEventData,
  });
