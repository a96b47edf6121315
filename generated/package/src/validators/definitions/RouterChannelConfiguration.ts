// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterChannelConfiguration } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $int32,
  $fail,
  $validate,
  $checkStringProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates a RouterChannelConfiguration, reporting every error.
 *
 * A worker's capacity on one channel.
 */
export function validateRouterChannelConfiguration(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterChannelConfiguration> {
  return $validate<RouterChannelConfiguration>(
    $isRouterChannelConfiguration,
    $checkRouterChannelConfiguration,
    value,
    options,
  );
}

/**
 * Whether a value is a valid RouterChannelConfiguration.
 *
 * A worker's capacity on one channel.
 */
export function isRouterChannelConfiguration(value: unknown): value is RouterChannelConfiguration {
  try {
    return $isRouterChannelConfiguration(value, false);
  } catch {
    return false;
  }
}

function $isRouterChannelConfiguration(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['channelId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('channelId' in r1 && !$hasOwn.call(v, 'channelId'))) return false;
  const v3 = v['capacityCostPerJob'];
  if (v3 === undefined || ('capacityCostPerJob' in r1 && !$hasOwn.call(v, 'capacityCostPerJob')))
    return false;
  if (typeof v3 !== 'number' || !Number.isInteger(v3)) return false;
  if (!$int32(v3)) return false;
  const v4 = v['maxNumberOfJobs'];
  if (v4 !== undefined && (!('maxNumberOfJobs' in r1) || $hasOwn.call(v, 'maxNumberOfJobs'))) {
    if ((typeof v4 !== 'number' || !Number.isInteger(v4)) && v4 !== null) return false;
    if (typeof v4 === 'number' && !$int32(v4)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['channelId', 'capacityCostPerJob', 'maxNumberOfJobs'])) return false;
  }
  return true;
}

function $checkRouterChannelConfiguration(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'channelId' in r1 && v, 'channelId', v['channelId']);
    const v2 = v['capacityCostPerJob'];
    if ($has(e, p, 'capacityCostPerJob' in r1 && v, 'capacityCostPerJob', v2, 'int32')) {
      if (typeof v2 !== 'number' || !Number.isInteger(v2)) {
        $fail(e, p + '/capacityCostPerJob', 'must be an integer', 'integer', $type(v2));
      } else {
        if (!$int32(v2)) {
          $fail(
            e,
            p + '/capacityCostPerJob',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v2),
          );
        }
      }
    }
    const v3 = v['maxNumberOfJobs'];
    if ($has(e, p, 'maxNumberOfJobs' in r1 && v, 'maxNumberOfJobs', v3)) {
      if ((typeof v3 !== 'number' || !Number.isInteger(v3)) && v3 !== null) {
        $fail(e, p + '/maxNumberOfJobs', 'must be an integer or null', 'integer | null', $type(v3));
      } else {
        if (typeof v3 === 'number' && !$int32(v3)) {
          $fail(
            e,
            p + '/maxNumberOfJobs',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v3),
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['channelId', 'capacityCostPerJob', 'maxNumberOfJobs']);
    }
  }
}

export { $isRouterChannelConfiguration, $checkRouterChannelConfiguration };
