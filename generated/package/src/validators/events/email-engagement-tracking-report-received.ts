// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsEmailEngagementTrackingReportReceivedEventData } from '../../types.js';
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
  if (!$isStringProperty(v, 'sender', v['sender'], true)) return false;
  if (!$isStringProperty(v, 'recipient', v['recipient'], true)) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'], true)) return false;
  if (!$isDateTimeProperty(v, 'userActionTimestamp', v['userActionTimestamp'], true)) return false;
  if (!$isStringProperty(v, 'engagementContext', v['engagementContext'], true)) return false;
  if (!$isStringProperty(v, 'userAgent', v['userAgent'], true)) return false;
  const v1 = v['engagementType'];
  if ($own(v, 'engagementType', v1)) {
    if (typeof v1 !== 'string') return false;
  }
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
    $checkStringProperty(e, p, v, 'sender', v['sender'], true);
    $checkStringProperty(e, p, v, 'recipient', v['recipient'], true);
    $checkStringProperty(e, p, v, 'messageId', v['messageId'], true);
    $checkDateTimeProperty(e, p, v, 'userActionTimestamp', v['userActionTimestamp'], true);
    $checkStringProperty(e, p, v, 'engagementContext', v['engagementContext'], true);
    $checkStringProperty(e, p, v, 'userAgent', v['userAgent'], true);
    const v1 = v['engagementType'];
    if ($has(e, p, v, 'engagementType', v1)) {
      if (typeof v1 !== 'string') {
        $fail(
          e,
          p + '/engagementType',
          'must be one of "view" | "click" | string',
          '"view" | "click" | string',
          $show(v1),
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
