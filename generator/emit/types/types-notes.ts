/**
 * What a schema says beyond its TypeScript type, as JSDoc paragraphs (raw catalog text: callers
 * escape it): the documented values of an enum, what a number or duration format means on the wire,
 * and the property a discriminated union is told apart by.
 */
import type { JsonSchema } from '../../model/catalog-model.ts';
import type { Definitions } from '../../model/schema-refs.ts';
import { appliedFormat, discriminated, enumShape, FORMAT_MEANINGS } from '../../model/schema-shapes.ts';

export function schemaNotes(schema: JsonSchema, definitions: Definitions): string[] {
  const notes: string[] = [];
  const values = enumShape(schema);
  if (values !== undefined && (values.open || values.values.some((value) => value.description))) {
    const lines = values.values.map(({ value, description }) =>
      description === undefined ? `- \`${String(value)}\`` : `- \`${String(value)}\`: ${description}`,
    );
    notes.push(
      [values.open ? 'Known values (the service may send others):' : 'One of:', ...lines].join('\n'),
    );
  }
  const format = appliedFormat(schema);
  const meaning = format === undefined ? undefined : FORMAT_MEANINGS[format];
  if (meaning !== undefined) notes.push(`Format ${format}: ${meaning}.`);
  const union = discriminated(schema, definitions);
  if (union !== undefined) notes.push(`Discriminated by \`${union.property}\`.`);
  return notes;
}
