// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobClosedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterJobClosed event, reporting every error.
*
* Published when a job was closed and wrap-up is finished.
*/
export declare function validateAcsRouterJobClosedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobClosedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobClosed event.
*
* Published when a job was closed and wrap-up is finished.
*/
export declare function isAcsRouterJobClosedEventData(value: unknown): value is AcsRouterJobClosedEventData;
