// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const forbidHtmlSinks = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Render data as text: no innerHTML.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'Render data as text: no outerHTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Render data as text: no insertAdjacentHTML.',
  },
  {
    selector: "CallExpression[callee.property.name='setHTML']",
    message: 'Render data as text: no setHTML.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public',
      'test-results',
      'playwright-report',
      '*.tmp.mjs',
      'tests/bench/out',
      '.scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      'no-restricted-syntax': ['error', ...forbidHtmlSinks],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/url/codec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['maplibre-gl', '@deck.gl/*', '../map/*', '../ui/*', '../store/*'] },
      ],
    },
  },
  {
    // The domain is pure: no DOM or browser globals (tests may use them).
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'location', 'localStorage', 'fetch'].map((name) => ({
          name,
          message: 'src/domain is pure: no DOM or browser globals.',
        })),
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['maplibre-gl', '@deck.gl/*', '../map/*'] }],
    },
  },
  {
    // The map adapter and the UI meet only in the store.
    files: ['src/map/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../ui/*'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
