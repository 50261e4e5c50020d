// The command line at scale and in a hostile folder (`npm run bench:cli`, also
// run by `npm run bench`): `boomerang check` on 20,000 generated drafts (target
// under 10 s), and on a folder with two symbolic link loops, a FIFO and a link
// to /dev/zero (target under 2 s, one message per skipped entry). Needs
// `npm run build` (dist/cli.js).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin/boomerang.js');
if (!existsSync(join(root, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const base = mkdtempSync(join(tmpdir(), 'boomerang-bench-cli-'));
const out = [''];

function timed(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 120_000 });
  return { ...r, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

// 20,000 drafts: 10,000 recipients with two drafts each, three days apart, by
// different channels (so the checks across drafts report on half of them).
const many = join(base, 'brouillons');
mkdirSync(many);
const channels = ['mail', 'linkedin', 'sms'];
for (let i = 0; i < 20_000; i++) {
  const pair = Math.floor(i / 2);
  const d = new Date(Date.UTC(2026, 0, 1 + (pair % 300) + (i % 2) * 3, 9 + (i % 8)));
  const date = d.toISOString().slice(0, 16).replace('T', ' ');
  writeFileSync(
    join(many, `d${String(i).padStart(5, '0')}.reponse.md`),
    `---\ncanal: ${channels[i % 3]}\ndestinataire: Mme Personne${pair}\nenvoi_prevu: ${date}\n---\nObjet : Merci pour votre retour\n\nBonjour Madame,\n\nMerci pour votre retour et pour le temps consacré à ma candidature. Je reste disponible.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78\n`,
  );
}
const big = timed(['check', '--format', 'json', '--maintenant', '2026-06-01 12:00', many]);
const files = big.status === 0 || big.status === 1 ? JSON.parse(big.stdout) : [];
const across = files.filter((f) => f.findings.some((x) => x.rule === 'multicanal-destinataire')).length;
out.push(`boomerang check, 20 000 brouillons : ${big.seconds.toFixed(2)} s (objectif < 10 s), ${files.length} fichiers vérifiés, ${across} avec multicanal-destinataire (attendu 10 000), code ${big.status}${big.seconds < 10 && across === 10_000 ? '' : '   ✗'}`);

if (process.platform !== 'win32') {
  const hostile = join(base, 'piege');
  mkdirSync(join(hostile, 'a'), { recursive: true });
  mkdirSync(join(hostile, 'b', 'c'), { recursive: true });
  writeFileSync(join(hostile, 'a', 'lettre.reponse.md'), '---\ncanal: mail\n---\nObjet : Merci\n\nBonjour,\n\nMerci.\n\nBien cordialement,\nLéa – 06 12 34 56 78\n');
  symlinkSync('..', join(hostile, 'a', 'boucle1'));
  symlinkSync('../../b', join(hostile, 'b', 'c', 'boucle2'));
  symlinkSync('/dev/zero', join(hostile, 'zero.reponse.md'));
  spawnSync('mkfifo', [join(hostile, 'tube.reponse.md')]);
  const h = timed(['check', hostile]);
  const messages = h.stderr.trim().split('\n').filter(Boolean);
  out.push(`boomerang check, dossier piégé (2 boucles, un FIFO, un lien vers /dev/zero) : ${h.seconds.toFixed(2)} s (objectif < 2 s), code ${h.status}, ${messages.length} messages${h.seconds < 2 && messages.length === 4 ? '' : '   ✗'}`);
  for (const m of messages) out.push(`    ${m.replace(base, '…')}`);
}

process.stdout.write(`${out.join('\n')}\n`);
rmSync(base, { recursive: true, force: true });
