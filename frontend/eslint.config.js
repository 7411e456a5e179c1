import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
      'no-restricted-imports': ['error', { paths: [{ name: 'design-react-kit', message: 'Use @/components/ui.' }] }],
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
          paths: [{ name: 'design-react-kit', message: 'Use @/components/ui.' }],
          patterns: [
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
