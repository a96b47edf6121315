// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsInstantMessageEditedEventData } from '../../types.js';
import {
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
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
    $checkAcsInstantMessageEditedEventData(data, '', errors, options?.strict === true);
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
  if (!$isStringProperty(v, 'messageBody', v['messageBody'])) return false;
  if (!$isStringProperty(v, 'version', v['version'])) return false;
  if (!$isDateTimeProperty(v, 'composeTime', v['composeTime'])) return false;
  if (!$isDateTimeProperty(v, 'editTime', v['editTime'])) return false;
  if (!$isStringProperty(v, 'senderId', v['senderId'])) return false;
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'])) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'groupId', v['groupId'])) return false;
  if (!$isStringProperty(v, 'collapseId', v['collapseId'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  if (!$isStringProperty(v, 'messageType', v['messageType'])) return false;
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
    $checkStringProperty(e, p, v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, v, 'version', v['version']);
    $checkDateTimeProperty(e, p, v, 'composeTime', v['composeTime']);
    $checkDateTimeProperty(e, p, v, 'editTime', v['editTime']);
    $checkStringProperty(e, p, v, 'senderId', v['senderId']);
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName']);
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'groupId', v['groupId']);
    $checkStringProperty(e, p, v, 'collapseId', v['collapseId']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, v, 'messageType', v['messageType']);
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
