// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsEmailEngagementTrackingReportReceivedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.EmailEngagementTrackingReportReceived event, reporting every error.
*
* Published when an email sent is opened, or a link in it is clicked (when engagement tracking is on).
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsEmailEngagementTrackingReportReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsEmailEngagementTrackingReportReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.EmailEngagementTrackingReportReceived event.
*
* Published when an email sent is opened, or a link in it is clicked (when engagement tracking is on).
*/
export declare function isAcsEmailEngagementTrackingReportReceivedEventData(value: unknown): value is AcsEmailEngagementTrackingReportReceivedEventData;
