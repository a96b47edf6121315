// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsSmsReceivedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.SMSReceived event, reporting every error.
*
* Published when an SMS is received by a phone number associated with the Communication Service.
*/
export declare function validateAcsSmsReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsSmsReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.SMSReceived event.
*
* Published when an SMS is received by a phone number associated with the Communication Service.
*/
export declare function isAcsSmsReceivedEventData(value: unknown): value is AcsSmsReceivedEventData;
