/**
 * The declarations of types.ts as prettier prints them: types-ast.ts's types laid out with the
 * type shapes of syntax/ts-type-layout.ts, members with their JSDoc, keys quoted only where needed.
 */
import { type Code, hardline, id, join, jsDocBlock, lit, memberKey, ts } from '../../syntax/ts-code.ts';
import {
  arrayType,
  interfaceHead,
  intersectionType,
  objectType,
  typeAlias,
  type TypePart,
  type UnionPlace,
  unionType,
} from '../../syntax/ts-type-layout.ts';
import { type Ast, type Param, paramComment, typeText, withItemsComment } from './types-ast.ts';

/** A type where it stands: its name when it is a declaration, else its shape. */
export function typePart(ast: Ast, place: UnionPlace): TypePart {
  if (ast.standaloneName !== undefined) return { kind: 'other', code: id(ast.standaloneName) };
  return shapePart(ast, place);
}

function shapePart(ast: Ast, place: UnionPlace): TypePart {
  switch (ast.type) {
    case 'LITERAL':
      return {
        kind: ast.value === null ? 'null' : 'other',
        code: lit(ast.value as string | number | boolean | null),
      };
    case 'REFERENCE': {
      const name = join(ast.name.split('.').map(id), ts`.`);
      return { kind: 'other', code: ast.index === undefined ? name : ts`${name}[${lit(ast.index)}]` };
    }
    case 'CUSTOM_TYPE':
      return typePart(ast.shape, place);
    case 'ARRAY':
      return { kind: 'other', code: arrayType(typePart(ast.element, 'parenthesized')) };
    case 'UNION':
      if (ast.members.length === 0) return { kind: 'other', code: ts`never` };
      if (ast.members.length === 1) return typePart(ast.members[0]!, place);
      return unionType(
        ast.members.map((member) => typePart(member, 'parenthesized')),
        place,
      );
    case 'INTERSECTION':
      if (ast.members.length === 0)
        return { kind: 'object', code: objectType([ts`[k: string]: unknown`], true) };
      if (ast.members.length === 1) return typePart(ast.members[0]!, place);
      return {
        kind: 'intersection',
        code: intersectionType(ast.members.map((member) => typePart(member, 'parenthesized'))),
      };
    case 'INTERFACE':
      return { kind: 'object', code: objectType(members(ast.params, ast.superTypes), true) };
    case 'NULL':
      return { kind: 'null', code: ts`null` };
    case 'ANY':
      return { kind: 'other', code: ts`any` };
    case 'UNKNOWN':
      return { kind: 'other', code: ts`unknown` };
    case 'STRING':
      return { kind: 'other', code: ts`string` };
    case 'NUMBER':
      return { kind: 'other', code: ts`number` };
    case 'BOOLEAN':
      return { kind: 'other', code: ts`boolean` };
    case 'NEVER':
      return { kind: 'other', code: ts`never` };
    case 'OBJECT':
      return { kind: 'other', code: ts`object` };
    case 'UNDEFINED':
      return { kind: 'other', code: ts`undefined` };
  }
}

/** An interface's or type literal's members, each after its JSDoc. */
export function members(params: readonly Param[], superTypes: readonly Ast[]): Code[] {
  return params.map((param) => {
    const comment = paramComment(param);
    const name = param.indexSignature ? ts`[k: string]` : memberKey(param.key);
    const type = param.indexSignature ? indexSignatureType(param, params, superTypes) : param.ast;
    const member = ts`${name}${param.required ? ts`` : ts`?`}: ${typePart(type, 'annotation').code}`;
    return comment === undefined ? member : ts`${jsDocBlock(comment)}${hardline}${member}`;
  });
}

/**
 * generateIndexSignatureType: the index signature's type widened to admit the named properties'
 * types (own and inherited), `undefined` too when one is optional, as TypeScript requires.
 */
function indexSignatureType(index: Param, params: readonly Param[], superTypes: readonly Ast[]): Ast {
  const own = index.ast;
  if (own.type === 'ANY' || own.type === 'UNKNOWN') return own;
  const found: Ast[] = [];
  const add = (ast: Ast): void => {
    if (ast.type === 'UNION' && ast.standaloneName === undefined) ast.members.forEach(add);
    else found.push(ast);
  };
  add(own);
  let needsUndefined = false;
  for (const sibling of [...params.filter((param) => param !== index), ...inherited(superTypes)]) {
    if (sibling.ast.type === 'ANY') continue;
    if (!sibling.required) needsUndefined = true;
    if (sibling.ast.type !== 'NEVER') add(sibling.ast);
  }
  if (found.some((ast) => ast.type === 'ANY')) return { type: 'ANY' };
  if (found.some((ast) => ast.type === 'UNKNOWN')) return { type: 'UNKNOWN' };
  if (found.length === 0 || (found.length === 1 && !needsUndefined)) return own;
  const seen = new Set<string>();
  const unique = found.filter((ast) => {
    const text = typeText(ast);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
  if (needsUndefined && !seen.has('undefined')) unique.push({ type: 'UNDEFINED' });
  return { type: 'UNION', members: unique };
}

/** The named properties of the bases, and of their bases. */
function inherited(superTypes: readonly Ast[], visited = new Set<Ast>()): Param[] {
  return superTypes.flatMap((base) => {
    if (visited.has(base) || base.type !== 'INTERFACE') return [];
    visited.add(base);
    return [...base.params.filter((param) => !param.indexSignature), ...inherited(base.superTypes, visited)];
  });
}

/** `export interface Name extends Bases { … }`. */
export function interfaceDeclaration(
  name: string,
  ast: Ast & { type: 'INTERFACE' },
  doc: Code | undefined,
): Code {
  const bases = ast.superTypes.map((base) => id(base.standaloneName ?? ''));
  const statement = ts`${interfaceHead(id(name), bases)}${objectType(members(ast.params, ast.superTypes), true)}`;
  return doc === undefined ? statement : ts`${doc}${hardline}${statement}`;
}

/** `export type Name = Type;`, after a top-level array's items' description (as the library wrote it) and `doc`. */
export function aliasDeclaration(name: string, ast: Ast, doc: Code | undefined): Code {
  const { comment } = withItemsComment(ast);
  const docs = [...(comment === undefined ? [] : [jsDocBlock(comment.split('\n'))]), ...(doc ? [doc] : [])];
  return join([...docs, typeAlias(id(name), shapePart(ast, 'alias'))], hardline);
}
