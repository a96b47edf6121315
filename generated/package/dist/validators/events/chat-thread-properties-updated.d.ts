// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadPropertiesUpdatedEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatThreadPropertiesUpdated event, reporting every error.
*
* Published when a chat thread's properties like topic are updated.
*/
export declare function validateAcsChatThreadPropertiesUpdatedEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadPropertiesUpdatedEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadPropertiesUpdated event.
*
* Published when a chat thread's properties like topic are updated.
*/
export declare function isAcsChatThreadPropertiesUpdatedEventData(value: unknown): value is AcsChatThreadPropertiesUpdatedEventData;
