// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallingEventBase } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a CallingEventBase, reporting every error.
*
* The properties every calling event carries (the spec's AcsCallingEventProperties): the server call, who started it, and its group or room.
*/
export declare function validateCallingEventBase(value: unknown, options?: ValidateOptions): ValidationResult<CallingEventBase>;
/**
* Whether a value is a valid CallingEventBase.
*
* The properties every calling event carries (the spec's AcsCallingEventProperties): the server call, who started it, and its group or room.
*/
export declare function isCallingEventBase(value: unknown): value is CallingEventBase;
declare function $isCallingEventBase(v: unknown, s: boolean): boolean;
declare function $checkCallingEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isCallingEventBase, $checkCallingEventBase };
