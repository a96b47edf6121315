// Lint for the hand-written TypeScript: a short list of rules, each catching a real bug class.
// Formatting is prettier's job (`npm run format:check`); import boundaries are test/architecture.test.ts's.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Builtins that read or write the world (all but posix path arithmetic): only stages/, import/ and scripts. */
const IO_BUILTIN = '^node:(?!path/posix$)';

export default defineConfig(
  { ignores: ['generated/', 'test/golden/', 'test/tmp/', 'catalog/sources/', 'node_modules/'] },
  {
    files: ['generator/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts', 'examples/**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits loses its rejection and its ordering.
      '@typescript-eslint/no-floating-promises': 'error',
      // An async callback where a sync one is expected (forEach, if (promise)) runs unawaited.
      '@typescript-eslint/no-misused-promises': 'error',
      // Awaiting a non-promise means the author misread the callee's type.
      '@typescript-eslint/await-thenable': 'error',
      // An assertion the compiler already knows is noise that outlives the type it once narrowed.
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // `${obj}` in generated code prints "[object Object]" or "a,b": interpolate scalars only.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true, allowAny: false },
      ],
      // A switch over a union must handle every member, so a new catalog kind is not silently skipped.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      // Type-only imports say so: they vanish at run time and the architecture test tells them apart.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Dead bindings are leftovers of a refactor; a leading _ marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
      // == coerces ('' == 0); `== null` alone is the idiom for null-or-undefined.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Emitters, the model and the code builders are pure functions of the catalog: no file system,
    // process or network.
    files: ['generator/model/**/*.ts', 'generator/syntax/**/*.ts', 'generator/emit/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: IO_BUILTIN, message: 'pure code: only stages/ and import/ do I/O' }] },
      ],
    },
  },
  {
    // The runtime is copied into the generated package, which has no dependencies.
    files: ['generator/runtime/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'the shipped runtime runs in any JavaScript engine' },
            { regex: '^(?!\\.|node:)', message: 'the generated package has no dependencies' },
          ],
        },
      ],
    },
  },
);
