// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerRegisteredEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterWorkerRegistered event, reporting every error.
*
* Published when a worker has been registered (its status changed from inactive or draining to active).
*/
export declare function validateAcsRouterWorkerRegisteredEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerRegisteredEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerRegistered event.
*
* Published when a worker has been registered (its status changed from inactive or draining to active).
*/
export declare function isAcsRouterWorkerRegisteredEventData(value: unknown): value is AcsRouterWorkerRegisteredEventData;
