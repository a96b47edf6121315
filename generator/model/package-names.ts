/**
 * The names the package declares beside the catalog's own: no event or definition may take one. The
 * emitters declare them (types, validators); the checker keeps catalog names off them.
 */

/** Declarations emit-types adds after the data types. */
export const ENVELOPE_NAMES = [
  'EventGridEvent',
  'CloudEvent',
  'AcsEventDataMap',
  'AcsEventType',
  'AcsEvent',
  'AcsCloudEvent',
  'acsEventTypes',
] as const;

/**
 * The root schema's name while json-schema-to-typescript wrote types.ts; still reserved, so a catalog
 * valid before stays valid and one valid now was valid before.
 */
export const TYPES_ROOT_NAME = 'AcsCatalogTypesRoot';

/** The validators module's own public names. */
export const VALIDATOR_API_NAMES = [
  'ValidationError',
  'ValidationResult',
  'ValidateOptions',
  'dataValidators',
  'dataGuards',
] as const;

/** Every name above: what a catalog name must never be. */
export const PACKAGE_OWN_NAMES: ReadonlySet<string> = new Set([
  ...ENVELOPE_NAMES,
  TYPES_ROOT_NAME,
  ...VALIDATOR_API_NAMES,
]);
