// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsSmsReceivedEventData } from '../../types.js';
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
  $isDateTimeProperty,
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
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsSmsReceivedEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsSmsReceivedEventData }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  if (!$isStringProperty(v, 'from', v['from'])) return false;
  if (!$isStringProperty(v, 'to', v['to'])) return false;
  if (!$isStringProperty(v, 'message', v['message'])) return false;
  if (!$isDateTimeProperty(v, 'receivedTimestamp', v['receivedTimestamp'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['messageId', 'from', 'to', 'message', 'receivedTimestamp'])) return false;
  }
  return true;
}

function $checkAcsSmsReceivedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, v, 'from', v['from']);
    $checkStringProperty(e, p, v, 'to', v['to']);
    $checkStringProperty(e, p, v, 'message', v['message']);
    $checkDateTimeProperty(e, p, v, 'receivedTimestamp', v['receivedTimestamp']);
    if (s) {
      $extraKeys(e, p, v, ['messageId', 'from', 'to', 'message', 'receivedTimestamp']);
    }
  }
}
