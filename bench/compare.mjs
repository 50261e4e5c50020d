// `npm run bench:compare`: this checkout's core against another revision's,
// side by side in the same run, for a speed change on a shared, loaded machine
// (where two `npm run bench` minutes apart differ by more than most changes):
//   - warm: both cores loaded in one process, rounds over the same drafts (twenty
//     seeds of 1 KB, not one draft analysed again and again) alternated A B B A…;
//   - first analysis: fresh processes (bench/first.cjs: require, then the first
//     analyze of a 1 KB draft) alternated the same way.
// Each figure is given as its minimum, first quartile and median (the minimum
// and the quartile are what a loaded machine disturbs least), warm ones in
// CPU time of the process and in wall-clock time; then B / A.
// Also checks that both cores find as many findings on every draft.
//
//   node bench/compare.mjs [--against REF] [--rounds N] [--processes N] [--size CHARS]
//     --against    the reference revision (default: main), built with its own wording compiler
//     --rounds     warm rounds of each core (default 60)
//     --processes  fresh processes of each core (default 12)
//     --size       characters of each draft (default 1000)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleCore, referenceCheckout } from '../scripts/core-bundle.mjs';
import { makeDraft } from './corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { values: flags } = parseArgs({
  options: {
    against: { type: 'string', default: 'main' },
    rounds: { type: 'string', default: '60' },
    processes: { type: 'string', default: '12' },
    size: { type: 'string', default: '1000' },
  },
});
const rounds = Number(flags.rounds);
const processes = Number(flags.processes);
const size = Number(flags.size);
const tmp = mkdtempSync(join(tmpdir(), 'boomerang-compare-'));

process.stderr.write(`Construction du cœur de ${flags.against} (A) et de cette copie (B)…\n`);
const refDir = referenceCheckout(root, flags.against);
const files = [join(tmp, 'a.cjs'), join(tmp, 'b.cjs')];
// Minified, as bench.mjs measures the core, and with the wording program beside it as the desktop extension ships it
// (a revision whose compiler cannot keeps it inline).
await bundleCore(refDir, files[0], { minify: true, sidecar: true });
await bundleCore(root, files[1], { minify: true, sidecar: true });
rmSync(refDir, { recursive: true, force: true });
const cores = files.map((f) => require(f));

// Twenty drafts of a short size, two of a long one (a 1 MB analysis takes a good part of a second).
const drafts = Array.from({ length: size > 100_000 ? 2 : 20 }, (_, i) => makeDraft(size, i + 1));
const options = cores.map((c) => c.defaultOptions());
for (const d of drafts) {
  const [a, b] = cores.map((c, k) => c.analyze(d, options[k]).length);
  if (a !== b) process.stdout.write(`Attention : ${a} constats (A) contre ${b} (B) sur un brouillon.\n`);
}

/** Min, first quartile and median of a list. */
function stats(values) {
  const s = [...values].sort((x, y) => x - y);
  return { min: s[0], q1: s[s.length >> 2], median: s[s.length >> 1] };
}

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

// Warm: both cores in this process, rounds alternated.
process.stderr.write(`À chaud : ${rounds} tours de ${drafts.length} brouillons de ${size} caractères par cœur…\n`);
for (let i = 0; i < (size > 100_000 ? 2 : 20); i++) cores.forEach((c, k) => drafts.forEach((d) => c.analyze(d, options[k])));
const warm = [
  { cpu: [], wall: [] },
  { cpu: [], wall: [] },
];
for (let r = 0; r < rounds; r++) {
  for (const k of r % 2 ? [1, 0] : [0, 1]) {
    const c0 = cpu();
    const t0 = performance.now();
    for (const d of drafts) cores[k].analyze(d, options[k]);
    warm[k].wall.push(((performance.now() - t0) * 1000) / drafts.length);
    warm[k].cpu.push((cpu() - c0) / drafts.length);
  }
}

// First analysis: fresh processes, alternated.
process.stderr.write(`Première analyse : ${processes} processus neufs par cœur…\n`);
const draftFile = join(tmp, 'brouillon.md');
writeFileSync(draftFile, makeDraft(1000));
const first = [[], []];
for (let i = 0; i < processes; i++) {
  for (const k of i % 2 ? [1, 0] : [0, 1]) {
    const r = spawnSync(process.execPath, [join(root, 'bench/first.cjs'), files[k], draftFile], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    first[k].push(JSON.parse(r.stdout));
  }
}
rmSync(tmp, { recursive: true, force: true });

const fmt = (s, unit) => `min ${s.min.toFixed(unit === 'µs' ? 0 : 1)} ${unit}, q1 ${s.q1.toFixed(unit === 'µs' ? 0 : 1)}, médiane ${s.median.toFixed(unit === 'µs' ? 0 : 1)}`;
const ratio = (a, b) => `B/A : min ${(b.min / a.min).toFixed(3)}, q1 ${(b.q1 / a.q1).toFixed(3)}, médiane ${(b.median / a.median).toFixed(3)}`;
const rows = [
  ['À chaud, temps processeur par brouillon', warm.map((w) => stats(w.cpu)), 'µs'],
  ['À chaud, temps réel par brouillon', warm.map((w) => stats(w.wall)), 'µs'],
  ['Première analyse (processus neuf, analyze seul)', first.map((f) => stats(f.map((x) => x.firstMs))), 'ms'],
  ['Première analyse (require + analyze)', first.map((f) => stats(f.map((x) => x.totalMs))), 'ms'],
];
let out = `A = ${flags.against}, B = cette copie ; brouillons de ${size} caractères.\n`;
for (const [what, [a, b], unit] of rows) out += `${what}\n  A ${fmt(a, unit)}\n  B ${fmt(b, unit)}\n  ${ratio(a, b)}\n`;
process.stdout.write(out);
