// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageDeletedInThreadEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatMessageDeletedInThread event, reporting every error.
*
* Published when a message is deleted in  a chat thread
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsChatMessageDeletedInThreadEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMessageDeletedInThreadEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMessageDeletedInThread event.
*
* Published when a message is deleted in  a chat thread
*/
export declare function isAcsChatMessageDeletedInThreadEventData(value: unknown): value is AcsChatMessageDeletedInThreadEventData;
