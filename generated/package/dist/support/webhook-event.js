// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * One shape for an event whichever envelope carried it (Event Grid schema or CloudEvents 1.0), so a
 * handler is written once. The envelope stays reachable, discriminated by `schema`. Shipped in the
 * package; the generated webhook.ts instantiates it with the catalog's types.
 */
const text = (value) => (typeof value === 'string' ? value : undefined);
/** The normalized form of an envelope the parser has already validated. */
export function normalizeEvent(schema, envelope) {
    const grid = schema === 'eventgrid';
    const fields = {
        id: String(envelope.id),
        type: String(grid ? envelope.eventType : envelope.type),
        source: text(grid ? envelope.topic : envelope.source),
        subject: text(envelope.subject),
        time: text(grid ? envelope.eventTime : envelope.time),
        dataVersion: grid ? text(envelope.dataVersion) : undefined,
        data: envelope.data,
    };
    return grid ? { ...fields, schema, envelope } : { ...fields, schema, envelope };
}
