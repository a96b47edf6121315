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
