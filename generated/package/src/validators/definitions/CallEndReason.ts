// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallEndReason } from '../../types.js';
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
  $checkStringProperty,
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
  return $validate<CallEndReason>($isCallEndReason, $checkCallEndReason, value, options);
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
  const v2 = v['code'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    (typeof v2 !== 'number' || !Number.isInteger(v2)) &&
    v2 !== undefined &&
    (!('code' in r1) || $hasOwn.call(v, 'code'))
  )
    return false;
  const v3 = v['subCode'];
  if (
    (typeof v3 !== 'number' || !Number.isInteger(v3)) &&
    v3 !== undefined &&
    (!('subCode' in r1) || $hasOwn.call(v, 'subCode'))
  )
    return false;
  const v4 = v['phrase'];
  if (typeof v4 !== 'string' && v4 !== undefined && (!('phrase' in r1) || $hasOwn.call(v, 'phrase')))
    return false;
  if (s) {
    if (!$onlyKeys(v, ['code', 'subCode', 'phrase'])) return false;
  }
  return true;
}

function $checkCallEndReason(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkIntegerProperty(e, p, 'code' in r1 && v, 'code', v['code'], true);
    $checkIntegerProperty(e, p, 'subCode' in r1 && v, 'subCode', v['subCode'], true);
    $checkStringProperty(e, p, 'phrase' in r1 && v, 'phrase', v['phrase'], true);
    if (s) {
      $extraKeys(e, p, v, ['code', 'subCode', 'phrase']);
    }
  }
}

export { $isCallEndReason, $checkCallEndReason };
