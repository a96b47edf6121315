// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsCallStartedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.CallStarted event, reporting every error.
*
* Published when a call is started.
*/
export declare function validateAcsCallStartedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsCallStartedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.CallStarted event.
*
* Published when a call is started.
*/
export declare function isAcsCallStartedEventData(value: unknown): value is AcsCallStartedEventData;
