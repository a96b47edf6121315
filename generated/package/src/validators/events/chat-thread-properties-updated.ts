// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsChatThreadPropertiesUpdatedEventData } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $int64,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import { $isChatThreadMetadata, $checkChatThreadMetadata } from '../definitions/ChatThreadMetadata.js';
import { $isChatThreadProperties, $checkChatThreadProperties } from '../definitions/ChatThreadProperties.js';
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier,
} from '../definitions/CommunicationIdentifier.js';

/**
 * Validates the data of a Microsoft.Communication.ChatThreadPropertiesUpdated event, reporting every error.
 *
 * Published when a chat thread's properties like topic are updated.
 */
export function validateAcsChatThreadPropertiesUpdatedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadPropertiesUpdatedEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsChatThreadPropertiesUpdatedEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadPropertiesUpdatedEventData }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadPropertiesUpdated event.
 *
 * Published when a chat thread's properties like topic are updated.
 */
export function isAcsChatThreadPropertiesUpdatedEventData(
  value: unknown,
): value is AcsChatThreadPropertiesUpdatedEventData {
  try {
    return $isAcsChatThreadPropertiesUpdatedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadPropertiesUpdatedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v1 = v['editedByCommunicationIdentifier'];
  if (!$own(v, 'editedByCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  if (!$isDateTimeProperty(v, 'editTime', v['editTime'])) return false;
  const v3 = v['properties'];
  if (!$own(v, 'properties', v3)) return false;
  if (!$isChatThreadProperties(v3, s)) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  const v5 = v['version'];
  if (!$own(v, 'version', v5)) return false;
  if (typeof v5 !== 'number' || !Number.isInteger(v5)) return false;
  if (!$int64(v5)) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
  const v6 = v['metadata'];
  if ($own(v, 'metadata', v6)) {
    if (!$isChatThreadMetadata(v6, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'editedByCommunicationIdentifier',
        'editTime',
        'properties',
        'createTime',
        'version',
        'transactionId',
        'threadId',
        'metadata',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadPropertiesUpdatedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const v1 = v['editedByCommunicationIdentifier'];
    if ($has(e, p, v, 'editedByCommunicationIdentifier', v1, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v1, p + '/editedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'editTime', v['editTime']);
    const v3 = v['properties'];
    if ($has(e, p, v, 'properties', v3, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v3, p + '/properties', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    const v5 = v['version'];
    if ($has(e, p, v, 'version', v5, 'int64')) {
      if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v5));
      } else {
        if (!$int64(v5)) {
          $fail(e, p + '/version', 'must be an integer (int64)', 'int64', $show(v5));
        }
      }
    }
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
    const v6 = v['metadata'];
    if ($has(e, p, v, 'metadata', v6)) {
      $checkChatThreadMetadata(v6, p + '/metadata', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'editedByCommunicationIdentifier',
        'editTime',
        'properties',
        'createTime',
        'version',
        'transactionId',
        'threadId',
        'metadata',
      ]);
    }
  }
}
