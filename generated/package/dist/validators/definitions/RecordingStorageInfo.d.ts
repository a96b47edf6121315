// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RecordingStorageInfo } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a RecordingStorageInfo, reporting every error.
*
* Where a call recording is stored (the spec's AcsRecordingStorageInfoProperties).
*/
export declare function validateRecordingStorageInfo(value: unknown, options?: ValidateOptions): ValidationResult<RecordingStorageInfo>;
/**
* Whether a value is a valid RecordingStorageInfo.
*
* Where a call recording is stored (the spec's AcsRecordingStorageInfoProperties).
*/
export declare function isRecordingStorageInfo(value: unknown): value is RecordingStorageInfo;
declare function $isRecordingStorageInfo(v: unknown, s: boolean): boolean;
declare function $checkRecordingStorageInfo(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isRecordingStorageInfo, $checkRecordingStorageInfo };
