/** The 10 MB hostile bodies of the benchmark (hostile-body.ts), built from the docs samples. */
import { readFileSync } from 'node:fs';

const TEN_MB = 10 * 1024 * 1024;
type Json = Record<string, unknown>;
const catalog = JSON.parse(
  readFileSync(new URL('../../generated/catalog.json', import.meta.url), 'utf8'),
) as {
  events: { type: string; samples: { corrected: Json }[] }[];
};
const sampleOf = (type: string): Json =>
  structuredClone(
    catalog.events.find((event) => event.type === `Microsoft.Communication.${type}`)!.samples[0]!.corrected,
  );

/** `event` with data.<key> set to raw JSON text. */
function withRaw(event: Json, key: string, raw: string): string {
  (event.data as Json)[key] = '@@HOLE@@';
  return JSON.stringify(event).replace('"@@HOLE@@"', raw);
}
const items = (count: number) => `[${'0,'.repeat(count - 1)}0]`;
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** The 10 MB bodies, as JSON text. */
export const HOSTILE_BODIES: Record<string, () => string> = {
  'deep nesting (5,242,880 levels)': () => nested(TEN_MB / 2),
  'wrong items (5,242,000 numbers where participants belong)': () =>
    withRaw(sampleOf('ChatThreadCreated'), 'participants', items(TEN_MB / 2 - 500)),
  'a huge string (10 MB message body)': () =>
    withRaw(sampleOf('ChatMessageReceived'), 'messageBody', JSON.stringify('x'.repeat(TEN_MB))),
  'many events (3,495,253 empty objects)': () =>
    `[${Array(Math.floor(TEN_MB / 3))
      .fill('{}')
      .join(',')}]`,
};

/** A body as parsed JSON: JSON.parse of its text, or (deep nesting) built as a caller would build it. */
export function parsedForm(name: string, text: string): unknown {
  if (name.startsWith('deep')) {
    let value: unknown = [];
    for (let i = 1; i < TEN_MB / 2; i++) value = [value];
    return value;
  }
  return JSON.parse(text) as unknown;
}

export const CASE_NAMES = Object.keys(HOSTILE_BODIES);
