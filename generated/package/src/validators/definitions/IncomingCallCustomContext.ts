// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { IncomingCallCustomContext } from '../../types.js';
import {
  $hasOwn,
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $esc,
  $errors,
  $fail,
  $caught,
  $reported,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates a IncomingCallCustomContext, reporting every error.
 *
 * Custom context of an incoming call (the spec's AcsIncomingCallCustomContext).
 */
export function validateIncomingCallCustomContext(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<IncomingCallCustomContext> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkIncomingCallCustomContext(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as IncomingCallCustomContext }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid IncomingCallCustomContext.
 *
 * Custom context of an incoming call (the spec's AcsIncomingCallCustomContext).
 */
export function isIncomingCallCustomContext(value: unknown): value is IncomingCallCustomContext {
  try {
    return $isIncomingCallCustomContext(value, false);
  } catch {
    return false;
  }
}

function $isIncomingCallCustomContext(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v1 = v['sipHeaders'];
  if ($own(v, 'sipHeaders', v1)) {
    if (!$isObject(v1)) return false;
    for (const k2 in v1) {
      if (!$hasOwn.call(v1, k2)) continue;
      const v3 = v1[k2];
      if (typeof v3 !== 'string') return false;
    }
  }
  const v4 = v['voipHeaders'];
  if ($own(v, 'voipHeaders', v4)) {
    if (!$isObject(v4)) return false;
    for (const k5 in v4) {
      if (!$hasOwn.call(v4, k5)) continue;
      const v6 = v4[k5];
      if (typeof v6 !== 'string') return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ['sipHeaders', 'voipHeaders'])) return false;
  }
  return true;
}

function $checkIncomingCallCustomContext(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const v1 = v['sipHeaders'];
    if ($has(e, p, v, 'sipHeaders', v1)) {
      if ($checkObject(e, p + '/sipHeaders', v1)) {
        for (const k2 in v1) {
          if (!$hasOwn.call(v1, k2)) continue;
          const v3 = v1[k2];
          if (typeof v3 !== 'string') {
            $fail(e, p + '/sipHeaders/' + $esc(k2), 'must be a string', 'string', $type(v3));
          }
        }
      }
    }
    const v4 = v['voipHeaders'];
    if ($has(e, p, v, 'voipHeaders', v4)) {
      if ($checkObject(e, p + '/voipHeaders', v4)) {
        for (const k5 in v4) {
          if (!$hasOwn.call(v4, k5)) continue;
          const v6 = v4[k5];
          if (typeof v6 !== 'string') {
            $fail(e, p + '/voipHeaders/' + $esc(k5), 'must be a string', 'string', $type(v6));
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['sipHeaders', 'voipHeaders']);
    }
  }
}

export { $isIncomingCallCustomContext, $checkIncomingCallCustomContext };
