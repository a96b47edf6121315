// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadDeletedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatThreadDeleted event, reporting every error.
*
* Published when a chat thread is deleted
*/
export declare function validateAcsChatThreadDeletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadDeletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadDeleted event.
*
* Published when a chat thread is deleted
*/
export declare function isAcsChatThreadDeletedEventData(value: unknown): value is AcsChatThreadDeletedEventData;
