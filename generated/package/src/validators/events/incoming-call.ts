// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsIncomingCallEventData } from '../../types.js';
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
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier,
} from '../definitions/CommunicationIdentifier.js';
import {
  $isIncomingCallCustomContext,
  $checkIncomingCallCustomContext,
} from '../definitions/IncomingCallCustomContext.js';

/**
 * Validates the data of a Microsoft.Communication.IncomingCall event, reporting every error.
 *
 * Published when there is an incoming call to a Communication Services user or phone number (Call Automation answers it with incomingCallContext).
 */
export function validateAcsIncomingCallEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsIncomingCallEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsIncomingCallEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsIncomingCallEventData }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.IncomingCall event.
 *
 * Published when there is an incoming call to a Communication Services user or phone number (Call Automation answers it with incomingCallContext).
 */
export function isAcsIncomingCallEventData(value: unknown): value is AcsIncomingCallEventData {
  try {
    return $isAcsIncomingCallEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsIncomingCallEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v1 = v['to'];
  if ($own(v, 'to', v1)) {
    if (!$isCommunicationIdentifier(v1, s)) return false;
  }
  const v3 = v['from'];
  if ($own(v, 'from', v3)) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  if (!$isStringProperty(v, 'serverCallId', v['serverCallId'], true)) return false;
  if (!$isStringProperty(v, 'callerDisplayName', v['callerDisplayName'], true)) return false;
  const v5 = v['customContext'];
  if ($own(v, 'customContext', v5)) {
    if (!$isIncomingCallCustomContext(v5, s)) return false;
  }
  if (!$isStringProperty(v, 'incomingCallContext', v['incomingCallContext'], true)) return false;
  const v7 = v['onBehalfOfCallee'];
  if ($own(v, 'onBehalfOfCallee', v7)) {
    if (!$isCommunicationIdentifier(v7, s)) return false;
  }
  if (!$isStringProperty(v, 'correlationId', v['correlationId'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'to',
        'from',
        'serverCallId',
        'callerDisplayName',
        'customContext',
        'incomingCallContext',
        'onBehalfOfCallee',
        'correlationId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsIncomingCallEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const v1 = v['to'];
    if ($has(e, p, v, 'to', v1)) {
      $checkCommunicationIdentifier(v1, p + '/to', e, s);
    }
    const v3 = v['from'];
    if ($has(e, p, v, 'from', v3)) {
      $checkCommunicationIdentifier(v3, p + '/from', e, s);
    }
    $checkStringProperty(e, p, v, 'serverCallId', v['serverCallId'], true);
    $checkStringProperty(e, p, v, 'callerDisplayName', v['callerDisplayName'], true);
    const v5 = v['customContext'];
    if ($has(e, p, v, 'customContext', v5)) {
      $checkIncomingCallCustomContext(v5, p + '/customContext', e, s);
    }
    $checkStringProperty(e, p, v, 'incomingCallContext', v['incomingCallContext'], true);
    const v7 = v['onBehalfOfCallee'];
    if ($has(e, p, v, 'onBehalfOfCallee', v7)) {
      $checkCommunicationIdentifier(v7, p + '/onBehalfOfCallee', e, s);
    }
    $checkStringProperty(e, p, v, 'correlationId', v['correlationId'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'to',
        'from',
        'serverCallId',
        'callerDisplayName',
        'customContext',
        'incomingCallContext',
        'onBehalfOfCallee',
        'correlationId',
      ]);
    }
  }
}
