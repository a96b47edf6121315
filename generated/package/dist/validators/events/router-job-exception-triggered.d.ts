// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobExceptionTriggeredEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.RouterJobExceptionTriggered event, reporting every error.
*
* Published when a job exception rule has been triggered.
*/
export declare function validateAcsRouterJobExceptionTriggeredEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsRouterJobExceptionTriggeredEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.RouterJobExceptionTriggered event.
*
* Published when a job exception rule has been triggered.
*/
export declare function isAcsRouterJobExceptionTriggeredEventData(value: unknown): value is AcsRouterJobExceptionTriggeredEventData;
