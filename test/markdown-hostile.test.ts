/**
 * Hostile catalog text through the Markdown helpers every docs page uses (generator/syntax/
 * markdown-inline.ts): rendered by micromark (CommonMark + GFM tables), it never becomes an image,
 * raw HTML or a link to anything but an http(s) URL the text spelt out. Control characters never
 * get this far: load rejects them with their position (test/broken-catalogs: nul-in-text, esc-in-text…).
 */
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { prose, text } from '../generator/syntax/markdown-inline.ts';

const render = (markdown: string) =>
  micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfmTable()],
    htmlExtensions: [gfmTableHtml()],
  });

const HOSTILE: string[] = [
  '![t](https://evil.example/t.png)',
  'See ![t](https://evil.example/t.png) here',
  '!![t](https://evil.example/t.png)',
  'Wow!![t](https://evil.example/t.png)',
  '\\![t](https://evil.example/t.png)',
  '![t][ref]\n\n[ref]: https://evil.example/t.png',
  '<img src="https://evil.example/t.png">',
  '<script>alert(1)</script>',
  '<!-- hidden --> text',
  '[x](javascript:alert(1))',
  '[x](https://ok.example "title") ![y](https://evil.example/y.png "t")',
  '`code` ![t](https://evil.example/t.png) `more`',
  '&lt;img src=x&gt; &#60;img&#62;',
  '<https://evil.example/auto.png>',
];

for (const input of HOSTILE) {
  for (const [name, render_] of [
    ['prose', prose],
    ['text', text],
  ] as const) {
    test(`${name}: ${JSON.stringify(input)}`, () => {
      const paragraph = render(render_(input));
      const cell = render(`| a |\n| - |\n| ${render_(input, { table: true })} |\n`);
      for (const html of [paragraph, cell]) {
        assert.not.match(html, /<img/i, html);
        assert.not.match(html, /<script|<!--/i, html);
        assert.not.match(html, /href="(?!https?:)/i, html);
        // Any link kept points at a URL the input spelt out as a link target.
        for (const [, href] of html.matchAll(/href="([^"]*)"/g))
          assert.ok(input.includes(href!.replaceAll('&amp;', '&')), `${href} is not in the input`);
      }
    });
  }
}

test.run();
