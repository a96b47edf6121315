// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CallingEventBase } from '../../types.js';
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
 * Validates a CallingEventBase, reporting every error.
 *
 * The properties every calling event carries (the spec's AcsCallingEventProperties): the server call, who started it, and its group or room.
 */
export function validateCallingEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CallingEventBase> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkCallingEventBase(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as CallingEventBase }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid CallingEventBase.
 *
 * The properties every calling event carries (the spec's AcsCallingEventProperties): the server call, who started it, and its group or room.
 */
export function isCallingEventBase(value: unknown): value is CallingEventBase {
  try {
    return $isCallingEventBase(value, false);
  } catch {
    return false;
  }
}

function $isCallingEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v1 = v['startedBy'];
  if (!$own(v, 'startedBy', v1)) return false;
  if (!$isCallParticipant(v1, s)) return false;
  if (!$isStringProperty(v, 'serverCallId', v['serverCallId'])) return false;
  const v3 = v['group'];
  if ($own(v, 'group', v3)) {
    if (!$isCallGroup(v3, s)) return false;
  }
  const v5 = v['room'];
  if ($own(v, 'room', v5)) {
    if (!$isCallRoom(v5, s)) return false;
  }
  if (!$isBooleanProperty(v, 'isTwoParty', v['isTwoParty'], true)) return false;
  if (!$isStringProperty(v, 'correlationId', v['correlationId'])) return false;
  if (!$isBooleanProperty(v, 'isRoomsCall', v['isRoomsCall'], true)) return false;
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
      ])
    )
      return false;
  }
  return true;
}

function $checkCallingEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const v1 = v['startedBy'];
    if ($has(e, p, v, 'startedBy', v1, 'CallParticipant')) {
      $checkCallParticipant(v1, p + '/startedBy', e, s);
    }
    $checkStringProperty(e, p, v, 'serverCallId', v['serverCallId']);
    const v3 = v['group'];
    if ($has(e, p, v, 'group', v3)) {
      $checkCallGroup(v3, p + '/group', e, s);
    }
    const v5 = v['room'];
    if ($has(e, p, v, 'room', v5)) {
      $checkCallRoom(v5, p + '/room', e, s);
    }
    $checkBooleanProperty(e, p, v, 'isTwoParty', v['isTwoParty'], true);
    $checkStringProperty(e, p, v, 'correlationId', v['correlationId']);
    $checkBooleanProperty(e, p, v, 'isRoomsCall', v['isRoomsCall'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
      ]);
    }
  }
}

export { $isCallingEventBase, $checkCallingEventBase };
