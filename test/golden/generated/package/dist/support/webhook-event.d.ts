// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* One shape for an event whichever envelope carried it (Event Grid schema or CloudEvents 1.0), so a
* handler is written once. The envelope stays reachable, discriminated by `schema`. Shipped in the
* package; the generated webhook.ts instantiates it with the catalog's types.
*/
/** The fields both envelopes have, under one set of names. */
export interface NormalizedFields<
	TType extends string,
	TData
> {
	id: string;
	type: TType;
	/** The topic (Event Grid schema) or source (CloudEvents); Event Grid sets both to the ACS resource. */
	source: string | undefined;
	subject: string | undefined;
	/** `eventTime` or `time`. */
	time: string | undefined;
	/** `dataVersion` of the Event Grid schema; CloudEvents carry none. */
	dataVersion: string | undefined;
	data: TData;
}
/** A normalized event; `schema` tells which envelope `envelope` is. */
export type NormalizedEvent<
	TType extends string,
	TData,
	TEventGrid,
	TCloudEvent
> = NormalizedFields<TType, TData> & ({
	schema: "eventgrid";
	envelope: TEventGrid;
} | {
	schema: "cloudevents";
	envelope: TCloudEvent;
});
/** The normalized form of an envelope the parser has already validated (one object literal: it runs per event). */
export declare function normalizeEvent(schema: "eventgrid" | "cloudevents", envelope: Record<string, unknown>): NormalizedEvent<string, unknown, unknown, unknown>;
