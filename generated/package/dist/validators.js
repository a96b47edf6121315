// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const $hasOwn = Object.prototype.hasOwnProperty;
/**
 * Only own properties are data. A property of an object whose prototype is Object.prototype (or
 * null) is its own when Object.prototype has no such property, which is cheaper to check than
 * hasOwnProperty; anything else (other prototypes, polluted names) takes hasOwnProperty.
 */
const $objectPrototype = Object.prototype;
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
/** Characters JSON.stringify would escape (quotes, backslashes, controls, surrogates). */
const $JSON_ESCAPES = /["\\\u0000-\u001f\ud800-\udfff]/;
/** A short rendering of a scalar for error messages: strings JSON-quoted (and cut when long). */
function $show(v) {
    if (typeof v === 'string') {
        const cut = v.length > 64 ? v.slice(0, 64) + '…' : v;
        return $JSON_ESCAPES.test(cut) ? JSON.stringify(cut) : '"' + cut + '"';
    }
    if (typeof v === 'number' || typeof v === 'boolean' || v === null)
        return String(v);
    return $type(v);
}
/** A property name as a JSON Pointer segment. */
function $esc(key) {
    return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
/** The everyday date-time: every field in range except the day of the month, no leap second. */
const $DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt\s](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:[Zz]|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)$/;
/** RFC 3339 date-time, agreeing with ajv-formats' "date-time" (full mode). */
function $dateTime(s) {
    if (!$DATE_TIME.test(s))
        return $dateTimeSlow(s);
    const day = (s.charCodeAt(8) - 48) * 10 + s.charCodeAt(9) - 48;
    return (day <= 28 ||
        day <=
            $daysInMonth((s.charCodeAt(0) - 48) * 1000 +
                (s.charCodeAt(1) - 48) * 100 +
                (s.charCodeAt(2) - 48) * 10 +
                s.charCodeAt(3) -
                48, (s.charCodeAt(5) - 48) * 10 + s.charCodeAt(6) - 48));
}
function $daysInMonth(year, month) {
    if (month === 2)
        return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** The same shape with every field captured, in any range: what the fast path turned down gets every rule. */
const $DATE_TIME_PARTS = /^(\d{4})-(\d\d)-(\d\d)[Tt\s](\d\d):(\d\d):(\d\d(?:\.\d+)?)(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)$/;
/** Every rule, for what the regular expression turned down: leap seconds, long fractions, invalid text. */
function $dateTimeSlow(s) {
    const m = $DATE_TIME_PARTS.exec(s);
    if (m === null)
        return false;
    const month = Number(m[2]);
    const day = Number(m[3]);
    const offsetHour = m[8] === undefined ? 0 : Number(m[8]);
    const offsetMinute = m[9] === undefined ? 0 : Number(m[9]);
    if (month < 1 ||
        month > 12 ||
        day < 1 ||
        day > $daysInMonth(Number(m[1]), month) ||
        offsetHour > 23 ||
        offsetMinute > 59)
        return false;
    const hour = Number(m[4]);
    const minute = Number(m[5]);
    const second = Number(m[6]);
    if (hour <= 23 && minute <= 59 && second < 60)
        return true;
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
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
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['displayName'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['displayName'] === undefined) || $hasOwn.call(o1, 'displayName')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['participantCommunicationIdentifier'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['participantCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'participantCommunicationIdentifier')))
        return false;
    if (!$isCommunicationIdentifier(v5, s))
        return false;
    if (s) {
        for (const k8 in o1) {
            if ($hasOwn.call(o1, k8) && k8 !== 'displayName' && k8 !== 'participantCommunicationIdentifier')
                return false;
        }
    }
    return true;
}
function $checkChatParticipant(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['displayName'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['displayName'] === undefined) || $hasOwn.call(o1, 'displayName'))) {
            $fail(e, p + '/displayName', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/displayName', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['participantCommunicationIdentifier'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['participantCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'participantCommunicationIdentifier'))) {
            $fail(e, p + '/participantCommunicationIdentifier', 'is required', 'CommunicationIdentifier', 'missing');
        }
        else {
            $checkCommunicationIdentifier(v5, p + '/participantCommunicationIdentifier', e, s);
        }
        if (s) {
            for (const k8 in o1) {
                if ($hasOwn.call(o1, k8) && k8 !== 'displayName' && k8 !== 'participantCommunicationIdentifier') {
                    $fail(e, p + '/' + $esc(k8), 'is not a declared property (strict mode)', 'no such property', $type(o1[k8]));
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['displayName'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['displayName'] === undefined) || $hasOwn.call(o1, 'displayName')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['memberId'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['memberId'] === undefined) || $hasOwn.call(o1, 'memberId')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    if (s) {
        for (const k6 in o1) {
            if ($hasOwn.call(o1, k6) && k6 !== 'displayName' && k6 !== 'memberId')
                return false;
        }
    }
    return true;
}
function $checkChatThreadMember(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['displayName'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['displayName'] === undefined) || $hasOwn.call(o1, 'displayName'))) {
            $fail(e, p + '/displayName', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/displayName', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['memberId'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['memberId'] === undefined) || $hasOwn.call(o1, 'memberId'))) {
            $fail(e, p + '/memberId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/memberId', 'must be a string', 'string', $type(v5));
            }
        }
        if (s) {
            for (const k6 in o1) {
                if ($hasOwn.call(o1, k6) && k6 !== 'displayName' && k6 !== 'memberId') {
                    $fail(e, p + '/' + $esc(k6), 'is not a declared property (strict mode)', 'no such property', $type(o1[k6]));
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['topic'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 !== undefined &&
        ((plain2 && $objectPrototype['topic'] === undefined) || $hasOwn.call(o1, 'topic'))) {
        if (typeof v3 !== 'string')
            return false;
    }
    return true;
}
function $checkChatThreadProperties(v, p, e, _s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['topic'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 !== undefined &&
            ((plain2 && $objectPrototype['topic'] === undefined) || $hasOwn.call(o1, 'topic'))) {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/topic', 'must be a string', 'string', $type(v3));
            }
        }
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['rawId'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined || !((plain2 && $objectPrototype['rawId'] === undefined) || $hasOwn.call(o1, 'rawId')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['communicationUser'];
    if (v5 !== undefined &&
        ((plain2 && $objectPrototype['communicationUser'] === undefined) || $hasOwn.call(o1, 'communicationUser'))) {
        if (!$isCommunicationUserIdentifier(v5, s))
            return false;
    }
    const v8 = o1['phoneNumber'];
    if (v8 !== undefined &&
        ((plain2 && $objectPrototype['phoneNumber'] === undefined) || $hasOwn.call(o1, 'phoneNumber'))) {
        if (!$isPhoneNumberIdentifier(v8, s))
            return false;
    }
    const v11 = o1['microsoftTeamsUser'];
    if (v11 !== undefined &&
        ((plain2 && $objectPrototype['microsoftTeamsUser'] === undefined) ||
            $hasOwn.call(o1, 'microsoftTeamsUser'))) {
        if (!$isMicrosoftTeamsUserIdentifier(v11, s))
            return false;
    }
    if (s) {
        for (const k14 in o1) {
            if ($hasOwn.call(o1, k14) &&
                k14 !== 'rawId' &&
                k14 !== 'communicationUser' &&
                k14 !== 'phoneNumber' &&
                k14 !== 'microsoftTeamsUser')
                return false;
        }
    }
    return true;
}
function $checkCommunicationIdentifier(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['rawId'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['rawId'] === undefined) || $hasOwn.call(o1, 'rawId'))) {
            $fail(e, p + '/rawId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/rawId', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['communicationUser'];
        if (v5 !== undefined &&
            ((plain2 && $objectPrototype['communicationUser'] === undefined) ||
                $hasOwn.call(o1, 'communicationUser'))) {
            $checkCommunicationUserIdentifier(v5, p + '/communicationUser', e, s);
        }
        const v8 = o1['phoneNumber'];
        if (v8 !== undefined &&
            ((plain2 && $objectPrototype['phoneNumber'] === undefined) || $hasOwn.call(o1, 'phoneNumber'))) {
            $checkPhoneNumberIdentifier(v8, p + '/phoneNumber', e, s);
        }
        const v11 = o1['microsoftTeamsUser'];
        if (v11 !== undefined &&
            ((plain2 && $objectPrototype['microsoftTeamsUser'] === undefined) ||
                $hasOwn.call(o1, 'microsoftTeamsUser'))) {
            $checkMicrosoftTeamsUserIdentifier(v11, p + '/microsoftTeamsUser', e, s);
        }
        if (s) {
            for (const k14 in o1) {
                if ($hasOwn.call(o1, k14) &&
                    k14 !== 'rawId' &&
                    k14 !== 'communicationUser' &&
                    k14 !== 'phoneNumber' &&
                    k14 !== 'microsoftTeamsUser') {
                    $fail(e, p + '/' + $esc(k14), 'is not a declared property (strict mode)', 'no such property', $type(o1[k14]));
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['id'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined || !((plain2 && $objectPrototype['id'] === undefined) || $hasOwn.call(o1, 'id')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (s) {
        for (const k5 in o1) {
            if ($hasOwn.call(o1, k5) && k5 !== 'id')
                return false;
        }
    }
    return true;
}
function $checkCommunicationUserIdentifier(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['id'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined || !((plain2 && $objectPrototype['id'] === undefined) || $hasOwn.call(o1, 'id'))) {
            $fail(e, p + '/id', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/id', 'must be a string', 'string', $type(v3));
            }
        }
        if (s) {
            for (const k5 in o1) {
                if ($hasOwn.call(o1, k5) && k5 !== 'id') {
                    $fail(e, p + '/' + $esc(k5), 'is not a declared property (strict mode)', 'no such property', $type(o1[k5]));
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['userId'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['userId'] === undefined) || $hasOwn.call(o1, 'userId')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['isAnonymous'];
    if (v5 !== undefined &&
        ((plain2 && $objectPrototype['isAnonymous'] === undefined) || $hasOwn.call(o1, 'isAnonymous'))) {
        if (typeof v5 !== 'boolean')
            return false;
    }
    const v6 = o1['cloud'];
    if (v6 !== undefined &&
        ((plain2 && $objectPrototype['cloud'] === undefined) || $hasOwn.call(o1, 'cloud'))) {
        if (typeof v6 !== 'string')
            return false;
        if (v6 !== 'public' && v6 !== 'dod' && v6 !== 'gcch')
            return false;
    }
    if (s) {
        for (const k7 in o1) {
            if ($hasOwn.call(o1, k7) && k7 !== 'userId' && k7 !== 'isAnonymous' && k7 !== 'cloud')
                return false;
        }
    }
    return true;
}
function $checkMicrosoftTeamsUserIdentifier(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['userId'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['userId'] === undefined) || $hasOwn.call(o1, 'userId'))) {
            $fail(e, p + '/userId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/userId', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['isAnonymous'];
        if (v5 !== undefined &&
            ((plain2 && $objectPrototype['isAnonymous'] === undefined) || $hasOwn.call(o1, 'isAnonymous'))) {
            if (typeof v5 !== 'boolean') {
                $fail(e, p + '/isAnonymous', 'must be a boolean', 'boolean', $type(v5));
            }
        }
        const v6 = o1['cloud'];
        if (v6 !== undefined &&
            ((plain2 && $objectPrototype['cloud'] === undefined) || $hasOwn.call(o1, 'cloud'))) {
            if (typeof v6 !== 'string') {
                $fail(e, p + '/cloud', 'must be a string', 'string', $type(v6));
            }
            else {
                if (v6 !== 'public' && v6 !== 'dod' && v6 !== 'gcch') {
                    $fail(e, p + '/cloud', 'must be one of "public" | "dod" | "gcch"', '"public" | "dod" | "gcch"', $show(v6));
                }
            }
        }
        if (s) {
            for (const k7 in o1) {
                if ($hasOwn.call(o1, k7) && k7 !== 'userId' && k7 !== 'isAnonymous' && k7 !== 'cloud') {
                    $fail(e, p + '/' + $esc(k7), 'is not a declared property (strict mode)', 'no such property', $type(o1[k7]));
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['value'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined || !((plain2 && $objectPrototype['value'] === undefined) || $hasOwn.call(o1, 'value')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (s) {
        for (const k5 in o1) {
            if ($hasOwn.call(o1, k5) && k5 !== 'value')
                return false;
        }
    }
    return true;
}
function $checkPhoneNumberIdentifier(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['value'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['value'] === undefined) || $hasOwn.call(o1, 'value'))) {
            $fail(e, p + '/value', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/value', 'must be a string', 'string', $type(v3));
            }
        }
        if (s) {
            for (const k5 in o1) {
                if ($hasOwn.call(o1, k5) && k5 !== 'value') {
                    $fail(e, p + '/' + $esc(k5), 'is not a declared property (strict mode)', 'no such property', $type(o1[k5]));
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['timestamp'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['timestamp'] === undefined) || $hasOwn.call(o1, 'timestamp')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (!$dateTime(v3))
        return false;
    const v5 = o1['segmentsSucceeded'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['segmentsSucceeded'] === undefined) ||
            $hasOwn.call(o1, 'segmentsSucceeded')))
        return false;
    if (typeof v5 !== 'number' || !Number.isInteger(v5))
        return false;
    const v6 = o1['segmentsFailed'];
    if (v6 === undefined ||
        !((plain2 && $objectPrototype['segmentsFailed'] === undefined) || $hasOwn.call(o1, 'segmentsFailed')))
        return false;
    if (typeof v6 !== 'number' || !Number.isInteger(v6))
        return false;
    if (s) {
        for (const k7 in o1) {
            if ($hasOwn.call(o1, k7) && k7 !== 'timestamp' && k7 !== 'segmentsSucceeded' && k7 !== 'segmentsFailed')
                return false;
        }
    }
    return true;
}
function $checkSmsDeliveryAttempt(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['timestamp'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['timestamp'] === undefined) || $hasOwn.call(o1, 'timestamp'))) {
            $fail(e, p + '/timestamp', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/timestamp', 'must be a string', 'string', $type(v3));
            }
            else {
                if (!$dateTime(v3)) {
                    $fail(e, p + '/timestamp', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v3));
                }
            }
        }
        const v5 = o1['segmentsSucceeded'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['segmentsSucceeded'] === undefined) ||
                $hasOwn.call(o1, 'segmentsSucceeded'))) {
            $fail(e, p + '/segmentsSucceeded', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
                $fail(e, p + '/segmentsSucceeded', 'must be an integer', 'integer', $type(v5));
            }
        }
        const v6 = o1['segmentsFailed'];
        if (v6 === undefined ||
            !((plain2 && $objectPrototype['segmentsFailed'] === undefined) || $hasOwn.call(o1, 'segmentsFailed'))) {
            $fail(e, p + '/segmentsFailed', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v6 !== 'number' || !Number.isInteger(v6)) {
                $fail(e, p + '/segmentsFailed', 'must be an integer', 'integer', $type(v6));
            }
        }
        if (s) {
            for (const k7 in o1) {
                if ($hasOwn.call(o1, k7) &&
                    k7 !== 'timestamp' &&
                    k7 !== 'segmentsSucceeded' &&
                    k7 !== 'segmentsFailed') {
                    $fail(e, p + '/' + $esc(k7), 'is not a declared property (strict mode)', 'no such property', $type(o1[k7]));
                }
            }
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
export function validateAcsChatMemberAddedToThreadWithUserEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatMemberAddedToThreadWithUserEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMemberAddedToThreadWithUser event.
 *
 * Published when the user is added as member to a chat thread.
 *
 * @deprecated The service no longer sends Microsoft.Communication.ChatMemberAddedToThreadWithUser; see Microsoft.Communication.ChatParticipantAddedToThreadWithUser.
 */
export function isAcsChatMemberAddedToThreadWithUserEventData(value) {
    try {
        return $isAcsChatMemberAddedToThreadWithUserEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatMemberAddedToThreadWithUserEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['time'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined || !((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (!$dateTime(v3))
        return false;
    const v5 = o1['addedBy'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['addedBy'] === undefined) || $hasOwn.call(o1, 'addedBy')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['memberAdded'];
    if (v6 === undefined ||
        !((plain2 && $objectPrototype['memberAdded'] === undefined) || $hasOwn.call(o1, 'memberAdded')))
        return false;
    if (!$isChatThreadMember(v6, s))
        return false;
    const v9 = o1['createTime'];
    if (v9 === undefined ||
        !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime')))
        return false;
    if (typeof v9 !== 'string')
        return false;
    if (!$dateTime(v9))
        return false;
    const v10 = o1['version'];
    if (v10 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v10 !== 'number' || !Number.isInteger(v10))
        return false;
    const v11 = o1['recipientId'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId')))
        return false;
    if (typeof v11 !== 'string')
        return false;
    const v12 = o1['transactionId'];
    if (v12 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v12 !== 'string')
        return false;
    const v13 = o1['threadId'];
    if (v13 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v13 !== 'string')
        return false;
    if (s) {
        for (const k14 in o1) {
            if ($hasOwn.call(o1, k14) &&
                k14 !== 'time' &&
                k14 !== 'addedBy' &&
                k14 !== 'memberAdded' &&
                k14 !== 'createTime' &&
                k14 !== 'version' &&
                k14 !== 'recipientId' &&
                k14 !== 'transactionId' &&
                k14 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatMemberAddedToThreadWithUserEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['time'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time'))) {
            $fail(e, p + '/time', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/time', 'must be a string', 'string', $type(v3));
            }
            else {
                if (!$dateTime(v3)) {
                    $fail(e, p + '/time', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v3));
                }
            }
        }
        const v5 = o1['addedBy'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['addedBy'] === undefined) || $hasOwn.call(o1, 'addedBy'))) {
            $fail(e, p + '/addedBy', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/addedBy', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['memberAdded'];
        if (v6 === undefined ||
            !((plain2 && $objectPrototype['memberAdded'] === undefined) || $hasOwn.call(o1, 'memberAdded'))) {
            $fail(e, p + '/memberAdded', 'is required', 'ChatThreadMember', 'missing');
        }
        else {
            $checkChatThreadMember(v6, p + '/memberAdded', e, s);
        }
        const v9 = o1['createTime'];
        if (v9 === undefined ||
            !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime'))) {
            $fail(e, p + '/createTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v9 !== 'string') {
                $fail(e, p + '/createTime', 'must be a string', 'string', $type(v9));
            }
            else {
                if (!$dateTime(v9)) {
                    $fail(e, p + '/createTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v9));
                }
            }
        }
        const v10 = o1['version'];
        if (v10 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v10 !== 'number' || !Number.isInteger(v10)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v10));
            }
        }
        const v11 = o1['recipientId'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))) {
            $fail(e, p + '/recipientId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v11 !== 'string') {
                $fail(e, p + '/recipientId', 'must be a string', 'string', $type(v11));
            }
        }
        const v12 = o1['transactionId'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v12 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v12));
            }
        }
        const v13 = o1['threadId'];
        if (v13 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v13 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v13));
            }
        }
        if (s) {
            for (const k14 in o1) {
                if ($hasOwn.call(o1, k14) &&
                    k14 !== 'time' &&
                    k14 !== 'addedBy' &&
                    k14 !== 'memberAdded' &&
                    k14 !== 'createTime' &&
                    k14 !== 'version' &&
                    k14 !== 'recipientId' &&
                    k14 !== 'transactionId' &&
                    k14 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k14), 'is not a declared property (strict mode)', 'no such property', $type(o1[k14]));
                }
            }
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
export function validateAcsChatMemberRemovedFromThreadWithUserEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatMemberRemovedFromThreadWithUserEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMemberRemovedFromThreadWithUser event.
 *
 * Published when the user is removed from a chat thread.
 *
 * @deprecated The service no longer sends Microsoft.Communication.ChatMemberRemovedFromThreadWithUser; see Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser.
 */
export function isAcsChatMemberRemovedFromThreadWithUserEventData(value) {
    try {
        return $isAcsChatMemberRemovedFromThreadWithUserEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatMemberRemovedFromThreadWithUserEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['time'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined || !((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (!$dateTime(v3))
        return false;
    const v5 = o1['removedBy'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['removedBy'] === undefined) || $hasOwn.call(o1, 'removedBy')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['memberRemoved'];
    if (v6 === undefined ||
        !((plain2 && $objectPrototype['memberRemoved'] === undefined) || $hasOwn.call(o1, 'memberRemoved')))
        return false;
    if (!$isChatThreadMember(v6, s))
        return false;
    const v9 = o1['createTime'];
    if (v9 === undefined ||
        !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime')))
        return false;
    if (typeof v9 !== 'string')
        return false;
    if (!$dateTime(v9))
        return false;
    const v10 = o1['version'];
    if (v10 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v10 !== 'number' || !Number.isInteger(v10))
        return false;
    const v11 = o1['recipientId'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId')))
        return false;
    if (typeof v11 !== 'string')
        return false;
    const v12 = o1['transactionId'];
    if (v12 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v12 !== 'string')
        return false;
    const v13 = o1['threadId'];
    if (v13 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v13 !== 'string')
        return false;
    if (s) {
        for (const k14 in o1) {
            if ($hasOwn.call(o1, k14) &&
                k14 !== 'time' &&
                k14 !== 'removedBy' &&
                k14 !== 'memberRemoved' &&
                k14 !== 'createTime' &&
                k14 !== 'version' &&
                k14 !== 'recipientId' &&
                k14 !== 'transactionId' &&
                k14 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatMemberRemovedFromThreadWithUserEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['time'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time'))) {
            $fail(e, p + '/time', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/time', 'must be a string', 'string', $type(v3));
            }
            else {
                if (!$dateTime(v3)) {
                    $fail(e, p + '/time', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v3));
                }
            }
        }
        const v5 = o1['removedBy'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['removedBy'] === undefined) || $hasOwn.call(o1, 'removedBy'))) {
            $fail(e, p + '/removedBy', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/removedBy', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['memberRemoved'];
        if (v6 === undefined ||
            !((plain2 && $objectPrototype['memberRemoved'] === undefined) || $hasOwn.call(o1, 'memberRemoved'))) {
            $fail(e, p + '/memberRemoved', 'is required', 'ChatThreadMember', 'missing');
        }
        else {
            $checkChatThreadMember(v6, p + '/memberRemoved', e, s);
        }
        const v9 = o1['createTime'];
        if (v9 === undefined ||
            !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime'))) {
            $fail(e, p + '/createTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v9 !== 'string') {
                $fail(e, p + '/createTime', 'must be a string', 'string', $type(v9));
            }
            else {
                if (!$dateTime(v9)) {
                    $fail(e, p + '/createTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v9));
                }
            }
        }
        const v10 = o1['version'];
        if (v10 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v10 !== 'number' || !Number.isInteger(v10)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v10));
            }
        }
        const v11 = o1['recipientId'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))) {
            $fail(e, p + '/recipientId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v11 !== 'string') {
                $fail(e, p + '/recipientId', 'must be a string', 'string', $type(v11));
            }
        }
        const v12 = o1['transactionId'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v12 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v12));
            }
        }
        const v13 = o1['threadId'];
        if (v13 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v13 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v13));
            }
        }
        if (s) {
            for (const k14 in o1) {
                if ($hasOwn.call(o1, k14) &&
                    k14 !== 'time' &&
                    k14 !== 'removedBy' &&
                    k14 !== 'memberRemoved' &&
                    k14 !== 'createTime' &&
                    k14 !== 'version' &&
                    k14 !== 'recipientId' &&
                    k14 !== 'transactionId' &&
                    k14 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k14), 'is not a declared property (strict mode)', 'no such property', $type(o1[k14]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatMessageDeleted event, reporting every error.
 *
 * Published when a message is deleted in a chat thread that the user is member of.
 */
export function validateAcsChatMessageDeletedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatMessageDeletedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageDeleted event.
 *
 * Published when a message is deleted in a chat thread that the user is member of.
 */
export function isAcsChatMessageDeletedEventData(value) {
    try {
        return $isAcsChatMessageDeletedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatMessageDeletedEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['deleteTime'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['deleteTime'] === undefined) || $hasOwn.call(o1, 'deleteTime')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (!$dateTime(v3))
        return false;
    const v5 = o1['messageId'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['senderId'];
    if (v6 === undefined ||
        !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId')))
        return false;
    if (typeof v6 !== 'string')
        return false;
    const v7 = o1['senderCommunicationIdentifier'];
    if (v7 !== undefined &&
        ((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'senderCommunicationIdentifier'))) {
        if (!$isCommunicationIdentifier(v7, s))
            return false;
    }
    const v10 = o1['senderDisplayName'];
    if (v10 === undefined ||
        !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
            $hasOwn.call(o1, 'senderDisplayName')))
        return false;
    if (typeof v10 !== 'string')
        return false;
    const v11 = o1['composeTime'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime')))
        return false;
    if (typeof v11 !== 'string')
        return false;
    if (!$dateTime(v11))
        return false;
    const v12 = o1['type'];
    if (v12 === undefined || !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type')))
        return false;
    if (typeof v12 !== 'string')
        return false;
    const v13 = o1['version'];
    if (v13 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v13 !== 'number' || !Number.isInteger(v13))
        return false;
    const v14 = o1['recipientId'];
    if (v14 === undefined ||
        !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId')))
        return false;
    if (typeof v14 !== 'string')
        return false;
    const v15 = o1['recipientCommunicationIdentifier'];
    if (v15 !== undefined &&
        ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
        if (!$isCommunicationIdentifier(v15, s))
            return false;
    }
    const v18 = o1['transactionId'];
    if (v18 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v18 !== 'string')
        return false;
    const v19 = o1['threadId'];
    if (v19 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v19 !== 'string')
        return false;
    if (s) {
        for (const k20 in o1) {
            if ($hasOwn.call(o1, k20) &&
                k20 !== 'deleteTime' &&
                k20 !== 'messageId' &&
                k20 !== 'senderId' &&
                k20 !== 'senderCommunicationIdentifier' &&
                k20 !== 'senderDisplayName' &&
                k20 !== 'composeTime' &&
                k20 !== 'type' &&
                k20 !== 'version' &&
                k20 !== 'recipientId' &&
                k20 !== 'recipientCommunicationIdentifier' &&
                k20 !== 'transactionId' &&
                k20 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatMessageDeletedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['deleteTime'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['deleteTime'] === undefined) || $hasOwn.call(o1, 'deleteTime'))) {
            $fail(e, p + '/deleteTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/deleteTime', 'must be a string', 'string', $type(v3));
            }
            else {
                if (!$dateTime(v3)) {
                    $fail(e, p + '/deleteTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v3));
                }
            }
        }
        const v5 = o1['messageId'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))) {
            $fail(e, p + '/messageId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/messageId', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['senderId'];
        if (v6 === undefined ||
            !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId'))) {
            $fail(e, p + '/senderId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v6 !== 'string') {
                $fail(e, p + '/senderId', 'must be a string', 'string', $type(v6));
            }
        }
        const v7 = o1['senderCommunicationIdentifier'];
        if (v7 !== undefined &&
            ((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'senderCommunicationIdentifier'))) {
            $checkCommunicationIdentifier(v7, p + '/senderCommunicationIdentifier', e, s);
        }
        const v10 = o1['senderDisplayName'];
        if (v10 === undefined ||
            !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
                $hasOwn.call(o1, 'senderDisplayName'))) {
            $fail(e, p + '/senderDisplayName', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v10 !== 'string') {
                $fail(e, p + '/senderDisplayName', 'must be a string', 'string', $type(v10));
            }
        }
        const v11 = o1['composeTime'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime'))) {
            $fail(e, p + '/composeTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v11 !== 'string') {
                $fail(e, p + '/composeTime', 'must be a string', 'string', $type(v11));
            }
            else {
                if (!$dateTime(v11)) {
                    $fail(e, p + '/composeTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v11));
                }
            }
        }
        const v12 = o1['type'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type'))) {
            $fail(e, p + '/type', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v12 !== 'string') {
                $fail(e, p + '/type', 'must be a string', 'string', $type(v12));
            }
        }
        const v13 = o1['version'];
        if (v13 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v13 !== 'number' || !Number.isInteger(v13)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v13));
            }
        }
        const v14 = o1['recipientId'];
        if (v14 === undefined ||
            !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))) {
            $fail(e, p + '/recipientId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v14 !== 'string') {
                $fail(e, p + '/recipientId', 'must be a string', 'string', $type(v14));
            }
        }
        const v15 = o1['recipientCommunicationIdentifier'];
        if (v15 !== undefined &&
            ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
            $checkCommunicationIdentifier(v15, p + '/recipientCommunicationIdentifier', e, s);
        }
        const v18 = o1['transactionId'];
        if (v18 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v18 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v18));
            }
        }
        const v19 = o1['threadId'];
        if (v19 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v19 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v19));
            }
        }
        if (s) {
            for (const k20 in o1) {
                if ($hasOwn.call(o1, k20) &&
                    k20 !== 'deleteTime' &&
                    k20 !== 'messageId' &&
                    k20 !== 'senderId' &&
                    k20 !== 'senderCommunicationIdentifier' &&
                    k20 !== 'senderDisplayName' &&
                    k20 !== 'composeTime' &&
                    k20 !== 'type' &&
                    k20 !== 'version' &&
                    k20 !== 'recipientId' &&
                    k20 !== 'recipientCommunicationIdentifier' &&
                    k20 !== 'transactionId' &&
                    k20 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k20), 'is not a declared property (strict mode)', 'no such property', $type(o1[k20]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatMessageDeletedInThread event, reporting every error.
 *
 * Published when a message is deleted in  a chat thread
 */
export function validateAcsChatMessageDeletedInThreadEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatMessageDeletedInThreadEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageDeletedInThread event.
 *
 * Published when a message is deleted in  a chat thread
 */
export function isAcsChatMessageDeletedInThreadEventData(value) {
    try {
        return $isAcsChatMessageDeletedInThreadEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatMessageDeletedInThreadEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['deleteTime'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['deleteTime'] === undefined) || $hasOwn.call(o1, 'deleteTime')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (!$dateTime(v3))
        return false;
    const v5 = o1['messageId'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['type'];
    if (v6 === undefined || !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type')))
        return false;
    if (typeof v6 !== 'string')
        return false;
    const v7 = o1['version'];
    if (v7 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v7 !== 'number' || !Number.isInteger(v7))
        return false;
    const v8 = o1['senderDisplayName'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
            $hasOwn.call(o1, 'senderDisplayName')))
        return false;
    if (typeof v8 !== 'string')
        return false;
    const v9 = o1['senderCommunicationIdentifier'];
    if (v9 === undefined ||
        !((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'senderCommunicationIdentifier')))
        return false;
    if (!$isCommunicationIdentifier(v9, s))
        return false;
    const v12 = o1['composeTime'];
    if (v12 === undefined ||
        !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime')))
        return false;
    if (typeof v12 !== 'string')
        return false;
    if (!$dateTime(v12))
        return false;
    const v13 = o1['transactionId'];
    if (v13 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v13 !== 'string')
        return false;
    const v14 = o1['threadId'];
    if (v14 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v14 !== 'string')
        return false;
    if (s) {
        for (const k15 in o1) {
            if ($hasOwn.call(o1, k15) &&
                k15 !== 'deleteTime' &&
                k15 !== 'messageId' &&
                k15 !== 'type' &&
                k15 !== 'version' &&
                k15 !== 'senderDisplayName' &&
                k15 !== 'senderCommunicationIdentifier' &&
                k15 !== 'composeTime' &&
                k15 !== 'transactionId' &&
                k15 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatMessageDeletedInThreadEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['deleteTime'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['deleteTime'] === undefined) || $hasOwn.call(o1, 'deleteTime'))) {
            $fail(e, p + '/deleteTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/deleteTime', 'must be a string', 'string', $type(v3));
            }
            else {
                if (!$dateTime(v3)) {
                    $fail(e, p + '/deleteTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v3));
                }
            }
        }
        const v5 = o1['messageId'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))) {
            $fail(e, p + '/messageId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/messageId', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['type'];
        if (v6 === undefined ||
            !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type'))) {
            $fail(e, p + '/type', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v6 !== 'string') {
                $fail(e, p + '/type', 'must be a string', 'string', $type(v6));
            }
        }
        const v7 = o1['version'];
        if (v7 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v7 !== 'number' || !Number.isInteger(v7)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v7));
            }
        }
        const v8 = o1['senderDisplayName'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
                $hasOwn.call(o1, 'senderDisplayName'))) {
            $fail(e, p + '/senderDisplayName', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v8 !== 'string') {
                $fail(e, p + '/senderDisplayName', 'must be a string', 'string', $type(v8));
            }
        }
        const v9 = o1['senderCommunicationIdentifier'];
        if (v9 === undefined ||
            !((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'senderCommunicationIdentifier'))) {
            $fail(e, p + '/senderCommunicationIdentifier', 'is required', 'CommunicationIdentifier', 'missing');
        }
        else {
            $checkCommunicationIdentifier(v9, p + '/senderCommunicationIdentifier', e, s);
        }
        const v12 = o1['composeTime'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime'))) {
            $fail(e, p + '/composeTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v12 !== 'string') {
                $fail(e, p + '/composeTime', 'must be a string', 'string', $type(v12));
            }
            else {
                if (!$dateTime(v12)) {
                    $fail(e, p + '/composeTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v12));
                }
            }
        }
        const v13 = o1['transactionId'];
        if (v13 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v13 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v13));
            }
        }
        const v14 = o1['threadId'];
        if (v14 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v14 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v14));
            }
        }
        if (s) {
            for (const k15 in o1) {
                if ($hasOwn.call(o1, k15) &&
                    k15 !== 'deleteTime' &&
                    k15 !== 'messageId' &&
                    k15 !== 'type' &&
                    k15 !== 'version' &&
                    k15 !== 'senderDisplayName' &&
                    k15 !== 'senderCommunicationIdentifier' &&
                    k15 !== 'composeTime' &&
                    k15 !== 'transactionId' &&
                    k15 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k15), 'is not a declared property (strict mode)', 'no such property', $type(o1[k15]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatMessageEdited event, reporting every error.
 *
 * Published when a message is edited in a chat thread that the user is member of.
 */
export function validateAcsChatMessageEditedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatMessageEditedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageEdited event.
 *
 * Published when a message is edited in a chat thread that the user is member of.
 */
export function isAcsChatMessageEditedEventData(value) {
    try {
        return $isAcsChatMessageEditedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatMessageEditedEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['editTime'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['editTime'] === undefined) || $hasOwn.call(o1, 'editTime')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (!$dateTime(v3))
        return false;
    const v5 = o1['messageBody'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['messageId'];
    if (v6 === undefined ||
        !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId')))
        return false;
    if (typeof v6 !== 'string')
        return false;
    const v7 = o1['metadata'];
    if (v7 !== undefined &&
        ((plain2 && $objectPrototype['metadata'] === undefined) || $hasOwn.call(o1, 'metadata'))) {
        if (!$isChatMessageMetadata(v7, s))
            return false;
    }
    const v10 = o1['senderId'];
    if (v10 === undefined ||
        !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId')))
        return false;
    if (typeof v10 !== 'string')
        return false;
    const v11 = o1['senderCommunicationIdentifier'];
    if (v11 !== undefined &&
        ((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'senderCommunicationIdentifier'))) {
        if (!$isCommunicationIdentifier(v11, s))
            return false;
    }
    const v14 = o1['senderDisplayName'];
    if (v14 === undefined ||
        !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
            $hasOwn.call(o1, 'senderDisplayName')))
        return false;
    if (typeof v14 !== 'string')
        return false;
    const v15 = o1['composeTime'];
    if (v15 === undefined ||
        !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime')))
        return false;
    if (typeof v15 !== 'string')
        return false;
    if (!$dateTime(v15))
        return false;
    const v16 = o1['type'];
    if (v16 === undefined || !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type')))
        return false;
    if (typeof v16 !== 'string')
        return false;
    const v17 = o1['version'];
    if (v17 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v17 !== 'number' || !Number.isInteger(v17))
        return false;
    const v18 = o1['recipientId'];
    if (v18 === undefined ||
        !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId')))
        return false;
    if (typeof v18 !== 'string')
        return false;
    const v19 = o1['recipientCommunicationIdentifier'];
    if (v19 !== undefined &&
        ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
        if (!$isCommunicationIdentifier(v19, s))
            return false;
    }
    const v22 = o1['transactionId'];
    if (v22 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v22 !== 'string')
        return false;
    const v23 = o1['threadId'];
    if (v23 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v23 !== 'string')
        return false;
    if (s) {
        for (const k24 in o1) {
            if ($hasOwn.call(o1, k24) &&
                k24 !== 'editTime' &&
                k24 !== 'messageBody' &&
                k24 !== 'messageId' &&
                k24 !== 'metadata' &&
                k24 !== 'senderId' &&
                k24 !== 'senderCommunicationIdentifier' &&
                k24 !== 'senderDisplayName' &&
                k24 !== 'composeTime' &&
                k24 !== 'type' &&
                k24 !== 'version' &&
                k24 !== 'recipientId' &&
                k24 !== 'recipientCommunicationIdentifier' &&
                k24 !== 'transactionId' &&
                k24 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatMessageEditedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['editTime'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['editTime'] === undefined) || $hasOwn.call(o1, 'editTime'))) {
            $fail(e, p + '/editTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/editTime', 'must be a string', 'string', $type(v3));
            }
            else {
                if (!$dateTime(v3)) {
                    $fail(e, p + '/editTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v3));
                }
            }
        }
        const v5 = o1['messageBody'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody'))) {
            $fail(e, p + '/messageBody', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/messageBody', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['messageId'];
        if (v6 === undefined ||
            !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))) {
            $fail(e, p + '/messageId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v6 !== 'string') {
                $fail(e, p + '/messageId', 'must be a string', 'string', $type(v6));
            }
        }
        const v7 = o1['metadata'];
        if (v7 !== undefined &&
            ((plain2 && $objectPrototype['metadata'] === undefined) || $hasOwn.call(o1, 'metadata'))) {
            $checkChatMessageMetadata(v7, p + '/metadata', e, s);
        }
        const v10 = o1['senderId'];
        if (v10 === undefined ||
            !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId'))) {
            $fail(e, p + '/senderId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v10 !== 'string') {
                $fail(e, p + '/senderId', 'must be a string', 'string', $type(v10));
            }
        }
        const v11 = o1['senderCommunicationIdentifier'];
        if (v11 !== undefined &&
            ((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'senderCommunicationIdentifier'))) {
            $checkCommunicationIdentifier(v11, p + '/senderCommunicationIdentifier', e, s);
        }
        const v14 = o1['senderDisplayName'];
        if (v14 === undefined ||
            !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
                $hasOwn.call(o1, 'senderDisplayName'))) {
            $fail(e, p + '/senderDisplayName', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v14 !== 'string') {
                $fail(e, p + '/senderDisplayName', 'must be a string', 'string', $type(v14));
            }
        }
        const v15 = o1['composeTime'];
        if (v15 === undefined ||
            !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime'))) {
            $fail(e, p + '/composeTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v15 !== 'string') {
                $fail(e, p + '/composeTime', 'must be a string', 'string', $type(v15));
            }
            else {
                if (!$dateTime(v15)) {
                    $fail(e, p + '/composeTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v15));
                }
            }
        }
        const v16 = o1['type'];
        if (v16 === undefined ||
            !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type'))) {
            $fail(e, p + '/type', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v16 !== 'string') {
                $fail(e, p + '/type', 'must be a string', 'string', $type(v16));
            }
        }
        const v17 = o1['version'];
        if (v17 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v17 !== 'number' || !Number.isInteger(v17)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v17));
            }
        }
        const v18 = o1['recipientId'];
        if (v18 === undefined ||
            !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))) {
            $fail(e, p + '/recipientId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v18 !== 'string') {
                $fail(e, p + '/recipientId', 'must be a string', 'string', $type(v18));
            }
        }
        const v19 = o1['recipientCommunicationIdentifier'];
        if (v19 !== undefined &&
            ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
            $checkCommunicationIdentifier(v19, p + '/recipientCommunicationIdentifier', e, s);
        }
        const v22 = o1['transactionId'];
        if (v22 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v22 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v22));
            }
        }
        const v23 = o1['threadId'];
        if (v23 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v23 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v23));
            }
        }
        if (s) {
            for (const k24 in o1) {
                if ($hasOwn.call(o1, k24) &&
                    k24 !== 'editTime' &&
                    k24 !== 'messageBody' &&
                    k24 !== 'messageId' &&
                    k24 !== 'metadata' &&
                    k24 !== 'senderId' &&
                    k24 !== 'senderCommunicationIdentifier' &&
                    k24 !== 'senderDisplayName' &&
                    k24 !== 'composeTime' &&
                    k24 !== 'type' &&
                    k24 !== 'version' &&
                    k24 !== 'recipientId' &&
                    k24 !== 'recipientCommunicationIdentifier' &&
                    k24 !== 'transactionId' &&
                    k24 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k24), 'is not a declared property (strict mode)', 'no such property', $type(o1[k24]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatMessageEditedInThread event, reporting every error.
 *
 * Published when a message is edited in a chat thread
 */
export function validateAcsChatMessageEditedInThreadEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatMessageEditedInThreadEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageEditedInThread event.
 *
 * Published when a message is edited in a chat thread
 */
export function isAcsChatMessageEditedInThreadEventData(value) {
    try {
        return $isAcsChatMessageEditedInThreadEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatMessageEditedInThreadEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['editTime'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['editTime'] === undefined) || $hasOwn.call(o1, 'editTime')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (!$dateTime(v3))
        return false;
    const v5 = o1['messageBody'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['messageId'];
    if (v6 === undefined ||
        !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId')))
        return false;
    if (typeof v6 !== 'string')
        return false;
    const v7 = o1['metadata'];
    if (v7 !== undefined &&
        ((plain2 && $objectPrototype['metadata'] === undefined) || $hasOwn.call(o1, 'metadata'))) {
        if (!$isChatMessageMetadata(v7, s))
            return false;
    }
    const v10 = o1['type'];
    if (v10 === undefined || !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type')))
        return false;
    if (typeof v10 !== 'string')
        return false;
    const v11 = o1['version'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v11 !== 'number' || !Number.isInteger(v11))
        return false;
    const v12 = o1['senderDisplayName'];
    if (v12 === undefined ||
        !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
            $hasOwn.call(o1, 'senderDisplayName')))
        return false;
    if (typeof v12 !== 'string')
        return false;
    const v13 = o1['senderCommunicationIdentifier'];
    if (v13 === undefined ||
        !((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'senderCommunicationIdentifier')))
        return false;
    if (!$isCommunicationIdentifier(v13, s))
        return false;
    const v16 = o1['composeTime'];
    if (v16 === undefined ||
        !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime')))
        return false;
    if (typeof v16 !== 'string')
        return false;
    if (!$dateTime(v16))
        return false;
    const v17 = o1['transactionId'];
    if (v17 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v17 !== 'string')
        return false;
    const v18 = o1['threadId'];
    if (v18 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v18 !== 'string')
        return false;
    if (s) {
        for (const k19 in o1) {
            if ($hasOwn.call(o1, k19) &&
                k19 !== 'editTime' &&
                k19 !== 'messageBody' &&
                k19 !== 'messageId' &&
                k19 !== 'metadata' &&
                k19 !== 'type' &&
                k19 !== 'version' &&
                k19 !== 'senderDisplayName' &&
                k19 !== 'senderCommunicationIdentifier' &&
                k19 !== 'composeTime' &&
                k19 !== 'transactionId' &&
                k19 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatMessageEditedInThreadEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['editTime'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['editTime'] === undefined) || $hasOwn.call(o1, 'editTime'))) {
            $fail(e, p + '/editTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/editTime', 'must be a string', 'string', $type(v3));
            }
            else {
                if (!$dateTime(v3)) {
                    $fail(e, p + '/editTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v3));
                }
            }
        }
        const v5 = o1['messageBody'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody'))) {
            $fail(e, p + '/messageBody', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/messageBody', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['messageId'];
        if (v6 === undefined ||
            !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))) {
            $fail(e, p + '/messageId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v6 !== 'string') {
                $fail(e, p + '/messageId', 'must be a string', 'string', $type(v6));
            }
        }
        const v7 = o1['metadata'];
        if (v7 !== undefined &&
            ((plain2 && $objectPrototype['metadata'] === undefined) || $hasOwn.call(o1, 'metadata'))) {
            $checkChatMessageMetadata(v7, p + '/metadata', e, s);
        }
        const v10 = o1['type'];
        if (v10 === undefined ||
            !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type'))) {
            $fail(e, p + '/type', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v10 !== 'string') {
                $fail(e, p + '/type', 'must be a string', 'string', $type(v10));
            }
        }
        const v11 = o1['version'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v11 !== 'number' || !Number.isInteger(v11)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v11));
            }
        }
        const v12 = o1['senderDisplayName'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
                $hasOwn.call(o1, 'senderDisplayName'))) {
            $fail(e, p + '/senderDisplayName', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v12 !== 'string') {
                $fail(e, p + '/senderDisplayName', 'must be a string', 'string', $type(v12));
            }
        }
        const v13 = o1['senderCommunicationIdentifier'];
        if (v13 === undefined ||
            !((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'senderCommunicationIdentifier'))) {
            $fail(e, p + '/senderCommunicationIdentifier', 'is required', 'CommunicationIdentifier', 'missing');
        }
        else {
            $checkCommunicationIdentifier(v13, p + '/senderCommunicationIdentifier', e, s);
        }
        const v16 = o1['composeTime'];
        if (v16 === undefined ||
            !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime'))) {
            $fail(e, p + '/composeTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v16 !== 'string') {
                $fail(e, p + '/composeTime', 'must be a string', 'string', $type(v16));
            }
            else {
                if (!$dateTime(v16)) {
                    $fail(e, p + '/composeTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v16));
                }
            }
        }
        const v17 = o1['transactionId'];
        if (v17 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v17 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v17));
            }
        }
        const v18 = o1['threadId'];
        if (v18 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v18 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v18));
            }
        }
        if (s) {
            for (const k19 in o1) {
                if ($hasOwn.call(o1, k19) &&
                    k19 !== 'editTime' &&
                    k19 !== 'messageBody' &&
                    k19 !== 'messageId' &&
                    k19 !== 'metadata' &&
                    k19 !== 'type' &&
                    k19 !== 'version' &&
                    k19 !== 'senderDisplayName' &&
                    k19 !== 'senderCommunicationIdentifier' &&
                    k19 !== 'composeTime' &&
                    k19 !== 'transactionId' &&
                    k19 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k19), 'is not a declared property (strict mode)', 'no such property', $type(o1[k19]));
                }
            }
        }
    }
}
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['messageBody'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['messageId'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['metadata'];
    if (v6 !== undefined &&
        ((plain2 && $objectPrototype['metadata'] === undefined) || $hasOwn.call(o1, 'metadata'))) {
        if (!$isChatMessageMetadata(v6, s))
            return false;
    }
    const v9 = o1['senderId'];
    if (v9 === undefined ||
        !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId')))
        return false;
    if (typeof v9 !== 'string')
        return false;
    const v10 = o1['senderCommunicationIdentifier'];
    if (v10 !== undefined &&
        ((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'senderCommunicationIdentifier'))) {
        if (!$isCommunicationIdentifier(v10, s))
            return false;
    }
    const v13 = o1['senderDisplayName'];
    if (v13 === undefined ||
        !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
            $hasOwn.call(o1, 'senderDisplayName')))
        return false;
    if (typeof v13 !== 'string')
        return false;
    const v14 = o1['composeTime'];
    if (v14 === undefined ||
        !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime')))
        return false;
    if (typeof v14 !== 'string')
        return false;
    if (!$dateTime(v14))
        return false;
    const v15 = o1['type'];
    if (v15 === undefined || !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type')))
        return false;
    if (typeof v15 !== 'string')
        return false;
    const v16 = o1['version'];
    if (v16 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v16 !== 'number' || !Number.isInteger(v16))
        return false;
    const v17 = o1['recipientId'];
    if (v17 === undefined ||
        !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId')))
        return false;
    if (typeof v17 !== 'string')
        return false;
    const v18 = o1['recipientCommunicationIdentifier'];
    if (v18 !== undefined &&
        ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
        if (!$isCommunicationIdentifier(v18, s))
            return false;
    }
    const v21 = o1['transactionId'];
    if (v21 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v21 !== 'string')
        return false;
    const v22 = o1['threadId'];
    if (v22 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v22 !== 'string')
        return false;
    if (s) {
        for (const k23 in o1) {
            if ($hasOwn.call(o1, k23) &&
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
                k23 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatMessageReceivedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['messageBody'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody'))) {
            $fail(e, p + '/messageBody', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/messageBody', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['messageId'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))) {
            $fail(e, p + '/messageId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/messageId', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['metadata'];
        if (v6 !== undefined &&
            ((plain2 && $objectPrototype['metadata'] === undefined) || $hasOwn.call(o1, 'metadata'))) {
            $checkChatMessageMetadata(v6, p + '/metadata', e, s);
        }
        const v9 = o1['senderId'];
        if (v9 === undefined ||
            !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId'))) {
            $fail(e, p + '/senderId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v9 !== 'string') {
                $fail(e, p + '/senderId', 'must be a string', 'string', $type(v9));
            }
        }
        const v10 = o1['senderCommunicationIdentifier'];
        if (v10 !== undefined &&
            ((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'senderCommunicationIdentifier'))) {
            $checkCommunicationIdentifier(v10, p + '/senderCommunicationIdentifier', e, s);
        }
        const v13 = o1['senderDisplayName'];
        if (v13 === undefined ||
            !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
                $hasOwn.call(o1, 'senderDisplayName'))) {
            $fail(e, p + '/senderDisplayName', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v13 !== 'string') {
                $fail(e, p + '/senderDisplayName', 'must be a string', 'string', $type(v13));
            }
        }
        const v14 = o1['composeTime'];
        if (v14 === undefined ||
            !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime'))) {
            $fail(e, p + '/composeTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v14 !== 'string') {
                $fail(e, p + '/composeTime', 'must be a string', 'string', $type(v14));
            }
            else {
                if (!$dateTime(v14)) {
                    $fail(e, p + '/composeTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v14));
                }
            }
        }
        const v15 = o1['type'];
        if (v15 === undefined ||
            !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type'))) {
            $fail(e, p + '/type', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v15 !== 'string') {
                $fail(e, p + '/type', 'must be a string', 'string', $type(v15));
            }
        }
        const v16 = o1['version'];
        if (v16 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v16 !== 'number' || !Number.isInteger(v16)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v16));
            }
        }
        const v17 = o1['recipientId'];
        if (v17 === undefined ||
            !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))) {
            $fail(e, p + '/recipientId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v17 !== 'string') {
                $fail(e, p + '/recipientId', 'must be a string', 'string', $type(v17));
            }
        }
        const v18 = o1['recipientCommunicationIdentifier'];
        if (v18 !== undefined &&
            ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
            $checkCommunicationIdentifier(v18, p + '/recipientCommunicationIdentifier', e, s);
        }
        const v21 = o1['transactionId'];
        if (v21 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v21 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v21));
            }
        }
        const v22 = o1['threadId'];
        if (v22 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v22 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v22));
            }
        }
        if (s) {
            for (const k23 in o1) {
                if ($hasOwn.call(o1, k23) &&
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
                    k23 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k23), 'is not a declared property (strict mode)', 'no such property', $type(o1[k23]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatMessageReceivedInThread event, reporting every error.
 *
 * Published when a message is received in a chat thread
 */
export function validateAcsChatMessageReceivedInThreadEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatMessageReceivedInThreadEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageReceivedInThread event.
 *
 * Published when a message is received in a chat thread
 */
export function isAcsChatMessageReceivedInThreadEventData(value) {
    try {
        return $isAcsChatMessageReceivedInThreadEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatMessageReceivedInThreadEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['messageBody'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['messageId'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['metadata'];
    if (v6 !== undefined &&
        ((plain2 && $objectPrototype['metadata'] === undefined) || $hasOwn.call(o1, 'metadata'))) {
        if (!$isChatMessageMetadata(v6, s))
            return false;
    }
    const v9 = o1['type'];
    if (v9 === undefined || !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type')))
        return false;
    if (typeof v9 !== 'string')
        return false;
    const v10 = o1['version'];
    if (v10 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v10 !== 'number' || !Number.isInteger(v10))
        return false;
    const v11 = o1['senderDisplayName'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
            $hasOwn.call(o1, 'senderDisplayName')))
        return false;
    if (typeof v11 !== 'string')
        return false;
    const v12 = o1['senderCommunicationIdentifier'];
    if (v12 === undefined ||
        !((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'senderCommunicationIdentifier')))
        return false;
    if (!$isCommunicationIdentifier(v12, s))
        return false;
    const v15 = o1['composeTime'];
    if (v15 === undefined ||
        !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime')))
        return false;
    if (typeof v15 !== 'string')
        return false;
    if (!$dateTime(v15))
        return false;
    const v16 = o1['transactionId'];
    if (v16 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v16 !== 'string')
        return false;
    const v17 = o1['threadId'];
    if (v17 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v17 !== 'string')
        return false;
    if (s) {
        for (const k18 in o1) {
            if ($hasOwn.call(o1, k18) &&
                k18 !== 'messageBody' &&
                k18 !== 'messageId' &&
                k18 !== 'metadata' &&
                k18 !== 'type' &&
                k18 !== 'version' &&
                k18 !== 'senderDisplayName' &&
                k18 !== 'senderCommunicationIdentifier' &&
                k18 !== 'composeTime' &&
                k18 !== 'transactionId' &&
                k18 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatMessageReceivedInThreadEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['messageBody'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody'))) {
            $fail(e, p + '/messageBody', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/messageBody', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['messageId'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))) {
            $fail(e, p + '/messageId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/messageId', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['metadata'];
        if (v6 !== undefined &&
            ((plain2 && $objectPrototype['metadata'] === undefined) || $hasOwn.call(o1, 'metadata'))) {
            $checkChatMessageMetadata(v6, p + '/metadata', e, s);
        }
        const v9 = o1['type'];
        if (v9 === undefined ||
            !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type'))) {
            $fail(e, p + '/type', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v9 !== 'string') {
                $fail(e, p + '/type', 'must be a string', 'string', $type(v9));
            }
        }
        const v10 = o1['version'];
        if (v10 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v10 !== 'number' || !Number.isInteger(v10)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v10));
            }
        }
        const v11 = o1['senderDisplayName'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
                $hasOwn.call(o1, 'senderDisplayName'))) {
            $fail(e, p + '/senderDisplayName', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v11 !== 'string') {
                $fail(e, p + '/senderDisplayName', 'must be a string', 'string', $type(v11));
            }
        }
        const v12 = o1['senderCommunicationIdentifier'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['senderCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'senderCommunicationIdentifier'))) {
            $fail(e, p + '/senderCommunicationIdentifier', 'is required', 'CommunicationIdentifier', 'missing');
        }
        else {
            $checkCommunicationIdentifier(v12, p + '/senderCommunicationIdentifier', e, s);
        }
        const v15 = o1['composeTime'];
        if (v15 === undefined ||
            !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime'))) {
            $fail(e, p + '/composeTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v15 !== 'string') {
                $fail(e, p + '/composeTime', 'must be a string', 'string', $type(v15));
            }
            else {
                if (!$dateTime(v15)) {
                    $fail(e, p + '/composeTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v15));
                }
            }
        }
        const v16 = o1['transactionId'];
        if (v16 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v16 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v16));
            }
        }
        const v17 = o1['threadId'];
        if (v17 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v17 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v17));
            }
        }
        if (s) {
            for (const k18 in o1) {
                if ($hasOwn.call(o1, k18) &&
                    k18 !== 'messageBody' &&
                    k18 !== 'messageId' &&
                    k18 !== 'metadata' &&
                    k18 !== 'type' &&
                    k18 !== 'version' &&
                    k18 !== 'senderDisplayName' &&
                    k18 !== 'senderCommunicationIdentifier' &&
                    k18 !== 'composeTime' &&
                    k18 !== 'transactionId' &&
                    k18 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k18), 'is not a declared property (strict mode)', 'no such property', $type(o1[k18]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatParticipantAddedToThreadWithUser event, reporting every error.
 *
 * Published for a user when a new  participant is added to a chat thread, that the user is part of.
 */
export function validateAcsChatParticipantAddedToThreadWithUserEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatParticipantAddedToThreadWithUserEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatParticipantAddedToThreadWithUser event.
 *
 * Published for a user when a new  participant is added to a chat thread, that the user is part of.
 */
export function isAcsChatParticipantAddedToThreadWithUserEventData(value) {
    try {
        return $isAcsChatParticipantAddedToThreadWithUserEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatParticipantAddedToThreadWithUserEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['time'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined || !((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (!$dateTime(v3))
        return false;
    const v5 = o1['addedByCommunicationIdentifier'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['addedByCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'addedByCommunicationIdentifier')))
        return false;
    if (!$isCommunicationIdentifier(v5, s))
        return false;
    const v8 = o1['participantAdded'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['participantAdded'] === undefined) || $hasOwn.call(o1, 'participantAdded')))
        return false;
    if (!$isChatParticipant(v8, s))
        return false;
    const v11 = o1['recipientCommunicationIdentifier'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'recipientCommunicationIdentifier')))
        return false;
    if (!$isCommunicationIdentifier(v11, s))
        return false;
    const v14 = o1['createTime'];
    if (v14 === undefined ||
        !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime')))
        return false;
    if (typeof v14 !== 'string')
        return false;
    if (!$dateTime(v14))
        return false;
    const v15 = o1['version'];
    if (v15 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v15 !== 'number' || !Number.isInteger(v15))
        return false;
    const v16 = o1['transactionId'];
    if (v16 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v16 !== 'string')
        return false;
    const v17 = o1['threadId'];
    if (v17 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v17 !== 'string')
        return false;
    if (s) {
        for (const k18 in o1) {
            if ($hasOwn.call(o1, k18) &&
                k18 !== 'time' &&
                k18 !== 'addedByCommunicationIdentifier' &&
                k18 !== 'participantAdded' &&
                k18 !== 'recipientCommunicationIdentifier' &&
                k18 !== 'createTime' &&
                k18 !== 'version' &&
                k18 !== 'transactionId' &&
                k18 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatParticipantAddedToThreadWithUserEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['time'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time'))) {
            $fail(e, p + '/time', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/time', 'must be a string', 'string', $type(v3));
            }
            else {
                if (!$dateTime(v3)) {
                    $fail(e, p + '/time', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v3));
                }
            }
        }
        const v5 = o1['addedByCommunicationIdentifier'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['addedByCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'addedByCommunicationIdentifier'))) {
            $fail(e, p + '/addedByCommunicationIdentifier', 'is required', 'CommunicationIdentifier', 'missing');
        }
        else {
            $checkCommunicationIdentifier(v5, p + '/addedByCommunicationIdentifier', e, s);
        }
        const v8 = o1['participantAdded'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['participantAdded'] === undefined) ||
                $hasOwn.call(o1, 'participantAdded'))) {
            $fail(e, p + '/participantAdded', 'is required', 'ChatParticipant', 'missing');
        }
        else {
            $checkChatParticipant(v8, p + '/participantAdded', e, s);
        }
        const v11 = o1['recipientCommunicationIdentifier'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
            $fail(e, p + '/recipientCommunicationIdentifier', 'is required', 'CommunicationIdentifier', 'missing');
        }
        else {
            $checkCommunicationIdentifier(v11, p + '/recipientCommunicationIdentifier', e, s);
        }
        const v14 = o1['createTime'];
        if (v14 === undefined ||
            !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime'))) {
            $fail(e, p + '/createTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v14 !== 'string') {
                $fail(e, p + '/createTime', 'must be a string', 'string', $type(v14));
            }
            else {
                if (!$dateTime(v14)) {
                    $fail(e, p + '/createTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v14));
                }
            }
        }
        const v15 = o1['version'];
        if (v15 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v15 !== 'number' || !Number.isInteger(v15)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v15));
            }
        }
        const v16 = o1['transactionId'];
        if (v16 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v16 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v16));
            }
        }
        const v17 = o1['threadId'];
        if (v17 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v17 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v17));
            }
        }
        if (s) {
            for (const k18 in o1) {
                if ($hasOwn.call(o1, k18) &&
                    k18 !== 'time' &&
                    k18 !== 'addedByCommunicationIdentifier' &&
                    k18 !== 'participantAdded' &&
                    k18 !== 'recipientCommunicationIdentifier' &&
                    k18 !== 'createTime' &&
                    k18 !== 'version' &&
                    k18 !== 'transactionId' &&
                    k18 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k18), 'is not a declared property (strict mode)', 'no such property', $type(o1[k18]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser event, reporting every error.
 *
 * Published for a user when a participant is removed from a chat thread, that the user is part of.
 */
export function validateAcsChatParticipantRemovedFromThreadWithUserEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatParticipantRemovedFromThreadWithUserEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser event.
 *
 * Published for a user when a participant is removed from a chat thread, that the user is part of.
 */
export function isAcsChatParticipantRemovedFromThreadWithUserEventData(value) {
    try {
        return $isAcsChatParticipantRemovedFromThreadWithUserEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatParticipantRemovedFromThreadWithUserEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['time'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined || !((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (!$dateTime(v3))
        return false;
    const v5 = o1['removedByCommunicationIdentifier'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['removedByCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'removedByCommunicationIdentifier')))
        return false;
    if (!$isCommunicationIdentifier(v5, s))
        return false;
    const v8 = o1['participantRemoved'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['participantRemoved'] === undefined) ||
            $hasOwn.call(o1, 'participantRemoved')))
        return false;
    if (!$isChatParticipant(v8, s))
        return false;
    const v11 = o1['recipientCommunicationIdentifier'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'recipientCommunicationIdentifier')))
        return false;
    if (!$isCommunicationIdentifier(v11, s))
        return false;
    const v14 = o1['createTime'];
    if (v14 === undefined ||
        !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime')))
        return false;
    if (typeof v14 !== 'string')
        return false;
    if (!$dateTime(v14))
        return false;
    const v15 = o1['version'];
    if (v15 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v15 !== 'number' || !Number.isInteger(v15))
        return false;
    const v16 = o1['transactionId'];
    if (v16 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v16 !== 'string')
        return false;
    const v17 = o1['threadId'];
    if (v17 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v17 !== 'string')
        return false;
    if (s) {
        for (const k18 in o1) {
            if ($hasOwn.call(o1, k18) &&
                k18 !== 'time' &&
                k18 !== 'removedByCommunicationIdentifier' &&
                k18 !== 'participantRemoved' &&
                k18 !== 'recipientCommunicationIdentifier' &&
                k18 !== 'createTime' &&
                k18 !== 'version' &&
                k18 !== 'transactionId' &&
                k18 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatParticipantRemovedFromThreadWithUserEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['time'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time'))) {
            $fail(e, p + '/time', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/time', 'must be a string', 'string', $type(v3));
            }
            else {
                if (!$dateTime(v3)) {
                    $fail(e, p + '/time', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v3));
                }
            }
        }
        const v5 = o1['removedByCommunicationIdentifier'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['removedByCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'removedByCommunicationIdentifier'))) {
            $fail(e, p + '/removedByCommunicationIdentifier', 'is required', 'CommunicationIdentifier', 'missing');
        }
        else {
            $checkCommunicationIdentifier(v5, p + '/removedByCommunicationIdentifier', e, s);
        }
        const v8 = o1['participantRemoved'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['participantRemoved'] === undefined) ||
                $hasOwn.call(o1, 'participantRemoved'))) {
            $fail(e, p + '/participantRemoved', 'is required', 'ChatParticipant', 'missing');
        }
        else {
            $checkChatParticipant(v8, p + '/participantRemoved', e, s);
        }
        const v11 = o1['recipientCommunicationIdentifier'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
            $fail(e, p + '/recipientCommunicationIdentifier', 'is required', 'CommunicationIdentifier', 'missing');
        }
        else {
            $checkCommunicationIdentifier(v11, p + '/recipientCommunicationIdentifier', e, s);
        }
        const v14 = o1['createTime'];
        if (v14 === undefined ||
            !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime'))) {
            $fail(e, p + '/createTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v14 !== 'string') {
                $fail(e, p + '/createTime', 'must be a string', 'string', $type(v14));
            }
            else {
                if (!$dateTime(v14)) {
                    $fail(e, p + '/createTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v14));
                }
            }
        }
        const v15 = o1['version'];
        if (v15 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v15 !== 'number' || !Number.isInteger(v15)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v15));
            }
        }
        const v16 = o1['transactionId'];
        if (v16 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v16 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v16));
            }
        }
        const v17 = o1['threadId'];
        if (v17 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v17 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v17));
            }
        }
        if (s) {
            for (const k18 in o1) {
                if ($hasOwn.call(o1, k18) &&
                    k18 !== 'time' &&
                    k18 !== 'removedByCommunicationIdentifier' &&
                    k18 !== 'participantRemoved' &&
                    k18 !== 'recipientCommunicationIdentifier' &&
                    k18 !== 'createTime' &&
                    k18 !== 'version' &&
                    k18 !== 'transactionId' &&
                    k18 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k18), 'is not a declared property (strict mode)', 'no such property', $type(o1[k18]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatThreadCreated event, reporting every error.
 *
 * Published when a chat thread is created
 */
export function validateAcsChatThreadCreatedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatThreadCreatedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadCreated event.
 *
 * Published when a chat thread is created
 */
export function isAcsChatThreadCreatedEventData(value) {
    try {
        return $isAcsChatThreadCreatedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatThreadCreatedEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['createdByCommunicationIdentifier'];
    const r6 = Object.getPrototypeOf(o1);
    const plain2 = r6 === $objectPrototype || r6 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['createdByCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'createdByCommunicationIdentifier')))
        return false;
    if (!$isCommunicationIdentifier(v3, s))
        return false;
    const v7 = o1['properties'];
    if (v7 === undefined ||
        !((plain2 && $objectPrototype['properties'] === undefined) || $hasOwn.call(o1, 'properties')))
        return false;
    if (!$isChatThreadProperties(v7, s))
        return false;
    const v10 = o1['participants'];
    if (v10 === undefined ||
        !((plain2 && $objectPrototype['participants'] === undefined) || $hasOwn.call(o1, 'participants')))
        return false;
    if (!Array.isArray(v10))
        return false;
    const a11 = v10;
    for (let i12 = 0; i12 < a11.length; i12++) {
        const v13 = a11[i12];
        if (!$isChatParticipant(v13, s))
            return false;
    }
    const v16 = o1['createTime'];
    if (v16 === undefined ||
        !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime')))
        return false;
    if (typeof v16 !== 'string')
        return false;
    if (!$dateTime(v16))
        return false;
    const v17 = o1['version'];
    if (v17 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v17 !== 'number' || !Number.isInteger(v17))
        return false;
    const v18 = o1['transactionId'];
    if (v18 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v18 !== 'string')
        return false;
    const v19 = o1['threadId'];
    if (v19 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v19 !== 'string')
        return false;
    if (s) {
        for (const k20 in o1) {
            if ($hasOwn.call(o1, k20) &&
                k20 !== 'createdByCommunicationIdentifier' &&
                k20 !== 'properties' &&
                k20 !== 'participants' &&
                k20 !== 'createTime' &&
                k20 !== 'version' &&
                k20 !== 'transactionId' &&
                k20 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatThreadCreatedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['createdByCommunicationIdentifier'];
        const r6 = Object.getPrototypeOf(o1);
        const plain2 = r6 === $objectPrototype || r6 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['createdByCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'createdByCommunicationIdentifier'))) {
            $fail(e, p + '/createdByCommunicationIdentifier', 'is required', 'CommunicationIdentifier', 'missing');
        }
        else {
            $checkCommunicationIdentifier(v3, p + '/createdByCommunicationIdentifier', e, s);
        }
        const v7 = o1['properties'];
        if (v7 === undefined ||
            !((plain2 && $objectPrototype['properties'] === undefined) || $hasOwn.call(o1, 'properties'))) {
            $fail(e, p + '/properties', 'is required', 'ChatThreadProperties', 'missing');
        }
        else {
            $checkChatThreadProperties(v7, p + '/properties', e, s);
        }
        const v10 = o1['participants'];
        if (v10 === undefined ||
            !((plain2 && $objectPrototype['participants'] === undefined) || $hasOwn.call(o1, 'participants'))) {
            $fail(e, p + '/participants', 'is required', 'ChatParticipant[]', 'missing');
        }
        else {
            if (!Array.isArray(v10)) {
                $fail(e, p + '/participants', 'must be an array', 'array', $type(v10));
            }
            else {
                const a11 = v10;
                for (let i12 = 0; i12 < a11.length; i12++) {
                    const v13 = a11[i12];
                    $checkChatParticipant(v13, p + '/participants/' + i12, e, s);
                }
            }
        }
        const v16 = o1['createTime'];
        if (v16 === undefined ||
            !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime'))) {
            $fail(e, p + '/createTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v16 !== 'string') {
                $fail(e, p + '/createTime', 'must be a string', 'string', $type(v16));
            }
            else {
                if (!$dateTime(v16)) {
                    $fail(e, p + '/createTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v16));
                }
            }
        }
        const v17 = o1['version'];
        if (v17 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v17 !== 'number' || !Number.isInteger(v17)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v17));
            }
        }
        const v18 = o1['transactionId'];
        if (v18 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v18 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v18));
            }
        }
        const v19 = o1['threadId'];
        if (v19 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v19 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v19));
            }
        }
        if (s) {
            for (const k20 in o1) {
                if ($hasOwn.call(o1, k20) &&
                    k20 !== 'createdByCommunicationIdentifier' &&
                    k20 !== 'properties' &&
                    k20 !== 'participants' &&
                    k20 !== 'createTime' &&
                    k20 !== 'version' &&
                    k20 !== 'transactionId' &&
                    k20 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k20), 'is not a declared property (strict mode)', 'no such property', $type(o1[k20]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatThreadCreatedWithUser event, reporting every error.
 *
 * Published when the user is added as member at the time of creation of a chat thread.
 */
export function validateAcsChatThreadCreatedWithUserEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatThreadCreatedWithUserEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadCreatedWithUser event.
 *
 * Published when the user is added as member at the time of creation of a chat thread.
 */
export function isAcsChatThreadCreatedWithUserEventData(value) {
    try {
        return $isAcsChatThreadCreatedWithUserEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatThreadCreatedWithUserEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['createdBy'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['createdBy'] === undefined) || $hasOwn.call(o1, 'createdBy')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['createdByCommunicationIdentifier'];
    if (v5 !== undefined &&
        ((plain2 && $objectPrototype['createdByCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'createdByCommunicationIdentifier'))) {
        if (!$isCommunicationIdentifier(v5, s))
            return false;
    }
    const v8 = o1['properties'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['properties'] === undefined) || $hasOwn.call(o1, 'properties')))
        return false;
    if (!$isChatThreadProperties(v8, s))
        return false;
    const v11 = o1['members'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['members'] === undefined) || $hasOwn.call(o1, 'members')))
        return false;
    if (!Array.isArray(v11))
        return false;
    const a12 = v11;
    for (let i13 = 0; i13 < a12.length; i13++) {
        const v14 = a12[i13];
        if (!$isChatThreadMember(v14, s))
            return false;
    }
    const v17 = o1['participants'];
    if (v17 !== undefined &&
        ((plain2 && $objectPrototype['participants'] === undefined) || $hasOwn.call(o1, 'participants'))) {
        if (!Array.isArray(v17))
            return false;
        const a18 = v17;
        for (let i19 = 0; i19 < a18.length; i19++) {
            const v20 = a18[i19];
            if (!$isChatParticipant(v20, s))
                return false;
        }
    }
    const v23 = o1['createTime'];
    if (v23 === undefined ||
        !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime')))
        return false;
    if (typeof v23 !== 'string')
        return false;
    if (!$dateTime(v23))
        return false;
    const v24 = o1['version'];
    if (v24 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v24 !== 'number' || !Number.isInteger(v24))
        return false;
    const v25 = o1['recipientId'];
    if (v25 === undefined ||
        !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId')))
        return false;
    if (typeof v25 !== 'string')
        return false;
    const v26 = o1['recipientCommunicationIdentifier'];
    if (v26 !== undefined &&
        ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
        if (!$isCommunicationIdentifier(v26, s))
            return false;
    }
    const v29 = o1['transactionId'];
    if (v29 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v29 !== 'string')
        return false;
    const v30 = o1['threadId'];
    if (v30 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v30 !== 'string')
        return false;
    if (s) {
        for (const k31 in o1) {
            if ($hasOwn.call(o1, k31) &&
                k31 !== 'createdBy' &&
                k31 !== 'createdByCommunicationIdentifier' &&
                k31 !== 'properties' &&
                k31 !== 'members' &&
                k31 !== 'participants' &&
                k31 !== 'createTime' &&
                k31 !== 'version' &&
                k31 !== 'recipientId' &&
                k31 !== 'recipientCommunicationIdentifier' &&
                k31 !== 'transactionId' &&
                k31 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatThreadCreatedWithUserEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['createdBy'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['createdBy'] === undefined) || $hasOwn.call(o1, 'createdBy'))) {
            $fail(e, p + '/createdBy', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/createdBy', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['createdByCommunicationIdentifier'];
        if (v5 !== undefined &&
            ((plain2 && $objectPrototype['createdByCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'createdByCommunicationIdentifier'))) {
            $checkCommunicationIdentifier(v5, p + '/createdByCommunicationIdentifier', e, s);
        }
        const v8 = o1['properties'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['properties'] === undefined) || $hasOwn.call(o1, 'properties'))) {
            $fail(e, p + '/properties', 'is required', 'ChatThreadProperties', 'missing');
        }
        else {
            $checkChatThreadProperties(v8, p + '/properties', e, s);
        }
        const v11 = o1['members'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['members'] === undefined) || $hasOwn.call(o1, 'members'))) {
            $fail(e, p + '/members', 'is required', 'ChatThreadMember[]', 'missing');
        }
        else {
            if (!Array.isArray(v11)) {
                $fail(e, p + '/members', 'must be an array', 'array', $type(v11));
            }
            else {
                const a12 = v11;
                for (let i13 = 0; i13 < a12.length; i13++) {
                    const v14 = a12[i13];
                    $checkChatThreadMember(v14, p + '/members/' + i13, e, s);
                }
            }
        }
        const v17 = o1['participants'];
        if (v17 !== undefined &&
            ((plain2 && $objectPrototype['participants'] === undefined) || $hasOwn.call(o1, 'participants'))) {
            if (!Array.isArray(v17)) {
                $fail(e, p + '/participants', 'must be an array', 'array', $type(v17));
            }
            else {
                const a18 = v17;
                for (let i19 = 0; i19 < a18.length; i19++) {
                    const v20 = a18[i19];
                    $checkChatParticipant(v20, p + '/participants/' + i19, e, s);
                }
            }
        }
        const v23 = o1['createTime'];
        if (v23 === undefined ||
            !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime'))) {
            $fail(e, p + '/createTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v23 !== 'string') {
                $fail(e, p + '/createTime', 'must be a string', 'string', $type(v23));
            }
            else {
                if (!$dateTime(v23)) {
                    $fail(e, p + '/createTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v23));
                }
            }
        }
        const v24 = o1['version'];
        if (v24 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v24 !== 'number' || !Number.isInteger(v24)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v24));
            }
        }
        const v25 = o1['recipientId'];
        if (v25 === undefined ||
            !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))) {
            $fail(e, p + '/recipientId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v25 !== 'string') {
                $fail(e, p + '/recipientId', 'must be a string', 'string', $type(v25));
            }
        }
        const v26 = o1['recipientCommunicationIdentifier'];
        if (v26 !== undefined &&
            ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
            $checkCommunicationIdentifier(v26, p + '/recipientCommunicationIdentifier', e, s);
        }
        const v29 = o1['transactionId'];
        if (v29 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v29 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v29));
            }
        }
        const v30 = o1['threadId'];
        if (v30 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v30 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v30));
            }
        }
        if (s) {
            for (const k31 in o1) {
                if ($hasOwn.call(o1, k31) &&
                    k31 !== 'createdBy' &&
                    k31 !== 'createdByCommunicationIdentifier' &&
                    k31 !== 'properties' &&
                    k31 !== 'members' &&
                    k31 !== 'participants' &&
                    k31 !== 'createTime' &&
                    k31 !== 'version' &&
                    k31 !== 'recipientId' &&
                    k31 !== 'recipientCommunicationIdentifier' &&
                    k31 !== 'transactionId' &&
                    k31 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k31), 'is not a declared property (strict mode)', 'no such property', $type(o1[k31]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatThreadDeleted event, reporting every error.
 *
 * Published when a chat thread is deleted
 */
export function validateAcsChatThreadDeletedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatThreadDeletedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadDeleted event.
 *
 * Published when a chat thread is deleted
 */
export function isAcsChatThreadDeletedEventData(value) {
    try {
        return $isAcsChatThreadDeletedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatThreadDeletedEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['deletedByCommunicationIdentifier'];
    const r6 = Object.getPrototypeOf(o1);
    const plain2 = r6 === $objectPrototype || r6 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['deletedByCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'deletedByCommunicationIdentifier')))
        return false;
    if (!$isCommunicationIdentifier(v3, s))
        return false;
    const v7 = o1['deleteTime'];
    if (v7 === undefined ||
        !((plain2 && $objectPrototype['deleteTime'] === undefined) || $hasOwn.call(o1, 'deleteTime')))
        return false;
    if (typeof v7 !== 'string')
        return false;
    if (!$dateTime(v7))
        return false;
    const v8 = o1['createTime'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime')))
        return false;
    if (typeof v8 !== 'string')
        return false;
    if (!$dateTime(v8))
        return false;
    const v9 = o1['version'];
    if (v9 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v9 !== 'number' || !Number.isInteger(v9))
        return false;
    const v10 = o1['transactionId'];
    if (v10 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v10 !== 'string')
        return false;
    const v11 = o1['threadId'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v11 !== 'string')
        return false;
    if (s) {
        for (const k12 in o1) {
            if ($hasOwn.call(o1, k12) &&
                k12 !== 'deletedByCommunicationIdentifier' &&
                k12 !== 'deleteTime' &&
                k12 !== 'createTime' &&
                k12 !== 'version' &&
                k12 !== 'transactionId' &&
                k12 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatThreadDeletedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['deletedByCommunicationIdentifier'];
        const r6 = Object.getPrototypeOf(o1);
        const plain2 = r6 === $objectPrototype || r6 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['deletedByCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'deletedByCommunicationIdentifier'))) {
            $fail(e, p + '/deletedByCommunicationIdentifier', 'is required', 'CommunicationIdentifier', 'missing');
        }
        else {
            $checkCommunicationIdentifier(v3, p + '/deletedByCommunicationIdentifier', e, s);
        }
        const v7 = o1['deleteTime'];
        if (v7 === undefined ||
            !((plain2 && $objectPrototype['deleteTime'] === undefined) || $hasOwn.call(o1, 'deleteTime'))) {
            $fail(e, p + '/deleteTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v7 !== 'string') {
                $fail(e, p + '/deleteTime', 'must be a string', 'string', $type(v7));
            }
            else {
                if (!$dateTime(v7)) {
                    $fail(e, p + '/deleteTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v7));
                }
            }
        }
        const v8 = o1['createTime'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime'))) {
            $fail(e, p + '/createTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v8 !== 'string') {
                $fail(e, p + '/createTime', 'must be a string', 'string', $type(v8));
            }
            else {
                if (!$dateTime(v8)) {
                    $fail(e, p + '/createTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v8));
                }
            }
        }
        const v9 = o1['version'];
        if (v9 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v9 !== 'number' || !Number.isInteger(v9)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v9));
            }
        }
        const v10 = o1['transactionId'];
        if (v10 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v10 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v10));
            }
        }
        const v11 = o1['threadId'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v11 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v11));
            }
        }
        if (s) {
            for (const k12 in o1) {
                if ($hasOwn.call(o1, k12) &&
                    k12 !== 'deletedByCommunicationIdentifier' &&
                    k12 !== 'deleteTime' &&
                    k12 !== 'createTime' &&
                    k12 !== 'version' &&
                    k12 !== 'transactionId' &&
                    k12 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k12), 'is not a declared property (strict mode)', 'no such property', $type(o1[k12]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatThreadParticipantAdded event, reporting every error.
 *
 * Published when a new participant is added to a chat thread
 */
export function validateAcsChatThreadParticipantAddedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatThreadParticipantAddedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadParticipantAdded event.
 *
 * Published when a new participant is added to a chat thread
 */
export function isAcsChatThreadParticipantAddedEventData(value) {
    try {
        return $isAcsChatThreadParticipantAddedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatThreadParticipantAddedEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['time'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined || !((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (!$dateTime(v3))
        return false;
    const v5 = o1['addedByCommunicationIdentifier'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['addedByCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'addedByCommunicationIdentifier')))
        return false;
    if (!$isCommunicationIdentifier(v5, s))
        return false;
    const v8 = o1['participantAdded'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['participantAdded'] === undefined) || $hasOwn.call(o1, 'participantAdded')))
        return false;
    if (!$isChatParticipant(v8, s))
        return false;
    const v11 = o1['createTime'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime')))
        return false;
    if (typeof v11 !== 'string')
        return false;
    if (!$dateTime(v11))
        return false;
    const v12 = o1['version'];
    if (v12 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v12 !== 'number' || !Number.isInteger(v12))
        return false;
    const v13 = o1['transactionId'];
    if (v13 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v13 !== 'string')
        return false;
    const v14 = o1['threadId'];
    if (v14 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v14 !== 'string')
        return false;
    if (s) {
        for (const k15 in o1) {
            if ($hasOwn.call(o1, k15) &&
                k15 !== 'time' &&
                k15 !== 'addedByCommunicationIdentifier' &&
                k15 !== 'participantAdded' &&
                k15 !== 'createTime' &&
                k15 !== 'version' &&
                k15 !== 'transactionId' &&
                k15 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatThreadParticipantAddedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['time'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time'))) {
            $fail(e, p + '/time', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/time', 'must be a string', 'string', $type(v3));
            }
            else {
                if (!$dateTime(v3)) {
                    $fail(e, p + '/time', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v3));
                }
            }
        }
        const v5 = o1['addedByCommunicationIdentifier'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['addedByCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'addedByCommunicationIdentifier'))) {
            $fail(e, p + '/addedByCommunicationIdentifier', 'is required', 'CommunicationIdentifier', 'missing');
        }
        else {
            $checkCommunicationIdentifier(v5, p + '/addedByCommunicationIdentifier', e, s);
        }
        const v8 = o1['participantAdded'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['participantAdded'] === undefined) ||
                $hasOwn.call(o1, 'participantAdded'))) {
            $fail(e, p + '/participantAdded', 'is required', 'ChatParticipant', 'missing');
        }
        else {
            $checkChatParticipant(v8, p + '/participantAdded', e, s);
        }
        const v11 = o1['createTime'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime'))) {
            $fail(e, p + '/createTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v11 !== 'string') {
                $fail(e, p + '/createTime', 'must be a string', 'string', $type(v11));
            }
            else {
                if (!$dateTime(v11)) {
                    $fail(e, p + '/createTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v11));
                }
            }
        }
        const v12 = o1['version'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v12 !== 'number' || !Number.isInteger(v12)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v12));
            }
        }
        const v13 = o1['transactionId'];
        if (v13 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v13 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v13));
            }
        }
        const v14 = o1['threadId'];
        if (v14 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v14 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v14));
            }
        }
        if (s) {
            for (const k15 in o1) {
                if ($hasOwn.call(o1, k15) &&
                    k15 !== 'time' &&
                    k15 !== 'addedByCommunicationIdentifier' &&
                    k15 !== 'participantAdded' &&
                    k15 !== 'createTime' &&
                    k15 !== 'version' &&
                    k15 !== 'transactionId' &&
                    k15 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k15), 'is not a declared property (strict mode)', 'no such property', $type(o1[k15]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatThreadParticipantRemoved event, reporting every error.
 *
 * Published when a participant is removed from a chat thread.
 */
export function validateAcsChatThreadParticipantRemovedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatThreadParticipantRemovedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadParticipantRemoved event.
 *
 * Published when a participant is removed from a chat thread.
 */
export function isAcsChatThreadParticipantRemovedEventData(value) {
    try {
        return $isAcsChatThreadParticipantRemovedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatThreadParticipantRemovedEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['time'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined || !((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (!$dateTime(v3))
        return false;
    const v5 = o1['removedByCommunicationIdentifier'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['removedByCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'removedByCommunicationIdentifier')))
        return false;
    if (!$isCommunicationIdentifier(v5, s))
        return false;
    const v8 = o1['participantRemoved'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['participantRemoved'] === undefined) ||
            $hasOwn.call(o1, 'participantRemoved')))
        return false;
    if (!$isChatParticipant(v8, s))
        return false;
    const v11 = o1['createTime'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime')))
        return false;
    if (typeof v11 !== 'string')
        return false;
    if (!$dateTime(v11))
        return false;
    const v12 = o1['version'];
    if (v12 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v12 !== 'number' || !Number.isInteger(v12))
        return false;
    const v13 = o1['transactionId'];
    if (v13 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v13 !== 'string')
        return false;
    const v14 = o1['threadId'];
    if (v14 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v14 !== 'string')
        return false;
    if (s) {
        for (const k15 in o1) {
            if ($hasOwn.call(o1, k15) &&
                k15 !== 'time' &&
                k15 !== 'removedByCommunicationIdentifier' &&
                k15 !== 'participantRemoved' &&
                k15 !== 'createTime' &&
                k15 !== 'version' &&
                k15 !== 'transactionId' &&
                k15 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatThreadParticipantRemovedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['time'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time'))) {
            $fail(e, p + '/time', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/time', 'must be a string', 'string', $type(v3));
            }
            else {
                if (!$dateTime(v3)) {
                    $fail(e, p + '/time', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v3));
                }
            }
        }
        const v5 = o1['removedByCommunicationIdentifier'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['removedByCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'removedByCommunicationIdentifier'))) {
            $fail(e, p + '/removedByCommunicationIdentifier', 'is required', 'CommunicationIdentifier', 'missing');
        }
        else {
            $checkCommunicationIdentifier(v5, p + '/removedByCommunicationIdentifier', e, s);
        }
        const v8 = o1['participantRemoved'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['participantRemoved'] === undefined) ||
                $hasOwn.call(o1, 'participantRemoved'))) {
            $fail(e, p + '/participantRemoved', 'is required', 'ChatParticipant', 'missing');
        }
        else {
            $checkChatParticipant(v8, p + '/participantRemoved', e, s);
        }
        const v11 = o1['createTime'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime'))) {
            $fail(e, p + '/createTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v11 !== 'string') {
                $fail(e, p + '/createTime', 'must be a string', 'string', $type(v11));
            }
            else {
                if (!$dateTime(v11)) {
                    $fail(e, p + '/createTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v11));
                }
            }
        }
        const v12 = o1['version'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v12 !== 'number' || !Number.isInteger(v12)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v12));
            }
        }
        const v13 = o1['transactionId'];
        if (v13 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v13 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v13));
            }
        }
        const v14 = o1['threadId'];
        if (v14 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v14 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v14));
            }
        }
        if (s) {
            for (const k15 in o1) {
                if ($hasOwn.call(o1, k15) &&
                    k15 !== 'time' &&
                    k15 !== 'removedByCommunicationIdentifier' &&
                    k15 !== 'participantRemoved' &&
                    k15 !== 'createTime' &&
                    k15 !== 'version' &&
                    k15 !== 'transactionId' &&
                    k15 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k15), 'is not a declared property (strict mode)', 'no such property', $type(o1[k15]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatThreadPropertiesUpdated event, reporting every error.
 *
 * Published when a chat thread's properties like topic are updated.
 */
export function validateAcsChatThreadPropertiesUpdatedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatThreadPropertiesUpdatedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadPropertiesUpdated event.
 *
 * Published when a chat thread's properties like topic are updated.
 */
export function isAcsChatThreadPropertiesUpdatedEventData(value) {
    try {
        return $isAcsChatThreadPropertiesUpdatedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatThreadPropertiesUpdatedEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['editedByCommunicationIdentifier'];
    const r6 = Object.getPrototypeOf(o1);
    const plain2 = r6 === $objectPrototype || r6 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['editedByCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'editedByCommunicationIdentifier')))
        return false;
    if (!$isCommunicationIdentifier(v3, s))
        return false;
    const v7 = o1['editTime'];
    if (v7 === undefined ||
        !((plain2 && $objectPrototype['editTime'] === undefined) || $hasOwn.call(o1, 'editTime')))
        return false;
    if (typeof v7 !== 'string')
        return false;
    if (!$dateTime(v7))
        return false;
    const v8 = o1['properties'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['properties'] === undefined) || $hasOwn.call(o1, 'properties')))
        return false;
    if (!$isChatThreadProperties(v8, s))
        return false;
    const v11 = o1['createTime'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime')))
        return false;
    if (typeof v11 !== 'string')
        return false;
    if (!$dateTime(v11))
        return false;
    const v12 = o1['version'];
    if (v12 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v12 !== 'number' || !Number.isInteger(v12))
        return false;
    const v13 = o1['transactionId'];
    if (v13 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v13 !== 'string')
        return false;
    const v14 = o1['threadId'];
    if (v14 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v14 !== 'string')
        return false;
    if (s) {
        for (const k15 in o1) {
            if ($hasOwn.call(o1, k15) &&
                k15 !== 'editedByCommunicationIdentifier' &&
                k15 !== 'editTime' &&
                k15 !== 'properties' &&
                k15 !== 'createTime' &&
                k15 !== 'version' &&
                k15 !== 'transactionId' &&
                k15 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatThreadPropertiesUpdatedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['editedByCommunicationIdentifier'];
        const r6 = Object.getPrototypeOf(o1);
        const plain2 = r6 === $objectPrototype || r6 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['editedByCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'editedByCommunicationIdentifier'))) {
            $fail(e, p + '/editedByCommunicationIdentifier', 'is required', 'CommunicationIdentifier', 'missing');
        }
        else {
            $checkCommunicationIdentifier(v3, p + '/editedByCommunicationIdentifier', e, s);
        }
        const v7 = o1['editTime'];
        if (v7 === undefined ||
            !((plain2 && $objectPrototype['editTime'] === undefined) || $hasOwn.call(o1, 'editTime'))) {
            $fail(e, p + '/editTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v7 !== 'string') {
                $fail(e, p + '/editTime', 'must be a string', 'string', $type(v7));
            }
            else {
                if (!$dateTime(v7)) {
                    $fail(e, p + '/editTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v7));
                }
            }
        }
        const v8 = o1['properties'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['properties'] === undefined) || $hasOwn.call(o1, 'properties'))) {
            $fail(e, p + '/properties', 'is required', 'ChatThreadProperties', 'missing');
        }
        else {
            $checkChatThreadProperties(v8, p + '/properties', e, s);
        }
        const v11 = o1['createTime'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime'))) {
            $fail(e, p + '/createTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v11 !== 'string') {
                $fail(e, p + '/createTime', 'must be a string', 'string', $type(v11));
            }
            else {
                if (!$dateTime(v11)) {
                    $fail(e, p + '/createTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v11));
                }
            }
        }
        const v12 = o1['version'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v12 !== 'number' || !Number.isInteger(v12)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v12));
            }
        }
        const v13 = o1['transactionId'];
        if (v13 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v13 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v13));
            }
        }
        const v14 = o1['threadId'];
        if (v14 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v14 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v14));
            }
        }
        if (s) {
            for (const k15 in o1) {
                if ($hasOwn.call(o1, k15) &&
                    k15 !== 'editedByCommunicationIdentifier' &&
                    k15 !== 'editTime' &&
                    k15 !== 'properties' &&
                    k15 !== 'createTime' &&
                    k15 !== 'version' &&
                    k15 !== 'transactionId' &&
                    k15 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k15), 'is not a declared property (strict mode)', 'no such property', $type(o1[k15]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser event, reporting every error.
 *
 * Published when a chat thread's properties are updated that the user is member of.
 */
export function validateAcsChatThreadPropertiesUpdatedPerUserEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatThreadPropertiesUpdatedPerUserEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser event.
 *
 * Published when a chat thread's properties are updated that the user is member of.
 */
export function isAcsChatThreadPropertiesUpdatedPerUserEventData(value) {
    try {
        return $isAcsChatThreadPropertiesUpdatedPerUserEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatThreadPropertiesUpdatedPerUserEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['editedBy'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['editedBy'] === undefined) || $hasOwn.call(o1, 'editedBy')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['editedByCommunicationIdentifier'];
    if (v5 !== undefined &&
        ((plain2 && $objectPrototype['editedByCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'editedByCommunicationIdentifier'))) {
        if (!$isCommunicationIdentifier(v5, s))
            return false;
    }
    const v8 = o1['editTime'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['editTime'] === undefined) || $hasOwn.call(o1, 'editTime')))
        return false;
    if (typeof v8 !== 'string')
        return false;
    if (!$dateTime(v8))
        return false;
    const v9 = o1['properties'];
    if (v9 === undefined ||
        !((plain2 && $objectPrototype['properties'] === undefined) || $hasOwn.call(o1, 'properties')))
        return false;
    if (!$isChatThreadProperties(v9, s))
        return false;
    const v12 = o1['createTime'];
    if (v12 === undefined ||
        !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime')))
        return false;
    if (typeof v12 !== 'string')
        return false;
    if (!$dateTime(v12))
        return false;
    const v13 = o1['version'];
    if (v13 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v13 !== 'number' || !Number.isInteger(v13))
        return false;
    const v14 = o1['recipientId'];
    if (v14 === undefined ||
        !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId')))
        return false;
    if (typeof v14 !== 'string')
        return false;
    const v15 = o1['recipientCommunicationIdentifier'];
    if (v15 !== undefined &&
        ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
        if (!$isCommunicationIdentifier(v15, s))
            return false;
    }
    const v18 = o1['transactionId'];
    if (v18 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v18 !== 'string')
        return false;
    const v19 = o1['threadId'];
    if (v19 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v19 !== 'string')
        return false;
    if (s) {
        for (const k20 in o1) {
            if ($hasOwn.call(o1, k20) &&
                k20 !== 'editedBy' &&
                k20 !== 'editedByCommunicationIdentifier' &&
                k20 !== 'editTime' &&
                k20 !== 'properties' &&
                k20 !== 'createTime' &&
                k20 !== 'version' &&
                k20 !== 'recipientId' &&
                k20 !== 'recipientCommunicationIdentifier' &&
                k20 !== 'transactionId' &&
                k20 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatThreadPropertiesUpdatedPerUserEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['editedBy'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['editedBy'] === undefined) || $hasOwn.call(o1, 'editedBy'))) {
            $fail(e, p + '/editedBy', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/editedBy', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['editedByCommunicationIdentifier'];
        if (v5 !== undefined &&
            ((plain2 && $objectPrototype['editedByCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'editedByCommunicationIdentifier'))) {
            $checkCommunicationIdentifier(v5, p + '/editedByCommunicationIdentifier', e, s);
        }
        const v8 = o1['editTime'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['editTime'] === undefined) || $hasOwn.call(o1, 'editTime'))) {
            $fail(e, p + '/editTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v8 !== 'string') {
                $fail(e, p + '/editTime', 'must be a string', 'string', $type(v8));
            }
            else {
                if (!$dateTime(v8)) {
                    $fail(e, p + '/editTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v8));
                }
            }
        }
        const v9 = o1['properties'];
        if (v9 === undefined ||
            !((plain2 && $objectPrototype['properties'] === undefined) || $hasOwn.call(o1, 'properties'))) {
            $fail(e, p + '/properties', 'is required', 'ChatThreadProperties', 'missing');
        }
        else {
            $checkChatThreadProperties(v9, p + '/properties', e, s);
        }
        const v12 = o1['createTime'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime'))) {
            $fail(e, p + '/createTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v12 !== 'string') {
                $fail(e, p + '/createTime', 'must be a string', 'string', $type(v12));
            }
            else {
                if (!$dateTime(v12)) {
                    $fail(e, p + '/createTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v12));
                }
            }
        }
        const v13 = o1['version'];
        if (v13 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v13 !== 'number' || !Number.isInteger(v13)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v13));
            }
        }
        const v14 = o1['recipientId'];
        if (v14 === undefined ||
            !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))) {
            $fail(e, p + '/recipientId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v14 !== 'string') {
                $fail(e, p + '/recipientId', 'must be a string', 'string', $type(v14));
            }
        }
        const v15 = o1['recipientCommunicationIdentifier'];
        if (v15 !== undefined &&
            ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
            $checkCommunicationIdentifier(v15, p + '/recipientCommunicationIdentifier', e, s);
        }
        const v18 = o1['transactionId'];
        if (v18 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v18 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v18));
            }
        }
        const v19 = o1['threadId'];
        if (v19 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v19 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v19));
            }
        }
        if (s) {
            for (const k20 in o1) {
                if ($hasOwn.call(o1, k20) &&
                    k20 !== 'editedBy' &&
                    k20 !== 'editedByCommunicationIdentifier' &&
                    k20 !== 'editTime' &&
                    k20 !== 'properties' &&
                    k20 !== 'createTime' &&
                    k20 !== 'version' &&
                    k20 !== 'recipientId' &&
                    k20 !== 'recipientCommunicationIdentifier' &&
                    k20 !== 'transactionId' &&
                    k20 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k20), 'is not a declared property (strict mode)', 'no such property', $type(o1[k20]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.ChatThreadWithUserDeleted event, reporting every error.
 *
 * Published when a chat thread is deleted which the user is member of.
 */
export function validateAcsChatThreadWithUserDeletedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsChatThreadWithUserDeletedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadWithUserDeleted event.
 *
 * Published when a chat thread is deleted which the user is member of.
 */
export function isAcsChatThreadWithUserDeletedEventData(value) {
    try {
        return $isAcsChatThreadWithUserDeletedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsChatThreadWithUserDeletedEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['deletedBy'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['deletedBy'] === undefined) || $hasOwn.call(o1, 'deletedBy')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['deletedByCommunicationIdentifier'];
    if (v5 !== undefined &&
        ((plain2 && $objectPrototype['deletedByCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'deletedByCommunicationIdentifier'))) {
        if (!$isCommunicationIdentifier(v5, s))
            return false;
    }
    const v8 = o1['deleteTime'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['deleteTime'] === undefined) || $hasOwn.call(o1, 'deleteTime')))
        return false;
    if (typeof v8 !== 'string')
        return false;
    if (!$dateTime(v8))
        return false;
    const v9 = o1['createTime'];
    if (v9 === undefined ||
        !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime')))
        return false;
    if (typeof v9 !== 'string')
        return false;
    if (!$dateTime(v9))
        return false;
    const v10 = o1['version'];
    if (v10 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v10 !== 'number' || !Number.isInteger(v10))
        return false;
    const v11 = o1['recipientId'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId')))
        return false;
    if (typeof v11 !== 'string')
        return false;
    const v12 = o1['recipientCommunicationIdentifier'];
    if (v12 !== undefined &&
        ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
            $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
        if (!$isCommunicationIdentifier(v12, s))
            return false;
    }
    const v15 = o1['transactionId'];
    if (v15 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v15 !== 'string')
        return false;
    const v16 = o1['threadId'];
    if (v16 === undefined ||
        !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId')))
        return false;
    if (typeof v16 !== 'string')
        return false;
    if (s) {
        for (const k17 in o1) {
            if ($hasOwn.call(o1, k17) &&
                k17 !== 'deletedBy' &&
                k17 !== 'deletedByCommunicationIdentifier' &&
                k17 !== 'deleteTime' &&
                k17 !== 'createTime' &&
                k17 !== 'version' &&
                k17 !== 'recipientId' &&
                k17 !== 'recipientCommunicationIdentifier' &&
                k17 !== 'transactionId' &&
                k17 !== 'threadId')
                return false;
        }
    }
    return true;
}
function $checkAcsChatThreadWithUserDeletedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['deletedBy'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['deletedBy'] === undefined) || $hasOwn.call(o1, 'deletedBy'))) {
            $fail(e, p + '/deletedBy', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/deletedBy', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['deletedByCommunicationIdentifier'];
        if (v5 !== undefined &&
            ((plain2 && $objectPrototype['deletedByCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'deletedByCommunicationIdentifier'))) {
            $checkCommunicationIdentifier(v5, p + '/deletedByCommunicationIdentifier', e, s);
        }
        const v8 = o1['deleteTime'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['deleteTime'] === undefined) || $hasOwn.call(o1, 'deleteTime'))) {
            $fail(e, p + '/deleteTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v8 !== 'string') {
                $fail(e, p + '/deleteTime', 'must be a string', 'string', $type(v8));
            }
            else {
                if (!$dateTime(v8)) {
                    $fail(e, p + '/deleteTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v8));
                }
            }
        }
        const v9 = o1['createTime'];
        if (v9 === undefined ||
            !((plain2 && $objectPrototype['createTime'] === undefined) || $hasOwn.call(o1, 'createTime'))) {
            $fail(e, p + '/createTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v9 !== 'string') {
                $fail(e, p + '/createTime', 'must be a string', 'string', $type(v9));
            }
            else {
                if (!$dateTime(v9)) {
                    $fail(e, p + '/createTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v9));
                }
            }
        }
        const v10 = o1['version'];
        if (v10 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'integer', 'missing');
        }
        else {
            if (typeof v10 !== 'number' || !Number.isInteger(v10)) {
                $fail(e, p + '/version', 'must be an integer', 'integer', $type(v10));
            }
        }
        const v11 = o1['recipientId'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))) {
            $fail(e, p + '/recipientId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v11 !== 'string') {
                $fail(e, p + '/recipientId', 'must be a string', 'string', $type(v11));
            }
        }
        const v12 = o1['recipientCommunicationIdentifier'];
        if (v12 !== undefined &&
            ((plain2 && $objectPrototype['recipientCommunicationIdentifier'] === undefined) ||
                $hasOwn.call(o1, 'recipientCommunicationIdentifier'))) {
            $checkCommunicationIdentifier(v12, p + '/recipientCommunicationIdentifier', e, s);
        }
        const v15 = o1['transactionId'];
        if (v15 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v15 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v15));
            }
        }
        const v16 = o1['threadId'];
        if (v16 === undefined ||
            !((plain2 && $objectPrototype['threadId'] === undefined) || $hasOwn.call(o1, 'threadId'))) {
            $fail(e, p + '/threadId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v16 !== 'string') {
                $fail(e, p + '/threadId', 'must be a string', 'string', $type(v16));
            }
        }
        if (s) {
            for (const k17 in o1) {
                if ($hasOwn.call(o1, k17) &&
                    k17 !== 'deletedBy' &&
                    k17 !== 'deletedByCommunicationIdentifier' &&
                    k17 !== 'deleteTime' &&
                    k17 !== 'createTime' &&
                    k17 !== 'version' &&
                    k17 !== 'recipientId' &&
                    k17 !== 'recipientCommunicationIdentifier' &&
                    k17 !== 'transactionId' &&
                    k17 !== 'threadId') {
                    $fail(e, p + '/' + $esc(k17), 'is not a declared property (strict mode)', 'no such property', $type(o1[k17]));
                }
            }
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
export function validateAcsInstantMessageDeletedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsInstantMessageDeletedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.InstantMessageDeleted event.
 *
 * Published when a chat instant message is deleted by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageDeleted; see Microsoft.Communication.ChatMessageDeleted.
 */
export function isAcsInstantMessageDeletedEventData(value) {
    try {
        return $isAcsInstantMessageDeletedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsInstantMessageDeletedEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['messageBody'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['version'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['composeTime'];
    if (v6 === undefined ||
        !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime')))
        return false;
    if (typeof v6 !== 'string')
        return false;
    if (!$dateTime(v6))
        return false;
    const v7 = o1['deleteTime'];
    if (v7 === undefined ||
        !((plain2 && $objectPrototype['deleteTime'] === undefined) || $hasOwn.call(o1, 'deleteTime')))
        return false;
    if (typeof v7 !== 'string')
        return false;
    if (!$dateTime(v7))
        return false;
    const v8 = o1['senderId'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId')))
        return false;
    if (typeof v8 !== 'string')
        return false;
    const v9 = o1['senderDisplayName'];
    if (v9 === undefined ||
        !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
            $hasOwn.call(o1, 'senderDisplayName')))
        return false;
    if (typeof v9 !== 'string')
        return false;
    const v10 = o1['recipientId'];
    if (v10 === undefined ||
        !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId')))
        return false;
    if (typeof v10 !== 'string')
        return false;
    const v11 = o1['transactionId'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v11 !== 'string')
        return false;
    const v12 = o1['groupId'];
    if (v12 === undefined ||
        !((plain2 && $objectPrototype['groupId'] === undefined) || $hasOwn.call(o1, 'groupId')))
        return false;
    if (typeof v12 !== 'string')
        return false;
    const v13 = o1['collapseId'];
    if (v13 === undefined ||
        !((plain2 && $objectPrototype['collapseId'] === undefined) || $hasOwn.call(o1, 'collapseId')))
        return false;
    if (typeof v13 !== 'string')
        return false;
    const v14 = o1['messageId'];
    if (v14 === undefined ||
        !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId')))
        return false;
    if (typeof v14 !== 'string')
        return false;
    const v15 = o1['messageType'];
    if (v15 === undefined ||
        !((plain2 && $objectPrototype['messageType'] === undefined) || $hasOwn.call(o1, 'messageType')))
        return false;
    if (typeof v15 !== 'string')
        return false;
    if (s) {
        for (const k16 in o1) {
            if ($hasOwn.call(o1, k16) &&
                k16 !== 'messageBody' &&
                k16 !== 'version' &&
                k16 !== 'composeTime' &&
                k16 !== 'deleteTime' &&
                k16 !== 'senderId' &&
                k16 !== 'senderDisplayName' &&
                k16 !== 'recipientId' &&
                k16 !== 'transactionId' &&
                k16 !== 'groupId' &&
                k16 !== 'collapseId' &&
                k16 !== 'messageId' &&
                k16 !== 'messageType')
                return false;
        }
    }
    return true;
}
function $checkAcsInstantMessageDeletedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['messageBody'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody'))) {
            $fail(e, p + '/messageBody', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/messageBody', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['version'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/version', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['composeTime'];
        if (v6 === undefined ||
            !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime'))) {
            $fail(e, p + '/composeTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v6 !== 'string') {
                $fail(e, p + '/composeTime', 'must be a string', 'string', $type(v6));
            }
            else {
                if (!$dateTime(v6)) {
                    $fail(e, p + '/composeTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v6));
                }
            }
        }
        const v7 = o1['deleteTime'];
        if (v7 === undefined ||
            !((plain2 && $objectPrototype['deleteTime'] === undefined) || $hasOwn.call(o1, 'deleteTime'))) {
            $fail(e, p + '/deleteTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v7 !== 'string') {
                $fail(e, p + '/deleteTime', 'must be a string', 'string', $type(v7));
            }
            else {
                if (!$dateTime(v7)) {
                    $fail(e, p + '/deleteTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v7));
                }
            }
        }
        const v8 = o1['senderId'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId'))) {
            $fail(e, p + '/senderId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v8 !== 'string') {
                $fail(e, p + '/senderId', 'must be a string', 'string', $type(v8));
            }
        }
        const v9 = o1['senderDisplayName'];
        if (v9 === undefined ||
            !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
                $hasOwn.call(o1, 'senderDisplayName'))) {
            $fail(e, p + '/senderDisplayName', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v9 !== 'string') {
                $fail(e, p + '/senderDisplayName', 'must be a string', 'string', $type(v9));
            }
        }
        const v10 = o1['recipientId'];
        if (v10 === undefined ||
            !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))) {
            $fail(e, p + '/recipientId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v10 !== 'string') {
                $fail(e, p + '/recipientId', 'must be a string', 'string', $type(v10));
            }
        }
        const v11 = o1['transactionId'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v11 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v11));
            }
        }
        const v12 = o1['groupId'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['groupId'] === undefined) || $hasOwn.call(o1, 'groupId'))) {
            $fail(e, p + '/groupId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v12 !== 'string') {
                $fail(e, p + '/groupId', 'must be a string', 'string', $type(v12));
            }
        }
        const v13 = o1['collapseId'];
        if (v13 === undefined ||
            !((plain2 && $objectPrototype['collapseId'] === undefined) || $hasOwn.call(o1, 'collapseId'))) {
            $fail(e, p + '/collapseId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v13 !== 'string') {
                $fail(e, p + '/collapseId', 'must be a string', 'string', $type(v13));
            }
        }
        const v14 = o1['messageId'];
        if (v14 === undefined ||
            !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))) {
            $fail(e, p + '/messageId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v14 !== 'string') {
                $fail(e, p + '/messageId', 'must be a string', 'string', $type(v14));
            }
        }
        const v15 = o1['messageType'];
        if (v15 === undefined ||
            !((plain2 && $objectPrototype['messageType'] === undefined) || $hasOwn.call(o1, 'messageType'))) {
            $fail(e, p + '/messageType', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v15 !== 'string') {
                $fail(e, p + '/messageType', 'must be a string', 'string', $type(v15));
            }
        }
        if (s) {
            for (const k16 in o1) {
                if ($hasOwn.call(o1, k16) &&
                    k16 !== 'messageBody' &&
                    k16 !== 'version' &&
                    k16 !== 'composeTime' &&
                    k16 !== 'deleteTime' &&
                    k16 !== 'senderId' &&
                    k16 !== 'senderDisplayName' &&
                    k16 !== 'recipientId' &&
                    k16 !== 'transactionId' &&
                    k16 !== 'groupId' &&
                    k16 !== 'collapseId' &&
                    k16 !== 'messageId' &&
                    k16 !== 'messageType') {
                    $fail(e, p + '/' + $esc(k16), 'is not a declared property (strict mode)', 'no such property', $type(o1[k16]));
                }
            }
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
export function validateAcsInstantMessageEditedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsInstantMessageEditedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.InstantMessageEdited event.
 *
 * Published when a chat instant message is edited by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageEdited; see Microsoft.Communication.ChatMessageEdited.
 */
export function isAcsInstantMessageEditedEventData(value) {
    try {
        return $isAcsInstantMessageEditedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsInstantMessageEditedEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['messageBody'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['version'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['composeTime'];
    if (v6 === undefined ||
        !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime')))
        return false;
    if (typeof v6 !== 'string')
        return false;
    if (!$dateTime(v6))
        return false;
    const v7 = o1['editTime'];
    if (v7 === undefined ||
        !((plain2 && $objectPrototype['editTime'] === undefined) || $hasOwn.call(o1, 'editTime')))
        return false;
    if (typeof v7 !== 'string')
        return false;
    if (!$dateTime(v7))
        return false;
    const v8 = o1['senderId'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId')))
        return false;
    if (typeof v8 !== 'string')
        return false;
    const v9 = o1['senderDisplayName'];
    if (v9 === undefined ||
        !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
            $hasOwn.call(o1, 'senderDisplayName')))
        return false;
    if (typeof v9 !== 'string')
        return false;
    const v10 = o1['recipientId'];
    if (v10 === undefined ||
        !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId')))
        return false;
    if (typeof v10 !== 'string')
        return false;
    const v11 = o1['transactionId'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v11 !== 'string')
        return false;
    const v12 = o1['groupId'];
    if (v12 === undefined ||
        !((plain2 && $objectPrototype['groupId'] === undefined) || $hasOwn.call(o1, 'groupId')))
        return false;
    if (typeof v12 !== 'string')
        return false;
    const v13 = o1['collapseId'];
    if (v13 === undefined ||
        !((plain2 && $objectPrototype['collapseId'] === undefined) || $hasOwn.call(o1, 'collapseId')))
        return false;
    if (typeof v13 !== 'string')
        return false;
    const v14 = o1['messageId'];
    if (v14 === undefined ||
        !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId')))
        return false;
    if (typeof v14 !== 'string')
        return false;
    const v15 = o1['messageType'];
    if (v15 === undefined ||
        !((plain2 && $objectPrototype['messageType'] === undefined) || $hasOwn.call(o1, 'messageType')))
        return false;
    if (typeof v15 !== 'string')
        return false;
    if (s) {
        for (const k16 in o1) {
            if ($hasOwn.call(o1, k16) &&
                k16 !== 'messageBody' &&
                k16 !== 'version' &&
                k16 !== 'composeTime' &&
                k16 !== 'editTime' &&
                k16 !== 'senderId' &&
                k16 !== 'senderDisplayName' &&
                k16 !== 'recipientId' &&
                k16 !== 'transactionId' &&
                k16 !== 'groupId' &&
                k16 !== 'collapseId' &&
                k16 !== 'messageId' &&
                k16 !== 'messageType')
                return false;
        }
    }
    return true;
}
function $checkAcsInstantMessageEditedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['messageBody'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody'))) {
            $fail(e, p + '/messageBody', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/messageBody', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['version'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['version'] === undefined) || $hasOwn.call(o1, 'version'))) {
            $fail(e, p + '/version', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/version', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['composeTime'];
        if (v6 === undefined ||
            !((plain2 && $objectPrototype['composeTime'] === undefined) || $hasOwn.call(o1, 'composeTime'))) {
            $fail(e, p + '/composeTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v6 !== 'string') {
                $fail(e, p + '/composeTime', 'must be a string', 'string', $type(v6));
            }
            else {
                if (!$dateTime(v6)) {
                    $fail(e, p + '/composeTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v6));
                }
            }
        }
        const v7 = o1['editTime'];
        if (v7 === undefined ||
            !((plain2 && $objectPrototype['editTime'] === undefined) || $hasOwn.call(o1, 'editTime'))) {
            $fail(e, p + '/editTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v7 !== 'string') {
                $fail(e, p + '/editTime', 'must be a string', 'string', $type(v7));
            }
            else {
                if (!$dateTime(v7)) {
                    $fail(e, p + '/editTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v7));
                }
            }
        }
        const v8 = o1['senderId'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId'))) {
            $fail(e, p + '/senderId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v8 !== 'string') {
                $fail(e, p + '/senderId', 'must be a string', 'string', $type(v8));
            }
        }
        const v9 = o1['senderDisplayName'];
        if (v9 === undefined ||
            !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
                $hasOwn.call(o1, 'senderDisplayName'))) {
            $fail(e, p + '/senderDisplayName', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v9 !== 'string') {
                $fail(e, p + '/senderDisplayName', 'must be a string', 'string', $type(v9));
            }
        }
        const v10 = o1['recipientId'];
        if (v10 === undefined ||
            !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))) {
            $fail(e, p + '/recipientId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v10 !== 'string') {
                $fail(e, p + '/recipientId', 'must be a string', 'string', $type(v10));
            }
        }
        const v11 = o1['transactionId'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v11 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v11));
            }
        }
        const v12 = o1['groupId'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['groupId'] === undefined) || $hasOwn.call(o1, 'groupId'))) {
            $fail(e, p + '/groupId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v12 !== 'string') {
                $fail(e, p + '/groupId', 'must be a string', 'string', $type(v12));
            }
        }
        const v13 = o1['collapseId'];
        if (v13 === undefined ||
            !((plain2 && $objectPrototype['collapseId'] === undefined) || $hasOwn.call(o1, 'collapseId'))) {
            $fail(e, p + '/collapseId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v13 !== 'string') {
                $fail(e, p + '/collapseId', 'must be a string', 'string', $type(v13));
            }
        }
        const v14 = o1['messageId'];
        if (v14 === undefined ||
            !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))) {
            $fail(e, p + '/messageId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v14 !== 'string') {
                $fail(e, p + '/messageId', 'must be a string', 'string', $type(v14));
            }
        }
        const v15 = o1['messageType'];
        if (v15 === undefined ||
            !((plain2 && $objectPrototype['messageType'] === undefined) || $hasOwn.call(o1, 'messageType'))) {
            $fail(e, p + '/messageType', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v15 !== 'string') {
                $fail(e, p + '/messageType', 'must be a string', 'string', $type(v15));
            }
        }
        if (s) {
            for (const k16 in o1) {
                if ($hasOwn.call(o1, k16) &&
                    k16 !== 'messageBody' &&
                    k16 !== 'version' &&
                    k16 !== 'composeTime' &&
                    k16 !== 'editTime' &&
                    k16 !== 'senderId' &&
                    k16 !== 'senderDisplayName' &&
                    k16 !== 'recipientId' &&
                    k16 !== 'transactionId' &&
                    k16 !== 'groupId' &&
                    k16 !== 'collapseId' &&
                    k16 !== 'messageId' &&
                    k16 !== 'messageType') {
                    $fail(e, p + '/' + $esc(k16), 'is not a declared property (strict mode)', 'no such property', $type(o1[k16]));
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['messageBody'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['senderId'];
    if (v5 === undefined ||
        !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['senderDisplayName'];
    if (v6 === undefined ||
        !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
            $hasOwn.call(o1, 'senderDisplayName')))
        return false;
    if (typeof v6 !== 'string')
        return false;
    const v7 = o1['recipientId'];
    if (v7 === undefined ||
        !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId')))
        return false;
    if (typeof v7 !== 'string')
        return false;
    const v8 = o1['transactionId'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId')))
        return false;
    if (typeof v8 !== 'string')
        return false;
    const v9 = o1['groupId'];
    if (v9 === undefined ||
        !((plain2 && $objectPrototype['groupId'] === undefined) || $hasOwn.call(o1, 'groupId')))
        return false;
    if (typeof v9 !== 'string')
        return false;
    const v10 = o1['collapseId'];
    if (v10 === undefined ||
        !((plain2 && $objectPrototype['collapseId'] === undefined) || $hasOwn.call(o1, 'collapseId')))
        return false;
    if (typeof v10 !== 'string')
        return false;
    const v11 = o1['messageId'];
    if (v11 === undefined ||
        !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId')))
        return false;
    if (typeof v11 !== 'string')
        return false;
    const v12 = o1['messageType'];
    if (v12 === undefined ||
        !((plain2 && $objectPrototype['messageType'] === undefined) || $hasOwn.call(o1, 'messageType')))
        return false;
    if (typeof v12 !== 'string')
        return false;
    if (s) {
        for (const k13 in o1) {
            if ($hasOwn.call(o1, k13) &&
                k13 !== 'messageBody' &&
                k13 !== 'senderId' &&
                k13 !== 'senderDisplayName' &&
                k13 !== 'recipientId' &&
                k13 !== 'transactionId' &&
                k13 !== 'groupId' &&
                k13 !== 'collapseId' &&
                k13 !== 'messageId' &&
                k13 !== 'messageType')
                return false;
        }
    }
    return true;
}
function $checkAcsInstantMessageReceivedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['messageBody'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['messageBody'] === undefined) || $hasOwn.call(o1, 'messageBody'))) {
            $fail(e, p + '/messageBody', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/messageBody', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['senderId'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['senderId'] === undefined) || $hasOwn.call(o1, 'senderId'))) {
            $fail(e, p + '/senderId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/senderId', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['senderDisplayName'];
        if (v6 === undefined ||
            !((plain2 && $objectPrototype['senderDisplayName'] === undefined) ||
                $hasOwn.call(o1, 'senderDisplayName'))) {
            $fail(e, p + '/senderDisplayName', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v6 !== 'string') {
                $fail(e, p + '/senderDisplayName', 'must be a string', 'string', $type(v6));
            }
        }
        const v7 = o1['recipientId'];
        if (v7 === undefined ||
            !((plain2 && $objectPrototype['recipientId'] === undefined) || $hasOwn.call(o1, 'recipientId'))) {
            $fail(e, p + '/recipientId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v7 !== 'string') {
                $fail(e, p + '/recipientId', 'must be a string', 'string', $type(v7));
            }
        }
        const v8 = o1['transactionId'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['transactionId'] === undefined) || $hasOwn.call(o1, 'transactionId'))) {
            $fail(e, p + '/transactionId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v8 !== 'string') {
                $fail(e, p + '/transactionId', 'must be a string', 'string', $type(v8));
            }
        }
        const v9 = o1['groupId'];
        if (v9 === undefined ||
            !((plain2 && $objectPrototype['groupId'] === undefined) || $hasOwn.call(o1, 'groupId'))) {
            $fail(e, p + '/groupId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v9 !== 'string') {
                $fail(e, p + '/groupId', 'must be a string', 'string', $type(v9));
            }
        }
        const v10 = o1['collapseId'];
        if (v10 === undefined ||
            !((plain2 && $objectPrototype['collapseId'] === undefined) || $hasOwn.call(o1, 'collapseId'))) {
            $fail(e, p + '/collapseId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v10 !== 'string') {
                $fail(e, p + '/collapseId', 'must be a string', 'string', $type(v10));
            }
        }
        const v11 = o1['messageId'];
        if (v11 === undefined ||
            !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))) {
            $fail(e, p + '/messageId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v11 !== 'string') {
                $fail(e, p + '/messageId', 'must be a string', 'string', $type(v11));
            }
        }
        const v12 = o1['messageType'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['messageType'] === undefined) || $hasOwn.call(o1, 'messageType'))) {
            $fail(e, p + '/messageType', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v12 !== 'string') {
                $fail(e, p + '/messageType', 'must be a string', 'string', $type(v12));
            }
        }
        if (s) {
            for (const k13 in o1) {
                if ($hasOwn.call(o1, k13) &&
                    k13 !== 'messageBody' &&
                    k13 !== 'senderId' &&
                    k13 !== 'senderDisplayName' &&
                    k13 !== 'recipientId' &&
                    k13 !== 'transactionId' &&
                    k13 !== 'groupId' &&
                    k13 !== 'collapseId' &&
                    k13 !== 'messageId' &&
                    k13 !== 'messageType') {
                    $fail(e, p + '/' + $esc(k13), 'is not a declared property (strict mode)', 'no such property', $type(o1[k13]));
                }
            }
        }
    }
}
/**
 * Validates the data of a Microsoft.Communication.SMSDeliveryReportReceived event, reporting every error.
 *
 * Published when a delivery report is received for an SMS sent by the Communication Service.
 */
export function validateAcsSmsDeliveryReportReceivedEventData(value, options) {
    const errors = [];
    try {
        $checkAcsSmsDeliveryReportReceivedEventData(value, '', errors, options?.strict === true);
    }
    catch {
        errors.push($crash());
    }
    return errors.length === 0
        ? { ok: true, value: value }
        : { ok: false, errors };
}
/**
 * Whether a value is valid data of a Microsoft.Communication.SMSDeliveryReportReceived event.
 *
 * Published when a delivery report is received for an SMS sent by the Communication Service.
 */
export function isAcsSmsDeliveryReportReceivedEventData(value) {
    try {
        return $isAcsSmsDeliveryReportReceivedEventData(value, false);
    }
    catch {
        return false;
    }
}
function $isAcsSmsDeliveryReportReceivedEventData(v, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['messageId'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['from'];
    if (v5 === undefined || !((plain2 && $objectPrototype['from'] === undefined) || $hasOwn.call(o1, 'from')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['to'];
    if (v6 === undefined || !((plain2 && $objectPrototype['to'] === undefined) || $hasOwn.call(o1, 'to')))
        return false;
    if (typeof v6 !== 'string')
        return false;
    const v7 = o1['deliveryStatus'];
    if (v7 === undefined ||
        !((plain2 && $objectPrototype['deliveryStatus'] === undefined) || $hasOwn.call(o1, 'deliveryStatus')))
        return false;
    if (typeof v7 !== 'string')
        return false;
    const v8 = o1['deliveryStatusDetails'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['deliveryStatusDetails'] === undefined) ||
            $hasOwn.call(o1, 'deliveryStatusDetails')))
        return false;
    if (typeof v8 !== 'string')
        return false;
    const v9 = o1['deliveryAttempts'];
    if (v9 === undefined ||
        !((plain2 && $objectPrototype['deliveryAttempts'] === undefined) || $hasOwn.call(o1, 'deliveryAttempts')))
        return false;
    if (!Array.isArray(v9))
        return false;
    const a10 = v9;
    for (let i11 = 0; i11 < a10.length; i11++) {
        const v12 = a10[i11];
        if (!$isSmsDeliveryAttempt(v12, s))
            return false;
    }
    const v15 = o1['receivedTimestamp'];
    if (v15 !== undefined &&
        ((plain2 && $objectPrototype['receivedTimestamp'] === undefined) || $hasOwn.call(o1, 'receivedTimestamp'))) {
        if (typeof v15 !== 'string')
            return false;
        if (!$dateTime(v15))
            return false;
    }
    if (s) {
        for (const k16 in o1) {
            if ($hasOwn.call(o1, k16) &&
                k16 !== 'messageId' &&
                k16 !== 'from' &&
                k16 !== 'to' &&
                k16 !== 'deliveryStatus' &&
                k16 !== 'deliveryStatusDetails' &&
                k16 !== 'deliveryAttempts' &&
                k16 !== 'receivedTimestamp')
                return false;
        }
    }
    return true;
}
function $checkAcsSmsDeliveryReportReceivedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['messageId'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))) {
            $fail(e, p + '/messageId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/messageId', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['from'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['from'] === undefined) || $hasOwn.call(o1, 'from'))) {
            $fail(e, p + '/from', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/from', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['to'];
        if (v6 === undefined || !((plain2 && $objectPrototype['to'] === undefined) || $hasOwn.call(o1, 'to'))) {
            $fail(e, p + '/to', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v6 !== 'string') {
                $fail(e, p + '/to', 'must be a string', 'string', $type(v6));
            }
        }
        const v7 = o1['deliveryStatus'];
        if (v7 === undefined ||
            !((plain2 && $objectPrototype['deliveryStatus'] === undefined) || $hasOwn.call(o1, 'deliveryStatus'))) {
            $fail(e, p + '/deliveryStatus', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v7 !== 'string') {
                $fail(e, p + '/deliveryStatus', 'must be a string', 'string', $type(v7));
            }
        }
        const v8 = o1['deliveryStatusDetails'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['deliveryStatusDetails'] === undefined) ||
                $hasOwn.call(o1, 'deliveryStatusDetails'))) {
            $fail(e, p + '/deliveryStatusDetails', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v8 !== 'string') {
                $fail(e, p + '/deliveryStatusDetails', 'must be a string', 'string', $type(v8));
            }
        }
        const v9 = o1['deliveryAttempts'];
        if (v9 === undefined ||
            !((plain2 && $objectPrototype['deliveryAttempts'] === undefined) ||
                $hasOwn.call(o1, 'deliveryAttempts'))) {
            $fail(e, p + '/deliveryAttempts', 'is required', 'SmsDeliveryAttempt[]', 'missing');
        }
        else {
            if (!Array.isArray(v9)) {
                $fail(e, p + '/deliveryAttempts', 'must be an array', 'array', $type(v9));
            }
            else {
                const a10 = v9;
                for (let i11 = 0; i11 < a10.length; i11++) {
                    const v12 = a10[i11];
                    $checkSmsDeliveryAttempt(v12, p + '/deliveryAttempts/' + i11, e, s);
                }
            }
        }
        const v15 = o1['receivedTimestamp'];
        if (v15 !== undefined &&
            ((plain2 && $objectPrototype['receivedTimestamp'] === undefined) ||
                $hasOwn.call(o1, 'receivedTimestamp'))) {
            if (typeof v15 !== 'string') {
                $fail(e, p + '/receivedTimestamp', 'must be a string', 'string', $type(v15));
            }
            else {
                if (!$dateTime(v15)) {
                    $fail(e, p + '/receivedTimestamp', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v15));
                }
            }
        }
        if (s) {
            for (const k16 in o1) {
                if ($hasOwn.call(o1, k16) &&
                    k16 !== 'messageId' &&
                    k16 !== 'from' &&
                    k16 !== 'to' &&
                    k16 !== 'deliveryStatus' &&
                    k16 !== 'deliveryStatusDetails' &&
                    k16 !== 'deliveryAttempts' &&
                    k16 !== 'receivedTimestamp') {
                    $fail(e, p + '/' + $esc(k16), 'is not a declared property (strict mode)', 'no such property', $type(o1[k16]));
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['messageId'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['from'];
    if (v5 === undefined || !((plain2 && $objectPrototype['from'] === undefined) || $hasOwn.call(o1, 'from')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['to'];
    if (v6 === undefined || !((plain2 && $objectPrototype['to'] === undefined) || $hasOwn.call(o1, 'to')))
        return false;
    if (typeof v6 !== 'string')
        return false;
    const v7 = o1['message'];
    if (v7 === undefined ||
        !((plain2 && $objectPrototype['message'] === undefined) || $hasOwn.call(o1, 'message')))
        return false;
    if (typeof v7 !== 'string')
        return false;
    const v8 = o1['receivedTimestamp'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['receivedTimestamp'] === undefined) ||
            $hasOwn.call(o1, 'receivedTimestamp')))
        return false;
    if (typeof v8 !== 'string')
        return false;
    if (!$dateTime(v8))
        return false;
    if (s) {
        for (const k9 in o1) {
            if ($hasOwn.call(o1, k9) &&
                k9 !== 'messageId' &&
                k9 !== 'from' &&
                k9 !== 'to' &&
                k9 !== 'message' &&
                k9 !== 'receivedTimestamp')
                return false;
        }
    }
    return true;
}
function $checkAcsSmsReceivedEventData(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['messageId'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['messageId'] === undefined) || $hasOwn.call(o1, 'messageId'))) {
            $fail(e, p + '/messageId', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/messageId', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['from'];
        if (v5 === undefined ||
            !((plain2 && $objectPrototype['from'] === undefined) || $hasOwn.call(o1, 'from'))) {
            $fail(e, p + '/from', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/from', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['to'];
        if (v6 === undefined || !((plain2 && $objectPrototype['to'] === undefined) || $hasOwn.call(o1, 'to'))) {
            $fail(e, p + '/to', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v6 !== 'string') {
                $fail(e, p + '/to', 'must be a string', 'string', $type(v6));
            }
        }
        const v7 = o1['message'];
        if (v7 === undefined ||
            !((plain2 && $objectPrototype['message'] === undefined) || $hasOwn.call(o1, 'message'))) {
            $fail(e, p + '/message', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v7 !== 'string') {
                $fail(e, p + '/message', 'must be a string', 'string', $type(v7));
            }
        }
        const v8 = o1['receivedTimestamp'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['receivedTimestamp'] === undefined) ||
                $hasOwn.call(o1, 'receivedTimestamp'))) {
            $fail(e, p + '/receivedTimestamp', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v8 !== 'string') {
                $fail(e, p + '/receivedTimestamp', 'must be a string', 'string', $type(v8));
            }
            else {
                if (!$dateTime(v8)) {
                    $fail(e, p + '/receivedTimestamp', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v8));
                }
            }
        }
        if (s) {
            for (const k9 in o1) {
                if ($hasOwn.call(o1, k9) &&
                    k9 !== 'messageId' &&
                    k9 !== 'from' &&
                    k9 !== 'to' &&
                    k9 !== 'message' &&
                    k9 !== 'receivedTimestamp') {
                    $fail(e, p + '/' + $esc(k9), 'is not a declared property (strict mode)', 'no such property', $type(o1[k9]));
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['id'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined || !((plain2 && $objectPrototype['id'] === undefined) || $hasOwn.call(o1, 'id')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    const v5 = o1['topic'];
    if (v5 !== undefined &&
        ((plain2 && $objectPrototype['topic'] === undefined) || $hasOwn.call(o1, 'topic'))) {
        if (typeof v5 !== 'string')
            return false;
    }
    const v6 = o1['subject'];
    if (v6 === undefined ||
        !((plain2 && $objectPrototype['subject'] === undefined) || $hasOwn.call(o1, 'subject')))
        return false;
    if (typeof v6 !== 'string')
        return false;
    const v7 = o1['eventType'];
    if (v7 === undefined ||
        !((plain2 && $objectPrototype['eventType'] === undefined) || $hasOwn.call(o1, 'eventType')))
        return false;
    if (typeof v7 !== 'string')
        return false;
    const v8 = o1['eventTime'];
    if (v8 === undefined ||
        !((plain2 && $objectPrototype['eventTime'] === undefined) || $hasOwn.call(o1, 'eventTime')))
        return false;
    if (typeof v8 !== 'string')
        return false;
    if (!$dateTime(v8))
        return false;
    const v9 = o1['data'];
    if (v9 === undefined || !((plain2 && $objectPrototype['data'] === undefined) || $hasOwn.call(o1, 'data')))
        return false;
    const v12 = o1['dataVersion'];
    if (v12 === undefined ||
        !((plain2 && $objectPrototype['dataVersion'] === undefined) || $hasOwn.call(o1, 'dataVersion')))
        return false;
    if (typeof v12 !== 'string')
        return false;
    const v13 = o1['metadataVersion'];
    if (v13 !== undefined &&
        ((plain2 && $objectPrototype['metadataVersion'] === undefined) || $hasOwn.call(o1, 'metadataVersion'))) {
        if (typeof v13 !== 'string')
            return false;
    }
    if (s) {
        for (const k14 in o1) {
            if ($hasOwn.call(o1, k14) &&
                k14 !== 'id' &&
                k14 !== 'topic' &&
                k14 !== 'subject' &&
                k14 !== 'eventType' &&
                k14 !== 'eventTime' &&
                k14 !== 'data' &&
                k14 !== 'dataVersion' &&
                k14 !== 'metadataVersion')
                return false;
        }
    }
    return true;
}
function $checkEventGridEvent(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['id'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined || !((plain2 && $objectPrototype['id'] === undefined) || $hasOwn.call(o1, 'id'))) {
            $fail(e, p + '/id', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/id', 'must be a string', 'string', $type(v3));
            }
        }
        const v5 = o1['topic'];
        if (v5 !== undefined &&
            ((plain2 && $objectPrototype['topic'] === undefined) || $hasOwn.call(o1, 'topic'))) {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/topic', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['subject'];
        if (v6 === undefined ||
            !((plain2 && $objectPrototype['subject'] === undefined) || $hasOwn.call(o1, 'subject'))) {
            $fail(e, p + '/subject', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v6 !== 'string') {
                $fail(e, p + '/subject', 'must be a string', 'string', $type(v6));
            }
        }
        const v7 = o1['eventType'];
        if (v7 === undefined ||
            !((plain2 && $objectPrototype['eventType'] === undefined) || $hasOwn.call(o1, 'eventType'))) {
            $fail(e, p + '/eventType', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v7 !== 'string') {
                $fail(e, p + '/eventType', 'must be a string', 'string', $type(v7));
            }
        }
        const v8 = o1['eventTime'];
        if (v8 === undefined ||
            !((plain2 && $objectPrototype['eventTime'] === undefined) || $hasOwn.call(o1, 'eventTime'))) {
            $fail(e, p + '/eventTime', 'is required', 'date-time', 'missing');
        }
        else {
            if (typeof v8 !== 'string') {
                $fail(e, p + '/eventTime', 'must be a string', 'string', $type(v8));
            }
            else {
                if (!$dateTime(v8)) {
                    $fail(e, p + '/eventTime', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v8));
                }
            }
        }
        const v9 = o1['data'];
        if (v9 === undefined ||
            !((plain2 && $objectPrototype['data'] === undefined) || $hasOwn.call(o1, 'data'))) {
            $fail(e, p + '/data', 'is required', 'any', 'missing');
        }
        const v12 = o1['dataVersion'];
        if (v12 === undefined ||
            !((plain2 && $objectPrototype['dataVersion'] === undefined) || $hasOwn.call(o1, 'dataVersion'))) {
            $fail(e, p + '/dataVersion', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v12 !== 'string') {
                $fail(e, p + '/dataVersion', 'must be a string', 'string', $type(v12));
            }
        }
        const v13 = o1['metadataVersion'];
        if (v13 !== undefined &&
            ((plain2 && $objectPrototype['metadataVersion'] === undefined) || $hasOwn.call(o1, 'metadataVersion'))) {
            if (typeof v13 !== 'string') {
                $fail(e, p + '/metadataVersion', 'must be a string', 'string', $type(v13));
            }
        }
        if (s) {
            for (const k14 in o1) {
                if ($hasOwn.call(o1, k14) &&
                    k14 !== 'id' &&
                    k14 !== 'topic' &&
                    k14 !== 'subject' &&
                    k14 !== 'eventType' &&
                    k14 !== 'eventTime' &&
                    k14 !== 'data' &&
                    k14 !== 'dataVersion' &&
                    k14 !== 'metadataVersion') {
                    $fail(e, p + '/' + $esc(k14), 'is not a declared property (strict mode)', 'no such property', $type(o1[k14]));
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
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o1 = v;
    const v3 = o1['specversion'];
    const r4 = Object.getPrototypeOf(o1);
    const plain2 = r4 === $objectPrototype || r4 === null;
    if (v3 === undefined ||
        !((plain2 && $objectPrototype['specversion'] === undefined) || $hasOwn.call(o1, 'specversion')))
        return false;
    if (typeof v3 !== 'string')
        return false;
    if (v3 !== '1.0')
        return false;
    const v5 = o1['id'];
    if (v5 === undefined || !((plain2 && $objectPrototype['id'] === undefined) || $hasOwn.call(o1, 'id')))
        return false;
    if (typeof v5 !== 'string')
        return false;
    const v6 = o1['source'];
    if (v6 === undefined ||
        !((plain2 && $objectPrototype['source'] === undefined) || $hasOwn.call(o1, 'source')))
        return false;
    if (typeof v6 !== 'string')
        return false;
    const v7 = o1['type'];
    if (v7 === undefined || !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type')))
        return false;
    if (typeof v7 !== 'string')
        return false;
    const v8 = o1['subject'];
    if (v8 !== undefined &&
        ((plain2 && $objectPrototype['subject'] === undefined) || $hasOwn.call(o1, 'subject'))) {
        if (typeof v8 !== 'string')
            return false;
    }
    const v9 = o1['time'];
    if (v9 !== undefined && ((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time'))) {
        if (typeof v9 !== 'string')
            return false;
        if (!$dateTime(v9))
            return false;
    }
    const v10 = o1['datacontenttype'];
    if (v10 !== undefined &&
        ((plain2 && $objectPrototype['datacontenttype'] === undefined) || $hasOwn.call(o1, 'datacontenttype'))) {
        if (typeof v10 !== 'string')
            return false;
    }
    const v11 = o1['dataschema'];
    if (v11 !== undefined &&
        ((plain2 && $objectPrototype['dataschema'] === undefined) || $hasOwn.call(o1, 'dataschema'))) {
        if (typeof v11 !== 'string')
            return false;
    }
    if (s) {
        for (const k12 in o1) {
            if ($hasOwn.call(o1, k12) &&
                k12 !== 'specversion' &&
                k12 !== 'id' &&
                k12 !== 'source' &&
                k12 !== 'type' &&
                k12 !== 'subject' &&
                k12 !== 'time' &&
                k12 !== 'datacontenttype' &&
                k12 !== 'dataschema' &&
                k12 !== 'data')
                return false;
        }
    }
    return true;
}
function $checkCloudEvent(v, p, e, s) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        $fail(e, p, 'must be an object', 'object', $type(v));
    }
    else {
        const o1 = v;
        const v3 = o1['specversion'];
        const r4 = Object.getPrototypeOf(o1);
        const plain2 = r4 === $objectPrototype || r4 === null;
        if (v3 === undefined ||
            !((plain2 && $objectPrototype['specversion'] === undefined) || $hasOwn.call(o1, 'specversion'))) {
            $fail(e, p + '/specversion', 'is required', '"1.0"', 'missing');
        }
        else {
            if (typeof v3 !== 'string') {
                $fail(e, p + '/specversion', 'must be a string', 'string', $type(v3));
            }
            else {
                if (v3 !== '1.0') {
                    $fail(e, p + '/specversion', 'must be "1.0"', '"1.0"', $show(v3));
                }
            }
        }
        const v5 = o1['id'];
        if (v5 === undefined || !((plain2 && $objectPrototype['id'] === undefined) || $hasOwn.call(o1, 'id'))) {
            $fail(e, p + '/id', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v5 !== 'string') {
                $fail(e, p + '/id', 'must be a string', 'string', $type(v5));
            }
        }
        const v6 = o1['source'];
        if (v6 === undefined ||
            !((plain2 && $objectPrototype['source'] === undefined) || $hasOwn.call(o1, 'source'))) {
            $fail(e, p + '/source', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v6 !== 'string') {
                $fail(e, p + '/source', 'must be a string', 'string', $type(v6));
            }
        }
        const v7 = o1['type'];
        if (v7 === undefined ||
            !((plain2 && $objectPrototype['type'] === undefined) || $hasOwn.call(o1, 'type'))) {
            $fail(e, p + '/type', 'is required', 'string', 'missing');
        }
        else {
            if (typeof v7 !== 'string') {
                $fail(e, p + '/type', 'must be a string', 'string', $type(v7));
            }
        }
        const v8 = o1['subject'];
        if (v8 !== undefined &&
            ((plain2 && $objectPrototype['subject'] === undefined) || $hasOwn.call(o1, 'subject'))) {
            if (typeof v8 !== 'string') {
                $fail(e, p + '/subject', 'must be a string', 'string', $type(v8));
            }
        }
        const v9 = o1['time'];
        if (v9 !== undefined &&
            ((plain2 && $objectPrototype['time'] === undefined) || $hasOwn.call(o1, 'time'))) {
            if (typeof v9 !== 'string') {
                $fail(e, p + '/time', 'must be a string', 'string', $type(v9));
            }
            else {
                if (!$dateTime(v9)) {
                    $fail(e, p + '/time', 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"', 'date-time', $show(v9));
                }
            }
        }
        const v10 = o1['datacontenttype'];
        if (v10 !== undefined &&
            ((plain2 && $objectPrototype['datacontenttype'] === undefined) || $hasOwn.call(o1, 'datacontenttype'))) {
            if (typeof v10 !== 'string') {
                $fail(e, p + '/datacontenttype', 'must be a string', 'string', $type(v10));
            }
        }
        const v11 = o1['dataschema'];
        if (v11 !== undefined &&
            ((plain2 && $objectPrototype['dataschema'] === undefined) || $hasOwn.call(o1, 'dataschema'))) {
            if (typeof v11 !== 'string') {
                $fail(e, p + '/dataschema', 'must be a string', 'string', $type(v11));
            }
        }
        if (s) {
            for (const k12 in o1) {
                if ($hasOwn.call(o1, k12) &&
                    k12 !== 'specversion' &&
                    k12 !== 'id' &&
                    k12 !== 'source' &&
                    k12 !== 'type' &&
                    k12 !== 'subject' &&
                    k12 !== 'time' &&
                    k12 !== 'datacontenttype' &&
                    k12 !== 'dataschema' &&
                    k12 !== 'data') {
                    $fail(e, p + '/' + $esc(k12), 'is not a declared property (strict mode)', 'no such property', $type(o1[k12]));
                }
            }
        }
    }
}
// Lookup by event type
/** The data validator of every event type. */
export const dataValidators = /* @__PURE__ */ $nullProto({
    'Microsoft.Communication.ChatMemberAddedToThreadWithUser': validateAcsChatMemberAddedToThreadWithUserEventData,
    'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': validateAcsChatMemberRemovedFromThreadWithUserEventData,
    'Microsoft.Communication.ChatMessageDeleted': validateAcsChatMessageDeletedEventData,
    'Microsoft.Communication.ChatMessageDeletedInThread': validateAcsChatMessageDeletedInThreadEventData,
    'Microsoft.Communication.ChatMessageEdited': validateAcsChatMessageEditedEventData,
    'Microsoft.Communication.ChatMessageEditedInThread': validateAcsChatMessageEditedInThreadEventData,
    'Microsoft.Communication.ChatMessageReceived': validateAcsChatMessageReceivedEventData,
    'Microsoft.Communication.ChatMessageReceivedInThread': validateAcsChatMessageReceivedInThreadEventData,
    'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': validateAcsChatParticipantAddedToThreadWithUserEventData,
    'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': validateAcsChatParticipantRemovedFromThreadWithUserEventData,
    'Microsoft.Communication.ChatThreadCreated': validateAcsChatThreadCreatedEventData,
    'Microsoft.Communication.ChatThreadCreatedWithUser': validateAcsChatThreadCreatedWithUserEventData,
    'Microsoft.Communication.ChatThreadDeleted': validateAcsChatThreadDeletedEventData,
    'Microsoft.Communication.ChatThreadParticipantAdded': validateAcsChatThreadParticipantAddedEventData,
    'Microsoft.Communication.ChatThreadParticipantRemoved': validateAcsChatThreadParticipantRemovedEventData,
    'Microsoft.Communication.ChatThreadPropertiesUpdated': validateAcsChatThreadPropertiesUpdatedEventData,
    'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': validateAcsChatThreadPropertiesUpdatedPerUserEventData,
    'Microsoft.Communication.ChatThreadWithUserDeleted': validateAcsChatThreadWithUserDeletedEventData,
    'Microsoft.Communication.InstantMessageDeleted': validateAcsInstantMessageDeletedEventData,
    'Microsoft.Communication.InstantMessageEdited': validateAcsInstantMessageEditedEventData,
    'Microsoft.Communication.InstantMessageReceived': validateAcsInstantMessageReceivedEventData,
    'Microsoft.Communication.SMSDeliveryReportReceived': validateAcsSmsDeliveryReportReceivedEventData,
    'Microsoft.Communication.SMSReceived': validateAcsSmsReceivedEventData,
});
/** The data type guard of every event type. */
export const dataGuards = 
/* @__PURE__ */ $nullProto({
    'Microsoft.Communication.ChatMemberAddedToThreadWithUser': isAcsChatMemberAddedToThreadWithUserEventData,
    'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser': isAcsChatMemberRemovedFromThreadWithUserEventData,
    'Microsoft.Communication.ChatMessageDeleted': isAcsChatMessageDeletedEventData,
    'Microsoft.Communication.ChatMessageDeletedInThread': isAcsChatMessageDeletedInThreadEventData,
    'Microsoft.Communication.ChatMessageEdited': isAcsChatMessageEditedEventData,
    'Microsoft.Communication.ChatMessageEditedInThread': isAcsChatMessageEditedInThreadEventData,
    'Microsoft.Communication.ChatMessageReceived': isAcsChatMessageReceivedEventData,
    'Microsoft.Communication.ChatMessageReceivedInThread': isAcsChatMessageReceivedInThreadEventData,
    'Microsoft.Communication.ChatParticipantAddedToThreadWithUser': isAcsChatParticipantAddedToThreadWithUserEventData,
    'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser': isAcsChatParticipantRemovedFromThreadWithUserEventData,
    'Microsoft.Communication.ChatThreadCreated': isAcsChatThreadCreatedEventData,
    'Microsoft.Communication.ChatThreadCreatedWithUser': isAcsChatThreadCreatedWithUserEventData,
    'Microsoft.Communication.ChatThreadDeleted': isAcsChatThreadDeletedEventData,
    'Microsoft.Communication.ChatThreadParticipantAdded': isAcsChatThreadParticipantAddedEventData,
    'Microsoft.Communication.ChatThreadParticipantRemoved': isAcsChatThreadParticipantRemovedEventData,
    'Microsoft.Communication.ChatThreadPropertiesUpdated': isAcsChatThreadPropertiesUpdatedEventData,
    'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser': isAcsChatThreadPropertiesUpdatedPerUserEventData,
    'Microsoft.Communication.ChatThreadWithUserDeleted': isAcsChatThreadWithUserDeletedEventData,
    'Microsoft.Communication.InstantMessageDeleted': isAcsInstantMessageDeletedEventData,
    'Microsoft.Communication.InstantMessageEdited': isAcsInstantMessageEditedEventData,
    'Microsoft.Communication.InstantMessageReceived': isAcsInstantMessageReceivedEventData,
    'Microsoft.Communication.SMSDeliveryReportReceived': isAcsSmsDeliveryReportReceivedEventData,
    'Microsoft.Communication.SMSReceived': isAcsSmsReceivedEventData,
});
