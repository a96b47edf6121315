// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerOfferAcceptedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterWorkerOfferAccepted event, reporting every error.
*
* Published when an offer to a worker was accepted.
*/
export declare function validateAcsRouterWorkerOfferAcceptedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerOfferAcceptedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferAccepted event.
*
* Published when an offer to a worker was accepted.
*/
export declare function isAcsRouterWorkerOfferAcceptedEventData(value: unknown): value is AcsRouterWorkerOfferAcceptedEventData;
