/**
 * Check sample payloads against an event's (curated) data schema with the catalog's Ajv set-up, shared
 * definitions available as `#/$defs/Name`. Returns one message per disagreement.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { newDataSchemaAjv } from '../model/data-schema-ajv.ts';
import { parsePointer } from '../model/json-patch.ts';
import type { JsonSchema, RawDefinition } from '../model/catalog-model.ts';

export interface SchemaProblem {
  /** `data.participants[0].displayName` style path into the event. */
  path: string;
  message: string;
}

export class SampleValidator {
  private readonly ajv = newDataSchemaAjv({ allErrors: true });
  private readonly defs: Record<string, unknown>;

  constructor(definitions: Record<string, RawDefinition>) {
    this.defs = Object.fromEntries(Object.entries(definitions).map(([name, d]) => [name, d.schema]));
  }

  /** Compile an event's data schema (throws with Ajv's message when the schema itself is invalid). */
  compile(schema: JsonSchema): (data: unknown) => SchemaProblem[] {
    const validate: ValidateFunction = this.ajv.compile({ ...schema, $defs: this.defs });
    return (data) => (validate(data) ? [] : (validate.errors ?? []).filter(isCause).map(toProblem));
  }
}

/**
 * A nullable `anyOf: [X, { type: 'null' }]` that fails reports X's error, "must be null" and "must
 * match a schema in anyOf"; only the first says what is wrong.
 */
function isCause(error: ErrorObject): boolean {
  if (error.keyword === 'anyOf') return false;
  return !(error.keyword === 'type' && (error.params as { type?: unknown }).type === 'null');
}

function toProblem(error: ErrorObject): SchemaProblem {
  let message = error.message ?? error.keyword;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    message += `: ${JSON.stringify(params.additionalProperty)}`;
  }
  return { path: jsonPath('data', error.instancePath), message };
}

export function jsonPath(root: string, pointer: string): string {
  if (pointer === '') return root;
  return (
    root +
    parsePointer(pointer)
      .map((t) =>
        /^\d+$/.test(t) ? `[${t}]` : /^[A-Za-z_$][\w$]*$/.test(t) ? `.${t}` : `[${JSON.stringify(t)}]`,
      )
      .join('')
  );
}
