/**
 * Limits on the JSON the docs published, checked before the JSON is read any further: nesting
 * (MAX_NESTING, counted on the text so a hostile sample never reaches a recursive reader) and, once
 * parsed, the text rules every catalog string follows (load-yaml-rules.ts).
 */
import type { PathSegment } from '../model/diagnostic.ts';
import { MAX_NESTING } from './catalog-limits.ts';
import { textProblem } from './load-yaml-rules.ts';

/** 0-based line and 1-based column in `json` where nesting first exceeds MAX_NESTING, if it does. */
export function jsonNestingProblem(
  json: string,
): { line: number; column: number; message: string } | undefined {
  let depth = 0;
  let inString = false;
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    }
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth > MAX_NESTING)
        return {
          line,
          column: i - lineStart + 1,
          message: `expected JSON nested at most ${MAX_NESTING} levels deep (the catalog's nesting limit), found deeper nesting here`,
        };
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** The first string or key in a parsed sample that breaks the text rules, with its path. */
export function sampleTextProblem(value: unknown): { path: PathSegment[]; message: string } | undefined {
  const stack: [unknown, PathSegment[]][] = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      const message = textProblem(node);
      if (message) return { path, message };
    } else if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node).reverse();
      for (const [key, child] of entries) {
        const childPath = [...path, Array.isArray(node) ? Number(key) : key];
        const message = Array.isArray(node) ? undefined : textProblem(key);
        if (message) return { path: childPath, message: `key: ${message}` };
        stack.push([child, childPath]);
      }
    }
  }
  return undefined;
}
