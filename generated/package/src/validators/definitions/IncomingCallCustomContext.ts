// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { IncomingCallCustomContext } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $esc,
  $fail,
  $validate,
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
  return $validate<IncomingCallCustomContext>(
    $isIncomingCallCustomContext,
    $checkIncomingCallCustomContext,
    value,
    options,
  );
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
  const v2 = v['sipHeaders'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== undefined && (!('sipHeaders' in r1) || $hasOwn.call(v, 'sipHeaders'))) {
    if (!$isObject(v2)) return false;
    for (const k4 in v2) {
      if (!$hasOwn.call(v2, k4)) continue;
      const v5 = v2[k4];
      if (typeof v5 !== 'string') return false;
    }
  }
  const v6 = v['voipHeaders'];
  if (v6 !== undefined && (!('voipHeaders' in r1) || $hasOwn.call(v, 'voipHeaders'))) {
    if (!$isObject(v6)) return false;
    for (const k8 in v6) {
      if (!$hasOwn.call(v6, k8)) continue;
      const v9 = v6[k8];
      if (typeof v9 !== 'string') return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ['sipHeaders', 'voipHeaders'])) return false;
  }
  return true;
}

function $checkIncomingCallCustomContext(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['sipHeaders'];
    if ($has(e, p, 'sipHeaders' in r1 && v, 'sipHeaders', v2)) {
      if ($checkObject(e, p + '/sipHeaders', v2)) {
        for (const k4 in v2) {
          if (!$hasOwn.call(v2, k4)) continue;
          const v5 = v2[k4];
          if (typeof v5 !== 'string') {
            $fail(e, p + '/sipHeaders/' + $esc(k4), 'must be a string', 'string', $type(v5));
          }
        }
      }
    }
    const v6 = v['voipHeaders'];
    if ($has(e, p, 'voipHeaders' in r1 && v, 'voipHeaders', v6)) {
      if ($checkObject(e, p + '/voipHeaders', v6)) {
        for (const k8 in v6) {
          if (!$hasOwn.call(v6, k8)) continue;
          const v9 = v6[k8];
          if (typeof v9 !== 'string') {
            $fail(e, p + '/voipHeaders/' + $esc(k8), 'must be a string', 'string', $type(v9));
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
