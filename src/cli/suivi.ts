// `boomerang suivi [--format text|json] [--config FICHIER.json] [DOSSIER]`: the
// « Suivi » table of the editor's view, in a terminal or for a script. The
// drafts' headers only; the core's followupTable does the grouping and the
// dates. Exit 0 (2 for a usage error): following up is not a check.

import { followupJson, followupTable, followupText, summarizeText, type AnalyzeOptions } from '../core';

export const SUIVI_USAGE = `Usage : boomerang suivi [--format text|json] [--config FICHIER.json] [DOSSIER]

Le suivi des brouillons *.reponse.md du dossier (par défaut le dossier courant), groupés par
destinataire : statut (brouillon, planifié, envoyé), dates, prochain contact (réponse au refus,
envoi prévu, check-in discret 2 à 3 mois après) et ce qui est en retard.
  --format text   un bloc par destinataire (par défaut)
  --format json   { now, timeZone, recipients: [{ recipient, email, channel, overdue, next, drafts }], unassigned }
  --config F      réglages (timeZone, alsaceMoselle, workingHours, thresholds.checkInDays…)

Code de sortie : 0, sauf erreur d'utilisation (2).`;

/** What `boomerang check` already knows how to do, handed over by main.ts. */
export interface SuiviIo {
  collect(paths: string[], errors: string[]): string[];
  readDraft(file: string, errors: string[]): string | undefined;
  loadOptions(config: string | undefined, paths: readonly string[], errors: string[]): AnalyzeOptions;
  displayPath(file: string): string;
  out(text: string): void;
  err(text: string): void;
}

export function suivi(argv: string[], io: SuiviIo, now: Date = new Date()): number {
  let format: 'text' | 'json' = 'text';
  let config: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      io.out(`${SUIVI_USAGE}\n`);
      return 0;
    }
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'text' && v !== 'json') return usage(io, `format « ${v ?? ''} » inconnu (attendu text ou json).`);
      format = v;
    } else if (a === '--config' || a.startsWith('--config=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) return usage(io, '--config attend un chemin de fichier.');
      config = v;
    } else if (a.startsWith('-') && a !== '-') return usage(io, `option inconnue « ${a} ».`);
    else paths.push(a);
  }
  if (paths.length > 1) return usage(io, 'un seul dossier à la fois.');
  if (paths.length === 0) paths.push('.');
  const errors: string[] = [];
  const options = loadOptions(io, config, paths, errors);
  const summaries = [];
  for (const file of io.collect(paths, errors)) {
    const text = io.readDraft(file, errors);
    if (text !== undefined) summaries.push(summarizeText(io.displayPath(file), text));
  }
  const table = followupTable(summaries, options, now);
  io.out(format === 'json' ? `${JSON.stringify(followupJson(table, options.timeZone), null, 2)}\n` : followupText(table, options.timeZone));
  for (const e of errors) io.err(`boomerang : ${e}\n`);
  return 0;
}

function loadOptions(io: SuiviIo, config: string | undefined, paths: readonly string[], errors: string[]): AnalyzeOptions {
  return io.loadOptions(config, paths, errors);
}

function usage(io: SuiviIo, message: string): number {
  io.err(`boomerang : ${message}\n\n${SUIVI_USAGE}\n`);
  return 2;
}
