// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobClassifiedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterJobClassified event, reporting every error.
*
* Published when the classification policy was applied to a job.
*/
export declare function validateAcsRouterJobClassifiedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobClassifiedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobClassified event.
*
* Published when the classification policy was applied to a job.
*/
export declare function isAcsRouterJobClassifiedEventData(value: unknown): value is AcsRouterJobClassifiedEventData;
