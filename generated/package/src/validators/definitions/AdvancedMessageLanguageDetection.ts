// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageLanguageDetection } from '../../types.js';
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
  $checkStringProperty,
  $checkNumberProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates a AdvancedMessageLanguageDetection, reporting every error.
 *
 * The language detected in a customer's message, by the (preview) message analysis (the docs' LanguageDetection; the REST API spec has no definition for it).
 */
export function validateAdvancedMessageLanguageDetection(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageLanguageDetection> {
  return $validate<AdvancedMessageLanguageDetection>(
    $isAdvancedMessageLanguageDetection,
    $checkAdvancedMessageLanguageDetection,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageLanguageDetection.
 *
 * The language detected in a customer's message, by the (preview) message analysis (the docs' LanguageDetection; the REST API spec has no definition for it).
 */
export function isAdvancedMessageLanguageDetection(
  value: unknown,
): value is AdvancedMessageLanguageDetection {
  try {
    return $isAdvancedMessageLanguageDetection(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageLanguageDetection(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['language'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('language' in r1) || $hasOwn.call(v, 'language')))
    return false;
  const v3 = v['confidenceScore'];
  if (
    (typeof v3 !== 'number' || !Number.isFinite(v3)) &&
    v3 !== undefined &&
    (!('confidenceScore' in r1) || $hasOwn.call(v, 'confidenceScore'))
  )
    return false;
  const v4 = v['translation'];
  if (
    typeof v4 !== 'string' &&
    v4 !== undefined &&
    (!('translation' in r1) || $hasOwn.call(v, 'translation'))
  )
    return false;
  if (s) {
    if (!$onlyKeys(v, ['language', 'confidenceScore', 'translation'])) return false;
  }
  return true;
}

function $checkAdvancedMessageLanguageDetection(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'language' in r1 && v, 'language', v['language'], true);
    $checkNumberProperty(e, p, 'confidenceScore' in r1 && v, 'confidenceScore', v['confidenceScore'], true);
    $checkStringProperty(e, p, 'translation' in r1 && v, 'translation', v['translation'], true);
    if (s) {
      $extraKeys(e, p, v, ['language', 'confidenceScore', 'translation']);
    }
  }
}

export { $isAdvancedMessageLanguageDetection, $checkAdvancedMessageLanguageDetection };
