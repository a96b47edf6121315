// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageEditedEventData } from '../../types.js';
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
import { $isChatMessageMetadata, $checkChatMessageMetadata } from '../definitions/ChatMessageMetadata.js';
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier,
} from '../definitions/CommunicationIdentifier.js';

/**
 * Validates the data of a Microsoft.Communication.ChatMessageEdited event, reporting every error.
 *
 * Published when a message is edited in a chat thread that the user is member of.
 */
export function validateAcsChatMessageEditedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageEditedEventData> {
  return $validate<AcsChatMessageEditedEventData>(
    $isAcsChatMessageEditedEventData,
    $checkAcsChatMessageEditedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageEdited event.
 *
 * Published when a message is edited in a chat thread that the user is member of.
 */
export function isAcsChatMessageEditedEventData(value: unknown): value is AcsChatMessageEditedEventData {
  try {
    return $isAcsChatMessageEditedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageEditedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['editTime'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('editTime' in r1 && !$hasOwn.call(v, 'editTime'))) return false;
  const v3 = v['messageBody'];
  if (typeof v3 !== 'string' || ('messageBody' in r1 && !$hasOwn.call(v, 'messageBody'))) return false;
  const v4 = v['messageId'];
  if (typeof v4 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v5 = v['metadata'];
  if (v5 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatMessageMetadata(v5, s)) return false;
  }
  const v8 = v['senderId'];
  if (typeof v8 !== 'string' || ('senderId' in r1 && !$hasOwn.call(v, 'senderId'))) return false;
  const v9 = v['senderCommunicationIdentifier'];
  if (
    v9 !== undefined &&
    (!('senderCommunicationIdentifier' in r1) || $hasOwn.call(v, 'senderCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v9, s)) return false;
  }
  const v12 = v['senderDisplayName'];
  if (typeof v12 !== 'string' || ('senderDisplayName' in r1 && !$hasOwn.call(v, 'senderDisplayName')))
    return false;
  const v13 = v['composeTime'];
  if (typeof v13 !== 'string' || ('composeTime' in r1 && !$hasOwn.call(v, 'composeTime'))) return false;
  const v14 = v['type'];
  if (typeof v14 !== 'string' || ('type' in r1 && !$hasOwn.call(v, 'type'))) return false;
  const v15 = v['version'];
  if (v15 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v15 !== 'number' || !Number.isInteger(v15)) return false;
  const v16 = v['recipientId'];
  if (typeof v16 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v17 = v['recipientCommunicationIdentifier'];
  if (
    v17 !== undefined &&
    (!('recipientCommunicationIdentifier' in r1) || $hasOwn.call(v, 'recipientCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v17, s)) return false;
  }
  const v20 = v['transactionId'];
  if (typeof v20 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v21 = v['threadId'];
  if (typeof v21 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (!$dateTime(v2)) return false;
  if (!$dateTime(v13)) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'editTime',
        'messageBody',
        'messageId',
        'metadata',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageEditedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'editTime' in r1 && v, 'editTime', v['editTime']);
    $checkStringProperty(e, p, 'messageBody' in r1 && v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    const v2 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v2)) {
      $checkChatMessageMetadata(v2, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, 'senderId' in r1 && v, 'senderId', v['senderId']);
    const v5 = v['senderCommunicationIdentifier'];
    if ($has(e, p, 'senderCommunicationIdentifier' in r1 && v, 'senderCommunicationIdentifier', v5)) {
      $checkCommunicationIdentifier(v5, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'senderDisplayName' in r1 && v, 'senderDisplayName', v['senderDisplayName']);
    $checkDateTimeProperty(e, p, 'composeTime' in r1 && v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, 'type' in r1 && v, 'type', v['type']);
    const v8 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v8, 'int64')) {
      if (typeof v8 !== 'number' || !Number.isInteger(v8)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v8));
      }
    }
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    const v9 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, 'recipientCommunicationIdentifier' in r1 && v, 'recipientCommunicationIdentifier', v9)) {
      $checkCommunicationIdentifier(v9, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'editTime',
        'messageBody',
        'messageId',
        'metadata',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ]);
    }
  }
}
