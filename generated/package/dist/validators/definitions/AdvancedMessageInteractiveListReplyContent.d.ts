// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageInteractiveListReplyContent } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a AdvancedMessageInteractiveListReplyContent, reporting every error.
*
* The list item a customer selected in an interactive message (the spec's AcsMessageInteractiveListReplyContent).
*/
export declare function validateAdvancedMessageInteractiveListReplyContent(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageInteractiveListReplyContent>;
/**
* Whether a value is a valid AdvancedMessageInteractiveListReplyContent.
*
* The list item a customer selected in an interactive message (the spec's AcsMessageInteractiveListReplyContent).
*/
export declare function isAdvancedMessageInteractiveListReplyContent(value: unknown): value is AdvancedMessageInteractiveListReplyContent;
declare function $isAdvancedMessageInteractiveListReplyContent(v: unknown, s: boolean): boolean;
declare function $checkAdvancedMessageInteractiveListReplyContent(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isAdvancedMessageInteractiveListReplyContent, $checkAdvancedMessageInteractiveListReplyContent };
