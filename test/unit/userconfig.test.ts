import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mergeRawOptions, resolveOptions, RULE_IDS, RULES, USER_EXPRESSION_RULES } from '../../src/core';

const root = resolve(__dirname, '../../..');
const CLI = resolve(root, 'bin/boomerang.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

const DRAFT = 'Objet : Merci\n\nBonjour Madame,\n\nMerci pour votre retour. C’est du racket, mais je comprends.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78\n';

describe('.boomerang.json: user expressions and exceptions', () => {
  it('the command line reads the nearest .boomerang.json above the draft', () => {
    const dir = mkdtempSync(join(tmpdir(), 'boomerang-user-'));
    mkdirSync(join(dir, 'brouillons'));
    writeFileSync(join(dir, '.boomerang.json'), JSON.stringify({ expressions: [{ phrase: "c'est du racket", message: 'Accusation de racket : à retirer.' }] }));
    writeFileSync(join(dir, 'brouillons', 'a.reponse.md'), DRAFT);
    const r = run(['check', 'brouillons/a.reponse.md'], dir);
    assert.match(r.stdout, /a\.reponse\.md:5:26 warning ton-agressif Accusation de racket : à retirer\./);
    assert.equal(r.status, 1);
  });

  it('--config adds to .boomerang.json, and a bad entry gets one French message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'boomerang-user-'));
    writeFileSync(join(dir, '.boomerang.json'), JSON.stringify({ expressions: ["c'est du racket", { phrase: 12 }] }));
    writeFileSync(join(dir, 'extra.json'), JSON.stringify({ exceptions: ["c'est du racket, mais"] }));
    writeFileSync(join(dir, 'a.reponse.md'), DRAFT);
    const r = run(['check', '--config', 'extra.json', 'a.reponse.md'], dir);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /\.boomerang\.json\.expressions\[1\]\.phrase : une expression \(texte\) est attendue/);
    assert.equal(r.status, 0);
  });

  it('an expression written with a wrong key names the missing key', () => {
    const { options, problems } = resolveOptions({ expressions: [{ pattern: 'mon portfolio', rule: 'drame' }] }, RULES);
    assert.deepEqual(options.expressions, []);
    assert.ok(problems.some((p) => /la clé « phrase » manque/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /clé « pattern » inconnue/.test(p)), problems.join('\n'));
  });

  it('settings win over the file key by key; expressions and exceptions add up', () => {
    const merged = mergeRawOptions(
      { rules: { drame: 'off', cris: 'hint' }, expressions: ['a'], exceptions: ['x'] },
      { rules: { drame: 'warning' }, expressions: ['b'] },
    );
    const { options, problems } = resolveOptions(merged, RULES);
    assert.deepEqual(problems, []);
    assert.deepEqual(options.rules, { drame: 'warning', cris: 'hint' });
    assert.deepEqual(options.expressions.map((e) => e.phrase), ['a', 'b']);
    assert.deepEqual(options.exceptions, ['x']);
  });

  it('the JSON schema, the settings and the core agree on the rules a user expression may use', () => {
    const schema = JSON.parse(readFileSync(resolve(root, 'schemas/boomerang.schema.json'), 'utf8'));
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    const fromSchema = schema.properties.expressions.items.anyOf[1].properties.rule.enum;
    assert.deepEqual([...fromSchema].sort(), Object.keys(USER_EXPRESSION_RULES).sort());
    // The settings' descriptions are package.nls.json keys; the schema of .boomerang.json has the French text.
    const nls = JSON.parse(readFileSync(resolve(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const items = JSON.parse(JSON.stringify(pkg.contributes.configuration.properties['boomerang.expressions'].items), (_, v: unknown) =>
      typeof v === 'string' ? v.replace(/^%([^%]+)%$/, (m, k: string) => nls[k] ?? m) : v,
    );
    assert.deepEqual(items, schema.properties.expressions.items);
    assert.ok(pkg.contributes.jsonValidation.some((j: { fileMatch: string; url: string }) => j.fileMatch === '.boomerang.json' && j.url === './schemas/boomerang.schema.json'));
    assert.match(readFileSync(resolve(root, '.vscodeignore'), 'utf8'), /^!schemas\/\*\*$/m);
    for (const rule of Object.values(USER_EXPRESSION_RULES)) assert.ok(RULE_IDS.has(rule), rule);
  });
});
