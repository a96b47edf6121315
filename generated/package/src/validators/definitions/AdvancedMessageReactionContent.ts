// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageReactionContent } from '../../types.js';
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
 * Validates a AdvancedMessageReactionContent, reporting every error.
 *
 * An emoji reaction to a business message (the spec's AcsMessageReactionContent; the docs' ReactionContent).
 */
export function validateAdvancedMessageReactionContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageReactionContent> {
  return $validate<AdvancedMessageReactionContent>(
    $isAdvancedMessageReactionContent,
    $checkAdvancedMessageReactionContent,
    value,
    options,
  );
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
  const v2 = v['messageId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v3 = v['emoji'];
  if (typeof v3 !== 'string' && v3 !== undefined && (!('emoji' in r1) || $hasOwn.call(v, 'emoji')))
    return false;
  if (s) {
    if (!$onlyKeys(v, ['messageId', 'emoji'])) return false;
  }
  return true;
}

function $checkAdvancedMessageReactionContent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, 'emoji' in r1 && v, 'emoji', v['emoji'], true);
    if (s) {
      $extraKeys(e, p, v, ['messageId', 'emoji']);
    }
  }
}

export { $isAdvancedMessageReactionContent, $checkAdvancedMessageReactionContent };
