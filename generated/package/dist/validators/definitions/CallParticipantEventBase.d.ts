// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallParticipantEventBase } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a CallParticipantEventBase, reporting every error.
*
* The properties of the CallParticipantAdded and CallParticipantRemoved events (the spec's AcsCallParticipantEventData): the calling event's properties and the participant.
*/
export declare function validateCallParticipantEventBase(value: unknown, options?: ValidateOptions): ValidationResult<CallParticipantEventBase>;
/**
* Whether a value is a valid CallParticipantEventBase.
*
* The properties of the CallParticipantAdded and CallParticipantRemoved events (the spec's AcsCallParticipantEventData): the calling event's properties and the participant.
*/
export declare function isCallParticipantEventBase(value: unknown): value is CallParticipantEventBase;
declare function $isCallParticipantEventBase(v: unknown, s: boolean): boolean;
declare function $checkCallParticipantEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isCallParticipantEventBase, $checkCallParticipantEventBase };
