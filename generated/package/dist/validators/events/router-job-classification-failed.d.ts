// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobClassificationFailedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterJobClassificationFailed event, reporting every error.
*
* Published when Job Router failed to classify a job using its classification policy.
*/
export declare function validateAcsRouterJobClassificationFailedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobClassificationFailedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobClassificationFailed event.
*
* Published when Job Router failed to classify a job using its classification policy.
*/
export declare function isAcsRouterJobClassificationFailedEventData(value: unknown): value is AcsRouterJobClassificationFailedEventData;
