// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallParticipant } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a CallParticipant, reporting every error.
*
* A participant of a call and its role (the spec's AcsCallParticipantProperties).
*/
export declare function validateCallParticipant(value: unknown, options?: ValidateOptions): ValidationResult<CallParticipant>;
/**
* Whether a value is a valid CallParticipant.
*
* A participant of a call and its role (the spec's AcsCallParticipantProperties).
*/
export declare function isCallParticipant(value: unknown): value is CallParticipant;
declare function $isCallParticipant(v: unknown, s: boolean): boolean;
declare function $checkCallParticipant(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isCallParticipant, $checkCallParticipant };
