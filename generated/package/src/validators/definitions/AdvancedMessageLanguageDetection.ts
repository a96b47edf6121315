// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageLanguageDetection } from '../../types.js';
import {
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isNumberProperty,
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
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageLanguageDetection(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AdvancedMessageLanguageDetection }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'language', v['language'], true)) return false;
  if (!$isNumberProperty(v, 'confidenceScore', v['confidenceScore'], true)) return false;
  if (!$isStringProperty(v, 'translation', v['translation'], true)) return false;
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
    $checkStringProperty(e, p, v, 'language', v['language'], true);
    $checkNumberProperty(e, p, v, 'confidenceScore', v['confidenceScore'], true);
    $checkStringProperty(e, p, v, 'translation', v['translation'], true);
    if (s) {
      $extraKeys(e, p, v, ['language', 'confidenceScore', 'translation']);
    }
  }
}

export { $isAdvancedMessageLanguageDetection, $checkAdvancedMessageLanguageDetection };
