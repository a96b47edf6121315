/**
 * Reading generated Markdown pages the way GitHub and the docs tests do, independent of the
 * generator's own helpers: anchors, links, table rows, and markdownlint-cli2 with the repository's config.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MARKDOWNLINT = path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const run = promisify(execFile);

/** The page without front matter and fenced code blocks (links and headings live outside them). */
export function outsideFences(markdown: string): string {
  const lines = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (fence !== undefined && marker && marker[0] === fence[0] && marker.length >= fence.length)
      fence = undefined;
    else if (fence === undefined) kept.push(line);
  }
  return kept.join('\n');
}

/** GitHub's heading anchors (github-slugger), duplicates numbered, plus explicit `<a id|name>`. */
export function anchorsOf(markdown: string): { anchors: Set<string>; duplicates: string[] } {
  const anchors = new Set<string>();
  const duplicates: string[] = [];
  const body = outsideFences(markdown);
  for (const match of body.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const plain = match[1]!
      .replace(/`+([^`]*)`+/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\\(.)/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    let unique = slug;
    for (let n = 1; anchors.has(unique); n++) unique = `${slug}-${n}`;
    if (unique !== slug) duplicates.push(slug);
    anchors.add(unique);
  }
  for (const match of body.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]!);
  return { anchors, duplicates };
}

/** Inline link targets outside code (`[label](target)`), escapes and code spans removed first. */
export function linksOf(markdown: string): string[] {
  const body = outsideFences(markdown)
    .replace(/\\./g, '')
    .replace(/(`+)[\s\S]*?\1/g, '');
  return [...body.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
}

/** Relative links (page paths relative to one root) whose page or #anchor does not exist. */
export function brokenLinks(pages: ReadonlyMap<string, string>): { broken: string[]; checked: number } {
  const anchors = new Map([...pages].map(([page, contents]) => [page, anchorsOf(contents).anchors]));
  const broken: string[] = [];
  let checked = 0;
  for (const [page, contents] of pages) {
    for (const target of linksOf(contents)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [file = '', anchor] = target.split('#');
      const resolved =
        file === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file));
      checked++;
      if (!pages.has(resolved)) broken.push(`${page}: ${target} (no page ${resolved})`);
      else if (anchor !== undefined && !anchors.get(resolved)!.has(anchor))
        broken.push(`${page}: ${target} (no #${anchor} in ${resolved})`);
    }
  }
  return { broken, checked };
}

/** Table rows as trimmed cells (split on unescaped pipes), so column padding does not matter. */
export const rows = (markdown: string) =>
  markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );

export async function markdownlint(cwd: string, args: string[]): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [MARKDOWNLINT, ...args], { cwd });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? failure.message}` };
  }
}
