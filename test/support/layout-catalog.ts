/**
 * A small catalog that pushes the emitters' layout to its edges: test/golden/catalog plus the fuzzer's
 * kitchen-sink event (every schema keyword) plus an event with names and strings near the print
 * width, quotes of both kinds, Unicode (wide CJK, emoji, accented keys), deep nesting, long enums
 * and number lists. Loaded, checked and normalized as `npm run generate` would.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../../generator/model/diagnostic.ts';
import type { Catalog } from '../../generator/model/catalog-model.ts';
import { check } from '../../generator/stages/check.ts';
import { load, parseCatalogFile } from '../../generator/stages/load.ts';
import { normalize } from '../../generator/stages/normalize.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const LONG_NAME = 'ParticipantPropertiesUpdatedWithAnExtraordinarilyLongNameForLayout';
export const LAYOUT_EVENT_TYPE = `Microsoft.Communication.Chat${LONG_NAME}`;

/** 96 characters: with the indentation and quotes around it, a line of 104 to 112 columns. */
const NEAR_WIDTH =
  'an enum value whose printed literal lands right at the print width of one hundred and ten col';

const nested = (depth: number): object =>
  depth === 0
    ? { type: 'string', description: 'The innermost value.' }
    : {
        type: 'object',
        description: `Level ${depth} of the nesting.`,
        properties: {
          [`level${depth}WithAQuiteLongPropertyNameToo`]: nested(depth - 1),
          items: { type: 'array', items: nested(depth - 1) },
        },
        required: ['items'],
      };

const LAYOUT_EVENT = {
  type: LAYOUT_EVENT_TYPE,
  category: 'chat',
  scope: 'user',
  status: 'current',
  description:
    'Un événement — 会話のテスト 😀 — whose description mixes scripts, “quotes” and it\'s "both" kinds.',
  dataVersion: '1.0',
  subjects: [
    {
      pattern: 'thread/{threadIdentifierWithAVeryLongParameterName}/participant/{participantRawIdentifier}',
      prefix: 'thread/',
      parameters: {
        threadIdentifierWithAVeryLongParameterName: {
          description: 'The chat thread id — スレッド.',
          from: '/threadIdentifierWithAVeryLongParameterName',
        },
        participantRawIdentifier: {
          description: "The participant's raw id.",
          from: '/participantRawIdentifier',
        },
      },
    },
  ],
  listings: [{ document: '2021-10', line: 1, description: 'Not a real event.' }],
  schema: {
    type: 'object',
    properties: {
      threadIdentifierWithAVeryLongParameterName: { type: 'string', description: 'The thread.' },
      participantRawIdentifier: { type: 'string', description: 'The participant.' },
      größe: { type: 'string', description: 'An accented key.' },
      'x-ms-hyphenated-key': { type: 'integer', description: 'A key that needs quotes.' },
      東京: {
        type: 'string',
        enum: ['東京タワーの展望台から見える景色はとても美しいです。夜景も素晴らしい', '大阪'],
      },
      quoted: {
        type: 'string',
        enum: ["it's", 'say "hi"', `both ' and "" kinds`, NEAR_WIDTH, `${NEAR_WIDTH}umn`],
      },
      emoji: {
        type: 'string',
        const: '😀👍🏽 emoji at the edge of the line, which counts two columns each in prettier',
      },
      numbers: { type: 'integer', enum: Array.from({ length: 40 }, (_, i) => 1000 + i * 37) },
      choice: {
        anyOf: [
          { type: 'string', format: 'date-time' },
          { type: 'integer' },
          { $ref: '#/$defs/CommunicationIdentifier' },
          { type: 'boolean' },
        ],
      },
      deep: nested(4),
    },
    required: ['threadIdentifierWithAVeryLongParameterName', 'participantRawIdentifier', 'quoted', 'deep'],
  },
  samples: [
    {
      source: { document: '2021-10', line: 2 },
      published: JSON.stringify([
        {
          id: '00000000-0000-4000-8000-000000000000',
          topic:
            '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/{name}',
          subject: 'thread/19:abc@thread.v2/participant/8:acs:1',
          data: {
            threadIdentifierWithAVeryLongParameterName: '19:abc@thread.v2',
            participantRawIdentifier: '8:acs:1',
            größe: 'groß',
            'x-ms-hyphenated-key': 7,
            東京: '大阪',
            quoted: "it's",
            emoji: '😀👍🏽 emoji at the edge of the line, which counts two columns each in prettier',
            numbers: 1037,
            choice: true,
            deep: { items: [{ items: [{ items: [{ items: ['x'.repeat(100)] }] }] }] },
          },
          eventType: LAYOUT_EVENT_TYPE,
          dataVersion: '1.0',
          metadataVersion: '1',
          eventTime: '2021-10-01T00:00:00Z',
        },
      ]),
    },
  ],
};

let cached: Promise<Catalog> | undefined;

export function layoutCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const loaded = await load(path.join(ROOT, 'test', 'golden', 'catalog'), 'catalog');
    const extra = [
      parseCatalogFile(
        'catalog/events/chat/FuzzKitchenSink.yaml',
        'event',
        await readFile(path.join(ROOT, 'scripts', 'fuzz', 'kitchen-sink.yaml'), 'utf8'),
      ),
      // JSON is YAML.
      parseCatalogFile(`catalog/events/chat/Chat${LONG_NAME}.yaml`, 'event', JSON.stringify(LAYOUT_EVENT)),
    ];
    for (const parsed of extra) {
      loaded.diagnostics.push(...parsed.diagnostics);
      if (parsed.file) loaded.files.push(parsed.file);
    }
    const errors = [...loaded.diagnostics, ...check(loaded)].filter((d) => d.severity === 'error');
    if (errors.length > 0)
      throw new Error(`the layout catalog does not check:\n${errors.map(formatDiagnostic).join('\n')}`);
    return normalize(loaded);
  })();
  return cached;
}
