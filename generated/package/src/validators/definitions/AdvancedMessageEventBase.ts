// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageEventBase } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import {
  $isAdvancedMessageChannelEventError,
  $checkAdvancedMessageChannelEventError,
} from './AdvancedMessageChannelEventError.js';

/**
 * Validates a AdvancedMessageEventBase, reporting every error.
 *
 * The properties every Advanced Messaging event carries (the spec's AcsMessageEventData, whose description "Schema of common properties of all chat thread events" is pasted from chat): who sent the message, who received it, when, on which channel, and the channel's error if any. `channelType` is declared by each of the spec's event definitions rather than by its base; every docs table and sample gives it, so it is stated once here.
 */
export function validateAdvancedMessageEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageEventBase> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageEventBase(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AdvancedMessageEventBase }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid AdvancedMessageEventBase.
 *
 * The properties every Advanced Messaging event carries (the spec's AcsMessageEventData, whose description "Schema of common properties of all chat thread events" is pasted from chat): who sent the message, who received it, when, on which channel, and the channel's error if any. `channelType` is declared by each of the spec's event definitions rather than by its base; every docs table and sample gives it, so it is stated once here.
 */
export function isAdvancedMessageEventBase(value: unknown): value is AdvancedMessageEventBase {
  try {
    return $isAdvancedMessageEventBase(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v1 = v['channelType'];
  if (!$own(v, 'channelType', v1)) return false;
  if (typeof v1 !== 'string') return false;
  if (!$isStringProperty(v, 'from', v['from'])) return false;
  if (!$isStringProperty(v, 'to', v['to'])) return false;
  if (!$isDateTimeProperty(v, 'receivedTimestamp', v['receivedTimestamp'])) return false;
  const v3 = v['error'];
  if ($own(v, 'error', v3)) {
    if (!$isAdvancedMessageChannelEventError(v3, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['channelType', 'from', 'to', 'receivedTimestamp', 'error'])) return false;
  }
  return true;
}

function $checkAdvancedMessageEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const v1 = v['channelType'];
    if ($has(e, p, v, 'channelType', v1, '"whatsapp" | string')) {
      if (typeof v1 !== 'string') {
        $fail(e, p + '/channelType', 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v1));
      }
    }
    $checkStringProperty(e, p, v, 'from', v['from']);
    $checkStringProperty(e, p, v, 'to', v['to']);
    $checkDateTimeProperty(e, p, v, 'receivedTimestamp', v['receivedTimestamp']);
    const v3 = v['error'];
    if ($has(e, p, v, 'error', v3)) {
      $checkAdvancedMessageChannelEventError(v3, p + '/error', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['channelType', 'from', 'to', 'receivedTimestamp', 'error']);
    }
  }
}

export { $isAdvancedMessageEventBase, $checkAdvancedMessageEventBase };
