// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadPropertiesUpdatedPerUserEventData } from "../../types.js";
import { type ValidateOptions, type ValidationResult } from "../../support/validation.js";
/**
* Validates the data of a Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser event, reporting every error.
*
* Published when a chat thread's properties are updated that the user is member of.
*/
export declare function validateAcsChatThreadPropertiesUpdatedPerUserEventData(value: unknown, options?: ValidateOptions): ValidationResult<AcsChatThreadPropertiesUpdatedPerUserEventData>;
/**
* Whether a value is valid data of a Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser event.
*
* Published when a chat thread's properties are updated that the user is member of.
*/
export declare function isAcsChatThreadPropertiesUpdatedPerUserEventData(value: unknown): value is AcsChatThreadPropertiesUpdatedPerUserEventData;
