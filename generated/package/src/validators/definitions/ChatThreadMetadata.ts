// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatThreadMetadata } from '../../types.js';
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
 * Validates a ChatThreadMetadata, reporting every error.
 *
 * A chat thread's metadata, a map of strings (the REST API spec gives it to ChatThreadCreated(WithUser) and ChatThreadPropertiesUpdated(PerUser); no docs sample shows it).
 */
export function validateChatThreadMetadata(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatThreadMetadata> {
  return $validate<ChatThreadMetadata>($isChatThreadMetadata, $checkChatThreadMetadata, value, options);
}

/**
 * Whether a value is a valid ChatThreadMetadata.
 *
 * A chat thread's metadata, a map of strings (the REST API spec gives it to ChatThreadCreated(WithUser) and ChatThreadPropertiesUpdated(PerUser); no docs sample shows it).
 */
export function isChatThreadMetadata(value: unknown): value is ChatThreadMetadata {
  try {
    return $isChatThreadMetadata(value, false);
  } catch {
    return false;
  }
}

function $isChatThreadMetadata(v: unknown, _s: boolean): boolean {
  if (!$isObject(v)) return false;
  for (const k2 in v) {
    if (!$hasOwn.call(v, k2)) continue;
    const v3 = v[k2];
    if (typeof v3 !== 'string') return false;
  }
  return true;
}

function $checkChatThreadMetadata(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
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

export { $isChatThreadMetadata, $checkChatThreadMetadata };
