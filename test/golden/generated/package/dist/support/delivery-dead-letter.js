// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
function deadLetterRecord(event, facts) {
  const fields = typeof event === "object" && event !== null && !Array.isArray(event) ? event : { event };
  return {
    ...fields,
    deadLetterReason: facts.reason,
    deliveryAttempts: facts.attempts,
    lastDeliveryOutcome: facts.lastOutcome,
    ...facts.lastStatus === void 0 ? {} : { lastHttpStatusCode: facts.lastStatus },
    publishTime: facts.publishTime,
    lastDeliveryAttemptTime: facts.lastAttemptTime
  };
}
function deadLetterFileName(sequence, event) {
  const id = typeof event === "object" && event !== null && "id" in event && typeof event.id === "string" ? event.id : "event";
  const safe = id.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 100);
  return `${String(sequence).padStart(6, "0")}-${safe}.json`;
}
export {
  deadLetterFileName,
  deadLetterRecord
};
