// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageReactionContent } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a AdvancedMessageReactionContent, reporting every error.
*
* An emoji reaction to a business message (the spec's AcsMessageReactionContent; the docs' ReactionContent).
*/
export declare function validateAdvancedMessageReactionContent(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageReactionContent>;
/**
* Whether a value is a valid AdvancedMessageReactionContent.
*
* An emoji reaction to a business message (the spec's AcsMessageReactionContent; the docs' ReactionContent).
*/
export declare function isAdvancedMessageReactionContent(value: unknown): value is AdvancedMessageReactionContent;
declare function $isAdvancedMessageReactionContent(v: unknown, s: boolean): boolean;
declare function $checkAdvancedMessageReactionContent(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isAdvancedMessageReactionContent, $checkAdvancedMessageReactionContent };
