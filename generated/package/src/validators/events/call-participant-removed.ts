// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsCallParticipantRemovedEventData } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
  $caught,
  $reported,
  $checkStringProperty,
  $checkBooleanProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import { $wireForms, type WireForm, type WireNormalization } from '../../support/wire-normalization.js';
import { $isCallGroup, $checkCallGroup } from '../definitions/CallGroup.js';
import { $isCallParticipant, $checkCallParticipant } from '../definitions/CallParticipant.js';
import { $isCallRoom, $checkCallRoom } from '../definitions/CallRoom.js';

/** The documented wire forms of AcsCallParticipantRemovedEventData (catalog errata with a `wire` decision). */
const $wireAcsCallParticipantRemovedEventData: readonly WireForm[] = [
  {
    erratum: 'endpoint-type-vs-user-agent-212',
    decision: 'variant',
    parent: [],
    name: 'userAgent',
    published: {
      name: 'endpointType',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.CallParticipantRemoved event, reporting every error.
 *
 * Published when a participant is removed from a call.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsCallParticipantRemovedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsCallParticipantRemovedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsCallParticipantRemovedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    let passes = false;
    if (data === value && errors.length === 0) {
      try {
        passes = $isAcsCallParticipantRemovedEventData(data, options?.strict === true);
      } catch {
        // reported by the check below
      }
    }
    if (!passes) $checkAcsCallParticipantRemovedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsCallParticipantRemovedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.CallParticipantRemoved event.
 *
 * Published when a participant is removed from a call.
 */
export function isAcsCallParticipantRemovedEventData(
  value: unknown,
): value is AcsCallParticipantRemovedEventData {
  try {
    return $isAcsCallParticipantRemovedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsCallParticipantRemovedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['startedBy'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v6 === undefined || ('startedBy' in r5 && !$hasOwn.call(v, 'startedBy'))) return false;
  if (!$isCallParticipant(v6, s)) return false;
  const v9 = v['serverCallId'];
  if (typeof v9 !== 'string' || ('serverCallId' in r5 && !$hasOwn.call(v, 'serverCallId'))) return false;
  const v10 = v['group'];
  if (v10 !== undefined && (!('group' in r5) || $hasOwn.call(v, 'group'))) {
    if (!$isCallGroup(v10, s)) return false;
  }
  const v13 = v['room'];
  if (v13 !== undefined && (!('room' in r5) || $hasOwn.call(v, 'room'))) {
    if (!$isCallRoom(v13, s)) return false;
  }
  const v16 = v['isTwoParty'];
  if (
    typeof v16 !== 'boolean' &&
    v16 !== undefined &&
    (!('isTwoParty' in r5) || $hasOwn.call(v, 'isTwoParty'))
  )
    return false;
  const v17 = v['correlationId'];
  if (typeof v17 !== 'string' || ('correlationId' in r5 && !$hasOwn.call(v, 'correlationId'))) return false;
  const v18 = v['isRoomsCall'];
  if (
    typeof v18 !== 'boolean' &&
    v18 !== undefined &&
    (!('isRoomsCall' in r5) || $hasOwn.call(v, 'isRoomsCall'))
  )
    return false;
  const v20 = v['user'];
  const r19: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v20 !== undefined && (!('user' in r19) || $hasOwn.call(v, 'user'))) {
    if (!$isCallParticipant(v20, s)) return false;
  }
  const v23 = v['displayName'];
  if (
    typeof v23 !== 'string' &&
    v23 !== undefined &&
    (!('displayName' in r19) || $hasOwn.call(v, 'displayName'))
  )
    return false;
  const v24 = v['participantId'];
  if (
    typeof v24 !== 'string' &&
    v24 !== undefined &&
    (!('participantId' in r19) || $hasOwn.call(v, 'participantId'))
  )
    return false;
  const v25 = v['userAgent'];
  if (typeof v25 !== 'string' && v25 !== undefined && (!('userAgent' in r19) || $hasOwn.call(v, 'userAgent')))
    return false;
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

function $checkAcsCallParticipantRemovedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    const v6 = v['startedBy'];
    if ($has(e, p, 'startedBy' in r5 && v, 'startedBy', v6, 'CallParticipant')) {
      $checkCallParticipant(v6, p + '/startedBy', e, s);
    }
    $checkStringProperty(e, p, 'serverCallId' in r5 && v, 'serverCallId', v['serverCallId']);
    const v9 = v['group'];
    if ($has(e, p, 'group' in r5 && v, 'group', v9)) {
      $checkCallGroup(v9, p + '/group', e, s);
    }
    const v12 = v['room'];
    if ($has(e, p, 'room' in r5 && v, 'room', v12)) {
      $checkCallRoom(v12, p + '/room', e, s);
    }
    $checkBooleanProperty(e, p, 'isTwoParty' in r5 && v, 'isTwoParty', v['isTwoParty'], true);
    $checkStringProperty(e, p, 'correlationId' in r5 && v, 'correlationId', v['correlationId']);
    $checkBooleanProperty(e, p, 'isRoomsCall' in r5 && v, 'isRoomsCall', v['isRoomsCall'], true);
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v['user'];
    if ($has(e, p, 'user' in r15 && v, 'user', v16)) {
      $checkCallParticipant(v16, p + '/user', e, s);
    }
    $checkStringProperty(e, p, 'displayName' in r15 && v, 'displayName', v['displayName'], true);
    $checkStringProperty(e, p, 'participantId' in r15 && v, 'participantId', v['participantId'], true);
    $checkStringProperty(e, p, 'userAgent' in r15 && v, 'userAgent', v['userAgent'], true);
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
