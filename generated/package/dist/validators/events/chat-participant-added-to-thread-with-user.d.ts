// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatParticipantAddedToThreadWithUserEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatParticipantAddedToThreadWithUser event, reporting every error.
*
* Published for a user when a new  participant is added to a chat thread, that the user is part of.
*/
export declare function validateAcsChatParticipantAddedToThreadWithUserEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatParticipantAddedToThreadWithUserEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatParticipantAddedToThreadWithUser event.
*
* Published for a user when a new  participant is added to a chat thread, that the user is part of.
*/
export declare function isAcsChatParticipantAddedToThreadWithUserEventData(value: unknown): value is AcsChatParticipantAddedToThreadWithUserEventData;
