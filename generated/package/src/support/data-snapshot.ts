// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * A copy of caller-owned JSON-like data taken before validation, so that what was validated is what
 * the caller gets back: each property is read once (a getter runs once), own enumerable string keys
 * only (as JSON.stringify), undefined properties dropped, holes of sparse arrays kept as undefined;
 * values JSON cannot hold (a bigint, a function, a Date, a Map …) are refused, not converted.
 * Bounded: a loop with its own stack (no recursion to overflow), a depth limit, a cycle check, and a
 * byte budget shared by every event of a body (the least size the JSON text of what was copied can
 * have). A failure is reported with the JSON Pointer where it happened. Shipped in the package.
 */
import type { ReportedError } from './event-parsing.js';
import { $esc } from './validation.js';

/** The byte budget of one body, shared by the snapshots of its events. */
export interface SnapshotBudget {
  /** Bytes left. */
  bytes: number;
  readonly maxBytes: number;
  readonly maxDepth: number;
}

export type Snapshot = { ok: true; value: unknown } | { ok: false; error: ReportedError; budget: boolean };

interface Frame {
  source: object;
  target: unknown[] | Record<string, unknown>;
  /** The keys of an object; null for an array. */
  keys: string[] | null;
  length: number;
  /** The next entry to copy; the one being copied is index - 1. */
  index: number;
}

class Stop {
  readonly message: string;
  readonly expected: string;
  readonly received: string;
  /** The byte budget ran out (the whole body is too large, not only this event). */
  readonly budget: boolean;
  constructor(message: string, expected: string, received: string, budget = false) {
    this.message = message;
    this.expected = expected;
    this.received = received;
    this.budget = budget;
  }
}

/**
 * The snapshot of `value`, found at `depth` levels below the body (0 for a single-event body, 1 for
 * an event of a batch).
 */
export function takeSnapshot(value: unknown, depth: number, budget: SnapshotBudget): Snapshot {
  const stack: Frame[] = [];
  const onPath = new Set<object>();
  try {
    const root = visit(value, depth, budget, stack, onPath);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.index === frame.length) {
        stack.pop();
        onPath.delete(frame.source);
        continue;
      }
      // Counted before the read: a failure below names this entry (index - 1) in its path.
      const index = frame.index++;
      if (frame.keys === null) {
        const item = (frame.source as unknown[])[index];
        (frame.target as unknown[])[index] = visit(item, depth + stack.length, budget, stack, onPath);
      } else {
        const key = frame.keys[index]!;
        const item = (frame.source as Record<string, unknown>)[key];
        if (item !== undefined) {
          charge(budget, key.length + 4);
          const copy = visit(item, depth + stack.length, budget, stack, onPath);
          if (key === '__proto__') {
            Object.defineProperty(frame.target, key, {
              value: copy,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          } else (frame.target as Record<string, unknown>)[key] = copy;
        }
      }
    }
    return { ok: true, value: root };
  } catch (error) {
    const path = pathOf(stack);
    if (error instanceof Stop) {
      const { message, expected, received, budget: spent } = error;
      return { ok: false, budget: spent, error: { path, message, expected, received } };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      budget: false,
      error: {
        path,
        message: `could not be read (a getter or proxy threw: ${reason})`,
        expected: 'plain JSON data',
        received: 'an exotic object',
      },
    };
  }
}

/** The copy of a scalar, or the empty copy of a container whose frame is pushed to fill it. */
function visit(
  value: unknown,
  depth: number,
  budget: SnapshotBudget,
  stack: Frame[],
  onPath: Set<object>,
): unknown {
  switch (typeof value) {
    case 'string':
      charge(budget, value.length + 3);
      return value;
    case 'number':
    case 'undefined':
      charge(budget, 2);
      return value;
    case 'boolean':
      charge(budget, 5);
      return value;
    case 'bigint':
    case 'symbol':
    case 'function':
      throw new Stop(`is a ${typeof value}, which JSON cannot hold`, 'JSON data', typeof value);
    case 'object':
      break;
  }
  if (value === null) {
    charge(budget, 5);
    return value;
  }
  const source = value;
  if (depth + 1 > budget.maxDepth) {
    throw new Stop(
      `nests deeper than ${budget.maxDepth} levels of arrays and objects (the maxDepth option)`,
      `at most ${budget.maxDepth} levels`,
      'deeper nesting',
    );
  }
  if (onPath.has(source)) throw new Stop('is a cycle: it contains itself', 'JSON data (a tree)', 'a cycle');
  let frame: Frame;
  if (Array.isArray(source)) {
    const length = source.length;
    charge(budget, 2 + length);
    frame = { source, target: [], keys: null, length, index: 0 };
  } else {
    // A Date, Map, boxed primitive, typed array … is no JSON data (JSON.stringify would change it).
    const tag = Object.prototype.toString.call(source).slice(8, -1);
    if (tag !== 'Object') throw new Stop(`is a ${tag}, which JSON cannot hold`, 'JSON data', tag);
    const keys = Object.keys(source);
    charge(budget, 2 + keys.length);
    frame = { source, target: {}, keys, length: keys.length, index: 0 };
  }
  stack.push(frame);
  onPath.add(source);
  return frame.target;
}

function charge(budget: SnapshotBudget, bytes: number): void {
  budget.bytes -= bytes;
  if (budget.bytes < 0) {
    throw new Stop(
      `body is larger than the maxBodyBytes option allows (${budget.maxBytes} bytes as JSON text)`,
      `at most ${budget.maxBytes} bytes`,
      `more than ${budget.maxBytes} bytes`,
      true,
    );
  }
}

/** The JSON Pointer of the entry being read when the copy stopped. */
function pathOf(stack: readonly Frame[]): string {
  let path = '';
  for (const frame of stack) {
    if (frame.index === 0) break;
    const at = frame.index - 1;
    path += '/' + (frame.keys === null ? String(at) : $esc(frame.keys[at]!));
  }
  return path;
}
