// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterChannelConfiguration } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $int32,
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
 * Validates a RouterChannelConfiguration, reporting every error.
 *
 * A worker's capacity on one channel.
 */
export function validateRouterChannelConfiguration(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterChannelConfiguration> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkRouterChannelConfiguration(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as RouterChannelConfiguration }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'channelId', v['channelId'])) return false;
  const v1 = v['capacityCostPerJob'];
  if (!$own(v, 'capacityCostPerJob', v1)) return false;
  if (typeof v1 !== 'number' || !Number.isInteger(v1)) return false;
  if (!$int32(v1)) return false;
  const v2 = v['maxNumberOfJobs'];
  if ($own(v, 'maxNumberOfJobs', v2)) {
    if ((typeof v2 !== 'number' || !Number.isInteger(v2)) && v2 !== null) return false;
    if (typeof v2 === 'number' && !$int32(v2)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['channelId', 'capacityCostPerJob', 'maxNumberOfJobs'])) return false;
  }
  return true;
}

function $checkRouterChannelConfiguration(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'channelId', v['channelId']);
    const v1 = v['capacityCostPerJob'];
    if ($has(e, p, v, 'capacityCostPerJob', v1, 'int32')) {
      if (typeof v1 !== 'number' || !Number.isInteger(v1)) {
        $fail(e, p + '/capacityCostPerJob', 'must be an integer', 'integer', $type(v1));
      } else {
        if (!$int32(v1)) {
          $fail(
            e,
            p + '/capacityCostPerJob',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v1),
          );
        }
      }
    }
    const v2 = v['maxNumberOfJobs'];
    if ($has(e, p, v, 'maxNumberOfJobs', v2)) {
      if ((typeof v2 !== 'number' || !Number.isInteger(v2)) && v2 !== null) {
        $fail(e, p + '/maxNumberOfJobs', 'must be an integer or null', 'integer | null', $type(v2));
      } else {
        if (typeof v2 === 'number' && !$int32(v2)) {
          $fail(
            e,
            p + '/maxNumberOfJobs',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v2),
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
