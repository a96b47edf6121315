// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterLabels } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a RouterLabels, reporting every error.
*
* Labels or tags of a Job Router job, worker or queue: a map from a key to a scalar value. The docs type them Dictionary<string, object> and the Job Router API accepts string, number and boolean values; the REST API spec narrows the values to strings (every docs sample shows strings).
*/
export declare function validateRouterLabels(value: unknown, options?: ValidateOptions): ValidationResult<RouterLabels>;
/**
* Whether a value is a valid RouterLabels.
*
* Labels or tags of a Job Router job, worker or queue: a map from a key to a scalar value. The docs type them Dictionary<string, object> and the Job Router API accepts string, number and boolean values; the REST API spec narrows the values to strings (every docs sample shows strings).
*/
export declare function isRouterLabels(value: unknown): value is RouterLabels;
declare function $isRouterLabels(v: unknown, s: boolean): boolean;
declare function $checkRouterLabels(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isRouterLabels, $checkRouterLabels };
