// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CommunicationIdentifier } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
  $caught,
  $reported,
  $isStringProperty,
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
  const errors = $errors(options?.maxErrors);
  try {
    $checkCommunicationIdentifier(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as CommunicationIdentifier }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'rawId', v['rawId'])) return false;
  const v1 = v['communicationUser'];
  if ($own(v, 'communicationUser', v1)) {
    if (!$isCommunicationUserIdentifier(v1, s)) return false;
  }
  const v3 = v['phoneNumber'];
  if ($own(v, 'phoneNumber', v3)) {
    if (!$isPhoneNumberIdentifier(v3, s)) return false;
  }
  const v5 = v['microsoftTeamsUser'];
  if ($own(v, 'microsoftTeamsUser', v5)) {
    if (!$isMicrosoftTeamsUserIdentifier(v5, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['rawId', 'communicationUser', 'phoneNumber', 'microsoftTeamsUser'])) return false;
  }
  return true;
}

function $checkCommunicationIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'rawId', v['rawId']);
    const v1 = v['communicationUser'];
    if ($has(e, p, v, 'communicationUser', v1)) {
      $checkCommunicationUserIdentifier(v1, p + '/communicationUser', e, s);
    }
    const v3 = v['phoneNumber'];
    if ($has(e, p, v, 'phoneNumber', v3)) {
      $checkPhoneNumberIdentifier(v3, p + '/phoneNumber', e, s);
    }
    const v5 = v['microsoftTeamsUser'];
    if ($has(e, p, v, 'microsoftTeamsUser', v5)) {
      $checkMicrosoftTeamsUserIdentifier(v5, p + '/microsoftTeamsUser', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['rawId', 'communicationUser', 'phoneNumber', 'microsoftTeamsUser']);
    }
  }
}

export { $isCommunicationIdentifier, $checkCommunicationIdentifier };
