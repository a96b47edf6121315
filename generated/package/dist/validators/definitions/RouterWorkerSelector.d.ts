// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterWorkerSelector } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a RouterWorkerSelector, reporting every error.
*
* A condition a worker must meet to be offered a job: the worker label `key` compared with `value` by `labelOperator`, optionally limited in time (`ttlSeconds`, `expirationTime`).
*/
export declare function validateRouterWorkerSelector(value: unknown, options?: ValidateOptions): ValidationResult<RouterWorkerSelector>;
/**
* Whether a value is a valid RouterWorkerSelector.
*
* A condition a worker must meet to be offered a job: the worker label `key` compared with `value` by `labelOperator`, optionally limited in time (`ttlSeconds`, `expirationTime`).
*/
export declare function isRouterWorkerSelector(value: unknown): value is RouterWorkerSelector;
declare function $isRouterWorkerSelector(v: unknown, s: boolean): boolean;
declare function $checkRouterWorkerSelector(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isRouterWorkerSelector, $checkRouterWorkerSelector };
