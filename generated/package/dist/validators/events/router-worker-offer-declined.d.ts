// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerOfferDeclinedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterWorkerOfferDeclined event, reporting every error.
*
* Published when an offer to a worker was declined.
*/
export declare function validateAcsRouterWorkerOfferDeclinedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerOfferDeclinedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferDeclined event.
*
* Published when an offer to a worker was declined.
*/
export declare function isAcsRouterWorkerOfferDeclinedEventData(value: unknown): value is AcsRouterWorkerOfferDeclinedEventData;
