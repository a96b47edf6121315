// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobCompletedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterJobCompleted event, reporting every error.
*
* Published when a job was completed and enters wrap-up.
*/
export declare function validateAcsRouterJobCompletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobCompletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobCompleted event.
*
* Published when a job was completed and enters wrap-up.
*/
export declare function isAcsRouterJobCompletedEventData(value: unknown): value is AcsRouterJobCompletedEventData;
