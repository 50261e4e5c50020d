// `boomerang check [--format text|json|report] [--config F] [--maintenant DATE] [--] PATH...`

import { relative, resolve } from 'node:path';
import { analyzeWorkspace, formatLocalDateTime, isMissingLocalTime, parseDateTime, toInstant, unreadableFile, type FileFindings, type Finding } from '../core';
import { commonValues, COMMON_OPTIONS, EXIT, parseCommandLine, UsageError, type Command, type Io } from './command';
import { loadOptions } from './config';
import { collect, readRegularFile } from './files';
import { formatJson, formatReport, formatText, printable, useColor } from './format';

const USAGE = `Usage : boomerang check [--format text|json|report] [--config FICHIER.json] [--maintenant DATE] [--] CHEMIN...

Vérifie les brouillons *.reponse.md (fichiers ou dossiers, parcourus récursivement).
  --format text   une ligne par constat : fichier:ligne:colonne gravité règle message (par défaut)
  --format json   [{ file, findings: [{ rule, category, severity, line, column, endLine, endColumn, message }] }]
  --format report le rapport « Vérifier le ton » : verdict, chiffres et liste récapitulative du guide
                  (en couleurs dans un terminal, sauf si NO_COLOR est défini)
  --config F      réglages au format { "rules": {…}, "thresholds": {…}, "expressions": […], "exceptions": […] }
  --maintenant D  l’heure de référence des délais au lieu de maintenant (AAAA-MM-JJ ou AAAA-MM-JJ HH:MM)
  --              la suite n’est faite que de chemins (même s’ils commencent par « - »)

Le fichier .boomerang.json le plus proche (dossier du premier chemin ou dossiers parents, sinon
dossier courant) est lu aussi ; --config l'emporte sur lui.

Dans un dossier, les liens symboliques sont suivis une fois (boucles détectées, un même fichier
vérifié une fois) ; les tubes nommés, sockets et périphériques sont signalés et ignorés.

Codes de sortie : 0 aucun avertissement, 1 avertissements, 2 erreur d'utilisation, chemin nommé
introuvable ou illisible, brouillon illisible, réglages illisibles, ou rien n'a pu être vérifié.
Une entrée ignorée dans un dossier (boucle, fichier spécial) est signalée sans changer le code.`;

/** UTF-8 takes at most 3 bytes per UTF-16 code unit: a file above 3 × maxChars bytes is too long without reading it. */
const BYTES_PER_CHAR = 3;

const utf8 = new TextDecoder('utf-8', { fatal: true });

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

function tooLongFinding(bytes: number, maxChars: number): Finding {
  const mo = (bytes / 1e6).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  return {
    rule: 'document-illisible',
    category: 'structure',
    severity: 'information',
    start: 0,
    end: 0,
    tip: 'entete',
    fixes: [],
    message: `Fichier trop long pour être un brouillon (${mo} Mo, limite ${maxChars.toLocaleString('fr-FR')} caractères) : Boomerang ne le lit pas. Une réponse à un refus tient en 5 à 8 lignes.`,
  };
}

function run(args: string[], io: Io): number {
  const { values, positionals } = parseCommandLine(args, { ...COMMON_OPTIONS, maintenant: { type: 'string' } });
  const { format, config } = commonValues(values, ['text', 'json', 'report'] as const);
  if (positionals.length === 0) throw new UsageError('indiquez au moins un fichier ou un dossier.');
  const now = typeof values.maintenant === 'string' ? parseDateTime(values.maintenant) : undefined;
  if (typeof now === 'string') throw new UsageError(`--maintenant : ${now}`);

  const show = (p: string) => printable(displayPath(p, io.cwd));
  const { options, errors: settingErrors, problems } = loadOptions(config, positionals, io.cwd, show);
  if (now) {
    // A value without offset is a wall-clock time of the writer's zone (boomerang.timeZone, else the machine's).
    if (isMissingLocalTime(now, options.timeZone)) throw new UsageError(`--maintenant : ${formatLocalDateTime(now)} n’existe pas dans le fuseau ${options.timeZone} (changement d’heure).`);
    options.now = new Date(toInstant(now, options.timeZone).getTime());
  }
  const errors = [...settingErrors];
  const { files, errors: pathErrors, notices } = collect(
    positionals.map((p) => resolve(io.cwd, p)),
    show,
  );
  errors.push(...pathErrors);

  const inputs: { file: string; text: string }[] = [];
  const tooLong: FileFindings[] = [];
  const maxBytes = options.maxChars * BYTES_PER_CHAR;
  for (const f of files) {
    const name = displayPath(f, io.cwd);
    const r = readRegularFile(f, maxBytes);
    if ('error' in r) {
      errors.push(`${show(f)} : ${r.error}.`);
      continue;
    }
    if ('tooLarge' in r) {
      tooLong.push(unreadableFile(name, tooLongFinding(r.tooLarge, options.maxChars), options));
      continue;
    }
    const text = decodeDraft(r.bytes);
    if (text === undefined) errors.push(`${show(f)} : le fichier n’est pas en UTF-8 ; enregistrez-le en UTF-8 puis relancez.`);
    else inputs.push({ file: name, text });
  }

  const results = [...analyzeWorkspace(inputs, options), ...tooLong].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const texts = new Map(inputs.map((i) => [i.file, i.text]));
  const out =
    format === 'json'
      ? formatJson(results, texts)
      : format === 'report'
        ? formatReport(results, useColor(io.isTTY, io.env))
        : formatText(results, texts);
  if (out) io.out(out);
  for (const m of [...problems, ...notices, ...errors]) io.err(`boomerang : ${m}\n`);
  if (errors.length > 0) return EXIT.error;
  // Entries were left aside and nothing at all was checked: say so by the exit code too.
  if (results.length === 0 && notices.some((n) => !n.startsWith('aucun brouillon'))) return EXIT.error;
  return results.some((r) => r.findings.some((f) => f.severity === 'warning')) ? EXIT.warnings : EXIT.ok;
}

/** A draft's bytes as text: UTF-8 (BOM dropped); binary junk as is, for the core to call it unreadable; undefined for another encoding. */
export function decodeDraft(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Binary data (an image renamed .reponse.md) goes to the core, which says once that it is not a draft;
    // text in another encoding (Latin-1, Windows-1252) is the user's to convert.
    return looksBinary(bytes) ? new TextDecoder('utf-8').decode(bytes) : undefined;
  }
}

/** Relative to the current folder when inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  return rel === '' || rel.startsWith('..') ? abs : rel;
}

export const check: Command = {
  name: 'check',
  summary: 'vérifie des brouillons *.reponse.md (fichiers ou dossiers)',
  usage: USAGE,
  run,
};
