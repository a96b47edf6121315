// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadDeletedEventData } from '../../types.js';
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
 * Validates the data of a Microsoft.Communication.ChatThreadDeleted event, reporting every error.
 *
 * Published when a chat thread is deleted
 */
export function validateAcsChatThreadDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadDeletedEventData> {
  return $validate<AcsChatThreadDeletedEventData>(
    $isAcsChatThreadDeletedEventData,
    $checkAcsChatThreadDeletedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadDeleted event.
 *
 * Published when a chat thread is deleted
 */
export function isAcsChatThreadDeletedEventData(value: unknown): value is AcsChatThreadDeletedEventData {
  try {
    return $isAcsChatThreadDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['deletedByCommunicationIdentifier'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    v2 === undefined ||
    ('deletedByCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'deletedByCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v5 = v['deleteTime'];
  if (typeof v5 !== 'string' || ('deleteTime' in r1 && !$hasOwn.call(v, 'deleteTime'))) return false;
  const v6 = v['createTime'];
  if (typeof v6 !== 'string' || ('createTime' in r1 && !$hasOwn.call(v, 'createTime'))) return false;
  const v7 = v['version'];
  if (v7 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v7 !== 'number' || !Number.isInteger(v7)) return false;
  const v8 = v['transactionId'];
  if (typeof v8 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v9 = v['threadId'];
  if (typeof v9 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (!$dateTime(v5)) return false;
  if (!$dateTime(v6)) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'deletedByCommunicationIdentifier',
        'deleteTime',
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

function $checkAcsChatThreadDeletedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['deletedByCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'deletedByCommunicationIdentifier' in r1 && v,
        'deletedByCommunicationIdentifier',
        v2,
        'CommunicationIdentifier',
      )
    ) {
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
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'deletedByCommunicationIdentifier',
        'deleteTime',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}
