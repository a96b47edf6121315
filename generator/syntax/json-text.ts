/**
 * The text of a generated JSON file: the value in prettier's JSON layout (json-layout.ts) and a
 * final newline. Writing it directly spares prettier a pass over thousands of files; a test checks
 * that prettier leaves every emitted JSON file unchanged.
 */
import { layoutJson } from './json-layout.ts';

export function jsonText(value: unknown): string {
  return `${layoutJson(value)}\n`;
}
