/**
 * A parsed catalog file's value in one walk, for the common case of a file that uses none of the
 * YAML features the catalog forbids (load-yaml-rules.ts): no anchor, alias, tag or %YAML directive,
 * every key a plain string but `<<` and `__proto__`. Then the value is what `doc.toJS()` builds and
 * yamlFeatureProblems finds nothing, at a fraction of their cost; any other file gets `undefined`
 * and goes the long way (which reports what it uses).
 */
import { isMap, isScalar, isSeq, type Document } from 'yaml';

/** Thrown out of the walk at the first node it does not take. */
const NOT_PLAIN = Symbol('not plain');

export function plainValue(doc: Document): { value: unknown } | undefined {
  if (doc.directives?.yaml.explicit) return undefined;
  try {
    return { value: valueOf(doc.contents) };
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

function valueOf(node: unknown): unknown {
  if (node === null) return null;
  if (isScalar(node)) {
    const value = node.value;
    if (node.anchor !== undefined || node.tag !== undefined) throw NOT_PLAIN;
    if (
      value === null ||
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean'
    )
      return value;
    throw NOT_PLAIN;
  }
  if (isMap(node)) {
    if (node.anchor !== undefined || node.tag !== undefined) throw NOT_PLAIN;
    const out: Record<string, unknown> = {};
    for (const { key, value } of node.items) {
      if (
        !isScalar(key) ||
        typeof key.value !== 'string' ||
        key.anchor !== undefined ||
        key.tag !== undefined
      )
        throw NOT_PLAIN;
      const name = key.value;
      if (name === '<<' || name === '__proto__') throw NOT_PLAIN;
      const child = valueOf(value);
      // As the yaml package adds a pair to a JS object (a key Object.prototype has becomes an own one).
      if (name in out)
        Object.defineProperty(out, name, {
          value: child,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      else out[name] = child;
    }
    return out;
  }
  if (isSeq(node)) {
    if (node.anchor !== undefined || node.tag !== undefined) throw NOT_PLAIN;
    return node.items.map(valueOf);
  }
  throw NOT_PLAIN;
}
