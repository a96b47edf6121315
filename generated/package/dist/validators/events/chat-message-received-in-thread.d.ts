// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageReceivedInThreadEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatMessageReceivedInThread event, reporting every error.
*
* Published when a message is received in a chat thread
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsChatMessageReceivedInThreadEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMessageReceivedInThreadEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMessageReceivedInThread event.
*
* Published when a message is received in a chat thread
*/
export declare function isAcsChatMessageReceivedInThreadEventData(value: unknown): value is AcsChatMessageReceivedInThreadEventData;
