// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CommunicationIdentifier } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
  $checkStringProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import {
  $isCommunicationUserIdentifier,
  $checkCommunicationUserIdentifier,
} from './CommunicationUserIdentifier.js';
import {
  $isMicrosoftTeamsUserIdentifier,
  $checkMicrosoftTeamsUserIdentifier,
} from './MicrosoftTeamsUserIdentifier.js';
import { $isPhoneNumberIdentifier, $checkPhoneNumberIdentifier } from './PhoneNumberIdentifier.js';

/**
 * Validates a CommunicationIdentifier, reporting every error.
 *
 * Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel.
 */
export function validateCommunicationIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CommunicationIdentifier> {
  return $validate<CommunicationIdentifier>(
    $isCommunicationIdentifier,
    $checkCommunicationIdentifier,
    value,
    options,
  );
}

/**
 * Whether a value is a valid CommunicationIdentifier.
 *
 * Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel.
 */
export function isCommunicationIdentifier(value: unknown): value is CommunicationIdentifier {
  try {
    return $isCommunicationIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isCommunicationIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['rawId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('rawId' in r1 && !$hasOwn.call(v, 'rawId'))) return false;
  const v3 = v['communicationUser'];
  if (v3 !== undefined && (!('communicationUser' in r1) || $hasOwn.call(v, 'communicationUser'))) {
    if (!$isCommunicationUserIdentifier(v3, s)) return false;
  }
  const v6 = v['phoneNumber'];
  if (v6 !== undefined && (!('phoneNumber' in r1) || $hasOwn.call(v, 'phoneNumber'))) {
    if (!$isPhoneNumberIdentifier(v6, s)) return false;
  }
  const v9 = v['microsoftTeamsUser'];
  if (v9 !== undefined && (!('microsoftTeamsUser' in r1) || $hasOwn.call(v, 'microsoftTeamsUser'))) {
    if (!$isMicrosoftTeamsUserIdentifier(v9, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['rawId', 'communicationUser', 'phoneNumber', 'microsoftTeamsUser'])) return false;
  }
  return true;
}

function $checkCommunicationIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'rawId' in r1 && v, 'rawId', v['rawId']);
    const v2 = v['communicationUser'];
    if ($has(e, p, 'communicationUser' in r1 && v, 'communicationUser', v2)) {
      $checkCommunicationUserIdentifier(v2, p + '/communicationUser', e, s);
    }
    const v5 = v['phoneNumber'];
    if ($has(e, p, 'phoneNumber' in r1 && v, 'phoneNumber', v5)) {
      $checkPhoneNumberIdentifier(v5, p + '/phoneNumber', e, s);
    }
    const v8 = v['microsoftTeamsUser'];
    if ($has(e, p, 'microsoftTeamsUser' in r1 && v, 'microsoftTeamsUser', v8)) {
      $checkMicrosoftTeamsUserIdentifier(v8, p + '/microsoftTeamsUser', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['rawId', 'communicationUser', 'phoneNumber', 'microsoftTeamsUser']);
    }
  }
}

export { $isCommunicationIdentifier, $checkCommunicationIdentifier };
