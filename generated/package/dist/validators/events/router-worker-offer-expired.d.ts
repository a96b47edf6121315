// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerOfferExpiredEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterWorkerOfferExpired event, reporting every error.
*
* Published when an offer to a worker has expired.
*/
export declare function validateAcsRouterWorkerOfferExpiredEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerOfferExpiredEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferExpired event.
*
* Published when an offer to a worker has expired.
*/
export declare function isAcsRouterWorkerOfferExpiredEventData(value: unknown): value is AcsRouterWorkerOfferExpiredEventData;
