// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterWorker } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a RouterWorker, reporting every error.
*
* A Job Router worker's state: capacity, queues, channels, labels and tags, as RouterWorkerRegistered, RouterWorkerDeleted and RouterWorkerUpdated give it.
*/
export declare function validateRouterWorker(value: unknown, options?: ValidateOptions): ValidationResult<RouterWorker>;
/**
* Whether a value is a valid RouterWorker.
*
* A Job Router worker's state: capacity, queues, channels, labels and tags, as RouterWorkerRegistered, RouterWorkerDeleted and RouterWorkerUpdated give it.
*/
export declare function isRouterWorker(value: unknown): value is RouterWorker;
declare function $isRouterWorker(v: unknown, s: boolean): boolean;
declare function $checkRouterWorker(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isRouterWorker, $checkRouterWorker };
