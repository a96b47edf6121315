// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallGroup } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a CallGroup, reporting every error.
*
* The group of a group call (the spec's AcsCallGroupProperties).
*/
export declare function validateCallGroup(value: unknown, options?: ValidateOptions): ValidationResult<CallGroup>;
/**
* Whether a value is a valid CallGroup.
*
* The group of a group call (the spec's AcsCallGroupProperties).
*/
export declare function isCallGroup(value: unknown): value is CallGroup;
declare function $isCallGroup(v: unknown, s: boolean): boolean;
declare function $checkCallGroup(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isCallGroup, $checkCallGroup };
