// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CommunicationUserIdentifier } from '../../types.js';
import {
  $hasOwn,
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

/**
 * Validates a CommunicationUserIdentifier, reporting every error.
 *
 * An Azure Communication Services user.
 */
export function validateCommunicationUserIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CommunicationUserIdentifier> {
  return $validate<CommunicationUserIdentifier>(
    $isCommunicationUserIdentifier,
    $checkCommunicationUserIdentifier,
    value,
    options,
  );
}

/**
 * Whether a value is a valid CommunicationUserIdentifier.
 *
 * An Azure Communication Services user.
 */
export function isCommunicationUserIdentifier(value: unknown): value is CommunicationUserIdentifier {
  try {
    return $isCommunicationUserIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isCommunicationUserIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['id'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('id' in r1 && !$hasOwn.call(v, 'id'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['id'])) return false;
  }
  return true;
}

function $checkCommunicationUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id']);
    if (s) {
      $extraKeys(e, p, v, ['id']);
    }
  }
}

export { $isCommunicationUserIdentifier, $checkCommunicationUserIdentifier };
