import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../bin/boomerang.js');

function draft(channel: string, date: string): string {
  return `---\ncanal: ${channel}\ndestinataire: Mme Martin\n${date}\n---\nBonjour Madame Martin,\n\nMerci pour votre retour.\n\nBien cordialement,\nLéa – 06 12 34 56 78\n`;
}

describe('command line: checks across the drafts of one run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'boomerang-canaux-'));
  mkdirSync(join(dir, 'martin'));
  writeFileSync(join(dir, 'martin', 'merci.reponse.md'), draft('mail', 'envoye: 2026-03-09 10:00'));
  writeFileSync(join(dir, 'martin', 'linkedin.reponse.md'), draft('linkedin', 'envoi_prevu: 2026-03-09 16:00'));
  writeFileSync(join(dir, 'martin', 'sms.reponse.md'), draft('sms', 'envoi_prevu: 2026-03-10 09:00'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ timeZone: 'Europe/Paris' }));

  it('`boomerang check FOLDER` reports mail + LinkedIn + SMS on the later drafts, naming the others', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', '--config', 'config.json', 'martin'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.split('\n').filter((l) => l.includes('multicanal-destinataire'));
    assert.equal(lines.length, 2, r.stdout);
    assert.match(lines[0], /^martin[\\/]linkedin\.reponse\.md:3:15 warning multicanal-destinataire Mme Martin reçoit déjà un mail envoyé le lundi 9 mars \(merci\.reponse\.md\)/);
    assert.match(lines[1], /^martin[\\/]sms\.reponse\.md:3:15 warning multicanal-destinataire .*\(merci\.reponse\.md\) et un message LinkedIn prévu le lundi 9 mars \(linkedin\.reponse\.md\)\. Avec ce SMS, cela fait 3 canaux sur 2 jours/);
    assert.doesNotMatch(r.stdout, /merci\.reponse\.md:\d+:\d+ \w+ multicanal/);
  });

  it('checking one file alone has no other draft to compare with', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', join('martin', 'sms.reponse.md')], { cwd: dir, encoding: 'utf8' });
    assert.doesNotMatch(r.stdout, /multicanal-destinataire/);
  });

  it('an invalid time zone in --config gets one clear message', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ timeZone: 'Mars/Olympus' }));
    const r = spawnSync(process.execPath, [CLI, 'check', '--config', 'bad.json', 'martin'], { cwd: dir, encoding: 'utf8' });
    assert.match(r.stderr, /config\.timeZone : fuseau horaire "Mars\/Olympus" inconnu/);
  });
});
