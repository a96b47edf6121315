// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallGroup } from '../../types.js';
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
 * Validates a CallGroup, reporting every error.
 *
 * The group of a group call (the spec's AcsCallGroupProperties).
 */
export function validateCallGroup(value: unknown, options?: ValidateOptions): ValidationResult<CallGroup> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkCallGroup(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as CallGroup }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'id', v['id'], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ['id'])) return false;
  }
  return true;
}

function $checkCallGroup(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'id', v['id'], true);
    if (s) {
      $extraKeys(e, p, v, ['id']);
    }
  }
}

export { $isCallGroup, $checkCallGroup };
