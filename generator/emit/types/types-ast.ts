/**
 * The type of every schema types.ts declares, read as json-schema-to-typescript 16 reads the
 * schemas types-schema.ts prepares (its normalizer, the kinds it matches a schema to, its parser
 * and its optimizer), for the keywords those schemas hold. types.ts had been that library's output
 * (reformatted by prettier); reading the schemas here keeps every declaration as it was and takes
 * the library, and the prettier it imports, off the generate path. types-print.ts lays the result out.
 */

/** A schema as types-schema.ts prepares it: the catalog's keywords, plus the names and idioms it adds. */
export interface TypeSchema {
  /** The declaration's name (top-level schemas only). */
  title?: string;
  /** A type given outright (a reference to a shared definition, a documented enum…): json-schema-to-typescript's `tsType`. */
  tsType?: Ast;
  type?: string | string[];
  description?: string;
  deprecated?: boolean;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, TypeSchema>;
  required?: string[];
  additionalProperties?: boolean | TypeSchema;
  items?: TypeSchema;
  anyOf?: TypeSchema[];
  oneOf?: TypeSchema[];
  allOf?: TypeSchema[];
  /** The bases of an interface (`interface X extends A, B`). */
  extends?: TypeSchema[];
}

interface Common {
  comment?: string;
  deprecated?: boolean;
  /** Set on a declaration: elsewhere it is printed as this name. */
  standaloneName?: string;
}

export interface Param {
  key: string;
  ast: Ast;
  required: boolean;
  indexSignature: boolean;
}

export type Ast = Common &
  (
    | {
        type: 'ANY' | 'UNKNOWN' | 'STRING' | 'NUMBER' | 'BOOLEAN' | 'NULL' | 'NEVER' | 'OBJECT' | 'UNDEFINED';
      }
    | { type: 'LITERAL'; value: unknown }
    /** A name written as is (a shared definition's), or `globalThis.Object` indexed by the key `index`. */
    | { type: 'REFERENCE'; name: string; index?: string }
    /** A `tsType`: printed as its shape, compared (when unions drop repeats) as the library's text of it. */
    | { type: 'CUSTOM_TYPE'; shape: Ast; text: string }
    | { type: 'ARRAY'; element: Ast }
    | { type: 'UNION' | 'INTERSECTION'; members: Ast[] }
    | { type: 'INTERFACE'; params: Param[]; superTypes: Ast[] }
  );

const UNKNOWN: Ast = { type: 'UNKNOWN' };

/** The types of the named schemas, each parsed once, so that a base shared by several interfaces is one node. */
export class TypeReader {
  readonly #parsed = new Map<TypeSchema, Ast>();

  read(schema: TypeSchema): Ast {
    let ast = this.#parsed.get(schema);
    if (ast === undefined) {
      ast = optimize(this.#parse(normalized(schema)));
      this.#parsed.set(schema, ast);
    }
    return ast;
  }

  #parse(schema: TypeSchema): Ast {
    if (schema.tsType !== undefined) return { ...this.#common(schema), ...schema.tsType };
    const kinds = kindsOf(schema);
    if (kinds.length === 1) return this.#parseAs(schema, kinds[0]!);
    // Several kinds: an intersection of the schema read as each (allOf's members first).
    const { description, title, allOf, ...rest } = schema;
    const members = (allOf ?? []).map((member) => this.#member(member)).filter((ast) => ast !== undefined);
    for (const kind of kinds.filter((k) => k !== 'ALL_OF')) members.push(this.#parseAs(rest, kind));
    return { comment: description, standaloneName: title, type: 'INTERSECTION', members };
  }

  #common(schema: TypeSchema): Common {
    return { comment: schema.description, deprecated: schema.deprecated, standaloneName: schema.title };
  }

  /** An allOf member; one that states nothing but leaves an empty open object is dropped. */
  #member(schema: TypeSchema): Ast | undefined {
    const ast = this.#sub(schema);
    const recognized = Object.keys(schema).some((key) => RECOGNIZED_ALL_OF_KEYWORDS.has(key));
    return !recognized && isVacuousInterface(ast) ? undefined : ast;
  }

  #sub(schema: TypeSchema): Ast {
    return this.#parse(normalized(schema));
  }

  #parseAs(schema: TypeSchema, kind: Kind): Ast {
    const common = this.#common(schema);
    switch (kind) {
      case 'ALL_OF':
        return {
          ...common,
          type: 'INTERSECTION',
          members: filterDefined(schema.allOf!, (m) => this.#member(m)),
        };
      case 'ANY':
        return { ...common, type: 'UNKNOWN' };
      case 'ANY_OF':
        return { ...common, type: 'UNION', members: schema.anyOf!.map((m) => this.#sub(m)) };
      case 'ONE_OF':
        return { ...common, type: 'UNION', members: schema.oneOf!.map((m) => this.#sub(m)) };
      case 'BOOLEAN':
      case 'NULL':
      case 'NUMBER':
      case 'STRING':
      case 'OBJECT':
        return { ...common, type: kind };
      case 'TYPED_ARRAY':
        return { ...common, type: 'ARRAY', element: this.#sub(schema.items!) };
      case 'UNTYPED_ARRAY':
        return { ...common, type: 'ARRAY', element: UNKNOWN };
      case 'TYPE_LIST': {
        const { description: _d, title: _t, ...rest } = schema;
        const members = (schema.type as string[]).map((type) => this.#parse({ ...rest, type }));
        return { ...common, type: 'UNION', members };
      }
      case 'ENUM':
        return {
          ...common,
          type: 'UNION',
          members: schema.enum!.map((value) => ({ type: 'LITERAL', value })),
        };
      case 'SCHEMA':
        return {
          ...common,
          type: 'INTERFACE',
          params: this.#params(schema),
          superTypes: (schema.extends ?? []).map((base) => this.read(base)),
        };
    }
  }

  /** parseSchema: the properties, then the index signature (unless additionalProperties is false). */
  #params(schema: TypeSchema): Param[] {
    const params: Param[] = Object.entries(schema.properties ?? {}).map(([key, value]) => ({
      key,
      ast: this.#sub(value),
      required: (schema.required ?? []).includes(key),
      indexSignature: false,
    }));
    const extra = schema.additionalProperties;
    if (extra === false) return params;
    const ast = typeof extra === 'object' ? this.#sub(extra) : UNKNOWN;
    return [...params, { key: '[k: string]', ast, required: true, indexSignature: true }];
  }
}

function filterDefined<T, U>(items: readonly T[], map: (item: T) => U | undefined): U[] {
  return items.map(map).filter((item): item is U => item !== undefined);
}

const RECOGNIZED_ALL_OF_KEYWORDS = new Set([
  'additionalProperties',
  'allOf',
  'anyOf',
  'const',
  'enum',
  'extends',
  'items',
  'oneOf',
  'properties',
  'required',
  'tsType',
  'type',
]);

function isVacuousInterface(ast: Ast): boolean {
  return (
    ast.type === 'INTERFACE' &&
    ast.standaloneName === undefined &&
    ast.comment === undefined &&
    !ast.deprecated &&
    ast.superTypes.length === 0 &&
    ast.params.length === 1 &&
    ast.params[0]!.indexSignature &&
    (ast.params[0]!.ast.type === 'ANY' || ast.params[0]!.ast.type === 'UNKNOWN')
  );
}

/** The library's normalizer, for these keywords: const as a one-value enum, defaults of object schemas. */
function normalized(schema: TypeSchema): TypeSchema {
  const out: TypeSchema = { ...schema };
  if (Array.isArray(out.type) && out.type.includes('null') && (out.enum ?? []).includes(null))
    out.type = out.type.filter((type) => type !== 'null');
  if (Array.isArray(out.type) && out.type.length === 1) out.type = out.type[0];
  if (out.const !== undefined) {
    out.enum = [out.const];
    delete out.const;
  }
  const object = out.properties !== undefined || hasType(out, 'object');
  if (object) {
    out.required ??= [];
    if (!('additionalProperties' in out)) out.additionalProperties = false;
  }
  return out;
}

const hasType = (schema: TypeSchema, type: string): boolean =>
  schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));

type Kind =
  | 'ALL_OF'
  | 'ANY'
  | 'ANY_OF'
  | 'BOOLEAN'
  | 'NULL'
  | 'NUMBER'
  | 'OBJECT'
  | 'ONE_OF'
  | 'STRING'
  | 'TYPED_ARRAY'
  | 'TYPE_LIST'
  | 'ENUM'
  | 'SCHEMA'
  | 'UNTYPED_ARRAY';

/** typesOfSchema: every kind the schema matches, in the library's order; none is an object schema. */
function kindsOf(schema: TypeSchema): Kind[] {
  const { type } = schema;
  const hasEnum = schema.enum !== undefined;
  const matches: [Kind, boolean][] = [
    ['ALL_OF', schema.allOf !== undefined],
    ['ANY', Object.keys(schema).length === 0],
    ['ANY_OF', schema.anyOf !== undefined],
    ['BOOLEAN', !hasEnum && type === 'boolean'],
    ['NULL', type === 'null'],
    ['NUMBER', !hasEnum && (type === 'integer' || type === 'number')],
    [
      'OBJECT',
      type === 'object' &&
        typeof schema.additionalProperties !== 'object' &&
        !schema.allOf &&
        !schema.anyOf &&
        !schema.oneOf &&
        !schema.properties &&
        !schema.required,
    ],
    ['ONE_OF', schema.oneOf !== undefined],
    ['STRING', !hasEnum && type === 'string'],
    ['TYPED_ARRAY', (type === undefined || type === 'array') && schema.items !== undefined],
    ['TYPE_LIST', Array.isArray(type)],
    [
      'ENUM',
      hasEnum && (type === undefined || ['boolean', 'integer', 'number', 'string'].includes(type as string)),
    ],
    ['SCHEMA', (type === undefined || type === 'object') && schema.properties !== undefined],
    ['UNTYPED_ARRAY', type === 'array' && schema.items === undefined],
  ];
  const kinds = matches.filter(([, matched]) => matched).map(([kind]) => kind);
  return kinds.length === 0 ? ['SCHEMA'] : kinds;
}

/**
 * The optimizer: a union or intersection with `unknown` in it is `unknown` (an intersection drops
 * it first when anything else constrains), and repeated members (alike as printed) go.
 */
function optimize(ast: Ast): Ast {
  switch (ast.type) {
    case 'ARRAY':
      ast.element = optimize(ast.element);
      return ast;
    case 'INTERFACE':
      for (const param of ast.params) param.ast = optimize(param.ast);
      return ast;
    case 'UNION':
    case 'INTERSECTION': {
      let members = ast.members.map(optimize);
      if (ast.type === 'INTERSECTION') {
        const constrained = members.filter((m) => m.type !== 'ANY' && m.type !== 'UNKNOWN');
        if (constrained.length > 0) members = constrained;
      }
      if (members.some((m) => m.type === 'ANY')) return { type: 'ANY' };
      if (members.some((m) => m.type === 'UNKNOWN')) return UNKNOWN;
      const seen = new Set<string>();
      ast.members = members.filter((member) => {
        const text = typeText(member);
        if (seen.has(text)) return false;
        seen.add(text);
        return true;
      });
      return ast;
    }
    default:
      return ast;
  }
}

/** The library's text of a type (generateType), to tell repeated members apart. */
export function typeText(ast: Ast): string {
  if (ast.standaloneName !== undefined) return ast.standaloneName;
  switch (ast.type) {
    case 'LITERAL':
      return JSON.stringify(ast.value);
    case 'REFERENCE':
      return ast.index === undefined ? ast.name : `${ast.name}[${JSON.stringify(ast.index)}]`;
    case 'CUSTOM_TYPE':
      return ast.text;
    case 'ARRAY': {
      const element = typeText(ast.element);
      return element.endsWith('"') ? `(${element})[]` : `${element}[]`;
    }
    case 'UNION':
    case 'INTERSECTION': {
      const members = ast.members.map(typeText);
      if (members.length === 0) return ast.type === 'UNION' ? 'never' : '{\n[k: string]: unknown\n}';
      return members.length === 1 ? members[0]! : `(${members.join(ast.type === 'UNION' ? ' | ' : ' & ')})`;
    }
    case 'INTERFACE': {
      const members = ast.params.map((param) => {
        const comment = paramComment(param);
        const key = param.indexSignature || isBareKey(param.key) ? param.key : JSON.stringify(param.key);
        const head = comment === undefined ? '' : `/**\n${comment.join('\n')}\n*/\n`;
        return `${head}${key}${param.required ? '' : '?'}: ${typeText(param.ast)}`;
      });
      return `{\n${members.join('\n')}\n}`;
    }
    default:
      return ast.type.toLowerCase();
  }
}

/** Whether the library writes a property key bare (else it quotes it). */
export const isBareKey = (key: string): boolean => /^[A-Za-z_$][\w$]*$/.test(key);

/**
 * The JSDoc lines of a member (`@deprecated` first, then its description), or undefined when it has
 * none. An array's items' description is added as `Items: …` (where else could it go).
 */
export function paramComment(param: Param): string[] | undefined {
  const { comment, deprecated } = withItemsComment(param.ast);
  if ((comment === undefined || comment === '') && deprecated !== true) return undefined;
  if (param.ast.standaloneName !== undefined) return undefined;
  return [
    ...(deprecated === true ? ['@deprecated'] : []),
    ...(comment === undefined ? [] : comment.split('\n')),
  ];
}

/** withItemsComment: an array whose (anonymous) items carry a description, without block tags. */
export function withItemsComment(ast: Ast): { comment?: string; deprecated?: boolean } {
  const items = ast.type === 'ARRAY' ? ast.element : undefined;
  const comment =
    items === undefined || items.standaloneName !== undefined || items.type === 'ARRAY'
      ? undefined
      : items.comment;
  if (comment === undefined || comment === '' || /(^|\s)@\w/.test(comment))
    return { comment: ast.comment, deprecated: ast.deprecated };
  const itemsComment = `Items: ${comment}`;
  return {
    comment: ast.comment ? `${ast.comment}\n\n${itemsComment}` : itemsComment,
    deprecated: ast.deprecated,
  };
}
