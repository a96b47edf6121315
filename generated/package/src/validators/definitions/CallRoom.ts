// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallRoom } from '../../types.js';
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
 * Validates a CallRoom, reporting every error.
 *
 * The room of a rooms call (the spec's AcsCallRoomProperties).
 */
export function validateCallRoom(value: unknown, options?: ValidateOptions): ValidationResult<CallRoom> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkCallRoom(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as CallRoom }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid CallRoom.
 *
 * The room of a rooms call (the spec's AcsCallRoomProperties).
 */
export function isCallRoom(value: unknown): value is CallRoom {
  try {
    return $isCallRoom(value, false);
  } catch {
    return false;
  }
}

function $isCallRoom(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'id', v['id'], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ['id'])) return false;
  }
  return true;
}

function $checkCallRoom(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'id', v['id'], true);
    if (s) {
      $extraKeys(e, p, v, ['id']);
    }
  }
}

export { $isCallRoom, $checkCallRoom };
