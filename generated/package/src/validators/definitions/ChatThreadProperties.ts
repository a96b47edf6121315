// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatThreadProperties } from '../../types.js';
import {
  $isObject,
  $checkObject,
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
 * Validates a ChatThreadProperties, reporting every error.
 *
 * The chat thread's properties; the docs show `topic`, the service may add others.
 */
export function validateChatThreadProperties(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatThreadProperties> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkChatThreadProperties(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as ChatThreadProperties }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid ChatThreadProperties.
 *
 * The chat thread's properties; the docs show `topic`, the service may add others.
 */
export function isChatThreadProperties(value: unknown): value is ChatThreadProperties {
  try {
    return $isChatThreadProperties(value, false);
  } catch {
    return false;
  }
}

function $isChatThreadProperties(v: unknown, _s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'topic', v['topic'], true)) return false;
  return true;
}

function $checkChatThreadProperties(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'topic', v['topic'], true);
  }
}

export { $isChatThreadProperties, $checkChatThreadProperties };
