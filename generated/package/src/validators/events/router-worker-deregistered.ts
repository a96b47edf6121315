// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerDeregisteredEventData } from '../../types.js';
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
 * Validates the data of a Microsoft.Communication.RouterWorkerDeregistered event, reporting every error.
 *
 * Published when a worker has been deregistered (its status changed from active to inactive or draining).
 */
export function validateAcsRouterWorkerDeregisteredEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerDeregisteredEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsRouterWorkerDeregisteredEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsRouterWorkerDeregisteredEventData }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'workerId', v['workerId'])) return false;
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
    $checkStringProperty(e, p, v, 'workerId', v['workerId']);
    if (s) {
      $extraKeys(e, p, v, ['workerId']);
    }
  }
}
