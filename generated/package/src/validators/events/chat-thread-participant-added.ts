// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadParticipantAddedEventData } from '../../types.js';
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
 * Validates the data of a Microsoft.Communication.ChatThreadParticipantAdded event, reporting every error.
 *
 * Published when a new participant is added to a chat thread
 */
export function validateAcsChatThreadParticipantAddedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadParticipantAddedEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatThreadParticipantAddedEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadParticipantAddedEventData }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadParticipantAdded event.
 *
 * Published when a new participant is added to a chat thread
 */
export function isAcsChatThreadParticipantAddedEventData(
  value: unknown,
): value is AcsChatThreadParticipantAddedEventData {
  try {
    return $isAcsChatThreadParticipantAddedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadParticipantAddedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isDateTimeProperty(v, 'time', v['time'])) return false;
  const v1 = v['addedByCommunicationIdentifier'];
  if (!$own(v, 'addedByCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  const v3 = v['participantAdded'];
  if (!$own(v, 'participantAdded', v3)) return false;
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
        'addedByCommunicationIdentifier',
        'participantAdded',
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

function $checkAcsChatThreadParticipantAddedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    $checkDateTimeProperty(e, p, v, 'time', v['time']);
    const v1 = v['addedByCommunicationIdentifier'];
    if ($has(e, p, v, 'addedByCommunicationIdentifier', v1, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v1, p + '/addedByCommunicationIdentifier', e, s);
    }
    const v3 = v['participantAdded'];
    if ($has(e, p, v, 'participantAdded', v3, 'ChatParticipant')) {
      $checkChatParticipant(v3, p + '/participantAdded', e, s);
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
        'addedByCommunicationIdentifier',
        'participantAdded',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}
