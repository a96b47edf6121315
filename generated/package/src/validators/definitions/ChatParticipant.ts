// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatParticipant } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $esc,
  $fail,
  $validate,
  $checkStringProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import { $isCommunicationIdentifier, $checkCommunicationIdentifier } from './CommunicationIdentifier.js';

/**
 * Validates a ChatParticipant, reporting every error.
 *
 * A participant of a chat thread, as the ChatParticipant* and ChatThread* events give it.
 */
export function validateChatParticipant(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatParticipant> {
  return $validate<ChatParticipant>($isChatParticipant, $checkChatParticipant, value, options);
}

/**
 * Whether a value is a valid ChatParticipant.
 *
 * A participant of a chat thread, as the ChatParticipant* and ChatThread* events give it.
 */
export function isChatParticipant(value: unknown): value is ChatParticipant {
  try {
    return $isChatParticipant(value, false);
  } catch {
    return false;
  }
}

function $isChatParticipant(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['displayName'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('displayName' in r1 && !$hasOwn.call(v, 'displayName'))) return false;
  const v3 = v['participantCommunicationIdentifier'];
  if (
    v3 === undefined ||
    ('participantCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'participantCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v['metadata'];
  if (v6 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isObject(v6)) return false;
    for (const k8 in v6) {
      if (!$hasOwn.call(v6, k8)) continue;
      const v9 = v6[k8];
      if (typeof v9 !== 'string') return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ['displayName', 'participantCommunicationIdentifier', 'metadata'])) return false;
  }
  return true;
}

function $checkChatParticipant(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'displayName' in r1 && v, 'displayName', v['displayName']);
    const v2 = v['participantCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'participantCommunicationIdentifier' in r1 && v,
        'participantCommunicationIdentifier',
        v2,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v2, p + '/participantCommunicationIdentifier', e, s);
    }
    const v5 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v5)) {
      if ($checkObject(e, p + '/metadata', v5)) {
        for (const k7 in v5) {
          if (!$hasOwn.call(v5, k7)) continue;
          const v8 = v5[k7];
          if (typeof v8 !== 'string') {
            $fail(e, p + '/metadata/' + $esc(k7), 'must be a string', 'string', $type(v8));
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['displayName', 'participantCommunicationIdentifier', 'metadata']);
    }
  }
}

export { $isChatParticipant, $checkChatParticipant };
