// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerOfferAcceptedEventData } from '../../types.js';
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
import { $isRouterLabels, $checkRouterLabels } from '../definitions/RouterLabels.js';

/**
 * Validates the data of a Microsoft.Communication.RouterWorkerOfferAccepted event, reporting every error.
 *
 * Published when an offer to a worker was accepted.
 */
export function validateAcsRouterWorkerOfferAcceptedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerOfferAcceptedEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsRouterWorkerOfferAcceptedEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsRouterWorkerOfferAcceptedEventData }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferAccepted event.
 *
 * Published when an offer to a worker was accepted.
 */
export function isAcsRouterWorkerOfferAcceptedEventData(
  value: unknown,
): value is AcsRouterWorkerOfferAcceptedEventData {
  try {
    return $isAcsRouterWorkerOfferAcceptedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerOfferAcceptedEventData(v: unknown, s: boolean): boolean {
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
  if (!$isStringProperty(v, 'assignmentId', v['assignmentId'])) return false;
  const v4 = v['jobPriority'];
  if (!$own(v, 'jobPriority', v4)) return false;
  if (typeof v4 !== 'number' || !Number.isInteger(v4)) return false;
  if (!$int32(v4)) return false;
  const v5 = v['jobLabels'];
  if ($own(v, 'jobLabels', v5)) {
    if (!($isRouterLabels(v5, s) || $isAcsRouterWorkerOfferAcceptedEventData$11(v5, s))) return false;
  }
  const v7 = v['jobTags'];
  if ($own(v, 'jobTags', v7)) {
    if (!($isRouterLabels(v7, s) || $isAcsRouterWorkerOfferAcceptedEventData$12(v7, s))) return false;
  }
  const v9 = v['workerLabels'];
  if ($own(v, 'workerLabels', v9)) {
    if (!$isRouterLabels(v9, s)) return false;
  }
  const v11 = v['workerTags'];
  if ($own(v, 'workerTags', v11)) {
    if (!$isRouterLabels(v11, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'workerId',
        'queueId',
        'offerId',
        'assignmentId',
        'jobPriority',
        'jobLabels',
        'jobTags',
        'workerLabels',
        'workerTags',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterWorkerOfferAcceptedEventData(
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
    $checkStringProperty(e, p, v, 'assignmentId', v['assignmentId']);
    const v4 = v['jobPriority'];
    if ($has(e, p, v, 'jobPriority', v4, 'int32')) {
      if (typeof v4 !== 'number' || !Number.isInteger(v4)) {
        $fail(e, p + '/jobPriority', 'must be an integer', 'integer', $type(v4));
      } else {
        if (!$int32(v4)) {
          $fail(
            e,
            p + '/jobPriority',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v4),
          );
        }
      }
    }
    const v5 = v['jobLabels'];
    if ($has(e, p, v, 'jobLabels', v5)) {
      if (!($isRouterLabels(v5, s) || $isAcsRouterWorkerOfferAcceptedEventData$11(v5, s))) {
        $fail(
          e,
          p + '/jobLabels',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v5),
        );
        if (typeof v5 === 'object' && v5 !== null && !Array.isArray(v5))
          $checkRouterLabels(v5, p + '/jobLabels', e, s);
        if (v5 === null) $checkAcsRouterWorkerOfferAcceptedEventData$11(v5, p + '/jobLabels', e, s);
      }
    }
    const v7 = v['jobTags'];
    if ($has(e, p, v, 'jobTags', v7)) {
      if (!($isRouterLabels(v7, s) || $isAcsRouterWorkerOfferAcceptedEventData$12(v7, s))) {
        $fail(
          e,
          p + '/jobTags',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v7),
        );
        if (typeof v7 === 'object' && v7 !== null && !Array.isArray(v7))
          $checkRouterLabels(v7, p + '/jobTags', e, s);
        if (v7 === null) $checkAcsRouterWorkerOfferAcceptedEventData$12(v7, p + '/jobTags', e, s);
      }
    }
    const v9 = v['workerLabels'];
    if ($has(e, p, v, 'workerLabels', v9)) {
      $checkRouterLabels(v9, p + '/workerLabels', e, s);
    }
    const v11 = v['workerTags'];
    if ($has(e, p, v, 'workerTags', v11)) {
      $checkRouterLabels(v11, p + '/workerTags', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'workerId',
        'queueId',
        'offerId',
        'assignmentId',
        'jobPriority',
        'jobLabels',
        'jobTags',
        'workerLabels',
        'workerTags',
      ]);
    }
  }
}

function $isAcsRouterWorkerOfferAcceptedEventData$11(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerOfferAcceptedEventData$11(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

function $isAcsRouterWorkerOfferAcceptedEventData$12(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerOfferAcceptedEventData$12(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}
