// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterWorker } from '../../types.js';
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
import {
  $isRouterChannelConfiguration,
  $checkRouterChannelConfiguration,
} from './RouterChannelConfiguration.js';
import { $isRouterLabels, $checkRouterLabels } from './RouterLabels.js';
import { $isRouterQueueDetails, $checkRouterQueueDetails } from './RouterQueueDetails.js';

/**
 * Validates a RouterWorker, reporting every error.
 *
 * A Job Router worker's state: capacity, queues, channels, labels and tags, as RouterWorkerRegistered, RouterWorkerDeleted and RouterWorkerUpdated give it.
 */
export function validateRouterWorker(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterWorker> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkRouterWorker(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as RouterWorker }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid RouterWorker.
 *
 * A Job Router worker's state: capacity, queues, channels, labels and tags, as RouterWorkerRegistered, RouterWorkerDeleted and RouterWorkerUpdated give it.
 */
export function isRouterWorker(value: unknown): value is RouterWorker {
  try {
    return $isRouterWorker(value, false);
  } catch {
    return false;
  }
}

function $isRouterWorker(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'workerId', v['workerId'])) return false;
  const v1 = v['totalCapacity'];
  if (!$own(v, 'totalCapacity', v1)) return false;
  if (typeof v1 !== 'number' || !Number.isInteger(v1)) return false;
  if (!$int32(v1)) return false;
  const v2 = v['queueAssignments'];
  if (!$own(v, 'queueAssignments', v2)) return false;
  if (!Array.isArray(v2)) return false;
  const a3 = v2 as unknown[];
  for (let i4 = 0; i4 < a3.length; i4++) {
    const v5 = a3[i4];
    if (!$isRouterQueueDetails(v5, s)) return false;
  }
  const v7 = v['channelConfigurations'];
  if (!$own(v, 'channelConfigurations', v7)) return false;
  if (!Array.isArray(v7)) return false;
  const a8 = v7 as unknown[];
  for (let i9 = 0; i9 < a8.length; i9++) {
    const v10 = a8[i9];
    if (!$isRouterChannelConfiguration(v10, s)) return false;
  }
  const v12 = v['labels'];
  if ($own(v, 'labels', v12)) {
    if (!($isRouterLabels(v12, s) || $isRouterWorker$4(v12, s))) return false;
  }
  const v14 = v['tags'];
  if ($own(v, 'tags', v14)) {
    if (!($isRouterLabels(v14, s) || $isRouterWorker$5(v14, s))) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'workerId',
        'totalCapacity',
        'queueAssignments',
        'channelConfigurations',
        'labels',
        'tags',
      ])
    )
      return false;
  }
  return true;
}

function $checkRouterWorker(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'workerId', v['workerId']);
    const v1 = v['totalCapacity'];
    if ($has(e, p, v, 'totalCapacity', v1, 'int32')) {
      if (typeof v1 !== 'number' || !Number.isInteger(v1)) {
        $fail(e, p + '/totalCapacity', 'must be an integer', 'integer', $type(v1));
      } else {
        if (!$int32(v1)) {
          $fail(
            e,
            p + '/totalCapacity',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v1),
          );
        }
      }
    }
    const v2 = v['queueAssignments'];
    if ($has(e, p, v, 'queueAssignments', v2, 'RouterQueueDetails[]')) {
      if (!Array.isArray(v2)) {
        $fail(e, p + '/queueAssignments', 'must be an array', 'array', $type(v2));
      } else {
        const a3 = v2 as unknown[];
        for (let i4 = 0; i4 < a3.length; i4++) {
          const v5 = a3[i4];
          $checkRouterQueueDetails(v5, p + '/queueAssignments/' + i4, e, s);
        }
      }
    }
    const v7 = v['channelConfigurations'];
    if ($has(e, p, v, 'channelConfigurations', v7, 'RouterChannelConfiguration[]')) {
      if (!Array.isArray(v7)) {
        $fail(e, p + '/channelConfigurations', 'must be an array', 'array', $type(v7));
      } else {
        const a8 = v7 as unknown[];
        for (let i9 = 0; i9 < a8.length; i9++) {
          const v10 = a8[i9];
          $checkRouterChannelConfiguration(v10, p + '/channelConfigurations/' + i9, e, s);
        }
      }
    }
    const v12 = v['labels'];
    if ($has(e, p, v, 'labels', v12)) {
      if (!($isRouterLabels(v12, s) || $isRouterWorker$4(v12, s))) {
        $fail(
          e,
          p + '/labels',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v12),
        );
        if (typeof v12 === 'object' && v12 !== null && !Array.isArray(v12))
          $checkRouterLabels(v12, p + '/labels', e, s);
        if (v12 === null) $checkRouterWorker$4(v12, p + '/labels', e, s);
      }
    }
    const v14 = v['tags'];
    if ($has(e, p, v, 'tags', v14)) {
      if (!($isRouterLabels(v14, s) || $isRouterWorker$5(v14, s))) {
        $fail(
          e,
          p + '/tags',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v14),
        );
        if (typeof v14 === 'object' && v14 !== null && !Array.isArray(v14))
          $checkRouterLabels(v14, p + '/tags', e, s);
        if (v14 === null) $checkRouterWorker$5(v14, p + '/tags', e, s);
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'workerId',
        'totalCapacity',
        'queueAssignments',
        'channelConfigurations',
        'labels',
        'tags',
      ]);
    }
  }
}

function $isRouterWorker$4(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkRouterWorker$4(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

function $isRouterWorker$5(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkRouterWorker$5(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

export { $isRouterWorker, $checkRouterWorker };
