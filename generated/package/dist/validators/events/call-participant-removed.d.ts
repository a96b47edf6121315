// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsCallParticipantRemovedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.CallParticipantRemoved event, reporting every error.
*
* Published when a participant is removed from a call.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsCallParticipantRemovedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsCallParticipantRemovedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.CallParticipantRemoved event.
*
* Published when a participant is removed from a call.
*/
export declare function isAcsCallParticipantRemovedEventData(value: unknown): value is AcsCallParticipantRemovedEventData;
