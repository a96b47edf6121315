// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatTypingIndicatorReceivedInThreadEventData } from '../../types.js';
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
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatTypingIndicatorReceivedInThreadEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatTypingIndicatorReceivedInThreadEventData }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  const v3 = v['senderCommunicationIdentifier'];
  if (!$own(v, 'senderCommunicationIdentifier', v3)) return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'], true)) return false;
  if (!$isDateTimeProperty(v, 'composeTime', v['composeTime'], true)) return false;
  if (!$isStringProperty(v, 'type', v['type'])) return false;
  const v5 = v['version'];
  if ($own(v, 'version', v5)) {
    if (typeof v5 !== 'number' || !Number.isInteger(v5)) return false;
    if (!$int64(v5)) return false;
  }
  if (!$isStringProperty(v, 'messageBody', v['messageBody'])) return false;
  const v6 = v['metadata'];
  if ($own(v, 'metadata', v6)) {
    if (!$isChatMessageMetadata(v6, s)) return false;
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
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    const v3 = v['senderCommunicationIdentifier'];
    if ($has(e, p, v, 'senderCommunicationIdentifier', v3, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v3, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName'], true);
    $checkDateTimeProperty(e, p, v, 'composeTime', v['composeTime'], true);
    $checkStringProperty(e, p, v, 'type', v['type']);
    const v5 = v['version'];
    if ($has(e, p, v, 'version', v5)) {
      if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v5));
      } else {
        if (!$int64(v5)) {
          $fail(e, p + '/version', 'must be an integer (int64)', 'int64', $show(v5));
        }
      }
    }
    $checkStringProperty(e, p, v, 'messageBody', v['messageBody']);
    const v6 = v['metadata'];
    if ($has(e, p, v, 'metadata', v6)) {
      $checkChatMessageMetadata(v6, p + '/metadata', e, s);
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
