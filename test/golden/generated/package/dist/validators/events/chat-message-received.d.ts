// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageReceivedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatMessageReceived event, reporting every error.
*
* Published when a message is received for a user in a chat thread that she is member of.
*/
export declare function validateAcsChatMessageReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMessageReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMessageReceived event.
*
* Published when a message is received for a user in a chat thread that she is member of.
*/
export declare function isAcsChatMessageReceivedEventData(value: unknown): value is AcsChatMessageReceivedEventData;
