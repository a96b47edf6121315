// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsSmsDeliveryReportReceivedEventData } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $dateTime,
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
import { $isSmsDeliveryAttempt, $checkSmsDeliveryAttempt } from '../definitions/SmsDeliveryAttempt.js';

/** The documented wire forms of AcsSmsDeliveryReportReceivedEventData (catalog errata with a `wire` decision). */
const $wireAcsSmsDeliveryReportReceivedEventData: readonly WireForm[] = [
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'messageId',
    published: {
      name: 'MessageId',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'from',
    published: {
      name: 'From',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'to',
    published: {
      name: 'To',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'deliveryStatus',
    published: {
      name: 'DeliveryStatus',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'deliveryStatusDetails',
    published: {
      name: 'DeliveryStatusDetails',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'receivedTimestamp',
    published: {
      name: 'ReceivedTimestamp',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'deliveryAttempts',
    published: {
      name: 'DeliveryAttempts',
    },
  },
  {
    erratum: 'sms-tag-casing-2025-01',
    decision: 'doc-error',
    parent: [],
    name: 'tag',
    published: {
      name: 'Tag',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.SMSDeliveryReportReceived event, reporting every error.
 *
 * Published when a delivery report is received for an SMS sent by the Communication Service.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsSmsDeliveryReportReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsSmsDeliveryReportReceivedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsSmsDeliveryReportReceivedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    let passes = false;
    if (data === value && errors.length === 0) {
      try {
        passes = $isAcsSmsDeliveryReportReceivedEventData(data, options?.strict === true);
      } catch {
        // reported by the check below
      }
    }
    if (!passes) $checkAcsSmsDeliveryReportReceivedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsSmsDeliveryReportReceivedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.SMSDeliveryReportReceived event.
 *
 * Published when a delivery report is received for an SMS sent by the Communication Service.
 */
export function isAcsSmsDeliveryReportReceivedEventData(
  value: unknown,
): value is AcsSmsDeliveryReportReceivedEventData {
  try {
    return $isAcsSmsDeliveryReportReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsSmsDeliveryReportReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['messageId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v3 = v['from'];
  if (typeof v3 !== 'string' || ('from' in r1 && !$hasOwn.call(v, 'from'))) return false;
  const v4 = v['to'];
  if (typeof v4 !== 'string' || ('to' in r1 && !$hasOwn.call(v, 'to'))) return false;
  const v5 = v['deliveryStatus'];
  if (typeof v5 !== 'string' || ('deliveryStatus' in r1 && !$hasOwn.call(v, 'deliveryStatus'))) return false;
  const v6 = v['deliveryStatusDetails'];
  if (typeof v6 !== 'string' || ('deliveryStatusDetails' in r1 && !$hasOwn.call(v, 'deliveryStatusDetails')))
    return false;
  const v7 = v['deliveryAttempts'];
  if (v7 === undefined || ('deliveryAttempts' in r1 && !$hasOwn.call(v, 'deliveryAttempts'))) return false;
  if (!Array.isArray(v7)) return false;
  const a8 = v7 as unknown[];
  for (let i9 = 0; i9 < a8.length; i9++) {
    const v10 = a8[i9];
    if (!$isSmsDeliveryAttempt(v10, s)) return false;
  }
  const v13 = v['receivedTimestamp'];
  if (
    typeof v13 !== 'string' &&
    v13 !== undefined &&
    (!('receivedTimestamp' in r1) || $hasOwn.call(v, 'receivedTimestamp'))
  )
    return false;
  const v14 = v['tag'];
  if (typeof v14 !== 'string' && v14 !== undefined && (!('tag' in r1) || $hasOwn.call(v, 'tag')))
    return false;
  if (
    typeof v13 === 'string' &&
    !$dateTime(v13) &&
    (!('receivedTimestamp' in r1) || $hasOwn.call(v, 'receivedTimestamp'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'messageId',
        'from',
        'to',
        'deliveryStatus',
        'deliveryStatusDetails',
        'deliveryAttempts',
        'receivedTimestamp',
        'tag',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsSmsDeliveryReportReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, 'from' in r1 && v, 'from', v['from']);
    $checkStringProperty(e, p, 'to' in r1 && v, 'to', v['to']);
    $checkStringProperty(e, p, 'deliveryStatus' in r1 && v, 'deliveryStatus', v['deliveryStatus']);
    $checkStringProperty(
      e,
      p,
      'deliveryStatusDetails' in r1 && v,
      'deliveryStatusDetails',
      v['deliveryStatusDetails'],
    );
    const v2 = v['deliveryAttempts'];
    if ($has(e, p, 'deliveryAttempts' in r1 && v, 'deliveryAttempts', v2, 'SmsDeliveryAttempt[]')) {
      if (!Array.isArray(v2)) {
        $fail(e, p + '/deliveryAttempts', 'must be an array', 'array', $type(v2));
      } else {
        const a3 = v2 as unknown[];
        for (let i4 = 0; i4 < a3.length; i4++) {
          const v5 = a3[i4];
          $checkSmsDeliveryAttempt(v5, p + '/deliveryAttempts/' + i4, e, s);
        }
      }
    }
    $checkDateTimeProperty(
      e,
      p,
      'receivedTimestamp' in r1 && v,
      'receivedTimestamp',
      v['receivedTimestamp'],
      true,
    );
    $checkStringProperty(e, p, 'tag' in r1 && v, 'tag', v['tag'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'messageId',
        'from',
        'to',
        'deliveryStatus',
        'deliveryStatusDetails',
        'deliveryAttempts',
        'receivedTimestamp',
        'tag',
      ]);
    }
  }
}
