// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsUserDisconnectedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.UserDisconnected event, reporting every error.
*
* Published when a Communication Services user is designated as having disconnected from Communication Services (chat only).
*/
export declare function validateAcsUserDisconnectedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsUserDisconnectedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.UserDisconnected event.
*
* Published when a Communication Services user is designated as having disconnected from Communication Services (chat only).
*/
export declare function isAcsUserDisconnectedEventData(value: unknown): value is AcsUserDisconnectedEventData;
