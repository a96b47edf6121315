// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CommunicationUserIdentifier } from '../../types.js';
import {
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

/**
 * Validates a CommunicationUserIdentifier, reporting every error.
 *
 * An Azure Communication Services user.
 */
export function validateCommunicationUserIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CommunicationUserIdentifier> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkCommunicationUserIdentifier(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as CommunicationUserIdentifier }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'id', v['id'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['id'])) return false;
  }
  return true;
}

function $checkCommunicationUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'id', v['id']);
    if (s) {
      $extraKeys(e, p, v, ['id']);
    }
  }
}

export { $isCommunicationUserIdentifier, $checkCommunicationUserIdentifier };
