// `npm run bench`: Boomerang's whole core against peers a user could pick
// instead, on the same French drafts, in one process and one run; then, each
// in fresh processes, the first analysis of a 1 KB draft (require + first
// analyze), the command line on one file against `node -e 0`, the cold start
// of the Node bundle; the keystroke-to-diagnostics latency in the integration
// harness's real VS Code (when the harness is set up); and the size of the
// bundles and of the .vsix. Prints one table, the ratios and the targets met
// or missed, writes bench/results.json and regenerates the README's
// « Performances » block (between <!-- bench:debut --> and <!-- bench:fin -->).
//
//   node bench/bench.mjs [--no-package] [--quick] [--no-editor] [--no-readme] [--no-shapes]
//     --no-package  skip `npm run package` (bundle sizes from a production build, no .vsix)
//     --quick       fewer runs, and no peer on 1 MB
//     --no-editor   skip the latency in the real VS Code (needs `npm run test:harness` once)
//     --no-readme   leave README.md as it is
//     --no-shapes   skip the shape bench and the command line bench (bench/shapes.mjs, bench/cli.mjs)

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
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
  firstMs: 20,
  oneKbMicros: 50,
  oneMbMs: 50,
  floorRatio: 2,
  linearity: 11,
  cliRatio: 1.5,
  keystrokeMs: 10,
  nodeBundleKb: 150,
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
    // Still measure the .vsix, built straight with vsce (links left relative, as in the product: no address
    // outside the project), and say so.
    const reason = (r.stderr || r.stdout).split('\n').find((l) => /ERROR/.test(l))?.trim() ?? `code ${r.status}`;
    notes.push(`« npm run package » a échoué (${reason}) ; .vsix construit directement avec vsce pour la mesure.`);
    execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: root, stdio: 'inherit' });
    const v = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], { cwd: root, encoding: 'utf8' });
    packaged = v.status === 0;
    if (!packaged) notes.push(`vsce package a aussi échoué : ${(v.stderr || v.stdout).trim().split('\n').pop()}`);
  }
}

const sizes = {};
for (const f of ['dist/extension.js', 'dist/wording.txt', 'dist/web/extension.js', 'dist/cli.js']) sizes[f] = statSync(join(root, f)).size;
if (packaged) sizes[vsix] = statSync(join(root, vsix)).size;

// The core, bundled and minified like the extension's (its wording program in a file beside it, read at the first
// analysis), loaded whole: whatever the registry holds is measured.
const coreFile = join(mkdtempSync(join(tmpdir(), 'boomerang-bench-')), 'core.cjs');
await esbuild.build({
  stdin: { contents: "export * from './src/core/index';\nexport { phraseSource } from './src/core/text';\n", resolveDir: root, loader: 'ts' },
  outfile: coreFile, bundle: true, minify: true, platform: 'neutral', mainFields: ['module', 'main'], format: 'cjs', target: 'es2022', logLevel: 'warning', loader: { '.md': 'text' }, plugins: [wordingPlugin({ strip: true, sidecar: 'wording.txt' })] });
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
  // Warm-up: at least 3 calls and up to one second (bounded by the budget), so that V8 has
  // optimized each tool's code (a large code base tiers up over hundreds of calls, not dozens).
  let warm = 0;
  let once = 0;
  const w0 = performance.now();
  while (warm < 3 || (performance.now() - w0 < Math.min(1000, budgetMs) && warm < 2000)) {
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
// Time zone (issue 15): a warm 1 KB analysis without options, as editors and
// scripts call it, against the former path that asked Intl for the machine's
// zone on every call (kept here for comparison: it is what defaultOptions()
// did before the zone was read once per process). With and without a date in
// the front matter: without one, no date library is touched.

log('Fuseau horaire (1 Ko)…');
function legacyDefaultOptions() {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  new Intl.DateTimeFormat('en-US', { timeZone: zone });
  /^\s*(\d{1,2})\s*(?:[:h]\s*(\d{2})?)?\s*(?:-|–|—|à)\s*(\d{1,2})\s*(?:[:h]\s*(\d{2})?)?\s*$/i.exec('09:00-18:00');
  return { ...core.defaultOptions(), timeZone: zone };
}
const oneKbDated = inputs[0].text;
const oneKbUndated = oneKbDated.replace(/^refus_recu:.*\n|^envoi_prevu:.*\n/gm, '');
const zoneRows = [
  { what: 'sans date, analyze(texte) : fuseau lu une fois', run: () => core.analyze(oneKbUndated).length },
  { what: 'sans date, ancien chemin : fuseau résolu à chaque appel', run: () => core.analyze(oneKbUndated, legacyDefaultOptions()).length },
  { what: 'avec refus_recu et envoi_prevu, analyze(texte)', run: () => core.analyze(oneKbDated).length },
  { what: 'avec refus_recu et envoi_prevu, ancien chemin', run: () => core.analyze(oneKbDated, legacyDefaultOptions()).length },
];
const zoneResults = [];
for (const z of zoneRows) zoneResults.push({ what: z.what, ...(await measure(z.run, '', { budgetMs: 1000 })) });

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
// The first analysis of a 1 KB draft in a fresh process (require + first analyze), median of 10.

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[v.length >> 1] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

log('Première analyse (processus neuf)…');
const draftFile = join(dirname(coreFile), 'brouillon.reponse.md');
writeFileSync(draftFile, inputs[0].text);
const firsts = [];
for (let i = 0; i < 10; i++) {
  const r = spawnSync(process.execPath, [join(root, 'bench/first.cjs'), coreFile, draftFile], { encoding: 'utf8', cwd: root });
  if (r.status !== 0) throw new Error(`première analyse impossible : ${r.stderr}`);
  firsts.push(JSON.parse(r.stdout));
}
const first = { medianMs: median(firsts.map((f) => f.totalMs)), requireMs: median(firsts.map((f) => f.requireMs)), analyzeMs: median(firsts.map((f) => f.firstMs)), minMs: Math.min(...firsts.map((f) => f.totalMs)), runs: firsts.length };

// ---------------------------------------------------------------------------
// The command line on that one file against `node -e 0`, medians of 10 (wall clock, process start to exit).

log('Ligne de commande (un fichier) et node -e 0…');
function wall(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: root });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} : code ${r.status} ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const cliRuns = [];
const nodeRuns = [];
for (let i = 0; i < 10; i++) {
  nodeRuns.push(wall(['-e', '0']));
  cliRuns.push(wall([join(root, 'bin/boomerang.js'), 'check', draftFile]));
}
const cli = { medianMs: median(cliRuns), nodeMs: median(nodeRuns), ratio: median(cliRuns) / median(nodeRuns), runs: cliRuns.length };

// ---------------------------------------------------------------------------
// Keystroke → diagnostics in the real VS Code of the integration harness:
// 50 edits of a 1 KB draft, the time from the change the extension receives to
// the diagnostics that reflect it, minus the debounce (test/integration/suite/latency.test.ts).

let keystroke;
if (args.has('--no-editor')) notes.push('latence dans l’éditeur non mesurée (--no-editor).');
else if (!existsSync(join(root, 'test/integration/harness/node_modules'))) notes.push('latence dans l’éditeur non mesurée : banc d’essai absent (npm run test:harness).');
else {
  log('Latence frappe → diagnostics dans VS Code (banc d’essai, 50 modifications)…');
  const outFile = join(dirname(coreFile), 'latence.json');
  execFileSync(process.execPath, ['scripts/build.mjs', '--tests'], { cwd: root, stdio: 'inherit' });
  const r = spawnSync(process.execPath, ['scripts/test-integration.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, BOOMERANG_TEST_GREP: 'latency', BOOMERANG_LATENCY_OUT: outFile } });
  if (existsSync(outFile)) keystroke = JSON.parse(readFileSync(outFile, 'utf8'));
  else notes.push(`latence dans l’éditeur non mesurée : le banc d’essai a échoué (code ${r.status}).`);
  // The integration build replaced dist/ with development bundles: rebuild the production ones measured above.
  execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: root, stdio: 'inherit' });
}

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
out.push(`Machine : ${cpus()[0]?.model ?? '?'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} Gio, Node ${process.version}, ${process.platform}-${process.arch} ; charge moyenne ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
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
out.push('Fuseau horaire, 1 Ko à chaud (médiane)');
for (const z of zoneResults) out.push(`  ${pad(z.what, 60)} ${fmtMs(z.medianMs)}`);
out.push(`  gain sans date : ${(zoneResults[1].medianMs / zoneResults[0].medianMs).toFixed(2)}× ; avec dates : ${(zoneResults[3].medianMs / zoneResults[2].medianMs).toFixed(2)}×`);
out.push('');
out.push(`Première analyse d’un brouillon de 1 Ko, processus neuf (require + premier analyze, ${first.runs} fois) : ${fmtMs(first.medianMs)} (require ${fmtMs(first.requireMs)}, analyse ${fmtMs(first.analyzeMs)} ; min ${fmtMs(first.minMs)})`);
out.push(`Ligne de commande sur ce fichier : ${fmtMs(cli.medianMs)} ; node -e 0 : ${fmtMs(cli.nodeMs)} ; rapport ${cli.ratio.toFixed(2)}× (médianes de ${cli.runs})`);
out.push(
  keystroke
    ? `Frappe → diagnostics remis à VS Code (1 Ko, ${keystroke.samples.length} modifications, attente de ${keystroke.debounceMs} ms déduite) : médiane ${fmtMs(keystroke.medianMs)}, p95 ${fmtMs(keystroke.p95Ms)} ; jusqu’à l’événement onDidChangeDiagnostics, que VS Code retarde de 50 ms : médiane ${fmtMs(keystroke.eventMedianMs)}, p95 ${fmtMs(keystroke.eventP95Ms)}`
    : 'Frappe → diagnostics dans VS Code : non mesuré',
);
out.push(`Démarrage à froid de l’extension (require + activate, processus neuf, ${coldStart.runs} fois) : ${fmtMs(coldStart.medianMs)} (${fmtMs(coldStart.minMs)}–${fmtMs(coldStart.maxMs)})`);
out.push(`Tailles : ${Object.entries(sizes).map(([f, s]) => `${f} ${fmtKb(s)}`).join(' · ')}`);
for (const n of notes) out.push(`Attention : ${n}`);
out.push('');

// Targets.
const oneKb = boomerang['1 Ko'].medianMs;
const oneMb = boomerang['1 Mo'].medianMs;
const hundredKb = boomerang['100 Ko'].medianMs;
const floorName = tools.find((t) => t.floor).name;
const worstFloor = Math.max(...inputs.map((i) => boomerang[i.label].medianMs / results[floorName][i.label].medianMs));
const peersBeaten = inputs.every((i) => tools.filter((t) => t.peer).every((t) => !results[t.name][i.label] || results[t.name][i.label].medianMs > boomerang[i.label].medianMs));
const slowestRatio = Math.min(...inputs.flatMap((i) => tools.filter((t) => t.peer && results[t.name][i.label]).map((t) => results[t.name][i.label].medianMs / boomerang[i.label].medianMs)));
const checks = [
  { what: `première analyse (processus neuf) ≤ ${TARGETS.firstMs} ms`, value: fmtMs(first.medianMs), ok: first.medianMs <= TARGETS.firstMs },
  { what: `1 Ko à chaud ≤ ${TARGETS.oneKbMicros} µs`, value: fmtMs(oneKb), ok: oneKb * 1000 <= TARGETS.oneKbMicros },
  { what: `1 Mo ≤ ${TARGETS.oneMbMs} ms`, value: fmtMs(oneMb), ok: oneMb <= TARGETS.oneMbMs },
  { what: `coût linéaire (1 Mo ≤ ${TARGETS.linearity}× 100 Ko)`, value: `${(oneMb / hundredKb).toFixed(1)}×`, ok: oneMb / hundredKb <= TARGETS.linearity },
  { what: `au plus ${TARGETS.floorRatio}× le plancher (pire taille)`, value: `${worstFloor.toFixed(2)}×`, ok: worstFloor <= TARGETS.floorRatio },
  { what: `ligne de commande ≤ ${String(TARGETS.cliRatio).replace('.', ',')}× node -e 0`, value: `${cli.ratio.toFixed(2)}×`, ok: cli.ratio <= TARGETS.cliRatio },
  { what: `frappe → diagnostics ≤ attente + ${TARGETS.keystrokeMs} ms`, value: keystroke ? `${fmtMs(keystroke.medianMs)} (p95 ${fmtMs(keystroke.p95Ms)})` : 'non mesuré', ok: keystroke !== undefined && keystroke.medianMs <= TARGETS.keystrokeMs },
  { what: `paquet Node minifié ≤ ${TARGETS.nodeBundleKb} Ko`, value: `${(sizes['dist/extension.js'] / 1000).toFixed(1)} Ko (+ ${(sizes['dist/wording.txt'] / 1000).toFixed(1)} Ko de programme à part)`, ok: sizes['dist/extension.js'] / 1000 <= TARGETS.nodeBundleKb },
  { what: 'plus rapide que chaque pair à chaque taille', value: `pair le plus proche : ${slowestRatio.toFixed(2)}×`, ok: peersBeaten },
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
      first,
      cli,
      keystroke: keystroke ?? null,
      timeZone: zoneResults,
      sizes,
      notes,
      targets: checks,
    },
    null,
    2,
  ) + '\n',
);
rmSync(dirname(coreFile), { recursive: true, force: true });

// ---------------------------------------------------------------------------
// The README's « Performances » block, from this run.

if (!args.has('--no-readme')) {
  const fr = (ms) => fmtMs(ms).replace('.', ',');
  const names = {
    'Boomerang (analyze)': `Boomerang (${core.RULES.length} règles)`,
    'write-good': 'write-good',
    [tools[2].name]: `textlint + prh (${phrases.length} expressions)`,
    [tools[3].name]: 'retext (latin + 2 extensions)',
    [floorName]: 'plancher : une seule expression régulière',
  };
  const day = new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
  const lines = [
    '<!-- bench:debut -->',
    '<!-- Généré par `npm run bench` : ne pas modifier à la main. -->',
    '',
    `Mesurées par \`npm run bench\` le ${day} sur ${cpus()[0]?.model?.trim() ?? '?'} × ${cpus().length}, Node ${process.version.slice(1)}, ${process.platform} ${process.arch}, charge moyenne ${loadavg()[0].toFixed(1).replace('.', ',')}. Brouillons français générés de 1 Ko à 1 Mo ; médianes après échauffement, tous les outils dans le même processus et le même passage.`,
    '',
    `| | ${inputs.map((i) => i.label).join(' | ')} |`,
    `|---|${inputs.map(() => '---').join('|')}|`,
    ...tools.map((t) => `| ${names[t.name] ?? t.name} | ${inputs.map((i) => (results[t.name][i.label] ? fr(results[t.name][i.label].medianMs) : 'non mesuré')).join(' | ')} |`),
    '',
    `Première analyse d’un brouillon de 1 Ko dans un processus neuf (chargement + analyse) : ${fr(first.medianMs)} (chargement ${fr(first.requireMs)}). Ligne de commande sur un fichier : ${fr(cli.medianMs)}, contre ${fr(cli.nodeMs)} pour \`node -e 0\`. ${keystroke ? `Dans VS Code, de la frappe aux diagnostics remis à l’éditeur, au-delà de l’attente de ${keystroke.debounceMs} ms : ${fr(keystroke.medianMs)} en médiane, ${fr(keystroke.p95Ms)} au 95e centile (${keystroke.samples.length} modifications ; l’événement \`onDidChangeDiagnostics\`, que VS Code retarde de 50 ms, arrive ${fr(keystroke.eventMedianMs)} après l’attente).` : 'Latence dans VS Code non mesurée lors de ce passage.'} Paquet Node : ${fmtKb(sizes['dist/extension.js']).replace('.', ',')} minifié, plus ${fmtKb(sizes['dist/wording.txt']).replace('.', ',')} de programme des formulations lu à la première analyse${sizes[vsix] ? ` ; \`.vsix\` : ${fmtKb(sizes[vsix]).replace('.', ',')}` : ''}.`,
    '',
    '| Objectif | Mesure | |',
    '|---|---|---|',
    ...checks.map((c) => `| ${c.what} | ${c.value.replace(/(\d)\.(\d)/g, '$1,$2')} | ${c.ok ? 'atteint' : '**manqué**'} |`),
    '<!-- bench:fin -->',
  ];
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const a = readme.indexOf('<!-- bench:debut -->');
  const b = readme.indexOf('<!-- bench:fin -->');
  if (a < 0 || b < a) notes.push('README.md sans marqueurs <!-- bench:debut/fin --> : non mis à jour.');
  else {
    writeFileSync(join(root, 'README.md'), readme.slice(0, a) + lines.join('\n') + readme.slice(b + '<!-- bench:fin -->'.length));
    log('README.md : bloc « Performances » régénéré.');
  }
}

// Robustness (issue 17): the shape bench and the command line at scale, each in its own processes.
if (!args.has('--no-shapes')) {
  log('Formes (bench/shapes.mjs)…');
  spawnSync(process.execPath, [join(root, 'bench/shapes.mjs')], { cwd: root, stdio: 'inherit' });
  log('Ligne de commande (bench/cli.mjs)…');
  spawnSync(process.execPath, [join(root, 'bench/cli.mjs')], { cwd: root, stdio: 'inherit' });
}
