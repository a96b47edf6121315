// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsInstantMessageEditedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.InstantMessageEdited event, reporting every error.
*
* Published when a chat instant message is edited by a Communication Services user.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*
* @deprecated The service no longer sends Microsoft.Communication.InstantMessageEdited; see Microsoft.Communication.ChatMessageEdited.
*/
export declare function validateAcsInstantMessageEditedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsInstantMessageEditedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.InstantMessageEdited event.
*
* Published when a chat instant message is edited by a Communication Services user.
*
* @deprecated The service no longer sends Microsoft.Communication.InstantMessageEdited; see Microsoft.Communication.ChatMessageEdited.
*/
export declare function isAcsInstantMessageEditedEventData(value: unknown): value is AcsInstantMessageEditedEventData;
