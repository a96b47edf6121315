// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobQueuedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterJobQueued event, reporting every error.
*
* Published when a job has been successfully enqueued.
*/
export declare function validateAcsRouterJobQueuedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobQueuedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobQueued event.
*
* Published when a job has been successfully enqueued.
*/
export declare function isAcsRouterJobQueuedEventData(value: unknown): value is AcsRouterJobQueuedEventData;
