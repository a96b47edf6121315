// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadCreatedEventData } from '../../types.js';
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
import { $isChatThreadMetadata, $checkChatThreadMetadata } from '../definitions/ChatThreadMetadata.js';
import { $isChatThreadProperties, $checkChatThreadProperties } from '../definitions/ChatThreadProperties.js';
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier,
} from '../definitions/CommunicationIdentifier.js';

/**
 * Validates the data of a Microsoft.Communication.ChatThreadCreated event, reporting every error.
 *
 * Published when a chat thread is created
 */
export function validateAcsChatThreadCreatedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadCreatedEventData> {
  return $validate<AcsChatThreadCreatedEventData>(
    $isAcsChatThreadCreatedEventData,
    $checkAcsChatThreadCreatedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadCreated event.
 *
 * Published when a chat thread is created
 */
export function isAcsChatThreadCreatedEventData(value: unknown): value is AcsChatThreadCreatedEventData {
  try {
    return $isAcsChatThreadCreatedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadCreatedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['createdByCommunicationIdentifier'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    v2 === undefined ||
    ('createdByCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'createdByCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v5 = v['properties'];
  if (v5 === undefined || ('properties' in r1 && !$hasOwn.call(v, 'properties'))) return false;
  if (!$isChatThreadProperties(v5, s)) return false;
  const v8 = v['participants'];
  if (v8 === undefined || ('participants' in r1 && !$hasOwn.call(v, 'participants'))) return false;
  if (!Array.isArray(v8)) return false;
  const a9 = v8 as unknown[];
  for (let i10 = 0; i10 < a9.length; i10++) {
    const v11 = a9[i10];
    if (!$isChatParticipant(v11, s)) return false;
  }
  const v14 = v['createTime'];
  if (typeof v14 !== 'string' || ('createTime' in r1 && !$hasOwn.call(v, 'createTime'))) return false;
  const v15 = v['version'];
  if (v15 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v15 !== 'number' || !Number.isInteger(v15)) return false;
  const v16 = v['transactionId'];
  if (typeof v16 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v17 = v['threadId'];
  if (typeof v17 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  const v18 = v['metadata'];
  if (v18 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatThreadMetadata(v18, s)) return false;
  }
  if (!$dateTime(v14)) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'createdByCommunicationIdentifier',
        'properties',
        'participants',
        'createTime',
        'version',
        'transactionId',
        'threadId',
        'metadata',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadCreatedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['createdByCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'createdByCommunicationIdentifier' in r1 && v,
        'createdByCommunicationIdentifier',
        v2,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v2, p + '/createdByCommunicationIdentifier', e, s);
    }
    const v5 = v['properties'];
    if ($has(e, p, 'properties' in r1 && v, 'properties', v5, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v5, p + '/properties', e, s);
    }
    const v8 = v['participants'];
    if ($has(e, p, 'participants' in r1 && v, 'participants', v8, 'ChatParticipant[]')) {
      if (!Array.isArray(v8)) {
        $fail(e, p + '/participants', 'must be an array', 'array', $type(v8));
      } else {
        const a9 = v8 as unknown[];
        for (let i10 = 0; i10 < a9.length; i10++) {
          const v11 = a9[i10];
          $checkChatParticipant(v11, p + '/participants/' + i10, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v14 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v14, 'int64')) {
      if (typeof v14 !== 'number' || !Number.isInteger(v14)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v14));
      }
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    const v15 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v15)) {
      $checkChatThreadMetadata(v15, p + '/metadata', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'createdByCommunicationIdentifier',
        'properties',
        'participants',
        'createTime',
        'version',
        'transactionId',
        'threadId',
        'metadata',
      ]);
    }
  }
}
