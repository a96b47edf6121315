// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobDeletedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterJobDeleted event, reporting every error.
*
* Published when a job has been deleted.
*/
export declare function validateAcsRouterJobDeletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobDeletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobDeleted event.
*
* Published when a job has been deleted.
*/
export declare function isAcsRouterJobDeletedEventData(value: unknown): value is AcsRouterJobDeletedEventData;
