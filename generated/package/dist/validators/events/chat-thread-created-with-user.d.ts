// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadCreatedWithUserEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatThreadCreatedWithUser event, reporting every error.
*
* Published when the user is added as member at the time of creation of a chat thread.
*/
export declare function validateAcsChatThreadCreatedWithUserEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadCreatedWithUserEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadCreatedWithUser event.
*
* Published when the user is added as member at the time of creation of a chat thread.
*/
export declare function isAcsChatThreadCreatedWithUserEventData(value: unknown): value is AcsChatThreadCreatedWithUserEventData;
