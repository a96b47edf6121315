// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterEventBase } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a RouterEventBase, reporting every error.
*
* What every Job Router job and offer event carries: the job and its channel.
*/
export declare function validateRouterEventBase(value: unknown, options?: ValidateOptions): ValidationResult<RouterEventBase>;
/**
* Whether a value is a valid RouterEventBase.
*
* What every Job Router job and offer event carries: the job and its channel.
*/
export declare function isRouterEventBase(value: unknown): value is RouterEventBase;
declare function $isRouterEventBase(v: unknown, s: boolean): boolean;
declare function $checkRouterEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isRouterEventBase, $checkRouterEventBase };
