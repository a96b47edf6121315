// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatTypingIndicatorReceivedInThreadEventData } from '../../types.js';
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
 * Validates the data of a Microsoft.Communication.ChatTypingIndicatorReceivedInThread event, reporting every error.
 *
 * Published when a typing indicator is received in a chat thread (REST API spec only: no docs page lists it).
 */
export function validateAcsChatTypingIndicatorReceivedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatTypingIndicatorReceivedInThreadEventData> {
  return $validate<AcsChatTypingIndicatorReceivedInThreadEventData>(
    $isAcsChatTypingIndicatorReceivedInThreadEventData,
    $checkAcsChatTypingIndicatorReceivedInThreadEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatTypingIndicatorReceivedInThread event.
 *
 * Published when a typing indicator is received in a chat thread (REST API spec only: no docs page lists it).
 */
export function isAcsChatTypingIndicatorReceivedInThreadEventData(
  value: unknown,
): value is AcsChatTypingIndicatorReceivedInThreadEventData {
  try {
    return $isAcsChatTypingIndicatorReceivedInThreadEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatTypingIndicatorReceivedInThreadEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['transactionId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('transactionId' in r5 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v7 = v['threadId'];
  if (typeof v7 !== 'string' || ('threadId' in r5 && !$hasOwn.call(v, 'threadId'))) return false;
  const v9 = v['messageId'];
  const r8: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v9 !== 'string' || ('messageId' in r8 && !$hasOwn.call(v, 'messageId'))) return false;
  const v10 = v['senderCommunicationIdentifier'];
  if (
    v10 === undefined ||
    ('senderCommunicationIdentifier' in r8 && !$hasOwn.call(v, 'senderCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v10, s)) return false;
  const v13 = v['senderDisplayName'];
  if (
    typeof v13 !== 'string' &&
    v13 !== undefined &&
    (!('senderDisplayName' in r8) || $hasOwn.call(v, 'senderDisplayName'))
  )
    return false;
  const v14 = v['composeTime'];
  if (
    typeof v14 !== 'string' &&
    v14 !== undefined &&
    (!('composeTime' in r8) || $hasOwn.call(v, 'composeTime'))
  )
    return false;
  const v15 = v['type'];
  if (typeof v15 !== 'string' || ('type' in r8 && !$hasOwn.call(v, 'type'))) return false;
  const v16 = v['version'];
  if (v16 !== undefined && (!('version' in r8) || $hasOwn.call(v, 'version'))) {
    if (typeof v16 !== 'number' || !Number.isInteger(v16)) return false;
  }
  if (
    typeof v14 === 'string' &&
    !$dateTime(v14) &&
    (!('composeTime' in r8) || $hasOwn.call(v, 'composeTime'))
  )
    return false;
  const v18 = v['messageBody'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== 'string' || ('messageBody' in r17 && !$hasOwn.call(v, 'messageBody'))) return false;
  const v19 = v['metadata'];
  if (v19 !== undefined && (!('metadata' in r17) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatMessageMetadata(v19, s)) return false;
  }
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
        'messageBody',
        'metadata',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatTypingIndicatorReceivedInThreadEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'transactionId' in r5 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r5 && v, 'threadId', v['threadId']);
    const r6: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r6 && v, 'messageId', v['messageId']);
    const v7 = v['senderCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'senderCommunicationIdentifier' in r6 && v,
        'senderCommunicationIdentifier',
        v7,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v7, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(
      e,
      p,
      'senderDisplayName' in r6 && v,
      'senderDisplayName',
      v['senderDisplayName'],
      true,
    );
    $checkDateTimeProperty(e, p, 'composeTime' in r6 && v, 'composeTime', v['composeTime'], true);
    $checkStringProperty(e, p, 'type' in r6 && v, 'type', v['type']);
    const v10 = v['version'];
    if ($has(e, p, 'version' in r6 && v, 'version', v10)) {
      if (typeof v10 !== 'number' || !Number.isInteger(v10)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v10));
      }
    }
    const r11: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageBody' in r11 && v, 'messageBody', v['messageBody']);
    const v12 = v['metadata'];
    if ($has(e, p, 'metadata' in r11 && v, 'metadata', v12)) {
      $checkChatMessageMetadata(v12, p + '/metadata', e, s);
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
        'messageBody',
        'metadata',
      ]);
    }
  }
}
