// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsInstantMessageDeletedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.InstantMessageDeleted event, reporting every error.
*
* Published when a chat instant message is deleted by a Communication Services user.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*
* @deprecated The service no longer sends Microsoft.Communication.InstantMessageDeleted; see Microsoft.Communication.ChatMessageDeleted.
*/
export declare function validateAcsInstantMessageDeletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsInstantMessageDeletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.InstantMessageDeleted event.
*
* Published when a chat instant message is deleted by a Communication Services user.
*
* @deprecated The service no longer sends Microsoft.Communication.InstantMessageDeleted; see Microsoft.Communication.ChatMessageDeleted.
*/
export declare function isAcsInstantMessageDeletedEventData(value: unknown): value is AcsInstantMessageDeletedEventData;
