// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadCreatedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatThreadCreated event, reporting every error.
*
* Published when a chat thread is created
*/
export declare function validateAcsChatThreadCreatedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadCreatedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadCreated event.
*
* Published when a chat thread is created
*/
export declare function isAcsChatThreadCreatedEventData(value: unknown): value is AcsChatThreadCreatedEventData;
