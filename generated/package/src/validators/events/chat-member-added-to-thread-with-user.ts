// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMemberAddedToThreadWithUserEventData } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isIntegerProperty,
  $checkIntegerProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import { $isChatThreadMember, $checkChatThreadMember } from '../definitions/ChatThreadMember.js';

/**
 * Validates the data of a Microsoft.Communication.ChatMemberAddedToThreadWithUser event, reporting every error.
 *
 * Published when the user is added as member to a chat thread.
 *
 * @deprecated The service no longer sends Microsoft.Communication.ChatMemberAddedToThreadWithUser; see Microsoft.Communication.ChatParticipantAddedToThreadWithUser.
 */
export function validateAcsChatMemberAddedToThreadWithUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMemberAddedToThreadWithUserEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatMemberAddedToThreadWithUserEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMemberAddedToThreadWithUserEventData }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMemberAddedToThreadWithUser event.
 *
 * Published when the user is added as member to a chat thread.
 *
 * @deprecated The service no longer sends Microsoft.Communication.ChatMemberAddedToThreadWithUser; see Microsoft.Communication.ChatParticipantAddedToThreadWithUser.
 */
export function isAcsChatMemberAddedToThreadWithUserEventData(
  value: unknown,
): value is AcsChatMemberAddedToThreadWithUserEventData {
  try {
    return $isAcsChatMemberAddedToThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMemberAddedToThreadWithUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isDateTimeProperty(v, 'time', v['time'])) return false;
  if (!$isStringProperty(v, 'addedBy', v['addedBy'])) return false;
  const v1 = v['memberAdded'];
  if (!$own(v, 'memberAdded', v1)) return false;
  if (!$isChatThreadMember(v1, s)) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'time',
        'addedBy',
        'memberAdded',
        'createTime',
        'version',
        'recipientId',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMemberAddedToThreadWithUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    $checkDateTimeProperty(e, p, v, 'time', v['time']);
    $checkStringProperty(e, p, v, 'addedBy', v['addedBy']);
    const v1 = v['memberAdded'];
    if ($has(e, p, v, 'memberAdded', v1, 'ChatThreadMember')) {
      $checkChatThreadMember(v1, p + '/memberAdded', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'time',
        'addedBy',
        'memberAdded',
        'createTime',
        'version',
        'recipientId',
        'transactionId',
        'threadId',
      ]);
    }
  }
}
