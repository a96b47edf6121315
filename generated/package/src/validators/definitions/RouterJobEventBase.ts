// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterJobEventBase } from '../../types.js';
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
import { $isRouterLabels, $checkRouterLabels } from './RouterLabels.js';

/**
 * Validates a RouterJobEventBase, reporting every error.
 *
 * What every RouterJob* event carries: the job, its channel and queue, labels and tags.
 */
export function validateRouterJobEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterJobEventBase> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkRouterJobEventBase(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as RouterJobEventBase }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid RouterJobEventBase.
 *
 * What every RouterJob* event carries: the job, its channel and queue, labels and tags.
 */
export function isRouterJobEventBase(value: unknown): value is RouterJobEventBase {
  try {
    return $isRouterJobEventBase(value, false);
  } catch {
    return false;
  }
}

function $isRouterJobEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'jobId', v['jobId'])) return false;
  const v2 = v['channelReference'];
  if ($own(v, 'channelReference', v2)) {
    if (typeof v2 !== 'string' && v2 !== null) return false;
  }
  if (!$isStringProperty(v, 'channelId', v['channelId'])) return false;
  const v3 = v['queueId'];
  if ($own(v, 'queueId', v3)) {
    if (typeof v3 !== 'string' && v3 !== null) return false;
  }
  const v4 = v['labels'];
  if (!$own(v, 'labels', v4)) return false;
  if (!$isRouterLabels(v4, s)) return false;
  const v6 = v['tags'];
  if (!$own(v, 'tags', v6)) return false;
  if (!$isRouterLabels(v6, s)) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId', 'queueId', 'labels', 'tags'])) return false;
  }
  return true;
}

function $checkRouterJobEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'jobId', v['jobId']);
    const v2 = v['channelReference'];
    if ($has(e, p, v, 'channelReference', v2)) {
      if (typeof v2 !== 'string' && v2 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v2));
      }
    }
    $checkStringProperty(e, p, v, 'channelId', v['channelId']);
    const v3 = v['queueId'];
    if ($has(e, p, v, 'queueId', v3)) {
      if (typeof v3 !== 'string' && v3 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v3));
      }
    }
    const v4 = v['labels'];
    if ($has(e, p, v, 'labels', v4, 'RouterLabels')) {
      $checkRouterLabels(v4, p + '/labels', e, s);
    }
    const v6 = v['tags'];
    if ($has(e, p, v, 'tags', v6, 'RouterLabels')) {
      $checkRouterLabels(v6, p + '/tags', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId', 'queueId', 'labels', 'tags']);
    }
  }
}

export { $isRouterJobEventBase, $checkRouterJobEventBase };
