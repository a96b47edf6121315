// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsCallParticipantAddedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.CallParticipantAdded event, reporting every error.
*
* Published when a participant is added to a call.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsCallParticipantAddedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsCallParticipantAddedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.CallParticipantAdded event.
*
* Published when a participant is added to a call.
*/
export declare function isAcsCallParticipantAddedEventData(value: unknown): value is AcsCallParticipantAddedEventData;
