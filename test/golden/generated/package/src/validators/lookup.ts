// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsEventDataMap, AcsEventType } from '../types.js';
import { $nullProto, type ValidateOptions, type ValidationResult } from '../support/validation.js';
import {
  validateAcsChatMessageReceivedEventData,
  isAcsChatMessageReceivedEventData,
} from './events/chat-message-received.js';
import {
  validateAcsInstantMessageReceivedEventData,
  isAcsInstantMessageReceivedEventData,
} from './events/instant-message-received.js';
import { validateAcsSmsReceivedEventData, isAcsSmsReceivedEventData } from './events/sms-received.js';

/** The data validator of every event type. */
export const dataValidators: {
  readonly [K in AcsEventType]: (
    value: unknown,
    options?: ValidateOptions,
  ) => ValidationResult<AcsEventDataMap[K]>;
} = /* @__PURE__ */ $nullProto({
  'Microsoft.Communication.ChatMessageReceived': validateAcsChatMessageReceivedEventData,
  'Microsoft.Communication.InstantMessageReceived': validateAcsInstantMessageReceivedEventData,
  'Microsoft.Communication.SMSReceived': validateAcsSmsReceivedEventData,
});

/** The data type guard of every event type. */
export const dataGuards: { readonly [K in AcsEventType]: (value: unknown) => value is AcsEventDataMap[K] } =
  /* @__PURE__ */ $nullProto({
    'Microsoft.Communication.ChatMessageReceived': isAcsChatMessageReceivedEventData,
    'Microsoft.Communication.InstantMessageReceived': isAcsInstantMessageReceivedEventData,
    'Microsoft.Communication.SMSReceived': isAcsSmsReceivedEventData,
  });
