// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const $hasOwn = Object.prototype.hasOwnProperty;
/** Only own properties are data: a property is present when it is the object's own and not undefined. */
function $own(o, k, v) {
    return v !== undefined && $hasOwn.call(o, k);
}
/** Whether property k (value v) is present; when it is not and \`expected\` is given (it is required), reports it. */
function $has(e, p, o, k, v, expected) {
    if (v !== undefined && $hasOwn.call(o, k))
        return true;
    if (expected !== undefined)
        $fail(e, $at(p, k), 'is required', expected, 'missing');
    return false;
}
function $isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Whether v is an object (not null, not an array); reports it when it is not. */
function $checkObject(e, p, v) {
    if ($isObject(v))
        return true;
    $fail(e, p, 'must be an object', 'object', $type(v));
    return false;
}
/** Whether every own key of o is one of \`known\`. */
function $onlyKeys(o, known) {
    for (const k in o)
        if ($hasOwn.call(o, k) && !known.includes(k))
            return false;
    return true;
}
/** Reports every own key of o that is not one of \`known\`. */
function $extraKeys(e, p, o, known, message = 'is not a declared property (strict mode)') {
    for (const k in o) {
        if ($hasOwn.call(o, k) && !known.includes(k))
            $fail(e, $at(p, k), message, 'no such property', $type(o[k]));
    }
}
/** The JSON type of a value, as reported in errors. */
function $type(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    if (typeof v === 'number' && !Number.isFinite(v))
        return String(v);
    return typeof v;
}
/** A short rendering of a scalar for error messages: strings JSON-quoted (and cut when long). */
function $show(v) {
    if (typeof v === 'string')
        return JSON.stringify(v.length > 64 ? v.slice(0, 64) + '…' : v);
    return typeof v === 'number' || typeof v === 'boolean' || v === null ? String(v) : $type(v);
}
/** A property name as a JSON Pointer segment. */
function $esc(key) {
    return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
/** The JSON Pointer of property k of the value at p. */
function $at(p, k) {
    return p + '/' + $esc(k);
}
/** year-month-day, separator, hour:minute:second(.fraction), then Z or the offset's sign, hours and minutes. */
const $DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)[Tt\s](\d\d):(\d\d):(\d\d(?:\.\d+)?)(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)$/;
/** RFC 3339 date-time, agreeing with ajv-formats' "date-time" (full mode). */
function $dateTime(s) {
    const m = $DATE_TIME.exec(s);
    if (m === null)
        return false;
    const year = +m[1], month = +m[2], day = +m[3], hour = +m[4], minute = +m[5], second = +m[6];
    const offsetHour = +(m[8] ?? 0), offsetMinute = +(m[9] ?? 0);
    // February by the Gregorian leap rule; otherwise 31 days in odd months up to July and even ones from August.
    const monthDays = month === 2
        ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
            ? 29
            : 28
        : 30 + ((month + (month >> 3)) & 1);
    if (month < 1 || month > 12 || day < 1 || day > monthDays || offsetHour > 23 || offsetMinute > 59)
        return false;
    if (hour <= 23 && minute <= 59 && second < 60)
        return true;
    // A leap second: 23:59:60 once moved to UTC (minute first, borrowing an hour when it goes negative).
    const sign = m[7] === '-' ? -1 : 1;
    const utcMinute = minute - offsetMinute * sign;
    const utcHour = hour - offsetHour * sign - (utcMinute < 0 ? 1 : 0);
    return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}
/** Reading the value threw (a getter or a proxy) or it nests deeper than the stack allows. */
function $crash() {
    return {
        path: '',
        message: 'could not be validated: reading it threw an exception or it nests too deeply',
        expected: 'JSON data',
        received: 'exception',
    };
}
/** Records one error (a call instead of an object literal at every place that reports one keeps the module small). */
function $fail(e, path, message, expected, received) {
    e.push({ path, message, expected, received });
}
/** A frozen lookup table without a prototype: no "__proto__" or "constructor" entries by accident. */
function $nullProto(entries) {
    return Object.freeze(Object.assign(Object.create(null), entries));
}
function $isStringProperty(o, k, v, required) {
    return v === undefined || !$hasOwn.call(o, k) ? !required : typeof v === 'string';
}
function $checkStringProperty(e, p, o, k, v, required) {
    if (!$has(e, p, o, k, v, required ? 'string' : undefined))
        return;
    if (typeof v !== 'string')
        $fail(e, $at(p, k), 'must be a string', 'string', $type(v));
}
function $isIntegerProperty(o, k, v, required) {
    return v === undefined || !$hasOwn.call(o, k) ? !required : typeof v === 'number' && Number.isInteger(v);
}
function $checkIntegerProperty(e, p, o, k, v, required) {
    if (!$has(e, p, o, k, v, required ? 'integer' : undefined))
        return;
    if (typeof v !== 'number' || !Number.isInteger(v))
        $fail(e, $at(p, k), 'must be an integer', 'integer', $type(v));
}
function $isBooleanProperty(o, k, v, required) {
    return v === undefined || !$hasOwn.call(o, k) ? !required : typeof v === 'boolean';
}
function $checkBooleanProperty(e, p, o, k, v, required) {
    if (!$has(e, p, o, k, v, required ? 'boolean' : undefined))
        return;
    if (typeof v !== 'boolean')
        $fail(e, $at(p, k), 'must be a boolean', 'boolean', $type(v));
}
function $isDateTimeProperty(o, k, v, required) {
    return v === undefined || !$hasOwn.call(o, k) ? !required : typeof v === 'string' && $dateTime(v);
}
function $checkDateTimeProperty(e, p, o, k, v, required) {
    if (!$has(e, p, o, k, v, required ? 'date-time' : undefined))
        return;
    if (typeof v !== 'string')
        $fail(e, $at(p, k), 'must be a string', 'string', $type(v));
    else if (!$dateTime(v))
        $fail(e, $at(p, k), 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v));
}
// Shared definitions
/**
 * Validates a ChatMessageMetadata, reporting every error.
 *
 * A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed.
 */
export function validateChatMessageMetadata(value, options) {
    const errors = [];
    try {
        $checkChatMessageMetadata(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0 ? { ok: true, value: value } : { ok: false, errors };
}
/**
 * Whether a value is a valid ChatMessageMetadata.
 *
 * A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed.
 */
export function isChatMessageMetadata(value) {
    try {
        return $isChatMessageMetadata(value, false);
    }
    catch {
        return false;
    }
}
function $isChatMessageMetadata(v, _s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    for (const k2 in o1) {
        if (!$hasOwn.call(o1, k2))
            continue;
        const v3 = o1[k2];
        if (typeof v3 !== 'string')
            return false;
    }
    return true;
}
function $checkChatMessageMetadata(v, p, e, _s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
        for (const k2 in o1) {
            if (!$hasOwn.call(o1, k2))
                continue;
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
export function validateChatParticipant(value, options) {
    const errors = [];
    try {
        $checkChatParticipant(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0 ? { ok: true, value: value } : { ok: false, errors };
}
/**
 * Whether a value is a valid ChatParticipant.
 *
 * A participant of a chat thread, as the ChatParticipant* and ChatThread* events give it.
 */
export function isChatParticipant(value) {
    try {
        return $isChatParticipant(value, false);
    }
    catch {
        return false;
    }
}
function $isChatParticipant(v, s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    if (!$isStringProperty(o1, 'displayName', o1['displayName'], true))
        return false;
    const v2 = o1['participantCommunicationIdentifier'];
    if (!$own(o1, 'participantCommunicationIdentifier', v2))
        return false;
    if (!$isCommunicationIdentifier(v2, s))
        return false;
    if (s) {
        if (!$onlyKeys(o1, ['displayName', 'participantCommunicationIdentifier']))
            return false;
    }
    return true;
}
function $checkChatParticipant(v, p, e, s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
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
export function validateChatThreadMember(value, options) {
    const errors = [];
    try {
        $checkChatThreadMember(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0 ? { ok: true, value: value } : { ok: false, errors };
}
/**
 * Whether a value is a valid ChatThreadMember.
 *
 * A member of a chat thread, as the 2020 preview events give it (`members`, `memberAdded`, `memberRemoved`). Replaced by ChatParticipant.
 */
export function isChatThreadMember(value) {
    try {
        return $isChatThreadMember(value, false);
    }
    catch {
        return false;
    }
}
function $isChatThreadMember(v, s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    if (!$isStringProperty(o1, 'displayName', o1['displayName'], true))
        return false;
    if (!$isStringProperty(o1, 'memberId', o1['memberId'], true))
        return false;
    if (s) {
        if (!$onlyKeys(o1, ['displayName', 'memberId']))
            return false;
    }
    return true;
}
function $checkChatThreadMember(v, p, e, s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
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
export function validateChatThreadProperties(value, options) {
    const errors = [];
    try {
        $checkChatThreadProperties(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0 ? { ok: true, value: value } : { ok: false, errors };
}
/**
 * Whether a value is a valid ChatThreadProperties.
 *
 * The chat thread's properties; the docs show `topic`, the service may add others.
 */
export function isChatThreadProperties(value) {
    try {
        return $isChatThreadProperties(value, false);
    }
    catch {
        return false;
    }
}
function $isChatThreadProperties(v, _s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    if (!$isStringProperty(o1, 'topic', o1['topic'], false))
        return false;
    return true;
}
function $checkChatThreadProperties(v, p, e, _s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
        $checkStringProperty(e, p, o1, 'topic', o1['topic'], false);
    }
}
/**
 * Validates a CommunicationIdentifier, reporting every error.
 *
 * Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel.
 */
export function validateCommunicationIdentifier(value, options) {
    const errors = [];
    try {
        $checkCommunicationIdentifier(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0 ? { ok: true, value: value } : { ok: false, errors };
}
/**
 * Whether a value is a valid CommunicationIdentifier.
 *
 * Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel.
 */
export function isCommunicationIdentifier(value) {
    try {
        return $isCommunicationIdentifier(value, false);
    }
    catch {
        return false;
    }
}
function $isCommunicationIdentifier(v, s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    if (!$isStringProperty(o1, 'rawId', o1['rawId'], true))
        return false;
    const v2 = o1['communicationUser'];
    if ($own(o1, 'communicationUser', v2)) {
        if (!$isCommunicationUserIdentifier(v2, s))
            return false;
    }
    const v4 = o1['phoneNumber'];
    if ($own(o1, 'phoneNumber', v4)) {
        if (!$isPhoneNumberIdentifier(v4, s))
            return false;
    }
    const v6 = o1['microsoftTeamsUser'];
    if ($own(o1, 'microsoftTeamsUser', v6)) {
        if (!$isMicrosoftTeamsUserIdentifier(v6, s))
            return false;
    }
    if (s) {
        if (!$onlyKeys(o1, ['rawId', 'communicationUser', 'phoneNumber', 'microsoftTeamsUser']))
            return false;
    }
    return true;
}
function $checkCommunicationIdentifier(v, p, e, s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
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
export function validateCommunicationUserIdentifier(value, options) {
    const errors = [];
    try {
        $checkCommunicationUserIdentifier(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is a valid CommunicationUserIdentifier.
 *
 * An Azure Communication Services user.
 */
export function isCommunicationUserIdentifier(value) {
    try {
        return $isCommunicationUserIdentifier(value, false);
    }
    catch {
        return false;
    }
}
function $isCommunicationUserIdentifier(v, s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    if (!$isStringProperty(o1, 'id', o1['id'], true))
        return false;
    if (s) {
        if (!$onlyKeys(o1, ['id']))
            return false;
    }
    return true;
}
function $checkCommunicationUserIdentifier(v, p, e, s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
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
export function validateMicrosoftTeamsUserIdentifier(value, options) {
    const errors = [];
    try {
        $checkMicrosoftTeamsUserIdentifier(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is a valid MicrosoftTeamsUserIdentifier.
 *
 * A Microsoft Teams user (not seen in the docs samples; Azure SDK shape).
 */
export function isMicrosoftTeamsUserIdentifier(value) {
    try {
        return $isMicrosoftTeamsUserIdentifier(value, false);
    }
    catch {
        return false;
    }
}
function $isMicrosoftTeamsUserIdentifier(v, s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    if (!$isStringProperty(o1, 'userId', o1['userId'], true))
        return false;
    if (!$isBooleanProperty(o1, 'isAnonymous', o1['isAnonymous'], false))
        return false;
    const v2 = o1['cloud'];
    if ($own(o1, 'cloud', v2)) {
        if (typeof v2 !== 'string')
            return false;
        if (v2 !== 'public' && v2 !== 'dod' && v2 !== 'gcch')
            return false;
    }
    if (s) {
        if (!$onlyKeys(o1, ['userId', 'isAnonymous', 'cloud']))
            return false;
    }
    return true;
}
function $checkMicrosoftTeamsUserIdentifier(v, p, e, s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
        $checkStringProperty(e, p, o1, 'userId', o1['userId'], true);
        $checkBooleanProperty(e, p, o1, 'isAnonymous', o1['isAnonymous'], false);
        const v2 = o1['cloud'];
        if ($has(e, p, o1, 'cloud', v2)) {
            if (typeof v2 !== 'string') {
                $fail(e, p + '/cloud', 'must be a string', 'string', $type(v2));
            }
            else {
                if (v2 !== 'public' && v2 !== 'dod' && v2 !== 'gcch') {
                    $fail(e, p + '/cloud', 'must be one of "public" | "dod" | "gcch"', '"public" | "dod" | "gcch"', $show(v2));
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
export function validatePhoneNumberIdentifier(value, options) {
    const errors = [];
    try {
        $checkPhoneNumberIdentifier(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0 ? { ok: true, value: value } : { ok: false, errors };
}
/**
 * Whether a value is a valid PhoneNumberIdentifier.
 *
 * A phone number (not seen in the docs samples; Azure SDK shape).
 */
export function isPhoneNumberIdentifier(value) {
    try {
        return $isPhoneNumberIdentifier(value, false);
    }
    catch {
        return false;
    }
}
function $isPhoneNumberIdentifier(v, s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    if (!$isStringProperty(o1, 'value', o1['value'], true))
        return false;
    if (s) {
        if (!$onlyKeys(o1, ['value']))
            return false;
    }
    return true;
}
function $checkPhoneNumberIdentifier(v, p, e, s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
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
export function validateSmsDeliveryAttempt(value, options) {
    const errors = [];
    try {
        $checkSmsDeliveryAttempt(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0 ? { ok: true, value: value } : { ok: false, errors };
}
/**
 * Whether a value is a valid SmsDeliveryAttempt.
 *
 * One attempt at delivering an SMS.
 */
export function isSmsDeliveryAttempt(value) {
    try {
        return $isSmsDeliveryAttempt(value, false);
    }
    catch {
        return false;
    }
}
function $isSmsDeliveryAttempt(v, s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    if (!$isDateTimeProperty(o1, 'timestamp', o1['timestamp'], true))
        return false;
    if (!$isIntegerProperty(o1, 'segmentsSucceeded', o1['segmentsSucceeded'], true))
        return false;
    if (!$isIntegerProperty(o1, 'segmentsFailed', o1['segmentsFailed'], true))
        return false;
    if (s) {
        if (!$onlyKeys(o1, ['timestamp', 'segmentsSucceeded', 'segmentsFailed']))
            return false;
    }
    return true;
}
function $checkSmsDeliveryAttempt(v, p, e, s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
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
 * Validates the data of a Microsoft.Communication.ChatMessageReceived event, reporting every error.
 *
 * Published when a message is received for a user in a chat thread that she is member of.
 */
export function validateAcsChatMessageReceivedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatMessageReceivedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageReceived event.
 *
 * Published when a message is received for a user in a chat thread that she is member of.
 */
export function isAcsChatMessageReceivedEventData(value) {
    try {
        return $isAcsChatMessageReceivedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatMessageReceivedEventData(v, s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    if (!$isStringProperty(o1, 'messageBody', o1['messageBody'], true))
        return false;
    if (!$isStringProperty(o1, 'messageId', o1['messageId'], true))
        return false;
    const v2 = o1['metadata'];
    if ($own(o1, 'metadata', v2)) {
        if (!$isChatMessageMetadata(v2, s))
            return false;
    }
    if (!$isStringProperty(o1, 'senderId', o1['senderId'], true))
        return false;
    const v4 = o1['senderCommunicationIdentifier'];
    if ($own(o1, 'senderCommunicationIdentifier', v4)) {
        if (!$isCommunicationIdentifier(v4, s))
            return false;
    }
    if (!$isStringProperty(o1, 'senderDisplayName', o1['senderDisplayName'], true))
        return false;
    if (!$isDateTimeProperty(o1, 'composeTime', o1['composeTime'], true))
        return false;
    if (!$isStringProperty(o1, 'type', o1['type'], true))
        return false;
    if (!$isIntegerProperty(o1, 'version', o1['version'], true))
        return false;
    if (!$isStringProperty(o1, 'recipientId', o1['recipientId'], true))
        return false;
    const v6 = o1['recipientCommunicationIdentifier'];
    if ($own(o1, 'recipientCommunicationIdentifier', v6)) {
        if (!$isCommunicationIdentifier(v6, s))
            return false;
    }
    if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true))
        return false;
    if (!$isStringProperty(o1, 'threadId', o1['threadId'], true))
        return false;
    if (s) {
        if (!$onlyKeys(o1, [
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
        ]))
            return false;
    }
    return true;
}
function $checkAcsChatMessageReceivedEventData(v, p, e, s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
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
 * Validates the data of a Microsoft.Communication.InstantMessageReceived event, reporting every error.
 *
 * Published when a chat instant message is received by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageReceived; see Microsoft.Communication.ChatMessageReceived.
 */
export function validateAcsInstantMessageReceivedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsInstantMessageReceivedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.InstantMessageReceived event.
 *
 * Published when a chat instant message is received by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageReceived; see Microsoft.Communication.ChatMessageReceived.
 */
export function isAcsInstantMessageReceivedEventData(value) {
    try {
        return $isAcsInstantMessageReceivedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsInstantMessageReceivedEventData(v, s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    if (!$isStringProperty(o1, 'messageBody', o1['messageBody'], true))
        return false;
    if (!$isStringProperty(o1, 'senderId', o1['senderId'], true))
        return false;
    if (!$isStringProperty(o1, 'senderDisplayName', o1['senderDisplayName'], true))
        return false;
    if (!$isStringProperty(o1, 'recipientId', o1['recipientId'], true))
        return false;
    if (!$isStringProperty(o1, 'transactionId', o1['transactionId'], true))
        return false;
    if (!$isStringProperty(o1, 'groupId', o1['groupId'], true))
        return false;
    if (!$isStringProperty(o1, 'collapseId', o1['collapseId'], true))
        return false;
    if (!$isStringProperty(o1, 'messageId', o1['messageId'], true))
        return false;
    if (!$isStringProperty(o1, 'messageType', o1['messageType'], true))
        return false;
    if (s) {
        if (!$onlyKeys(o1, [
            'messageBody',
            'senderId',
            'senderDisplayName',
            'recipientId',
            'transactionId',
            'groupId',
            'collapseId',
            'messageId',
            'messageType',
        ]))
            return false;
    }
    return true;
}
function $checkAcsInstantMessageReceivedEventData(v, p, e, s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
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
 * Validates the data of a Microsoft.Communication.SMSReceived event, reporting every error.
 *
 * Published when an SMS is received by a phone number associated with the Communication Service.
 */
export function validateAcsSmsReceivedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsSmsReceivedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0 ? { ok: true, value: value } : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.SMSReceived event.
 *
 * Published when an SMS is received by a phone number associated with the Communication Service.
 */
export function isAcsSmsReceivedEventData(value) {
    try {
        return $isAcsSmsReceivedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsSmsReceivedEventData(v, s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    if (!$isStringProperty(o1, 'messageId', o1['messageId'], true))
        return false;
    if (!$isStringProperty(o1, 'from', o1['from'], true))
        return false;
    if (!$isStringProperty(o1, 'to', o1['to'], true))
        return false;
    if (!$isStringProperty(o1, 'message', o1['message'], true))
        return false;
    if (!$isDateTimeProperty(o1, 'receivedTimestamp', o1['receivedTimestamp'], true))
        return false;
    if (s) {
        if (!$onlyKeys(o1, ['messageId', 'from', 'to', 'message', 'receivedTimestamp']))
            return false;
    }
    return true;
}
function $checkAcsSmsReceivedEventData(v, p, e, s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
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
export function validateEventGridEvent(value, options) {
    const errors = [];
    try {
        $checkEventGridEvent(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0 ? { ok: true, value: value } : { ok: false, errors };
}
/**
 * Whether a value is a valid Event Grid envelope.
 *
 * An event in the Event Grid schema: id, subject, eventType, eventTime (RFC 3339), data and dataVersion are required; topic and metadataVersion are optional strings. `data` is not checked here: use dataValidators[eventType].
 */
export function isEventGridEvent(value) {
    try {
        return $isEventGridEvent(value, false);
    }
    catch {
        return false;
    }
}
function $isEventGridEvent(v, s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    if (!$isStringProperty(o1, 'id', o1['id'], true))
        return false;
    if (!$isStringProperty(o1, 'topic', o1['topic'], false))
        return false;
    if (!$isStringProperty(o1, 'subject', o1['subject'], true))
        return false;
    if (!$isStringProperty(o1, 'eventType', o1['eventType'], true))
        return false;
    if (!$isDateTimeProperty(o1, 'eventTime', o1['eventTime'], true))
        return false;
    const v2 = o1['data'];
    if (!$own(o1, 'data', v2))
        return false;
    if (!$isStringProperty(o1, 'dataVersion', o1['dataVersion'], true))
        return false;
    if (!$isStringProperty(o1, 'metadataVersion', o1['metadataVersion'], false))
        return false;
    if (s) {
        if (!$onlyKeys(o1, [
            'id',
            'topic',
            'subject',
            'eventType',
            'eventTime',
            'data',
            'dataVersion',
            'metadataVersion',
        ]))
            return false;
    }
    return true;
}
function $checkEventGridEvent(v, p, e, s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
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
export function validateCloudEvent(value, options) {
    const errors = [];
    try {
        $checkCloudEvent(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0 ? { ok: true, value: value } : { ok: false, errors };
}
/**
 * Whether a value is a valid CloudEvents 1.0 envelope.
 *
 * An event in the CloudEvents 1.0 JSON format: specversion "1.0", id, source and type are required; subject, datacontenttype and dataschema are optional strings, time an optional RFC 3339 date-time, data anything. `data` is not checked here: use dataValidators[type].
 */
export function isCloudEvent(value) {
    try {
        return $isCloudEvent(value, false);
    }
    catch {
        return false;
    }
}
function $isCloudEvent(v, s) {
    if (!$isObject(v))
        return false;
    const o1 = v;
    const v2 = o1['specversion'];
    if (!$own(o1, 'specversion', v2))
        return false;
    if (typeof v2 !== 'string')
        return false;
    if (v2 !== '1.0')
        return false;
    if (!$isStringProperty(o1, 'id', o1['id'], true))
        return false;
    if (!$isStringProperty(o1, 'source', o1['source'], true))
        return false;
    if (!$isStringProperty(o1, 'type', o1['type'], true))
        return false;
    if (!$isStringProperty(o1, 'subject', o1['subject'], false))
        return false;
    if (!$isDateTimeProperty(o1, 'time', o1['time'], false))
        return false;
    if (!$isStringProperty(o1, 'datacontenttype', o1['datacontenttype'], false))
        return false;
    if (!$isStringProperty(o1, 'dataschema', o1['dataschema'], false))
        return false;
    if (s) {
        if (!$onlyKeys(o1, [
            'specversion',
            'id',
            'source',
            'type',
            'subject',
            'time',
            'datacontenttype',
            'dataschema',
            'data',
        ]))
            return false;
    }
    return true;
}
function $checkCloudEvent(v, p, e, s) {
    if ($checkObject(e, p, v)) {
        const o1 = v;
        const v2 = o1['specversion'];
        if ($has(e, p, o1, 'specversion', v2, '"1.0"')) {
            if (typeof v2 !== 'string') {
                $fail(e, p + '/specversion', 'must be a string', 'string', $type(v2));
            }
            else {
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
export const dataValidators = /* @__PURE__ */ $nullProto({
    'Microsoft.Communication.ChatMessageReceived': validateAcsChatMessageReceivedEventData,
    'Microsoft.Communication.InstantMessageReceived': validateAcsInstantMessageReceivedEventData,
    'Microsoft.Communication.SMSReceived': validateAcsSmsReceivedEventData,
});
/** The data type guard of every event type. */
export const dataGuards = 
/* @__PURE__ */ $nullProto({
    'Microsoft.Communication.ChatMessageReceived': isAcsChatMessageReceivedEventData,
    'Microsoft.Communication.InstantMessageReceived': isAcsInstantMessageReceivedEventData,
    'Microsoft.Communication.SMSReceived': isAcsSmsReceivedEventData,
});
