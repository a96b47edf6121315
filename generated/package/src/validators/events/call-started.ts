// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsCallStartedEventData } from '../../types.js';
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
import { $isCallGroup, $checkCallGroup } from '../definitions/CallGroup.js';
import { $isCallParticipant, $checkCallParticipant } from '../definitions/CallParticipant.js';
import { $isCallRoom, $checkCallRoom } from '../definitions/CallRoom.js';

/**
 * Validates the data of a Microsoft.Communication.CallStarted event, reporting every error.
 *
 * Published when a call is started.
 */
export function validateAcsCallStartedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsCallStartedEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsCallStartedEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsCallStartedEventData }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.CallStarted event.
 *
 * Published when a call is started.
 */
export function isAcsCallStartedEventData(value: unknown): value is AcsCallStartedEventData {
  try {
    return $isAcsCallStartedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsCallStartedEventData(v: unknown, s: boolean): boolean {
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

function $checkAcsCallStartedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
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
