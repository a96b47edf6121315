// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsUserDisconnectedEventData } from '../../types.js';
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
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier,
} from '../definitions/CommunicationIdentifier.js';

/**
 * Validates the data of a Microsoft.Communication.UserDisconnected event, reporting every error.
 *
 * Published when a Communication Services user is designated as having disconnected from Communication Services (chat only).
 */
export function validateAcsUserDisconnectedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsUserDisconnectedEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsUserDisconnectedEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsUserDisconnectedEventData }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.UserDisconnected event.
 *
 * Published when a Communication Services user is designated as having disconnected from Communication Services (chat only).
 */
export function isAcsUserDisconnectedEventData(value: unknown): value is AcsUserDisconnectedEventData {
  try {
    return $isAcsUserDisconnectedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsUserDisconnectedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v1 = v['userCommunicationIdentifier'];
  if ($own(v, 'userCommunicationIdentifier', v1)) {
    if (!$isCommunicationIdentifier(v1, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['userCommunicationIdentifier'])) return false;
  }
  return true;
}

function $checkAcsUserDisconnectedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const v1 = v['userCommunicationIdentifier'];
    if ($has(e, p, v, 'userCommunicationIdentifier', v1)) {
      $checkCommunicationIdentifier(v1, p + '/userCommunicationIdentifier', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['userCommunicationIdentifier']);
    }
  }
}
