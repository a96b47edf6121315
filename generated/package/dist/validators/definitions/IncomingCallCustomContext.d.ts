// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { IncomingCallCustomContext } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a IncomingCallCustomContext, reporting every error.
*
* Custom context of an incoming call (the spec's AcsIncomingCallCustomContext).
*/
export declare function validateIncomingCallCustomContext(value: unknown, options?: ValidateOptions): ValidationResult<IncomingCallCustomContext>;
/**
* Whether a value is a valid IncomingCallCustomContext.
*
* Custom context of an incoming call (the spec's AcsIncomingCallCustomContext).
*/
export declare function isIncomingCallCustomContext(value: unknown): value is IncomingCallCustomContext;
declare function $isIncomingCallCustomContext(v: unknown, s: boolean): boolean;
declare function $checkIncomingCallCustomContext(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isIncomingCallCustomContext, $checkIncomingCallCustomContext };
