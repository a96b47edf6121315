// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { MicrosoftTeamsUserIdentifier } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $fail,
  $validate,
  $checkStringProperty,
  $checkBooleanProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates a MicrosoftTeamsUserIdentifier, reporting every error.
 *
 * A Microsoft Teams user (not seen in the docs samples; Azure SDK shape).
 */
export function validateMicrosoftTeamsUserIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<MicrosoftTeamsUserIdentifier> {
  return $validate<MicrosoftTeamsUserIdentifier>(
    $isMicrosoftTeamsUserIdentifier,
    $checkMicrosoftTeamsUserIdentifier,
    value,
    options,
  );
}

/**
 * Whether a value is a valid MicrosoftTeamsUserIdentifier.
 *
 * A Microsoft Teams user (not seen in the docs samples; Azure SDK shape).
 */
export function isMicrosoftTeamsUserIdentifier(value: unknown): value is MicrosoftTeamsUserIdentifier {
  try {
    return $isMicrosoftTeamsUserIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isMicrosoftTeamsUserIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['userId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('userId' in r1 && !$hasOwn.call(v, 'userId'))) return false;
  const v3 = v['isAnonymous'];
  if (
    typeof v3 !== 'boolean' &&
    v3 !== undefined &&
    (!('isAnonymous' in r1) || $hasOwn.call(v, 'isAnonymous'))
  )
    return false;
  const v4 = v['cloud'];
  if (v4 !== undefined && (!('cloud' in r1) || $hasOwn.call(v, 'cloud'))) {
    if (typeof v4 !== 'string') return false;
    if (v4 !== 'public' && v4 !== 'dod' && v4 !== 'gcch') return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['userId', 'isAnonymous', 'cloud'])) return false;
  }
  return true;
}

function $checkMicrosoftTeamsUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'userId' in r1 && v, 'userId', v['userId']);
    $checkBooleanProperty(e, p, 'isAnonymous' in r1 && v, 'isAnonymous', v['isAnonymous'], true);
    const v2 = v['cloud'];
    if ($has(e, p, 'cloud' in r1 && v, 'cloud', v2)) {
      if (typeof v2 !== 'string') {
        $fail(e, p + '/cloud', 'must be a string', 'string', $type(v2));
      } else {
        if (v2 !== 'public' && v2 !== 'dod' && v2 !== 'gcch') {
          $fail(
            e,
            p + '/cloud',
            'must be one of "public" | "dod" | "gcch"',
            '"public" | "dod" | "gcch"',
            $show(v2),
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['userId', 'isAnonymous', 'cloud']);
    }
  }
}

export { $isMicrosoftTeamsUserIdentifier, $checkMicrosoftTeamsUserIdentifier };
