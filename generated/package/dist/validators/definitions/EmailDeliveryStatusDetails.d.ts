// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { EmailDeliveryStatusDetails } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a EmailDeliveryStatusDetails, reporting every error.
*
* Details of an email delivery status (the spec's AcsEmailDeliveryReportStatusDetails).
*/
export declare function validateEmailDeliveryStatusDetails(value: unknown, options?: ValidateOptions): ValidationResult<EmailDeliveryStatusDetails>;
/**
* Whether a value is a valid EmailDeliveryStatusDetails.
*
* Details of an email delivery status (the spec's AcsEmailDeliveryReportStatusDetails).
*/
export declare function isEmailDeliveryStatusDetails(value: unknown): value is EmailDeliveryStatusDetails;
declare function $isEmailDeliveryStatusDetails(v: unknown, s: boolean): boolean;
declare function $checkEmailDeliveryStatusDetails(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isEmailDeliveryStatusDetails, $checkEmailDeliveryStatusDetails };
