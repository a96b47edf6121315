// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { MicrosoftTeamsAppIdentifier } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a MicrosoftTeamsAppIdentifier, reporting every error.
*
* A Microsoft Teams application, e.g. a Teams Voice App (not seen in the docs samples; the Azure SDK's MicrosoftTeamsAppIdentifierModel, from the external common.json the REST API spec refers to).
*/
export declare function validateMicrosoftTeamsAppIdentifier(value: unknown, options?: ValidateOptions): ValidationResult<MicrosoftTeamsAppIdentifier>;
/**
* Whether a value is a valid MicrosoftTeamsAppIdentifier.
*
* A Microsoft Teams application, e.g. a Teams Voice App (not seen in the docs samples; the Azure SDK's MicrosoftTeamsAppIdentifierModel, from the external common.json the REST API spec refers to).
*/
export declare function isMicrosoftTeamsAppIdentifier(value: unknown): value is MicrosoftTeamsAppIdentifier;
declare function $isMicrosoftTeamsAppIdentifier(v: unknown, s: boolean): boolean;
declare function $checkMicrosoftTeamsAppIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isMicrosoftTeamsAppIdentifier, $checkMicrosoftTeamsAppIdentifier };
