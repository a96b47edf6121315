// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatThreadProperties } from '../../types.js';
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $validate,
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
  return $validate<ChatThreadProperties>($isChatThreadProperties, $checkChatThreadProperties, value, options);
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
  const v2 = v['topic'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('topic' in r1) || $hasOwn.call(v, 'topic')))
    return false;
  return true;
}

function $checkChatThreadProperties(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'topic' in r1 && v, 'topic', v['topic'], true);
  }
}

export { $isChatThreadProperties, $checkChatThreadProperties };
