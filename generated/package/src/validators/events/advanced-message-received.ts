// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsAdvancedMessageReceivedEventData } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
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
import {
  $isAdvancedMessageButtonContent,
  $checkAdvancedMessageButtonContent,
} from '../definitions/AdvancedMessageButtonContent.js';
import {
  $isAdvancedMessageChannelEventError,
  $checkAdvancedMessageChannelEventError,
} from '../definitions/AdvancedMessageChannelEventError.js';
import {
  $isAdvancedMessageContext,
  $checkAdvancedMessageContext,
} from '../definitions/AdvancedMessageContext.js';
import {
  $isAdvancedMessageInteractiveContent,
  $checkAdvancedMessageInteractiveContent,
} from '../definitions/AdvancedMessageInteractiveContent.js';
import {
  $isAdvancedMessageMediaContent,
  $checkAdvancedMessageMediaContent,
} from '../definitions/AdvancedMessageMediaContent.js';
import {
  $isAdvancedMessageReactionContent,
  $checkAdvancedMessageReactionContent,
} from '../definitions/AdvancedMessageReactionContent.js';

/**
 * Validates the data of a Microsoft.Communication.AdvancedMessageReceived event, reporting every error.
 *
 * Published when Communication Services Advanced Messaging receives a message (e.g. a WhatsApp user writes to a WhatsApp Business number connected to an Advanced Messaging channel).
 */
export function validateAcsAdvancedMessageReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsAdvancedMessageReceivedEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsAdvancedMessageReceivedEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsAdvancedMessageReceivedEventData }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.AdvancedMessageReceived event.
 *
 * Published when Communication Services Advanced Messaging receives a message (e.g. a WhatsApp user writes to a WhatsApp Business number connected to an Advanced Messaging channel).
 */
export function isAcsAdvancedMessageReceivedEventData(
  value: unknown,
): value is AcsAdvancedMessageReceivedEventData {
  try {
    return $isAcsAdvancedMessageReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsAdvancedMessageReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['channelType'];
  if (!$own(v, 'channelType', v2)) return false;
  if (typeof v2 !== 'string') return false;
  if (!$isStringProperty(v, 'from', v['from'])) return false;
  if (!$isStringProperty(v, 'to', v['to'])) return false;
  if (!$isDateTimeProperty(v, 'receivedTimestamp', v['receivedTimestamp'])) return false;
  const v4 = v['error'];
  if ($own(v, 'error', v4)) {
    if (!$isAdvancedMessageChannelEventError(v4, s)) return false;
  }
  if (!$isStringProperty(v, 'messageId', v['messageId'], true)) return false;
  if (!$isStringProperty(v, 'messageType', v['messageType'])) return false;
  if (!$isStringProperty(v, 'content', v['content'], true)) return false;
  const v6 = v['media'];
  if ($own(v, 'media', v6)) {
    if (!$isAdvancedMessageMediaContent(v6, s)) return false;
  }
  const v8 = v['context'];
  if ($own(v, 'context', v8)) {
    if (!$isAdvancedMessageContext(v8, s)) return false;
  }
  const v10 = v['button'];
  if ($own(v, 'button', v10)) {
    if (!$isAdvancedMessageButtonContent(v10, s)) return false;
  }
  const v12 = v['interactive'];
  if ($own(v, 'interactive', v12)) {
    if (!$isAdvancedMessageInteractiveContent(v12, s)) return false;
  }
  const v14 = v['reaction'];
  if ($own(v, 'reaction', v14)) {
    if (!$isAdvancedMessageReactionContent(v14, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'channelType',
        'from',
        'to',
        'receivedTimestamp',
        'error',
        'messageId',
        'messageType',
        'content',
        'media',
        'context',
        'button',
        'interactive',
        'reaction',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsAdvancedMessageReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const v2 = v['channelType'];
    if ($has(e, p, v, 'channelType', v2, '"whatsapp" | string')) {
      if (typeof v2 !== 'string') {
        $fail(e, p + '/channelType', 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v2));
      }
    }
    $checkStringProperty(e, p, v, 'from', v['from']);
    $checkStringProperty(e, p, v, 'to', v['to']);
    $checkDateTimeProperty(e, p, v, 'receivedTimestamp', v['receivedTimestamp']);
    const v4 = v['error'];
    if ($has(e, p, v, 'error', v4)) {
      $checkAdvancedMessageChannelEventError(v4, p + '/error', e, s);
    }
    $checkStringProperty(e, p, v, 'messageId', v['messageId'], true);
    $checkStringProperty(e, p, v, 'messageType', v['messageType']);
    $checkStringProperty(e, p, v, 'content', v['content'], true);
    const v6 = v['media'];
    if ($has(e, p, v, 'media', v6)) {
      $checkAdvancedMessageMediaContent(v6, p + '/media', e, s);
    }
    const v8 = v['context'];
    if ($has(e, p, v, 'context', v8)) {
      $checkAdvancedMessageContext(v8, p + '/context', e, s);
    }
    const v10 = v['button'];
    if ($has(e, p, v, 'button', v10)) {
      $checkAdvancedMessageButtonContent(v10, p + '/button', e, s);
    }
    const v12 = v['interactive'];
    if ($has(e, p, v, 'interactive', v12)) {
      $checkAdvancedMessageInteractiveContent(v12, p + '/interactive', e, s);
    }
    const v14 = v['reaction'];
    if ($has(e, p, v, 'reaction', v14)) {
      $checkAdvancedMessageReactionContent(v14, p + '/reaction', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'channelType',
        'from',
        'to',
        'receivedTimestamp',
        'error',
        'messageId',
        'messageType',
        'content',
        'media',
        'context',
        'button',
        'interactive',
        'reaction',
      ]);
    }
  }
}
