// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerOfferIssuedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterWorkerOfferIssued event, reporting every error.
*
* Published when a job was offered to a worker.
*/
export declare function validateAcsRouterWorkerOfferIssuedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerOfferIssuedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferIssued event.
*
* Published when a job was offered to a worker.
*/
export declare function isAcsRouterWorkerOfferIssuedEventData(value: unknown): value is AcsRouterWorkerOfferIssuedEventData;
