// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CommunicationUserIdentifier } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a CommunicationUserIdentifier, reporting every error.
*
* An Azure Communication Services user.
*/
export declare function validateCommunicationUserIdentifier(value: unknown, options?: ValidateOptions): ValidationResult<CommunicationUserIdentifier>;
/**
* Whether a value is a valid CommunicationUserIdentifier.
*
* An Azure Communication Services user.
*/
export declare function isCommunicationUserIdentifier(value: unknown): value is CommunicationUserIdentifier;
declare function $isCommunicationUserIdentifier(v: unknown, s: boolean): boolean;
declare function $checkCommunicationUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isCommunicationUserIdentifier, $checkCommunicationUserIdentifier };
