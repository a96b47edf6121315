// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageDeletedInThreadEventData } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $int64,
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
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier,
} from '../definitions/CommunicationIdentifier.js';

/** The documented wire forms of AcsChatMessageDeletedInThreadEventData (catalog errata with a `wire` decision). */
const $wireAcsChatMessageDeletedInThreadEventData: readonly WireForm[] = [
  {
    erratum: 'version-as-string-chatmessagedeletedinthread-2021-02',
    decision: 'variant',
    parent: [],
    name: 'version',
    published: 'digit-string',
  },
];

/**
 * Validates the data of a Microsoft.Communication.ChatMessageDeletedInThread event, reporting every error.
 *
 * Published when a message is deleted in  a chat thread
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsChatMessageDeletedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageDeletedInThreadEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsChatMessageDeletedInThreadEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsChatMessageDeletedInThreadEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsChatMessageDeletedInThreadEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageDeletedInThread event.
 *
 * Published when a message is deleted in  a chat thread
 */
export function isAcsChatMessageDeletedInThreadEventData(
  value: unknown,
): value is AcsChatMessageDeletedInThreadEventData {
  try {
    return $isAcsChatMessageDeletedInThreadEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageDeletedInThreadEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isDateTimeProperty(v, 'deleteTime', v['deleteTime'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  if (!$isStringProperty(v, 'type', v['type'])) return false;
  const v1 = v['version'];
  if (!$own(v, 'version', v1)) return false;
  if (typeof v1 !== 'number' || !Number.isInteger(v1)) return false;
  if (!$int64(v1)) return false;
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'])) return false;
  const v2 = v['senderCommunicationIdentifier'];
  if (!$own(v, 'senderCommunicationIdentifier', v2)) return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  if (!$isDateTimeProperty(v, 'composeTime', v['composeTime'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'deleteTime',
        'messageId',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageDeletedInThreadEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    $checkDateTimeProperty(e, p, v, 'deleteTime', v['deleteTime']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, v, 'type', v['type']);
    const v1 = v['version'];
    if ($has(e, p, v, 'version', v1, 'int64')) {
      if (typeof v1 !== 'number' || !Number.isInteger(v1)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v1));
      } else {
        if (!$int64(v1)) {
          $fail(e, p + '/version', 'must be an integer (int64)', 'int64', $show(v1));
        }
      }
    }
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName']);
    const v2 = v['senderCommunicationIdentifier'];
    if ($has(e, p, v, 'senderCommunicationIdentifier', v2, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v2, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'deleteTime',
        'messageId',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ]);
    }
  }
}
