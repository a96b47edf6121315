// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerOfferDeclinedEventData } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates the data of a Microsoft.Communication.RouterWorkerOfferDeclined event, reporting every error.
 *
 * Published when an offer to a worker was declined.
 */
export function validateAcsRouterWorkerOfferDeclinedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerOfferDeclinedEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsRouterWorkerOfferDeclinedEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsRouterWorkerOfferDeclinedEventData }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferDeclined event.
 *
 * Published when an offer to a worker was declined.
 */
export function isAcsRouterWorkerOfferDeclinedEventData(
  value: unknown,
): value is AcsRouterWorkerOfferDeclinedEventData {
  try {
    return $isAcsRouterWorkerOfferDeclinedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerOfferDeclinedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'jobId', v['jobId'])) return false;
  const v3 = v['channelReference'];
  if ($own(v, 'channelReference', v3)) {
    if (typeof v3 !== 'string' && v3 !== null) return false;
  }
  if (!$isStringProperty(v, 'channelId', v['channelId'])) return false;
  if (!$isStringProperty(v, 'workerId', v['workerId'])) return false;
  if (!$isStringProperty(v, 'queueId', v['queueId'])) return false;
  if (!$isStringProperty(v, 'offerId', v['offerId'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId', 'workerId', 'queueId', 'offerId']))
      return false;
  }
  return true;
}

function $checkAcsRouterWorkerOfferDeclinedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'jobId', v['jobId']);
    const v3 = v['channelReference'];
    if ($has(e, p, v, 'channelReference', v3)) {
      if (typeof v3 !== 'string' && v3 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v3));
      }
    }
    $checkStringProperty(e, p, v, 'channelId', v['channelId']);
    $checkStringProperty(e, p, v, 'workerId', v['workerId']);
    $checkStringProperty(e, p, v, 'queueId', v['queueId']);
    $checkStringProperty(e, p, v, 'offerId', v['offerId']);
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId', 'workerId', 'queueId', 'offerId']);
    }
  }
}
