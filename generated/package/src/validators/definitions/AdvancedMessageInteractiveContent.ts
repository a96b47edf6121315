// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageInteractiveContent } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $errors,
  $fail,
  $caught,
  $reported,
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
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageInteractiveContent(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as AdvancedMessageInteractiveContent }
    : { ok: false, errors: $reported(errors) };
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
  const v1 = v['type'];
  if ($own(v, 'type', v1)) {
    if (typeof v1 !== 'string') return false;
  }
  const v3 = v['buttonReply'];
  if ($own(v, 'buttonReply', v3)) {
    if (!$isAdvancedMessageInteractiveButtonReplyContent(v3, s)) return false;
  }
  const v5 = v['listReply'];
  if ($own(v, 'listReply', v5)) {
    if (!$isAdvancedMessageInteractiveListReplyContent(v5, s)) return false;
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
    const v1 = v['type'];
    if ($has(e, p, v, 'type', v1)) {
      if (typeof v1 !== 'string') {
        $fail(
          e,
          p + '/type',
          'must be one of "buttonReply" | "listReply" | "unknown" | string',
          '"buttonReply" | "listReply" | "unknown" | string',
          $show(v1),
        );
      }
    }
    const v3 = v['buttonReply'];
    if ($has(e, p, v, 'buttonReply', v3)) {
      $checkAdvancedMessageInteractiveButtonReplyContent(v3, p + '/buttonReply', e, s);
    }
    const v5 = v['listReply'];
    if ($has(e, p, v, 'listReply', v5)) {
      $checkAdvancedMessageInteractiveListReplyContent(v5, p + '/listReply', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['type', 'buttonReply', 'listReply']);
    }
  }
}

export { $isAdvancedMessageInteractiveContent, $checkAdvancedMessageInteractiveContent };
