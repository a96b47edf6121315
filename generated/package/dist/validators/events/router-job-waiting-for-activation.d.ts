// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobWaitingForActivationEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterJobWaitingForActivation event, reporting every error.
*
* Published when a scheduled job's requested time has arrived and Job Router waits for the application to act on the job.
*/
export declare function validateAcsRouterJobWaitingForActivationEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobWaitingForActivationEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobWaitingForActivation event.
*
* Published when a scheduled job's requested time has arrived and Job Router waits for the application to act on the job.
*/
export declare function isAcsRouterJobWaitingForActivationEventData(value: unknown): value is AcsRouterJobWaitingForActivationEventData;
