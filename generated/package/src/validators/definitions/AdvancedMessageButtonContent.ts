// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageButtonContent } from '../../types.js';
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
 * Validates a AdvancedMessageButtonContent, reporting every error.
 *
 * The template button a customer selected (the spec's AcsMessageButtonContent; the docs' ButtonContent).
 */
export function validateAdvancedMessageButtonContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageButtonContent> {
  return $validate<AdvancedMessageButtonContent>(
    $isAdvancedMessageButtonContent,
    $checkAdvancedMessageButtonContent,
    value,
    options,
  );
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
  const v2 = v['text'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('text' in r1) || $hasOwn.call(v, 'text')))
    return false;
  const v3 = v['payload'];
  if (typeof v3 !== 'string' && v3 !== undefined && (!('payload' in r1) || $hasOwn.call(v, 'payload')))
    return false;
  if (s) {
    if (!$onlyKeys(v, ['text', 'payload'])) return false;
  }
  return true;
}

function $checkAdvancedMessageButtonContent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'text' in r1 && v, 'text', v['text'], true);
    $checkStringProperty(e, p, 'payload' in r1 && v, 'payload', v['payload'], true);
    if (s) {
      $extraKeys(e, p, v, ['text', 'payload']);
    }
  }
}

export { $isAdvancedMessageButtonContent, $checkAdvancedMessageButtonContent };
