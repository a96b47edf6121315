// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterChannelConfiguration } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a RouterChannelConfiguration, reporting every error.
*
* A worker's capacity on one channel.
*/
export declare function validateRouterChannelConfiguration(value: unknown, options?: ValidateOptions): ValidationResult<RouterChannelConfiguration>;
/**
* Whether a value is a valid RouterChannelConfiguration.
*
* A worker's capacity on one channel.
*/
export declare function isRouterChannelConfiguration(value: unknown): value is RouterChannelConfiguration;
declare function $isRouterChannelConfiguration(v: unknown, s: boolean): boolean;
declare function $checkRouterChannelConfiguration(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isRouterChannelConfiguration, $checkRouterChannelConfiguration };
