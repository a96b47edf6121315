// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { PhoneNumberIdentifier } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a PhoneNumberIdentifier, reporting every error.
*
* A phone number (not seen in the docs samples; Azure SDK shape).
*/
export declare function validatePhoneNumberIdentifier(value: unknown, options?: ValidateOptions): ValidationResult<PhoneNumberIdentifier>;
/**
* Whether a value is a valid PhoneNumberIdentifier.
*
* A phone number (not seen in the docs samples; Azure SDK shape).
*/
export declare function isPhoneNumberIdentifier(value: unknown): value is PhoneNumberIdentifier;
declare function $isPhoneNumberIdentifier(v: unknown, s: boolean): boolean;
declare function $checkPhoneNumberIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isPhoneNumberIdentifier, $checkPhoneNumberIdentifier };
