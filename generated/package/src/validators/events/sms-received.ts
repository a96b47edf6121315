// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsSmsReceivedEventData } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $dateTime,
  $int32,
  $errors,
  $fail,
  $caught,
  $reported,
  $checkStringProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import { $wireForms, type WireForm, type WireNormalization } from '../../support/wire-normalization.js';

/** The documented wire forms of AcsSmsReceivedEventData (catalog errata with a `wire` decision). */
const $wireAcsSmsReceivedEventData: readonly WireForm[] = [
  {
    erratum: 'sms-pascal-case-2020-09-92',
    decision: 'doc-error',
    parent: [],
    name: 'messageId',
    published: {
      name: 'MessageId',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-92',
    decision: 'doc-error',
    parent: [],
    name: 'from',
    published: {
      name: 'From',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-92',
    decision: 'doc-error',
    parent: [],
    name: 'to',
    published: {
      name: 'To',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-92',
    decision: 'doc-error',
    parent: [],
    name: 'message',
    published: {
      name: 'Message',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-92',
    decision: 'doc-error',
    parent: [],
    name: 'receivedTimestamp',
    published: {
      name: 'ReceivedTimestamp',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.SMSReceived event, reporting every error.
 *
 * Published when an SMS is received by a phone number associated with the Communication Service.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsSmsReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsSmsReceivedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(value, $wireAcsSmsReceivedEventData, options?.strict === true, errors, normalized);
    let passes = false;
    if (data === value && errors.length === 0) {
      try {
        passes = $isAcsSmsReceivedEventData(data, options?.strict === true);
      } catch {
        // reported by the check below
      }
    }
    if (!passes) $checkAcsSmsReceivedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsSmsReceivedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.SMSReceived event.
 *
 * Published when an SMS is received by a phone number associated with the Communication Service.
 */
export function isAcsSmsReceivedEventData(value: unknown): value is AcsSmsReceivedEventData {
  try {
    return $isAcsSmsReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsSmsReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['messageId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v3 = v['from'];
  if (typeof v3 !== 'string' || ('from' in r1 && !$hasOwn.call(v, 'from'))) return false;
  const v4 = v['to'];
  if (typeof v4 !== 'string' || ('to' in r1 && !$hasOwn.call(v, 'to'))) return false;
  const v5 = v['message'];
  if (typeof v5 !== 'string' || ('message' in r1 && !$hasOwn.call(v, 'message'))) return false;
  const v6 = v['receivedTimestamp'];
  if (typeof v6 !== 'string' || ('receivedTimestamp' in r1 && !$hasOwn.call(v, 'receivedTimestamp')))
    return false;
  const v7 = v['segmentCount'];
  if (v7 !== undefined && (!('segmentCount' in r1) || $hasOwn.call(v, 'segmentCount'))) {
    if (typeof v7 !== 'number' || !Number.isInteger(v7)) return false;
    if (!$int32(v7)) return false;
  }
  if (!$dateTime(v6)) return false;
  if (s) {
    if (!$onlyKeys(v, ['messageId', 'from', 'to', 'message', 'receivedTimestamp', 'segmentCount']))
      return false;
  }
  return true;
}

function $checkAcsSmsReceivedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, 'from' in r1 && v, 'from', v['from']);
    $checkStringProperty(e, p, 'to' in r1 && v, 'to', v['to']);
    $checkStringProperty(e, p, 'message' in r1 && v, 'message', v['message']);
    $checkDateTimeProperty(e, p, 'receivedTimestamp' in r1 && v, 'receivedTimestamp', v['receivedTimestamp']);
    const v2 = v['segmentCount'];
    if ($has(e, p, 'segmentCount' in r1 && v, 'segmentCount', v2)) {
      if (typeof v2 !== 'number' || !Number.isInteger(v2)) {
        $fail(e, p + '/segmentCount', 'must be an integer', 'integer', $type(v2));
      } else {
        if (!$int32(v2)) {
          $fail(
            e,
            p + '/segmentCount',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v2),
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['messageId', 'from', 'to', 'message', 'receivedTimestamp', 'segmentCount']);
    }
  }
}
