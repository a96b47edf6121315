// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageReceivedCloudEvent, AcsChatMessageReceivedEvent, AcsCloudEvent, AcsEvent, AcsEventDataMap, AcsEventType, AcsInstantMessageReceivedCloudEvent, AcsInstantMessageReceivedEvent, AcsSmsReceivedCloudEvent, AcsSmsReceivedEvent, CloudEvent, EventGridEvent } from './types.js';
import { type DeepPartial, type FactoryOptions, type InvalidVariant } from './support/fixture-building.js';
export { DEFAULT_SEED, type DeepPartial, type FactoryOptions, type InvalidVariant, } from './support/fixture-building.js';
/**
 * The CloudEvents 1.0 form of an Event Grid event: `source` is the topic (or `options.source` when the
 * event has none), `type` the event type, `time` the event time; `data` is copied.
 */
export declare function makeCloudEvent<E extends AcsEvent>(event: E, options?: {
    source?: string;
}): Extract<AcsCloudEvent, {
    type: E['eventType'];
}>;
export declare function makeCloudEvent<TType extends string, TData>(event: EventGridEvent<TType, TData>, options?: {
    source?: string;
}): CloudEvent<TType, TData>;
/** A valid, realistic `Microsoft.Communication.ChatMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`thread/{threadId}/sender/{senderId}/recipient/{recipientId}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsChatMessageReceivedEvent(overrides?: DeepPartial<AcsChatMessageReceivedEvent>, options?: FactoryOptions): AcsChatMessageReceivedEvent;
/** A valid, realistic `Microsoft.Communication.InstantMessageReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject is the one its docs sample shows (the event has no documented subject pattern). */
export declare function makeAcsInstantMessageReceivedEvent(overrides?: DeepPartial<AcsInstantMessageReceivedEvent>, options?: FactoryOptions): AcsInstantMessageReceivedEvent;
/** A valid, realistic `Microsoft.Communication.SMSReceived` event. The same seed gives the same event; overrides merge deeply (arrays replace) into a new event, and its subject (`/phonenumber/{phoneNumber}`) follows the (overridden) data unless `subject` is overridden too; a RangeError says when an overridden value cannot appear in a subject (empty or holding "/"). */
export declare function makeAcsSmsReceivedEvent(overrides?: DeepPartial<AcsSmsReceivedEvent>, options?: FactoryOptions): AcsSmsReceivedEvent;
/** Every factory by event type. */
export declare const factories: {
    readonly [K in AcsEventType]: (overrides?: DeepPartial<EventGridEvent<K, AcsEventDataMap[K]>>, options?: FactoryOptions) => EventGridEvent<K, AcsEventDataMap[K]>;
};
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2020-09 docs (line 106), corrected. Frozen. */
export declare const chatMessageReceived_2020_09: AcsChatMessageReceivedEvent;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2020-09 docs (line 106), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedCloudEvent_2020_09: AcsChatMessageReceivedCloudEvent;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-02 docs (line 132), corrected. Frozen. */
export declare const chatMessageReceived_2021_02: AcsChatMessageReceivedEvent;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-02 docs (line 132), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedCloudEvent_2021_02: AcsChatMessageReceivedCloudEvent;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10 docs (line 47), corrected. Frozen. */
export declare const chatMessageReceived_2021_10: AcsChatMessageReceivedEvent;
/** `Microsoft.Communication.ChatMessageReceived` as published in the 2021-10 docs (line 47), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const chatMessageReceivedCloudEvent_2021_10: AcsChatMessageReceivedCloudEvent;
/** `Microsoft.Communication.InstantMessageReceived` as published in the 2020-03 docs (line 142), corrected. Frozen. */
export declare const instantMessageReceived_2020_03: AcsInstantMessageReceivedEvent;
/** `Microsoft.Communication.InstantMessageReceived` as published in the 2020-03 docs (line 142), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const instantMessageReceivedCloudEvent_2020_03: AcsInstantMessageReceivedCloudEvent;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-03 docs (line 85), corrected. Frozen. */
export declare const smsReceived_2020_03: AcsSmsReceivedEvent;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-03 docs (line 85), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsReceivedCloudEvent_2020_03: AcsSmsReceivedCloudEvent;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-09 docs (line 87), corrected. Frozen. */
export declare const smsReceived_2020_09: AcsSmsReceivedEvent;
/** `Microsoft.Communication.SMSReceived` as published in the 2020-09 docs (line 87), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsReceivedCloudEvent_2020_09: AcsSmsReceivedCloudEvent;
/** `Microsoft.Communication.SMSReceived` as published in the 2021-02 docs (line 111), corrected. Frozen. */
export declare const smsReceived_2021_02: AcsSmsReceivedEvent;
/** `Microsoft.Communication.SMSReceived` as published in the 2021-02 docs (line 111), corrected, as a CloudEvents 1.0 event. Frozen. */
export declare const smsReceivedCloudEvent_2021_02: AcsSmsReceivedCloudEvent;
/** Every docs sample by event type and docs version, in both envelopes. */
export declare const fixtures: {
    eventGrid: {
        'Microsoft.Communication.ChatMessageReceived': {
            '2020-09': AcsChatMessageReceivedEvent;
            '2021-02': AcsChatMessageReceivedEvent;
            '2021-10': AcsChatMessageReceivedEvent;
        };
        'Microsoft.Communication.InstantMessageReceived': {
            '2020-03': AcsInstantMessageReceivedEvent;
        };
        'Microsoft.Communication.SMSReceived': {
            '2020-03': AcsSmsReceivedEvent;
            '2020-09': AcsSmsReceivedEvent;
            '2021-02': AcsSmsReceivedEvent;
        };
    };
    cloudEvents: {
        'Microsoft.Communication.ChatMessageReceived': {
            '2020-09': AcsChatMessageReceivedCloudEvent;
            '2021-02': AcsChatMessageReceivedCloudEvent;
            '2021-10': AcsChatMessageReceivedCloudEvent;
        };
        'Microsoft.Communication.InstantMessageReceived': {
            '2020-03': AcsInstantMessageReceivedCloudEvent;
        };
        'Microsoft.Communication.SMSReceived': {
            '2020-03': AcsSmsReceivedCloudEvent;
            '2020-09': AcsSmsReceivedCloudEvent;
            '2021-02': AcsSmsReceivedCloudEvent;
        };
    };
};
/** One docs sample in both envelopes. */
export interface FixtureEntry {
    readonly eventType: AcsEventType;
    readonly docsVersion: string;
    readonly eventGrid: AcsEvent;
    readonly cloudEvent: AcsCloudEvent;
}
/** Every docs sample as one list, oldest docs version first within each event type. */
export declare const fixtureList: readonly FixtureEntry[];
/** For each event type, events that each break one rule of a valid factory event (default seed). */
export declare const invalidVariants: {
    readonly [K in AcsEventType]: readonly InvalidVariant[];
};
