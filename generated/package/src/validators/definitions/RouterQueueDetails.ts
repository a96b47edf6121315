// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterQueueDetails } from '../../types.js';
import {
  $hasOwn,
  $has,
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
import { $isRouterLabels, $checkRouterLabels } from './RouterLabels.js';

/**
 * Validates a RouterQueueDetails, reporting every error.
 *
 * A Job Router queue: its id, name and labels.
 */
export function validateRouterQueueDetails(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterQueueDetails> {
  return $validate<RouterQueueDetails>($isRouterQueueDetails, $checkRouterQueueDetails, value, options);
}

/**
 * Whether a value is a valid RouterQueueDetails.
 *
 * A Job Router queue: its id, name and labels.
 */
export function isRouterQueueDetails(value: unknown): value is RouterQueueDetails {
  try {
    return $isRouterQueueDetails(value, false);
  } catch {
    return false;
  }
}

function $isRouterQueueDetails(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['id'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('id' in r1 && !$hasOwn.call(v, 'id'))) return false;
  const v3 = v['name'];
  if (typeof v3 !== 'string' || ('name' in r1 && !$hasOwn.call(v, 'name'))) return false;
  const v4 = v['labels'];
  if (v4 !== undefined && (!('labels' in r1) || $hasOwn.call(v, 'labels'))) {
    if (!$isRouterLabels(v4, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['id', 'name', 'labels'])) return false;
  }
  return true;
}

function $checkRouterQueueDetails(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id']);
    $checkStringProperty(e, p, 'name' in r1 && v, 'name', v['name']);
    const v2 = v['labels'];
    if ($has(e, p, 'labels' in r1 && v, 'labels', v2)) {
      $checkRouterLabels(v2, p + '/labels', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['id', 'name', 'labels']);
    }
  }
}

export { $isRouterQueueDetails, $checkRouterQueueDetails };
