// The rule documentation: one source (src/core/ruleDocs.ts) for docs/regles.md,
// the page the editor opens and `boomerang explain`.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { explainHint, formatRulePage, onlineDocs } from '../../src/cli/explain';
import { closeRuleIds, normalizeRuleName, rulePage, rulesDoc, RULES } from '../../src/core';

const root = resolve(__dirname, '../../..');
const CLI = resolve(root, 'bin/boomerang.js');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('rule documentation', () => {
  it('gives every rule a section whose heading is its id (the anchor the rule links open)', () => {
    const doc = rulesDoc();
    const headings = doc.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual(
      headings,
      RULES.map((r) => `## ${r.id}`),
    );
  });

  it('names no web address the project does not control: no URL in the page outside the example drafts', () => {
    // Example drafts (fenced blocks) may hold an address as a draft would (a counter-example of champ-a-remplir links a report).
    const prose = rulesDoc().replace(/^(`{3,})text\n[\s\S]*?\n\1\n/gm, '');
    assert.match(prose, /^## cris$/m, 'the rule sections are still there');
    assert.doesNotMatch(prose, /https?:\/\//);
  });

  it('reads a typed name as an id: case, accents, spaces and underscores do not count', () => {
    assert.equal(normalizeRuleName('  Ton Agressif '), 'ton-agressif');
    assert.equal(normalizeRuleName('réponse_trop_rapide'), 'reponse-trop-rapide');
    assert.equal(rulePage(normalizeRuleName('CRIS'))?.id, 'cris');
  });

  it('suggests the close ids of a mistyped rule, closest first, and none for a word far from every rule', () => {
    assert.deepEqual(closeRuleIds('ton-agresif'), ['ton-agressif']);
    assert.equal(closeRuleIds('passif-agresif')[0], 'passif-agressif');
    assert.equal(closeRuleIds('tno-agressif')[0], 'ton-agressif', 'two swapped letters');
    assert.ok(closeRuleIds('questions').includes('trop-de-questions'), closeRuleIds('questions').join());
    assert.deepEqual(closeRuleIds('zzz'), []);
    assert.deepEqual(closeRuleIds(''), []);
  });

  it('still suggests for a huge pasted argument (only its first 64 characters are compared)', () => {
    assert.deepEqual(closeRuleIds(`ton-agressif${'x'.repeat(1_000_000)}`), ['ton-agressif']);
  });
});

describe('online rule pages (only once package.json names the repository)', () => {
  it('builds the GitHub page of a rule from the forms npm accepts', () => {
    const page = 'https://github.com/acme/boomerang/blob/HEAD/docs/regles.md#cris';
    for (const repo of [
      'acme/boomerang',
      'github:acme/boomerang',
      'https://github.com/acme/boomerang',
      'https://github.com/acme/boomerang.git',
      'git+https://github.com/acme/boomerang.git',
      'git@github.com:acme/boomerang.git',
      { type: 'git', url: 'git+https://github.com/acme/boomerang.git' },
    ]) {
      assert.equal(onlineDocs(repo, 'cris'), page, JSON.stringify(repo));
    }
    assert.equal(onlineDocs({ url: 'https://github.com/acme/mono', directory: 'packages/boomerang/' }, 'cris'), 'https://github.com/acme/mono/blob/HEAD/packages/boomerang/docs/regles.md#cris');
  });

  it('prints no address without a repository, nor for one it cannot turn into a page', () => {
    for (const repo of [undefined, null, '', 42, {}, 'https://example.com/acme/boomerang', 'gitlab:acme/boomerang', { url: 'https://github.com/a/b', directory: '../x' }]) {
      assert.equal(onlineDocs(repo, 'cris'), undefined, JSON.stringify(repo));
    }
  });

  it('this package names no repository: pages and hints print « boomerang explain », never an address', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    assert.equal(pkg.repository, undefined, 'package.json names a repository: update this test and check that the printed page is the project’s own');
    const page = formatRulePage(rulePage('cris')!);
    assert.doesNotMatch(page, /https?:/);
    assert.equal(explainHint(['cris']), 'Le détail d’une règle : boomerang explain <règle>, par exemple « boomerang explain cris ».\n');
    assert.equal(explainHint([]), '');
  });
});

describe('boomerang explain', () => {
  it('prints the page of ton-agressif: description, example and the guide’s advice, from the registry', () => {
    const r = run(['explain', 'ton-agressif']);
    assert.equal(r.code, 0, r.stderr);
    const page = rulePage('ton-agressif')!;
    assert.match(r.stdout, /^ton-agressif\nCatégorie : ton · gravité par défaut : avertissement\n/);
    assert.ok(r.stdout.includes(page.description));
    assert.ok(r.stdout.includes(`    ${page.example}`));
    assert.ok(r.stdout.includes(`Contre-exemple, non signalé :\n    ${page.counterExample.split('\n').join('\n    ')}`));
    assert.ok(r.stdout.includes(`Bloque l’envoi : ${page.blocking}`));
    for (const line of page.advice!.lines) assert.ok(r.stdout.includes(`  - ${line}`), line);
    assert.equal(r.stderr, '');
  });

  it('says which rules are close to an unknown name and exits 2', () => {
    const r = run(['explain', 'ton-agresif']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'boomerang : règle inconnue « ton-agresif ». Règles proches : ton-agressif.\n');
    const far = run(['explain', 'zzz']);
    assert.equal(far.code, 2);
    assert.match(far.stderr, /règle inconnue « zzz »\. Lancez « boomerang explain » pour la liste des règles\./);
  });

  it('never echoes control characters of the argument to the terminal', () => {
    const r = run(['explain', 'x\x1b[31my']);
    assert.equal(r.code, 2);
    assert.ok(!r.stderr.includes('\x1b'), r.stderr);
  });

  it('lists every rule without argument, and the rules of a category', () => {
    const all = run(['explain']);
    assert.equal(all.code, 0);
    for (const rule of RULES) assert.match(all.stdout, new RegExp(`^  ${rule.id} `, 'm'));
    const ton = run(['explain', 'ton']);
    assert.equal(ton.code, 0);
    const listed = ton.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().split(' ')[0]);
    assert.deepEqual(listed, RULES.filter((r) => r.category === 'ton').map((r) => r.id));
  });

  it('accepts a rule typed as words, several rules, and --help', () => {
    const r = run(['explain', 'Ton agressif', 'cris']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^ton-agressif\n/);
    assert.match(r.stdout, /^cris\n/m);
    const help = run(['explain', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage : boomerang explain/);
    assert.equal(run(['explain', '--bogus']).code, 2);
  });

  it('check --format report ends with how to read a rule’s page', () => {
    const dir = resolve(root, 'test/integration/fixtures/modele.reponse.md');
    const r = run(['check', '--format', 'report', dir]);
    assert.match(r.stdout, /\nLe détail d’une règle : boomerang explain <règle>, par exemple « boomerang explain [a-z-]+ »\.\n$/);
  });
});
