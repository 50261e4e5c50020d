// The entry point of the core: a string in, findings out.

import type { DraftFigures, DraftSummary, RuleContext } from './context';
import { parseDirectives } from './directives';
import type { LocalDateTime } from './dates';
import { parseDraft, parseHeader, type Draft, type DraftMeta } from './draft';
import { measureDraft } from './figures';
import type { FrontMatter } from './frontmatter';
import { effectiveSeverity, usableOptions, type AnalyzeOptions } from './options';
import { RULES } from './registry';
import { summaryRecipientKey } from './recipient';
import { positionOf } from './text';
import { UNREADABLE_RULE, type Finding } from './types';

export interface AnalyzeContext {
  /** Path or URI of the draft. */
  file?: string;
  /** The other drafts of the workspace, for checks across drafts. */
  siblings?: readonly DraftSummary[];
}

/**
 * One analysis of a draft: the model, the findings, and the figures the rules
 * measured, at one reference time. The report is built from it (it never
 * counts anything again), the hovers read its draft.
 */
export interface DraftAnalysis {
  /** The draft model; an empty one when the text was not analysed. */
  draft: Draft;
  findings: Finding[];
  figures: DraftFigures;
  options: AnalyzeOptions;
  /** The reference time of the timing rules and of the send window. */
  now: Date;
  /** The text is not a draft (too long, binary): one finding, nothing measured. */
  unreadable: boolean;
}

/**
 * Findings kept per rule and draft; the rest are counted in one summary
 * finding, so that a pathological draft (50,000 placeholders) leaves the
 * Problems panel usable.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

/** Share of control characters above which a text is taken for binary data. */
const BINARY_RATIO = 0.01;

/**
 * Analyses one draft. Never throws: a text that is not a draft (too long,
 * binary) gets one information finding; a rule that fails is skipped; options
 * of any shape (`null`, `{}`, partial) are completed with the defaults.
 */
export function analyzeDraft(text: string, options?: Partial<AnalyzeOptions> | null, context?: AnalyzeContext | null): DraftAnalysis {
  const opts = usableOptions(options);
  const t = typeof text === 'string' ? text : '';
  const guard = guardInput(t, opts);
  if (guard) return unreadableAnalysis(guard, opts);
  return runRules(parseDraft(t), opts, context);
}

/** The findings of one draft (see `analyzeDraft`). */
export function analyze(text: string, options?: Partial<AnalyzeOptions> | null, context?: AnalyzeContext | null): Finding[] {
  return analyzeDraft(text, options, context).findings;
}

/** The result of a file that was not analysed (the command line's files too long to read), with its one finding. */
export function unreadableFile(file: string, finding: Finding, options?: Partial<AnalyzeOptions> | null): FileFindings {
  const analysis = unreadableAnalysis(finding, usableOptions(options));
  return { file, findings: analysis.findings, analysis };
}

function unreadableAnalysis(guard: Finding, options: AnalyzeOptions): DraftAnalysis {
  const now = options.now ?? new Date();
  const draft = parseDraft('');
  return { draft, findings: [guard], figures: measureDraft(draft, options, now), options, now, unreadable: true };
}

/** Runs the rules on an already parsed draft. */
export function runRules(draft: Draft, options?: Partial<AnalyzeOptions> | null, context?: AnalyzeContext | null): DraftAnalysis {
  const text = draft.text;
  const opts = usableOptions(options);
  const directives = parseDirectives(text, draft.lineStarts);
  const now = opts.now ?? new Date();
  const ctx: RuleContext = {
    options: opts,
    now,
    file: context?.file,
    siblings: context?.siblings ?? [],
    figures: measureDraft(draft, opts, now),
  };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = effectiveSeverity(rule, opts.rules);
    if (!severity) continue;
    try {
      let kept = 0;
      let dropped = 0;
      let droppedAt = 0;
      for (const r of rule.check(draft, ctx)) {
        const start = clamp(r.start, text.length);
        const end = clamp(Math.max(r.end, r.start), text.length);
        if (directives.isDisabled(rule.id, rule.category, start)) continue;
        if (kept >= MAX_FINDINGS_PER_RULE) {
          if (dropped++ === 0) droppedAt = start;
          continue;
        }
        kept++;
        findings.push({
          rule: rule.id,
          category: rule.category,
          severity: r.severity && severity === rule.severity ? r.severity : severity,
          start,
          end,
          message: r.message,
          tip: r.tip ?? rule.tip,
          fixes: r.fixes ?? [],
          ...(r.related ? { related: r.related } : {}),
        });
      }
      if (dropped > 0) {
        findings.push({
          rule: rule.id,
          category: rule.category,
          severity: 'information',
          start: droppedAt,
          end: droppedAt,
          message: `Et ${dropped.toLocaleString('fr-FR')} autre${dropped > 1 ? 's' : ''} constat${dropped > 1 ? 's' : ''} « ${rule.id} » plus loin, non affiché${dropped > 1 ? 's' : ''} : seuls les ${MAX_FINDINGS_PER_RULE.toLocaleString('fr-FR')} premiers le sont. Corrigez-les d’abord.`,
          tip: rule.tip,
          fixes: [],
        });
      }
    } catch (e) {
      findings.push({
        rule: rule.id,
        category: rule.category,
        severity: 'information',
        start: 0,
        end: 0,
        message: `Boomerang n’a pas pu appliquer la règle « ${rule.id} » à ce brouillon (erreur interne : ${e instanceof Error ? e.message : String(e)}).`,
        tip: rule.tip,
        fixes: [],
      });
    }
  }
  return { draft, findings: findings.sort(compareFindings), figures: ctx.figures, options: opts, now, unreadable: false };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(0, Math.floor(n)), max) : 0;
}

/** One finding for texts that are not drafts; undefined for a normal draft. */
export function guardInput(text: string, options?: Partial<AnalyzeOptions> | null): Finding | undefined {
  const { maxChars } = usableOptions(options);
  const base = { rule: UNREADABLE_RULE, category: 'structure' as const, severity: 'information' as const, start: 0, end: 0, tip: 'entete', fixes: [] };
  if (text.length > maxChars) {
    return {
      ...base,
      message: `Fichier trop long pour être un brouillon (${text.length.toLocaleString('fr-FR')} caractères, limite ${maxChars.toLocaleString('fr-FR')}) : Boomerang ne l’analyse pas. Une réponse à un refus tient en 5 à 8 lignes.`,
    };
  }
  const sample = Math.min(text.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  if (sample > 0 && (control / sample > BINARY_RATIO || text.indexOf('\0') >= 0)) {
    return {
      ...base,
      message: 'Ce fichier ne ressemble pas à un brouillon (données binaires ou caractères de contrôle) : Boomerang ne l’analyse pas.',
    };
  }
  return undefined;
}

/** What checks across drafts need of a draft. */
export function summarize(file: string, draft: Draft): DraftSummary {
  return summaryOf(file, draft.meta, draft.frontMatter, draft.lineStarts);
}

/**
 * The same summary from the text, reading only its header: for an index of
 * the workspace's drafts, in time bounded by the header's size.
 */
export function summarizeText(file: string, text: string): DraftSummary {
  const h = parseHeader(text);
  return summaryOf(file, h.meta, h.frontMatter, h.lineStarts);
}

function summaryOf(file: string, m: DraftMeta, fm: FrontMatter | undefined, starts: readonly number[]): DraftSummary {
  const field = fm?.fields.get('destinataire') ?? fm?.fields.get('canal');
  const start = field ? field.lineStart : 0;
  const end = field ? field.lineEnd : 0;
  const s = positionOf(starts, start);
  const e = positionOf(starts, end);
  return {
    file,
    recipient: m.recipient,
    channel: m.channel,
    date: m.sentAt ?? m.plannedSend,
    ...(m.sentAt ? { dateKey: 'envoye' as const } : m.plannedSend ? { dateKey: 'envoi_prevu' as const } : {}),
    scenario: m.scenario,
    ...(m.refusalReceived ? { refusalReceived: m.refusalReceived } : {}),
    ...(m.plannedSend ? { plannedSend: m.plannedSend } : {}),
    ...(m.sentAt ? { sentAt: m.sentAt } : {}),
    ...(m.email ? { email: m.email } : {}),
    anchor: { start, end, position: { line: s.line, column: s.column, endLine: e.line, endColumn: e.column } },
  };
}

export interface FileFindings {
  file: string;
  findings: Finding[];
  /** The whole analysis, for the report. */
  analysis: DraftAnalysis;
}

/**
 * Analyses several drafts together, so that checks across drafts (same
 * recipient, several channels) see each other. Used by the command line.
 * Each draft gets as siblings only the drafts to the same recipient dated
 * near it (see `siblingIndex`), so a folder of 20,000 drafts is not 400
 * million comparisons.
 */
export function analyzeWorkspace(files: readonly { file: string; text: string }[], options?: Partial<AnalyzeOptions> | null): FileFindings[] {
  const opts = usableOptions(options);
  const parsed = files.map((f) => {
    const guard = guardInput(f.text, opts);
    return { file: f.file, guard, draft: guard ? undefined : parseDraft(f.text) };
  });
  const summaries = parsed.map((p) => (p.draft ? summarize(p.file, p.draft) : undefined));
  const siblingsOf = siblingIndex(
    summaries.filter((s): s is DraftSummary => s !== undefined),
    opts,
  );
  return parsed.map((p, i) => {
    const analysis = p.guard ? unreadableAnalysis(p.guard, opts) : runRules(p.draft as Draft, opts, { file: p.file, siblings: siblingsOf(summaries[i] as DraftSummary) });
    return { file: p.file, findings: analysis.findings, analysis };
  });
}

const DAY_MS = 86_400_000;
/** Room for the zone offset (at most 14 h) that an approximate instant ignores, and for rounding to days. */
const MARGIN_MS = 2 * DAY_MS;
/** More drafts to one person in one window than this are not listed one by one anyway. */
const MAX_SIBLINGS = 64;

/** A front matter date as an instant, reading a value without offset as UTC (off by at most 14 hours). */
function approximateInstant(d: LocalDateTime): number {
  return Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute) - (d.offsetMinutes ?? 0) * 60_000;
}

/**
 * For each draft, the other drafts the cross-draft rules can need: same
 * recipient name, dated within the rules' longest window before it (plus a
 * margin) or a little after it. Grouping by name and sorting each group by
 * date makes the whole folder O(n log n).
 */
function siblingIndex(all: readonly DraftSummary[], options: AnalyzeOptions): (me: DraftSummary) => DraftSummary[] {
  const groups = new Map<string, { at: number; s: DraftSummary }[]>();
  for (const s of all) {
    const name = summaryRecipientKey(s)?.name;
    if (name === undefined || !s.date) continue;
    let g = groups.get(name);
    if (!g) groups.set(name, (g = []));
    g.push({ at: approximateInstant(s.date), s });
  }
  for (const g of groups.values()) g.sort((a, b) => a.at - b.at);
  const { channelWindowDays, followUpDays, checkInDays } = options.thresholds;
  const reach = Math.max(channelWindowDays, followUpDays, checkInDays) * DAY_MS + MARGIN_MS;
  const now = (options.now ?? new Date()).getTime();
  return (me) => {
    const name = summaryRecipientKey(me)?.name;
    const g = name === undefined ? undefined : groups.get(name);
    if (!g) return [];
    const at = me.date ? approximateInstant(me.date) : now;
    // First entry not before `at - reach`, then forward to `at + margin`.
    let lo = 0;
    let hi = g.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (g[mid].at < at - reach) lo = mid + 1;
      else hi = mid;
    }
    const out: DraftSummary[] = [];
    for (let i = lo; i < g.length && g[i].at <= at + MARGIN_MS; i++) if (g[i].s !== me) out.push(g[i].s);
    // In a crowd, keep the latest ones: the rules look at the last earlier draft and list a few others.
    return out.length > MAX_SIBLINGS ? out.slice(-MAX_SIBLINGS) : out;
  };
}
