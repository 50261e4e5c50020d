// The « Vérifier le ton » report: from a draft and its findings, a verdict
// (can I send this?), the guide's « Liste récapitulative » as a checklist, and
// a few figures. Pure: the editor's webview, the status bar and the command
// line all render this same data.

import type { DraftAnalysis } from './analyze';
import { channelLabel, channelList, type ChannelId } from './channels';
import type { Channel, Draft, LocalDateTime } from './draft';
import { frenchShortDate, plural } from './french';
import { effectiveSeverity } from './options';
import { getRule, ruleRank, RULES } from './registry';
import type { SendWindow } from './sendWindow';
import { positionOf } from './text';
import { getTip, RECAP, RECAP_SECTIONS, type RecapSection } from './tips';
import { UNREADABLE_RULE, type Category, type Finding, type Severity } from './types';

export type { RecapSection } from './tips';

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

/** The figures of the analysis (`DraftFigures`, as the rules measured them) and the targets, as plain data. */
export interface ReportFigures {
  /** Counted lines of the message (see `countMessageLines`) and the targets. */
  lines: number;
  minLines: number;
  maxLines: number;
  words: number;
  maxWords: number;
  novelWords: number;
  /** Sentences of the body. */
  sentences: number;
  questions: number;
  maxQuestions: number;
  /** The channel of the draft (`canal:`, mail by default) and whether it was written. */
  channel: Channel;
  channelExplicit: boolean;
  /** Other channels the message announces (the multichannel rules' own finding), in the channel model's order. */
  channelsMentioned: ChannelId[];
  /** True when announcing them is the « Multicanal envahissant » that `multicanal-annonce` reports. */
  channelPressure: boolean;
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

/** The guide's lower bound of « Concision utile : 5–8 lignes ». */
export const MIN_LINES = 5;

/** A file that is not a draft passes no row; it is listed with the reflexes to adopt. */
const UNREADABLE_ROWS: readonly RecapSection[] = [6];

/** The rows a finding belongs to: its rule's `recap` (a finding of no known rule belongs to none). */
export function rowsOf(f: Pick<Finding, 'rule'>): RecapSection[] {
  if (f.rule === UNREADABLE_RULE) return [...UNREADABLE_ROWS];
  return [...(getRule(f.rule)?.recap.rows ?? [])];
}

/** True when a finding makes the draft « À ne pas envoyer tel quel »: a warning of a rule that `blocks`. */
export function isBlocking(f: Pick<Finding, 'rule' | 'severity' | 'tip'>): boolean {
  if (f.rule === UNREADABLE_RULE) return true;
  if (f.severity !== 'warning') return false;
  const blocks = getRule(f.rule)?.blocks;
  return blocks !== undefined && (blocks.tips === undefined || blocks.tips.includes(f.tip));
}

/**
 * The report of one analysis (`analyzeDraft`): its findings placed on the
 * guide's checklist, a verdict, and the figures the rules measured (never
 * counted again here). Never throws.
 */
export function buildReport(analysis: Pick<DraftAnalysis, 'draft' | 'findings' | 'figures' | 'options' | 'unreadable'>): ReportData {
  const { draft, findings, options } = analysis;
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
  const unreadable = analysis.unreadable || list.some((f) => f.rule === UNREADABLE_RULE);
  const figures = reportFigures(analysis, unreadable);
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

/** Categories named before any other: structure or length advice, or a leftover field, never outweighs tone or contestation. */
const FIRST: readonly Category[] = ['ton', 'contestation'];

function firstRank(f: Finding): number {
  const i = FIRST.indexOf(f.category);
  return i < 0 ? FIRST.length : i;
}

/** Which warning the verdict's reason names first: tone and contestation, then registry order (see `verdictOf` for blocking ones). */
function byImportance(a: Finding, b: Finding): number {
  return firstRank(a) - firstRank(b) || ruleRank(a.rule) - ruleRank(b.rule) || a.start - b.start;
}

/** The first sentence of a message, at most about 160 characters. */
export function firstSentence(message: string): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  // A sentence ends with . ! ? or … followed by a space and an upper-case letter or an opening quote.
  const m = /[.!?…](?=\s+[\p{Lu}«“"])/u.exec(flat);
  const s = m ? flat.slice(0, m.index + 1) : flat;
  return s.length > 160 ? `${s.slice(0, 159).trimEnd()}…` : s;
}

/** The figures of the analysis with the targets of the settings, as plain data (the report crosses hosts as JSON). */
function reportFigures(analysis: Pick<DraftAnalysis, 'figures' | 'options'>, unreadable: boolean): ReportFigures {
  const t = analysis.options.thresholds;
  const f = analysis.figures;
  const targets = { minLines: Math.min(MIN_LINES, t.maxLines), maxLines: t.maxLines, maxWords: t.maxWords, novelWords: t.novelWords, maxQuestions: t.maxQuestions };
  if (unreadable) {
    return { ...targets, lines: 0, words: 0, sentences: 0, questions: 0, channel: f.channel, channelExplicit: false, channelsMentioned: [], channelPressure: false };
  }
  return {
    ...targets,
    lines: f.lines,
    words: f.words,
    sentences: f.sentences,
    questions: f.questions,
    channel: f.channel,
    channelExplicit: f.channelExplicit,
    channelsMentioned: [...f.channels.others],
    channelPressure: f.channels.pressure,
    ...(f.refusalReceived ? { refusalReceived: f.refusalReceived } : {}),
    ...(f.refusalReceived && f.sendWindow ? { sendWindow: f.sendWindow } : {}),
  };
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
    value: `${plural(fig.words, 'mot', 'mots')} en ${plural(fig.sentences, 'phrase', 'phrases')} (au plus ${fig.maxWords} mots ; « roman justificatif » à ${fig.novelWords})`,
    // As `trop-de-mots`: over `maxWords` (the « roman » is a stronger message of the same finding).
    status: fig.words > fig.maxWords ? 'fail' : 'ok',
  });
  out.push({
    key: 'questions',
    label: 'Questions',
    value: `${plural(fig.questions, 'question', 'questions')} (conseil : 1 à ${fig.maxQuestions}, ciblées)`,
    status: fig.questions > fig.maxQuestions ? 'fail' : 'ok',
  });
  const channel = `${channelLabel(fig.channel)}${fig.channelExplicit ? '' : ' (par défaut : ajoutez « canal: » dans l’en-tête)'}`;
  const others =
    fig.channelsMentioned.length === 0
      ? 'aucun autre canal évoqué'
      : `${fig.channelsMentioned.length === 1 ? 'autre canal évoqué' : 'autres canaux évoqués'} : ${channelList(fig.channelsMentioned)}${fig.channelPressure ? ' (multicanal envahissant)' : ''}`;
  out.push({ key: 'channel', label: 'Canal', value: `${channel} ; ${others}`, status: fig.channelPressure ? 'fail' : fig.channelsMentioned.length > 0 ? 'check' : 'ok' });
  if (fig.refusalReceived) {
    const w = fig.sendWindow;
    const where = w?.position === 'before' ? ' : trop tôt pour l’instant' : w?.position === 'during' ? ' : c’est le moment' : w?.position === 'after' ? ' : fenêtre passée, répondez sans tarder' : '';
    const value = w
      ? `refus reçu le ${frenchShortDate(fig.refusalReceived)} ; envoi conseillé du ${frenchShortDate(w.start)} au ${frenchShortDate(w.end)}${where}`
      : `refus reçu le ${frenchShortDate(fig.refusalReceived)} ; envoi conseillé 24 à 48 h ouvrées après`;
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

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
