// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatMessageMetadata } from '../../types.js';
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $type,
  $esc,
  $fail,
  $validate,
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
  return $validate<ChatMessageMetadata>($isChatMessageMetadata, $checkChatMessageMetadata, value, options);
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
  for (const k2 in v) {
    if (!$hasOwn.call(v, k2)) continue;
    const v3 = v[k2];
    if (typeof v3 !== 'string') return false;
  }
  return true;
}

function $checkChatMessageMetadata(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if ($checkObject(e, p, v)) {
    for (const k2 in v) {
      if (!$hasOwn.call(v, k2)) continue;
      const v3 = v[k2];
      if (typeof v3 !== 'string') {
        $fail(e, p + '/' + $esc(k2), 'must be a string', 'string', $type(v3));
      }
    }
  }
}

export { $isChatMessageMetadata, $checkChatMessageMetadata };
