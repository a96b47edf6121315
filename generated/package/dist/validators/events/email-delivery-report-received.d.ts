// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsEmailDeliveryReportReceivedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.EmailDeliveryReportReceived event, reporting every error.
*
* Published when a delivery report is received for an email sent by the Communication Service.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsEmailDeliveryReportReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsEmailDeliveryReportReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.EmailDeliveryReportReceived event.
*
* Published when a delivery report is received for an email sent by the Communication Service.
*/
export declare function isAcsEmailDeliveryReportReceivedEventData(value: unknown): value is AcsEmailDeliveryReportReceivedEventData;
