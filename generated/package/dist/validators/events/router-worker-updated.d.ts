// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerUpdatedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterWorkerUpdated event, reporting every error.
*
* Published when a worker's properties were updated (defined by the REST API spec only; the docs page does not list it).
*/
export declare function validateAcsRouterWorkerUpdatedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterWorkerUpdatedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterWorkerUpdated event.
*
* Published when a worker's properties were updated (defined by the REST API spec only; the docs page does not list it).
*/
export declare function isAcsRouterWorkerUpdatedEventData(value: unknown): value is AcsRouterWorkerUpdatedEventData;
