// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobSchedulingFailedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterJobSchedulingFailed event, reporting every error.
*
* Published when a scheduled job was requested but Job Router failed to schedule it.
*/
export declare function validateAcsRouterJobSchedulingFailedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobSchedulingFailedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobSchedulingFailed event.
*
* Published when a scheduled job was requested but Job Router failed to schedule it.
*/
export declare function isAcsRouterJobSchedulingFailedEventData(value: unknown): value is AcsRouterJobSchedulingFailedEventData;
