// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRecordingFileStatusUpdatedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RecordingFileStatusUpdated event, reporting every error.
*
* Published when a call recording file is available.
*/
export declare function validateAcsRecordingFileStatusUpdatedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRecordingFileStatusUpdatedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RecordingFileStatusUpdated event.
*
* Published when a call recording file is available.
*/
export declare function isAcsRecordingFileStatusUpdatedEventData(value: unknown): value is AcsRecordingFileStatusUpdatedEventData;
