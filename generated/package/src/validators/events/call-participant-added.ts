// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsCallParticipantAddedEventData } from '../../types.js';
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
import { $wireForms, type WireForm, type WireNormalization } from '../../support/wire-normalization.js';
import { $isCallGroup, $checkCallGroup } from '../definitions/CallGroup.js';
import { $isCallParticipant, $checkCallParticipant } from '../definitions/CallParticipant.js';
import { $isCallRoom, $checkCallRoom } from '../definitions/CallRoom.js';

/** The documented wire forms of AcsCallParticipantAddedEventData (catalog errata with a `wire` decision). */
const $wireAcsCallParticipantAddedEventData: readonly WireForm[] = [
  {
    erratum: 'endpoint-type-vs-user-agent-164',
    decision: 'variant',
    parent: [],
    name: 'userAgent',
    published: {
      name: 'endpointType',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.CallParticipantAdded event, reporting every error.
 *
 * Published when a participant is added to a call.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsCallParticipantAddedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsCallParticipantAddedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsCallParticipantAddedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsCallParticipantAddedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsCallParticipantAddedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.CallParticipantAdded event.
 *
 * Published when a participant is added to a call.
 */
export function isAcsCallParticipantAddedEventData(
  value: unknown,
): value is AcsCallParticipantAddedEventData {
  try {
    return $isAcsCallParticipantAddedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsCallParticipantAddedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v3 = v['startedBy'];
  if (!$own(v, 'startedBy', v3)) return false;
  if (!$isCallParticipant(v3, s)) return false;
  if (!$isStringProperty(v, 'serverCallId', v['serverCallId'])) return false;
  const v5 = v['group'];
  if ($own(v, 'group', v5)) {
    if (!$isCallGroup(v5, s)) return false;
  }
  const v7 = v['room'];
  if ($own(v, 'room', v7)) {
    if (!$isCallRoom(v7, s)) return false;
  }
  if (!$isBooleanProperty(v, 'isTwoParty', v['isTwoParty'], true)) return false;
  if (!$isStringProperty(v, 'correlationId', v['correlationId'])) return false;
  if (!$isBooleanProperty(v, 'isRoomsCall', v['isRoomsCall'], true)) return false;
  const v9 = v['user'];
  if ($own(v, 'user', v9)) {
    if (!$isCallParticipant(v9, s)) return false;
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

function $checkAcsCallParticipantAddedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const v3 = v['startedBy'];
    if ($has(e, p, v, 'startedBy', v3, 'CallParticipant')) {
      $checkCallParticipant(v3, p + '/startedBy', e, s);
    }
    $checkStringProperty(e, p, v, 'serverCallId', v['serverCallId']);
    const v5 = v['group'];
    if ($has(e, p, v, 'group', v5)) {
      $checkCallGroup(v5, p + '/group', e, s);
    }
    const v7 = v['room'];
    if ($has(e, p, v, 'room', v7)) {
      $checkCallRoom(v7, p + '/room', e, s);
    }
    $checkBooleanProperty(e, p, v, 'isTwoParty', v['isTwoParty'], true);
    $checkStringProperty(e, p, v, 'correlationId', v['correlationId']);
    $checkBooleanProperty(e, p, v, 'isRoomsCall', v['isRoomsCall'], true);
    const v9 = v['user'];
    if ($has(e, p, v, 'user', v9)) {
      $checkCallParticipant(v9, p + '/user', e, s);
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
