// Category `delai`: « Pas de rage-reply » — answer a refusal 24 to 48 business
// hours after receiving it. With `refus_recu` in the front matter, the window
// is computed on the business clock of the writer's time zone (weekends,
// French public holidays, working hours) and compared with `envoi_prevu`, or
// with now when no sending time is planned.

import { addBusinessDays, businessClock, copyOf, formatMoment, frontMatterDateTime, inZone, isBusinessTime, isMissingLocalTime, toInstant, type ZonedDate } from '../calendar';
import { formatLocalDateTime, isSupportedYear, MAX_YEAR } from '../dates';
import type { Draft, DraftMeta, LocalDateTime } from '../draft';
import { MACHINE_ZONE, zoneName, zoneOf, type AnalyzeOptions } from '../options';
import type { RuleDefinition } from '../rule';
import type { SendWindow } from '../sendWindow';
import type { Fix, Report } from '../types';

/** The guide: « Timing recommandé : 24 à 48 h ouvrées ». In business days of the working hours. */
const MIN_BUSINESS_DAYS = 1;
const MAX_BUSINESS_DAYS = 2;

export type SendStatus = 'too-early' | 'in-window' | 'late';

/**
 * When to answer a refusal, for the timing rules and for a hover on `refus_recu`.
 * The report shows its projection, a `SendWindow` (see `reportWindow`).
 */
export interface TimingWindow {
  /** When the refusal arrived (`refus_recu`), in the writer's zone. */
  refusal: ZonedDate;
  /** Not before: 24 business hours after the refusal. */
  earliest: ZonedDate;
  /** Ideally before: 48 business hours after the refusal. */
  latest: ZonedDate;
  /** The moment judged: `envoi_prevu`, else now. */
  readonly reference: ZonedDate;
  referenceSource: 'envoi_prevu' | 'now';
  status: SendStatus;
  /** French: « lundi 9 mars, 10 h » (or « lundi 9 mars » when only the date is known). */
  refusalText: string;
  /** French: « mardi 10 mars, 10 h ». */
  earliestText: string;
  latestText: string;
  readonly referenceText: string;
  /** One French sentence for a hover: « Envoyez à partir de mardi 10 mars, 10 h, idéalement avant mercredi 11 mars, 10 h (24 à 48 h ouvrées). » */
  summary: string;
  /** `envoi_prevu` value of the earliest good moment: `2026-03-10 10:00`. */
  suggestedValue: string;
}

/**
 * The sending window of a draft whose front matter has `refus_recu`, or
 * undefined without it. Pure: the same inputs give the same window.
 */
export function sendWindow(meta: DraftMeta, options: AnalyzeOptions, now: Date): TimingWindow | undefined {
  const received = meta.refusalReceived;
  if (!received) return undefined;
  const fixed = windowCore(received, meta.plannedSend, options);
  if (!fixed) return undefined;
  const planned = fixed.planned;
  let status: SendStatus;
  if (planned) status = planned.status;
  else {
    const t = now.getTime();
    status = t < fixed.earliest.getTime() ? 'too-early' : t > fixed.latest.getTime() ? 'late' : 'in-window';
  }
  const zone = zoneOf(options);
  let reference: ZonedDate | undefined = planned?.reference;
  let referenceText: string | undefined = planned?.text;
  const nowInZone = () => (reference ??= inZone(now, zone));
  return {
    refusal: fixed.refusal,
    earliest: fixed.earliest,
    latest: fixed.latest,
    // Converting now to the zone costs a little: only when asked.
    get reference() {
      return nowInZone();
    },
    referenceSource: planned ? 'envoi_prevu' : 'now',
    status,
    refusalText: fixed.refusalText,
    earliestText: fixed.earliestText,
    latestText: fixed.latestText,
    get referenceText() {
      return (referenceText ??= formatMoment(nowInZone(), fixed.earliest.getFullYear()));
    },
    summary: `Envoyez à partir de ${fixed.earliestText}, idéalement avant ${fixed.latestText} (24 à 48 h ouvrées après le refus).`,
    suggestedValue: fixed.suggestedValue,
  };
}

/** What does not depend on now, computed once per header and settings. */
interface WindowCore {
  refusal: ZonedDate;
  earliest: ZonedDate;
  latest: ZonedDate;
  refusalText: string;
  earliestText: string;
  latestText: string;
  suggestedValue: string;
  planned?: { reference: ZonedDate; text: string; status: SendStatus };
}

const cores = new Map<string, WindowCore | null>();

/**
 * Windows in the machine's zone, kept with the header value they start from
 * (one per reading of a draft, shared by the timing rules of its analysis):
 * local dates follow the machine's zone as it is at each analysis.
 */
const machineCores = new WeakMap<LocalDateTime, Map<string, WindowCore | null>>();

/** No window for a local time that does not exist in the zone, or one that would end past the year 9999: `dateProblems` says why. */
function windowCore(received: LocalDateTime, planned: LocalDateTime | undefined, options: AnalyzeOptions): WindowCore | undefined {
  const { workingHours: hours, alsaceMoselle: alsace } = options;
  const zone = zoneOf(options);
  const key = JSON.stringify([received, planned ?? null, zone, hours.start, hours.end, alsace]);
  let table = cores;
  if (zone === MACHINE_ZONE) {
    table = machineCores.get(received) ?? new Map();
    machineCores.set(received, table);
  }
  const cached = table.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const core = computeWindowCore(received, planned, options);
  if (table.size >= 512) table.clear();
  table.set(key, core ?? null);
  return core;
}

function computeWindowCore(received: LocalDateTime, planned: LocalDateTime | undefined, options: AnalyzeOptions): WindowCore | undefined {
  const { workingHours: hours, alsaceMoselle: alsace } = options;
  const zone = zoneOf(options);
  if (isMissingLocalTime(received, zone) || (planned && isMissingLocalTime(planned, zone))) return undefined;
  const refusal = toInstant(received, zone);
  const clock = businessClock(refusal, hours, alsace);
  const earliest = addBusinessDays(clock, MIN_BUSINESS_DAYS, alsace);
  let latest = addBusinessDays(clock, MAX_BUSINESS_DAYS, alsace);
  // Without a time, the refusal could have come at any hour of its day: the
  // window runs from the next business day's opening to the second one's closing.
  if (!received.hasTime) latest = atWallClock(latest, hours.end);
  // Past 9999-12-31 there is no date to write (« Planifier l’envoi » wrote 10000-01-03).
  if (!isSupportedYear(earliest.getFullYear()) || !isSupportedYear(latest.getFullYear())) return undefined;
  const suggestedValue = frontMatterDateTime(earliest);
  const reference = planned ? toInstant(planned, zone) : undefined;
  const year = (reference ?? earliest).getFullYear();
  const core: WindowCore = {
    refusal,
    earliest,
    latest,
    refusalText: describe(received, refusal, year),
    earliestText: formatMoment(earliest, year),
    latestText: formatMoment(latest, year),
    suggestedValue,
  };
  if (planned && reference) {
    let status: SendStatus;
    if (!planned.hasTime) {
      // Only a day is planned: compare days.
      const day = dayKey(reference);
      status = day < dayKey(earliest) ? 'too-early' : day > dayKey(latest) ? 'late' : 'in-window';
    } else {
      const t = reference.getTime();
      status = t < earliest.getTime() ? 'too-early' : t > latest.getTime() ? 'late' : 'in-window';
    }
    core.planned = { reference, text: describe(planned, reference, year), status };
  }
  return core;
}

const DATE_KEYS = ['refus_recu', 'envoi_prevu', 'envoye'] as const;

/**
 * What is wrong with the header's dates once placed in the writer's time zone
 * (the parser cannot know): a local time skipped by a daylight saving change,
 * or a refusal so close to the year 9999 that its window would end after it.
 * Reported by `entete-invalide`; dates with such problems get no window.
 */
export function dateProblems(draft: Draft, options: AnalyzeOptions): Report[] {
  const { meta } = draft;
  if (!meta.refusalReceived && !meta.plannedSend && !meta.sentAt) return [];
  const out: Report[] = [];
  const zone = zoneOf(options);
  const values = { refus_recu: meta.refusalReceived, envoi_prevu: meta.plannedSend, envoye: meta.sentAt };
  for (const key of DATE_KEYS) {
    const d = values[key];
    const range = d && fieldRange(draft, key);
    if (!d || !range) continue;
    if (isMissingLocalTime(d, zone)) {
      out.push({
        ...range,
        message: `${key} : ${formatLocalDateTime(d)} n’existe pas dans le fuseau ${zoneName(zone)} : ce jour-là, les horloges sautent cette heure (passage à l’heure d’été). Indiquez l’heure réelle.`,
      });
    } else if (key === 'refus_recu' && !isMissingLocalTime(d, zone) && !(meta.plannedSend && isMissingLocalTime(meta.plannedSend, zone)) && !windowCore(d, meta.plannedSend, options)) {
      out.push({ ...range, message: `${key} : la fenêtre d’envoi de 24 à 48 h ouvrées tomberait après l’an ${MAX_YEAR} ; vérifiez l’année.` });
    }
  }
  return out;
}

/** The window as French lines, for a hover on `refus_recu`. */
export function sendWindowLines(meta: DraftMeta, options: AnalyzeOptions, now: Date): string[] | undefined {
  const w = sendWindow(meta, options, now);
  if (!w) return undefined;
  const lines = [`Du ${w.earliestText} au ${w.latestText} (24 à 48 h ouvrées après le refus du ${w.refusalText}).`];
  if (meta.sentAt) return lines;
  const planned = w.referenceSource === 'envoi_prevu';
  if (w.status === 'too-early') lines.push(planned ? `Envoi prévu trop tôt (${w.referenceText}) : « Planifier l’envoi » propose le ${w.earliestText}.` : `Trop tôt pour l’envoyer : attendez le ${w.earliestText}.`);
  else if (w.status === 'late') lines.push('Les 48 h ouvrées sont passées : la réponse reste utile, envoyez-la sobrement.');
  else lines.push(planned ? `Envoi prévu (${w.referenceText}) dans la fenêtre.` : 'C’est le bon moment pour l’envoyer.');
  return lines;
}

/** The window in the report's shape (wall-clock dates of the writer's zone, and where the reference stands). */
export function reportWindow(meta: DraftMeta, options: AnalyzeOptions, now: Date): SendWindow | undefined {
  const w = sendWindow(meta, options, now);
  if (!w) return undefined;
  const local = (t: ZonedDate): LocalDateTime => ({ year: t.getFullYear(), month: t.getMonth() + 1, day: t.getDate(), hour: t.getHours(), minute: t.getMinutes(), hasTime: true });
  const position = w.status === 'too-early' ? 'before' : w.status === 'late' ? 'after' : 'during';
  return { start: local(w.earliest), end: local(w.latest), position };
}

function atWallClock(t: ZonedDate, minutes: number): ZonedDate {
  const d = copyOf(t);
  d.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
  return d;
}

function dayKey(t: ZonedDate): number {
  return t.getFullYear() * 10_000 + (t.getMonth() + 1) * 100 + t.getDate();
}

function describe(d: LocalDateTime, t: ZonedDate, year: number): string {
  return d.hasTime ? formatMoment(t, year) : formatMoment(t, year).replace(/, [^,]*$/, '');
}

/** « Planifier l'envoi »: writes `envoi_prevu` in the front matter (replaced when present). */
function planFix(draft: Draft, value: string): Fix | undefined {
  const fm = draft.frontMatter;
  if (!fm) return undefined;
  const title = `Planifier l’envoi (${value})`;
  const field = fm.fields.get('envoi_prevu');
  if (field) {
    const edit = field.value === '' ? { start: field.keyEnd, end: field.lineEnd, newText: `: ${value}` } : { start: field.valueStart, end: field.valueEnd, newText: value };
    return { title, edits: [edit], preferred: true };
  }
  // No such field yet: a new line before the closing delimiter (or after the
  // last field of a header that is never closed).
  const eol = draft.text.includes('\r\n') ? '\r\n' : '\n';
  const at = fm.insertAt;
  const before = at > 0 && draft.text[at - 1] !== '\n' && draft.text[at - 1] !== '\r' ? eol : '';
  return { title, edits: [{ start: at, end: at, newText: `${before}envoi_prevu: ${value}${eol}` }], preferred: true };
}

function fieldRange(draft: Draft, key: string): { start: number; end: number } | undefined {
  const f = draft.frontMatter?.fields.get(key);
  if (!f) return undefined;
  return f.value === '' ? { start: f.keyStart, end: f.keyEnd } : { start: f.valueStart, end: f.valueEnd };
}

/** The window of each header, for the three rules of an analysis (the last options and time it was asked for). */
const pending = new WeakMap<DraftMeta, { options: AnalyzeOptions; now: Date; window: TimingWindow | undefined }>();

/** The window of a draft that is still to be sent; undefined once `envoye` is set. Computed once per analysis. */
function pendingWindow(draft: Draft, options: AnalyzeOptions, now: Date): TimingWindow | undefined {
  if (draft.meta.sentAt) return undefined;
  const p = pending.get(draft.meta);
  if (p && p.options === options && p.now === now) return p.window;
  const window = sendWindow(draft.meta, options, now);
  pending.set(draft.meta, { options, now, window });
  return window;
}

const RECAP_TIMING = { rows: [1], why: '« Pas de rage-reply » : répondre dans les 24–48 h.' } as const;
const BLOCKS_TIMING = { why: 'Répondre dans la minute « respire la précipitation ».' } as const;

export const reponseTropRapide: RuleDefinition = {
  id: 'reponse-trop-rapide',
  category: 'delai',
  severity: 'warning',
  description: 'La réponse partirait moins de 24 h ouvrées après le refus (`refus_recu`) : « Pas de rage-reply ».',
  tip: 'timing',
  recap: RECAP_TIMING,
  blocks: BLOCKS_TIMING,
  example: '---\nrefus_recu: 2026-03-09 10:00\nenvoi_prevu: 2026-03-09 10:20\n---',
  counterExample: '---\nrefus_recu: 2026-03-09 10:00\nenvoi_prevu: 2026-03-10 14:00\n---',
  *check(draft, ctx) {
    const w = pendingWindow(draft, ctx.options, ctx.now);
    if (!w || w.status !== 'too-early') return;
    const range = (w.referenceSource === 'envoi_prevu' ? fieldRange(draft, 'envoi_prevu') : undefined) ?? fieldRange(draft, 'refus_recu');
    if (!range) return;
    const window = `Envoyez à partir de ${w.earliestText}, idéalement avant ${w.latestText}.`;
    let message: string;
    if (w.referenceSource === 'envoi_prevu') {
      message =
        w.reference.getTime() < w.refusal.getTime()
          ? `Pas de rage-reply : l’envoi prévu (${w.referenceText}) précède la réception du refus (${w.refusalText}). ${window}`
          : `Pas de rage-reply : l’envoi prévu (${w.referenceText}) tombe moins de 24 h ouvrées après le refus (${w.refusalText}). ${window}`;
    } else {
      message = `Pas de rage-reply : le refus est arrivé il y a moins de 24 h ouvrées (${w.refusalText}). Prenez du recul : ${window.charAt(0).toLowerCase()}${window.slice(1)}`;
    }
    const fix = planFix(draft, w.suggestedValue);
    yield { ...range, message, fixes: fix ? [fix] : [] };
  },
};

export const reponseTardive: RuleDefinition = {
  id: 'reponse-tardive',
  category: 'delai',
  severity: 'information',
  description: 'La réponse partirait plus de 48 h ouvrées après le refus : elle reste utile, sobrement.',
  tip: 'timing',
  recap: RECAP_TIMING,
  blocks: BLOCKS_TIMING,
  example: '---\nrefus_recu: 2026-03-02 10:00\nenvoi_prevu: 2026-03-12 10:00\n---',
  counterExample: '---\nrefus_recu: 2026-03-02 10:00\nenvoi_prevu: 2026-03-03 14:00\n---',
  *check(draft, ctx) {
    const w = pendingWindow(draft, ctx.options, ctx.now);
    if (!w || w.status !== 'late') return;
    const range = (w.referenceSource === 'envoi_prevu' ? fieldRange(draft, 'envoi_prevu') : undefined) ?? fieldRange(draft, 'refus_recu');
    if (!range) return;
    const when = w.referenceSource === 'envoi_prevu' ? `L’envoi prévu (${w.referenceText}) dépasse` : 'Vous avez dépassé';
    yield {
      ...range,
      message: `${when} les 48 h ouvrées conseillées après le refus (${w.refusalText}) : ce n’est pas grave, la réponse reste utile et montre du respect. Envoyez-la sobrement, sans vous excuser du délai.`,
    };
  },
};

export const envoiHorsHeuresOuvrees: RuleDefinition = {
  id: 'envoi-hors-heures-ouvrees',
  category: 'delai',
  severity: 'information',
  description: 'L’envoi prévu tombe un soir, un week-end ou un jour férié, hors des heures ouvrées.',
  tip: 'timing',
  recap: RECAP_TIMING,
  blocks: BLOCKS_TIMING,
  example: '---\nrefus_recu: 2026-03-06 10:00\nenvoi_prevu: 2026-03-09 23:30\n---',
  counterExample: '---\nrefus_recu: 2026-03-06 10:00\nenvoi_prevu: 2026-03-09 14:00\n---',
  *check(draft, ctx) {
    const w = pendingWindow(draft, ctx.options, ctx.now);
    const planned = draft.meta.plannedSend;
    if (!w || w.status !== 'in-window' || !planned?.hasTime) return;
    const { workingHours, alsaceMoselle } = ctx.options;
    if (isBusinessTime(w.reference, workingHours, alsaceMoselle)) return;
    const range = fieldRange(draft, 'envoi_prevu');
    if (!range) return;
    let next = businessClock(w.reference, workingHours, alsaceMoselle);
    if (next.getTime() > w.latest.getTime()) next = w.earliest;
    const value = isSupportedYear(next.getFullYear()) ? frontMatterDateTime(next) : undefined;
    const fix = value === undefined ? undefined : planFix(draft, value);
    yield {
      ...range,
      message: `Envoi prévu ${w.referenceText}, hors des heures ouvrées : un message reçu le soir ou un jour chômé semble écrit à chaud. Préférez ${formatMoment(next, w.reference.getFullYear())}.`,
      fixes: fix ? [fix] : [],
    };
  },
};

export const delaiRules: readonly RuleDefinition[] = [reponseTropRapide, reponseTardive, envoiHorsHeuresOuvrees];
