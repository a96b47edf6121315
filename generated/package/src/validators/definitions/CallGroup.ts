// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallGroup } from '../../types.js';
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
 * Validates a CallGroup, reporting every error.
 *
 * The group of a group call (the spec's AcsCallGroupProperties).
 */
export function validateCallGroup(value: unknown, options?: ValidateOptions): ValidationResult<CallGroup> {
  return $validate<CallGroup>($isCallGroup, $checkCallGroup, value, options);
}

/**
 * Whether a value is a valid CallGroup.
 *
 * The group of a group call (the spec's AcsCallGroupProperties).
 */
export function isCallGroup(value: unknown): value is CallGroup {
  try {
    return $isCallGroup(value, false);
  } catch {
    return false;
  }
}

function $isCallGroup(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['id'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('id' in r1) || $hasOwn.call(v, 'id'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['id'])) return false;
  }
  return true;
}

function $checkCallGroup(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id'], true);
    if (s) {
      $extraKeys(e, p, v, ['id']);
    }
  }
}

export { $isCallGroup, $checkCallGroup };
