// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const text = (value) => typeof value === "string" ? value : void 0;
function normalizeEvent(schema, envelope) {
  return schema === "eventgrid" ? {
    id: String(envelope.id),
    type: String(envelope.eventType),
    source: text(envelope.topic),
    subject: text(envelope.subject),
    time: text(envelope.eventTime),
    dataVersion: text(envelope.dataVersion),
    data: envelope.data,
    schema,
    envelope
  } : {
    id: String(envelope.id),
    type: String(envelope.type),
    source: text(envelope.source),
    subject: text(envelope.subject),
    time: text(envelope.time),
    dataVersion: void 0,
    data: envelope.data,
    schema,
    envelope
  };
}
export {
  normalizeEvent
};
