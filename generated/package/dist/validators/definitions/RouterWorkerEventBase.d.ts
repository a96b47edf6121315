// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterWorkerEventBase } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a RouterWorkerEventBase, reporting every error.
*
* What every RouterWorkerOffer* event carries: the job, its channel and the worker.
*/
export declare function validateRouterWorkerEventBase(value: unknown, options?: ValidateOptions): ValidationResult<RouterWorkerEventBase>;
/**
* Whether a value is a valid RouterWorkerEventBase.
*
* What every RouterWorkerOffer* event carries: the job, its channel and the worker.
*/
export declare function isRouterWorkerEventBase(value: unknown): value is RouterWorkerEventBase;
declare function $isRouterWorkerEventBase(v: unknown, s: boolean): boolean;
declare function $checkRouterWorkerEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isRouterWorkerEventBase, $checkRouterWorkerEventBase };
