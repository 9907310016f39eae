// ESLint for the whole repository (`npm run lint`): type-aware TypeScript rules, the rules of hooks
// for the web app, and nothing about formatting (Prettier owns that: eslint-config-prettier comes last).
// A rule is turned off or narrowed only here, with the reason beside it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/build/',
    'coverage/',
    'test-results/',
    '.data/',
    // The Prisma client, written by `node scripts/prisma-generate.mjs`.
    'apps/api/src/generated/',
  ]),

  js.configs.recommended,
  {
    rules: {
      // French typography puts no-break spaces inside guillemets and before « : », in templates as in strings.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },

  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Each file is checked with the types of the tsconfig.json that owns it (packages/shared,
        // apps/api, apps/web, tests); the root's prisma.config.ts belongs to none.
        projectService: { allowDefaultProject: ['prisma.config.ts'], defaultProject: 'tsconfig.base.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // React discards what an event handler returns; the async handlers given to onSubmit and onClick
      // catch their own failures and show them (the ErrorSummary), so their promise never rejects.
      // Every other place a promise goes where a function returning void is expected is still checked.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // A switch with a `default` handles the other values on purpose ("the other languages"); one
      // without must name every member of the union, so a new status or language cannot slip through.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // `_` names what is left out on purpose: `const { secret: _, ...rest } = row`, an unused parameter.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },

  {
    // The API's and the shared package's unit tests sit beside their code but belong to tests/tsconfig.json
    // (their own tsconfig.json leave them out of the build), which the project service would not find.
    files: ['apps/api/src/**/*.spec.ts', 'packages/shared/src/**/*.spec.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tests/tsconfig.json' },
    },
  },

  {
    // Tests read JSON answers through supertest, whose `response.body` is `any` by design: the
    // assertions are what check its shape. Test doubles and callbacks are `async` without `await` to
    // stand in for an asynchronous service or to have `act` wait, so that a throw becomes a rejection.
    files: ['tests/**/*.ts', '**/*.spec.{ts,tsx}', 'apps/web/src/replies/inMemoryDraftServer.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },

  {
    // These strip or refuse control characters on purpose (file names, mail headers, parameters, the
    // sniffing of binary files); the rule is there to catch one typed by mistake, everywhere else.
    files: [
      'apps/api/src/modules/mail/compose/message.ts',
      'apps/api/src/modules/replies/originals/file-name.ts',
      'apps/api/src/modules/replies/originals/inspect-original.ts',
      'packages/shared/src/parameters.ts',
    ],
    rules: { 'no-control-regex': 'off' },
  },

  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The preset's React Compiler rules: the app is not built with the React Compiler (plain
      // @vitejs/plugin-react), and these four flag patterns that are deliberate and correct without it:
      // state reset in an effect when its input changes (useLoad, the error summary), a ref read while
      // rendering (the new-organization draft kept across the edit dialog) or in a callback it cannot
      // tell runs later (handleSubmit's), react-hook-form's `watch`, and a test harness handing the
      // hook's result to the test. The compiler's other rules (purity, immutability, …) stay on.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      'react-hooks/incompatible-library': 'off',
      'react-hooks/globals': 'off',
    },
  },

  // Plain JavaScript: Node scripts and jest's set-up, no type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // The functions given to Playwright's page.evaluate run in the browser.
    files: ['scripts/bench-web.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },

  prettier,
]);
