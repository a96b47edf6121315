// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageInteractiveButtonReplyContent } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a AdvancedMessageInteractiveButtonReplyContent, reporting every error.
*
* The button a customer selected in an interactive message (the spec's AcsMessageInteractiveButtonReplyContent).
*/
export declare function validateAdvancedMessageInteractiveButtonReplyContent(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageInteractiveButtonReplyContent>;
/**
* Whether a value is a valid AdvancedMessageInteractiveButtonReplyContent.
*
* The button a customer selected in an interactive message (the spec's AcsMessageInteractiveButtonReplyContent).
*/
export declare function isAdvancedMessageInteractiveButtonReplyContent(value: unknown): value is AdvancedMessageInteractiveButtonReplyContent;
declare function $isAdvancedMessageInteractiveButtonReplyContent(v: unknown, s: boolean): boolean;
declare function $checkAdvancedMessageInteractiveButtonReplyContent(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isAdvancedMessageInteractiveButtonReplyContent, $checkAdvancedMessageInteractiveButtonReplyContent };
