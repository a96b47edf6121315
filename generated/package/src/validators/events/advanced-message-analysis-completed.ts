// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsAdvancedMessageAnalysisCompletedEventData } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
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
  $isAdvancedMessageChannelEventError,
  $checkAdvancedMessageChannelEventError,
} from '../definitions/AdvancedMessageChannelEventError.js';
import {
  $isAdvancedMessageLanguageDetection,
  $checkAdvancedMessageLanguageDetection,
} from '../definitions/AdvancedMessageLanguageDetection.js';

/**
 * Validates the data of a Microsoft.Communication.AdvancedMessageAnalysisCompleted event, reporting every error.
 *
 * Published when Communication Services completes an AI analysis (intent, language, key phrases) of a customer's message, for resources that opted in to message analysis. Preview; the REST API spec has no definition for it.
 */
export function validateAcsAdvancedMessageAnalysisCompletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsAdvancedMessageAnalysisCompletedEventData> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsAdvancedMessageAnalysisCompletedEventData(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsAdvancedMessageAnalysisCompletedEventData }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.AdvancedMessageAnalysisCompleted event.
 *
 * Published when Communication Services completes an AI analysis (intent, language, key phrases) of a customer's message, for resources that opted in to message analysis. Preview; the REST API spec has no definition for it.
 */
export function isAcsAdvancedMessageAnalysisCompletedEventData(
  value: unknown,
): value is AcsAdvancedMessageAnalysisCompletedEventData {
  try {
    return $isAcsAdvancedMessageAnalysisCompletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsAdvancedMessageAnalysisCompletedEventData(v: unknown, s: boolean): boolean {
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
  if (!$isStringProperty(v, 'originalMessage', v['originalMessage'], true)) return false;
  if (!$isStringProperty(v, 'intentAnalysis', v['intentAnalysis'], true)) return false;
  const v6 = v['languageDetection'];
  if ($own(v, 'languageDetection', v6)) {
    if (!$isAdvancedMessageLanguageDetection(v6, s)) return false;
  }
  const v8 = v['extractedKeyPhrases'];
  if ($own(v, 'extractedKeyPhrases', v8)) {
    if (!Array.isArray(v8)) return false;
    const a9 = v8 as unknown[];
    for (let i10 = 0; i10 < a9.length; i10++) {
      const v11 = a9[i10];
      if (typeof v11 !== 'string') return false;
    }
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'channelType',
        'from',
        'to',
        'receivedTimestamp',
        'error',
        'originalMessage',
        'intentAnalysis',
        'languageDetection',
        'extractedKeyPhrases',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsAdvancedMessageAnalysisCompletedEventData(
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
    $checkStringProperty(e, p, v, 'originalMessage', v['originalMessage'], true);
    $checkStringProperty(e, p, v, 'intentAnalysis', v['intentAnalysis'], true);
    const v6 = v['languageDetection'];
    if ($has(e, p, v, 'languageDetection', v6)) {
      $checkAdvancedMessageLanguageDetection(v6, p + '/languageDetection', e, s);
    }
    const v8 = v['extractedKeyPhrases'];
    if ($has(e, p, v, 'extractedKeyPhrases', v8)) {
      if (!Array.isArray(v8)) {
        $fail(e, p + '/extractedKeyPhrases', 'must be an array', 'array', $type(v8));
      } else {
        const a9 = v8 as unknown[];
        for (let i10 = 0; i10 < a9.length; i10++) {
          const v11 = a9[i10];
          if (typeof v11 !== 'string') {
            $fail(e, p + '/extractedKeyPhrases/' + i10, 'must be a string', 'string', $type(v11));
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'channelType',
        'from',
        'to',
        'receivedTimestamp',
        'error',
        'originalMessage',
        'intentAnalysis',
        'languageDetection',
        'extractedKeyPhrases',
      ]);
    }
  }
}
