// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatParticipantRemovedFromThreadWithUserEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser event, reporting every error.
*
* Published for a user when a participant is removed from a chat thread, that the user is part of.
*/
export declare function validateAcsChatParticipantRemovedFromThreadWithUserEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatParticipantRemovedFromThreadWithUserEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser event.
*
* Published for a user when a participant is removed from a chat thread, that the user is part of.
*/
export declare function isAcsChatParticipantRemovedFromThreadWithUserEventData(value: unknown): value is AcsChatParticipantRemovedFromThreadWithUserEventData;
