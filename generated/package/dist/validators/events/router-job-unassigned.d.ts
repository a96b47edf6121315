// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobUnassignedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterJobUnassigned event, reporting every error.
*
* Published when an already assigned job has been unassigned from a worker.
*/
export declare function validateAcsRouterJobUnassignedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobUnassignedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobUnassigned event.
*
* Published when an already assigned job has been unassigned from a worker.
*/
export declare function isAcsRouterJobUnassignedEventData(value: unknown): value is AcsRouterJobUnassignedEventData;
