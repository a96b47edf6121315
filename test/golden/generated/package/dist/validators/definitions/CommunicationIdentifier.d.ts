// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CommunicationIdentifier } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a CommunicationIdentifier, reporting every error.
*
* Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel.
*/
export declare function validateCommunicationIdentifier(value: unknown, options?: ValidateOptions): ValidationResult<CommunicationIdentifier>;
/**
* Whether a value is a valid CommunicationIdentifier.
*
* Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel.
*/
export declare function isCommunicationIdentifier(value: unknown): value is CommunicationIdentifier;
declare function $isCommunicationIdentifier(v: unknown, s: boolean): boolean;
declare function $checkCommunicationIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isCommunicationIdentifier, $checkCommunicationIdentifier };
