// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageReceivedInThreadEventData } from '../../types.js';
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
import { $isChatMessageMetadata, $checkChatMessageMetadata } from '../definitions/ChatMessageMetadata.js';
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier,
} from '../definitions/CommunicationIdentifier.js';

/** The documented wire forms of AcsChatMessageReceivedInThreadEventData (catalog errata with a `wire` decision). */
const $wireAcsChatMessageReceivedInThreadEventData: readonly WireForm[] = [
  {
    erratum: 'version-as-string-chatmessagereceivedinthread-2021-02',
    decision: 'variant',
    parent: [],
    name: 'version',
    published: 'digit-string',
  },
];

/**
 * Validates the data of a Microsoft.Communication.ChatMessageReceivedInThread event, reporting every error.
 *
 * Published when a message is received in a chat thread
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsChatMessageReceivedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageReceivedInThreadEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsChatMessageReceivedInThreadEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    let passes = false;
    if (data === value && errors.length === 0) {
      try {
        passes = $isAcsChatMessageReceivedInThreadEventData(data, options?.strict === true);
      } catch {
        // reported by the check below
      }
    }
    if (!passes) $checkAcsChatMessageReceivedInThreadEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsChatMessageReceivedInThreadEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageReceivedInThread event.
 *
 * Published when a message is received in a chat thread
 */
export function isAcsChatMessageReceivedInThreadEventData(
  value: unknown,
): value is AcsChatMessageReceivedInThreadEventData {
  try {
    return $isAcsChatMessageReceivedInThreadEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageReceivedInThreadEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['messageBody'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageBody' in r1 && !$hasOwn.call(v, 'messageBody'))) return false;
  const v3 = v['messageId'];
  if (typeof v3 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v4 = v['metadata'];
  if (v4 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatMessageMetadata(v4, s)) return false;
  }
  const v7 = v['type'];
  if (typeof v7 !== 'string' || ('type' in r1 && !$hasOwn.call(v, 'type'))) return false;
  const v8 = v['version'];
  if (v8 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v8 !== 'number' || !Number.isInteger(v8)) return false;
  const v9 = v['senderDisplayName'];
  if (typeof v9 !== 'string' || ('senderDisplayName' in r1 && !$hasOwn.call(v, 'senderDisplayName')))
    return false;
  const v10 = v['senderCommunicationIdentifier'];
  if (
    v10 === undefined ||
    ('senderCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'senderCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v10, s)) return false;
  const v13 = v['composeTime'];
  if (typeof v13 !== 'string' || ('composeTime' in r1 && !$hasOwn.call(v, 'composeTime'))) return false;
  const v14 = v['transactionId'];
  if (typeof v14 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v15 = v['threadId'];
  if (typeof v15 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (!$dateTime(v13)) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'messageBody',
        'messageId',
        'metadata',
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

function $checkAcsChatMessageReceivedInThreadEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageBody' in r1 && v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    const v2 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v2)) {
      $checkChatMessageMetadata(v2, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, 'type' in r1 && v, 'type', v['type']);
    const v5 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v5, 'int64')) {
      if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v5));
      }
    }
    $checkStringProperty(e, p, 'senderDisplayName' in r1 && v, 'senderDisplayName', v['senderDisplayName']);
    const v6 = v['senderCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'senderCommunicationIdentifier' in r1 && v,
        'senderCommunicationIdentifier',
        v6,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v6, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, 'composeTime' in r1 && v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'messageBody',
        'messageId',
        'metadata',
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
