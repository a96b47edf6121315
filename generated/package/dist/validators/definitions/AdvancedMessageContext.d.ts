// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageContext } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a AdvancedMessageContext, reporting every error.
*
* The message a received message replies to (the spec's AcsMessageContext; the docs' MessageContext).
*/
export declare function validateAdvancedMessageContext(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageContext>;
/**
* Whether a value is a valid AdvancedMessageContext.
*
* The message a received message replies to (the spec's AcsMessageContext; the docs' MessageContext).
*/
export declare function isAdvancedMessageContext(value: unknown): value is AdvancedMessageContext;
declare function $isAdvancedMessageContext(v: unknown, s: boolean): boolean;
declare function $checkAdvancedMessageContext(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isAdvancedMessageContext, $checkAdvancedMessageContext };
