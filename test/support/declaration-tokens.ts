/**
 * A declaration file as the tokens that carry its meaning, so two printers' layouts compare equal
 * when they say the same thing: TypeScript's scanner reads it; string literals count by value (quote
 * style aside), numbers by value, a trailing separator (`,` or `;` before a closing bracket) not at
 * all; a JSDoc block counts, each of its lines trimmed (its indentation is layout), unless it
 * documents no declaration (a module's header: any but the last comment before the first code); any
 * other comment (the generated-file banner) does not count.
 */
import ts from 'typescript';

const CLOSING = new Set([
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.GreaterThanToken,
]);
const SEPARATORS = new Set([ts.SyntaxKind.CommaToken, ts.SyntaxKind.SemicolonToken]);

interface Token {
  kind: ts.SyntaxKind;
  text: string;
}

export function declarationTokens(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const tokens: Token[] = [];
  // Brace depth inside each open template literal's `${…}`: a `}` at depth 0 continues the template.
  const templates: number[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.CloseBraceToken && templates.at(-1) === 0) {
      kind = scanner.reScanTemplateToken(false);
      if (kind === ts.SyntaxKind.TemplateTail) templates.pop();
    } else if (kind === ts.SyntaxKind.OpenBraceToken && templates.length > 0)
      templates[templates.length - 1]!++;
    else if (kind === ts.SyntaxKind.CloseBraceToken && templates.length > 0)
      templates[templates.length - 1]!--;
    if (kind === ts.SyntaxKind.TemplateHead) templates.push(0);
    const token = tokenOf(kind, scanner);
    if (token) tokens.push(token);
  }
  // The file's header: of the comments before its first code, only the last can document a declaration.
  const firstCode = tokens.findIndex((token) => token.kind !== ts.SyntaxKind.MultiLineCommentTrivia);
  const meant = tokens.slice(Math.max(0, firstCode - 1));
  return meant
    .filter((token, index) => !(SEPARATORS.has(token.kind) && closes(nextCode(meant, index))))
    .map((token) => token.text);
}

/** Whether a separator before `token` is a trailing one: before a closing bracket or the end of the file. */
const closes = (token: Token | undefined): boolean => token === undefined || CLOSING.has(token.kind);

/** The next token that is not a comment (what a separator stands before). */
const nextCode = (tokens: readonly Token[], index: number): Token | undefined =>
  tokens.slice(index + 1).find((token) => token.kind !== ts.SyntaxKind.MultiLineCommentTrivia);

function tokenOf(kind: ts.SyntaxKind, scanner: ts.Scanner): Token | undefined {
  const text = scanner.getTokenText();
  switch (kind) {
    case ts.SyntaxKind.WhitespaceTrivia:
    case ts.SyntaxKind.NewLineTrivia:
    case ts.SyntaxKind.SingleLineCommentTrivia:
    case ts.SyntaxKind.ShebangTrivia:
      return undefined;
    case ts.SyntaxKind.MultiLineCommentTrivia:
      if (!text.startsWith('/**')) return undefined;
      return {
        kind,
        text: text
          .split('\n')
          .map((line) => line.trim())
          .join('\n'),
      };
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateHead:
    case ts.SyntaxKind.TemplateMiddle:
    case ts.SyntaxKind.TemplateTail:
      return { kind, text: `${ts.SyntaxKind[kind]} ${JSON.stringify(scanner.getTokenValue())}` };
    case ts.SyntaxKind.NumericLiteral:
      return { kind, text: `number ${Number(scanner.getTokenValue())}` };
    default:
      return { kind, text };
  }
}
