// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsSmsReceivedEventData } from '../../types.js';
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
  $isDateTimeProperty,
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
    $checkAcsSmsReceivedEventData(data, '', errors, options?.strict === true);
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
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  if (!$isStringProperty(v, 'from', v['from'])) return false;
  if (!$isStringProperty(v, 'to', v['to'])) return false;
  if (!$isStringProperty(v, 'message', v['message'])) return false;
  if (!$isDateTimeProperty(v, 'receivedTimestamp', v['receivedTimestamp'])) return false;
  const v1 = v['segmentCount'];
  if ($own(v, 'segmentCount', v1)) {
    if (typeof v1 !== 'number' || !Number.isInteger(v1)) return false;
    if (!$int32(v1)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['messageId', 'from', 'to', 'message', 'receivedTimestamp', 'segmentCount']))
      return false;
  }
  return true;
}

function $checkAcsSmsReceivedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, v, 'from', v['from']);
    $checkStringProperty(e, p, v, 'to', v['to']);
    $checkStringProperty(e, p, v, 'message', v['message']);
    $checkDateTimeProperty(e, p, v, 'receivedTimestamp', v['receivedTimestamp']);
    const v1 = v['segmentCount'];
    if ($has(e, p, v, 'segmentCount', v1)) {
      if (typeof v1 !== 'number' || !Number.isInteger(v1)) {
        $fail(e, p + '/segmentCount', 'must be an integer', 'integer', $type(v1));
      } else {
        if (!$int32(v1)) {
          $fail(
            e,
            p + '/segmentCount',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v1),
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['messageId', 'from', 'to', 'message', 'receivedTimestamp', 'segmentCount']);
    }
  }
}
