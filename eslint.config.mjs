// Lint configuration. The important rule: src/core/ is pure and must never
// import `vscode` or a Node built-in, so that it runs in the editor, on the
// web and on the command line alike.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import layers from './scripts/lint/no-type-cycle.mjs';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`, `${m}/*`]);

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'out/', 'test/integration/harness/', '.vscode-test/', '**/*.vsix'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Layers without cycles: a module never reaches itself through its imports.
    // import-x/no-cycle skips type-only imports; layers/no-type-cycle reports the
    // cycles that go through one (a cycle of types still means a type in the wrong place).
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX, layers },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: false }],
      'layers/no-type-cycle': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core/ is pure: the VS Code API belongs in src/extension/.' }],
          patterns: [
            { group: ['node:*'], message: 'src/core/ is pure: no Node built-ins (it also runs in VS Code for the web).' },
            { group: nodeBuiltins.filter((m) => !m.startsWith('node:')), message: 'src/core/ is pure: no Node built-ins.' },
            { group: ['**/extension/**', '**/cli/**'], message: 'src/core/ must not depend on the adapters.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Scripts of the webviews run in the page, with the page's globals.
    files: ['media/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', Element: 'readonly', HTMLElement: 'readonly', HTMLButtonElement: 'readonly', acquireVsCodeApi: 'readonly' },
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
  },
);
