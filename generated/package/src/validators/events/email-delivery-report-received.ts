// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsEmailDeliveryReportReceivedEventData } from '../../types.js';
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
import {
  $isEmailDeliveryStatusDetails,
  $checkEmailDeliveryStatusDetails,
} from '../definitions/EmailDeliveryStatusDetails.js';

/** The documented wire forms of AcsEmailDeliveryReportReceivedEventData (catalog errata with a `wire` decision). */
const $wireAcsEmailDeliveryReportReceivedEventData: readonly WireForm[] = [
  {
    erratum: 'email-delivery-timestamp-casing',
    decision: 'variant',
    parent: [],
    name: 'deliveryAttemptTimestamp',
    published: {
      name: 'deliveryAttemptTimeStamp',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.EmailDeliveryReportReceived event, reporting every error.
 *
 * Published when a delivery report is received for an email sent by the Communication Service.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsEmailDeliveryReportReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsEmailDeliveryReportReceivedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsEmailDeliveryReportReceivedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsEmailDeliveryReportReceivedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsEmailDeliveryReportReceivedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.EmailDeliveryReportReceived event.
 *
 * Published when a delivery report is received for an email sent by the Communication Service.
 */
export function isAcsEmailDeliveryReportReceivedEventData(
  value: unknown,
): value is AcsEmailDeliveryReportReceivedEventData {
  try {
    return $isAcsEmailDeliveryReportReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsEmailDeliveryReportReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'sender', v['sender'])) return false;
  if (!$isStringProperty(v, 'recipient', v['recipient'])) return false;
  if (!$isStringProperty(v, 'internetMessageId', v['internetMessageId'], true)) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'], true)) return false;
  const v1 = v['status'];
  if ($own(v, 'status', v1)) {
    if (typeof v1 !== 'string') return false;
  }
  const v3 = v['deliveryStatusDetails'];
  if (!$own(v, 'deliveryStatusDetails', v3)) return false;
  if (!$isEmailDeliveryStatusDetails(v3, s)) return false;
  if (!$isDateTimeProperty(v, 'deliveryAttemptTimestamp', v['deliveryAttemptTimestamp'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'sender',
        'recipient',
        'internetMessageId',
        'messageId',
        'status',
        'deliveryStatusDetails',
        'deliveryAttemptTimestamp',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsEmailDeliveryReportReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'sender', v['sender']);
    $checkStringProperty(e, p, v, 'recipient', v['recipient']);
    $checkStringProperty(e, p, v, 'internetMessageId', v['internetMessageId'], true);
    $checkStringProperty(e, p, v, 'messageId', v['messageId'], true);
    const v1 = v['status'];
    if ($has(e, p, v, 'status', v1)) {
      if (typeof v1 !== 'string') {
        $fail(
          e,
          p + '/status',
          'must be one of "Bounced" | "Delivered" | "Expanded" | "Failed" | "FilteredSpam" | "Quarantined" | "Suppressed" | string',
          '"Bounced" | "Delivered" | "Expanded" | "Failed" | "FilteredSpam" | "Quarantined" | "Suppressed" | string',
          $show(v1),
        );
      }
    }
    const v3 = v['deliveryStatusDetails'];
    if ($has(e, p, v, 'deliveryStatusDetails', v3, 'EmailDeliveryStatusDetails')) {
      $checkEmailDeliveryStatusDetails(v3, p + '/deliveryStatusDetails', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'deliveryAttemptTimestamp', v['deliveryAttemptTimestamp'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'sender',
        'recipient',
        'internetMessageId',
        'messageId',
        'status',
        'deliveryStatusDetails',
        'deliveryAttemptTimestamp',
      ]);
    }
  }
}
