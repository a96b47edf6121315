/**
 * Renders the docs templates (templates/docs-*.hbs) with view models built in TypeScript.
 *
 * Its own Handlebars environment, no helpers beyond the built-in block helpers, strict mode (a
 * field the template names but the view model lacks is an error, not an empty string).
 * `{{x}}` HTML-escapes; `{{{x}}}` is reserved for view-model fields named `…Md`, which hold
 * `Markdown` built and escaped by ./inline.ts.
 */
import Handlebars from 'handlebars';

const PAGE_PREFIX = 'docs-';
const PARTIAL_PREFIX = 'docs-partial-';

export type Render = (template: string, view: object) => string;

export function createRenderer(templates: ReadonlyMap<string, string>): Render {
  const env = Handlebars.create();
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, source] of templates) {
    if (!name.startsWith(PAGE_PREFIX)) continue;
    if (name.startsWith(PARTIAL_PREFIX)) {
      env.registerPartial(name.slice(PARTIAL_PREFIX.length), env.compile(source, { strict: true }));
    } else {
      compiled.set(name, env.compile(source, { strict: true }));
    }
  }
  return (template, view) => {
    const run = compiled.get(`${PAGE_PREFIX}${template}`);
    if (!run) throw new Error(`missing template templates/${PAGE_PREFIX}${template}.hbs`);
    return run(view);
  };
}
