// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { $esc } from "./validation.js";
class Stop {
  message;
  expected;
  received;
  /** The byte budget ran out (the whole body is too large, not only this event). */
  budget;
  constructor(message, expected, received, budget = false) {
    this.message = message;
    this.expected = expected;
    this.received = received;
    this.budget = budget;
  }
}
function takeSnapshot(value, depth, budget) {
  const stack = [];
  const onPath = /* @__PURE__ */ new Set();
  try {
    const root = visit(value, depth, budget, stack, onPath);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.index === frame.length) {
        stack.pop();
        onPath.delete(frame.source);
        continue;
      }
      const index = frame.index++;
      if (frame.keys === null) {
        const item = frame.source[index];
        frame.target[index] = visit(item, depth + stack.length, budget, stack, onPath);
      } else {
        const key = frame.keys[index];
        const item = frame.source[key];
        if (item !== void 0) {
          charge(budget, key.length + 4);
          const copy = visit(item, depth + stack.length, budget, stack, onPath);
          if (key === "__proto__") {
            Object.defineProperty(frame.target, key, {
              value: copy,
              enumerable: true,
              writable: true,
              configurable: true
            });
          } else frame.target[key] = copy;
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
        expected: "plain JSON data",
        received: "an exotic object"
      }
    };
  }
}
function visit(value, depth, budget, stack, onPath) {
  switch (typeof value) {
    case "string":
      charge(budget, value.length + 3);
      return value;
    case "number":
    case "undefined":
      charge(budget, 2);
      return value;
    case "boolean":
      charge(budget, 5);
      return value;
    case "bigint":
    case "symbol":
    case "function":
      throw new Stop(`is a ${typeof value}, which JSON cannot hold`, "JSON data", typeof value);
    case "object":
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
      "deeper nesting"
    );
  }
  if (onPath.has(source)) throw new Stop("is a cycle: it contains itself", "JSON data (a tree)", "a cycle");
  let frame;
  if (Array.isArray(source)) {
    const length = source.length;
    charge(budget, 2 + length);
    frame = { source, target: [], keys: null, length, index: 0 };
  } else {
    const tag = Object.prototype.toString.call(source).slice(8, -1);
    if (tag !== "Object") throw new Stop(`is a ${tag}, which JSON cannot hold`, "JSON data", tag);
    const keys = Object.keys(source);
    charge(budget, 2 + keys.length);
    frame = { source, target: {}, keys, length: keys.length, index: 0 };
  }
  stack.push(frame);
  onPath.add(source);
  return frame.target;
}
function charge(budget, bytes) {
  budget.bytes -= bytes;
  if (budget.bytes < 0) {
    throw new Stop(
      `body is larger than the maxBodyBytes option allows (${budget.maxBytes} bytes as JSON text)`,
      `at most ${budget.maxBytes} bytes`,
      `more than ${budget.maxBytes} bytes`,
      true
    );
  }
}
function pathOf(stack) {
  let path = "";
  for (const frame of stack) {
    if (frame.index === 0) break;
    const at = frame.index - 1;
    path += "/" + (frame.keys === null ? String(at) : $esc(frame.keys[at]));
  }
  return path;
}
export {
  takeSnapshot
};
