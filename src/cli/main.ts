// `boomerang check [--format text|json] [--config FILE] PATH...`
// The same core and defaults as the editor. Exit codes: 0 no warning,
// 1 warnings, 2 usage error or unreadable file (other files still checked).

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { analyzeWorkspace, mergeRawOptions, resolveOptions, RULES, type AnalyzeOptions } from '../core';
import { explain, EXPLAIN_USAGE } from './explain';
import { formatJson, formatReport, formatText, useColor } from './format';
import { suivi } from './suivi';

const USAGE = `Usage : boomerang check [--format text|json|report] [--config FICHIER.json] CHEMIN...

Vérifie les brouillons *.reponse.md (fichiers ou dossiers, parcourus récursivement).
  --format text   une ligne par constat : fichier:ligne:colonne gravité règle message (par défaut)
  --format json   [{ file, findings: [{ rule, category, severity, line, column, endLine, endColumn, message }] }]
  --format report le rapport « Vérifier le ton » : verdict, chiffres et liste récapitulative du guide
                  (en couleurs dans un terminal, sauf si NO_COLOR est défini)
  --config F      réglages au format { "rules": {…}, "thresholds": {…}, "expressions": […], "exceptions": […] }

Le fichier .boomerang.json le plus proche (dossier du premier chemin ou dossiers parents, sinon
dossier courant) est lu aussi ; --config l'emporte sur lui.

Codes de sortie : 0 aucun avertissement, 1 avertissements, 2 erreur d'utilisation ou fichier illisible.

boomerang suivi [--format text|json] [DOSSIER] : le suivi des brouillons par destinataire (boomerang suivi --help).

${EXPLAIN_USAGE}`;

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);

interface Args {
  format: 'text' | 'json' | 'report';
  config?: string;
  paths: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return 'help';
  if (argv[0] === '--version' || argv[0] === '-v') return 'version';
  if (argv[0] !== 'check') throw new UsageError(`commande inconnue « ${argv[0]} » (attendu « check », « suivi » ou « explain »).`);
  const args: Args = { format: 'text', paths: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return 'help';
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'text' && v !== 'json' && v !== 'report') throw new UsageError(`format « ${v ?? ''} » inconnu (attendu text, json ou report).`);
      args.format = v;
    } else if (a === '--config' || a.startsWith('--config=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) throw new UsageError('--config attend un chemin de fichier.');
      args.config = v;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`option inconnue « ${a} ».`);
    } else args.paths.push(a);
  }
  if (args.paths.length === 0) throw new UsageError('indiquez au moins un fichier ou un dossier.');
  return args;
}

/** Finds the drafts under the given paths; unreadable paths go to `errors`. */
function collect(paths: string[], errors: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      errors.push(`${dir} : dossier illisible (${(e as NodeJS.ErrnoException).code ?? e}).`);
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch (e) {
        // A draft that cannot be reached (a dangling link, no permission) is said, not skipped silently.
        if (name.endsWith('.reponse.md')) errors.push(`${p} : fichier illisible (${(e as NodeJS.ErrnoException).code ?? e}).`);
        continue;
      }
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walk(p);
      } else if (name.endsWith('.reponse.md')) files.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      errors.push(`${p} : introuvable ou illisible (${(e as NodeJS.ErrnoException).code ?? e}).`);
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      walk(p);
      if (files.length === before) process.stderr.write(`boomerang : aucun brouillon *.reponse.md dans ${p}.\n`);
    } else files.push(p);
  }
  return files;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readDraft(file: string, errors: string[]): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    errors.push(`${file} : fichier illisible (${(e as NodeJS.ErrnoException).code ?? e}).`);
    return undefined;
  }
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Binary data (an image renamed .reponse.md) goes to the core, which says once that it is not a draft;
    // text in another encoding (Latin-1, Windows-1252) is the user's to convert.
    if (looksBinary(bytes)) return new TextDecoder('utf-8').decode(bytes);
    errors.push(`${file} : le fichier n’est pas en UTF-8 ; enregistrez-le en UTF-8 puis relancez.`);
    return undefined;
  }
}

/** NUL bytes or many control bytes in the first 64 KiB: not text in any encoding. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.01;
}

/** The nearest `.boomerang.json`: from the first path's folder upward, then from the current folder upward. */
export function findUserConfig(paths: readonly string[]): string | undefined {
  const starts: string[] = [];
  if (paths.length > 0) {
    const first = resolve(paths[0]);
    let isDir = false;
    try {
      isDir = statSync(first).isDirectory();
    } catch {
      // A missing path is reported by `collect`.
    }
    starts.push(isDir ? first : dirname(first));
  }
  starts.push(process.cwd());
  for (const start of starts) {
    let dir = start;
    for (;;) {
      const candidate = join(dir, '.boomerang.json');
      if (existsSync(candidate)) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

function readJson(file: string, errors: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    errors.push(`${file} : réglages illisibles (${e instanceof Error ? e.message : e}) ; réglages par défaut utilisés.`);
    return undefined;
  }
}

function loadOptions(config: string | undefined, paths: readonly string[], errors: string[]): AnalyzeOptions {
  const userFile = findUserConfig(paths);
  const fromFile = userFile ? readJson(userFile, errors) : undefined;
  const fromConfig = config ? readJson(config, errors) : undefined;
  if (userFile && fromFile !== undefined) {
    for (const p of resolveOptions(fromFile, RULES, displayPath(userFile)).problems) process.stderr.write(`boomerang : ${p}\n`);
  }
  if (config && fromConfig !== undefined) {
    for (const p of resolveOptions(fromConfig, RULES, 'config').problems) process.stderr.write(`boomerang : ${p}\n`);
  }
  return resolveOptions(mergeRawOptions(fromFile, fromConfig), RULES, 'config').options;
}

export function main(argv: string[]): number {
  if (argv[0] === 'explain') return explain(argv.slice(1), process.stdout, process.stderr, useColor(process.stdout.isTTY, process.env));
  if (argv[0] === 'suivi') {
    const out = (t: string) => void process.stdout.write(t);
    const err = (t: string) => void process.stderr.write(t);
    return suivi(argv.slice(1), { collect, readDraft, loadOptions, displayPath, out, err });
  }
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`boomerang : ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const errors: string[] = [];
  const options = loadOptions(args.config, args.paths, errors);
  const files = collect(args.paths, errors);
  const inputs: { file: string; text: string }[] = [];
  for (const f of files) {
    const text = readDraft(f, errors);
    if (text !== undefined) inputs.push({ file: displayPath(f), text });
  }
  const results = analyzeWorkspace(inputs, options);
  const texts = new Map(inputs.map((i) => [i.file, i.text]));
  const out =
    args.format === 'json'
      ? formatJson(results, texts)
      : args.format === 'report'
        ? formatReport(results, useColor(process.stdout.isTTY, process.env))
        : formatText(results, texts);
  if (out) process.stdout.write(out);
  for (const e of errors) process.stderr.write(`boomerang : ${e}\n`);
  if (errors.length > 0) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'warning')) ? 1 : 0;
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  return rel.startsWith('..') ? resolve(file) : rel;
}

declare const VERSION: string;

// A closed pipe (`boomerang check … | head -1`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

if (require.main === module) process.exitCode = main(process.argv.slice(2));
