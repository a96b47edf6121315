// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterQueueDetails } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a RouterQueueDetails, reporting every error.
*
* A Job Router queue: its id, name and labels.
*/
export declare function validateRouterQueueDetails(value: unknown, options?: ValidateOptions): ValidationResult<RouterQueueDetails>;
/**
* Whether a value is a valid RouterQueueDetails.
*
* A Job Router queue: its id, name and labels.
*/
export declare function isRouterQueueDetails(value: unknown): value is RouterQueueDetails;
declare function $isRouterQueueDetails(v: unknown, s: boolean): boolean;
declare function $checkRouterQueueDetails(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isRouterQueueDetails, $checkRouterQueueDetails };
