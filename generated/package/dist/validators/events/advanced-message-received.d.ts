// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsAdvancedMessageReceivedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.AdvancedMessageReceived event, reporting every error.
*
* Published when Communication Services Advanced Messaging receives a message (e.g. a WhatsApp user writes to a WhatsApp Business number connected to an Advanced Messaging channel).
*/
export declare function validateAcsAdvancedMessageReceivedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsAdvancedMessageReceivedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.AdvancedMessageReceived event.
*
* Published when Communication Services Advanced Messaging receives a message (e.g. a WhatsApp user writes to a WhatsApp Business number connected to an Advanced Messaging channel).
*/
export declare function isAcsAdvancedMessageReceivedEventData(value: unknown): value is AcsAdvancedMessageReceivedEventData;
