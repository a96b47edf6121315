import { readdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => path.join(dir, name))
    .sort();
}

/** Every catalog YAML file the repository holds: the catalog, the golden one, the fuzzer's kitchen sink. */
export const repositoryYamlFiles = (): string[] => [
  ...yamlFiles(path.join(ROOT, 'catalog')),
  ...yamlFiles(path.join(ROOT, 'test', 'golden', 'catalog')),
  path.join(ROOT, 'scripts', 'fuzz', 'kitchen-sink.yaml'),
];
