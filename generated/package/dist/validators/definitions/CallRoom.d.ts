// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallRoom } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a CallRoom, reporting every error.
*
* The room of a rooms call (the spec's AcsCallRoomProperties).
*/
export declare function validateCallRoom(value: unknown, options?: ValidateOptions): ValidationResult<CallRoom>;
/**
* Whether a value is a valid CallRoom.
*
* The room of a rooms call (the spec's AcsCallRoomProperties).
*/
export declare function isCallRoom(value: unknown): value is CallRoom;
declare function $isCallRoom(v: unknown, s: boolean): boolean;
declare function $checkCallRoom(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isCallRoom, $checkCallRoom };
