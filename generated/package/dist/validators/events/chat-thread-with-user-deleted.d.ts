// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadWithUserDeletedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatThreadWithUserDeleted event, reporting every error.
*
* Published when a chat thread is deleted which the user is member of.
*/
export declare function validateAcsChatThreadWithUserDeletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadWithUserDeletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadWithUserDeleted event.
*
* Published when a chat thread is deleted which the user is member of.
*/
export declare function isAcsChatThreadWithUserDeletedEventData(value: unknown): value is AcsChatThreadWithUserDeletedEventData;
