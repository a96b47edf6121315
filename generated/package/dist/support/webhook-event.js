// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * One shape for an event whichever envelope carried it (Event Grid schema or CloudEvents 1.0), so a
 * handler is written once. The envelope stays reachable, discriminated by `schema`. Shipped in the
 * package; the generated webhook.ts instantiates it with the catalog's types.
 */
const text = (value) => (typeof value === 'string' ? value : undefined);
/** The normalized form of an envelope the parser has already validated (one object literal: it runs per event). */
export function normalizeEvent(schema, envelope) {
    return schema === 'eventgrid'
        ? {
            id: String(envelope.id),
            type: String(envelope.eventType),
            source: text(envelope.topic),
            subject: text(envelope.subject),
            time: text(envelope.eventTime),
            dataVersion: text(envelope.dataVersion),
            data: envelope.data,
            schema,
            envelope,
        }
        : {
            id: String(envelope.id),
            type: String(envelope.type),
            source: text(envelope.source),
            subject: text(envelope.subject),
            time: text(envelope.time),
            dataVersion: undefined,
            data: envelope.data,
            schema,
            envelope,
        };
}
