// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { EmailDeliveryStatusDetails } from '../../types.js';
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
 * Validates a EmailDeliveryStatusDetails, reporting every error.
 *
 * Details of an email delivery status (the spec's AcsEmailDeliveryReportStatusDetails).
 */
export function validateEmailDeliveryStatusDetails(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<EmailDeliveryStatusDetails> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkEmailDeliveryStatusDetails(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as EmailDeliveryStatusDetails }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'recipientMailServerHostName', v['recipientMailServerHostName'], true))
    return false;
  if (!$isStringProperty(v, 'statusMessage', v['statusMessage'], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ['recipientMailServerHostName', 'statusMessage'])) return false;
  }
  return true;
}

function $checkEmailDeliveryStatusDetails(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'recipientMailServerHostName', v['recipientMailServerHostName'], true);
    $checkStringProperty(e, p, v, 'statusMessage', v['statusMessage'], true);
    if (s) {
      $extraKeys(e, p, v, ['recipientMailServerHostName', 'statusMessage']);
    }
  }
}

export { $isEmailDeliveryStatusDetails, $checkEmailDeliveryStatusDetails };
