// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobCancelledEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterJobCancelled event, reporting every error.
*
* Published when a job was canceled.
*/
export declare function validateAcsRouterJobCancelledEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobCancelledEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobCancelled event.
*
* Published when a job was canceled.
*/
export declare function isAcsRouterJobCancelledEventData(value: unknown): value is AcsRouterJobCancelledEventData;
