// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerDeregisteredEventData } from '../../types.js';
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
 * Validates the data of a Microsoft.Communication.RouterWorkerDeregistered event, reporting every error.
 *
 * Published when a worker has been deregistered (its status changed from active to inactive or draining).
 */
export function validateAcsRouterWorkerDeregisteredEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerDeregisteredEventData> {
  return $validate<AcsRouterWorkerDeregisteredEventData>(
    $isAcsRouterWorkerDeregisteredEventData,
    $checkAcsRouterWorkerDeregisteredEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerDeregistered event.
 *
 * Published when a worker has been deregistered (its status changed from active to inactive or draining).
 */
export function isAcsRouterWorkerDeregisteredEventData(
  value: unknown,
): value is AcsRouterWorkerDeregisteredEventData {
  try {
    return $isAcsRouterWorkerDeregisteredEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerDeregisteredEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['workerId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('workerId' in r1 && !$hasOwn.call(v, 'workerId'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['workerId'])) return false;
  }
  return true;
}

function $checkAcsRouterWorkerDeregisteredEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r1 && v, 'workerId', v['workerId']);
    if (s) {
      $extraKeys(e, p, v, ['workerId']);
    }
  }
}
