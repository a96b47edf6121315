// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatMessageInThreadEventBase } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $dateTime,
  $fail,
  $validate,
  $checkStringProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import { $isCommunicationIdentifier, $checkCommunicationIdentifier } from './CommunicationIdentifier.js';

/**
 * Validates a ChatMessageInThreadEventBase, reporting every error.
 *
 * The properties every thread-level chat message event carries (the spec's AcsChatMessageEventInThreadBaseProperties): the thread, the message and its sender. Used by the spec-only ChatAzureBotCommandReceivedInThread and ChatTypingIndicatorReceivedInThread; ChatMessageReceivedInThread, ChatMessageEditedInThread and ChatMessageDeletedInThread (curated from the 2021 docs) write the same properties out, with the stricter requiredness their samples show.
 */
export function validateChatMessageInThreadEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatMessageInThreadEventBase> {
  return $validate<ChatMessageInThreadEventBase>(
    $isChatMessageInThreadEventBase,
    $checkChatMessageInThreadEventBase,
    value,
    options,
  );
}

/**
 * Whether a value is a valid ChatMessageInThreadEventBase.
 *
 * The properties every thread-level chat message event carries (the spec's AcsChatMessageEventInThreadBaseProperties): the thread, the message and its sender. Used by the spec-only ChatAzureBotCommandReceivedInThread and ChatTypingIndicatorReceivedInThread; ChatMessageReceivedInThread, ChatMessageEditedInThread and ChatMessageDeletedInThread (curated from the 2021 docs) write the same properties out, with the stricter requiredness their samples show.
 */
export function isChatMessageInThreadEventBase(value: unknown): value is ChatMessageInThreadEventBase {
  try {
    return $isChatMessageInThreadEventBase(value, false);
  } catch {
    return false;
  }
}

function $isChatMessageInThreadEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['transactionId'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== 'string' || ('transactionId' in r3 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v5 = v['threadId'];
  if (typeof v5 !== 'string' || ('threadId' in r3 && !$hasOwn.call(v, 'threadId'))) return false;
  const v7 = v['messageId'];
  const r6: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v7 !== 'string' || ('messageId' in r6 && !$hasOwn.call(v, 'messageId'))) return false;
  const v8 = v['senderCommunicationIdentifier'];
  if (
    v8 === undefined ||
    ('senderCommunicationIdentifier' in r6 && !$hasOwn.call(v, 'senderCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v8, s)) return false;
  const v11 = v['senderDisplayName'];
  if (
    typeof v11 !== 'string' &&
    v11 !== undefined &&
    (!('senderDisplayName' in r6) || $hasOwn.call(v, 'senderDisplayName'))
  )
    return false;
  const v12 = v['composeTime'];
  if (
    typeof v12 !== 'string' &&
    v12 !== undefined &&
    (!('composeTime' in r6) || $hasOwn.call(v, 'composeTime'))
  )
    return false;
  const v13 = v['type'];
  if (typeof v13 !== 'string' || ('type' in r6 && !$hasOwn.call(v, 'type'))) return false;
  const v14 = v['version'];
  if (v14 !== undefined && (!('version' in r6) || $hasOwn.call(v, 'version'))) {
    if (typeof v14 !== 'number' || !Number.isInteger(v14)) return false;
  }
  if (
    typeof v12 === 'string' &&
    !$dateTime(v12) &&
    (!('composeTime' in r6) || $hasOwn.call(v, 'composeTime'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'transactionId',
        'threadId',
        'messageId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
      ])
    )
      return false;
  }
  return true;
}

function $checkChatMessageInThreadEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'transactionId' in r3 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r3 && v, 'threadId', v['threadId']);
    const r4: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r4 && v, 'messageId', v['messageId']);
    const v5 = v['senderCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'senderCommunicationIdentifier' in r4 && v,
        'senderCommunicationIdentifier',
        v5,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v5, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(
      e,
      p,
      'senderDisplayName' in r4 && v,
      'senderDisplayName',
      v['senderDisplayName'],
      true,
    );
    $checkDateTimeProperty(e, p, 'composeTime' in r4 && v, 'composeTime', v['composeTime'], true);
    $checkStringProperty(e, p, 'type' in r4 && v, 'type', v['type']);
    const v8 = v['version'];
    if ($has(e, p, 'version' in r4 && v, 'version', v8)) {
      if (typeof v8 !== 'number' || !Number.isInteger(v8)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v8));
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'transactionId',
        'threadId',
        'messageId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
      ]);
    }
  }
}

export { $isChatMessageInThreadEventBase, $checkChatMessageInThreadEventBase };
