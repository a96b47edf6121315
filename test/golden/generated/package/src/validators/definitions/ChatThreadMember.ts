// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatThreadMember } from '../../types.js';
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
 * Validates a ChatThreadMember, reporting every error.
 *
 * A member of a chat thread, as the 2020 preview events give it (`members`, `memberAdded`, `memberRemoved`). Replaced by ChatParticipant.
 */
export function validateChatThreadMember(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatThreadMember> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkChatThreadMember(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as ChatThreadMember }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid ChatThreadMember.
 *
 * A member of a chat thread, as the 2020 preview events give it (`members`, `memberAdded`, `memberRemoved`). Replaced by ChatParticipant.
 */
export function isChatThreadMember(value: unknown): value is ChatThreadMember {
  try {
    return $isChatThreadMember(value, false);
  } catch {
    return false;
  }
}

function $isChatThreadMember(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'displayName', v['displayName'])) return false;
  if (!$isStringProperty(v, 'memberId', v['memberId'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['displayName', 'memberId'])) return false;
  }
  return true;
}

function $checkChatThreadMember(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'displayName', v['displayName']);
    $checkStringProperty(e, p, v, 'memberId', v['memberId']);
    if (s) {
      $extraKeys(e, p, v, ['displayName', 'memberId']);
    }
  }
}

export { $isChatThreadMember, $checkChatThreadMember };
