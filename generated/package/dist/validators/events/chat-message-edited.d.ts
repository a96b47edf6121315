// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageEditedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatMessageEdited event, reporting every error.
*
* Published when a message is edited in a chat thread that the user is member of.
*/
export declare function validateAcsChatMessageEditedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMessageEditedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMessageEdited event.
*
* Published when a message is edited in a chat thread that the user is member of.
*/
export declare function isAcsChatMessageEditedEventData(value: unknown): value is AcsChatMessageEditedEventData;
