/** The part of Swagger 2.0 the ACS events spec uses for its definitions (plus `x-nullable`). */

export interface SwaggerEnumValue {
  value: string | number | boolean;
  description?: string;
  name?: string;
}

export interface SwaggerSchema {
  description?: string;
  type?: string;
  format?: string;
  properties?: Record<string, SwaggerSchema>;
  required?: string[];
  additionalProperties?: boolean | SwaggerSchema;
  items?: SwaggerSchema;
  enum?: (string | number | boolean)[];
  'x-ms-enum'?: { name?: string; modelAsString?: boolean; values?: SwaggerEnumValue[] };
  'x-nullable'?: boolean;
  $ref?: string;
  allOf?: SwaggerSchema[];
  [extension: string]: unknown;
}

export interface SwaggerDocument {
  swagger?: string;
  info?: { version?: string };
  definitions?: Record<string, SwaggerSchema>;
  [key: string]: unknown;
}

/** Keywords the converter reads; any other is reported as ignored, except the known annotations below. */
export const READ_KEYWORDS: ReadonlySet<string> = new Set([
  'description',
  'type',
  'format',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'x-ms-enum',
  'x-nullable',
  '$ref',
  'allOf',
]);

/** SDK-generation annotations with no bearing on the wire: client-side names and example files. */
export const IGNORED_KEYWORDS: ReadonlySet<string> = new Set(['x-ms-client-name', 'x-ms-examples']);

/** `#/definitions/AcsX` → `AcsX`; `other.json#/definitions/Y` → `{ file: 'other.json', name: 'Y' }`. */
export function parseSwaggerRef(ref: string): { file: string; name: string } | undefined {
  const match = /^([^#]*)#\/definitions\/([^/]+)$/.exec(ref);
  return match ? { file: match[1]!, name: match[2]! } : undefined;
}
