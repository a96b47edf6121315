// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageButtonContent } from '../../types.js';
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
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates a AdvancedMessageButtonContent, reporting every error.
 *
 * The template button a customer selected (the spec's AcsMessageButtonContent; the docs' ButtonContent).
 */
export function validateAdvancedMessageButtonContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageButtonContent> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageButtonContent(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AdvancedMessageButtonContent }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid AdvancedMessageButtonContent.
 *
 * The template button a customer selected (the spec's AcsMessageButtonContent; the docs' ButtonContent).
 */
export function isAdvancedMessageButtonContent(value: unknown): value is AdvancedMessageButtonContent {
  try {
    return $isAdvancedMessageButtonContent(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageButtonContent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'text', v['text'], true)) return false;
  if (!$isStringProperty(v, 'payload', v['payload'], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ['text', 'payload'])) return false;
  }
  return true;
}

function $checkAdvancedMessageButtonContent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'text', v['text'], true);
    $checkStringProperty(e, p, v, 'payload', v['payload'], true);
    if (s) {
      $extraKeys(e, p, v, ['text', 'payload']);
    }
  }
}

export { $isAdvancedMessageButtonContent, $checkAdvancedMessageButtonContent };
