// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallEndReason } from '../../types.js';
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
  $isIntegerProperty,
  $checkIntegerProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates a CallEndReason, reporting every error.
 *
 * Why a call ended (the spec's AcsCallEndReasonProperties; no docs sample shows it).
 */
export function validateCallEndReason(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CallEndReason> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkCallEndReason(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as CallEndReason }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid CallEndReason.
 *
 * Why a call ended (the spec's AcsCallEndReasonProperties; no docs sample shows it).
 */
export function isCallEndReason(value: unknown): value is CallEndReason {
  try {
    return $isCallEndReason(value, false);
  } catch {
    return false;
  }
}

function $isCallEndReason(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isIntegerProperty(v, 'code', v['code'], true)) return false;
  if (!$isIntegerProperty(v, 'subCode', v['subCode'], true)) return false;
  if (!$isStringProperty(v, 'phrase', v['phrase'], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ['code', 'subCode', 'phrase'])) return false;
  }
  return true;
}

function $checkCallEndReason(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkIntegerProperty(e, p, v, 'code', v['code'], true);
    $checkIntegerProperty(e, p, v, 'subCode', v['subCode'], true);
    $checkStringProperty(e, p, v, 'phrase', v['phrase'], true);
    if (s) {
      $extraKeys(e, p, v, ['code', 'subCode', 'phrase']);
    }
  }
}

export { $isCallEndReason, $checkCallEndReason };
