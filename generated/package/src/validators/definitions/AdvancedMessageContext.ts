// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageContext } from '../../types.js';
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
 * Validates a AdvancedMessageContext, reporting every error.
 *
 * The message a received message replies to (the spec's AcsMessageContext; the docs' MessageContext).
 */
export function validateAdvancedMessageContext(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageContext> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageContext(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AdvancedMessageContext }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'from', v['from'], true)) return false;
  if (!$isStringProperty(v, 'id', v['id'], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ['from', 'id'])) return false;
  }
  return true;
}

function $checkAdvancedMessageContext(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'from', v['from'], true);
    $checkStringProperty(e, p, v, 'id', v['id'], true);
    if (s) {
      $extraKeys(e, p, v, ['from', 'id']);
    }
  }
}

export { $isAdvancedMessageContext, $checkAdvancedMessageContext };
