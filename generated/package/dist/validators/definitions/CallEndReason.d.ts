// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallEndReason } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a CallEndReason, reporting every error.
*
* Why a call ended (the spec's AcsCallEndReasonProperties; no docs sample shows it).
*/
export declare function validateCallEndReason(value: unknown, options?: ValidateOptions): ValidationResult<CallEndReason>;
/**
* Whether a value is a valid CallEndReason.
*
* Why a call ended (the spec's AcsCallEndReasonProperties; no docs sample shows it).
*/
export declare function isCallEndReason(value: unknown): value is CallEndReason;
declare function $isCallEndReason(v: unknown, s: boolean): boolean;
declare function $checkCallEndReason(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isCallEndReason, $checkCallEndReason };
