// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatParticipantRemovedFromThreadWithUserEventData } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $dateTime,
  $fail,
  $validate,
  $checkStringProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import { $isChatParticipant, $checkChatParticipant } from '../definitions/ChatParticipant.js';
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier,
} from '../definitions/CommunicationIdentifier.js';

/**
 * Validates the data of a Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser event, reporting every error.
 *
 * Published for a user when a participant is removed from a chat thread, that the user is part of.
 */
export function validateAcsChatParticipantRemovedFromThreadWithUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatParticipantRemovedFromThreadWithUserEventData> {
  return $validate<AcsChatParticipantRemovedFromThreadWithUserEventData>(
    $isAcsChatParticipantRemovedFromThreadWithUserEventData,
    $checkAcsChatParticipantRemovedFromThreadWithUserEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser event.
 *
 * Published for a user when a participant is removed from a chat thread, that the user is part of.
 */
export function isAcsChatParticipantRemovedFromThreadWithUserEventData(
  value: unknown,
): value is AcsChatParticipantRemovedFromThreadWithUserEventData {
  try {
    return $isAcsChatParticipantRemovedFromThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatParticipantRemovedFromThreadWithUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['time'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('time' in r1 && !$hasOwn.call(v, 'time'))) return false;
  const v3 = v['removedByCommunicationIdentifier'];
  if (
    v3 === undefined ||
    ('removedByCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'removedByCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v['participantRemoved'];
  if (v6 === undefined || ('participantRemoved' in r1 && !$hasOwn.call(v, 'participantRemoved')))
    return false;
  if (!$isChatParticipant(v6, s)) return false;
  const v9 = v['recipientCommunicationIdentifier'];
  if (
    v9 === undefined ||
    ('recipientCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'recipientCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v9, s)) return false;
  const v12 = v['createTime'];
  if (typeof v12 !== 'string' || ('createTime' in r1 && !$hasOwn.call(v, 'createTime'))) return false;
  const v13 = v['version'];
  if (v13 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v13 !== 'number' || !Number.isInteger(v13)) return false;
  const v14 = v['transactionId'];
  if (typeof v14 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v15 = v['threadId'];
  if (typeof v15 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (!$dateTime(v2)) return false;
  if (!$dateTime(v12)) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'time',
        'removedByCommunicationIdentifier',
        'participantRemoved',
        'recipientCommunicationIdentifier',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatParticipantRemovedFromThreadWithUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'time' in r1 && v, 'time', v['time']);
    const v2 = v['removedByCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'removedByCommunicationIdentifier' in r1 && v,
        'removedByCommunicationIdentifier',
        v2,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v2, p + '/removedByCommunicationIdentifier', e, s);
    }
    const v5 = v['participantRemoved'];
    if ($has(e, p, 'participantRemoved' in r1 && v, 'participantRemoved', v5, 'ChatParticipant')) {
      $checkChatParticipant(v5, p + '/participantRemoved', e, s);
    }
    const v8 = v['recipientCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'recipientCommunicationIdentifier' in r1 && v,
        'recipientCommunicationIdentifier',
        v8,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v8, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v11 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v11, 'int64')) {
      if (typeof v11 !== 'number' || !Number.isInteger(v11)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v11));
      }
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'time',
        'removedByCommunicationIdentifier',
        'participantRemoved',
        'recipientCommunicationIdentifier',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}
