// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { MicrosoftTeamsUserIdentifier } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isBooleanProperty,
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
  const errors = $errors(options?.maxErrors);
  try {
    $checkMicrosoftTeamsUserIdentifier(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as MicrosoftTeamsUserIdentifier }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'userId', v['userId'])) return false;
  if (!$isBooleanProperty(v, 'isAnonymous', v['isAnonymous'], true)) return false;
  const v1 = v['cloud'];
  if ($own(v, 'cloud', v1)) {
    if (typeof v1 !== 'string') return false;
    if (v1 !== 'public' && v1 !== 'dod' && v1 !== 'gcch') return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['userId', 'isAnonymous', 'cloud'])) return false;
  }
  return true;
}

function $checkMicrosoftTeamsUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'userId', v['userId']);
    $checkBooleanProperty(e, p, v, 'isAnonymous', v['isAnonymous'], true);
    const v1 = v['cloud'];
    if ($has(e, p, v, 'cloud', v1)) {
      if (typeof v1 !== 'string') {
        $fail(e, p + '/cloud', 'must be a string', 'string', $type(v1));
      } else {
        if (v1 !== 'public' && v1 !== 'dod' && v1 !== 'gcch') {
          $fail(
            e,
            p + '/cloud',
            'must be one of "public" | "dod" | "gcch"',
            '"public" | "dod" | "gcch"',
            $show(v1),
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
