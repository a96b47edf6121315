// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallParticipant } from '../../types.js';
import {
  $own,
  $has,
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
  const errors = $errors(options?.maxErrors);
  try {
    $checkCallParticipant(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as CallParticipant }
    : { ok: false, errors: $reported(errors) };
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
  const v1 = v['communicationIdentifier'];
  if ($own(v, 'communicationIdentifier', v1)) {
    if (!$isCommunicationIdentifier(v1, s)) return false;
  }
  if (!$isStringProperty(v, 'role', v['role'], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ['communicationIdentifier', 'role'])) return false;
  }
  return true;
}

function $checkCallParticipant(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const v1 = v['communicationIdentifier'];
    if ($has(e, p, v, 'communicationIdentifier', v1)) {
      $checkCommunicationIdentifier(v1, p + '/communicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, v, 'role', v['role'], true);
    if (s) {
      $extraKeys(e, p, v, ['communicationIdentifier', 'role']);
    }
  }
}

export { $isCallParticipant, $checkCallParticipant };
