// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsCallEndedEventData } from '../../types.js';
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
  $checkNumberProperty,
  $checkBooleanProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import { $wireForms, type WireForm, type WireNormalization } from '../../support/wire-normalization.js';
import { $isCallEndReason, $checkCallEndReason } from '../definitions/CallEndReason.js';
import { $isCallEndedBy, $checkCallEndedBy } from '../definitions/CallEndedBy.js';
import { $isCallGroup, $checkCallGroup } from '../definitions/CallGroup.js';
import { $isCallParticipant, $checkCallParticipant } from '../definitions/CallParticipant.js';
import { $isCallRoom, $checkCallRoom } from '../definitions/CallRoom.js';

/** The documented wire forms of AcsCallEndedEventData (catalog errata with a `wire` decision). */
const $wireAcsCallEndedEventData: readonly WireForm[] = [
  {
    erratum: 'call-ended-duration-name',
    decision: 'variant',
    parent: [],
    name: 'callDurationInSeconds',
    published: {
      name: 'durationOfCall',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.CallEnded event, reporting every error.
 *
 * Published when a call is ended.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsCallEndedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsCallEndedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(value, $wireAcsCallEndedEventData, options?.strict === true, errors, normalized);
    let passes = false;
    if (data === value && errors.length === 0) {
      try {
        passes = $isAcsCallEndedEventData(data, options?.strict === true);
      } catch {
        // reported by the check below
      }
    }
    if (!passes) $checkAcsCallEndedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsCallEndedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.CallEnded event.
 *
 * Published when a call is ended.
 */
export function isAcsCallEndedEventData(value: unknown): value is AcsCallEndedEventData {
  try {
    return $isAcsCallEndedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsCallEndedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['startedBy'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v4 === undefined || ('startedBy' in r3 && !$hasOwn.call(v, 'startedBy'))) return false;
  if (!$isCallParticipant(v4, s)) return false;
  const v7 = v['serverCallId'];
  if (typeof v7 !== 'string' || ('serverCallId' in r3 && !$hasOwn.call(v, 'serverCallId'))) return false;
  const v8 = v['group'];
  if (v8 !== undefined && (!('group' in r3) || $hasOwn.call(v, 'group'))) {
    if (!$isCallGroup(v8, s)) return false;
  }
  const v11 = v['room'];
  if (v11 !== undefined && (!('room' in r3) || $hasOwn.call(v, 'room'))) {
    if (!$isCallRoom(v11, s)) return false;
  }
  const v14 = v['isTwoParty'];
  if (
    typeof v14 !== 'boolean' &&
    v14 !== undefined &&
    (!('isTwoParty' in r3) || $hasOwn.call(v, 'isTwoParty'))
  )
    return false;
  const v15 = v['correlationId'];
  if (typeof v15 !== 'string' || ('correlationId' in r3 && !$hasOwn.call(v, 'correlationId'))) return false;
  const v16 = v['isRoomsCall'];
  if (
    typeof v16 !== 'boolean' &&
    v16 !== undefined &&
    (!('isRoomsCall' in r3) || $hasOwn.call(v, 'isRoomsCall'))
  )
    return false;
  const v18 = v['endedBy'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 !== undefined && (!('endedBy' in r17) || $hasOwn.call(v, 'endedBy'))) {
    if (!$isCallEndedBy(v18, s)) return false;
  }
  const v21 = v['reason'];
  if (v21 !== undefined && (!('reason' in r17) || $hasOwn.call(v, 'reason'))) {
    if (!$isCallEndReason(v21, s)) return false;
  }
  const v24 = v['callDurationInSeconds'];
  if (
    (typeof v24 !== 'number' || !Number.isFinite(v24)) &&
    v24 !== undefined &&
    (!('callDurationInSeconds' in r17) || $hasOwn.call(v, 'callDurationInSeconds'))
  )
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
        'endedBy',
        'reason',
        'callDurationInSeconds',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsCallEndedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    const v4 = v['startedBy'];
    if ($has(e, p, 'startedBy' in r3 && v, 'startedBy', v4, 'CallParticipant')) {
      $checkCallParticipant(v4, p + '/startedBy', e, s);
    }
    $checkStringProperty(e, p, 'serverCallId' in r3 && v, 'serverCallId', v['serverCallId']);
    const v7 = v['group'];
    if ($has(e, p, 'group' in r3 && v, 'group', v7)) {
      $checkCallGroup(v7, p + '/group', e, s);
    }
    const v10 = v['room'];
    if ($has(e, p, 'room' in r3 && v, 'room', v10)) {
      $checkCallRoom(v10, p + '/room', e, s);
    }
    $checkBooleanProperty(e, p, 'isTwoParty' in r3 && v, 'isTwoParty', v['isTwoParty'], true);
    $checkStringProperty(e, p, 'correlationId' in r3 && v, 'correlationId', v['correlationId']);
    $checkBooleanProperty(e, p, 'isRoomsCall' in r3 && v, 'isRoomsCall', v['isRoomsCall'], true);
    const r13: object = Object.getPrototypeOf(v) || Object.prototype;
    const v14 = v['endedBy'];
    if ($has(e, p, 'endedBy' in r13 && v, 'endedBy', v14)) {
      $checkCallEndedBy(v14, p + '/endedBy', e, s);
    }
    const v17 = v['reason'];
    if ($has(e, p, 'reason' in r13 && v, 'reason', v17)) {
      $checkCallEndReason(v17, p + '/reason', e, s);
    }
    $checkNumberProperty(
      e,
      p,
      'callDurationInSeconds' in r13 && v,
      'callDurationInSeconds',
      v['callDurationInSeconds'],
      true,
    );
    if (s) {
      $extraKeys(e, p, v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
        'endedBy',
        'reason',
        'callDurationInSeconds',
      ]);
    }
  }
}
