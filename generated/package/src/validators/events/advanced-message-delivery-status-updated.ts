// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsAdvancedMessageDeliveryStatusUpdatedEventData } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $dateTime,
  $fail,
  $validate,
  $checkStringProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import {
  $isAdvancedMessageChannelEventError,
  $checkAdvancedMessageChannelEventError,
} from '../definitions/AdvancedMessageChannelEventError.js';

/**
 * Validates the data of a Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated event, reporting every error.
 *
 * Published when Communication Services Advanced Messaging receives a status update (sent, delivered, read, failed …) for a message the business sent.
 */
export function validateAcsAdvancedMessageDeliveryStatusUpdatedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsAdvancedMessageDeliveryStatusUpdatedEventData> {
  return $validate<AcsAdvancedMessageDeliveryStatusUpdatedEventData>(
    $isAcsAdvancedMessageDeliveryStatusUpdatedEventData,
    $checkAcsAdvancedMessageDeliveryStatusUpdatedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated event.
 *
 * Published when Communication Services Advanced Messaging receives a status update (sent, delivered, read, failed …) for a message the business sent.
 */
export function isAcsAdvancedMessageDeliveryStatusUpdatedEventData(
  value: unknown,
): value is AcsAdvancedMessageDeliveryStatusUpdatedEventData {
  try {
    return $isAcsAdvancedMessageDeliveryStatusUpdatedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsAdvancedMessageDeliveryStatusUpdatedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['channelType'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v4 === undefined || ('channelType' in r3 && !$hasOwn.call(v, 'channelType'))) return false;
  if (typeof v4 !== 'string') return false;
  const v7 = v['from'];
  if (typeof v7 !== 'string' || ('from' in r3 && !$hasOwn.call(v, 'from'))) return false;
  const v8 = v['to'];
  if (typeof v8 !== 'string' || ('to' in r3 && !$hasOwn.call(v, 'to'))) return false;
  const v9 = v['receivedTimestamp'];
  if (typeof v9 !== 'string' || ('receivedTimestamp' in r3 && !$hasOwn.call(v, 'receivedTimestamp')))
    return false;
  const v10 = v['error'];
  if (v10 !== undefined && (!('error' in r3) || $hasOwn.call(v, 'error'))) {
    if (!$isAdvancedMessageChannelEventError(v10, s)) return false;
  }
  if (!$dateTime(v9)) return false;
  const v14 = v['messageId'];
  const r13: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v14 !== 'string' || ('messageId' in r13 && !$hasOwn.call(v, 'messageId'))) return false;
  const v15 = v['status'];
  if (v15 === undefined || ('status' in r13 && !$hasOwn.call(v, 'status'))) return false;
  if (typeof v15 !== 'string') return false;
  if (s) {
    if (!$onlyKeys(v, ['channelType', 'from', 'to', 'receivedTimestamp', 'error', 'messageId', 'status']))
      return false;
  }
  return true;
}

function $checkAcsAdvancedMessageDeliveryStatusUpdatedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    const v4 = v['channelType'];
    if ($has(e, p, 'channelType' in r3 && v, 'channelType', v4, '"whatsapp" | string')) {
      if (typeof v4 !== 'string') {
        $fail(e, p + '/channelType', 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v4));
      }
    }
    $checkStringProperty(e, p, 'from' in r3 && v, 'from', v['from']);
    $checkStringProperty(e, p, 'to' in r3 && v, 'to', v['to']);
    $checkDateTimeProperty(e, p, 'receivedTimestamp' in r3 && v, 'receivedTimestamp', v['receivedTimestamp']);
    const v7 = v['error'];
    if ($has(e, p, 'error' in r3 && v, 'error', v7)) {
      $checkAdvancedMessageChannelEventError(v7, p + '/error', e, s);
    }
    const r10: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r10 && v, 'messageId', v['messageId']);
    const v11 = v['status'];
    if (
      $has(
        e,
        p,
        'status' in r10 && v,
        'status',
        v11,
        '"Sent" | "Delivered" | "Read" | "Failed" | "Warning" | "Unknown" | string',
      )
    ) {
      if (typeof v11 !== 'string') {
        $fail(
          e,
          p + '/status',
          'must be one of "Sent" | "Delivered" | "Read" | "Failed" | "Warning" | "Unknown" | string',
          '"Sent" | "Delivered" | "Read" | "Failed" | "Warning" | "Unknown" | string',
          $show(v11),
        );
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['channelType', 'from', 'to', 'receivedTimestamp', 'error', 'messageId', 'status']);
    }
  }
}
