// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { hasOwn } from "./support/plain-data.js";
import { formatPattern, matchSubject } from "./support/subject-patterns.js";
const subjectPatterns = {
  "Microsoft.Communication.ChatMessageReceived": [
    "thread/{threadId}/sender/{senderId}/recipient/{recipientId}"
  ],
  "Microsoft.Communication.SMSReceived": ["/phonenumber/{phoneNumber}"]
};
const subjectTransforms = {
  "Microsoft.Communication.SMSReceived": { phoneNumber: "digits" }
};
function parseSubject(eventType, subject) {
  if (!hasOwn(subjectPatterns, eventType)) return void 0;
  return matchSubject(subjectPatterns[eventType], subject);
}
function formatSubject(eventType, parameters) {
  return formatPattern(subjectPatterns[eventType][0], parameters, subjectTransforms[eventType]);
}
export {
  formatSubject,
  parseSubject,
  subjectPatterns
};
