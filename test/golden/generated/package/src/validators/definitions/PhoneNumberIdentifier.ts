// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { PhoneNumberIdentifier } from '../../types.js';
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
 * Validates a PhoneNumberIdentifier, reporting every error.
 *
 * A phone number (not seen in the docs samples; Azure SDK shape).
 */
export function validatePhoneNumberIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<PhoneNumberIdentifier> {
  return $validate<PhoneNumberIdentifier>(
    $isPhoneNumberIdentifier,
    $checkPhoneNumberIdentifier,
    value,
    options,
  );
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
  const v2 = v['value'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('value' in r1 && !$hasOwn.call(v, 'value'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['value'])) return false;
  }
  return true;
}

function $checkPhoneNumberIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'value' in r1 && v, 'value', v['value']);
    if (s) {
      $extraKeys(e, p, v, ['value']);
    }
  }
}

export { $isPhoneNumberIdentifier, $checkPhoneNumberIdentifier };
