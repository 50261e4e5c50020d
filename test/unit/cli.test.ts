import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatReport, useColor } from '../../src/cli/format';
import { analyzeWorkspace, defaultOptions } from '../../src/core';

const CLI = resolve(__dirname, '../../../bin/boomerang.js');

function run(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GOOD = 'Objet : Merci\n\nBonjour Madame,\n\nMerci pour votre retour.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78\n';
const BAD = 'Objet : Merci\n\nBonjour [Nom],\n\nMerci pour votre retour.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78\n';

describe('command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'boomerang-cli-'));
  mkdirSync(join(dir, 'sous'));
  writeFileSync(join(dir, 'bon.reponse.md'), GOOD);
  writeFileSync(join(dir, 'sous', 'mauvais.reponse.md'), BAD);
  writeFileSync(join(dir, 'ignore.md'), BAD);
  writeFileSync(join(dir, 'latin1.reponse.md'), Buffer.from([0x42, 0x6f, 0x6e, 0x6a, 0x6f, 0x75, 0x72, 0x20, 0xe9, 0x0a]));

  it('exits 0 on a good draft and prints nothing', () => {
    const r = run(['check', 'bon.reponse.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
  });

  it('prints file:line:column severity rule message and exits 1 on warnings, searching folders', () => {
    const r = run(['check', '.'], dir);
    assert.match(r.stdout, /^sous\/mauvais\.reponse\.md:3:9 warning champ-a-remplir Champ à remplir : « \[Nom\] »/m);
    assert.doesNotMatch(r.stdout, /ignore\.md/);
    // The Latin-1 file is unreadable: exit 2, the others are still checked.
    assert.equal(r.code, 2);
    assert.match(r.stderr, /latin1\.reponse\.md : le fichier n’est pas en UTF-8/);
  });

  it('prints JSON in the documented shape', () => {
    const r = run(['check', '--format', 'json', join('sous', 'mauvais.reponse.md')], dir);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.length, 1);
    assert.equal(out[0].file, join('sous', 'mauvais.reponse.md'));
    assert.deepEqual(out[0].findings[0], {
      rule: 'champ-a-remplir',
      category: 'modele',
      severity: 'warning',
      line: 3,
      column: 9,
      endLine: 3,
      endColumn: 14,
      message: 'Champ à remplir : « [Nom] ». Le destinataire le lirait tel quel.',
    });
  });

  describe('--format report', () => {
    it('prints the verdict, the figures and the six checklist rows of a good draft, without colours when piped', () => {
      const r = run(['check', '--format', 'report', 'bon.reponse.md'], dir);
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], 'bon.reponse.md');
      assert.match(lines[1], /^ {2}✓ Prêt à envoyer — Aucun point à corriger/);
      assert.match(r.stdout, /^ {4}Lignes +✓ 1 ligne \(conseil : 5 à 8\)$/m);
      assert.match(r.stdout, /^ {4}Questions +✓ 0 question/m);
      assert.match(r.stdout, /^ {2}Liste récapitulative$/m);
      assert.equal(r.stdout.match(/^ {4}[✓?✗] (?:Respecté|À vérifier|À corriger) +« /gm)?.length, 6);
      assert.ok(!r.stdout.includes('\x1b'), 'no escape character');
    });

    it('lists the findings under their row and exits 1 on a draft not to send', () => {
      const r = run(['check', '--format=report', join('sous', 'mauvais.reponse.md')], dir);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^ {2}✗ À ne pas envoyer tel quel — Champ à remplir : « \[Nom\] »\.$/m);
      assert.match(r.stdout, /^ {4}✗ À corriger {2}« Anti-embrouilles\. » .*\n +ligne 3 : Champ à remplir : « \[Nom\] »\. \(champ-a-remplir\)$/m);
    });

    it('never writes the draft’s control characters to the terminal', () => {
      writeFileSync(join(dir, 'echappement.reponse.md'), BAD.replace('[Nom]', '[Nom\x1bc]'));
      const r = run(['check', '--format', 'report', 'echappement.reponse.md'], dir);
      assert.match(r.stdout, /« \[Nom\uFFFDc\] »/);
      assert.ok(!r.stdout.includes('\x1b'), 'no escape character');
    });

    const colour: [boolean | undefined, Record<string, string | undefined>, boolean][] = [
      [true, {}, true],
      [true, { NO_COLOR: '1' }, false],
      [true, { NO_COLOR: '' }, true],
      [false, {}, false],
      [undefined, {}, false],
    ];
    for (const [tty, env, expected] of colour) {
      it(`${expected ? 'uses' : 'does not use'} colours when isTTY=${tty} and env=${JSON.stringify(env)}`, () => {
        assert.equal(useColor(tty, env), expected);
      });
    }

    it('colours the statuses when asked, and only then', () => {
      const text = BAD;
      const options = defaultOptions();
      const results = analyzeWorkspace([{ file: 'a.reponse.md', text }], options);
      assert.ok(formatReport(results, true).includes('\x1b[1m\x1b[31m✗ À ne pas envoyer tel quel\x1b[0m'));
      assert.ok(!formatReport(results, false).includes('\x1b'));
    });
  });

  const usage: [string[], RegExp][] = [
    [['verifier', 'x'], /commande inconnue/],
    [['check'], /au moins un fichier/],
    [['check', '--format', 'xml', 'x'], /format « xml » inconnu/],
    [['check', '--bogus', 'x'], /option inconnue/],
  ];
  for (const [args, message] of usage) {
    it(`exits 2 with a clear message on ${args.join(' ')}`, () => {
      const r = run(args, dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
    });
  }

  it('exits 2 on a missing file and still checks the others', () => {
    const r = run(['check', 'absent.reponse.md', 'sous'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /absent\.reponse\.md : introuvable/);
    assert.match(r.stdout, /champ-a-remplir/);
  });

  it('uses the same settings format as the editor through --config', () => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ rules: { modele: 'off' } }));
    const r = run(['check', '--config', 'config.json', 'sous'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });
});
