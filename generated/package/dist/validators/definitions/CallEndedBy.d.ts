// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallEndedBy } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a CallEndedBy, reporting every error.
*
* Who ended a call (the spec's AcsCallEndedByProperties; no docs sample shows it).
*/
export declare function validateCallEndedBy(value: unknown, options?: ValidateOptions): ValidationResult<CallEndedBy>;
/**
* Whether a value is a valid CallEndedBy.
*
* Who ended a call (the spec's AcsCallEndedByProperties; no docs sample shows it).
*/
export declare function isCallEndedBy(value: unknown): value is CallEndedBy;
declare function $isCallEndedBy(v: unknown, s: boolean): boolean;
declare function $checkCallEndedBy(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isCallEndedBy, $checkCallEndedBy };
