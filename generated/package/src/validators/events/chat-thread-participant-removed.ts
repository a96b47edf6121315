// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadParticipantRemovedEventData } from '../../types.js';
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
 * Validates the data of a Microsoft.Communication.ChatThreadParticipantRemoved event, reporting every error.
 *
 * Published when a participant is removed from a chat thread.
 */
export function validateAcsChatThreadParticipantRemovedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadParticipantRemovedEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatThreadParticipantRemovedEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadParticipantRemovedEventData }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadParticipantRemoved event.
 *
 * Published when a participant is removed from a chat thread.
 */
export function isAcsChatThreadParticipantRemovedEventData(
  value: unknown,
): value is AcsChatThreadParticipantRemovedEventData {
  try {
    return $isAcsChatThreadParticipantRemovedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadParticipantRemovedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isDateTimeProperty(v, 'time', v['time'])) return false;
  const v1 = v['removedByCommunicationIdentifier'];
  if (!$own(v, 'removedByCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  const v3 = v['participantRemoved'];
  if (!$own(v, 'participantRemoved', v3)) return false;
  if (!$isChatParticipant(v3, s)) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  const v5 = v['version'];
  if (!$own(v, 'version', v5)) return false;
  if (typeof v5 !== 'number' || !Number.isInteger(v5)) return false;
  if (!$int64(v5)) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'time',
        'removedByCommunicationIdentifier',
        'participantRemoved',
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

function $checkAcsChatThreadParticipantRemovedEventData(
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
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    const v5 = v['version'];
    if ($has(e, p, v, 'version', v5, 'int64')) {
      if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v5));
      } else {
        if (!$int64(v5)) {
          $fail(e, p + '/version', 'must be an integer (int64)', 'int64', $show(v5));
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
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}
