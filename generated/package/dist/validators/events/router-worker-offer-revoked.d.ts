// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerOfferRevokedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterWorkerOfferRevoked event, reporting every error.
*
* Published when an offer to a worker was revoked.
*/
export declare function validateAcsRouterWorkerOfferRevokedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerOfferRevokedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferRevoked event.
*
* Published when an offer to a worker was revoked.
*/
export declare function isAcsRouterWorkerOfferRevokedEventData(value: unknown): value is AcsRouterWorkerOfferRevokedEventData;
