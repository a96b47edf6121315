// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageInteractiveButtonReplyContent } from '../../types.js';
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
 * Validates a AdvancedMessageInteractiveButtonReplyContent, reporting every error.
 *
 * The button a customer selected in an interactive message (the spec's AcsMessageInteractiveButtonReplyContent).
 */
export function validateAdvancedMessageInteractiveButtonReplyContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageInteractiveButtonReplyContent> {
  return $validate<AdvancedMessageInteractiveButtonReplyContent>(
    $isAdvancedMessageInteractiveButtonReplyContent,
    $checkAdvancedMessageInteractiveButtonReplyContent,
    value,
    options,
  );
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
  const v2 = v['id'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('id' in r1) || $hasOwn.call(v, 'id'))) return false;
  const v3 = v['title'];
  if (typeof v3 !== 'string' && v3 !== undefined && (!('title' in r1) || $hasOwn.call(v, 'title')))
    return false;
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
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id'], true);
    $checkStringProperty(e, p, 'title' in r1 && v, 'title', v['title'], true);
    if (s) {
      $extraKeys(e, p, v, ['id', 'title']);
    }
  }
}

export {
  $isAdvancedMessageInteractiveButtonReplyContent,
  $checkAdvancedMessageInteractiveButtonReplyContent,
};
