// The shape bench (`npm run bench:shapes`, also run by `npm run bench`): every
// shape of test/shapes/shapes.ts at 10 KB, 100 KB and 1 MB, and every user
// phrase of the notation on a 100 KB adversarial draft. Each shape runs in a
// child process killed at a deadline, so a freeze shows as « > N s »; figures
// are median CPU times, each run from a collected heap (test/shapes/measure.ts,
// runner.ts: the same measure as the guard test/unit/shapes.test.ts). Prints a
// table and the shapes that break the guard (1 MB above 1 s or above 12 ×
// 100 KB; a phrase above 50 ms), with the owner of those listed in
// test/shapes/owners.ts; writes bench/shapes.json.
//
//   node bench/shapes.mjs [--only NAME] [--deadline SECONDS]

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { wordingPlugin } from '../scripts/wording-plugin.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { values: flags } = parseArgs({ options: { only: { type: 'string' }, deadline: { type: 'string', default: '30' } } });
const deadlineMs = Number(flags.deadline) * 1000;

const dir = mkdtempSync(join(tmpdir(), 'boomerang-shapes-'));
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning', loader: { '.md': 'text' }, absWorkingDir: root, plugins: [wordingPlugin({ strip: true })] };
await esbuild.build({ ...common, entryPoints: ['test/shapes/worker.ts'], outfile: join(dir, 'worker.cjs') });
await esbuild.build({ ...common, entryPoints: ['test/shapes/runner.ts'], outfile: join(dir, 'runner.cjs') });
await esbuild.build({ ...common, entryPoints: ['test/shapes/shapes.ts'], outfile: join(dir, 'shapes.cjs') });
await esbuild.build({ ...common, entryPoints: ['test/shapes/owners.ts'], outfile: join(dir, 'owners.cjs') });
const { runAll, MEASURE_FLAGS } = require(join(dir, 'runner.cjs'));
const { SHAPES, PHRASES } = require(join(dir, 'shapes.cjs'));
const { OWNED_ELSEWHERE } = require(join(dir, 'owners.cjs'));

const SIZES = [10_000, 100_000, 1_000_000];
const LIMITS = { oneMbMs: 1000, ratio: 12, phraseMs: 50 };

function fmt(ms) {
  if (ms === undefined) return `> ${deadlineMs / 1000} s`;
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}
const pad = (s, n) => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));

const rows = [];
const shapes = SHAPES.filter((s) => !flags.only || s.name.includes(flags.only));
const phrases = PHRASES.filter((x) => !flags.only || x.includes(flags.only));
process.stderr.write(`Formes : ${shapes.length} × ${SIZES.length} tailles, expressions : ${phrases.length}…\n`);
const jobs = [
  ...shapes.map((s) => ({ kind: 'shape', key: s.name, sizes: SIZES, runs: 9, budgetMs: 1500 })),
  ...phrases.map((p) => ({ kind: 'phrase', key: p, sizes: [100_000], runs: 9, budgetMs: 1500 })),
];
const results = await runAll(join(dir, 'worker.cjs'), jobs, deadlineMs, 2, (job, r) => process.stderr.write(`  ${job.key.slice(0, 60)} : ${fmt(r[r.length - 1].ms)}\n`));
const owner = (key) => (OWNED_ELSEWHERE[key] ? ` (${OWNED_ELSEWHERE[key].owner})` : '');
for (const s of shapes) {
  const [k10, k100, m1] = results.get(`shape:${s.name}`);
  const ratio = k100.ms !== undefined && m1.ms !== undefined ? m1.ms / k100.ms : undefined;
  const ok = m1.ms !== undefined && m1.ms <= LIMITS.oneMbMs && ratio !== undefined && ratio <= LIMITS.ratio;
  rows.push({ name: s.name, k10: k10.ms, k100: k100.ms, m1: m1.ms, ratio, ok, findings: m1.findings, owner: OWNED_ELSEWHERE[s.name]?.owner });
}
const phraseRows = [];
for (const p of phrases) {
  const [r] = results.get(`phrase:${p}`);
  phraseRows.push({ phrase: p, ms: r.ms, ok: r.ms !== undefined && r.ms <= LIMITS.phraseMs, owner: OWNED_ELSEWHERE[`phrase:${p}`]?.owner });
}

const out = ['', `Temps CPU médian par analyse (node ${MEASURE_FLAGS.join(' ')} ; tas nettoyé avant chaque passe ; ✗ = hors limites, (lead)/(structure) = code d’une autre branche, test/shapes/owners.ts)`, ''];
const w = Math.max(...rows.map((r) => r.name.length)) + 2;
out.push(`${pad('Forme', w)}${pad('10 Ko', 12)}${pad('100 Ko', 12)}${pad('1 Mo', 12)}${pad('1 Mo / 100 Ko', 15)}constats (1 Mo)`);
for (const r of rows) {
  out.push(`${pad(r.name, w)}${pad(fmt(r.k10), 12)}${pad(fmt(r.k100), 12)}${pad(fmt(r.m1), 12)}${pad(r.ratio === undefined ? '—' : `${r.ratio.toFixed(1)}×`, 15)}${r.findings ?? '—'}${r.ok ? '' : `   ✗${owner(r.name)}`}`);
}
out.push('');
out.push(`${pad('Expression de l’utilisateur (brouillon de 100 Ko)', 52)}temps`);
for (const r of phraseRows) out.push(`${pad(JSON.stringify(r.phrase).slice(0, 50), 52)}${fmt(r.ms)}${r.ok ? '' : `   ✗${owner(`phrase:${r.phrase}`)}`}`);
out.push('');
const badShapes = rows.filter((r) => !r.ok);
const badPhrases = phraseRows.filter((r) => !r.ok);
out.push(`Formes : ${rows.length - badShapes.length}/${rows.length} dans les limites (1 Mo ≤ ${LIMITS.oneMbMs} ms et ≤ ${LIMITS.ratio} × 100 Ko).`);
if (badShapes.length) out.push(`  hors limites : ${badShapes.map((r) => `${r.name}${owner(r.name)}`).join(' ; ')}`);
out.push(`Expressions : ${phraseRows.length - badPhrases.length}/${phraseRows.length} sous ${LIMITS.phraseMs} ms.`);
if (badPhrases.length) out.push(`  hors limites : ${badPhrases.map((r) => `${JSON.stringify(r.phrase)}${owner(`phrase:${r.phrase}`)}`).join(' ; ')}`);
const unlisted = [...badShapes.filter((r) => !r.owner).map((r) => r.name), ...badPhrases.filter((r) => !r.owner).map((r) => JSON.stringify(r.phrase))];
out.push(unlisted.length ? `À corriger ici (non attribuées) : ${unlisted.join(' ; ')}` : 'Toutes les formes hors limites sont attribuées à une autre branche (test/shapes/owners.ts).');
process.stdout.write(`${out.join('\n')}\n`);
if (!flags.only) writeFileSync(join(root, 'bench/shapes.json'), `${JSON.stringify({ date: new Date().toISOString(), limits: LIMITS, shapes: rows, phrases: phraseRows }, null, 2)}\n`);
rmSync(dir, { recursive: true, force: true });
