// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterCommunicationError } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a RouterCommunicationError, reporting every error.
*
* An error Job Router reports, with optional nested detail (OData error shape).
*/
export declare function validateRouterCommunicationError(value: unknown, options?: ValidateOptions): ValidationResult<RouterCommunicationError>;
/**
* Whether a value is a valid RouterCommunicationError.
*
* An error Job Router reports, with optional nested detail (OData error shape).
*/
export declare function isRouterCommunicationError(value: unknown): value is RouterCommunicationError;
declare function $isRouterCommunicationError(v: unknown, s: boolean): boolean;
declare function $checkRouterCommunicationError(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isRouterCommunicationError, $checkRouterCommunicationError };
