/**
 * A JSON document put together from objects laid out on their own, so that a document holding
 * every event (catalog.json, the schema bundle) re-lays out only the events that changed: an object
 * prints the same wherever it stands at one indentation (syntax/json-layout.ts).
 */
import { layoutJson } from './json-layout.ts';

/** The indentation of a member's value in a top-level member of the document (`events[i]`, `$defs.X`). */
export const PIECE_INDENT = 4;

/** An object as an element or member value of a top-level member of a document. */
export const jsonPiece = (value: object): string => layoutJson(value, PIECE_INDENT);

/**
 * `text` (a laid-out document whose top-level `member` is an empty array or object) with that
 * member holding `elements` (array) or `members` (object: [name, piece] in order).
 */
export function spliceMember(
  text: string,
  member: string,
  content: { elements: readonly string[] } | { members: readonly (readonly [string, string])[] },
): string {
  const array = 'elements' in content;
  const empty = `\n  ${JSON.stringify(member)}: ${array ? '[]' : '{}'}`;
  const at = text.indexOf(empty);
  if (at < 0 || text.indexOf(empty, at + 1) >= 0)
    throw new Error(`json-pieces: no single empty ${member} to fill`);
  const lines = array
    ? content.elements.map((piece) => `    ${piece}`)
    : content.members.map(([name, piece]) => `    ${JSON.stringify(name)}: ${piece}`);
  if (lines.length === 0) return text;
  const [open, close] = array ? ['[', ']'] : ['{', '}'];
  const filled = `\n  ${JSON.stringify(member)}: ${open}\n${lines.join(',\n')}\n  ${close}`;
  return text.slice(0, at) + filled + text.slice(at + empty.length);
}
