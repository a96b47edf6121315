// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsUserDisconnectedEventData } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
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
  return $validate<AcsUserDisconnectedEventData>(
    $isAcsUserDisconnectedEventData,
    $checkAcsUserDisconnectedEventData,
    value,
    options,
  );
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
  const v2 = v['userCommunicationIdentifier'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    v2 !== undefined &&
    (!('userCommunicationIdentifier' in r1) || $hasOwn.call(v, 'userCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['userCommunicationIdentifier'])) return false;
  }
  return true;
}

function $checkAcsUserDisconnectedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['userCommunicationIdentifier'];
    if ($has(e, p, 'userCommunicationIdentifier' in r1 && v, 'userCommunicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/userCommunicationIdentifier', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['userCommunicationIdentifier']);
    }
  }
}
