import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'dist.partial/',
      'dist.previous/',
      '.articles/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        // The parse workers' plain-JavaScript entry (it registers tsx) has no tsconfig.
        projectService: { allowDefaultProject: ['src/build/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
    },
  },
  {
    // Layers: a feature never imports another feature (what two share lives in src/data,
    // src/config, src/lib or src/ui). Feature modules sit directly in their folder, so any
    // "../name/…" import from one is another feature.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./)',
              message:
                'A feature never imports another feature: move what they share to src/data, src/config, src/lib or src/ui.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared layers and the build never reach into a feature (the app's routes compose them).
    files: [
      'src/build/**/*.ts',
      'src/data/**/*.{ts,tsx}',
      'src/config/**/*.ts',
      'src/lib/**/*.{ts,tsx}',
      'src/ui/**/*.{ts,tsx}',
      'src/i18n/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)features/',
              message:
                'Shared modules and the build do not import features: move the shared part to src/data, src/config or src/lib.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pipeline is pure: it runs in Node and the browser alike, with no I/O.
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'The pipeline has no I/O.',
            },
            {
              group: ['react', 'react-dom', 'react-dom/*', 'react-router'],
              message: 'The pipeline has no UI.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'fetch',
        'navigator',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'No clock in the pipeline.' },
        { object: 'Math', property: 'random', message: 'No randomness in the pipeline.' },
      ],
    },
  },
);
