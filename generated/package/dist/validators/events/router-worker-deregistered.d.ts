// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerDeregisteredEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterWorkerDeregistered event, reporting every error.
*
* Published when a worker has been deregistered (its status changed from active to inactive or draining).
*/
export declare function validateAcsRouterWorkerDeregisteredEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerDeregisteredEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerDeregistered event.
*
* Published when a worker has been deregistered (its status changed from active to inactive or draining).
*/
export declare function isAcsRouterWorkerDeregisteredEventData(value: unknown): value is AcsRouterWorkerDeregisteredEventData;
