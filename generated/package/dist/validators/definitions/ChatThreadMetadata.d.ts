// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatThreadMetadata } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a ChatThreadMetadata, reporting every error.
*
* A chat thread's metadata, a map of strings (the REST API spec gives it to ChatThreadCreated(WithUser) and ChatThreadPropertiesUpdated(PerUser); no docs sample shows it).
*/
export declare function validateChatThreadMetadata(value: unknown, options?: ValidateOptions): ValidationResult<ChatThreadMetadata>;
/**
* Whether a value is a valid ChatThreadMetadata.
*
* A chat thread's metadata, a map of strings (the REST API spec gives it to ChatThreadCreated(WithUser) and ChatThreadPropertiesUpdated(PerUser); no docs sample shows it).
*/
export declare function isChatThreadMetadata(value: unknown): value is ChatThreadMetadata;
declare function $isChatThreadMetadata(v: unknown, _s: boolean): boolean;
declare function $checkChatThreadMetadata(v: unknown, p: string, e: ValidationError[], _s: boolean): void;
export { $isChatThreadMetadata, $checkChatThreadMetadata };
