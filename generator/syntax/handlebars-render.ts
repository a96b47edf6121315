/**
 * Renders the Markdown templates (templates/<family>-*.hbs: the docs pages, the package README) with
 * view models built in TypeScript.
 *
 * Its own Handlebars environment per family, no helpers beyond the built-in block helpers, strict
 * mode (a field the template names but the view model lacks is an error, not an empty string).
 * `{{x}}` HTML-escapes; `{{{x}}}` is reserved for view-model fields named `…Md`, which hold
 * `Markdown` built and escaped by ./markdown-inline.ts, and `…Ts`, which hold TypeScript printed
 * from ./ts-code.ts `Code` (catalog text only as literals and checked names).
 *
 * Compiling the templates costs a cold run more than rendering them, so each comes precompiled
 * (./handlebars-precompiled.generated.ts) while its source is the one precompiled; any other
 * source (an edited template, a test's own) is compiled here, to the same code.
 */
import Handlebars from 'handlebars';
import { PRECOMPILED } from './handlebars-precompiled.generated.ts';

export type Render = (template: string, view: object) => string;

/** The options every template is compiled with. */
export const TEMPLATE_OPTIONS = { strict: true } as const;

/** A template's source and the Handlebars template specification precompiled from it. */
interface Precompiled {
  source: string;
  spec: TemplateSpecification;
}

const precompiled: Readonly<Record<string, Precompiled | undefined>> = PRECOMPILED;

/** The template `name` with `source`, in `env`: the precompiled one if it was precompiled from that source. */
function template(env: typeof Handlebars, name: string, source: string): HandlebarsTemplateDelegate {
  const ahead = Object.hasOwn(precompiled, name) ? precompiled[name] : undefined;
  return ahead?.source === source ? env.template(ahead.spec) : env.compile(source, TEMPLATE_OPTIONS);
}

/** A renderer of the templates named `<family>-<name>`, with `<family>-partial-<name>` as partials. */
export function createRenderer(templates: ReadonlyMap<string, string>, family: string): Render {
  const pagePrefix = `${family}-`;
  const partialPrefix = `${family}-partial-`;
  const env = Handlebars.create();
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, source] of templates) {
    if (!name.startsWith(pagePrefix)) continue;
    if (name.startsWith(partialPrefix)) {
      env.registerPartial(name.slice(partialPrefix.length), template(env, name, source));
    } else {
      compiled.set(name, template(env, name, source));
    }
  }
  return (template, view) => {
    const run = compiled.get(`${pagePrefix}${template}`);
    if (!run) throw new Error(`missing template templates/${pagePrefix}${template}.hbs`);
    return run(view);
  };
}
