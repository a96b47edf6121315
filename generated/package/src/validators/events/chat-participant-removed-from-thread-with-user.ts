// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatParticipantRemovedFromThreadWithUserEventData } from '../../types.js';
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
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatParticipantRemovedFromThreadWithUserEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatParticipantRemovedFromThreadWithUserEventData }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isDateTimeProperty(v, 'time', v['time'])) return false;
  const v1 = v['removedByCommunicationIdentifier'];
  if (!$own(v, 'removedByCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  const v3 = v['participantRemoved'];
  if (!$own(v, 'participantRemoved', v3)) return false;
  if (!$isChatParticipant(v3, s)) return false;
  const v5 = v['recipientCommunicationIdentifier'];
  if (!$own(v, 'recipientCommunicationIdentifier', v5)) return false;
  if (!$isCommunicationIdentifier(v5, s)) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  const v7 = v['version'];
  if (!$own(v, 'version', v7)) return false;
  if (typeof v7 !== 'number' || !Number.isInteger(v7)) return false;
  if (!$int64(v7)) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkDateTimeProperty(e, p, v, 'time', v['time']);
    const v1 = v['removedByCommunicationIdentifier'];
    if ($has(e, p, v, 'removedByCommunicationIdentifier', v1, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v1, p + '/removedByCommunicationIdentifier', e, s);
    }
    const v3 = v['participantRemoved'];
    if ($has(e, p, v, 'participantRemoved', v3, 'ChatParticipant')) {
      $checkChatParticipant(v3, p + '/participantRemoved', e, s);
    }
    const v5 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, v, 'recipientCommunicationIdentifier', v5, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v5, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    const v7 = v['version'];
    if ($has(e, p, v, 'version', v7, 'int64')) {
      if (typeof v7 !== 'number' || !Number.isInteger(v7)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v7));
      } else {
        if (!$int64(v7)) {
          $fail(e, p + '/version', 'must be an integer (int64)', 'int64', $show(v7));
        }
      }
    }
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
