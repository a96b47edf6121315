// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsInstantMessageEditedEventData } from '../../types.js';
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $dateTime,
  $errors,
  $caught,
  $reported,
  $checkStringProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import { $wireForms, type WireForm, type WireNormalization } from '../../support/wire-normalization.js';

/** The documented wire forms of AcsInstantMessageEditedEventData (catalog errata with a `wire` decision). */
const $wireAcsInstantMessageEditedEventData: readonly WireForm[] = [
  {
    erratum: 'compose-time-casing-instantmessageedited',
    decision: 'doc-error',
    parent: [],
    name: 'composeTime',
    published: {
      name: 'ComposeTime',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.InstantMessageEdited event, reporting every error.
 *
 * Published when a chat instant message is edited by a Communication Services user.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageEdited; see Microsoft.Communication.ChatMessageEdited.
 */
export function validateAcsInstantMessageEditedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsInstantMessageEditedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsInstantMessageEditedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    let passes = false;
    if (data === value && errors.length === 0) {
      try {
        passes = $isAcsInstantMessageEditedEventData(data, options?.strict === true);
      } catch {
        // reported by the check below
      }
    }
    if (!passes) $checkAcsInstantMessageEditedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsInstantMessageEditedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.InstantMessageEdited event.
 *
 * Published when a chat instant message is edited by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageEdited; see Microsoft.Communication.ChatMessageEdited.
 */
export function isAcsInstantMessageEditedEventData(
  value: unknown,
): value is AcsInstantMessageEditedEventData {
  try {
    return $isAcsInstantMessageEditedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsInstantMessageEditedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['messageBody'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageBody' in r1 && !$hasOwn.call(v, 'messageBody'))) return false;
  const v3 = v['version'];
  if (typeof v3 !== 'string' || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  const v4 = v['composeTime'];
  if (typeof v4 !== 'string' || ('composeTime' in r1 && !$hasOwn.call(v, 'composeTime'))) return false;
  const v5 = v['editTime'];
  if (typeof v5 !== 'string' || ('editTime' in r1 && !$hasOwn.call(v, 'editTime'))) return false;
  const v6 = v['senderId'];
  if (typeof v6 !== 'string' || ('senderId' in r1 && !$hasOwn.call(v, 'senderId'))) return false;
  const v7 = v['senderDisplayName'];
  if (typeof v7 !== 'string' || ('senderDisplayName' in r1 && !$hasOwn.call(v, 'senderDisplayName')))
    return false;
  const v8 = v['recipientId'];
  if (typeof v8 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v9 = v['transactionId'];
  if (typeof v9 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v10 = v['groupId'];
  if (typeof v10 !== 'string' || ('groupId' in r1 && !$hasOwn.call(v, 'groupId'))) return false;
  const v11 = v['collapseId'];
  if (typeof v11 !== 'string' || ('collapseId' in r1 && !$hasOwn.call(v, 'collapseId'))) return false;
  const v12 = v['messageId'];
  if (typeof v12 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v13 = v['messageType'];
  if (typeof v13 !== 'string' || ('messageType' in r1 && !$hasOwn.call(v, 'messageType'))) return false;
  if (!$dateTime(v4)) return false;
  if (!$dateTime(v5)) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'messageBody',
        'version',
        'composeTime',
        'editTime',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsInstantMessageEditedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageBody' in r1 && v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, 'version' in r1 && v, 'version', v['version']);
    $checkDateTimeProperty(e, p, 'composeTime' in r1 && v, 'composeTime', v['composeTime']);
    $checkDateTimeProperty(e, p, 'editTime' in r1 && v, 'editTime', v['editTime']);
    $checkStringProperty(e, p, 'senderId' in r1 && v, 'senderId', v['senderId']);
    $checkStringProperty(e, p, 'senderDisplayName' in r1 && v, 'senderDisplayName', v['senderDisplayName']);
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'groupId' in r1 && v, 'groupId', v['groupId']);
    $checkStringProperty(e, p, 'collapseId' in r1 && v, 'collapseId', v['collapseId']);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, 'messageType' in r1 && v, 'messageType', v['messageType']);
    if (s) {
      $extraKeys(e, p, v, [
        'messageBody',
        'version',
        'composeTime',
        'editTime',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ]);
    }
  }
}
