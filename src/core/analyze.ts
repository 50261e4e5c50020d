// The entry point of the core: a string in, findings out.

import type { DraftFigures, DraftSummary, RuleContext } from './context';
import { parseDirectives } from './directives';
import { parseDraft, parseHeader, type Draft, type DraftMeta } from './draft';
import { measureDraft } from './figures';
import type { FrontMatter } from './frontmatter';
import { defaultOptions, effectiveSeverity, type AnalyzeOptions } from './options';
import { RULES } from './registry';
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

/** Share of control characters above which a text is taken for binary data. */
const BINARY_RATIO = 0.01;

/**
 * Analyses one draft. Never throws: a text that is not a draft (too long,
 * binary) gets one information finding; a rule that fails is skipped.
 */
export function analyzeDraft(text: string, options: AnalyzeOptions = defaultOptions(), context: AnalyzeContext = {}): DraftAnalysis {
  const guard = guardInput(text, options);
  if (guard) return unreadableAnalysis(guard, options);
  return runRules(parseDraft(text), options, context);
}

/** The findings of one draft (see `analyzeDraft`). */
export function analyze(text: string, options: AnalyzeOptions = defaultOptions(), context: AnalyzeContext = {}): Finding[] {
  return analyzeDraft(text, options, context).findings;
}

function unreadableAnalysis(guard: Finding, options: AnalyzeOptions): DraftAnalysis {
  const now = options.now ?? new Date();
  const draft = parseDraft('');
  return { draft, findings: [guard], figures: measureDraft(draft, options, now), options, now, unreadable: true };
}

/** Runs the rules on an already parsed draft. */
export function runRules(draft: Draft, options: AnalyzeOptions, context: AnalyzeContext = {}): DraftAnalysis {
  const text = draft.text;
  const directives = parseDirectives(text, draft.lineStarts);
  const now = options.now ?? new Date();
  const ctx: RuleContext = {
    options,
    now,
    file: context.file,
    siblings: context.siblings ?? [],
    figures: measureDraft(draft, options, now),
  };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = effectiveSeverity(rule, options.rules);
    if (!severity) continue;
    try {
      for (const r of rule.check(draft, ctx)) {
        const start = clamp(r.start, text.length);
        const end = clamp(Math.max(r.end, r.start), text.length);
        if (directives.isDisabled(rule.id, rule.category, start)) continue;
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
  return { draft, findings: findings.sort(compareFindings), figures: ctx.figures, options, now, unreadable: false };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(0, Math.floor(n)), max) : 0;
}

/** One finding for texts that are not drafts; undefined for a normal draft. */
export function guardInput(text: string, options: AnalyzeOptions): Finding | undefined {
  const base = { rule: UNREADABLE_RULE, category: 'structure' as const, severity: 'information' as const, start: 0, end: 0, tip: 'entete', fixes: [] };
  if (text.length > options.maxChars) {
    return {
      ...base,
      message: `Fichier trop long pour être un brouillon (${text.length.toLocaleString('fr-FR')} caractères, limite ${options.maxChars.toLocaleString('fr-FR')}) : Boomerang ne l’analyse pas. Une réponse à un refus tient en 5 à 8 lignes.`,
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
 */
export function analyzeWorkspace(files: readonly { file: string; text: string }[], options: AnalyzeOptions = defaultOptions()): FileFindings[] {
  const parsed = files.map((f) => {
    const guard = guardInput(f.text, options);
    return { file: f.file, guard, draft: guard ? undefined : parseDraft(f.text) };
  });
  const summaries = parsed.flatMap((p) => (p.draft ? [summarize(p.file, p.draft)] : []));
  return parsed.map((p) => {
    const analysis = p.guard
      ? unreadableAnalysis(p.guard, options)
      : runRules(p.draft as Draft, options, { file: p.file, siblings: summaries.filter((s) => s.file !== p.file) });
    return { file: p.file, findings: analysis.findings, analysis };
  });
}
