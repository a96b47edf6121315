// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageButtonContent } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a AdvancedMessageButtonContent, reporting every error.
*
* The template button a customer selected (the spec's AcsMessageButtonContent; the docs' ButtonContent).
*/
export declare function validateAdvancedMessageButtonContent(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageButtonContent>;
/**
* Whether a value is a valid AdvancedMessageButtonContent.
*
* The template button a customer selected (the spec's AcsMessageButtonContent; the docs' ButtonContent).
*/
export declare function isAdvancedMessageButtonContent(value: unknown): value is AdvancedMessageButtonContent;
declare function $isAdvancedMessageButtonContent(v: unknown, s: boolean): boolean;
declare function $checkAdvancedMessageButtonContent(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isAdvancedMessageButtonContent, $checkAdvancedMessageButtonContent };
