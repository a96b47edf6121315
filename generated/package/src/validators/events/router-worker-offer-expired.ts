// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerOfferExpiredEventData } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $fail,
  $validate,
  $checkStringProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates the data of a Microsoft.Communication.RouterWorkerOfferExpired event, reporting every error.
 *
 * Published when an offer to a worker has expired.
 */
export function validateAcsRouterWorkerOfferExpiredEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerOfferExpiredEventData> {
  return $validate<AcsRouterWorkerOfferExpiredEventData>(
    $isAcsRouterWorkerOfferExpiredEventData,
    $checkAcsRouterWorkerOfferExpiredEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferExpired event.
 *
 * Published when an offer to a worker has expired.
 */
export function isAcsRouterWorkerOfferExpiredEventData(
  value: unknown,
): value is AcsRouterWorkerOfferExpiredEventData {
  try {
    return $isAcsRouterWorkerOfferExpiredEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerOfferExpiredEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['workerId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v10 !== 'string' || ('workerId' in r9 && !$hasOwn.call(v, 'workerId'))) return false;
  const v12 = v['queueId'];
  const r11: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v12 !== 'string' || ('queueId' in r11 && !$hasOwn.call(v, 'queueId'))) return false;
  const v13 = v['offerId'];
  if (typeof v13 !== 'string' || ('offerId' in r11 && !$hasOwn.call(v, 'offerId'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId', 'workerId', 'queueId', 'offerId']))
      return false;
  }
  return true;
}

function $checkAcsRouterWorkerOfferExpiredEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r7 && v, 'workerId', v['workerId']);
    const r8: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'queueId' in r8 && v, 'queueId', v['queueId']);
    $checkStringProperty(e, p, 'offerId' in r8 && v, 'offerId', v['offerId']);
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId', 'workerId', 'queueId', 'offerId']);
    }
  }
}
