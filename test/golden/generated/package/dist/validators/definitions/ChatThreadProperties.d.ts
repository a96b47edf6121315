// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatThreadProperties } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a ChatThreadProperties, reporting every error.
*
* The chat thread's properties; the docs show `topic`, the service may add others.
*/
export declare function validateChatThreadProperties(value: unknown, options?: ValidateOptions): ValidationResult<ChatThreadProperties>;
/**
* Whether a value is a valid ChatThreadProperties.
*
* The chat thread's properties; the docs show `topic`, the service may add others.
*/
export declare function isChatThreadProperties(value: unknown): value is ChatThreadProperties;
declare function $isChatThreadProperties(v: unknown, _s: boolean): boolean;
declare function $checkChatThreadProperties(v: unknown, p: string, e: ValidationError[], _s: boolean): void;
export { $isChatThreadProperties, $checkChatThreadProperties };
