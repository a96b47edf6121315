// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatMessageMetadata } from '../../types.js';
import {
  $hasOwn,
  $isObject,
  $checkObject,
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
 * Validates a ChatMessageMetadata, reporting every error.
 *
 * A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed.
 */
export function validateChatMessageMetadata(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatMessageMetadata> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkChatMessageMetadata(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as ChatMessageMetadata }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid ChatMessageMetadata.
 *
 * A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed.
 */
export function isChatMessageMetadata(value: unknown): value is ChatMessageMetadata {
  try {
    return $isChatMessageMetadata(value, false);
  } catch {
    return false;
  }
}

function $isChatMessageMetadata(v: unknown, _s: boolean): boolean {
  if (!$isObject(v)) return false;
  for (const k1 in v) {
    if (!$hasOwn.call(v, k1)) continue;
    const v2 = v[k1];
    if (typeof v2 !== 'string') return false;
  }
  return true;
}

function $checkChatMessageMetadata(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if ($checkObject(e, p, v)) {
    for (const k1 in v) {
      if (!$hasOwn.call(v, k1)) continue;
      const v2 = v[k1];
      if (typeof v2 !== 'string') {
        $fail(e, p + '/' + $esc(k1), 'must be a string', 'string', $type(v2));
      }
    }
  }
}

export { $isChatMessageMetadata, $checkChatMessageMetadata };
