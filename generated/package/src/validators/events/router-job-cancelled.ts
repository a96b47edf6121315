// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobCancelledEventData } from '../../types.js';
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
import { $isRouterLabels, $checkRouterLabels } from '../definitions/RouterLabels.js';

/**
 * Validates the data of a Microsoft.Communication.RouterJobCancelled event, reporting every error.
 *
 * Published when a job was canceled.
 */
export function validateAcsRouterJobCancelledEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobCancelledEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsRouterJobCancelledEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsRouterJobCancelledEventData }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobCancelled event.
 *
 * Published when a job was canceled.
 */
export function isAcsRouterJobCancelledEventData(value: unknown): value is AcsRouterJobCancelledEventData {
  try {
    return $isAcsRouterJobCancelledEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobCancelledEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'jobId', v['jobId'])) return false;
  const v3 = v['channelReference'];
  if ($own(v, 'channelReference', v3)) {
    if (typeof v3 !== 'string' && v3 !== null) return false;
  }
  if (!$isStringProperty(v, 'channelId', v['channelId'])) return false;
  const v4 = v['queueId'];
  if ($own(v, 'queueId', v4)) {
    if (typeof v4 !== 'string' && v4 !== null) return false;
  }
  const v5 = v['labels'];
  if (!$own(v, 'labels', v5)) return false;
  if (!$isRouterLabels(v5, s)) return false;
  const v7 = v['tags'];
  if (!$own(v, 'tags', v7)) return false;
  if (!$isRouterLabels(v7, s)) return false;
  const v9 = v['note'];
  if ($own(v, 'note', v9)) {
    if (typeof v9 !== 'string' && v9 !== null) return false;
  }
  if (!$isStringProperty(v, 'dispositionCode', v['dispositionCode'])) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'note',
        'dispositionCode',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobCancelledEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'jobId', v['jobId']);
    const v3 = v['channelReference'];
    if ($has(e, p, v, 'channelReference', v3)) {
      if (typeof v3 !== 'string' && v3 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v3));
      }
    }
    $checkStringProperty(e, p, v, 'channelId', v['channelId']);
    const v4 = v['queueId'];
    if ($has(e, p, v, 'queueId', v4)) {
      if (typeof v4 !== 'string' && v4 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v4));
      }
    }
    const v5 = v['labels'];
    if ($has(e, p, v, 'labels', v5, 'RouterLabels')) {
      $checkRouterLabels(v5, p + '/labels', e, s);
    }
    const v7 = v['tags'];
    if ($has(e, p, v, 'tags', v7, 'RouterLabels')) {
      $checkRouterLabels(v7, p + '/tags', e, s);
    }
    const v9 = v['note'];
    if ($has(e, p, v, 'note', v9)) {
      if (typeof v9 !== 'string' && v9 !== null) {
        $fail(e, p + '/note', 'must be a string or null', 'string | null', $type(v9));
      }
    }
    $checkStringProperty(e, p, v, 'dispositionCode', v['dispositionCode']);
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'note',
        'dispositionCode',
      ]);
    }
  }
}
