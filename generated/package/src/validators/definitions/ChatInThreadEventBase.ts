// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatInThreadEventBase } from '../../types.js';
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
 * Validates a ChatInThreadEventBase, reporting every error.
 *
 * The properties every thread-level chat event carries (the spec's AcsChatEventInThreadBaseProperties): the thread and the transaction. The thread-level events curated from the 2021 docs write these properties out instead of extending this base.
 */
export function validateChatInThreadEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatInThreadEventBase> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkChatInThreadEventBase(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as ChatInThreadEventBase }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['transactionId', 'threadId'])) return false;
  }
  return true;
}

function $checkChatInThreadEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, ['transactionId', 'threadId']);
    }
  }
}

export { $isChatInThreadEventBase, $checkChatInThreadEventBase };
