/**
 * Renders the Markdown templates (templates/<family>-*.hbs: the docs pages, the package README) with
 * view models built in TypeScript.
 *
 * Its own Handlebars environment per family, no helpers beyond the built-in block helpers, strict
 * mode (a field the template names but the view model lacks is an error, not an empty string).
 * `{{x}}` HTML-escapes; `{{{x}}}` is reserved for view-model fields named `…Md`, which hold
 * `Markdown` built and escaped by ./markdown-inline.ts, and `…Ts`, which hold TypeScript printed
 * from ./ts-code.ts `Code` (catalog text only as literals and checked names).
 */
import Handlebars from 'handlebars';

export type Render = (template: string, view: object) => string;

/** A renderer of the templates named `<family>-<name>`, with `<family>-partial-<name>` as partials. */
export function createRenderer(templates: ReadonlyMap<string, string>, family: string): Render {
  const pagePrefix = `${family}-`;
  const partialPrefix = `${family}-partial-`;
  const env = Handlebars.create();
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, source] of templates) {
    if (!name.startsWith(pagePrefix)) continue;
    if (name.startsWith(partialPrefix)) {
      env.registerPartial(name.slice(partialPrefix.length), env.compile(source, { strict: true }));
    } else {
      compiled.set(name, env.compile(source, { strict: true }));
    }
  }
  return (template, view) => {
    const run = compiled.get(`${pagePrefix}${template}`);
    if (!run) throw new Error(`missing template templates/${pagePrefix}${template}.hbs`);
    return run(view);
  };
}
