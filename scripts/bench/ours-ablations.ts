/**
 * Fresh copies of our validators (generated/package/dist copied into a temporary directory and
 * imported: own functions, own type feedback), and what they pay for the checks typia does not
 * make: copies with one kind of check switched off. Not validators anyone should use; they only
 * tell where the time goes.
 * - without date-time: `$dateTime` accepts every string (typia checks a `string` type only);
 * - without own-property checks: a property is present when it is not undefined, without
 *   `hasOwnProperty` (typia reads `input.x` and accepts a value inherited from a prototype).
 *
 * The patches match the emitted runtime's text; when the runtime changes shape so that one no
 * longer applies, that variant is reported as not built rather than measured wrongly.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
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
const NO_OWN_CHECK: Patch[] = [
  { file: 'support/validation.js', from: /\$hasOwn\.call\(o, k\)/g, to: 'true' },
  { file: 'validators.js', from: /\$hasOwn\.call\([^()]*\)/g, to: 'true' },
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
    const file = path.join(dir, 'dist', patch.file);
    const text = await readFile(file, 'utf8');
    if (text.search(patch.from) === -1) missing.push(`${patch.file} has no ${patch.from.source}`);
    await writeFile(file, text.replace(patch.from, patch.to));
  }
  if (missing.length > 0) return `not built: ${missing.join('; ')}`;
  return (await import(pathToFileURL(path.join(dir, 'dist', 'validators.js')).href)) as ValidatorsModule;
}
