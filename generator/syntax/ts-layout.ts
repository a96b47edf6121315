/**
 * The shapes of TypeScript the emitters write whose lines may break — calls, object and array
 * literals, binary and logical chains, conditionals, `if` heads, parameter lists, import lists,
 * properties — built as the same layout documents prettier builds for them (src/language-js/print),
 * so generated code prints in prettier's layout with no formatter on the generate path. Only what
 * the emitters need is here; each helper names the prettier rule it follows.
 */
import { displayWidth, PRINT_WIDTH } from './display-width.ts';
import {
  align,
  block,
  breakParent,
  Code,
  conditionalGroup,
  fill,
  group,
  hardline,
  ifBreak,
  indent,
  indentIfBreak,
  key,
  labelled,
  type Lines,
  line,
  lit,
  operator as binaryOperator,
  softline,
  ts,
} from './ts-code.ts';

/** What an expression is, as far as the layout rules ask (which node type prettier sees). */
export type Kind =
  | 'object'
  | 'array'
  | 'numbers'
  | 'as-object'
  | 'as-array'
  | 'arrow'
  | 'arrow-chain'
  | 'string'
  | 'literal'
  | 'binary'
  | 'conditional'
  | 'short-call'
  | 'other';

const kinded = (code: Code, kind: Kind): Code => labelled(code, kind);

/** The kind of an expression made here, or of a literal (strings, numbers, booleans, null). */
export function kindOf(code: Code): Kind {
  const known = code.label as Kind | undefined;
  if (known !== undefined) return known;
  const { text } = code;
  if (text !== undefined) {
    if (/^['"]/.test(text)) return 'string';
    if (/^(-?[\d.]|true$|false$)/.test(text)) return 'literal';
  }
  return 'other';
}

/** Marks an expression as a call prettier finds poorly breakable (`a.b()`, `f(x)`: at most one short argument). */
export const shortCall = (code: Code): Code => kinded(code, 'short-call');

const comma = ts`,`;
const operatorCodes = new Map<string, Code>();
/** A binary operator's code, made once. */
function operatorCode(text: string): Code {
  let made = operatorCodes.get(text);
  if (made === undefined) {
    made = binaryOperator(text);
    operatorCodes.set(text, made);
  }
  return made;
}
const separator = [comma, line];
function withSeparators(items: readonly Code[]): Code[] {
  const separated: Code[] = [];
  for (let i = 0; i < items.length - 1; i++) separated.push(ts`${items[i]!}${separator}`);
  if (items.length > 0) separated.push(items[items.length - 1]!);
  return separated;
}

const NODE_TYPE: Partial<Record<Kind, string>> = {
  object: 'object',
  array: 'array',
  numbers: 'array',
  'as-object': 'as',
  'as-array': 'as',
  arrow: 'arrow',
  'arrow-chain': 'arrow',
};

/** The kinds of a last argument prettier hugs (shouldGroupLast). */
const HUGGABLE_ARGUMENT = new Set<Kind>(['object', 'array', 'numbers', 'as-object', 'as-array', 'arrow']);

/** printCallArguments: `(a, b)`, broken one per line, or with the last argument hugged when it is an object, array or function. */
export function callArguments(args: readonly Code[]): Code {
  if (args.length === 0) return ts`()`;
  const printed = withSeparators(args);
  const allBroken = () =>
    group([ts`(`, indent([line, ...printed]), ifBreak(comma), line, ts`)`], { shouldBreak: true });
  const hugged = args[args.length - 1]!;
  const last = kindOf(hugged);
  const penultimate = args.length > 1 ? kindOf(args[args.length - 2]!) : undefined;
  const huggable =
    HUGGABLE_ARGUMENT.has(last) &&
    (penultimate === undefined || NODE_TYPE[penultimate] !== NODE_TYPE[last]) &&
    !(args.length > 1 && last === 'numbers');
  if (huggable) {
    const head = printed.slice(0, -1);
    if (head.some((arg) => arg.willBreak)) return allBroken();
    const broken = group([hugged], { shouldBreak: true });
    if (hugged.willBreak) return ts`${breakParent}${conditionalGroup([ts`(${head}${broken})`, allBroken()])}`;
    return conditionalGroup([ts`(${head}${hugged})`, ts`(${head}${broken})`, allBroken()]);
  }
  return group([ts`(`, indent([softline, ...printed]), ifBreak(comma), softline, ts`)`], {
    shouldBreak: printed.some((arg) => arg.willBreak),
  });
}

/**
 * A call: `callee(args)`. A call of a name or a member of one (`f`, `draw.word`) with no argument
 * or one short one is one prettier will not break after an `=` or `:` (isPoorlyBreakableMemberOrCallChain).
 */
export function call(callee: Code, args: readonly Code[]): Code {
  const made = ts`${callee}${callArguments(args)}`;
  const simpleCallee =
    callee.text !== undefined && /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(callee.text);
  const shortArguments = args.length === 0 || (args.length === 1 && isShortArgument(args[0]!));
  return simpleCallee && shortArguments ? kinded(made, 'short-call') : made;
}

/** prettier's isShortCallArgument: a name, literal or string of at most a quarter of the print width. */
function isShortArgument(arg: Code): boolean {
  const limit = PRINT_WIDTH * 0.25;
  const kind = kindOf(arg);
  if (kind === 'literal') return true;
  const { text } = arg;
  if (text === undefined) return false;
  if (kind === 'string') return text.length <= limit;
  return /^[A-Za-z_$][\w$]*$/.test(text) && text.length <= limit;
}

/** The kinds of an arrow's body that let a call hug the arrow as its last argument. */
const HUGGABLE_BODY = new Set<string>(['object', 'array', 'numbers', 'conditional', 'short-call', 'call']);

/**
 * An arrow function, `(params) => body`: an object body in parentheses on the same line, any other
 * body on the next line when the whole does not fit (printArrowFunction).
 */
export function arrow(params: readonly Code[], body: Code): Code {
  const list =
    params.length === 0
      ? ts`()`
      : group([ts`(`, indent([softline, ...withSeparators(params)]), ifBreak(comma), softline, ts`)`]);
  const bodyKind = kindOf(body);
  const bodyPart = bodyKind === 'object' ? group([ts` (`, body, ts`)`]) : group([indent([line, body])]);
  const huggable = HUGGABLE_BODY.has(bodyKind);
  return kinded(group([group([list]), ts` =>`, bodyPart]), huggable ? 'arrow' : 'other');
}

/**
 * A block-bodied arrow, `(a, b) => {` statements `}`. Its parameters never break: hugged as a last
 * argument prettier removes their line breaks (printArrowFunction with expandLastArg), and the
 * emitters' parameter lists are short names.
 */
export function blockArrow(params: readonly Code[], statements: Lines): Code {
  const list = params.map((param, i) => (i === params.length - 1 ? param : ts`${param}, `));
  return kinded(ts`(${list}) => {${block([statements])}${hardline}}`, 'arrow');
}

/**
 * A member chain, `head` then `.call(…)` per line, indented (printMemberChain's expanded form). Only
 * for a chain prettier expands whatever its width: one whose calls before the last break (a
 * block-bodied arrow in them does); anything else throws.
 */
export function memberChain(head: Code, calls: readonly Code[]): Code {
  if (!calls.slice(0, -1).some((member) => member.willBreak))
    throw new Error('memberChain: only a chain whose calls before the last break is laid out here');
  return ts`${head}${indent(calls.map((member) => ts`${hardline}${member}`))}`;
}

/** A type literal, `{ a: A; b: B }`, one member per line when it does not fit. */
export function typeLiteral(members: readonly Code[]): Code {
  if (members.length === 0) return ts`{}`;
  const separated = members.map((member, i) => (i === members.length - 1 ? member : ts`${member};${line}`));
  return group([ts`{`, indent([line, ...separated]), ifBreak(ts`;`), line, ts`}`]);
}

/** `object[key]` (a computed member access). */
export const index = (object: Code, key: Code): Code =>
  ts`${object}${group([ts`[`, indent([softline, key]), softline, ts`]`])}`;

/**
 * An object literal; `expanded` keeps one property per line even when they fit on one, as prettier
 * does for an object written with a line break after its `{`.
 */
export function objectLiteral(properties: readonly Code[], expanded = false): Code {
  if (properties.length === 0) return ts`{}`;
  const body = group([ts`{`, indent([line, ...withSeparators(properties)]), ifBreak(comma), line, ts`}`], {
    shouldBreak: expanded,
  });
  return kinded(body, 'object');
}

/**
 * An array literal: on one line when it fits, else one element per line; numbers only fill their
 * lines; two or more objects (or arrays) of two or more entries each are always one per line.
 */
export function arrayLiteral(elements: readonly Code[], options: { matrix?: boolean } = {}): Code {
  if (elements.length === 0) return kinded(ts`[]`, 'other');
  const id = Symbol('array');
  const numbers = elements.every(
    (element) => kindOf(element) === 'literal' && /^-?\d/.test(element.text ?? ''),
  );
  if (numbers) {
    const trailing = ifBreak(comma, ts``, id);
    const parts = elements.flatMap((element, i) =>
      i === elements.length - 1 ? [ts`${element}${trailing}`] : [ts`${element},`, line],
    );
    return kinded(group([ts`[`, indent([softline, fill(parts)]), softline, ts`]`], { id }), 'numbers');
  }
  const items = withSeparators(elements.map((element) => group([element])));
  return kinded(
    group([ts`[`, indent([softline, ...items, ifBreak(comma)]), softline, ts`]`], {
      id,
      shouldBreak: options.matrix === true,
    }),
    'array',
  );
}

/** `expression as const` (or another type), keeping what the expression is for hugging. */
export function asType(expression: Code, type: Code): Code {
  const kind = kindOf(expression);
  const as = kind === 'object' ? 'as-object' : kind === 'array' || kind === 'numbers' ? 'as-array' : 'other';
  return kinded(ts`${expression} as ${type}`, as);
}

/**
 * A condition or other binary expression, kept as a tree until printed: prettier prints a chain
 * differently inside an `if`'s parentheses than elsewhere (printBinaryishExpression).
 */
export type Expr =
  | { readonly kind: 'code'; readonly code: Code }
  | { readonly kind: 'chain'; readonly operator: string; readonly operands: readonly Expr[] }
  | { readonly kind: 'not'; readonly operand: Expr };

const LOGICAL = new Set(['&&', '||', '??']);

export const expr = (code: Code): Expr => ({ kind: 'code', code });

/** `a op b op c`; operands that are chains of the same operator join this one (left to right). */
export function chain(operator: string, operands: readonly (Expr | Code)[]): Expr {
  const logical = LOGICAL.has(operator);
  const flat: Expr[] = [];
  for (const item of operands) {
    const operand = isExpr(item) ? item : expr(item);
    if (logical && operand.kind === 'chain' && operand.operator === operator) flat.push(...operand.operands);
    else flat.push(operand);
  }
  return flat.length === 1 ? flat[0]! : { kind: 'chain', operator, operands: flat };
}

export const and = (...operands: (Expr | Code)[]): Expr => chain('&&', operands);
export const or = (...operands: (Expr | Code)[]): Expr => chain('||', operands);
export const compare = (left: Code, operator: string, right: Code): Expr => chain(operator, [left, right]);
export const not = (operand: Expr | Code): Expr => ({
  kind: 'not',
  operand: isExpr(operand) ? operand : expr(operand),
});

function isExpr(value: Expr | Code): value is Expr {
  return !(value instanceof Code);
}

/** An operand of a chain: a chain of another logical operator in parentheses (prettier adds them to `a && b || c` too). */
function operandCode(operand: Expr, parent: string): Code {
  if (operand.kind === 'chain' && LOGICAL.has(operand.operator) && LOGICAL.has(parent))
    return group([ts`(`, exprCode(operand), ts`)`]);
  return exprCode(operand);
}

function chainRest(operator: string, operands: readonly Expr[], insideParens: boolean): Code[] {
  const op = operatorCode(operator);
  const rest = operands.slice(1).map((operand) => operandCode(operand, operator));
  if (rest.length === 1 && !(insideParens && LOGICAL.has(operator)))
    return [ts` `, group([op, line, rest[0]!])];
  return rest.map((operand) => ts` ${op}${line}${operand}`);
}

/** An expression where it stands alone (an argument, an operand, a return value). */
export function exprCode(value: Expr): Code {
  switch (value.kind) {
    case 'code':
      return value.code;
    case 'not':
      return value.operand.kind === 'chain'
        ? ts`!(${group([indent([softline, chainParts(value.operand)]), softline])})`
        : ts`!${exprCode(value.operand)}`;
    case 'chain': {
      const first = group([operandCode(value.operands[0]!, value.operator)]);
      return kinded(group([first, indent(chainRest(value.operator, value.operands, false))]), 'binary');
    }
  }
}

/** A chain as printed inside an `if`'s parentheses: prettier leaves it ungrouped (the parentheses group it). */
function chainParts(value: Expr & { kind: 'chain' }): Code {
  const first = group([operandCode(value.operands[0]!, value.operator)]);
  return ts`${first}${chainRest(value.operator, value.operands, true)}`;
}

function ifHead(keyword: Code, condition: Expr): Code {
  // `!(a || b)`: the negation's parentheses hug the `if`'s.
  if (condition.kind === 'not' && condition.operand.kind === 'chain')
    return ts`${keyword} (${exprCode(condition)})`;
  const inner = condition.kind === 'chain' ? chainParts(condition) : exprCode(condition);
  return ts`${keyword} (${group([indent([softline, inner]), softline])})`;
}

/** `if (test) statement;` with the statement on the next line when the whole does not fit. */
export const ifThen = (condition: Expr, statement: Code): Code =>
  group([ifHead(ts`if`, condition), indent([line, statement])]);

/** `if (test) {`, a block's first line. */
export const ifBlock = (condition: Expr): Code => group([ifHead(ts`if`, condition), ts` {`]);

/** `} else if (test) {`. */
export const elseIfBlock = (condition: Expr): Code =>
  ts`} else ${group([ifHead(ts`if`, condition), ts` {`])}`;

/**
 * A parameter list and return type, `(a: A, b: B): R`, one parameter per line when it does not fit
 * (printFunctionParameters + printReturnType).
 */
export const signature = (params: readonly Code[], returnType: Code): Code =>
  group([
    ts`(`,
    indent([softline, ...withSeparators(params)]),
    ifBreak(comma),
    softline,
    ts`): ${returnType}`,
  ]);

/** `{ a, b }` of an import or export, one name per line when the statement does not fit; one name never breaks (printModuleSpecifiers' canBreak). */
export const specifiers = (names: readonly Code[]): Code =>
  names.length === 1
    ? ts`{ ${names[0]!} }`
    : group([ts`{`, indent([line, ...withSeparators(names)]), ifBreak(comma), line, ts`}`]);

/** The layout of `key: value` (and of `const x = value`): prettier's chooseLayout for an assignment. */
export type AssignmentLayout = 'break-after-operator' | 'never-break-after-operator' | 'fluid' | 'break-lhs';

/** chooseLayout, for the right-hand sides the emitters write. */
export function assignmentLayout(left: Code, right: Code, isProperty: boolean): AssignmentLayout {
  const kind = kindOf(right);
  if (kind === 'binary') return 'break-after-operator';
  const shortKey = isProperty && left.text !== undefined && displayWidth(left.text) < 5;
  if (!shortKey && (kind === 'string' || kind === 'short-call')) return 'break-after-operator';
  if (shortKey || kind === 'literal') return 'never-break-after-operator';
  return 'fluid';
}

/** `left<operator> right` laid out as prettier lays out an assignment or property (printAssignment). */
export function assignment(left: Code, operator: Code, right: Code, isProperty: boolean): Code {
  switch (assignmentLayout(left, right, isProperty)) {
    case 'break-after-operator':
      return group([group([left]), operator, group([indent([line, right])])]);
    case 'never-break-after-operator':
      return group([group([left]), operator, ts` `, right]);
    case 'break-lhs':
      return group([left, operator, ts` `, group([right])]);
    case 'fluid': {
      const id = Symbol('assignment');
      return group([group([left]), operator, group([indent([line])], { id }), indentIfBreak([right], id)]);
    }
  }
}

/** `key: value` in an object literal. */
export const property = (key: Code, value: Code): Code => assignment(key, ts`:`, value, true);

/** A conditional expression, `test ? a : b`, its branches on their own lines when it does not fit. */
export const conditional = (testCode: Code, consequent: Code, alternate: Code): Code =>
  kinded(
    group([testCode, indent([line, ts`? `, align(2, [consequent]), line, ts`: `, align(2, [alternate])])]),
    'conditional',
  );

/**
 * A JSON value as a literal expression, laid out as prettier lays out the JSON.stringify(…, 2)
 * text: every non-empty object expanded. A `__proto__` key would set the prototype of an object
 * literal instead of defining a property, so such values are refused.
 */
export function json(value: unknown): Code {
  if (value === null || typeof value !== 'object') {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol')
      throw new TypeError(`not a JSON value: ${typeof value}`);
    return lit(value as string | number | boolean);
  }
  if (Array.isArray(value)) {
    const elements = value.map((element: unknown) => json(element ?? null));
    const entries = (element: unknown) =>
      Array.isArray(element)
        ? element.length
        : element !== null && typeof element === 'object'
          ? definedKeys(element).length
          : 0;
    const matrix =
      value.length > 1 &&
      value.every(
        (element: unknown) => element !== null && typeof element === 'object' && entries(element) > 1,
      ) &&
      value.every((element: unknown, i) => i === 0 || Array.isArray(element) === Array.isArray(value[i - 1]));
    return arrayLiteral(elements, { matrix });
  }
  const properties = definedKeys(value).map((name) => {
    if (name === '__proto__')
      throw new TypeError('refusing to emit an object literal with a "__proto__" key');
    return property(key(name), json((value as Record<string, unknown>)[name]));
  });
  return objectLiteral(properties, true);
}

const definedKeys = (value: object): string[] =>
  Object.entries(value)
    .filter(([, inner]) => inner !== undefined && typeof inner !== 'function')
    .map(([name]) => name);
