// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CommunicationIdentifier } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $fail,
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
  $isMicrosoftTeamsAppIdentifier,
  $checkMicrosoftTeamsAppIdentifier,
} from './MicrosoftTeamsAppIdentifier.js';
import {
  $isMicrosoftTeamsUserIdentifier,
  $checkMicrosoftTeamsUserIdentifier,
} from './MicrosoftTeamsUserIdentifier.js';
import { $isPhoneNumberIdentifier, $checkPhoneNumberIdentifier } from './PhoneNumberIdentifier.js';

/**
 * Validates a CommunicationIdentifier, reporting every error.
 *
 * Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel. `kind` and `microsoftTeamsApp` follow the same model (the REST API spec refers to it as ../../../../../communication/data-plane/Common/stable/2023-11-15/common.json#/definitions/CommunicationIdentifierModel, a file that is not among the catalog's sources, so these shapes are unverified here); of the docs samples only IncomingCall's carry `kind` ("communicationUser").
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
 * Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel. `kind` and `microsoftTeamsApp` follow the same model (the REST API spec refers to it as ../../../../../communication/data-plane/Common/stable/2023-11-15/common.json#/definitions/CommunicationIdentifierModel, a file that is not among the catalog's sources, so these shapes are unverified here); of the docs samples only IncomingCall's carry `kind` ("communicationUser").
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
  const v3 = v['kind'];
  if (v3 !== undefined && (!('kind' in r1) || $hasOwn.call(v, 'kind'))) {
    if (typeof v3 !== 'string') return false;
  }
  const v6 = v['communicationUser'];
  if (v6 !== undefined && (!('communicationUser' in r1) || $hasOwn.call(v, 'communicationUser'))) {
    if (!$isCommunicationUserIdentifier(v6, s)) return false;
  }
  const v9 = v['phoneNumber'];
  if (v9 !== undefined && (!('phoneNumber' in r1) || $hasOwn.call(v, 'phoneNumber'))) {
    if (!$isPhoneNumberIdentifier(v9, s)) return false;
  }
  const v12 = v['microsoftTeamsUser'];
  if (v12 !== undefined && (!('microsoftTeamsUser' in r1) || $hasOwn.call(v, 'microsoftTeamsUser'))) {
    if (!$isMicrosoftTeamsUserIdentifier(v12, s)) return false;
  }
  const v15 = v['microsoftTeamsApp'];
  if (v15 !== undefined && (!('microsoftTeamsApp' in r1) || $hasOwn.call(v, 'microsoftTeamsApp'))) {
    if (!$isMicrosoftTeamsAppIdentifier(v15, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'rawId',
        'kind',
        'communicationUser',
        'phoneNumber',
        'microsoftTeamsUser',
        'microsoftTeamsApp',
      ])
    )
      return false;
  }
  return true;
}

function $checkCommunicationIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'rawId' in r1 && v, 'rawId', v['rawId']);
    const v2 = v['kind'];
    if ($has(e, p, 'kind' in r1 && v, 'kind', v2)) {
      if (typeof v2 !== 'string') {
        $fail(
          e,
          p + '/kind',
          'must be one of "unknown" | "communicationUser" | "phoneNumber" | "microsoftTeamsUser" | "microsoftTeamsApp" | string',
          '"unknown" | "communicationUser" | "phoneNumber" | "microsoftTeamsUser" | "microsoftTeamsApp" | string',
          $show(v2),
        );
      }
    }
    const v5 = v['communicationUser'];
    if ($has(e, p, 'communicationUser' in r1 && v, 'communicationUser', v5)) {
      $checkCommunicationUserIdentifier(v5, p + '/communicationUser', e, s);
    }
    const v8 = v['phoneNumber'];
    if ($has(e, p, 'phoneNumber' in r1 && v, 'phoneNumber', v8)) {
      $checkPhoneNumberIdentifier(v8, p + '/phoneNumber', e, s);
    }
    const v11 = v['microsoftTeamsUser'];
    if ($has(e, p, 'microsoftTeamsUser' in r1 && v, 'microsoftTeamsUser', v11)) {
      $checkMicrosoftTeamsUserIdentifier(v11, p + '/microsoftTeamsUser', e, s);
    }
    const v14 = v['microsoftTeamsApp'];
    if ($has(e, p, 'microsoftTeamsApp' in r1 && v, 'microsoftTeamsApp', v14)) {
      $checkMicrosoftTeamsAppIdentifier(v14, p + '/microsoftTeamsApp', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'rawId',
        'kind',
        'communicationUser',
        'phoneNumber',
        'microsoftTeamsUser',
        'microsoftTeamsApp',
      ]);
    }
  }
}

export { $isCommunicationIdentifier, $checkCommunicationIdentifier };
