// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsCallEndedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.CallEnded event, reporting every error.
*
* Published when a call is ended.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsCallEndedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsCallEndedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.CallEnded event.
*
* Published when a call is ended.
*/
export declare function isAcsCallEndedEventData(value: unknown): value is AcsCallEndedEventData;
