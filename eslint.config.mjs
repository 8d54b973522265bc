// SPDX-License-Identifier: Apache-2.0
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', '.cache/**', '.vscode-test/**', '**/*.mjs', '**/*.js', 'server/src/report/reference-data.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      curly: ['error', 'multi-line'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The LSP-free core must not depend on the language server protocol (see docs/architecture.md).
    files: ['server/src/service/**/*.ts', 'server/src/parsers/**/*.ts', 'server/src/model/**/*.ts', 'server/src/editor/**/*.ts', 'rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['vscode-languageserver*', 'vscode'] }],
    },
  },
  {
    // The rest of the server except the language server's own folders (handlers/, lsp/, server.ts): the
    // CLI, the report and everything under it are LSP-free too.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/handlers/**', 'server/src/lsp/**', 'server/src/server.ts', 'server/src/service/**', 'server/src/parsers/**', 'server/src/model/**', 'server/src/editor/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['vscode-languageserver*', 'vscode'] }],
    },
  },
  {
    // Rules program against one API: rules/api.ts re-exports what they may use of the core, so the core can
    // change behind it (docs/architecture.md, "How to add a rule"). This block replaces the first one for
    // rules/, so it repeats the LSP patterns.
    files: ['rules/**/*.ts'],
    ignores: ['rules/api.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode-languageserver*', 'vscode'], message: 'Only server/src/handlers and server/src/lsp import LSP.' },
            { group: ['**/server/src/**', 'server/src/**'], message: 'Rules import the core only through rules/api.ts (add what is missing there).' },
          ],
        },
      ],
    },
  },
);
