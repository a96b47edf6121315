// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { EmailDeliveryStatusDetails } from '../../types.js';
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
 * Validates a EmailDeliveryStatusDetails, reporting every error.
 *
 * Details of an email delivery status (the spec's AcsEmailDeliveryReportStatusDetails).
 */
export function validateEmailDeliveryStatusDetails(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<EmailDeliveryStatusDetails> {
  return $validate<EmailDeliveryStatusDetails>(
    $isEmailDeliveryStatusDetails,
    $checkEmailDeliveryStatusDetails,
    value,
    options,
  );
}

/**
 * Whether a value is a valid EmailDeliveryStatusDetails.
 *
 * Details of an email delivery status (the spec's AcsEmailDeliveryReportStatusDetails).
 */
export function isEmailDeliveryStatusDetails(value: unknown): value is EmailDeliveryStatusDetails {
  try {
    return $isEmailDeliveryStatusDetails(value, false);
  } catch {
    return false;
  }
}

function $isEmailDeliveryStatusDetails(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['recipientMailServerHostName'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    typeof v2 !== 'string' &&
    v2 !== undefined &&
    (!('recipientMailServerHostName' in r1) || $hasOwn.call(v, 'recipientMailServerHostName'))
  )
    return false;
  const v3 = v['statusMessage'];
  if (
    typeof v3 !== 'string' &&
    v3 !== undefined &&
    (!('statusMessage' in r1) || $hasOwn.call(v, 'statusMessage'))
  )
    return false;
  if (s) {
    if (!$onlyKeys(v, ['recipientMailServerHostName', 'statusMessage'])) return false;
  }
  return true;
}

function $checkEmailDeliveryStatusDetails(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(
      e,
      p,
      'recipientMailServerHostName' in r1 && v,
      'recipientMailServerHostName',
      v['recipientMailServerHostName'],
      true,
    );
    $checkStringProperty(e, p, 'statusMessage' in r1 && v, 'statusMessage', v['statusMessage'], true);
    if (s) {
      $extraKeys(e, p, v, ['recipientMailServerHostName', 'statusMessage']);
    }
  }
}

export { $isEmailDeliveryStatusDetails, $checkEmailDeliveryStatusDetails };
