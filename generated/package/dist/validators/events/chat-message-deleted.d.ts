// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageDeletedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatMessageDeleted event, reporting every error.
*
* Published when a message is deleted in a chat thread that the user is member of.
*/
export declare function validateAcsChatMessageDeletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMessageDeletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMessageDeleted event.
*
* Published when a message is deleted in a chat thread that the user is member of.
*/
export declare function isAcsChatMessageDeletedEventData(value: unknown): value is AcsChatMessageDeletedEventData;
