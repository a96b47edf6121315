// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatMemberAddedToThreadWithUserEventData } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $dateTime,
  $validate,
  $checkStringProperty,
  $checkIntegerProperty,
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
  return $validate<AcsChatMemberAddedToThreadWithUserEventData>(
    $isAcsChatMemberAddedToThreadWithUserEventData,
    $checkAcsChatMemberAddedToThreadWithUserEventData,
    value,
    options,
  );
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
  const v2 = v['time'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('time' in r1 && !$hasOwn.call(v, 'time'))) return false;
  const v3 = v['addedBy'];
  if (typeof v3 !== 'string' || ('addedBy' in r1 && !$hasOwn.call(v, 'addedBy'))) return false;
  const v4 = v['memberAdded'];
  if (v4 === undefined || ('memberAdded' in r1 && !$hasOwn.call(v, 'memberAdded'))) return false;
  if (!$isChatThreadMember(v4, s)) return false;
  const v7 = v['createTime'];
  if (typeof v7 !== 'string' || ('createTime' in r1 && !$hasOwn.call(v, 'createTime'))) return false;
  const v8 = v['version'];
  if (typeof v8 !== 'number' || !Number.isInteger(v8) || ('version' in r1 && !$hasOwn.call(v, 'version')))
    return false;
  const v9 = v['recipientId'];
  if (typeof v9 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v10 = v['transactionId'];
  if (typeof v10 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v11 = v['threadId'];
  if (typeof v11 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (!$dateTime(v2)) return false;
  if (!$dateTime(v7)) return false;
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
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'time' in r1 && v, 'time', v['time']);
    $checkStringProperty(e, p, 'addedBy' in r1 && v, 'addedBy', v['addedBy']);
    const v2 = v['memberAdded'];
    if ($has(e, p, 'memberAdded' in r1 && v, 'memberAdded', v2, 'ChatThreadMember')) {
      $checkChatThreadMember(v2, p + '/memberAdded', e, s);
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, 'version' in r1 && v, 'version', v['version']);
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
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
