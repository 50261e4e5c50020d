// The README's pictures are current: `npm run screenshots` recorded, in
// docs/images/captures.json, the hash of each picture and of each file whose
// text they show (interface strings of package.nls.json and l10n/, the drafts
// on screen, the scenes). `scripts/screenshots.mjs --check` compares.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const SCRIPT = join(root, 'scripts/screenshots.mjs');

function check(dir: string) {
  const r = spawnSync(process.execPath, [SCRIPT, '--check', '--root', dir], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('README pictures', () => {
  it('were taken after the last change to the interface strings, the drafts they show and their scenes (else run « npm run screenshots »)', () => {
    const r = check(root);
    assert.equal(r.code, 0, r.out);
  });

  describe('the check', () => {
    let copy: string;
    beforeEach(() => {
      copy = mkdtempSync(join(tmpdir(), 'boomerang-shots-'));
      for (const p of ['package.nls.json', 'l10n', 'docs/images', 'test/integration/fixtures', 'test/screenshots']) cpSync(join(root, p), join(copy, p), { recursive: true });
    });
    afterEach(() => rmSync(copy, { recursive: true, force: true }));

    it('fails, naming the file, when an interface string changed since the pictures', () => {
      const nls = JSON.parse(readFileSync(join(copy, 'package.nls.json'), 'utf8'));
      nls['language.reponse.alias'] = 'Reply (Boomerang)';
      writeFileSync(join(copy, 'package.nls.json'), JSON.stringify(nls));
      const r = check(copy);
      assert.equal(r.code, 1);
      assert.match(r.out, /package\.nls\.json a changé depuis les images/);
      assert.match(r.out, /Relancez « npm run screenshots »/);
    });

    it('fails when a message bundle of l10n/ changed or appeared', () => {
      writeFileSync(join(copy, 'l10n/bundle.l10n.de.json'), '{}');
      assert.match(check(copy).out, /l10n\/bundle\.l10n\.de\.json est apparu/);
    });

    it('ignores formatting and key order of the JSON strings', () => {
      const nls = JSON.parse(readFileSync(join(copy, 'package.nls.json'), 'utf8'));
      const reversed = Object.fromEntries(Object.entries(nls).reverse());
      writeFileSync(join(copy, 'package.nls.json'), JSON.stringify(reversed, null, 4));
      assert.equal(check(copy).code, 0);
    });

    it('fails when a picture is not the one recorded (replaced by hand, or missing)', () => {
      writeFileSync(join(copy, 'docs/images/rapport-verifier-le-ton.png'), 'not the picture');
      assert.match(check(copy).out, /docs\/images\/rapport-verifier-le-ton\.png n’est pas l’image prise/);
      rmSync(join(copy, 'docs/images/brouillon-diagnostics.png'));
      assert.match(check(copy).out, /docs\/images\/brouillon-diagnostics\.png manque/);
    });

    it('fails without a record', () => {
      rmSync(join(copy, 'docs/images/captures.json'));
      assert.match(check(copy).out, /captures\.json manque/);
    });
  });
});
