// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsSmsReceivedEventData } from '../../types.js';
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $dateTime,
  $validate,
  $checkStringProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates the data of a Microsoft.Communication.SMSReceived event, reporting every error.
 *
 * Published when an SMS is received by a phone number associated with the Communication Service.
 */
export function validateAcsSmsReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsSmsReceivedEventData> {
  return $validate<AcsSmsReceivedEventData>(
    $isAcsSmsReceivedEventData,
    $checkAcsSmsReceivedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.SMSReceived event.
 *
 * Published when an SMS is received by a phone number associated with the Communication Service.
 */
export function isAcsSmsReceivedEventData(value: unknown): value is AcsSmsReceivedEventData {
  try {
    return $isAcsSmsReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsSmsReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['messageId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v3 = v['from'];
  if (typeof v3 !== 'string' || ('from' in r1 && !$hasOwn.call(v, 'from'))) return false;
  const v4 = v['to'];
  if (typeof v4 !== 'string' || ('to' in r1 && !$hasOwn.call(v, 'to'))) return false;
  const v5 = v['message'];
  if (typeof v5 !== 'string' || ('message' in r1 && !$hasOwn.call(v, 'message'))) return false;
  const v6 = v['receivedTimestamp'];
  if (typeof v6 !== 'string' || ('receivedTimestamp' in r1 && !$hasOwn.call(v, 'receivedTimestamp')))
    return false;
  if (!$dateTime(v6)) return false;
  if (s) {
    if (!$onlyKeys(v, ['messageId', 'from', 'to', 'message', 'receivedTimestamp'])) return false;
  }
  return true;
}

function $checkAcsSmsReceivedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, 'from' in r1 && v, 'from', v['from']);
    $checkStringProperty(e, p, 'to' in r1 && v, 'to', v['to']);
    $checkStringProperty(e, p, 'message' in r1 && v, 'message', v['message']);
    $checkDateTimeProperty(e, p, 'receivedTimestamp' in r1 && v, 'receivedTimestamp', v['receivedTimestamp']);
    if (s) {
      $extraKeys(e, p, v, ['messageId', 'from', 'to', 'message', 'receivedTimestamp']);
    }
  }
}
