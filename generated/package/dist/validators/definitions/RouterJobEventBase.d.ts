// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterJobEventBase } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a RouterJobEventBase, reporting every error.
*
* What every RouterJob* event carries: the job, its channel and queue, labels and tags.
*/
export declare function validateRouterJobEventBase(value: unknown, options?: ValidateOptions): ValidationResult<RouterJobEventBase>;
/**
* Whether a value is a valid RouterJobEventBase.
*
* What every RouterJob* event carries: the job, its channel and queue, labels and tags.
*/
export declare function isRouterJobEventBase(value: unknown): value is RouterJobEventBase;
declare function $isRouterJobEventBase(v: unknown, s: boolean): boolean;
declare function $checkRouterJobEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isRouterJobEventBase, $checkRouterJobEventBase };
