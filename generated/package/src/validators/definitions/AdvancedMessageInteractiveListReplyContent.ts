// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageInteractiveListReplyContent } from '../../types.js';
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
 * Validates a AdvancedMessageInteractiveListReplyContent, reporting every error.
 *
 * The list item a customer selected in an interactive message (the spec's AcsMessageInteractiveListReplyContent).
 */
export function validateAdvancedMessageInteractiveListReplyContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageInteractiveListReplyContent> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageInteractiveListReplyContent(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AdvancedMessageInteractiveListReplyContent }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid AdvancedMessageInteractiveListReplyContent.
 *
 * The list item a customer selected in an interactive message (the spec's AcsMessageInteractiveListReplyContent).
 */
export function isAdvancedMessageInteractiveListReplyContent(
  value: unknown,
): value is AdvancedMessageInteractiveListReplyContent {
  try {
    return $isAdvancedMessageInteractiveListReplyContent(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageInteractiveListReplyContent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'id', v['id'], true)) return false;
  if (!$isStringProperty(v, 'title', v['title'], true)) return false;
  if (!$isStringProperty(v, 'description', v['description'], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ['id', 'title', 'description'])) return false;
  }
  return true;
}

function $checkAdvancedMessageInteractiveListReplyContent(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'id', v['id'], true);
    $checkStringProperty(e, p, v, 'title', v['title'], true);
    $checkStringProperty(e, p, v, 'description', v['description'], true);
    if (s) {
      $extraKeys(e, p, v, ['id', 'title', 'description']);
    }
  }
}

export { $isAdvancedMessageInteractiveListReplyContent, $checkAdvancedMessageInteractiveListReplyContent };
