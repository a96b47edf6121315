// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadParticipantRemovedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatThreadParticipantRemoved event, reporting every error.
*
* Published when a participant is removed from a chat thread.
*/
export declare function validateAcsChatThreadParticipantRemovedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadParticipantRemovedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadParticipantRemoved event.
*
* Published when a participant is removed from a chat thread.
*/
export declare function isAcsChatThreadParticipantRemovedEventData(value: unknown): value is AcsChatThreadParticipantRemovedEventData;
