// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageDeletedEventData } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $int64,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier,
} from '../definitions/CommunicationIdentifier.js';

/**
 * Validates the data of a Microsoft.Communication.ChatMessageDeleted event, reporting every error.
 *
 * Published when a message is deleted in a chat thread that the user is member of.
 */
export function validateAcsChatMessageDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageDeletedEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatMessageDeletedEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMessageDeletedEventData }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageDeleted event.
 *
 * Published when a message is deleted in a chat thread that the user is member of.
 */
export function isAcsChatMessageDeletedEventData(value: unknown): value is AcsChatMessageDeletedEventData {
  try {
    return $isAcsChatMessageDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isDateTimeProperty(v, 'deleteTime', v['deleteTime'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  if (!$isStringProperty(v, 'senderId', v['senderId'])) return false;
  const v1 = v['senderCommunicationIdentifier'];
  if ($own(v, 'senderCommunicationIdentifier', v1)) {
    if (!$isCommunicationIdentifier(v1, s)) return false;
  }
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'])) return false;
  if (!$isDateTimeProperty(v, 'composeTime', v['composeTime'])) return false;
  if (!$isStringProperty(v, 'type', v['type'])) return false;
  const v3 = v['version'];
  if (!$own(v, 'version', v3)) return false;
  if (typeof v3 !== 'number' || !Number.isInteger(v3)) return false;
  if (!$int64(v3)) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  const v4 = v['recipientCommunicationIdentifier'];
  if ($own(v, 'recipientCommunicationIdentifier', v4)) {
    if (!$isCommunicationIdentifier(v4, s)) return false;
  }
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'deleteTime',
        'messageId',
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

function $checkAcsChatMessageDeletedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkDateTimeProperty(e, p, v, 'deleteTime', v['deleteTime']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, v, 'senderId', v['senderId']);
    const v1 = v['senderCommunicationIdentifier'];
    if ($has(e, p, v, 'senderCommunicationIdentifier', v1)) {
      $checkCommunicationIdentifier(v1, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName']);
    $checkDateTimeProperty(e, p, v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, v, 'type', v['type']);
    const v3 = v['version'];
    if ($has(e, p, v, 'version', v3, 'int64')) {
      if (typeof v3 !== 'number' || !Number.isInteger(v3)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v3));
      } else {
        if (!$int64(v3)) {
          $fail(e, p + '/version', 'must be an integer (int64)', 'int64', $show(v3));
        }
      }
    }
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    const v4 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, v, 'recipientCommunicationIdentifier', v4)) {
      $checkCommunicationIdentifier(v4, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'deleteTime',
        'messageId',
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
