// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallEndedBy } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $fail,
  $validate,
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
  return $validate<CallEndedBy>($isCallEndedBy, $checkCallEndedBy, value, options);
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
  const v2 = v['communicationIdentifier'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    v2 !== undefined &&
    (!('communicationIdentifier' in r1) || $hasOwn.call(v, 'communicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  const v5 = v['type'];
  if (v5 !== undefined && (!('type' in r1) || $hasOwn.call(v, 'type'))) {
    if (typeof v5 !== 'string') return false;
  }
  const v8 = v['name'];
  if (typeof v8 !== 'string' && v8 !== undefined && (!('name' in r1) || $hasOwn.call(v, 'name')))
    return false;
  if (s) {
    if (!$onlyKeys(v, ['communicationIdentifier', 'type', 'name'])) return false;
  }
  return true;
}

function $checkCallEndedBy(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['communicationIdentifier'];
    if ($has(e, p, 'communicationIdentifier' in r1 && v, 'communicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/communicationIdentifier', e, s);
    }
    const v5 = v['type'];
    if ($has(e, p, 'type' in r1 && v, 'type', v5)) {
      if (typeof v5 !== 'string') {
        $fail(
          e,
          p + '/type',
          'must be one of "Participant" | "MicrosoftInternal" | string',
          '"Participant" | "MicrosoftInternal" | string',
          $show(v5),
        );
      }
    }
    $checkStringProperty(e, p, 'name' in r1 && v, 'name', v['name'], true);
    if (s) {
      $extraKeys(e, p, v, ['communicationIdentifier', 'type', 'name']);
    }
  }
}

export { $isCallEndedBy, $checkCallEndedBy };
