// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageEventBase } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $dateTime,
  $fail,
  $validate,
  $checkStringProperty,
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
  return $validate<AdvancedMessageEventBase>(
    $isAdvancedMessageEventBase,
    $checkAdvancedMessageEventBase,
    value,
    options,
  );
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
  const v2 = v['channelType'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === undefined || ('channelType' in r1 && !$hasOwn.call(v, 'channelType'))) return false;
  if (typeof v2 !== 'string') return false;
  const v5 = v['from'];
  if (typeof v5 !== 'string' || ('from' in r1 && !$hasOwn.call(v, 'from'))) return false;
  const v6 = v['to'];
  if (typeof v6 !== 'string' || ('to' in r1 && !$hasOwn.call(v, 'to'))) return false;
  const v7 = v['receivedTimestamp'];
  if (typeof v7 !== 'string' || ('receivedTimestamp' in r1 && !$hasOwn.call(v, 'receivedTimestamp')))
    return false;
  const v8 = v['error'];
  if (v8 !== undefined && (!('error' in r1) || $hasOwn.call(v, 'error'))) {
    if (!$isAdvancedMessageChannelEventError(v8, s)) return false;
  }
  if (!$dateTime(v7)) return false;
  if (s) {
    if (!$onlyKeys(v, ['channelType', 'from', 'to', 'receivedTimestamp', 'error'])) return false;
  }
  return true;
}

function $checkAdvancedMessageEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['channelType'];
    if ($has(e, p, 'channelType' in r1 && v, 'channelType', v2, '"whatsapp" | string')) {
      if (typeof v2 !== 'string') {
        $fail(e, p + '/channelType', 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v2));
      }
    }
    $checkStringProperty(e, p, 'from' in r1 && v, 'from', v['from']);
    $checkStringProperty(e, p, 'to' in r1 && v, 'to', v['to']);
    $checkDateTimeProperty(e, p, 'receivedTimestamp' in r1 && v, 'receivedTimestamp', v['receivedTimestamp']);
    const v5 = v['error'];
    if ($has(e, p, 'error' in r1 && v, 'error', v5)) {
      $checkAdvancedMessageChannelEventError(v5, p + '/error', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['channelType', 'from', 'to', 'receivedTimestamp', 'error']);
    }
  }
}

export { $isAdvancedMessageEventBase, $checkAdvancedMessageEventBase };
