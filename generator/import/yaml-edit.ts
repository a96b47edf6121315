/**
 * Small helpers over the `yaml` Document API so catalog files keep their comments and key order:
 * parse, append nodes, sort sequences, stringify with `lineWidth: 0`.
 */
import YAML, { Document, isMap, isScalar, isSeq, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** As the catalog is written by hand: no line folding, `[string, 'null']` without padding. */
export const STRINGIFY: YAML.ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

export function parseYaml(text: string, file: string): Document {
  const doc = YAML.parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0];
    throw new Error(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: ${e.message.split('\n')[0]}`);
  }
  return doc;
}

export function stringify(doc: Document): string {
  return doc.toString(STRINGIFY);
}

/**
 * Does `value` survive a round trip as a `|` block scalar (the `yaml` package picks `|-`/`|+` and an
 * indentation indicator when needed)? Checked nested, at the depth samples live at.
 */
export function blockScalarRoundTrips(value: string): boolean {
  const doc = new Document({ a: [{ b: { c: value } }] });
  const node = doc.getIn(['a', 0, 'b', 'c'], true);
  if (!isScalar(node)) return false;
  node.type = Scalar.BLOCK_LITERAL;
  try {
    return (YAML.parse(doc.toString(STRINGIFY)) as { a: { b: { c: unknown } }[] }).a[0]!.b.c === value;
  } catch {
    return false;
  }
}

/** A scalar node for published text: a block literal when that round-trips exactly, else double-quoted. */
export function textNode(doc: Document, value: string): Scalar {
  const node = doc.createNode(value) as Scalar;
  node.type =
    value.includes('\n') && blockScalarRoundTrips(value)
      ? Scalar.BLOCK_LITERAL
      : value.includes('\n')
        ? Scalar.QUOTE_DOUBLE
        : node.type;
  return node;
}

/** Build a node for a plain JS value, turning the listed keys' multi-line strings into text nodes. */
export function createNode(doc: Document, value: unknown, textKeys: ReadonlySet<string>): unknown {
  const node = doc.createNode(value);
  styleTextKeys(doc, node, textKeys);
  return node;
}

/** Characters that look like spaces (or nothing): such strings are written double-quoted so they stay visible. */
const INVISIBLE = /[\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]|^\s|\s$/;

function styleTextKeys(doc: Document, node: unknown, textKeys: ReadonlySet<string>): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (
        typeof key === 'string' &&
        textKeys.has(key) &&
        isScalar(pair.value) &&
        typeof pair.value.value === 'string'
      ) {
        pair.value = textNode(doc, pair.value.value);
      } else if (
        isScalar(pair.value) &&
        typeof pair.value.value === 'string' &&
        INVISIBLE.test(pair.value.value)
      ) {
        pair.value.type = Scalar.QUOTE_DOUBLE;
      } else {
        styleTextKeys(doc, pair.value, textKeys);
      }
    }
  } else if (isSeq(node)) {
    for (const item of node.items) styleTextKeys(doc, item, textKeys);
  }
}

/** The sequence at `path`, created (empty, block style) when missing. */
export function seqAt(doc: Document, path: (string | number)[]): YAMLSeq {
  const node = doc.getIn(path, true);
  if (isSeq(node)) return node;
  if (node !== undefined && node !== null && !(isScalar(node) && node.value === null)) {
    throw new Error(`${path.join('.')} is not a sequence`);
  }
  const seq = new YAMLSeq();
  doc.setIn(path, seq);
  return seq;
}

/**
 * The top-level sequence `key`; when missing, created right after the first of `after` the mapping has
 * (the catalog's key order), else at the end.
 */
export function seqAfter(doc: Document, key: string, after: readonly string[]): YAMLSeq {
  const map = doc.contents;
  if (!isMap(map) || map.has(key)) return seqAt(doc, [key]);
  const seq = new YAMLSeq();
  const anchor = after
    .map((name) => map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === name))
    .find((i) => i !== -1);
  const pair = doc.createPair(key, seq);
  if (anchor === undefined) map.items.push(pair);
  else map.items.splice(anchor + 1, 0, pair);
  return seq;
}

/** Stable sort of a sequence's items by a key computed from each item's JS value; returns whether the order changed. */
export function sortSeq<K>(
  seq: YAMLSeq,
  key: (value: unknown) => K,
  compare: (a: K, b: K) => number,
): boolean {
  const keyed = seq.items.map((item, index) => ({ item, index, key: key(toJS(item)) }));
  keyed.sort((a, b) => compare(a.key, b.key) || a.index - b.index);
  const changed = keyed.some((k, i) => k.index !== i);
  if (changed) seq.items = keyed.map((k) => k.item);
  return changed;
}

export function toJS(node: unknown): unknown {
  if (node instanceof YAMLMap || node instanceof YAMLSeq || node instanceof Scalar) return node.toJSON();
  return node;
}
