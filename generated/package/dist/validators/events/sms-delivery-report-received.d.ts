// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsSmsDeliveryReportReceivedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.SMSDeliveryReportReceived event, reporting every error.
*
* Published when a delivery report is received for an SMS sent by the Communication Service.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsSmsDeliveryReportReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsSmsDeliveryReportReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.SMSDeliveryReportReceived event.
*
* Published when a delivery report is received for an SMS sent by the Communication Service.
*/
export declare function isAcsSmsDeliveryReportReceivedEventData(value: unknown): value is AcsSmsDeliveryReportReceivedEventData;
