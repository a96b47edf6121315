// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterCommunicationError } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
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

/**
 * Validates a RouterCommunicationError, reporting every error.
 *
 * An error Job Router reports, with optional nested detail (OData error shape).
 */
export function validateRouterCommunicationError(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterCommunicationError> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkRouterCommunicationError(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as RouterCommunicationError }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid RouterCommunicationError.
 *
 * An error Job Router reports, with optional nested detail (OData error shape).
 */
export function isRouterCommunicationError(value: unknown): value is RouterCommunicationError {
  try {
    return $isRouterCommunicationError(value, false);
  } catch {
    return false;
  }
}

function $isRouterCommunicationError(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v1 = v['code'];
  if ($own(v, 'code', v1)) {
    if (typeof v1 !== 'string' && v1 !== null) return false;
  }
  if (!$isStringProperty(v, 'message', v['message'])) return false;
  const v2 = v['target'];
  if ($own(v, 'target', v2)) {
    if (typeof v2 !== 'string' && v2 !== null) return false;
  }
  const v3 = v['innerError'];
  if ($own(v, 'innerError', v3)) {
    if ((typeof v3 !== 'object' || v3 === null || Array.isArray(v3)) && v3 !== null) return false;
  }
  const v5 = v['details'];
  if ($own(v, 'details', v5)) {
    if (!Array.isArray(v5) && v5 !== null) return false;
    if (Array.isArray(v5)) {
      const a6 = v5 as unknown[];
      for (let i7 = 0; i7 < a6.length; i7++) {
        const v8 = a6[i7];
        if (!$isObject(v8)) return false;
      }
    }
  }
  if (s) {
    if (!$onlyKeys(v, ['code', 'message', 'target', 'innerError', 'details'])) return false;
  }
  return true;
}

function $checkRouterCommunicationError(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const v1 = v['code'];
    if ($has(e, p, v, 'code', v1)) {
      if (typeof v1 !== 'string' && v1 !== null) {
        $fail(e, p + '/code', 'must be a string or null', 'string | null', $type(v1));
      }
    }
    $checkStringProperty(e, p, v, 'message', v['message']);
    const v2 = v['target'];
    if ($has(e, p, v, 'target', v2)) {
      if (typeof v2 !== 'string' && v2 !== null) {
        $fail(e, p + '/target', 'must be a string or null', 'string | null', $type(v2));
      }
    }
    const v3 = v['innerError'];
    if ($has(e, p, v, 'innerError', v3)) {
      if ((typeof v3 !== 'object' || v3 === null || Array.isArray(v3)) && v3 !== null) {
        $fail(e, p + '/innerError', 'must be an object or null', 'object | null', $type(v3));
      }
    }
    const v5 = v['details'];
    if ($has(e, p, v, 'details', v5)) {
      if (!Array.isArray(v5) && v5 !== null) {
        $fail(e, p + '/details', 'must be an array or null', 'array | null', $type(v5));
      } else {
        if (Array.isArray(v5)) {
          const a6 = v5 as unknown[];
          for (let i7 = 0; i7 < a6.length; i7++) {
            const v8 = a6[i7];
            $checkObject(e, p + '/details/' + i7, v8);
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['code', 'message', 'target', 'innerError', 'details']);
    }
  }
}

export { $isRouterCommunicationError, $checkRouterCommunicationError };
