// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobWorkerSelectorsExpiredEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterJobWorkerSelectorsExpired event, reporting every error.
*
* Published when one or more worker selectors on a job have expired.
*/
export declare function validateAcsRouterJobWorkerSelectorsExpiredEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobWorkerSelectorsExpiredEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobWorkerSelectorsExpired event.
*
* Published when one or more worker selectors on a job have expired.
*/
export declare function isAcsRouterJobWorkerSelectorsExpiredEventData(value: unknown): value is AcsRouterJobWorkerSelectorsExpiredEventData;
