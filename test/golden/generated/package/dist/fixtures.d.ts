// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageReceivedCloudEvent, AcsChatMessageReceivedEvent, AcsCloudEvent, AcsEvent, AcsEventDataMap, AcsEventType, AcsInstantMessageReceivedCloudEvent, AcsInstantMessageReceivedEvent, AcsSmsReceivedCloudEvent, AcsSmsReceivedEvent, CloudEvent, EventGridEvent } from "./types.js";
import { type DeepPartial, type FactoryOptions, type InvalidVariant } from "./support/fixture-building.js";
import { type DeepReadonly } from "./support/plain-data.js";
export { DEFAULT_SEED, type DeepPartial, type FactoryOptions, type InvalidVariant } from "./support/fixture-building.js";
export type { DeepReadonly } from "./support/plain-data.js";
/**
* The CloudEvents 1.0 form of an Event Grid event: `source` is the topic (or `options.source` when the
* event has none), `type` the event type, `time` the event time; `data` is copied.
*/
export declare function makeCloudEvent<E extends DeepReadonly<AcsEvent>>(event: E, options?: {
	source?: string;
}): Extract<AcsCloudEvent, {
	type: E["eventType"];
}>;
export declare function makeCloudEvent<
	TType extends string,
	TData
>(event: EventGridEvent<TType, TData>, options?: {
	source?: string;
}): CloudEvent<TType, TData>;
/** A valid, realistic `Microsoft.Communication.ChatMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatMessageReceivedEvent(overrides?: DeepPartial<AcsChatMessageReceivedEvent>, options?: FactoryOptions): AcsChatMessageReceivedEvent;
/** A valid, realistic `Microsoft.Communication.InstantMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject is the one its docs sample shows (the event has no documented subject pattern). */
export declare function makeAcsInstantMessageReceivedEvent(overrides?: DeepPartial<AcsInstantMessageReceivedEvent>, options?: FactoryOptions): AcsInstantMessageReceivedEvent;
/** A valid, realistic `Microsoft.Communication.SMSReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`/phonenumber/{phoneNumber}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsSmsReceivedEvent(overrides?: DeepPartial<AcsSmsReceivedEvent>, options?: FactoryOptions): AcsSmsReceivedEvent;
/** Every factory by event type. */
export declare const factories: { readonly [K in AcsEventType]: (overrides?: DeepPartial<EventGridEvent<K, AcsEventDataMap[K]>>, options?: FactoryOptions) => EventGridEvent<K, AcsEventDataMap[K]> };
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2020-09 docs (line 106), corrected. Frozen. */
export declare const chatMessageReceived_2020_09: DeepReadonly<AcsChatMessageReceivedEvent>;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2020-09 docs (line 106), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedCloudEvent_2020_09: DeepReadonly<AcsChatMessageReceivedCloudEvent>;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-02 docs (line 132), corrected. Frozen. */
export declare const chatMessageReceived_2021_02: DeepReadonly<AcsChatMessageReceivedEvent>;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-02 docs (line 132), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedCloudEvent_2021_02: DeepReadonly<AcsChatMessageReceivedCloudEvent>;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10 docs (line 47), corrected. Frozen. */
export declare const chatMessageReceived_2021_10: DeepReadonly<AcsChatMessageReceivedEvent>;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10 docs (line 47), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedCloudEvent_2021_10: DeepReadonly<AcsChatMessageReceivedCloudEvent>;
/** `Microsoft.Communication.InstantMessageReceived` as published in the 2020-03 docs (line 142), corrected. Frozen. */
export declare const instantMessageReceived_2020_03: DeepReadonly<AcsInstantMessageReceivedEvent>;
/** `Microsoft.Communication.InstantMessageReceived` as published in the 2020-03 docs (line 142), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const instantMessageReceivedCloudEvent_2020_03: DeepReadonly<AcsInstantMessageReceivedCloudEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-03 docs (line 85), corrected. Frozen. */
export declare const smsReceived_2020_03: DeepReadonly<AcsSmsReceivedEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-03 docs (line 85), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsReceivedCloudEvent_2020_03: DeepReadonly<AcsSmsReceivedCloudEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-09 docs (line 87), corrected. Frozen. */
export declare const smsReceived_2020_09: DeepReadonly<AcsSmsReceivedEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-09 docs (line 87), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsReceivedCloudEvent_2020_09: DeepReadonly<AcsSmsReceivedCloudEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2021-02 docs (line 111), corrected. Frozen. */
export declare const smsReceived_2021_02: DeepReadonly<AcsSmsReceivedEvent>;
/** `Microsoft.Communication.SMSReceived` as published in the 2021-02 docs (line 111), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsReceivedCloudEvent_2021_02: DeepReadonly<AcsSmsReceivedCloudEvent>;
/** Every docs sample by event type and docs version, in both envelopes. */
export declare const fixtures: {
	readonly eventGrid: {
		readonly "Microsoft.Communication.ChatMessageReceived": {
			readonly "2020-09": typeof chatMessageReceived_2020_09;
			readonly "2021-02": typeof chatMessageReceived_2021_02;
			readonly "2021-10": typeof chatMessageReceived_2021_10;
		};
		readonly "Microsoft.Communication.InstantMessageReceived": {
			readonly "2020-03": typeof instantMessageReceived_2020_03;
		};
		readonly "Microsoft.Communication.SMSReceived": {
			readonly "2020-03": typeof smsReceived_2020_03;
			readonly "2020-09": typeof smsReceived_2020_09;
			readonly "2021-02": typeof smsReceived_2021_02;
		};
	};
	readonly cloudEvents: {
		readonly "Microsoft.Communication.ChatMessageReceived": {
			readonly "2020-09": typeof chatMessageReceivedCloudEvent_2020_09;
			readonly "2021-02": typeof chatMessageReceivedCloudEvent_2021_02;
			readonly "2021-10": typeof chatMessageReceivedCloudEvent_2021_10;
		};
		readonly "Microsoft.Communication.InstantMessageReceived": {
			readonly "2020-03": typeof instantMessageReceivedCloudEvent_2020_03;
		};
		readonly "Microsoft.Communication.SMSReceived": {
			readonly "2020-03": typeof smsReceivedCloudEvent_2020_03;
			readonly "2020-09": typeof smsReceivedCloudEvent_2020_09;
			readonly "2021-02": typeof smsReceivedCloudEvent_2021_02;
		};
	};
};
/** One docs sample in both envelopes. */
export interface FixtureEntry {
	readonly eventType: AcsEventType;
	readonly docsVersion: string;
	readonly eventGrid: DeepReadonly<AcsEvent>;
	readonly cloudEvent: DeepReadonly<AcsCloudEvent>;
}
/** Every docs sample as one list, oldest docs version first within each event type. */
export declare const fixtureList: readonly FixtureEntry[];
/** For each event type, events that each break one rule of a valid factory event (default seed). */
export declare const invalidVariants: { readonly [K in AcsEventType]: readonly InvalidVariant[] };
