// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatTypingIndicatorReceivedInThreadEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatTypingIndicatorReceivedInThread event, reporting every error.
*
* Published when a typing indicator is received in a chat thread (REST API spec only: no docs page lists it).
*/
export declare function validateAcsChatTypingIndicatorReceivedInThreadEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatTypingIndicatorReceivedInThreadEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatTypingIndicatorReceivedInThread event.
*
* Published when a typing indicator is received in a chat thread (REST API spec only: no docs page lists it).
*/
export declare function isAcsChatTypingIndicatorReceivedInThreadEventData(value: unknown): value is AcsChatTypingIndicatorReceivedInThreadEventData;
