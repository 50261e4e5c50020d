import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configSchema, readmeRules, readmeSettings, replaceBlock, rulesDoc, syncManifest, syncNls, syncReadme, tableCell } from '../../scripts/generate';
import { RULES, getTip } from '../../src/core';

const root = resolve(__dirname, '../../..');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');

describe('metadata agrees with the registry', () => {
  const pkg = JSON.parse(read('package.json'));
  const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
  /** A manifest string as a French user sees it: `%key%` replaced by its package.nls.json text. */
  const shown = (s: string) => s.replace(/^%([^%]+)%$/, (_, k: string) => nls[k] ?? s);

  it('docs/regles.md is up to date (run `npm run sync`)', () => {
    assert.equal(read('docs/regles.md'), rulesDoc());
  });

  it('package.json settings schema is up to date (run `npm run sync`)', () => {
    assert.deepEqual(pkg, syncManifest(pkg));
  });

  it('the .boomerang.json schema is up to date (run `npm run sync`)', () => {
    assert.deepEqual(JSON.parse(read('schemas/boomerang.schema.json')), configSchema(pkg, nls));
  });

  it('README.md rules and settings blocks are up to date (run `npm run sync`)', () => {
    const nls = existsSync(resolve(root, 'package.nls.json')) ? JSON.parse(read('package.nls.json')) : {};
    const readme = read('README.md');
    assert.equal(readme, syncReadme(readme, pkg, nls));
  });

  it('the README rules block lists every rule with its category, severity in French and description on one table row', () => {
    const block = readmeRules();
    for (const r of RULES) {
      const row = block.split('\n').find((l) => l.startsWith(`| [\`${r.id}\`]`));
      assert.ok(row, r.id);
      assert.equal(row.split(/(?<!\\)\|/).length, 6, row);
      assert.ok(row.includes(`| ${r.category} |`), row);
      assert.match(row, /\| (avertissement|information|suggestion) \|/);
    }
  });

  it('table cells escape Markdown and keep to one line', () => {
    const cases: [string, string][] = [
      ['Bonjour [Nom],', 'Bonjour \\[Nom\\],'],
      ['a | b', 'a \\| b'],
      ['---\ncanal: pigeon\r\n---', '--- ⏎ canal: pigeon ⏎ ---'],
      ['<script>*x*_y_`z`', '\\<script\\>\\*x\\*\\_y\\_\\`z\\`'],
    ];
    for (const [input, expected] of cases) assert.equal(tableCell(input), expected, input);
  });

  it('the README settings block reads %key% descriptions from package.nls.json, and fails on a missing key', () => {
    const manifest = { contributes: { configuration: { properties: { 'boomerang.x': { type: 'integer', default: 3, markdownDescription: '%x.desc%' } } } } };
    assert.match(readmeSettings(manifest, { 'x.desc': 'Un réglage | essai.' }), /^\| `boomerang\.x` \| `3` \| Un réglage \\\| essai\. \|$/m);
    assert.throws(() => readmeSettings(manifest, {}), /x\.desc/);
  });

  it('a stale or missing README block is detected', () => {
    const text = 'avant\n<!-- regles:debut -->\nvieux\n<!-- regles:fin -->\naprès';
    assert.equal(replaceBlock(text, 'regles', 'neuf\n'), 'avant\n<!-- regles:debut -->\nneuf\n<!-- regles:fin -->\naprès');
    assert.throws(() => replaceBlock('sans marqueurs', 'reglages', 'x'), /reglages/);
  });

  it('package.nls.json has the core’s threshold descriptions (run `npm run sync`)', () => {
    assert.deepEqual(nls, syncNls(nls));
  });

  it('every rule points to an existing tip', () => {
    for (const r of RULES) assert.ok(getTip(r.tip), `${r.id} → ${r.tip}`);
  });

  it('every command has the category Boomerang and shows in the palette only where it applies', () => {
    const palette = new Map<string, string>(pkg.contributes.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]));
    for (const c of pkg.contributes.commands) {
      assert.equal(shown(c.category), 'Boomerang', c.command);
      assert.ok(palette.has(c.command), `${c.command} has no commandPalette entry`);
    }
  });

  it('@types/vscode is not newer than engines.vscode', () => {
    const engine = pkg.engines.vscode.replace(/^\^/, '').split('.').map(Number);
    const types = pkg.devDependencies['@types/vscode'].split('.').map(Number);
    assert.ok(types[0] < engine[0] || (types[0] === engine[0] && types[1] <= engine[1]), `${types} > ${engine}`);
  });

  it('the CHANGELOG follows Keep a Changelog and mentions the current version', () => {
    const changelog = read('CHANGELOG.md');
    assert.match(changelog, /^# Changelog/m);
    assert.match(changelog, /keepachangelog\.com/);
    assert.match(changelog, /^## \[Unreleased\]/m);
  });
});
