// ESLint (flat config, typescript-eslint), run by `npm test`. Its main job is the layers' boundary: the
// engine is pure, so nothing under server/src/engine may import the language server, the CLI, the
// client, the protocol module, Node built-ins or VS Code (scripts/lint/engine-boundary.mjs); the rules
// and the render read the model, never the reader's files (scripts/lint/reader-boundary.mjs); and the server
// and the CLI use the engine through its entry module, the analysis host and the language service
// (scripts/lint/engine-entry.mjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import engineBoundary from './scripts/lint/engine-boundary.mjs';
import readerBoundary from './scripts/lint/reader-boundary.mjs';
import engineEntry from './scripts/lint/engine-entry.mjs';

const vanban = { rules: { ...engineBoundary.rules, ...readerBoundary.rules, ...engineEntry.rules } };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.vscode-test/**', 'test/editor/**', 'scripts/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // The code base's own conventions: `any` in tests' protocol plumbing, `_` for unused parameters.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    plugins: { vanban },
    rules: { 'vanban/engine-boundary': 'error' },
  },
  {
    files: ['server/src/engine/rules/**/*.ts', 'server/src/engine/render/**/*.ts'],
    plugins: { vanban },
    rules: { 'vanban/reader-boundary': 'error' },
  },
  {
    files: ['server/src/lsp/**/*.ts', 'server/src/cli/**/*.ts'],
    plugins: { vanban },
    rules: { 'vanban/engine-entry': 'error' },
  },
);
