// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadParticipantAddedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatThreadParticipantAdded event, reporting every error.
*
* Published when a new participant is added to a chat thread
*/
export declare function validateAcsChatThreadParticipantAddedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadParticipantAddedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadParticipantAdded event.
*
* Published when a new participant is added to a chat thread
*/
export declare function isAcsChatThreadParticipantAddedEventData(value: unknown): value is AcsChatThreadParticipantAddedEventData;
