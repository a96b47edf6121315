// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RecordingChunkInfo } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a RecordingChunkInfo, reporting every error.
*
* One stored chunk of a call recording (the spec's AcsRecordingChunkInfoProperties).
*/
export declare function validateRecordingChunkInfo(value: unknown, options?: ValidateOptions): ValidationResult<RecordingChunkInfo>;
/**
* Whether a value is a valid RecordingChunkInfo.
*
* One stored chunk of a call recording (the spec's AcsRecordingChunkInfoProperties).
*/
export declare function isRecordingChunkInfo(value: unknown): value is RecordingChunkInfo;
declare function $isRecordingChunkInfo(v: unknown, s: boolean): boolean;
declare function $checkRecordingChunkInfo(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isRecordingChunkInfo, $checkRecordingChunkInfo };
