// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatMessageMetadata } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a ChatMessageMetadata, reporting every error.
*
* A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed.
*/
export declare function validateChatMessageMetadata(value: unknown, options?: ValidateOptions): ValidationResult<ChatMessageMetadata>;
/**
* Whether a value is a valid ChatMessageMetadata.
*
* A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed.
*/
export declare function isChatMessageMetadata(value: unknown): value is ChatMessageMetadata;
declare function $isChatMessageMetadata(v: unknown, _s: boolean): boolean;
declare function $checkChatMessageMetadata(v: unknown, p: string, e: ValidationError[], _s: boolean): void;
export { $isChatMessageMetadata, $checkChatMessageMetadata };
