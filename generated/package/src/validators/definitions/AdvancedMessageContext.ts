// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageContext } from '../../types.js';
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
 * Validates a AdvancedMessageContext, reporting every error.
 *
 * The message a received message replies to (the spec's AcsMessageContext; the docs' MessageContext).
 */
export function validateAdvancedMessageContext(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageContext> {
  return $validate<AdvancedMessageContext>(
    $isAdvancedMessageContext,
    $checkAdvancedMessageContext,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageContext.
 *
 * The message a received message replies to (the spec's AcsMessageContext; the docs' MessageContext).
 */
export function isAdvancedMessageContext(value: unknown): value is AdvancedMessageContext {
  try {
    return $isAdvancedMessageContext(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageContext(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['from'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('from' in r1) || $hasOwn.call(v, 'from')))
    return false;
  const v3 = v['id'];
  if (typeof v3 !== 'string' && v3 !== undefined && (!('id' in r1) || $hasOwn.call(v, 'id'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['from', 'id'])) return false;
  }
  return true;
}

function $checkAdvancedMessageContext(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'from' in r1 && v, 'from', v['from'], true);
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id'], true);
    if (s) {
      $extraKeys(e, p, v, ['from', 'id']);
    }
  }
}

export { $isAdvancedMessageContext, $checkAdvancedMessageContext };
