// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatAzureBotCommandReceivedInThreadEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatAzureBotCommandReceivedInThread event, reporting every error.
*
* Published when an Azure bot command is received in a chat thread (REST API spec only: no docs page lists it).
*/
export declare function validateAcsChatAzureBotCommandReceivedInThreadEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatAzureBotCommandReceivedInThreadEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatAzureBotCommandReceivedInThread event.
*
* Published when an Azure bot command is received in a chat thread (REST API spec only: no docs page lists it).
*/
export declare function isAcsChatAzureBotCommandReceivedInThreadEventData(value: unknown): value is AcsChatAzureBotCommandReceivedInThreadEventData;
