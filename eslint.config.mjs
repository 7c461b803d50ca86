// ESLint for src/, test/, scripts/ and bench/: the recommended JavaScript and typescript-eslint rules, without type
// information (tsc already checks types; this stays fast). Formatting is Prettier's alone: eslint-config-prettier
// comes last and turns off every rule that would disagree with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // ESLint does not read .gitignore: the generated bundle, the example app (a fixture with deliberate flaws) and
  // the output directories .gitignore lists.
  globalIgnores(['dist/', 'examples/', 'coverage/', 'demo-results/', 'vega-codex-results/', '.bench/']),
  // A disable comment that no longer disables anything is stale: remove it.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      // A leading underscore says "unused on purpose", as in `const { fix: _fix, ...rest } = f` (tsc agrees).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    // Plain JavaScript has no tsc behind it to know Node's globals (process, console, ...).
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
