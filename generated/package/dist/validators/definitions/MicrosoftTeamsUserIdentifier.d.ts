// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { MicrosoftTeamsUserIdentifier } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a MicrosoftTeamsUserIdentifier, reporting every error.
*
* A Microsoft Teams user (not seen in the docs samples; Azure SDK shape).
*/
export declare function validateMicrosoftTeamsUserIdentifier(value: unknown, options?: ValidateOptions): ValidationResult<MicrosoftTeamsUserIdentifier>;
/**
* Whether a value is a valid MicrosoftTeamsUserIdentifier.
*
* A Microsoft Teams user (not seen in the docs samples; Azure SDK shape).
*/
export declare function isMicrosoftTeamsUserIdentifier(value: unknown): value is MicrosoftTeamsUserIdentifier;
declare function $isMicrosoftTeamsUserIdentifier(v: unknown, s: boolean): boolean;
declare function $checkMicrosoftTeamsUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isMicrosoftTeamsUserIdentifier, $checkMicrosoftTeamsUserIdentifier };
