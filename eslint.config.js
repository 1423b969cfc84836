// Lint rules that enforce the layering in shared/STYLE.md: idb only in storage/,
// onnxruntime-web and opencv only in analysis/worker/, type-only imports marked as such.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'models',
      'public',
      'coverage',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'idb', message: 'Only src/storage/ talks to IndexedDB.' }],
          patterns: [
            {
              group: ['onnxruntime-web', 'onnxruntime-web/*', '@opencvjs/web'],
              message: 'Only src/analysis/worker/ loads the model runtime and OpenCV.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/analysis/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'idb', message: 'Workers do not touch IndexedDB.' }] },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'idb', '../storage/*', '../features/*'],
              message: 'The domain core stays free of React and the browser.',
            },
          ],
        },
      ],
    },
  },
);
