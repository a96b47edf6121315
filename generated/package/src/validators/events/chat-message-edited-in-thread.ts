// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMessageEditedInThreadEventData } from '../../types.js';
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
import { $isChatMessageMetadata, $checkChatMessageMetadata } from '../definitions/ChatMessageMetadata.js';
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier,
} from '../definitions/CommunicationIdentifier.js';

/** The documented wire forms of AcsChatMessageEditedInThreadEventData (catalog errata with a `wire` decision). */
const $wireAcsChatMessageEditedInThreadEventData: readonly WireForm[] = [
  {
    erratum: 'version-as-string-chatmessageeditedinthread-2021-02',
    decision: 'variant',
    parent: [],
    name: 'version',
    published: 'digit-string',
  },
];

/**
 * Validates the data of a Microsoft.Communication.ChatMessageEditedInThread event, reporting every error.
 *
 * Published when a message is edited in a chat thread
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsChatMessageEditedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageEditedInThreadEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsChatMessageEditedInThreadEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsChatMessageEditedInThreadEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsChatMessageEditedInThreadEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageEditedInThread event.
 *
 * Published when a message is edited in a chat thread
 */
export function isAcsChatMessageEditedInThreadEventData(
  value: unknown,
): value is AcsChatMessageEditedInThreadEventData {
  try {
    return $isAcsChatMessageEditedInThreadEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageEditedInThreadEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isDateTimeProperty(v, 'editTime', v['editTime'])) return false;
  if (!$isStringProperty(v, 'messageBody', v['messageBody'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  const v1 = v['metadata'];
  if ($own(v, 'metadata', v1)) {
    if (!$isChatMessageMetadata(v1, s)) return false;
  }
  if (!$isStringProperty(v, 'type', v['type'])) return false;
  const v3 = v['version'];
  if (!$own(v, 'version', v3)) return false;
  if (typeof v3 !== 'number' || !Number.isInteger(v3)) return false;
  if (!$int64(v3)) return false;
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'])) return false;
  const v4 = v['senderCommunicationIdentifier'];
  if (!$own(v, 'senderCommunicationIdentifier', v4)) return false;
  if (!$isCommunicationIdentifier(v4, s)) return false;
  if (!$isDateTimeProperty(v, 'composeTime', v['composeTime'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'editTime',
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

function $checkAcsChatMessageEditedInThreadEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    $checkDateTimeProperty(e, p, v, 'editTime', v['editTime']);
    $checkStringProperty(e, p, v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    const v1 = v['metadata'];
    if ($has(e, p, v, 'metadata', v1)) {
      $checkChatMessageMetadata(v1, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, v, 'type', v['type']);
    const v3 = v['version'];
    if ($has(e, p, v, 'version', v3, 'int64')) {
      if (typeof v3 !== 'number' || !Number.isInteger(v3)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v3));
      } else {
        if (!$int64(v3)) {
          $fail(e, p + '/version', 'must be an integer (int64)', 'int64', $show(v3));
        }
      }
    }
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName']);
    const v4 = v['senderCommunicationIdentifier'];
    if ($has(e, p, v, 'senderCommunicationIdentifier', v4, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v4, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'editTime',
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
