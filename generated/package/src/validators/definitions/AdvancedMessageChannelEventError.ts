// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageChannelEventError } from '../../types.js';
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
 * Validates a AdvancedMessageChannelEventError, reporting every error.
 *
 * An error reported by the messaging channel (the spec's AcsMessageChannelEventError; the docs' ChannelEventError).
 */
export function validateAdvancedMessageChannelEventError(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageChannelEventError> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageChannelEventError(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AdvancedMessageChannelEventError }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'channelCode', v['channelCode'], true)) return false;
  if (!$isStringProperty(v, 'channelMessage', v['channelMessage'], true)) return false;
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
    $checkStringProperty(e, p, v, 'channelCode', v['channelCode'], true);
    $checkStringProperty(e, p, v, 'channelMessage', v['channelMessage'], true);
    if (s) {
      $extraKeys(e, p, v, ['channelCode', 'channelMessage']);
    }
  }
}

export { $isAdvancedMessageChannelEventError, $checkAdvancedMessageChannelEventError };
