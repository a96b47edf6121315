// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsCloudEvent, AcsEvent, CloudEvent, EventGridEvent } from "./types.js";
import type { DeepReadonly } from "./support/plain-data.js";
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
export { makeAcsChatMessageReceivedEvent, chatMessageReceived_2020_09, chatMessageReceivedCloudEvent_2020_09, chatMessageReceived_2021_02, chatMessageReceivedCloudEvent_2021_02, chatMessageReceived_2021_10, chatMessageReceivedCloudEvent_2021_10 } from "./fixtures/events/chat-message-received.js";
export { makeAcsInstantMessageReceivedEvent, instantMessageReceived_2020_03, instantMessageReceivedCloudEvent_2020_03 } from "./fixtures/events/instant-message-received.js";
export { makeAcsSmsReceivedEvent, smsReceived_2020_03, smsReceivedCloudEvent_2020_03, smsReceived_2020_09, smsReceivedCloudEvent_2020_09, smsReceived_2021_02, smsReceivedCloudEvent_2021_02 } from "./fixtures/events/sms-received.js";
export { factories, fixtureList, fixtures, invalidVariants, type FixtureEntry } from "./fixtures/lookup.js";
