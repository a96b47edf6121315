/**
 * Fresh copies of our validators (generated/package/dist copied into a temporary directory and
 * imported: own functions, own type feedback), and what they pay for the checks typia does not
 * make: copies with one kind of check switched off. Not validators anyone should use; they only
 * tell where the time goes.
 * - without date-time: `$dateTime` accepts every string (typia checks a `string` type only);
 * - without own-property checks: a property is present when it is not undefined, without the
 *   prototype and `hasOwnProperty` tests (typia reads `input.x` and accepts a value inherited from a
 *   prototype). The prototype read goes too: `Object.getPrototypeOf(v)` is a call V8 does not
 *   inline when the object's shapes are many (a definition shared by many events), and most of what
 *   the checks cost (the `in` tests against it are cheap); with the call left in place, its result
 *   unused, the variant cost as much as ours.
 *
 * The patches match the emitted runtime's text; when the runtime changes shape so that one no
 * longer applies, that variant is reported as not built rather than measured wrongly.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../fuzz/targets.ts';

interface Patch {
  file: string;
  from: RegExp;
  to: string;
}

const NO_DATE_TIME: Patch[] = [
  { file: 'support/formats.js', from: /^(?:export )?function \$dateTime\(s\) \{$/m, to: '$& return true;' },
];
// A guard tests `"k" in r && !$hasOwn.call(v, "k")` (inherited: fails) or `(!("k" in r) || $hasOwn.call(v, "k"))`
// (own: passes); a check hands its helpers `"k" in r && v` (the object when its prototype has the key).
const NO_OWN_CHECK: Patch[] = [
  { file: 'support/validation.js', from: /\$hasOwn\.call\(o, k\)/g, to: 'true' },
  {
    file: 'validators/',
    from: /Object\.getPrototypeOf\(v\) \|\| Object\.prototype/g,
    to: 'Object.prototype',
  },
  { file: 'validators/', from: /"([^"]+)" in r\d+ && !\$hasOwn\.call\(v, "\1"\)/g, to: 'false' },
  { file: 'validators/', from: /\(!\("([^"]+)" in r\d+\) \|\| \$hasOwn\.call\(v, "\1"\)\)/g, to: 'true' },
  { file: 'validators/', from: /"[^"]+" in r\d+ && v\b/g, to: 'false' },
];

export const ABLATIONS = {
  'without date-time': NO_DATE_TIME,
  'without own-property checks': NO_OWN_CHECK,
  'without both': [...NO_DATE_TIME, ...NO_OWN_CHECK],
} as const;

export type ValidatorsModule = Record<string, (value: unknown) => unknown>;

let copies = 0;

/**
 * A fresh copy of generated/package/dist/validators.js (own functions, own type feedback), with
 * `patches` applied; or why a patch did not apply.
 */
export async function freshValidators(
  work: string,
  patches: readonly Patch[] = [],
): Promise<ValidatorsModule | string> {
  const dir = path.join(work, `ours-${++copies}`);
  await cp(path.join(ROOT, 'generated/package/dist'), path.join(dir, 'dist'), { recursive: true });
  await cp(path.join(ROOT, 'generated/package/package.json'), path.join(dir, 'package.json'));
  const missing: string[] = [];
  for (const patch of patches) {
    // A path ending in / stands for every .js module under that directory.
    const files = patch.file.endsWith('/')
      ? (await readdir(path.join(dir, 'dist', patch.file), { recursive: true }))
          .filter((name) => name.endsWith('.js'))
          .map((name) => path.join(dir, 'dist', patch.file, name))
      : [path.join(dir, 'dist', patch.file)];
    let found = false;
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      if (text.search(patch.from) === -1) continue;
      found = true;
      await writeFile(file, text.replace(patch.from, patch.to));
    }
    if (!found) missing.push(`${patch.file} has no ${patch.from.source}`);
  }
  if (missing.length > 0) return `not built: ${missing.join('; ')}`;
  return (await import(pathToFileURL(path.join(dir, 'dist', 'validators.js')).href)) as ValidatorsModule;
}
