// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatInThreadEventBase } from '../../types.js';
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
 * Validates a ChatInThreadEventBase, reporting every error.
 *
 * The properties every thread-level chat event carries (the spec's AcsChatEventInThreadBaseProperties): the thread and the transaction. The thread-level events curated from the 2021 docs write these properties out instead of extending this base.
 */
export function validateChatInThreadEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatInThreadEventBase> {
  return $validate<ChatInThreadEventBase>(
    $isChatInThreadEventBase,
    $checkChatInThreadEventBase,
    value,
    options,
  );
}

/**
 * Whether a value is a valid ChatInThreadEventBase.
 *
 * The properties every thread-level chat event carries (the spec's AcsChatEventInThreadBaseProperties): the thread and the transaction. The thread-level events curated from the 2021 docs write these properties out instead of extending this base.
 */
export function isChatInThreadEventBase(value: unknown): value is ChatInThreadEventBase {
  try {
    return $isChatInThreadEventBase(value, false);
  } catch {
    return false;
  }
}

function $isChatInThreadEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['transactionId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v3 = v['threadId'];
  if (typeof v3 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['transactionId', 'threadId'])) return false;
  }
  return true;
}

function $checkChatInThreadEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, ['transactionId', 'threadId']);
    }
  }
}

export { $isChatInThreadEventBase, $checkChatInThreadEventBase };
