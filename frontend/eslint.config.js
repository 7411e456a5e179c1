import { existsSync, readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports run one way: shared code <- features <- app. A relative path that climbs into those folders counts too.
const intoFolder = (...folders) => `^(@/|(\\.\\./)+)(${folders.join('|')})(/|$)`;
const noApp = { regex: intoFolder('app'), message: 'Only src/app composes the app: features do not import it.' };
const kitOnlyThroughUi = { name: 'design-react-kit', message: 'Use @/components/ui.' };
// The shared folders bulletproof-react names, those that exist here.
const shared = ['components', 'hooks', 'lib', 'types', 'utils'].filter((folder) =>
  existsSync(new URL(`./src/${folder}`, import.meta.url)),
);

export default tseslint.config(
  { ignores: ['dist', 'src/types/api.gen.ts', 'playwright-report', 'test-results', 'test-results-contract'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Features talk to design-react-kit only through src/components/ui.
    files: ['src/features/**', 'src/app/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [kitOnlyThroughUi] }],
    },
  },
  {
    files: shared.map((folder) => `src/${folder}/**`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: intoFolder('features', 'app'),
              message: 'Shared code does not import features or the app: they import it.',
            },
          ],
        },
      ],
    },
  },
  // A feature never imports another: the routes in src/app compose them. Read from the folder, so that a new feature
  // is covered without being listed here.
  ...readdirSync(new URL('./src/features', import.meta.url)).map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [kitOnlyThroughUi],
          patterns: [
            noApp,
            {
              group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/*`],
              message: 'Features do not import each other; compose them in src/app.',
            },
          ],
        },
      ],
    },
  })),
);
