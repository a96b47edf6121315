// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageInteractiveListReplyContent } from '../../types.js';
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
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
  return $validate<AdvancedMessageInteractiveListReplyContent>(
    $isAdvancedMessageInteractiveListReplyContent,
    $checkAdvancedMessageInteractiveListReplyContent,
    value,
    options,
  );
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
  const v2 = v['id'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('id' in r1) || $hasOwn.call(v, 'id'))) return false;
  const v3 = v['title'];
  if (typeof v3 !== 'string' && v3 !== undefined && (!('title' in r1) || $hasOwn.call(v, 'title')))
    return false;
  const v4 = v['description'];
  if (
    typeof v4 !== 'string' &&
    v4 !== undefined &&
    (!('description' in r1) || $hasOwn.call(v, 'description'))
  )
    return false;
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
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id'], true);
    $checkStringProperty(e, p, 'title' in r1 && v, 'title', v['title'], true);
    $checkStringProperty(e, p, 'description' in r1 && v, 'description', v['description'], true);
    if (s) {
      $extraKeys(e, p, v, ['id', 'title', 'description']);
    }
  }
}

export { $isAdvancedMessageInteractiveListReplyContent, $checkAdvancedMessageInteractiveListReplyContent };
