// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { PhoneNumberIdentifier } from '../../types.js';
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
 * Validates a PhoneNumberIdentifier, reporting every error.
 *
 * A phone number (not seen in the docs samples; Azure SDK shape).
 */
export function validatePhoneNumberIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<PhoneNumberIdentifier> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkPhoneNumberIdentifier(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as PhoneNumberIdentifier }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid PhoneNumberIdentifier.
 *
 * A phone number (not seen in the docs samples; Azure SDK shape).
 */
export function isPhoneNumberIdentifier(value: unknown): value is PhoneNumberIdentifier {
  try {
    return $isPhoneNumberIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isPhoneNumberIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'value', v['value'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['value'])) return false;
  }
  return true;
}

function $checkPhoneNumberIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'value', v['value']);
    if (s) {
      $extraKeys(e, p, v, ['value']);
    }
  }
}

export { $isPhoneNumberIdentifier, $checkPhoneNumberIdentifier };
