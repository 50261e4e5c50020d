// Every finding of the core on a set of drafts, to prove that a change of the
// engine changes no finding (`npm run findings`):
//
//   node scripts/findings.mjs [--against REF | --check FILE] [--root DIR] [--out FILE] DIR...
//
// Each DIR's `*.reponse.md` files are analysed together (analyzeWorkspace, as
// the CLI and `npm run eval` do) at a fixed reference time, with the default
// options and once more with user expressions and exceptions; the findings
// (rule, severity, range, message, fixes, related) and the report's figures are
// kept. `--against REF` analyses the same drafts with the core of the git
// revision REF (for instance `main`) and prints every difference; `--check
// FILE` compares with a dump written before by `--out FILE`. Exit code 1 when
// anything differs. `--root` reads the core from another checkout.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { bundleCore, referenceCheckout } from './core-bundle.mjs';

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const root = resolve(opt('--root') ?? '.');
const out = opt('--out');
const check = opt('--check');
const against = opt('--against');
const dirs = argv.length > 0 ? argv : ['test/corpus'];

/** The core of the checkout at `dir`, bundled with its own wording compiler when it has one. */
async function coreOf(dir) {
  const tmp = mkdtempSync(join(tmpdir(), 'boomerang-findings-'));
  const coreFile = join(tmp, 'core.cjs');
  await bundleCore(dir, coreFile);
  const core = createRequire(import.meta.url)(coreFile);
  rmSync(tmp, { recursive: true, force: true });
  return core;
}

function dumpOf(core) {
  const now = new Date('2026-03-12T10:00:00Z');
  const base = { ...core.defaultOptions(), now, timeZone: 'Europe/Paris' };
  const user = core.resolveOptions(
    {
      expressions: ['je vous remercie', { phrase: 'votre décision', rule: 'contestation', rewrites: ['ce choix'] }, { phrase: 'bonne continuation', rule: 'passif-agressif' }, 'un retour'],
      exceptions: ['merci pour votre retour', 'bonne chance'],
    },
    core.RULES,
  ).options;
  const variants = { defaut: base, utilisateur: { ...user, now, timeZone: 'Europe/Paris' } };
  const dump = {};
  for (const dir of dirs) {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.reponse.md'))
      .sort();
    const texts = files.map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
    for (const [name, options] of Object.entries(variants)) {
      for (const r of core.analyzeWorkspace(texts, options)) {
        const f = r.analysis.figures;
        dump[`${basename(dir)}/${r.file} [${name}]`] = {
          findings: r.findings.map((x) => [x.rule, x.severity, x.start, x.end, x.message, (x.fixes ?? []).map((fx) => [fx.title, fx.edits.map((e) => [e.start, e.end, e.newText])]), x.related ?? null]),
          figures: [f.lines, f.words, f.sentences, f.questions, f.channels.others, f.channels.pressure],
        };
      }
    }
  }
  return dump;
}

function compare(ref, dump) {
  let diffs = 0;
  const keys = new Set([...Object.keys(ref), ...Object.keys(dump)]);
  for (const k of keys) {
    if (JSON.stringify(ref[k]) === JSON.stringify(dump[k])) continue;
    diffs++;
    if (diffs > 20) continue;
    process.stdout.write(`≠ ${k}\n`);
    const sa = new Set((ref[k]?.findings ?? []).map((x) => JSON.stringify(x)));
    const sb = new Set((dump[k]?.findings ?? []).map((x) => JSON.stringify(x)));
    for (const x of sa) if (!sb.has(x)) process.stdout.write(`  - ${x.slice(0, 300)}\n`);
    for (const x of sb) if (!sa.has(x)) process.stdout.write(`  + ${x.slice(0, 300)}\n`);
    if (JSON.stringify(ref[k]?.figures) !== JSON.stringify(dump[k]?.figures)) process.stdout.write(`  chiffres ${JSON.stringify(ref[k]?.figures)} → ${JSON.stringify(dump[k]?.figures)}\n`);
  }
  process.stdout.write(`${keys.size} analyses, ${diffs} différente(s).\n`);
  return diffs;
}

const dump = dumpOf(await coreOf(root));
if (out) writeFileSync(out, JSON.stringify(dump));
let ref;
if (check) ref = JSON.parse(readFileSync(check, 'utf8'));
else if (against) {
  // The reference revision's sources, with this checkout's dependencies.
  const dir = referenceCheckout(root, against);
  ref = dumpOf(await coreOf(dir));
  rmSync(dir, { recursive: true, force: true });
}
if (ref) process.exitCode = compare(ref, dump) > 0 ? 1 : 0;
else if (!out) process.stdout.write(`${Object.keys(dump).length} analyses.\n`);
