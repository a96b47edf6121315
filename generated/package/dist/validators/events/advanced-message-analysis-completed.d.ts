// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsAdvancedMessageAnalysisCompletedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.AdvancedMessageAnalysisCompleted event, reporting every error.
*
* Published when Communication Services completes an AI analysis (intent, language, key phrases) of a customer's message, for resources that opted in to message analysis. Preview; the REST API spec has no definition for it.
*/
export declare function validateAcsAdvancedMessageAnalysisCompletedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsAdvancedMessageAnalysisCompletedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.AdvancedMessageAnalysisCompleted event.
*
* Published when Communication Services completes an AI analysis (intent, language, key phrases) of a customer's message, for resources that opted in to message analysis. Preview; the REST API spec has no definition for it.
*/
export declare function isAcsAdvancedMessageAnalysisCompletedEventData(value: unknown): value is AcsAdvancedMessageAnalysisCompletedEventData;
