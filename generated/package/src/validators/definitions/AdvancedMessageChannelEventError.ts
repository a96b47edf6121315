// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageChannelEventError } from '../../types.js';
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
 * Validates a AdvancedMessageChannelEventError, reporting every error.
 *
 * An error reported by the messaging channel (the spec's AcsMessageChannelEventError; the docs' ChannelEventError).
 */
export function validateAdvancedMessageChannelEventError(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageChannelEventError> {
  return $validate<AdvancedMessageChannelEventError>(
    $isAdvancedMessageChannelEventError,
    $checkAdvancedMessageChannelEventError,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageChannelEventError.
 *
 * An error reported by the messaging channel (the spec's AcsMessageChannelEventError; the docs' ChannelEventError).
 */
export function isAdvancedMessageChannelEventError(
  value: unknown,
): value is AdvancedMessageChannelEventError {
  try {
    return $isAdvancedMessageChannelEventError(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageChannelEventError(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['channelCode'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    typeof v2 !== 'string' &&
    v2 !== undefined &&
    (!('channelCode' in r1) || $hasOwn.call(v, 'channelCode'))
  )
    return false;
  const v3 = v['channelMessage'];
  if (
    typeof v3 !== 'string' &&
    v3 !== undefined &&
    (!('channelMessage' in r1) || $hasOwn.call(v, 'channelMessage'))
  )
    return false;
  if (s) {
    if (!$onlyKeys(v, ['channelCode', 'channelMessage'])) return false;
  }
  return true;
}

function $checkAdvancedMessageChannelEventError(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'channelCode' in r1 && v, 'channelCode', v['channelCode'], true);
    $checkStringProperty(e, p, 'channelMessage' in r1 && v, 'channelMessage', v['channelMessage'], true);
    if (s) {
      $extraKeys(e, p, v, ['channelCode', 'channelMessage']);
    }
  }
}

export { $isAdvancedMessageChannelEventError, $checkAdvancedMessageChannelEventError };
