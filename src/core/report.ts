// The « Vérifier le ton » report: from a draft and its findings, a verdict
// (can I send this?), the guide's « Liste récapitulative » as a checklist, and
// a few figures. Pure: the editor's webview, the status bar and the command
// line all render this same data.

import { reportWindow } from './rules/delai';
import {
  BLOCKING_CATEGORIES,
  BLOCKING_TIPS,
  CHANNEL_LABELS,
  CATEGORY_ROWS,
  CHANNEL_WORDS,
  RECAP_SECTIONS,
  RULE_ROWS,
  type RecapSection,
} from './data/reportRows';
import { CHANNELS, parseDraft, type Channel, type Draft, type LocalDateTime } from './draft';
import { effectiveSeverity, type AnalyzeOptions } from './options';
import { RULES } from './registry';
import { countMessageLines, countMessageWords } from './rules/longueur';
import type { SendWindow } from './sendWindow';
import { PhraseMatcher, positionOf } from './text';
import { getTip, RECAP } from './tips';
import { UNREADABLE_RULE, type Category, type Finding, type Severity } from './types';

export type { RecapSection } from './data/reportRows';

/** ready: « Prêt à envoyer »; rework: « À retravailler »; blocked: « À ne pas envoyer tel quel ». */
export type VerdictKind = 'ready' | 'rework' | 'blocked';
/** ok: passed; check: to look at; fail: failed. */
export type RowStatus = 'ok' | 'check' | 'fail';

export const VERDICT_LABELS: Readonly<Record<VerdictKind, string>> = {
  ready: 'Prêt à envoyer',
  rework: 'À retravailler',
  blocked: 'À ne pas envoyer tel quel',
};

export const STATUS_LABELS: Readonly<Record<RowStatus, string>> = {
  ok: 'Respecté',
  'check': 'À vérifier',
  fail: 'À corriger',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  warning: 'Avertissement',
  information: 'Conseil',
  hint: 'Style',
};

export interface Verdict {
  kind: VerdictKind;
  label: string;
  /** One French line: why. */
  reason: string;
}

/** A finding as the report shows it. */
export interface ReportFinding extends Finding {
  /** Index in `ReportData.findings`, the handle the report's buttons use. */
  index: number;
  /** 1-based line and column of the start, and line of the end. */
  line: number;
  column: number;
  endLine: number;
  /** The checklist rows it belongs to. */
  rows: RecapSection[];
  /** The tip behind it: title and first piece of advice. */
  tipTitle?: string;
  tipAdvice?: string;
}

export interface RowNote {
  text: string;
  /** True when the writer has to check it: the row is then at least « À vérifier ». */
  check: boolean;
}

export interface ReportRow {
  section: RecapSection;
  /** The guide's meme, e.g. « Pas de rage-reply. ». */
  meme: string;
  /** The guide's advice for the row. */
  advice: string;
  status: RowStatus;
  statusLabel: string;
  /** One French line. */
  summary: string;
  /** Indexes into `ReportData.findings`. */
  findings: number[];
  notes: RowNote[];
}

export interface ReportFigures {
  /** Counted lines of the message (see `countMessageLines`) and the targets. */
  lines: number;
  minLines: number;
  maxLines: number;
  words: number;
  maxWords: number;
  novelWords: number;
  questions: number;
  maxQuestions: number;
  /** The channel of the draft (`canal:`, mail by default) and whether it was written. */
  channel: Channel;
  channelExplicit: boolean;
  /** Other channels the body mentions (LinkedIn, SMS, téléphone…), in CHANNELS order. */
  channelsMentioned: Channel[];
  refusalReceived?: LocalDateTime;
  sendWindow?: SendWindow;
}

export interface ReportData {
  verdict: Verdict;
  rows: ReportRow[];
  figures: ReportFigures;
  findings: ReportFinding[];
  /** True when at least one rule of the `ton` category is on: only then can the report speak of the tone. */
  toneChecked: boolean;
}

export interface ReportExtras {
  /**
   * The send window, when `refus_recu` is known. The timing rules compute it
   * (business hours, public holidays); callers pass it here. Without it the
   * report shows `refus_recu` and the 24–48 h advice.
   */
  sendWindow?: SendWindow;
}

/** The guide's lower bound of « Concision utile : 5–8 lignes ». */
export const MIN_LINES = 5;

/** The rows a finding belongs to (RULE_ROWS, else CATEGORY_ROWS). */
export function rowsOf(f: Pick<Finding, 'rule' | 'category'>): RecapSection[] {
  return [...(RULE_ROWS[f.rule] ?? CATEGORY_ROWS[f.category]).rows];
}

/** True when a finding makes the draft « À ne pas envoyer tel quel ». */
export function isBlocking(f: Finding): boolean {
  if (f.rule === UNREADABLE_RULE) return true;
  if (f.severity !== 'warning') return false;
  return BLOCKING_CATEGORIES[f.category] !== undefined || BLOCKING_TIPS[f.tip] !== undefined;
}

/** Builds the report of a draft from its findings (as `runRules`/`analyze` returned them). Never throws. */
export function buildReport(draft: Draft, findings: readonly Finding[], options: AnalyzeOptions, extras: ReportExtras = {}): ReportData {
  const list: ReportFinding[] = findings.map((f, index) => {
    const s = positionOf(draft.lineStarts, f.start);
    const e = positionOf(draft.lineStarts, f.end);
    const tip = getTip(f.tip);
    return {
      ...f,
      index,
      line: s.line + 1,
      column: s.column + 1,
      endLine: e.line + 1,
      rows: rowsOf(f),
      ...(tip ? { tipTitle: tip.title, tipAdvice: tip.advice[0] } : {}),
    };
  });
  const unreadable = list.some((f) => f.rule === UNREADABLE_RULE);
  const figures = unreadable ? emptyFigures(draft, options) : computeFigures(draft, options, extras);
  const rows = RECAP_SECTIONS.map((section) => buildRow(section, list, figures, unreadable));
  const toneChecked = RULES.some((r) => r.category === 'ton' && effectiveSeverity(r, options.rules) !== undefined);
  return { verdict: verdictOf(draft, list, rows, unreadable), rows, figures, findings: list, toneChecked };
}

function buildRow(section: RecapSection, findings: readonly ReportFinding[], figures: ReportFigures, unreadable: boolean): ReportRow {
  const mine = findings.filter((f) => f.rows.includes(section));
  const notes: RowNote[] = [];
  if (!unreadable) {
    if (section === 1 && !figures.refusalReceived && !mine.some((f) => f.category === 'delai')) {
      notes.push({ text: 'Délai non vérifié : indiquez la date du refus dans l’en-tête (refus_recu: AAAA-MM-JJ HH:MM).', check: true });
    }
    if (section === 3 && figures.questions === 0) {
      notes.push({ text: 'Aucune question : c’est permis ; une question ciblée (« Quel élément a le plus pesé dans la décision ? ») aide à progresser.', check: false });
    }
  }
  const warnings = mine.filter((f) => f.severity === 'warning').length;
  const advice = mine.filter((f) => f.severity === 'information').length;
  const style = mine.length - warnings - advice;
  let status: RowStatus = warnings > 0 || (unreadable && section === 6) ? 'fail' : advice > 0 || notes.some((n) => n.check) ? 'check' : 'ok';
  if (unreadable) status = section === 6 ? 'fail' : 'check';
  const parts: string[] = [];
  if (unreadable && section !== 6) parts.push('Non vérifié : ce fichier n’a pas été analysé.');
  if (warnings > 0) parts.push(plural(warnings, 'point à corriger', 'points à corriger'));
  if (advice > 0) parts.push(plural(advice, 'conseil', 'conseils'));
  if (style > 0) parts.push(plural(style, 'remarque de style', 'remarques de style'));
  const checks = notes.filter((n) => n.check).length;
  if (checks > 0 && mine.length === 0) parts.push('à vérifier vous-même');
  const summary = parts.length === 0 ? 'Rien à signaler.' : capitalize(parts.join(', ')) + (parts[parts.length - 1].endsWith('.') ? '' : '.');
  return {
    section,
    meme: RECAP[section].meme,
    advice: RECAP[section].advice,
    status,
    statusLabel: STATUS_LABELS[status],
    summary,
    findings: mine.map((f) => f.index),
    notes,
  };
}

function verdictOf(draft: Draft, findings: readonly ReportFinding[], rows: readonly ReportRow[], unreadable: boolean): Verdict {
  const make = (kind: VerdictKind, reason: string): Verdict => ({ kind, label: VERDICT_LABELS[kind], reason });
  if (unreadable) return make('blocked', firstSentence(findings.find((f) => f.rule === UNREADABLE_RULE)?.message ?? ''));
  const blocking = findings.filter(isBlocking).sort(byImportance);
  const warnings = findings.filter((f) => f.severity === 'warning').sort(byImportance);
  if (blocking.length > 0) return make('blocked', withOthers(firstSentence(blocking[0].message), warnings.length - 1));
  if (draft.messageLines.length === 0) return make('rework', 'Le brouillon est vide : écrivez quelques lignes (remerciement, compréhension, courte demande, disponibilité).');
  if (warnings.length > 0) return make('rework', withOthers(firstSentence(warnings[0].message), warnings.length - 1));
  // An excerpt (no greeting, no ending) is not ready to send, though it gets advice rather than two warnings.
  const excerpt = findings.find((f) => f.rule === EXCERPT_RULE);
  if (excerpt) return make('rework', firstSentence(excerpt.message));
  const advice = findings.filter((f) => f.severity === 'information').length;
  const toCheck = rows.filter((r) => r.status === 'check' && r.findings.length === 0).length;
  const extra: string[] = [];
  if (advice > 0) extra.push(plural(advice, 'conseil à regarder', 'conseils à regarder'));
  if (toCheck > 0) extra.push(plural(toCheck, 'point à vérifier vous-même', 'points à vérifier vous-même'));
  return make('ready', extra.length === 0 ? 'Aucun point à corriger.' : `Aucun point à corriger ; ${extra.join(', ')}.`);
}

function withOthers(first: string, others: number): string {
  if (others <= 0) return first;
  return `${first.replace(/\.$/, '')}, et ${plural(others, 'autre point', 'autres points')} à corriger.`;
}

/** The rule of « Brouillon incomplet ? » (structure). */
const EXCERPT_RULE = 'brouillon-incomplet';

/**
 * Which warning the verdict's reason names first: what the recipient notices
 * most. Tone and contestation come first: structure or length advice never
 * outweighs them, in the verdict or in its reason.
 */
const REASON_ORDER: readonly Category[] = ['ton', 'contestation', 'multicanal', 'modele', 'delai', 'longueur', 'questions', 'structure'];

function byImportance(a: Finding, b: Finding): number {
  return REASON_ORDER.indexOf(a.category) - REASON_ORDER.indexOf(b.category) || a.start - b.start;
}

/** The first sentence of a message, at most about 160 characters. */
export function firstSentence(message: string): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  // A sentence ends with . ! ? or … followed by a space and an upper-case letter or an opening quote.
  const m = /[.!?…](?=\s+[\p{Lu}«“"])/u.exec(flat);
  const s = m ? flat.slice(0, m.index + 1) : flat;
  return s.length > 160 ? `${s.slice(0, 159).trimEnd()}…` : s;
}

function computeFigures(draft: Draft, options: AnalyzeOptions, extras: ReportExtras): ReportFigures {
  const t = options.thresholds;
  return {
    lines: countMessageLines(draft, t.lineWidth),
    minLines: Math.min(MIN_LINES, t.maxLines),
    maxLines: t.maxLines,
    words: countMessageWords(draft),
    maxWords: t.maxWords,
    novelWords: t.novelWords,
    questions: countQuestions(draft),
    maxQuestions: t.maxQuestions,
    channel: draft.meta.channel,
    channelExplicit: draft.meta.channelExplicit,
    channelsMentioned: channelsMentioned(draft),
    ...(draft.meta.refusalReceived ? { refusalReceived: draft.meta.refusalReceived } : {}),
    ...(draft.meta.refusalReceived && extras.sendWindow ? { sendWindow: extras.sendWindow } : {}),
  };
}

function emptyFigures(draft: Draft, options: AnalyzeOptions): ReportFigures {
  const t = options.thresholds;
  return {
    lines: 0,
    minLines: Math.min(MIN_LINES, t.maxLines),
    maxLines: t.maxLines,
    words: 0,
    maxWords: t.maxWords,
    novelWords: t.novelWords,
    questions: 0,
    maxQuestions: t.maxQuestions,
    channel: draft.meta.channel,
    channelExplicit: false,
    channelsMentioned: [],
  };
}

/** A question mark (or ?! ?? …) that ends a question, not one inside a link. */
const QUESTION = /\?+(?=[\s)»"'!.…]|$)/g;

/** Questions asked in the message (subject excluded): the question marks that end a sentence. */
export function countQuestions(draft: Draft): number {
  let n = 0;
  for (const line of draft.messageLines) {
    QUESTION.lastIndex = 0;
    const slice = draft.prose.slice(line.start, line.end);
    while (QUESTION.exec(slice) !== null) n++;
  }
  return n;
}

let channelMatcher: PhraseMatcher<(typeof CHANNEL_WORDS)[number]> | undefined;

/** Channels named in the message before the signature, other than the draft's own. */
export function channelsMentioned(draft: Draft): Channel[] {
  const lines = draft.messageLines;
  if (lines.length === 0) return [];
  const from = draft.subject ? draft.subject.end : lines[0].start;
  const to = draft.signature ? draft.signature.start : lines[lines.length - 1].end;
  if (to <= from) return [];
  channelMatcher ??= new PhraseMatcher(CHANNEL_WORDS);
  const found = new Set<Channel>();
  for (const hit of channelMatcher.matches(draft.prose, from, to)) found.add(hit.entry.channel);
  found.delete(draft.meta.channel);
  return CHANNELS.filter((c) => found.has(c));
}

export function channelLabel(c: Channel): string {
  return CHANNEL_LABELS[c];
}

const DAYS = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];
const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** « jeu. 12 mars 2026 à 14:30 » (the time only when it was written). */
export function formatDateTime(d: LocalDateTime): string {
  const day = DAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
  const date = `${day} ${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
  return d.hasTime ? `${date} à ${String(d.hour).padStart(2, '0')}:${String(d.minute).padStart(2, '0')}` : date;
}

/** French lines describing the figures, shared by the webview and the command line. */
export interface FigureLine {
  /** Stable key: lines, words, questions, channel, delay. */
  key: 'lines' | 'words' | 'questions' | 'channel' | 'delay';
  label: string;
  value: string;
  /** Where the value stands against the target: ok, check or fail (none when there is no target). */
  status?: RowStatus;
}

export function figureLines(fig: ReportFigures): FigureLine[] {
  const out: FigureLine[] = [];
  const target = fig.minLines < fig.maxLines ? `conseil : ${fig.minLines} à ${fig.maxLines}` : `conseil : ${fig.maxLines} au plus`;
  out.push({ key: 'lines', label: 'Lignes', value: `${plural(fig.lines, 'ligne', 'lignes')} (${target})`, status: fig.lines > fig.maxLines ? 'fail' : 'ok' });
  out.push({
    key: 'words',
    label: 'Mots',
    value: `${plural(fig.words, 'mot', 'mots')} (au plus ${fig.maxWords} ; « roman justificatif » à ${fig.novelWords})`,
    status: fig.words >= fig.novelWords ? 'fail' : fig.words > fig.maxWords ? 'fail' : 'ok',
  });
  out.push({
    key: 'questions',
    label: 'Questions',
    value: `${plural(fig.questions, 'question', 'questions')} (conseil : 1 à ${fig.maxQuestions}, ciblées)`,
    status: fig.questions > fig.maxQuestions ? 'fail' : 'ok',
  });
  const channel = `${channelLabel(fig.channel)}${fig.channelExplicit ? '' : ' (par défaut : ajoutez « canal: » dans l’en-tête)'}`;
  const others = fig.channelsMentioned.length === 0 ? 'aucun autre canal évoqué' : `autres canaux évoqués : ${fig.channelsMentioned.map(channelLabel).join(', ')}`;
  out.push({ key: 'channel', label: 'Canal', value: `${channel} ; ${others}`, status: fig.channelsMentioned.length > 0 ? 'check' : 'ok' });
  if (fig.refusalReceived) {
    const w = fig.sendWindow;
    const where = w?.position === 'before' ? ' : trop tôt pour l’instant' : w?.position === 'during' ? ' : c’est le moment' : w?.position === 'after' ? ' : fenêtre passée, répondez sans tarder' : '';
    const value = w
      ? `refus reçu le ${formatDateTime(fig.refusalReceived)} ; envoi conseillé du ${formatDateTime(w.start)} au ${formatDateTime(w.end)}${where}`
      : `refus reçu le ${formatDateTime(fig.refusalReceived)} ; envoi conseillé 24 à 48 h ouvrées après`;
    out.push({ key: 'delay', label: 'Délai', value, ...(w?.position ? { status: w.position === 'during' ? 'ok' : 'check' } : {}) });
  } else {
    out.push({ key: 'delay', label: 'Délai', value: 'date du refus inconnue (ajoutez « refus_recu: » dans l’en-tête)' });
  }
  return out;
}

/** The short text of the status bar, without icon: « 6 lignes · ton sobre ». */
export function shortSummary(report: ReportData): string {
  const lines = plural(report.figures.lines, 'ligne', 'lignes');
  const v = report.verdict.kind;
  if (v === 'ready') {
    const sober = report.toneChecked && !report.findings.some((f) => f.category === 'ton');
    return `${lines} · ${sober ? 'ton sobre' : 'prêt'}`;
  }
  return `${lines} · ${v === 'blocked' ? 'à ne pas envoyer' : 'à retravailler'}`;
}

/** A plain-text symbol for each verdict and status, so that no information is carried by colour alone. */
export const VERDICT_SYMBOLS: Readonly<Record<VerdictKind, string>> = { ready: '✓', rework: '!', blocked: '✗' };
export const STATUS_SYMBOLS: Readonly<Record<RowStatus, string>> = { ok: '✓', 'check': '?', fail: '✗' };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 || n === 0 ? one : many}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The report of a text and its findings (as `analyze` returned them). A text
 * that was not analysed (too long, binary) is not parsed again.
 */
export function reportForText(text: string, findings: readonly Finding[], options: AnalyzeOptions, extras: ReportExtras = {}): ReportData {
  const unreadable = findings.some((f) => f.rule === UNREADABLE_RULE);
  const draft = parseDraft(unreadable ? '' : text);
  const sendWindow = extras.sendWindow ?? reportWindow(draft.meta, options, options.now ?? new Date());
  return buildReport(draft, findings, options, sendWindow ? { ...extras, sendWindow } : extras);
}
