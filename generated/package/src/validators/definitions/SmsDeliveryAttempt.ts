// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { SmsDeliveryAttempt } from '../../types.js';
import {
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
  $caught,
  $reported,
  $isIntegerProperty,
  $checkIntegerProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates a SmsDeliveryAttempt, reporting every error.
 *
 * One attempt at delivering an SMS.
 */
export function validateSmsDeliveryAttempt(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SmsDeliveryAttempt> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkSmsDeliveryAttempt(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as SmsDeliveryAttempt }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid SmsDeliveryAttempt.
 *
 * One attempt at delivering an SMS.
 */
export function isSmsDeliveryAttempt(value: unknown): value is SmsDeliveryAttempt {
  try {
    return $isSmsDeliveryAttempt(value, false);
  } catch {
    return false;
  }
}

function $isSmsDeliveryAttempt(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isDateTimeProperty(v, 'timestamp', v['timestamp'])) return false;
  if (!$isIntegerProperty(v, 'segmentsSucceeded', v['segmentsSucceeded'])) return false;
  if (!$isIntegerProperty(v, 'segmentsFailed', v['segmentsFailed'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['timestamp', 'segmentsSucceeded', 'segmentsFailed'])) return false;
  }
  return true;
}

function $checkSmsDeliveryAttempt(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkDateTimeProperty(e, p, v, 'timestamp', v['timestamp']);
    $checkIntegerProperty(e, p, v, 'segmentsSucceeded', v['segmentsSucceeded']);
    $checkIntegerProperty(e, p, v, 'segmentsFailed', v['segmentsFailed']);
    if (s) {
      $extraKeys(e, p, v, ['timestamp', 'segmentsSucceeded', 'segmentsFailed']);
    }
  }
}

export { $isSmsDeliveryAttempt, $checkSmsDeliveryAttempt };
