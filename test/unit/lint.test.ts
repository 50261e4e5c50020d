import * as assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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

describe('layers without cycles (lint)', () => {
  // Two modules in a scratch folder laid out like src/, linted with the project's configuration.
  function lintPair(a: string, b: string) {
    const dir = mkdtempSync(join(tmpdir(), 'boomerang-cycle-'));
    mkdirSync(join(dir, 'src', 'core'), { recursive: true });
    writeFileSync(join(dir, 'src', 'core', 'a.ts'), a);
    writeFileSync(join(dir, 'src', 'core', 'b.ts'), b);
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: resolve(root, 'eslint.config.mjs') });
    return eslint.lintFiles([join(dir, 'src', 'core', 'a.ts')]).finally(() => rmSync(dir, { recursive: true, force: true }));
  }
  const cases: [string, string, string, string][] = [
    ['a cycle of values', "import { b } from './b';\nexport const a = (): number => b();\n", "import { a } from './a';\nexport const b = (): number => a();\n", 'import-x/no-cycle'],
    ['a cycle of types', "import type { B } from './b';\nexport interface A { b?: B }\n", "import type { A } from './a';\nexport interface B { a?: A }\n", 'layers/no-type-cycle'],
    ['a type re-exported back', "import { b } from './b';\nexport interface A { n: number }\nexport const a = b;\n", "export type { A } from './a';\nexport const b = 1;\n", 'layers/no-type-cycle'],
  ];
  for (const [what, a, b, rule] of cases) {
    it(`rejects ${what}`, async () => {
      const [result] = await lintPair(a, b);
      assert.ok(result.messages.some((m) => m.ruleId === rule), JSON.stringify(result.messages));
    });
  }
  it('accepts one-way imports', async () => {
    const [result] = await lintPair("import type { B } from './b';\nexport interface A { b?: B }\n", 'export interface B { n: number }\n');
    assert.equal(result.errorCount, 0, JSON.stringify(result.messages));
  });
});
