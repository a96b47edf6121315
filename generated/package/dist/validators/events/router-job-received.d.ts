// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobReceivedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterJobReceived event, reporting every error.
*
* Published when a new job was created for routing.
*
* Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
*/
export declare function validateAcsRouterJobReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobReceived event.
*
* Published when a new job was created for routing.
*/
export declare function isAcsRouterJobReceivedEventData(value: unknown): value is AcsRouterJobReceivedEventData;
