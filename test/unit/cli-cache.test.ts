// The command line's code cache (bin/boomerang.js): later runs of the same
// build read V8's compiled code from the temporary folder; the output never
// depends on it, and a damaged or foreign cache file changes nothing.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../bin/boomerang.js');

const DRAFT = '---\ncanal: mail\nrefus_recu: 2026-03-10 09:30\n---\nObjet : Merci\n\nBonjour [Nom],\n\nMerci pour votre retour. Je pense que vous faites une erreur.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78\n';

describe('command line code cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'boomerang-cli-cache-'));
  const temp = mkdtempSync(join(tmpdir(), 'boomerang-temp-'));
  writeFileSync(join(dir, 'brouillon.reponse.md'), DRAFT);
  const run = () => spawnSync(process.execPath, [CLI, 'check', '--maintenant', '2026-03-10 12:00', 'brouillon.reponse.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp } });
  const cacheFiles = () => readdirSync(temp).flatMap((d) => readdirSync(join(temp, d)).map((f) => join(temp, d, f)));

  it('prints the same findings on the first run, which writes the cache, and on the next, which reads it', () => {
    const first = run();
    assert.equal(first.status, 1, first.stderr);
    assert.match(first.stdout, /champ-a-remplir/);
    const files = cacheFiles();
    assert.equal(files.length, 1, files.join(', '));
    assert.ok(statSync(files[0]).size > 10_000);
    const second = run();
    assert.deepEqual([second.status, second.stdout, second.stderr], [first.status, first.stdout, first.stderr]);
  });

  it('ignores a damaged cache file and writes a good one again', () => {
    const expected = run();
    const [file] = cacheFiles();
    writeFileSync(file, Buffer.alloc(50_000, 7));
    const damaged = run();
    assert.deepEqual([damaged.status, damaged.stdout, damaged.stderr], [expected.status, expected.stdout, expected.stderr]);
    assert.notDeepEqual(readFileSync(file).subarray(0, 64), Buffer.alloc(64, 7));
  });
});
