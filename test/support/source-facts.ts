/**
 * What the architecture test reads from a TypeScript file, through the TypeScript compiler's parser
 * (no regex): the modules it imports and the template literals it holds.
 */
import ts from 'typescript';

export interface ImportFact {
  /** The module specifier as written: `../model/catalog-model.ts`, `node:path`, `yaml`. */
  specifier: string;
  /** 1-based line of the import. */
  line: number;
  /** `import type`, `export type … from`, `import { type A }` with only type names, or `import('x').T`. */
  typeOnly: boolean;
}

export interface TemplateFact {
  /** 1-based line of the opening backquote. */
  line: number;
  /** Lines from the opening to the closing backquote, both included. */
  lines: number;
}

function parse(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function lineOf(source: ts.SourceFile, position: number): number {
  return source.getLineAndCharacterOfPosition(position).line + 1;
}

function importIsTypeOnly(clause: ts.ImportClause | undefined): boolean {
  if (clause === undefined) return false; // `import './x.ts'` runs the module
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

function exportIsTypeOnly(declaration: ts.ExportDeclaration): boolean {
  if (declaration.isTypeOnly) return true;
  const clause = declaration.exportClause;
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  );
}

/** Static imports, re-exports, `import()` calls with a literal specifier and `import('x')` types. */
export function importsOf(fileName: string, text: string): ImportFact[] {
  const source = parse(fileName, text);
  const found: ImportFact[] = [];
  const add = (specifier: ts.Node, typeOnly: boolean, at: ts.Node) => {
    if (ts.isStringLiteralLike(specifier))
      found.push({ specifier: specifier.text, line: lineOf(source, at.getStart(source)), typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, importIsTypeOnly(node.importClause), node);
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier)
      add(node.moduleSpecifier, exportIsTypeOnly(node), node);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      if (specifier) add(specifier, false, node);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      add(node.argument.literal, true, node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Every template literal (plain or tagged, with or without substitutions) spanning more than
 * `maxLines` lines. A long template's own nested templates are not reported again.
 */
export function longTemplatesOf(fileName: string, text: string, maxLines: number): TemplateFact[] {
  const source = parse(fileName, text);
  const found: TemplateFact[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const line = lineOf(source, node.getStart(source));
      const lines = lineOf(source, node.getEnd()) - line + 1;
      if (lines > maxLines) {
        found.push({ line, lines });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
