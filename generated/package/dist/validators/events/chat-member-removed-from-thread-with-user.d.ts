// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMemberRemovedFromThreadWithUserEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatMemberRemovedFromThreadWithUser event, reporting every error.
*
* Published when the user is removed from a chat thread.
*
* @deprecated The service no longer sends Microsoft.Communication.ChatMemberRemovedFromThreadWithUser; see Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser.
*/
export declare function validateAcsChatMemberRemovedFromThreadWithUserEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatMemberRemovedFromThreadWithUserEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatMemberRemovedFromThreadWithUser event.
*
* Published when the user is removed from a chat thread.
*
* @deprecated The service no longer sends Microsoft.Communication.ChatMemberRemovedFromThreadWithUser; see Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser.
*/
export declare function isAcsChatMemberRemovedFromThreadWithUserEventData(value: unknown): value is AcsChatMemberRemovedFromThreadWithUserEventData;
