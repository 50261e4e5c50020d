import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../bin/boomerang.js');

function draft(header: string): string {
  return `---\n${header}\n---\nObjet : Merci\n\nBonjour,\n\nMerci pour votre retour.\n\nBien cordialement,\nLéa – 06 12 34 56 78\n`;
}

describe('command line: boomerang suivi', () => {
  const dir = mkdtempSync(join(tmpdir(), 'boomerang-suivi-'));
  mkdirSync(join(dir, 'acme'));
  writeFileSync(join(dir, 'acme', 'merci.reponse.md'), draft('destinataire: Mme Martin\nenvoye: 2026-03-02 10:00\nscenario: entretien\nemail: claire.martin@acme.fr'));
  writeFileSync(join(dir, 'acme', 'linkedin.reponse.md'), draft('canal: linkedin\ndestinataire: Madame Martin'));
  writeFileSync(join(dir, 'autre.reponse.md'), draft('destinataire: M. Bernard\nrefus_recu: 2026-03-06 17:00'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ timeZone: 'Europe/Paris' }));
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'suivi', ...args], { cwd: dir, encoding: 'utf8' });

  it('prints the drafts grouped by recipient with the next contact, and exits 0', () => {
    const r = run('--config', 'config.json');
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout.replace(/[\u00a0\u202f]/g, ' ');
    assert.match(out, /\(Europe\/Paris\)\n/);
    assert.match(out, /\nMme Martin — [^\n]*check-in discret du lundi 4 mai au dimanche 31 mai <claire\.martin@acme\.fr>\n {2}envoyé +mail +entretien +envoyé le lundi 2 mars, 10 h +acme[\\/]merci\.reponse\.md\n {2}brouillon +LinkedIn +— +sans date +acme[\\/]linkedin\.reponse\.md\n/);
    assert.match(out, /\nM\. Bernard — [^\n]*réponse au refus du lundi 9 mars, 17 h au mardi 10 mars, 17 h\n/);
  });

  it('--format json gives the same table to scripts', () => {
    const r = run('--format', 'json', '--config', 'config.json', '.');
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { timeZone: string; recipients: { recipient: string; next: { kind: string; from: string; suggestedSend?: string }; drafts: { file: string; status: string }[] }[] };
    assert.equal(json.timeZone, 'Europe/Paris');
    const martin = json.recipients.find((x) => x.recipient === 'Mme Martin');
    assert.ok(martin, r.stdout);
    assert.deepEqual(
      martin.drafts.map((d) => d.status),
      ['envoye', 'brouillon'],
    );
    assert.deepEqual([martin.next.kind, martin.next.from, martin.next.suggestedSend], ['check-in', '2026-05-04', '2026-05-04 09:00']);
  });

  it('says when the folder has no draft, and refuses an unknown format with exit 2', () => {
    const empty = mkdtempSync(join(tmpdir(), 'boomerang-suivi-vide-'));
    const r = spawnSync(process.execPath, [CLI, 'suivi', empty], { encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Aucun brouillon de réponse\./);
    const bad = run('--format', 'csv');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /format « csv » inconnu/);
  });
});
