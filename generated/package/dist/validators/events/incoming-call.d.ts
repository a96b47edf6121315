// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsIncomingCallEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.IncomingCall event, reporting every error.
*
* Published when there is an incoming call to a Communication Services user or phone number (Call Automation answers it with incomingCallContext).
*/
export declare function validateAcsIncomingCallEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsIncomingCallEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.IncomingCall event.
*
* Published when there is an incoming call to a Communication Services user or phone number (Call Automation answers it with incomingCallContext).
*/
export declare function isAcsIncomingCallEventData(value: unknown): value is AcsIncomingCallEventData;
