/**
 * The RFC 6902 subset the catalog's errata use: replace, add, remove, move.
 * Pure: returns a new value and never mutates its input. A bad path throws an Error whose message
 * names the operation and the path; the caller reports it with its catalog position.
 */
import type { PatchOperation } from './catalog-model.ts';

export function applyPatch(value: unknown, ops: readonly PatchOperation[]): unknown {
  let doc = structuredClone(value);
  ops.forEach((op, index) => {
    try {
      doc = applyOne(doc, op);
    } catch (error) {
      const where = op.op === 'move' ? `${op.op} ${op.from} -> ${op.path}` : `${op.op} ${op.path}`;
      throw new Error(`patch operation ${index + 1} (${where}): ${(error as Error).message}`);
    }
  });
  return doc;
}

/** RFC 6901: `~` → `~0`, then `/` → `~1`. */
export function escapePointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** `/a/b~1c` → `['a', 'b/c']`; `''` → `[]` (the whole document). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/'))
    throw new Error(`invalid JSON pointer ${JSON.stringify(pointer)}: must be empty or start with '/'`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => {
      if (/~(?![01])/.test(token))
        throw new Error(`invalid JSON pointer ${JSON.stringify(pointer)}: bad '~' escape`);
      return token.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

function applyOne(doc: unknown, op: PatchOperation): unknown {
  switch (op.op) {
    case 'replace': {
      const tokens = parsePointer(op.path);
      if (tokens.length === 0) return structuredClone(op.value);
      const { parent, key } = locate(doc, tokens, op.path);
      get(parent, key, op.path); // must exist
      set(parent, key, structuredClone(op.value), op.path, false);
      return doc;
    }
    case 'add': {
      const tokens = parsePointer(op.path);
      if (tokens.length === 0) return structuredClone(op.value);
      const { parent, key } = locate(doc, tokens, op.path);
      set(parent, key, structuredClone(op.value), op.path, true);
      return doc;
    }
    case 'remove': {
      const tokens = parsePointer(op.path);
      if (tokens.length === 0) throw new Error('cannot remove the whole document');
      const { parent, key } = locate(doc, tokens, op.path);
      remove(parent, key, op.path);
      return doc;
    }
    case 'move': {
      const from = parsePointer(op.from);
      const to = parsePointer(op.path);
      if (from.length === 0) throw new Error('cannot move the whole document');
      if (to.length > from.length && from.every((t, i) => t === to[i])) {
        throw new Error(`cannot move ${op.from} into its own child ${op.path}`);
      }
      const source = locate(doc, from, op.from);
      const moved = get(source.parent, source.key, op.from);
      remove(source.parent, source.key, op.from);
      if (to.length === 0) return moved;
      const target = locate(doc, to, op.path);
      set(target.parent, target.key, moved, op.path, true);
      return doc;
    }
    default:
      throw new Error(`unsupported op ${JSON.stringify((op as { op: unknown }).op)}`);
  }
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function locate(doc: unknown, tokens: string[], pointer: string): { parent: Container; key: string } {
  let node = doc;
  for (let i = 0; i < tokens.length - 1; i++) {
    const prefix = '/' + tokens.slice(0, i + 1).join('/');
    if (!isContainer(node)) throw new Error(`path not found: ${prefix} (parent is not an object or array)`);
    node = get(node, tokens[i]!, prefix);
  }
  if (!isContainer(node)) throw new Error(`path not found: ${pointer} (parent is not an object or array)`);
  return { parent: node, key: tokens[tokens.length - 1]! };
}

function arrayIndex(array: unknown[], key: string, pointer: string, allowEnd: boolean): number {
  if (allowEnd && key === '-') return array.length;
  if (!/^(0|[1-9]\d*)$/.test(key))
    throw new Error(`path not found: ${pointer} (${JSON.stringify(key)} is not an array index)`);
  const index = Number(key);
  const max = allowEnd ? array.length : array.length - 1;
  if (index > max)
    throw new Error(`path not found: ${pointer} (index ${index} out of range, length ${array.length})`);
  return index;
}

function get(parent: Container, key: string, pointer: string): unknown {
  if (Array.isArray(parent)) return parent[arrayIndex(parent, key, pointer, false)];
  if (!Object.prototype.hasOwnProperty.call(parent, key))
    throw new Error(`path not found: ${pointer} (no property ${JSON.stringify(key)})`);
  return parent[key];
}

function set(parent: Container, key: string, value: unknown, pointer: string, insert: boolean): void {
  if (Array.isArray(parent)) {
    const index = arrayIndex(parent, key, pointer, insert);
    if (insert) parent.splice(index, 0, value);
    else parent[index] = value;
    return;
  }
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

function remove(parent: Container, key: string, pointer: string): void {
  if (Array.isArray(parent)) {
    parent.splice(arrayIndex(parent, key, pointer, false), 1);
    return;
  }
  if (!Object.prototype.hasOwnProperty.call(parent, key))
    throw new Error(`path not found: ${pointer} (no property ${JSON.stringify(key)})`);
  delete parent[key];
}
