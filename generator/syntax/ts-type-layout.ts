/**
 * The shapes of TypeScript types and type declarations whose lines may break — unions,
 * intersections, array types, type literals, type arguments, interface heads, JSDoc blocks — built
 * as the layout documents prettier 3 builds for them (src/language-js/print/type-annotation.js,
 * class.js, type-parameters.js), so types.ts is emitted in prettier's layout with no formatter.
 * Each helper names the prettier rule it follows; callers say which node each part is.
 */
import { align, type Code, group, ifBreak, indent, join, line, softline, ts } from './ts-code.ts';
import { assignment } from './ts-layout.ts';

/** What a type is, as far as the layout rules ask. */
export type TypeKind = 'union' | 'intersection' | 'object' | 'null' | 'other';

export interface TypePart {
  kind: TypeKind;
  code: Code;
  /** A union printed hugging its one object type (see unionType). */
  hug?: boolean;
}

/** Where a union stands: prettier indents it and starts it on a new line only in some places. */
export type UnionPlace = 'annotation' | 'alias' | 'parenthesized';

/** A union in parentheses (in an array type, a union, an intersection): `(` and `)` hug its broken lines. */
const parenthesized = (part: TypePart): Code =>
  part.kind === 'union' || part.kind === 'intersection' ? ts`(${part.code})` : part.code;

/**
 * printUnionType: `A | B` on one line, else one member per line after a leading `| `; an object
 * type with only `null`s beside it hugs them (`{ … } | null`). A member that is itself a union or
 * an intersection is parenthesized. `place` is where the union stands (`parenthesized` when the
 * caller puts it in parentheses).
 */
export function unionType(members: readonly TypePart[], place: UnionPlace): TypePart {
  if (hugs(members)) return { kind: 'union', hug: true, code: join(members.map(parenthesized), ts` | `) };
  const lines = group(
    members.map((member, index) => {
      const printed = align(2, [parenthesized(member)]);
      return index === 0 ? ts`${ifBreak(ts`| `)}${printed}` : ts`${line}| ${printed}`;
    }),
  );
  const code =
    place === 'parenthesized'
      ? group([indent([softline, lines]), softline])
      : place === 'alias'
        ? lines
        : group([indent([softline, lines])]);
  return { kind: 'union', code };
}

/** shouldHugUnionType: one object type, and `null` for every other member. */
const hugs = (members: readonly TypePart[]): boolean =>
  members.filter((member) => member.kind === 'object').length === 1 &&
  members.every((member) => member.kind === 'object' || member.kind === 'null');

/**
 * `export type Name = Type;` (printAssignment): a union that does not hug breaks after the `=`, its
 * members then on their own lines (break-after-operator); anything else is fluid.
 */
export function typeAlias(name: Code, type: TypePart): Code {
  const left = ts`type ${name}`;
  if (type.kind === 'union' && type.hug !== true)
    return ts`export ${group([group([left]), ts` =`, group([indent([line, type.code])])])};`;
  return ts`export ${assignment(left, ts` =`, type.code, false)};`;
}

/**
 * printIntersectionType: object types join with ` & ` and keep their own layout; other members
 * break onto their own lines (` &` then an indented line) when the whole does not fit.
 */
export function intersectionType(members: readonly TypePart[]): Code {
  let indented = false;
  const parts = members.map((member, index) => {
    const printed = parenthesized(member);
    if (index === 0) return printed;
    const previousObject = members[index - 1]!.kind === 'object';
    const object = member.kind === 'object';
    if (previousObject && object) return ts` & ${indented ? indent([printed]) : printed}`;
    if (!previousObject && !object) return indent([ts` &`, line, printed]);
    if (index > 1) indented = true;
    return ts` & ${index > 1 ? indent([printed]) : printed}`;
  });
  return group(parts);
}

/** An array type, `T[]`: a union or an intersection element in parentheses. */
export const arrayType = (element: TypePart): Code => ts`${parenthesized(element)}[]`;

/**
 * A type literal or an interface body: `{ a: A; b: B }` on one line when it fits, else one member
 * per line; `expanded` keeps one member per line (prettier does for a literal written with a line
 * break after its `{`, as every interface body is). Members are printed with their JSDoc.
 */
export function objectType(members: readonly Code[], expanded: boolean): Code {
  if (members.length === 0) return ts`{}`;
  const separated = members.map((member, i) => (i === members.length - 1 ? member : ts`${member};${line}`));
  return group([ts`{`, indent([line, ...separated]), ifBreak(ts`;`), line, ts`}`], { shouldBreak: expanded });
}

/** `Name<A, B>`: the arguments one per line when they do not fit, with no trailing comma. */
export function typeArguments(name: Code, args: readonly Code[]): Code {
  const separated = args.map((arg, i) => (i === args.length - 1 ? arg : ts`${arg},${line}`));
  return ts`${name}${group([ts`<`, indent([softline, ...separated]), softline, ts`>`])}`;
}

/**
 * An interface's head up to its `{`: one base stays on the line whatever its length; two or more
 * go to an indented `extends` line when the head does not fit, one per line when that does not fit.
 */
export function interfaceHead(name: Code, bases: readonly Code[]): Code {
  if (bases.length === 0) return ts`export interface ${name} `;
  if (bases.length === 1) return ts`export interface ${name} extends ${bases[0]!} `;
  const list = bases.map((base, i) => (i === bases.length - 1 ? base : ts`${base},${line}`));
  return ts`export interface ${group([name, indent([line, ts`extends`, group([indent([line, ...list])])])])} `;
}
