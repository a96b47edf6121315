// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerDeletedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterWorkerDeleted event, reporting every error.
*
* Published when a worker has been deleted.
*/
export declare function validateAcsRouterWorkerDeletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerDeletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerDeleted event.
*
* Published when a worker has been deleted.
*/
export declare function isAcsRouterWorkerDeletedEventData(value: unknown): value is AcsRouterWorkerDeletedEventData;
