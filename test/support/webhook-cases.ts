/**
 * What the webhook suites share: the docs samples as the package ships them
 * (generated/package/fixtures/, the evidence), and requests and deliveries built from them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { limitedBody } from '../../generator/runtime/support/webhook-body.ts';
import type { WebhookRequest } from '../../generator/runtime/support/webhook-exchange.ts';

const FIXTURES = fileURLToPath(new URL('../../generated/package/fixtures/', import.meta.url));

export interface DocsFixture {
  /** `<event slug>/<docs version>.<event-grid|cloud-event>`. */
  name: string;
  schema: 'eventgrid' | 'cloudevents';
  type: string;
  event: Record<string, unknown>;
}

/** Every docs sample in both envelopes, in file order. */
export function docsFixtures(): DocsFixture[] {
  const fixtures: DocsFixture[] = [];
  for (const slug of readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const file of readdirSync(path.join(FIXTURES, slug.name)).sort()) {
      const event = JSON.parse(readFileSync(path.join(FIXTURES, slug.name, file), 'utf8')) as Record<
        string,
        unknown
      >;
      const schema = file.endsWith('.cloud-event.json') ? 'cloudevents' : 'eventgrid';
      const type = String(schema === 'eventgrid' ? event.eventType : event.type);
      fixtures.push({ name: `${slug.name}/${file.replace(/\.json$/, '')}`, schema, type, event });
    }
  }
  return fixtures;
}

/** The one docs sample of `type` in `schema` from the latest docs version. */
export function docsSample(type: string, schema: 'eventgrid' | 'cloudevents'): Record<string, unknown> {
  const found = docsFixtures().filter((fixture) => fixture.type === type && fixture.schema === schema);
  if (found.length === 0) throw new Error(`no docs sample of ${type}`);
  return structuredClone(found.at(-1)!.event);
}

/** Event Grid's subscription validation event, as it sends it. */
export function validationEvent(code = '512d38b6-c7b8-40c8-89fe-f46f9e9622b6'): Record<string, unknown> {
  return {
    id: '2d1781af-3a4c-4d7c-bd0c-e34b19da4e66',
    topic: '/subscriptions/xx/resourceGroups/rg/providers/Microsoft.Communication/communicationServices/acs',
    subject: '',
    data: {
      validationCode: code,
      validationUrl: `https://rp-eastus2.eventgrid.azure.net:553/eventsubscriptions/sub/validate?id=${code}`,
    },
    eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent',
    eventTime: '2018-01-25T22:12:19.4556811Z',
    metadataVersion: '1',
    dataVersion: '1',
  };
}

export interface FakeRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | { parsed: unknown };
}

/** A core request from plain parts; header names are looked up case-insensitively, as HTTP has them. */
export function fakeRequest({ method = 'POST', headers = {}, body = '' }: FakeRequest): WebhookRequest {
  const lower = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return {
    method,
    header: (name) => lower.get(name.toLowerCase()),
    readBody: async (limit) =>
      typeof body === 'string' || body instanceof Uint8Array
        ? limitedBody(body, limit)
        : { ok: true, parsed: body.parsed },
  };
}
