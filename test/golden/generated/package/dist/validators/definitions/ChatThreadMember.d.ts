// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatThreadMember } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a ChatThreadMember, reporting every error.
*
* A member of a chat thread, as the 2020 preview events give it (`members`, `memberAdded`, `memberRemoved`). Replaced by ChatParticipant.
*/
export declare function validateChatThreadMember(value: unknown, options?: ValidateOptions): ValidationResult<ChatThreadMember>;
/**
* Whether a value is a valid ChatThreadMember.
*
* A member of a chat thread, as the 2020 preview events give it (`members`, `memberAdded`, `memberRemoved`). Replaced by ChatParticipant.
*/
export declare function isChatThreadMember(value: unknown): value is ChatThreadMember;
declare function $isChatThreadMember(v: unknown, s: boolean): boolean;
declare function $checkChatThreadMember(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isChatThreadMember, $checkChatThreadMember };
