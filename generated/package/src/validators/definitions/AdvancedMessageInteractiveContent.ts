// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageInteractiveContent } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $fail,
  $validate,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import {
  $isAdvancedMessageInteractiveButtonReplyContent,
  $checkAdvancedMessageInteractiveButtonReplyContent,
} from './AdvancedMessageInteractiveButtonReplyContent.js';
import {
  $isAdvancedMessageInteractiveListReplyContent,
  $checkAdvancedMessageInteractiveListReplyContent,
} from './AdvancedMessageInteractiveListReplyContent.js';

/**
 * Validates a AdvancedMessageInteractiveContent, reporting every error.
 *
 * A customer's response to an interactive message: a button or a list item (the spec's AcsMessageInteractiveContent; the docs' InteractiveContent).
 */
export function validateAdvancedMessageInteractiveContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageInteractiveContent> {
  return $validate<AdvancedMessageInteractiveContent>(
    $isAdvancedMessageInteractiveContent,
    $checkAdvancedMessageInteractiveContent,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageInteractiveContent.
 *
 * A customer's response to an interactive message: a button or a list item (the spec's AcsMessageInteractiveContent; the docs' InteractiveContent).
 */
export function isAdvancedMessageInteractiveContent(
  value: unknown,
): value is AdvancedMessageInteractiveContent {
  try {
    return $isAdvancedMessageInteractiveContent(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageInteractiveContent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['type'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== undefined && (!('type' in r1) || $hasOwn.call(v, 'type'))) {
    if (typeof v2 !== 'string') return false;
  }
  const v5 = v['buttonReply'];
  if (v5 !== undefined && (!('buttonReply' in r1) || $hasOwn.call(v, 'buttonReply'))) {
    if (!$isAdvancedMessageInteractiveButtonReplyContent(v5, s)) return false;
  }
  const v8 = v['listReply'];
  if (v8 !== undefined && (!('listReply' in r1) || $hasOwn.call(v, 'listReply'))) {
    if (!$isAdvancedMessageInteractiveListReplyContent(v8, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['type', 'buttonReply', 'listReply'])) return false;
  }
  return true;
}

function $checkAdvancedMessageInteractiveContent(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['type'];
    if ($has(e, p, 'type' in r1 && v, 'type', v2)) {
      if (typeof v2 !== 'string') {
        $fail(
          e,
          p + '/type',
          'must be one of "buttonReply" | "listReply" | "unknown" | string',
          '"buttonReply" | "listReply" | "unknown" | string',
          $show(v2),
        );
      }
    }
    const v5 = v['buttonReply'];
    if ($has(e, p, 'buttonReply' in r1 && v, 'buttonReply', v5)) {
      $checkAdvancedMessageInteractiveButtonReplyContent(v5, p + '/buttonReply', e, s);
    }
    const v8 = v['listReply'];
    if ($has(e, p, 'listReply' in r1 && v, 'listReply', v8)) {
      $checkAdvancedMessageInteractiveListReplyContent(v8, p + '/listReply', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['type', 'buttonReply', 'listReply']);
    }
  }
}

export { $isAdvancedMessageInteractiveContent, $checkAdvancedMessageInteractiveContent };
