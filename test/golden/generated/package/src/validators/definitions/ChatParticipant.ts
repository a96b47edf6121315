// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatParticipant } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
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
  if (s) {
    if (!$onlyKeys(v, ['displayName', 'participantCommunicationIdentifier'])) return false;
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
    if (s) {
      $extraKeys(e, p, v, ['displayName', 'participantCommunicationIdentifier']);
    }
  }
}

export { $isChatParticipant, $checkChatParticipant };
