// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadWithUserDeletedEventData } from '../../types.js';
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
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier,
} from '../definitions/CommunicationIdentifier.js';

/**
 * Validates the data of a Microsoft.Communication.ChatThreadWithUserDeleted event, reporting every error.
 *
 * Published when a chat thread is deleted which the user is member of.
 */
export function validateAcsChatThreadWithUserDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadWithUserDeletedEventData> {
  return $validate<AcsChatThreadWithUserDeletedEventData>(
    $isAcsChatThreadWithUserDeletedEventData,
    $checkAcsChatThreadWithUserDeletedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadWithUserDeleted event.
 *
 * Published when a chat thread is deleted which the user is member of.
 */
export function isAcsChatThreadWithUserDeletedEventData(
  value: unknown,
): value is AcsChatThreadWithUserDeletedEventData {
  try {
    return $isAcsChatThreadWithUserDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadWithUserDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['deletedBy'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('deletedBy' in r1 && !$hasOwn.call(v, 'deletedBy'))) return false;
  const v3 = v['deletedByCommunicationIdentifier'];
  if (
    v3 !== undefined &&
    (!('deletedByCommunicationIdentifier' in r1) || $hasOwn.call(v, 'deletedByCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  const v6 = v['deleteTime'];
  if (typeof v6 !== 'string' || ('deleteTime' in r1 && !$hasOwn.call(v, 'deleteTime'))) return false;
  const v7 = v['createTime'];
  if (typeof v7 !== 'string' || ('createTime' in r1 && !$hasOwn.call(v, 'createTime'))) return false;
  const v8 = v['version'];
  if (v8 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v8 !== 'number' || !Number.isInteger(v8)) return false;
  const v9 = v['recipientId'];
  if (typeof v9 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v10 = v['recipientCommunicationIdentifier'];
  if (
    v10 !== undefined &&
    (!('recipientCommunicationIdentifier' in r1) || $hasOwn.call(v, 'recipientCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v10, s)) return false;
  }
  const v13 = v['transactionId'];
  if (typeof v13 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v14 = v['threadId'];
  if (typeof v14 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (!$dateTime(v6)) return false;
  if (!$dateTime(v7)) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'deletedBy',
        'deletedByCommunicationIdentifier',
        'deleteTime',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadWithUserDeletedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'deletedBy' in r1 && v, 'deletedBy', v['deletedBy']);
    const v2 = v['deletedByCommunicationIdentifier'];
    if ($has(e, p, 'deletedByCommunicationIdentifier' in r1 && v, 'deletedByCommunicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/deletedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, 'deleteTime' in r1 && v, 'deleteTime', v['deleteTime']);
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v5 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v5, 'int64')) {
      if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v5));
      }
    }
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    const v6 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, 'recipientCommunicationIdentifier' in r1 && v, 'recipientCommunicationIdentifier', v6)) {
      $checkCommunicationIdentifier(v6, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'deletedBy',
        'deletedByCommunicationIdentifier',
        'deleteTime',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ]);
    }
  }
}
