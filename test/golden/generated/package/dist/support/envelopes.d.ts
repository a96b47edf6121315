// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/** The CloudEvents specification version the package reads and writes. */
export declare const CLOUD_EVENTS_SPEC_VERSION = "1.0";
/** The Event Grid fields the CloudEvents form is made from. */
export interface EventGridFields<
	TType extends string,
	TData
> {
	id: string;
	topic?: string;
	subject: string;
	eventType: TType;
	eventTime: string;
	data: TData;
}
/** The CloudEvents 1.0 form `toCloudEvent` makes. */
export interface ConvertedCloudEvent<
	TType extends string,
	TData
> {
	specversion: typeof CLOUD_EVENTS_SPEC_VERSION;
	id: string;
	source: string;
	type: TType;
	time: string;
	subject: string;
	datacontenttype: "application/json";
	data: TData;
}
/**
* A CloudEvent by its own `specversion` property (an inherited one, from a polluted
* `Object.prototype`, does not count); anything else is read as an Event Grid event.
*/
export declare function isCloudEventShaped(value: unknown): value is object;
/**
* The CloudEvents 1.0 form of an Event Grid event: `source` is the topic (or `options.source` when the
* event has none), `type` the event type, `time` the event time; `data` is copied.
*/
export declare function toCloudEvent<
	TType extends string,
	TData
>(event: EventGridFields<TType, TData>, options?: {
	source?: string;
}): ConvertedCloudEvent<TType, TData>;
