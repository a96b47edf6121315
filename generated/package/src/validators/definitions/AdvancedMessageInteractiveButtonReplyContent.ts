// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageInteractiveButtonReplyContent } from '../../types.js';
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
 * Validates a AdvancedMessageInteractiveButtonReplyContent, reporting every error.
 *
 * The button a customer selected in an interactive message (the spec's AcsMessageInteractiveButtonReplyContent).
 */
export function validateAdvancedMessageInteractiveButtonReplyContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageInteractiveButtonReplyContent> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageInteractiveButtonReplyContent(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AdvancedMessageInteractiveButtonReplyContent }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid AdvancedMessageInteractiveButtonReplyContent.
 *
 * The button a customer selected in an interactive message (the spec's AcsMessageInteractiveButtonReplyContent).
 */
export function isAdvancedMessageInteractiveButtonReplyContent(
  value: unknown,
): value is AdvancedMessageInteractiveButtonReplyContent {
  try {
    return $isAdvancedMessageInteractiveButtonReplyContent(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageInteractiveButtonReplyContent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'id', v['id'], true)) return false;
  if (!$isStringProperty(v, 'title', v['title'], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ['id', 'title'])) return false;
  }
  return true;
}

function $checkAdvancedMessageInteractiveButtonReplyContent(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'id', v['id'], true);
    $checkStringProperty(e, p, v, 'title', v['title'], true);
    if (s) {
      $extraKeys(e, p, v, ['id', 'title']);
    }
  }
}

export {
  $isAdvancedMessageInteractiveButtonReplyContent,
  $checkAdvancedMessageInteractiveButtonReplyContent,
};
