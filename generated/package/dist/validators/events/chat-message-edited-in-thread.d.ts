// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageEditedInThreadEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatMessageEditedInThread event, reporting every error.
*
* Published when a message is edited in a chat thread
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsChatMessageEditedInThreadEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMessageEditedInThreadEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMessageEditedInThread event.
*
* Published when a message is edited in a chat thread
*/
export declare function isAcsChatMessageEditedInThreadEventData(value: unknown): value is AcsChatMessageEditedInThreadEventData;
