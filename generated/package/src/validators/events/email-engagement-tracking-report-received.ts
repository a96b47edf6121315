// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsEmailEngagementTrackingReportReceivedEventData } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
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

/** The documented wire forms of AcsEmailEngagementTrackingReportReceivedEventData (catalog errata with a `wire` decision). */
const $wireAcsEmailEngagementTrackingReportReceivedEventData: readonly WireForm[] = [
  {
    erratum: 'email-engagement-timestamp-casing',
    decision: 'variant',
    parent: [],
    name: 'userActionTimestamp',
    published: {
      name: 'userActionTimeStamp',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.EmailEngagementTrackingReportReceived event, reporting every error.
 *
 * Published when an email sent is opened, or a link in it is clicked (when engagement tracking is on).
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsEmailEngagementTrackingReportReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsEmailEngagementTrackingReportReceivedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsEmailEngagementTrackingReportReceivedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    let passes = false;
    if (data === value && errors.length === 0) {
      try {
        passes = $isAcsEmailEngagementTrackingReportReceivedEventData(data, options?.strict === true);
      } catch {
        // reported by the check below
      }
    }
    if (!passes)
      $checkAcsEmailEngagementTrackingReportReceivedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsEmailEngagementTrackingReportReceivedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.EmailEngagementTrackingReportReceived event.
 *
 * Published when an email sent is opened, or a link in it is clicked (when engagement tracking is on).
 */
export function isAcsEmailEngagementTrackingReportReceivedEventData(
  value: unknown,
): value is AcsEmailEngagementTrackingReportReceivedEventData {
  try {
    return $isAcsEmailEngagementTrackingReportReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsEmailEngagementTrackingReportReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['sender'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('sender' in r1) || $hasOwn.call(v, 'sender')))
    return false;
  const v3 = v['recipient'];
  if (typeof v3 !== 'string' && v3 !== undefined && (!('recipient' in r1) || $hasOwn.call(v, 'recipient')))
    return false;
  const v4 = v['messageId'];
  if (typeof v4 !== 'string' && v4 !== undefined && (!('messageId' in r1) || $hasOwn.call(v, 'messageId')))
    return false;
  const v5 = v['userActionTimestamp'];
  if (
    typeof v5 !== 'string' &&
    v5 !== undefined &&
    (!('userActionTimestamp' in r1) || $hasOwn.call(v, 'userActionTimestamp'))
  )
    return false;
  const v6 = v['engagementContext'];
  if (
    typeof v6 !== 'string' &&
    v6 !== undefined &&
    (!('engagementContext' in r1) || $hasOwn.call(v, 'engagementContext'))
  )
    return false;
  const v7 = v['userAgent'];
  if (typeof v7 !== 'string' && v7 !== undefined && (!('userAgent' in r1) || $hasOwn.call(v, 'userAgent')))
    return false;
  const v8 = v['engagementType'];
  if (v8 !== undefined && (!('engagementType' in r1) || $hasOwn.call(v, 'engagementType'))) {
    if (typeof v8 !== 'string') return false;
  }
  if (
    typeof v5 === 'string' &&
    !$dateTime(v5) &&
    (!('userActionTimestamp' in r1) || $hasOwn.call(v, 'userActionTimestamp'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'sender',
        'recipient',
        'messageId',
        'userActionTimestamp',
        'engagementContext',
        'userAgent',
        'engagementType',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsEmailEngagementTrackingReportReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'sender' in r1 && v, 'sender', v['sender'], true);
    $checkStringProperty(e, p, 'recipient' in r1 && v, 'recipient', v['recipient'], true);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId'], true);
    $checkDateTimeProperty(
      e,
      p,
      'userActionTimestamp' in r1 && v,
      'userActionTimestamp',
      v['userActionTimestamp'],
      true,
    );
    $checkStringProperty(
      e,
      p,
      'engagementContext' in r1 && v,
      'engagementContext',
      v['engagementContext'],
      true,
    );
    $checkStringProperty(e, p, 'userAgent' in r1 && v, 'userAgent', v['userAgent'], true);
    const v2 = v['engagementType'];
    if ($has(e, p, 'engagementType' in r1 && v, 'engagementType', v2)) {
      if (typeof v2 !== 'string') {
        $fail(
          e,
          p + '/engagementType',
          'must be one of "view" | "click" | string',
          '"view" | "click" | string',
          $show(v2),
        );
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'sender',
        'recipient',
        'messageId',
        'userActionTimestamp',
        'engagementContext',
        'userAgent',
        'engagementType',
      ]);
    }
  }
}
