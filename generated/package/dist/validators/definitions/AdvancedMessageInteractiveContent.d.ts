// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageInteractiveContent } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a AdvancedMessageInteractiveContent, reporting every error.
*
* A customer's response to an interactive message: a button or a list item (the spec's AcsMessageInteractiveContent; the docs' InteractiveContent).
*/
export declare function validateAdvancedMessageInteractiveContent(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageInteractiveContent>;
/**
* Whether a value is a valid AdvancedMessageInteractiveContent.
*
* A customer's response to an interactive message: a button or a list item (the spec's AcsMessageInteractiveContent; the docs' InteractiveContent).
*/
export declare function isAdvancedMessageInteractiveContent(value: unknown): value is AdvancedMessageInteractiveContent;
declare function $isAdvancedMessageInteractiveContent(v: unknown, s: boolean): boolean;
declare function $checkAdvancedMessageInteractiveContent(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isAdvancedMessageInteractiveContent, $checkAdvancedMessageInteractiveContent };
