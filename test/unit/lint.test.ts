import * as assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

describe('the core stays pure (lint)', () => {
  const eslint = new ESLint({ cwd: root });
  const cases: [string, string][] = [
    ['vscode', "import * as vscode from 'vscode';\nexport const x = vscode;\n"],
    ['node:fs', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['fs', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
    ['process', 'export const x = process.env;\n'],
  ];
  for (const [what, code] of cases) {
    it(`rejects ${what} under src/core/`, async () => {
      const [result] = await eslint.lintText(code, { filePath: resolve(root, 'src/core/probe.ts') });
      assert.ok(result.errorCount > 0, `${what} was accepted in src/core/`);
    });
  }
  it('accepts the same import in src/extension/', async () => {
    const [result] = await eslint.lintText(cases[0][1], { filePath: resolve(root, 'src/extension/probe.ts') });
    assert.equal(result.errorCount, 0, JSON.stringify(result.messages));
  });
});
