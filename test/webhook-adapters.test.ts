/**
 * Each adapter with real requests: node:http over loopback, Express-style middleware behind body
 * parsers that behave as body-parser does (and behind none), Fetch `Request` objects, and the Azure
 * Functions v4 `HttpRequest` shape. The core behind them is the generated package's `createWebhook`.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  createWebhook,
  toAzureFunctionsHandler,
  toExpressMiddleware,
  toFetchHandler,
  toNodeListener,
  type Webhook,
} from '../generated/package/dist/webhook.js';
import { docsSample, validationEvent } from './support/webhook-cases.ts';

const SMS = 'Microsoft.Communication.SMSReceived';
const sms = docsSample(SMS, 'eventgrid');
const smsCloud = docsSample(SMS, 'cloudevents');
const json = (value: unknown) => JSON.stringify(value);

/** A webhook recording what its SMS handler saw, with a small body limit for the 413 cases. */
function recordingWebhook(): { hook: Webhook; seen: string[] } {
  const seen: string[] = [];
  const hook = createWebhook({ maxBodyBytes: 64 * 1024, rememberHandled: 0 }).on(SMS, (event) => {
    seen.push(`${event.schema} ${event.data.from}`);
  });
  return { hook, seen };
}

interface Exchange {
  method: string;
  headers?: Record<string, string>;
  body?: string;
}
interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  body: string;
}

// [case, request, status, response headers that must be present]
const EXCHANGES: [string, Exchange, number, Record<string, string>][] = [
  [
    'an Event Grid batch',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: json([sms]) },
    200,
    {},
  ],
  [
    'a CloudEvent',
    { method: 'POST', headers: { 'content-type': 'application/cloudevents+json' }, body: json(smsCloud) },
    200,
    {},
  ],
  [
    'the validation handshake',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'aeg-event-type': 'SubscriptionValidation' },
      body: json([validationEvent('X-9')]),
    },
    200,
    { 'content-type': 'application/json' },
  ],
  [
    'the CloudEvents handshake',
    { method: 'OPTIONS', headers: { 'webhook-request-origin': 'eventgrid.azure.net' } },
    200,
    { 'webhook-allowed-origin': 'eventgrid.azure.net', 'webhook-allowed-rate': '*' },
  ],
  ['not JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }, 400, {}],
  [
    'a body over the limit',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: `[${' '.repeat(70 * 1024)}]` },
    413,
    {},
  ],
  ['GET', { method: 'GET' }, 405, { allow: 'POST, OPTIONS' }],
];

const EXPECTED_SEEN: Record<string, string[]> = {
  'an Event Grid batch': [`eventgrid ${String((sms.data as { from: string }).from)}`],
  'a CloudEvent': [`cloudevents ${String((smsCloud.data as { from: string }).from)}`],
};

async function listen(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function overLoopback(server: Server, exchange: Exchange): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/events`, {
    method: exchange.method,
    headers: exchange.headers ?? {},
    ...(exchange.body === undefined ? {} : { body: exchange.body }),
  });
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
}

function checkAnswer(
  name: string,
  answer: Answer,
  status: number,
  headers: Record<string, string>,
  seen: string[],
) {
  assert.is(answer.status, status, `${name}: ${answer.body}`);
  for (const [header, value] of Object.entries(headers))
    assert.is(answer.headers[header], value, `${name}: ${header}`);
  if (name === 'the validation handshake')
    assert.equal(JSON.parse(answer.body), { validationResponse: 'X-9' });
  assert.equal(seen, EXPECTED_SEEN[name] ?? [], name);
}

for (const [name, exchange, status, headers] of EXCHANGES) {
  test(`node:http over loopback: ${name}`, async () => {
    const { hook, seen } = recordingWebhook();
    const server = await listen(toNodeListener(hook));
    try {
      checkAnswer(name, await overLoopback(server, exchange), status, headers, seen);
    } finally {
      server.close();
    }
  });
}

test('node:http: a chunked body over the limit is cut off at the limit with 413', async () => {
  const { hook } = recordingWebhook();
  const server = await listen(toNodeListener(hook));
  const { port } = server.address() as AddressInfo;
  try {
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/' }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      // No Content-Length: the limit is found while reading.
      for (let i = 0; i < 20; i++) request.write(' '.repeat(8 * 1024));
      request.end('[]');
    });
    assert.is(status, 413);
  } finally {
    server.close();
  }
});

// ---- Express/Connect: body-parser's behaviour, on real node:http requests ----------------------

type Middleware = (
  req: IncomingMessage & Record<string, unknown>,
  res: ServerResponse,
  next: () => void,
) => void;

/** Reads the whole stream, as body-parser does before parsing. */
async function drain(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * body-parser 1.x (Express 4): `req.body = req.body || {}` first; then, only for a matching
 * content type, reads the stream, sets `req._body = true` and the parsed body.
 */
const bodyParser =
  (accepts: RegExp, parse: (bytes: Buffer) => unknown, initialize = true): Middleware =>
  (req, _res, next) => {
    if (initialize) req.body = req.body ?? {};
    if (!accepts.test(req.headers['content-type'] ?? '')) return next();
    drain(req).then((bytes) => {
      req._body = true;
      req.body = parse(bytes);
      next();
    }, next);
  };

const PARSERS: [string, Middleware[]][] = [
  ['no body parser (Express 5 leaves req.body undefined)', []],
  [
    'express.json() (application/json only)',
    [bodyParser(/^application\/json/, (b) => JSON.parse(b.toString()))],
  ],
  ['express.text({ type: "*/*" })', [bodyParser(/./, (b) => b.toString())]],
  ['express.raw({ type: "*/*" })', [bodyParser(/./, (b) => b)]],
  [
    'body-parser 2 (Express 5) json()',
    [bodyParser(/^application\/json/, (b) => JSON.parse(b.toString()), false)],
  ],
];

for (const [parserName, parsers] of PARSERS) {
  for (const [name, exchange, status, headers] of EXCHANGES) {
    if (name === 'not JSON' && parserName.includes('json()')) continue; // body-parser answers that itself
    if (name === 'a body over the limit' && parsers.length > 0) continue; // body-parser's own limit applies
    test(`Express middleware, ${parserName}: ${name}`, async () => {
      const { hook, seen } = recordingWebhook();
      const middleware = toExpressMiddleware(hook);
      const chain = [...parsers, middleware as unknown as Middleware];
      const server = await listen((req, res) => {
        const run = (i: number): void =>
          chain[i]!(req as IncomingMessage & Record<string, unknown>, res, () => run(i + 1));
        run(0);
      });
      try {
        checkAnswer(name, await overLoopback(server, exchange), status, headers, seen);
      } finally {
        server.close();
      }
    });
  }
}

test('Express middleware: a string body a parser left over the limit is 413', async () => {
  const { hook } = recordingWebhook();
  const middleware = toExpressMiddleware(hook);
  const server = await listen((req, res) => {
    bodyParser(/./, (b) => b.toString())(req as IncomingMessage & Record<string, unknown>, res, () =>
      middleware(req, res, () => undefined),
    );
  });
  try {
    const answer = await overLoopback(server, { method: 'POST', body: `[${' '.repeat(70 * 1024)}]` });
    assert.is(answer.status, 413);
  } finally {
    server.close();
  }
});

// ---- Fetch API ----------------------------------------------------------------------------------

const fetchRequest = (exchange: Exchange) =>
  new Request('https://receiver.example/api/events', {
    method: exchange.method,
    headers: exchange.headers ?? {},
    ...(exchange.body === undefined ? {} : { body: exchange.body }),
  });

for (const [name, exchange, status, headers] of EXCHANGES) {
  test(`Fetch handler, Request → Response: ${name}`, async () => {
    const { hook, seen } = recordingWebhook();
    const response = await toFetchHandler(hook, { Response })(fetchRequest(exchange));
    assert.instance(response, Response);
    const answer = {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: await response.text(),
    };
    checkAnswer(name, answer, status, headers, seen);
  });
}

test('Fetch handler: the global Response by default; a streamed body over the limit is cancelled', async () => {
  const { hook } = recordingWebhook();
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(new Uint8Array(16 * 1024).fill(32));
    },
    cancel() {
      cancelled = true;
    },
  });
  const request = new Request('https://receiver.example/', {
    method: 'POST',
    body: stream,
    duplex: 'half',
  } as RequestInit);
  const response = await toFetchHandler(hook)(request);
  assert.instance(response, Response);
  assert.is(response.status, 413);
  assert.ok(cancelled, 'the stream was cancelled');
  assert.ok(pulled <= 6, `read ${pulled} chunks of 16 KB for a 64 KB limit`);
});

// ---- Azure Functions v4 ------------------------------------------------------------------------

/**
 * The shape of @azure/functions v4's HttpRequest: Fetch-like, wrapping an undici Request (method,
 * url, headers as Headers, query, params, user, body as a ReadableStream, and the body readers).
 */
class AzureHttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly query: URLSearchParams;
  readonly params: Record<string, string> = {};
  readonly user = null;
  readonly #request: Request;
  constructor(request: Request) {
    this.#request = request;
    this.method = request.method;
    this.url = request.url;
    this.headers = request.headers;
    this.query = new URL(request.url).searchParams;
  }
  get body() {
    return this.#request.body;
  }
  get bodyUsed() {
    return this.#request.bodyUsed;
  }
  arrayBuffer() {
    return this.#request.arrayBuffer();
  }
  text() {
    return this.#request.text();
  }
  json() {
    return this.#request.json();
  }
}

for (const [name, exchange, status, headers] of EXCHANGES) {
  test(`Azure Functions v4 handler: ${name}`, async () => {
    const { hook, seen } = recordingWebhook();
    const context = { invocationId: 'e7a0a8b2', functionName: 'events', log: () => undefined };
    const init = await toAzureFunctionsHandler(hook)(new AzureHttpRequest(fetchRequest(exchange)), context);
    // The HttpResponseInit as the Functions host turns it into a response.
    const response = new Response(init.body ?? null, { status: init.status, headers: init.headers });
    const answer = {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: await response.text(),
    };
    checkAnswer(name, answer, status, headers, seen);
  });
}

test.run();
