// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatParticipant } from '../../types.js';
import {
  $hasOwn,
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $esc,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
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
  const errors = $errors(options?.maxErrors);
  try {
    $checkChatParticipant(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as ChatParticipant }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'displayName', v['displayName'])) return false;
  const v1 = v['participantCommunicationIdentifier'];
  if (!$own(v, 'participantCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  const v3 = v['metadata'];
  if ($own(v, 'metadata', v3)) {
    if (!$isObject(v3)) return false;
    for (const k4 in v3) {
      if (!$hasOwn.call(v3, k4)) continue;
      const v5 = v3[k4];
      if (typeof v5 !== 'string') return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ['displayName', 'participantCommunicationIdentifier', 'metadata'])) return false;
  }
  return true;
}

function $checkChatParticipant(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'displayName', v['displayName']);
    const v1 = v['participantCommunicationIdentifier'];
    if ($has(e, p, v, 'participantCommunicationIdentifier', v1, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v1, p + '/participantCommunicationIdentifier', e, s);
    }
    const v3 = v['metadata'];
    if ($has(e, p, v, 'metadata', v3)) {
      if ($checkObject(e, p + '/metadata', v3)) {
        for (const k4 in v3) {
          if (!$hasOwn.call(v3, k4)) continue;
          const v5 = v3[k4];
          if (typeof v5 !== 'string') {
            $fail(e, p + '/metadata/' + $esc(k4), 'must be a string', 'string', $type(v5));
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
