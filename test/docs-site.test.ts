/**
 * The docs site in a real browser: builds generated/docs with VitePress (0 dead links), serves the
 * build, and opens every page at 1280 px and at 390 px in Debian's chromium (driven by
 * playwright-core). Fails on a horizontal page scroll, a console error, an internal link to a
 * page or #anchor that does not exist, or an image without alt text. Saves screenshots of the
 * home page, one event page and the errata page to a temporary folder and prints their paths.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const VITEPRESS = path.join(ROOT, 'node_modules/vitepress/bin/vitepress.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
/** Pages open at once (one browser, one tab each, reused from page to page so assets stay cached). */
const PARALLEL = 4;
/** Per navigation; generous because the machine running the tests may be shared and busy. */
const TIMEOUT = 120_000;
const SCREENSHOTS = [
  { page: '/', name: 'home' },
  { page: '/chat/chat-message-received.html', name: 'event-chat-message-received' },
  { page: '/errata.html', name: 'errata' },
];

interface PageReport {
  url: string;
  viewport: string;
  scrollOverflow: number;
  consoleErrors: string[];
  ids: string[];
  links: string[];
  imagesWithoutAlt: string[];
}

let outDir = '';
let server: StaticServer | undefined;
let browser: Browser | undefined;
let buildOutput = '';

test.before(async () => {
  const temp = await mkdtemp(path.join(tmpdir(), 'acs-docs-site-'));
  outDir = path.join(temp, 'dist');
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [VITEPRESS, 'build', 'generated/docs', '--outDir', outDir],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  buildOutput = stdout + stderr;
  server = await serveStatic(outDir);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

test.after(async () => {
  await browser?.close();
  await server?.close();
});

test('chromium is installed (.ci/run installs it with apt-get when it is missing)', () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
});

test('the site builds with no dead links', () => {
  assert.match(buildOutput, /build complete/);
  assert.not.match(buildOutput, /dead link/i);
});

test('every page at 1280 and 390 px: no horizontal scroll, no console error, images have alt text, internal links resolve', async () => {
  const pages = await builtPages(outDir);
  assert.ok(pages.length >= 70, `only ${pages.length} pages built`);
  const reports: PageReport[] = [];
  for (const viewport of VIEWPORTS) {
    const context = await browser!.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    });
    context.setDefaultTimeout(TIMEOUT);
    const queue = [...pages];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        const tab = await context.newPage();
        const consoleErrors: string[] = [];
        tab.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
        });
        tab.on('pageerror', (error) => consoleErrors.push(error.message));
        for (let next = queue.shift(); next !== undefined; next = queue.shift())
          reports.push(await visit(tab, `${server!.url}${next}`, viewport.name, consoleErrors));
      }),
    );
    await context.close();
  }

  const problems: string[] = [];
  const idsByPath = new Map(reports.map((report) => [new URL(report.url).pathname, new Set(report.ids)]));
  for (const report of reports) {
    const at = `${new URL(report.url).pathname} (${report.viewport})`;
    if (report.scrollOverflow > 0) problems.push(`${at}: scrolls sideways by ${report.scrollOverflow}px`);
    for (const error of report.consoleErrors) problems.push(`${at}: console error ${error}`);
    for (const image of report.imagesWithoutAlt) problems.push(`${at}: image without alt text ${image}`);
    for (const target of report.links) {
      const url = new URL(target);
      const ids = idsByPath.get(url.pathname === '/index.html' ? '/' : url.pathname);
      if (ids === undefined) problems.push(`${at}: link to a page that was not built: ${url.pathname}`);
      else if (url.hash.length > 1 && !ids.has(decodeURIComponent(url.hash.slice(1))))
        problems.push(`${at}: link to a missing anchor ${url.pathname}${url.hash}`);
    }
  }
  assert.equal(problems, []);
  assert.is(reports.length, pages.length * VIEWPORTS.length);
});

test('screenshots of the home page, an event page and the errata page', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'acs-docs-screenshots-'));
  const saved: string[] = [];
  for (const viewport of VIEWPORTS) {
    const context = await browser!.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    });
    context.setDefaultTimeout(TIMEOUT);
    const tab = await context.newPage();
    for (const shot of SCREENSHOTS) {
      await tab.goto(`${server!.url}${shot.page}`, { waitUntil: 'load' });
      const file = path.join(folder, `${shot.name}-${viewport.width}.png`);
      await tab.screenshot({ path: file, fullPage: shot.name !== 'errata' });
      saved.push(file);
    }
    await context.close();
  }
  console.log(`\n  docs site screenshots:\n${saved.map((file) => `    ${file}`).join('\n')}`);
  assert.is(saved.length, SCREENSHOTS.length * VIEWPORTS.length);
});

/** Every built page, as a path the server serves (`/`, `/chat/`, `/chat/chat-message-received.html`). */
async function builtPages(root: string): Promise<string[]> {
  const files = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter(
    (file) => file.endsWith('.html') && file !== '404.html',
  );
  return files.map((file) => `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1')).sort();
}

/** Opens one page in `tab` and reports what the test checks; console errors are collected per tab. */
async function visit(tab: Page, url: string, viewport: string, consoleErrors: string[]): Promise<PageReport> {
  consoleErrors.length = 0;
  await tab.goto(url, { waitUntil: 'load' });
  // Mermaid diagrams render after hydration; wait until each has its SVG.
  await tab.waitForFunction(() =>
    [...document.querySelectorAll('.mermaid')].every((node) => node.querySelector('svg') !== null),
  );
  const facts = await tab.evaluate(() => ({
    scrollOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ids: [...document.querySelectorAll('[id]')].map((node) => node.id),
    links: [...document.querySelectorAll('a[href]')]
      .map((node) => (node as HTMLAnchorElement).href)
      .filter((href) => href.startsWith(location.origin)),
    imagesWithoutAlt: [...document.querySelectorAll('img')]
      .filter((image) => (image.getAttribute('alt') ?? '').trim() === '')
      .map((image) => image.src),
  }));
  return { url, viewport, consoleErrors: [...consoleErrors], ...facts };
}

test.run();
