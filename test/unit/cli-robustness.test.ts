// The command line under bad input: each case ends with a clear message and the
// documented exit code (0 no warning, 1 warnings, 2 usage error or unreadable file).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../bin/boomerang.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Deterministic bytes that are not text: NUL and control bytes among others. */
function junk(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

describe('command line under bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'boomerang-cli-bad-'));
  writeFileSync(join(dir, 'image.reponse.md'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), junk(4000)]));
  writeFileSync(join(dir, 'ascii-binaire.reponse.md'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7) % 128)));
  writeFileSync(join(dir, 'latin1.reponse.md'), Buffer.from('Bonjour Léa,\nMerci pour votre retour.\n', 'latin1'));
  writeFileSync(join(dir, 'enorme.reponse.md'), 'Merci pour votre retour, je reste disponible. '.repeat(220_000));
  writeFileSync(join(dir, 'bavard.reponse.md'), `Bonjour,\n${Array.from({ length: 5000 }, (_, i) => `Merci [X${i}].`).join('\n')}\n`);
  mkdirSync(join(dir, 'vide'));
  writeFileSync(join(dir, 'vide', 'notes.md'), 'Pas un brouillon.');
  mkdirSync(join(dir, 'liens'));
  symlinkSync(join(dir, 'absent'), join(dir, 'liens', 'perdu.reponse.md'));

  it('reports binary junk renamed .reponse.md once, as information, and exits 0', () => {
    for (const file of ['image.reponse.md', 'ascii-binaire.reponse.md']) {
      const r = run(['check', file], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.trim().split('\n').length, 1, r.stdout);
      assert.match(r.stdout, new RegExp(`^${file.replace('.', '\\.')}:1:1 information document-illisible Ce fichier ne ressemble pas à un brouillon`));
    }
  });

  it('asks for UTF-8 when a text file has another encoding, and exits 2', () => {
    const r = run(['check', 'latin1.reponse.md'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /latin1\.reponse\.md : le fichier n’est pas en UTF-8 ; enregistrez-le en UTF-8 puis relancez\./);
  });

  it('reports a 10 MB file once as too long, without reading it, and exits 0', () => {
    const r = run(['check', 'enorme.reponse.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.match(r.stdout, /information document-illisible Fichier trop long pour être un brouillon \(10,1\sMo, limite 2\s000\s000 caractères\) : Boomerang ne le lit pas\./);
  });

  it('says a draft in a folder is unreadable (dangling link) instead of skipping it, and exits 2', () => {
    const r = run(['check', 'liens'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /perdu\.reponse\.md : fichier illisible \(ENOENT\)\./);
  });

  it('says a named file is missing or unreadable, and exits 2', () => {
    const r = run(['check', join('liens', 'perdu.reponse.md')], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /perdu\.reponse\.md : introuvable ou illisible \(ENOENT\)\./);
  });

  it('says a folder holds no draft, and exits 0', () => {
    const r = run(['check', 'vide'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /aucun brouillon \*\.reponse\.md dans vide\./);
  });

  it('stops quietly when the reader closes the pipe (`boomerang check … | head -1`), with the exit code of the findings', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" check bavard.reponse.md | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.stdout.trim().split('\n').length, 1, r.stdout);
    assert.match(r.stdout, /^bavard\.reponse\.md:/);
    assert.doesNotMatch(r.stderr, /EPIPE|Error|at /);
    assert.match(r.stderr, /status=1/);
  });
});
