// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { MicrosoftTeamsAppIdentifier } from '../../types.js';
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
  return $validate<MicrosoftTeamsAppIdentifier>(
    $isMicrosoftTeamsAppIdentifier,
    $checkMicrosoftTeamsAppIdentifier,
    value,
    options,
  );
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
  const v2 = v['appId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('appId' in r1 && !$hasOwn.call(v, 'appId'))) return false;
  const v3 = v['cloud'];
  if (v3 !== undefined && (!('cloud' in r1) || $hasOwn.call(v, 'cloud'))) {
    if (typeof v3 !== 'string') return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['appId', 'cloud'])) return false;
  }
  return true;
}

function $checkMicrosoftTeamsAppIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'appId' in r1 && v, 'appId', v['appId']);
    const v2 = v['cloud'];
    if ($has(e, p, 'cloud' in r1 && v, 'cloud', v2)) {
      if (typeof v2 !== 'string') {
        $fail(
          e,
          p + '/cloud',
          'must be one of "public" | "dod" | "gcch" | string',
          '"public" | "dod" | "gcch" | string',
          $show(v2),
        );
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['appId', 'cloud']);
    }
  }
}

export { $isMicrosoftTeamsAppIdentifier, $checkMicrosoftTeamsAppIdentifier };
