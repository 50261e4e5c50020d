// `boomerang suivi [--format text|json] [--config FICHIER.json] [DOSSIER]`: the
// « Suivi » table of the editor's view, in a terminal or for a script. The
// drafts' headers only; the core's followupTable does the grouping and the
// dates. Exit 0 (2 for a usage error): following up is not a check.

import { resolve } from 'node:path';
import { followupJson, followupTable, followupText, summarizeText } from '../core';
import { commonValues, COMMON_OPTIONS, EXIT, parseCommandLine, UsageError, type Command, type Io } from './command';
import { loadOptions } from './config';
import { collect, readRegularFile } from './files';
import { displayPath, decodeDraft } from './check';
import { printable } from './format';

export const SUIVI_USAGE = `Usage : boomerang suivi [--format text|json] [--config FICHIER.json] [--] [DOSSIER]

Le suivi des brouillons *.reponse.md du dossier (par défaut le dossier courant), groupés par
destinataire : statut (brouillon, planifié, envoyé), dates, prochain contact (réponse au refus,
envoi prévu, check-in discret 2 à 3 mois après) et ce qui est en retard.
  --format text   un bloc par destinataire (par défaut)
  --format json   { now, timeZone, recipients: [{ recipient, email, channel, overdue, next, drafts }], unassigned }
  --config F      réglages (timeZone, alsaceMoselle, workingHours, thresholds.checkInDays…)

Code de sortie : 0, sauf erreur d'utilisation (2).`;

/** A header is at most this many bytes into a draft that is read; larger files are skipped. */
const MAX_DRAFT_BYTES = 8 * 1024 * 1024;

export function runSuivi(args: string[], io: Io, now: Date = new Date()): number {
  const { values, positionals } = parseCommandLine(args, COMMON_OPTIONS);
  const { format, config } = commonValues(values, ['text', 'json'] as const);
  if (positionals.length > 1) throw new UsageError('un seul dossier à la fois.');
  const paths = positionals.length === 0 ? ['.'] : positionals;
  const show = (p: string) => printable(displayPath(p, io.cwd));
  const { options, errors, problems } = loadOptions(config, paths, io.cwd, show);
  const found = collect(
    paths.map((p) => resolve(io.cwd, p)),
    show,
  );
  errors.push(...found.errors);
  const summaries = [];
  for (const file of found.files) {
    const r = readRegularFile(file, MAX_DRAFT_BYTES);
    if ('error' in r) errors.push(`${show(file)} : ${r.error}.`);
    else if ('tooLarge' in r) errors.push(`${show(file)} : fichier trop long pour être un brouillon ; ignoré.`);
    else {
      const text = decodeDraft(r.bytes);
      if (text === undefined) errors.push(`${show(file)} : le fichier n’est pas en UTF-8 ; ignoré.`);
      else summaries.push(summarizeText(displayPath(file, io.cwd), text));
    }
  }
  const table = followupTable(summaries, options, now);
  io.out(format === 'json' ? `${JSON.stringify(followupJson(table, options.timeZone), null, 2)}\n` : followupText(table, options.timeZone));
  for (const m of [...problems, ...found.notices.filter((n) => !n.startsWith('aucun brouillon')), ...errors]) io.err(`boomerang : ${m}\n`);
  return EXIT.ok;
}

export const suivi: Command = {
  name: 'suivi',
  summary: 'le suivi des brouillons par destinataire (statut, dates, prochain contact)',
  usage: SUIVI_USAGE,
  run: (args, io) => runSuivi(args, io),
};
