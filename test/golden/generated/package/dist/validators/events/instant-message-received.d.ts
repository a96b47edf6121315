// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsInstantMessageReceivedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.InstantMessageReceived event, reporting every error.
*
* Published when a chat instant message is received by a Communication Services user.
*
* @deprecated The service no longer sends Microsoft.Communication.InstantMessageReceived; see Microsoft.Communication.ChatMessageReceived.
*/
export declare function validateAcsInstantMessageReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsInstantMessageReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.InstantMessageReceived event.
*
* Published when a chat instant message is received by a Communication Services user.
*
* @deprecated The service no longer sends Microsoft.Communication.InstantMessageReceived; see Microsoft.Communication.ChatMessageReceived.
*/
export declare function isAcsInstantMessageReceivedEventData(value: unknown): value is AcsInstantMessageReceivedEventData;
