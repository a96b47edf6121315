// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsAdvancedMessageDeliveryStatusUpdatedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated event, reporting every error.
*
* Published when Communication Services Advanced Messaging receives a status update (sent, delivered, read, failed …) for a message the business sent.
*/
export declare function validateAcsAdvancedMessageDeliveryStatusUpdatedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsAdvancedMessageDeliveryStatusUpdatedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated event.
*
* Published when Communication Services Advanced Messaging receives a status update (sent, delivered, read, failed …) for a message the business sent.
*/
export declare function isAcsAdvancedMessageDeliveryStatusUpdatedEventData(value: unknown): value is AcsAdvancedMessageDeliveryStatusUpdatedEventData;
