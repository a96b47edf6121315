// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallParticipantEventBase } from '../../types.js';
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
  $isBooleanProperty,
  $checkBooleanProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import { $isCallGroup, $checkCallGroup } from './CallGroup.js';
import { $isCallParticipant, $checkCallParticipant } from './CallParticipant.js';
import { $isCallRoom, $checkCallRoom } from './CallRoom.js';

/**
 * Validates a CallParticipantEventBase, reporting every error.
 *
 * The properties of the CallParticipantAdded and CallParticipantRemoved events (the spec's AcsCallParticipantEventData): the calling event's properties and the participant.
 */
export function validateCallParticipantEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CallParticipantEventBase> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkCallParticipantEventBase(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as CallParticipantEventBase }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid CallParticipantEventBase.
 *
 * The properties of the CallParticipantAdded and CallParticipantRemoved events (the spec's AcsCallParticipantEventData): the calling event's properties and the participant.
 */
export function isCallParticipantEventBase(value: unknown): value is CallParticipantEventBase {
  try {
    return $isCallParticipantEventBase(value, false);
  } catch {
    return false;
  }
}

function $isCallParticipantEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['startedBy'];
  if (!$own(v, 'startedBy', v2)) return false;
  if (!$isCallParticipant(v2, s)) return false;
  if (!$isStringProperty(v, 'serverCallId', v['serverCallId'])) return false;
  const v4 = v['group'];
  if ($own(v, 'group', v4)) {
    if (!$isCallGroup(v4, s)) return false;
  }
  const v6 = v['room'];
  if ($own(v, 'room', v6)) {
    if (!$isCallRoom(v6, s)) return false;
  }
  if (!$isBooleanProperty(v, 'isTwoParty', v['isTwoParty'], true)) return false;
  if (!$isStringProperty(v, 'correlationId', v['correlationId'])) return false;
  if (!$isBooleanProperty(v, 'isRoomsCall', v['isRoomsCall'], true)) return false;
  const v8 = v['user'];
  if ($own(v, 'user', v8)) {
    if (!$isCallParticipant(v8, s)) return false;
  }
  if (!$isStringProperty(v, 'displayName', v['displayName'], true)) return false;
  if (!$isStringProperty(v, 'participantId', v['participantId'], true)) return false;
  if (!$isStringProperty(v, 'userAgent', v['userAgent'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
        'user',
        'displayName',
        'participantId',
        'userAgent',
      ])
    )
      return false;
  }
  return true;
}

function $checkCallParticipantEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const v2 = v['startedBy'];
    if ($has(e, p, v, 'startedBy', v2, 'CallParticipant')) {
      $checkCallParticipant(v2, p + '/startedBy', e, s);
    }
    $checkStringProperty(e, p, v, 'serverCallId', v['serverCallId']);
    const v4 = v['group'];
    if ($has(e, p, v, 'group', v4)) {
      $checkCallGroup(v4, p + '/group', e, s);
    }
    const v6 = v['room'];
    if ($has(e, p, v, 'room', v6)) {
      $checkCallRoom(v6, p + '/room', e, s);
    }
    $checkBooleanProperty(e, p, v, 'isTwoParty', v['isTwoParty'], true);
    $checkStringProperty(e, p, v, 'correlationId', v['correlationId']);
    $checkBooleanProperty(e, p, v, 'isRoomsCall', v['isRoomsCall'], true);
    const v8 = v['user'];
    if ($has(e, p, v, 'user', v8)) {
      $checkCallParticipant(v8, p + '/user', e, s);
    }
    $checkStringProperty(e, p, v, 'displayName', v['displayName'], true);
    $checkStringProperty(e, p, v, 'participantId', v['participantId'], true);
    $checkStringProperty(e, p, v, 'userAgent', v['userAgent'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
        'user',
        'displayName',
        'participantId',
        'userAgent',
      ]);
    }
  }
}

export { $isCallParticipantEventBase, $checkCallParticipantEventBase };
