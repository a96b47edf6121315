// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageMediaContent } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a AdvancedMessageMediaContent, reporting every error.
*
* Media (image, document, sticker …) in a received message (the spec's AcsMessageMediaContent; the docs' MediaContent).
*/
export declare function validateAdvancedMessageMediaContent(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageMediaContent>;
/**
* Whether a value is a valid AdvancedMessageMediaContent.
*
* Media (image, document, sticker …) in a received message (the spec's AcsMessageMediaContent; the docs' MediaContent).
*/
export declare function isAdvancedMessageMediaContent(value: unknown): value is AdvancedMessageMediaContent;
declare function $isAdvancedMessageMediaContent(v: unknown, s: boolean): boolean;
declare function $checkAdvancedMessageMediaContent(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isAdvancedMessageMediaContent, $checkAdvancedMessageMediaContent };
