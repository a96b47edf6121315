// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatParticipant } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a ChatParticipant, reporting every error.
*
* A participant of a chat thread, as the ChatParticipant* and ChatThread* events give it.
*/
export declare function validateChatParticipant(value: unknown, options?: ValidateOptions): ValidationResult<ChatParticipant>;
/**
* Whether a value is a valid ChatParticipant.
*
* A participant of a chat thread, as the ChatParticipant* and ChatThread* events give it.
*/
export declare function isChatParticipant(value: unknown): value is ChatParticipant;
declare function $isChatParticipant(v: unknown, s: boolean): boolean;
declare function $checkChatParticipant(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isChatParticipant, $checkChatParticipant };
