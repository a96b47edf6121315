// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageMediaContent } from '../../types.js';
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
  $checkStringProperty,
  $checkBooleanProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates a AdvancedMessageMediaContent, reporting every error.
 *
 * Media (image, document, sticker …) in a received message (the spec's AcsMessageMediaContent; the docs' MediaContent).
 */
export function validateAdvancedMessageMediaContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageMediaContent> {
  return $validate<AdvancedMessageMediaContent>(
    $isAdvancedMessageMediaContent,
    $checkAdvancedMessageMediaContent,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageMediaContent.
 *
 * Media (image, document, sticker …) in a received message (the spec's AcsMessageMediaContent; the docs' MediaContent).
 */
export function isAdvancedMessageMediaContent(value: unknown): value is AdvancedMessageMediaContent {
  try {
    return $isAdvancedMessageMediaContent(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageMediaContent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['mimeType'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('mimeType' in r1 && !$hasOwn.call(v, 'mimeType'))) return false;
  const v3 = v['id'];
  if (typeof v3 !== 'string' || ('id' in r1 && !$hasOwn.call(v, 'id'))) return false;
  const v4 = v['fileName'];
  if (typeof v4 !== 'string' && v4 !== undefined && (!('fileName' in r1) || $hasOwn.call(v, 'fileName')))
    return false;
  const v5 = v['caption'];
  if (typeof v5 !== 'string' && v5 !== undefined && (!('caption' in r1) || $hasOwn.call(v, 'caption')))
    return false;
  const v6 = v['animated'];
  if (typeof v6 !== 'boolean' && v6 !== undefined && (!('animated' in r1) || $hasOwn.call(v, 'animated')))
    return false;
  if (s) {
    if (!$onlyKeys(v, ['mimeType', 'id', 'fileName', 'caption', 'animated'])) return false;
  }
  return true;
}

function $checkAdvancedMessageMediaContent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'mimeType' in r1 && v, 'mimeType', v['mimeType']);
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id']);
    $checkStringProperty(e, p, 'fileName' in r1 && v, 'fileName', v['fileName'], true);
    $checkStringProperty(e, p, 'caption' in r1 && v, 'caption', v['caption'], true);
    $checkBooleanProperty(e, p, 'animated' in r1 && v, 'animated', v['animated'], true);
    if (s) {
      $extraKeys(e, p, v, ['mimeType', 'id', 'fileName', 'caption', 'animated']);
    }
  }
}

export { $isAdvancedMessageMediaContent, $checkAdvancedMessageMediaContent };
