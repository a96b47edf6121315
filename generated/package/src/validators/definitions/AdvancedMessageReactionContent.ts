// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageReactionContent } from '../../types.js';
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
 * Validates a AdvancedMessageReactionContent, reporting every error.
 *
 * An emoji reaction to a business message (the spec's AcsMessageReactionContent; the docs' ReactionContent).
 */
export function validateAdvancedMessageReactionContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageReactionContent> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageReactionContent(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AdvancedMessageReactionContent }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid AdvancedMessageReactionContent.
 *
 * An emoji reaction to a business message (the spec's AcsMessageReactionContent; the docs' ReactionContent).
 */
export function isAdvancedMessageReactionContent(value: unknown): value is AdvancedMessageReactionContent {
  try {
    return $isAdvancedMessageReactionContent(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageReactionContent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  if (!$isStringProperty(v, 'emoji', v['emoji'], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ['messageId', 'emoji'])) return false;
  }
  return true;
}

function $checkAdvancedMessageReactionContent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, v, 'emoji', v['emoji'], true);
    if (s) {
      $extraKeys(e, p, v, ['messageId', 'emoji']);
    }
  }
}

export { $isAdvancedMessageReactionContent, $checkAdvancedMessageReactionContent };
