// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMemberAddedToThreadWithUserEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatMemberAddedToThreadWithUser event, reporting every error.
*
* Published when the user is added as member to a chat thread.
*
* @deprecated The service no longer sends Microsoft.Communication.ChatMemberAddedToThreadWithUser; see Microsoft.Communication.ChatParticipantAddedToThreadWithUser.
*/
export declare function validateAcsChatMemberAddedToThreadWithUserEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMemberAddedToThreadWithUserEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMemberAddedToThreadWithUser event.
*
* Published when the user is added as member to a chat thread.
*
* @deprecated The service no longer sends Microsoft.Communication.ChatMemberAddedToThreadWithUser; see Microsoft.Communication.ChatParticipantAddedToThreadWithUser.
*/
export declare function isAcsChatMemberAddedToThreadWithUserEventData(value: unknown): value is AcsChatMemberAddedToThreadWithUserEventData;
