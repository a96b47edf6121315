/**
 * The accepted wire forms in the emitted JSON Schema, so that a JSON Schema validator accepts what
 * the package's validators accept (model/wire-forms.ts): a variant name becomes a declared property
 * (`deprecated`, never both names at once), a variant digit string an `anyOf` branch of its integer,
 * and a doc-error name a property that may not be present. The schemas are changed in place: call it
 * on copies. Applying the same form twice (events sharing a definition, in the bundle) changes nothing.
 */
import type { JsonSchema, SchemaNode } from '../../model/catalog-model.ts';
import { DIGIT_STRING, declaringSchema, type WireForm } from '../../model/wire-forms.ts';

export function applyWireForms(
  data: SchemaNode,
  definitions: Readonly<Record<string, SchemaNode>>,
  forms: readonly WireForm[],
): void {
  const lookup = new Map(Object.entries(definitions) as [string, JsonSchema][]);
  for (const form of forms) {
    const found = declaringSchema(data, lookup, form.parent, form.name);
    // Internal assertion: the checker resolved every form against the same schemas.
    if (!found.ok) throw new Error(`emit-json-schema: wire form of ${form.erratum}: ${found.message}`);
    const holder = found.holder as SchemaNode & { properties: Record<string, SchemaNode> };
    const note = `${form.decision === 'variant' ? 'A documented variant' : 'A documentation error'} (erratum ${form.erratum})`;
    // A doc error in a value is rejected by the canonical schema already.
    if (form.published === 'dotnet-date-time') continue;
    if (form.published === 'digit-string') {
      if (form.decision === 'doc-error' || isDigitUnion(holder.properties[form.name]!)) continue;
      const { description, ...canonical } = holder.properties[form.name]!;
      holder.properties[form.name] = {
        ...(description === undefined ? {} : { description }),
        anyOf: [
          canonical,
          {
            type: 'string',
            pattern: DIGIT_STRING.source,
            deprecated: true,
            description: `${note}: the number as a string of digits.`,
          },
        ],
      };
      continue;
    }
    const published = form.published.name;
    if (Object.hasOwn(holder.properties, published)) continue;
    if (form.decision === 'doc-error') {
      holder.properties[published] = { description: `${note}: did you mean ${form.name}?`, not: {} };
      continue;
    }
    const { description: _, ...canonical } = holder.properties[form.name]!;
    holder.properties[published] = {
      ...canonical,
      deprecated: true,
      description: `${note} of ${form.name}.`,
    };
    // Ajv's strictRequired wants every required name declared beside it, even inside `not`.
    const both = { properties: { [form.name]: true, [published]: true }, required: [form.name, published] };
    const constraints: SchemaNode[] = [{ not: both }];
    const requiring = found.all.find((object) => object.required?.includes(form.name)) as
      SchemaNode | undefined;
    if (requiring) {
      requiring.required = (requiring.required as string[]).filter((name) => name !== form.name);
      constraints.push({ anyOf: [{ required: [form.name] }, { required: [published] }] });
    }
    holder.allOf = [...((holder.allOf as SchemaNode[] | undefined) ?? []), ...constraints];
  }
}

function isDigitUnion(schema: SchemaNode): boolean {
  const branches = schema.anyOf as SchemaNode[] | undefined;
  return branches?.some((branch) => branch.pattern === DIGIT_STRING.source) ?? false;
}
