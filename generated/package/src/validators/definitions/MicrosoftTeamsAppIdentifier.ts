// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { MicrosoftTeamsAppIdentifier } from '../../types.js';
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
  $isStringProperty,
  $checkStringProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates a MicrosoftTeamsAppIdentifier, reporting every error.
 *
 * A Microsoft Teams application, e.g. a Teams Voice App (not seen in the docs samples; the Azure SDK's MicrosoftTeamsAppIdentifierModel, from the external common.json the REST API spec refers to).
 */
export function validateMicrosoftTeamsAppIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<MicrosoftTeamsAppIdentifier> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkMicrosoftTeamsAppIdentifier(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as MicrosoftTeamsAppIdentifier }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid MicrosoftTeamsAppIdentifier.
 *
 * A Microsoft Teams application, e.g. a Teams Voice App (not seen in the docs samples; the Azure SDK's MicrosoftTeamsAppIdentifierModel, from the external common.json the REST API spec refers to).
 */
export function isMicrosoftTeamsAppIdentifier(value: unknown): value is MicrosoftTeamsAppIdentifier {
  try {
    return $isMicrosoftTeamsAppIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isMicrosoftTeamsAppIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'appId', v['appId'])) return false;
  const v1 = v['cloud'];
  if ($own(v, 'cloud', v1)) {
    if (typeof v1 !== 'string') return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['appId', 'cloud'])) return false;
  }
  return true;
}

function $checkMicrosoftTeamsAppIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'appId', v['appId']);
    const v1 = v['cloud'];
    if ($has(e, p, v, 'cloud', v1)) {
      if (typeof v1 !== 'string') {
        $fail(
          e,
          p + '/cloud',
          'must be one of "public" | "dod" | "gcch" | string',
          '"public" | "dod" | "gcch" | string',
          $show(v1),
        );
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['appId', 'cloud']);
    }
  }
}

export { $isMicrosoftTeamsAppIdentifier, $checkMicrosoftTeamsAppIdentifier };
