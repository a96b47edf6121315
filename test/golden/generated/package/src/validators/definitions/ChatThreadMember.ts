// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatThreadMember } from '../../types.js';
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
 * Validates a ChatThreadMember, reporting every error.
 *
 * A member of a chat thread, as the 2020 preview events give it (`members`, `memberAdded`, `memberRemoved`). Replaced by ChatParticipant.
 */
export function validateChatThreadMember(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatThreadMember> {
  return $validate<ChatThreadMember>($isChatThreadMember, $checkChatThreadMember, value, options);
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
  const v2 = v['displayName'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('displayName' in r1 && !$hasOwn.call(v, 'displayName'))) return false;
  const v3 = v['memberId'];
  if (typeof v3 !== 'string' || ('memberId' in r1 && !$hasOwn.call(v, 'memberId'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['displayName', 'memberId'])) return false;
  }
  return true;
}

function $checkChatThreadMember(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'displayName' in r1 && v, 'displayName', v['displayName']);
    $checkStringProperty(e, p, 'memberId' in r1 && v, 'memberId', v['memberId']);
    if (s) {
      $extraKeys(e, p, v, ['displayName', 'memberId']);
    }
  }
}

export { $isChatThreadMember, $checkChatThreadMember };
