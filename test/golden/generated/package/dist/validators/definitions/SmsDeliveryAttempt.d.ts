// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { SmsDeliveryAttempt } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a SmsDeliveryAttempt, reporting every error.
*
* One attempt at delivering an SMS.
*/
export declare function validateSmsDeliveryAttempt(value: unknown, options?: ValidateOptions): ValidationResult<SmsDeliveryAttempt>;
/**
* Whether a value is a valid SmsDeliveryAttempt.
*
* One attempt at delivering an SMS.
*/
export declare function isSmsDeliveryAttempt(value: unknown): value is SmsDeliveryAttempt;
declare function $isSmsDeliveryAttempt(v: unknown, s: boolean): boolean;
declare function $checkSmsDeliveryAttempt(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isSmsDeliveryAttempt, $checkSmsDeliveryAttempt };
