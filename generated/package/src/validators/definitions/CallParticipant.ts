// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallParticipant } from '../../types.js';
import {
  $hasOwn,
  $has,
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
import { $isCommunicationIdentifier, $checkCommunicationIdentifier } from './CommunicationIdentifier.js';

/**
 * Validates a CallParticipant, reporting every error.
 *
 * A participant of a call and its role (the spec's AcsCallParticipantProperties).
 */
export function validateCallParticipant(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CallParticipant> {
  return $validate<CallParticipant>($isCallParticipant, $checkCallParticipant, value, options);
}

/**
 * Whether a value is a valid CallParticipant.
 *
 * A participant of a call and its role (the spec's AcsCallParticipantProperties).
 */
export function isCallParticipant(value: unknown): value is CallParticipant {
  try {
    return $isCallParticipant(value, false);
  } catch {
    return false;
  }
}

function $isCallParticipant(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['communicationIdentifier'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    v2 !== undefined &&
    (!('communicationIdentifier' in r1) || $hasOwn.call(v, 'communicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  const v5 = v['role'];
  if (typeof v5 !== 'string' && v5 !== undefined && (!('role' in r1) || $hasOwn.call(v, 'role')))
    return false;
  if (s) {
    if (!$onlyKeys(v, ['communicationIdentifier', 'role'])) return false;
  }
  return true;
}

function $checkCallParticipant(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['communicationIdentifier'];
    if ($has(e, p, 'communicationIdentifier' in r1 && v, 'communicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/communicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'role' in r1 && v, 'role', v['role'], true);
    if (s) {
      $extraKeys(e, p, v, ['communicationIdentifier', 'role']);
    }
  }
}

export { $isCallParticipant, $checkCallParticipant };
