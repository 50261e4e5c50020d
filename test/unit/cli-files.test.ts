// Issue 17, item 4: a command line that survives any folder. Symbolic link
// loops, a FIFO, a link to /dev/zero, a file linked beside its target, control
// characters in names, `--`, long lists of setting problems, JSON errors.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { jsonErrorOffset } from '../../src/cli/config';

const CLI = resolve(__dirname, '../../../bin/boomerang.js');
const posix = process.platform !== 'win32';

function run(args: string[], cwd: string) {
  // A hang would be a failure, not a stuck test run.
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

function draft(recipient: string, date: string, channel = 'mail'): string {
  return `---\ncanal: ${channel}\ndestinataire: ${recipient}\nenvoi_prevu: ${date}\n---\nObjet : Merci pour votre retour\n\nBonjour Madame,\n\nMerci pour votre retour.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78\n`;
}

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  assert.equal(r.status, 0, 'mkfifo is needed for this test');
}

(posix ? describe : describe.skip)('command line in a hostile folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'boomerang-cli-files-'));
  mkdirSync(join(dir, 'piege', 'a'), { recursive: true });
  writeFileSync(join(dir, 'piege', 'a', 'lettre.reponse.md'), draft('Mme Martin', '2026-03-09 10:00'));
  symlinkSync('..', join(dir, 'piege', 'a', 'boucle1'));
  mkdirSync(join(dir, 'piege', 'b', 'c'), { recursive: true });
  symlinkSync('../../b', join(dir, 'piege', 'b', 'c', 'boucle2'));
  symlinkSync('/dev/zero', join(dir, 'piege', 'zero.reponse.md'));
  mkfifo(join(dir, 'piege', 'tube.reponse.md'));
  symlinkSync('moi.reponse.md', join(dir, 'piege', 'moi.reponse.md'));

  it('ends with one clear message per skipped entry: two loops, a FIFO, a link to /dev/zero, a self link', () => {
    const r = run(['check', 'piege'], dir);
    assert.equal(r.signal, null, 'the command must end by itself');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 5, r.stderr);
    assert.match(r.stderr, /piege\/a\/boucle1 : boucle de liens symboliques \(mène à un dossier parent\), ignoré\./);
    assert.match(r.stderr, /piege\/b\/c\/boucle2 : boucle de liens symboliques \(mène à un dossier parent\), ignoré\./);
    assert.match(r.stderr, /piege\/tube\.reponse\.md : un tube nommé \(FIFO\), pas un fichier ; ignoré\./);
    assert.match(r.stderr, /piege\/zero\.reponse\.md : lien vers un périphérique, pas un fichier ; ignoré\./);
    assert.match(r.stderr, /piege\/moi\.reponse\.md : boucle de liens symboliques, ignoré\./);
  });

  it('checks a draft reached through a loop once (no false relance-trop-rapprochee)', () => {
    mkdirSync(join(dir, 'une-boucle', 'sous'), { recursive: true });
    writeFileSync(join(dir, 'une-boucle', 'sous', 'lettre.reponse.md'), draft('Mme Martin', '2026-03-09 10:00'));
    symlinkSync('..', join(dir, 'une-boucle', 'sous', 'retour'));
    const r = run(['check', '--format', 'json', 'une-boucle'], dir);
    const files = JSON.parse(r.stdout) as { file: string; findings: { rule: string }[] }[];
    assert.deepEqual(files.map((f) => f.file), [join('une-boucle', 'sous', 'lettre.reponse.md')]);
    assert.ok(!files[0].findings.some((f) => f.rule === 'relance-trop-rapprochee'));
  });

  it('checks a file linked beside its target once, and says so', () => {
    mkdirSync(join(dir, 'lien-fichier'));
    writeFileSync(join(dir, 'lien-fichier', 'a.reponse.md'), draft('Mme Martin', '2026-03-09 10:00'));
    symlinkSync('a.reponse.md', join(dir, 'lien-fichier', 'b.reponse.md'));
    const r = run(['check', 'lien-fichier'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout, /relance-trop-rapprochee|multicanal/);
    assert.match(r.stderr, /b\.reponse\.md : même fichier que lien-fichier\/a\.reponse\.md \(lien\), vérifié une fois\./);
  });

  it('refuses a FIFO or a device named on the command line, with exit 2, without waiting', () => {
    const r = run(['check', join('piege', 'tube.reponse.md'), '/dev/zero'], dir);
    assert.equal(r.signal, null);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /tube\.reponse\.md : un tube nommé \(FIFO\), pas un fichier ; ignoré\./);
    assert.match(r.stderr, /\/dev\/zero : un périphérique, pas un fichier ; ignoré\./);
  });

  it('does not wait on a .boomerang.json that is a FIFO', () => {
    mkdirSync(join(dir, 'reglages-tube'));
    writeFileSync(join(dir, 'reglages-tube', 'a.reponse.md'), draft('Mme Martin', '2026-03-09 10:00'));
    mkfifo(join(dir, 'reglages-tube', '.boomerang.json'));
    const r = run(['check', 'reglages-tube'], dir);
    assert.equal(r.signal, null);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.boomerang\.json : réglages illisibles \(un tube nommé \(FIFO\), pas un fichier ; ignoré\) ; réglages par défaut utilisés\./);
  });

  it('escapes control characters of file names on stdout and stderr', () => {
    mkdirSync(join(dir, 'noms'));
    const evil = 'a\x1b[2J\nb:1:1 warning faux.reponse.md';
    writeFileSync(join(dir, 'noms', evil), '---\ncanal: mail\n---\nBonjour [Nom],\n');
    mkfifo(join(dir, 'noms', 'c\x1b]0;titre\x07.reponse.md'));
    const r = run(['check', 'noms'], dir);
    assert.ok(!r.stdout.includes('\x1b') && !r.stderr.includes('\x1b') && !r.stderr.includes('\x07'), JSON.stringify(r));
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.length > 0 && lines.every((l) => l.startsWith('noms/a\\u{1b}[2J\\u{a}b:1:1 warning faux.reponse.md:')), r.stdout);
    assert.match(r.stderr, /noms\/c\\u\{1b\}\]0;titre\\u\{7\}\.reponse\.md : un tube nommé/);
  });
});

describe('command line arguments and settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'boomerang-cli-args-'));
  writeFileSync(join(dir, '-tiret.reponse.md'), '---\ncanal: mail\n---\nBonjour [Nom],\n');

  it('takes paths after « -- », even when they start with « - »', () => {
    const r = run(['check', '--', '-tiret.reponse.md'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^-tiret\.reponse\.md:4:9 warning champ-a-remplir/m);
    const without = run(['check', '-tiret.reponse.md'], dir);
    assert.equal(without.code, 2);
    assert.match(without.stderr, /option inconnue « -t »|option inconnue « -tiret\.reponse\.md »/);
    assert.match(without.stderr, /mettez « -- » avant un chemin/);
  });

  it('says in French what is missing after an option', () => {
    const r = run(['check', 'x', '--format'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format attend une valeur\./);
  });

  it('summarises 100,000 unknown rule keys in a few lines', () => {
    const rules: Record<string, string> = {};
    for (let i = 0; i < 100_000; i++) rules[`regle-${i}`] = 'off';
    writeFileSync(join(dir, 'beaucoup.json'), JSON.stringify({ rules }));
    const r = run(['check', '--config', 'beaucoup.json', '--', '-tiret.reponse.md'], dir);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 11, r.stderr.slice(0, 2000));
    assert.match(lines[10], /… et 99\s990 autres problèmes dans beaucoup\.json\./);
  });

  it('says JSON errors in French, with the line and column', () => {
    writeFileSync(join(dir, 'casse.json'), '{\n  "rules": { "ton": "off", }\n}\n');
    const r = run(['check', '--config', 'casse.json', '--', '-tiret.reponse.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /casse\.json : réglages illisibles \(syntaxe JSON invalide ligne 2, colonne 28\) ; réglages par défaut utilisés\./);
    assert.doesNotMatch(r.stderr, /Unexpected|Expected|JSON at position|is not valid/);
  });

  it('reads --maintenant with the one date parser', () => {
    writeFileSync(join(dir, 'delai.reponse.md'), '---\ncanal: mail\nrefus_recu: 2026-03-09 10:00\n---\nBonjour Madame,\n\nMerci.\n\nBien cordialement,\nLéa – 06 12 34 56 78\n');
    const early = run(['check', '--maintenant', '2026-03-09 11:00+01:00', 'delai.reponse.md'], dir);
    assert.match(early.stdout, /reponse-trop-rapide/);
    const late = run(['check', '--maintenant', '2026-03-20T11:00Z', 'delai.reponse.md'], dir);
    assert.match(late.stdout, /reponse-tardive/);
    const bad = run(['check', '--maintenant', '0099-01-01', 'delai.reponse.md'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--maintenant : l’année de « 0099-01-01 » est hors de la plage 1000–9999/);
  });

  it('locates JSON syntax errors', () => {
    assert.equal(jsonErrorOffset('{"a": 1}'), -1);
    assert.equal(jsonErrorOffset('{"a": [1, 2, {"b": null}], "c": "d\\"e"}'), -1);
    assert.equal(jsonErrorOffset('{"a":}'), 5);
    assert.equal(jsonErrorOffset('{"a": 1'), 7);
    assert.equal(jsonErrorOffset('[1 2]'), 3);
    assert.equal(jsonErrorOffset('{"a": 1} x'), 9);
    assert.equal(jsonErrorOffset("{'a': 1}"), 1);
    assert.equal(jsonErrorOffset('"abc'), 4);
  });
});
