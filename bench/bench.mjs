// `npm run bench`: Boomerang's whole core against peers a user could pick
// instead, on the same French drafts, in one process and one run; then the
// cold start of the Node bundle and the size of the bundles and of the .vsix.
// Prints one table, the ratios and the targets met or missed, and writes
// bench/results.json.
//
//   node bench/bench.mjs [--no-package] [--quick]
//     --no-package  skip `npm run package` (bundle sizes from a production build, no .vsix)
//     --quick       fewer runs, and no peer on 1 MB

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { makeDraft, phraseDictionary } from './corpus.mjs';
import { wordingPlugin } from '../scripts/wording-plugin.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

const SIZES = [
  { label: '1 Ko', chars: 1_000 },
  { label: '10 Ko', chars: 10_000 },
  { label: '100 Ko', chars: 100_000 },
  { label: '1 Mo', chars: 1_000_000 },
];

const TARGETS = {
  oneKbMicros: 50,
  mbPerSecond: 20,
  floorRatio: 2,
  linearity: 12,
  nodeBundleKb: 150,
  coldStartMs: 30,
};

// ---------------------------------------------------------------------------
// Build: the production bundles and the .vsix, then the core as the bench loads it.

function log(s) {
  process.stderr.write(`${s}\n`);
}

log('Construction des paquets de production…');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = `boomerang-${pkg.version}.vsix`;
const notes = [];
let packaged = false;
if (args.has('--no-package')) execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: root, stdio: 'inherit' });
else {
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, encoding: 'utf8' });
  packaged = r.status === 0;
  if (!packaged) {
    // Still measure the .vsix, with the links vsce could not resolve pointed at the repository, and say so.
    const reason = (r.stderr || r.stdout).split('\n').find((l) => /ERROR/.test(l))?.trim() ?? `code ${r.status}`;
    notes.push(`« npm run package » a échoué (${reason}) ; .vsix construit avec --baseContentUrl pour la mesure.`);
    execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: root, stdio: 'inherit' });
    const base = 'https://github.com/boomerang-fr/boomerang/blob/main';
    const v = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--baseContentUrl', base, '--baseImagesUrl', base, '--out', vsix], { cwd: root, encoding: 'utf8' });
    packaged = v.status === 0;
    if (!packaged) notes.push(`vsce package a aussi échoué : ${(v.stderr || v.stdout).trim().split('\n').pop()}`);
  }
}

const sizes = {};
for (const f of ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js']) sizes[f] = statSync(join(root, f)).size;
if (packaged) sizes[vsix] = statSync(join(root, vsix)).size;

// The core, bundled and minified like the extension's, loaded whole: whatever the registry holds is measured.
const coreFile = join(mkdtempSync(join(tmpdir(), 'boomerang-bench-')), 'core.cjs');
await esbuild.build({
  stdin: { contents: "export * from './src/core/index';\nexport { phraseSource } from './src/core/text';\n", resolveDir: root, loader: 'ts' },
  outfile: coreFile, bundle: true, minify: true, platform: 'neutral', mainFields: ['module', 'main'], format: 'cjs', target: 'es2022', logLevel: 'warning', loader: { '.md': 'text' }, plugins: [wordingPlugin({ strip: true })] });
const core = require(coreFile);

// ---------------------------------------------------------------------------
// Inputs and tools.

const inputs = SIZES.map((s) => ({ ...s, text: makeDraft(s.chars) }));
const phrases = phraseDictionary();

/** The floor: the same phrases as one regular expression, over text folded by the core's same-length table. */
function makeFloor() {
  const source = phrases.map(core.phraseSource).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    const folded = core.fold(text);
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(folded) !== null) n++;
    return n;
  };
}

function prhYaml() {
  // prh: one rule per phrase, as a case-insensitive regular expression accepting both apostrophes.
  const lines = ['version: 1', 'rules:'];
  for (const p of phrases) {
    const source = p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]");
    lines.push(`  - expected: "(à reformuler)"`, `    pattern: /${source}/i`);
  }
  return lines.join('\n') + '\n';
}

async function makeTextlint() {
  const { createLinter, loadTextlintrc } = await import('textlint');
  const dir = mkdtempSync(join(tmpdir(), 'boomerang-textlint-'));
  writeFileSync(join(dir, 'prh.yml'), prhYaml());
  writeFileSync(join(dir, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: [join(dir, 'prh.yml')] } } }));
  const descriptor = await loadTextlintrc({ configFilePath: join(dir, '.textlintrc.json'), node_modulesDir: join(root, 'node_modules') });
  const linter = createLinter({ descriptor, cwd: dir });
  const file = join(dir, 'brouillon.md');
  return async (text) => (await linter.lintText(text, file)).messages.length;
}

async function makeRetext() {
  const { retext } = await import('retext');
  const repeated = (await import('retext-repeated-words')).default;
  const quotes = (await import('retext-quotes')).default;
  const processor = retext().use(repeated).use(quotes, { preferred: 'smart' });
  return async (text) => (await processor.process(text)).messages.length;
}

const writeGood = require('write-good');
const options = core.defaultOptions();

const tools = [
  { name: 'Boomerang (analyze)', run: (t) => core.analyze(t, options).length },
  { name: 'write-good', run: (t) => writeGood(t).length, peer: true },
  { name: `textlint + prh (${phrases.length} expressions)`, run: await makeTextlint(), peer: true },
  { name: 'retext (latin + repeated-words + quotes)', run: await makeRetext(), peer: true },
  { name: 'plancher : 1 regex sur texte replié', run: makeFloor(), floor: true },
];

// ---------------------------------------------------------------------------
// Timing: warm-up, then samples; tiny calls are batched so that a sample lasts a few milliseconds.

async function timeOnce(fn, text, k) {
  const t0 = performance.now();
  for (let i = 0; i < k; i++) {
    const r = fn(text);
    if (r && typeof r.then === 'function') await r;
  }
  return (performance.now() - t0) / k;
}

async function measure(fn, text, { budgetMs }) {
  // Warm-up: at least 3 calls and 150 ms (bounded by the budget).
  let warm = 0;
  let once = 0;
  const w0 = performance.now();
  while (warm < 3 || (performance.now() - w0 < 150 && performance.now() - w0 < budgetMs / 4)) {
    once = await timeOnce(fn, text, 1);
    warm++;
    if (once > budgetMs / 4) break;
  }
  const k = Math.max(1, Math.min(20_000, Math.ceil(5 / Math.max(once, 1e-4))));
  const samples = [];
  const maxSamples = quick ? 5 : 15;
  const s0 = performance.now();
  while (samples.length < 3 || (samples.length < maxSamples && performance.now() - s0 < budgetMs)) samples.push(await timeOnce(fn, text, k));
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  const median = samples.length % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
  return { medianMs: median, minMs: samples[0], maxMs: samples[samples.length - 1], runs: samples.length, batch: k, result: await Promise.resolve(fn(text)) };
}

const results = {};
for (const tool of tools) {
  results[tool.name] = {};
  for (const input of inputs) {
    if (quick && tool.peer && input.chars >= 1_000_000) continue;
    log(`  ${tool.name} — ${input.label}…`);
    results[tool.name][input.label] = await measure(tool.run, input.text, { budgetMs: input.chars >= 1_000_000 ? 2_000 : 1_000 });
  }
}

// ---------------------------------------------------------------------------
// Cold start: a fresh process per sample.

log('Démarrage à froid…');
const cold = [];
for (let i = 0; i < (quick ? 5 : 11); i++) {
  const r = spawnSync(process.execPath, [join(root, 'bench/coldstart.cjs'), join(root, 'dist/extension.js')], { encoding: 'utf8', cwd: root });
  if (r.status !== 0) throw new Error(`démarrage à froid impossible : ${r.stderr}`);
  cold.push(JSON.parse(r.stdout));
}
const coldTotals = cold.map((c) => c.totalMs).sort((a, b) => a - b);
const coldStart = { medianMs: coldTotals[coldTotals.length >> 1], minMs: coldTotals[0], maxMs: coldTotals[coldTotals.length - 1], runs: cold.length };

// ---------------------------------------------------------------------------
// Report.

function fmtMs(ms) {
  if (ms < 1) return `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 1)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}
function fmtKb(bytes) {
  return `${(bytes / 1024).toFixed(1)} Kio`;
}
function mbps(chars, ms) {
  return chars / 1e6 / (ms / 1000);
}
function pad(s, n) {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

const nameWidth = Math.max(...tools.map((t) => t.name.length)) + 2;
const colWidth = 30;
const out = [];
out.push('');
out.push(`Machine : ${cpus()[0]?.model ?? '?'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} Gio, Node ${process.version}, ${process.platform}-${process.arch}`);
out.push(`Règles du registre : ${core.RULES.length} ; dictionnaire : ${phrases.length} expressions`);
out.push('');
out.push(pad('Temps médian (min–max)', nameWidth) + inputs.map((i) => pad(`${i.label} (${i.text.length.toLocaleString('fr-FR')} car.)`, colWidth)).join(''));
for (const tool of tools) {
  const cells = inputs.map((i) => {
    const r = results[tool.name][i.label];
    return pad(r ? `${fmtMs(r.medianMs)} (${fmtMs(r.minMs)}–${fmtMs(r.maxMs)})` : 'non mesuré', colWidth);
  });
  out.push(pad(tool.name, nameWidth) + cells.join(''));
}
out.push(pad('Débit (Mo/s)', nameWidth) + inputs.map(() => pad('', colWidth)).join(''));
for (const tool of tools) {
  out.push(pad(`  ${tool.name}`, nameWidth) + inputs.map((i) => pad(results[tool.name][i.label] ? mbps(i.text.length, results[tool.name][i.label].medianMs).toFixed(2) : '—', colWidth)).join(''));
}
out.push(pad('Constats ou occurrences', nameWidth) + inputs.map(() => pad('', colWidth)).join(''));
for (const tool of tools) {
  out.push(pad(`  ${tool.name}`, nameWidth) + inputs.map((i) => pad(String(results[tool.name][i.label]?.result ?? '—'), colWidth)).join(''));
}
out.push('');
out.push('Rapports (temps du pair / temps de Boomerang ; Boomerang / plancher)');
const boomerang = results[tools[0].name];
const ratios = {};
for (const i of inputs) {
  const b = boomerang[i.label].medianMs;
  const parts = [];
  ratios[i.label] = {};
  for (const tool of tools.slice(1)) {
    const r = results[tool.name][i.label];
    if (!r) continue;
    if (tool.floor) {
      ratios[i.label].boomerangToFloor = b / r.medianMs;
      parts.push(`Boomerang/plancher ${(b / r.medianMs).toFixed(2)}×`);
    } else {
      ratios[i.label][tool.name] = r.medianMs / b;
      parts.push(`${tool.name.split(' ')[0]} ${(r.medianMs / b).toFixed(0)}×`);
    }
  }
  out.push(`  ${pad(i.label, 8)} ${parts.join(' · ')}`);
}
out.push('');
out.push(`Démarrage à froid (require + activate, processus neuf, ${coldStart.runs} fois) : ${fmtMs(coldStart.medianMs)} (${fmtMs(coldStart.minMs)}–${fmtMs(coldStart.maxMs)})`);
out.push(`Tailles : ${Object.entries(sizes).map(([f, s]) => `${f} ${fmtKb(s)}`).join(' · ')}`);
for (const n of notes) out.push(`Attention : ${n}`);
out.push('');

// Targets.
const oneKb = boomerang['1 Ko'].medianMs;
const oneMb = boomerang['1 Mo'].medianMs;
const hundredKb = boomerang['100 Ko'].medianMs;
const floorName = tools.find((t) => t.floor).name;
const worstFloor = Math.max(...inputs.map((i) => boomerang[i.label].medianMs / results[floorName][i.label].medianMs));
const checks = [
  { what: `1 Ko analysé en moins de ${TARGETS.oneKbMicros} µs`, value: fmtMs(oneKb), ok: oneKb * 1000 < TARGETS.oneKbMicros },
  { what: `au moins ${TARGETS.mbPerSecond} Mo/s sur 1 Mo`, value: `${mbps(inputs[3].text.length, oneMb).toFixed(1)} Mo/s`, ok: mbps(inputs[3].text.length, oneMb) >= TARGETS.mbPerSecond },
  { what: `au plus ${TARGETS.floorRatio}× le plancher (pire taille)`, value: `${worstFloor.toFixed(2)}×`, ok: worstFloor <= TARGETS.floorRatio },
  { what: `coût linéaire (1 Mo ≤ ${TARGETS.linearity}× 100 Ko)`, value: `${(oneMb / hundredKb).toFixed(1)}×`, ok: oneMb / hundredKb <= TARGETS.linearity },
  { what: `paquet Node minifié < ${TARGETS.nodeBundleKb} Ko`, value: `${(sizes['dist/extension.js'] / 1000).toFixed(1)} Ko`, ok: sizes['dist/extension.js'] / 1000 < TARGETS.nodeBundleKb },
  { what: `démarrage à froid < ${TARGETS.coldStartMs} ms`, value: fmtMs(coldStart.medianMs), ok: coldStart.medianMs < TARGETS.coldStartMs },
];
out.push('Objectifs');
for (const c of checks) out.push(`  ${c.ok ? 'atteint ' : 'MANQUÉ  '} ${pad(c.what, 44)} ${c.value}`);
const missed = checks.filter((c) => !c.ok);
out.push(missed.length === 0 ? 'Tous les objectifs sont atteints.' : `${missed.length} objectif(s) manqué(s) : ${missed.map((c) => c.what).join(' ; ')}.`);
process.stdout.write(out.join('\n') + '\n');

writeFileSync(
  join(root, 'bench/results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), node: process.version, platform: `${process.platform}-${process.arch}` },
      rules: core.RULES.length,
      phrases: phrases.length,
      inputs: inputs.map((i) => ({ label: i.label, chars: i.text.length })),
      results,
      ratios,
      coldStart,
      sizes,
      notes,
      targets: checks,
    },
    null,
    2,
  ) + '\n',
);
rmSync(dirname(coreFile), { recursive: true, force: true });
