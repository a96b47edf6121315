// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadCreatedWithUserEventData } from '../../types.js';
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
import { $isChatThreadMember, $checkChatThreadMember } from '../definitions/ChatThreadMember.js';
import { $isChatThreadMetadata, $checkChatThreadMetadata } from '../definitions/ChatThreadMetadata.js';
import { $isChatThreadProperties, $checkChatThreadProperties } from '../definitions/ChatThreadProperties.js';
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier,
} from '../definitions/CommunicationIdentifier.js';

/**
 * Validates the data of a Microsoft.Communication.ChatThreadCreatedWithUser event, reporting every error.
 *
 * Published when the user is added as member at the time of creation of a chat thread.
 */
export function validateAcsChatThreadCreatedWithUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadCreatedWithUserEventData> {
  return $validate<AcsChatThreadCreatedWithUserEventData>(
    $isAcsChatThreadCreatedWithUserEventData,
    $checkAcsChatThreadCreatedWithUserEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadCreatedWithUser event.
 *
 * Published when the user is added as member at the time of creation of a chat thread.
 */
export function isAcsChatThreadCreatedWithUserEventData(
  value: unknown,
): value is AcsChatThreadCreatedWithUserEventData {
  try {
    return $isAcsChatThreadCreatedWithUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadCreatedWithUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['createdBy'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('createdBy' in r1 && !$hasOwn.call(v, 'createdBy'))) return false;
  const v3 = v['createdByCommunicationIdentifier'];
  if (
    v3 !== undefined &&
    (!('createdByCommunicationIdentifier' in r1) || $hasOwn.call(v, 'createdByCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  const v6 = v['properties'];
  if (v6 === undefined || ('properties' in r1 && !$hasOwn.call(v, 'properties'))) return false;
  if (!$isChatThreadProperties(v6, s)) return false;
  const v9 = v['members'];
  if (v9 === undefined || ('members' in r1 && !$hasOwn.call(v, 'members'))) return false;
  if (!Array.isArray(v9)) return false;
  const a10 = v9 as unknown[];
  for (let i11 = 0; i11 < a10.length; i11++) {
    const v12 = a10[i11];
    if (!$isChatThreadMember(v12, s)) return false;
  }
  const v15 = v['participants'];
  if (v15 !== undefined && (!('participants' in r1) || $hasOwn.call(v, 'participants'))) {
    if (!Array.isArray(v15)) return false;
    const a16 = v15 as unknown[];
    for (let i17 = 0; i17 < a16.length; i17++) {
      const v18 = a16[i17];
      if (!$isChatParticipant(v18, s)) return false;
    }
  }
  const v21 = v['createTime'];
  if (typeof v21 !== 'string' || ('createTime' in r1 && !$hasOwn.call(v, 'createTime'))) return false;
  const v22 = v['version'];
  if (v22 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v22 !== 'number' || !Number.isInteger(v22)) return false;
  const v23 = v['recipientId'];
  if (typeof v23 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v24 = v['recipientCommunicationIdentifier'];
  if (
    v24 !== undefined &&
    (!('recipientCommunicationIdentifier' in r1) || $hasOwn.call(v, 'recipientCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v24, s)) return false;
  }
  const v27 = v['transactionId'];
  if (typeof v27 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v28 = v['threadId'];
  if (typeof v28 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  const v29 = v['metadata'];
  if (v29 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatThreadMetadata(v29, s)) return false;
  }
  if (!$dateTime(v21)) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'createdBy',
        'createdByCommunicationIdentifier',
        'properties',
        'members',
        'participants',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
        'metadata',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadCreatedWithUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'createdBy' in r1 && v, 'createdBy', v['createdBy']);
    const v2 = v['createdByCommunicationIdentifier'];
    if ($has(e, p, 'createdByCommunicationIdentifier' in r1 && v, 'createdByCommunicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/createdByCommunicationIdentifier', e, s);
    }
    const v5 = v['properties'];
    if ($has(e, p, 'properties' in r1 && v, 'properties', v5, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v5, p + '/properties', e, s);
    }
    const v8 = v['members'];
    if ($has(e, p, 'members' in r1 && v, 'members', v8, 'ChatThreadMember[]')) {
      if (!Array.isArray(v8)) {
        $fail(e, p + '/members', 'must be an array', 'array', $type(v8));
      } else {
        const a9 = v8 as unknown[];
        for (let i10 = 0; i10 < a9.length; i10++) {
          const v11 = a9[i10];
          $checkChatThreadMember(v11, p + '/members/' + i10, e, s);
        }
      }
    }
    const v14 = v['participants'];
    if ($has(e, p, 'participants' in r1 && v, 'participants', v14)) {
      if (!Array.isArray(v14)) {
        $fail(e, p + '/participants', 'must be an array', 'array', $type(v14));
      } else {
        const a15 = v14 as unknown[];
        for (let i16 = 0; i16 < a15.length; i16++) {
          const v17 = a15[i16];
          $checkChatParticipant(v17, p + '/participants/' + i16, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v20 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v20, 'int64')) {
      if (typeof v20 !== 'number' || !Number.isInteger(v20)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v20));
      }
    }
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    const v21 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, 'recipientCommunicationIdentifier' in r1 && v, 'recipientCommunicationIdentifier', v21)) {
      $checkCommunicationIdentifier(v21, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    const v24 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v24)) {
      $checkChatThreadMetadata(v24, p + '/metadata', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'createdBy',
        'createdByCommunicationIdentifier',
        'properties',
        'members',
        'participants',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
        'metadata',
      ]);
    }
  }
}
