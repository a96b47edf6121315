// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallEndedBy } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $errors,
  $fail,
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
 * Validates a CallEndedBy, reporting every error.
 *
 * Who ended a call (the spec's AcsCallEndedByProperties; no docs sample shows it).
 */
export function validateCallEndedBy(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CallEndedBy> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkCallEndedBy(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as CallEndedBy }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid CallEndedBy.
 *
 * Who ended a call (the spec's AcsCallEndedByProperties; no docs sample shows it).
 */
export function isCallEndedBy(value: unknown): value is CallEndedBy {
  try {
    return $isCallEndedBy(value, false);
  } catch {
    return false;
  }
}

function $isCallEndedBy(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v1 = v['communicationIdentifier'];
  if ($own(v, 'communicationIdentifier', v1)) {
    if (!$isCommunicationIdentifier(v1, s)) return false;
  }
  const v3 = v['type'];
  if ($own(v, 'type', v3)) {
    if (typeof v3 !== 'string') return false;
  }
  if (!$isStringProperty(v, 'name', v['name'], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ['communicationIdentifier', 'type', 'name'])) return false;
  }
  return true;
}

function $checkCallEndedBy(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const v1 = v['communicationIdentifier'];
    if ($has(e, p, v, 'communicationIdentifier', v1)) {
      $checkCommunicationIdentifier(v1, p + '/communicationIdentifier', e, s);
    }
    const v3 = v['type'];
    if ($has(e, p, v, 'type', v3)) {
      if (typeof v3 !== 'string') {
        $fail(
          e,
          p + '/type',
          'must be one of "Participant" | "MicrosoftInternal" | string',
          '"Participant" | "MicrosoftInternal" | string',
          $show(v3),
        );
      }
    }
    $checkStringProperty(e, p, v, 'name', v['name'], true);
    if (s) {
      $extraKeys(e, p, v, ['communicationIdentifier', 'type', 'name']);
    }
  }
}

export { $isCallEndedBy, $checkCallEndedBy };
