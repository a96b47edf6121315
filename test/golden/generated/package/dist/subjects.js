// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { hasOwn } from './support/plain-data.js';
import { formatPattern, matchSubject } from './support/subject-patterns.js';
/** Each event's subject patterns as the catalog records them (`{name}` marks a parameter). */
export const subjectPatterns = {
    'Microsoft.Communication.ChatMessageReceived': [
        'thread/{threadId}/sender/{senderId}/recipient/{recipientId}',
    ],
    'Microsoft.Communication.SMSReceived': ['/phonenumber/{phoneNumber}'],
};
/** The parameters each event's first pattern writes transformed (`digits`: an E.164 number without "+"). */
const subjectTransforms = {
    'Microsoft.Communication.SMSReceived': { phoneNumber: 'digits' },
};
/**
 * The named parameters of `subject` for an event type, or undefined when it does not fit any of the
 * type's patterns. Literal segments compare case-insensitively (as Event Grid filters do) and a
 * leading "/" is optional (the SMS samples carry one, the documented prefixes do not).
 */
export function parseSubject(eventType, subject) {
    if (!hasOwn(subjectPatterns, eventType))
        return undefined;
    return matchSubject(subjectPatterns[eventType], subject);
}
/**
 * The subject an event of this type carries for these parameters (its first pattern), each written as
 * the service writes it: a phone number of an SMS subject as its digits, without "+".
 */
export function formatSubject(eventType, parameters) {
    return formatPattern(subjectPatterns[eventType][0], parameters, subjectTransforms[eventType]);
}
