// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallRoom } from '../../types.js';
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
 * Validates a CallRoom, reporting every error.
 *
 * The room of a rooms call (the spec's AcsCallRoomProperties).
 */
export function validateCallRoom(value: unknown, options?: ValidateOptions): ValidationResult<CallRoom> {
  return $validate<CallRoom>($isCallRoom, $checkCallRoom, value, options);
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
  const v2 = v['id'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('id' in r1) || $hasOwn.call(v, 'id'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['id'])) return false;
  }
  return true;
}

function $checkCallRoom(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id'], true);
    if (s) {
      $extraKeys(e, p, v, ['id']);
    }
  }
}

export { $isCallRoom, $checkCallRoom };
