// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageLanguageDetection } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a AdvancedMessageLanguageDetection, reporting every error.
*
* The language detected in a customer's message, by the (preview) message analysis (the docs' LanguageDetection; the REST API spec has no definition for it).
*/
export declare function validateAdvancedMessageLanguageDetection(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageLanguageDetection>;
/**
* Whether a value is a valid AdvancedMessageLanguageDetection.
*
* The language detected in a customer's message, by the (preview) message analysis (the docs' LanguageDetection; the REST API spec has no definition for it).
*/
export declare function isAdvancedMessageLanguageDetection(value: unknown): value is AdvancedMessageLanguageDetection;
declare function $isAdvancedMessageLanguageDetection(v: unknown, s: boolean): boolean;
declare function $checkAdvancedMessageLanguageDetection(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isAdvancedMessageLanguageDetection, $checkAdvancedMessageLanguageDetection };
