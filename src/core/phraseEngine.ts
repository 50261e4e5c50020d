// The wording engine shared by the tone, contestation and questions rules:
// one combined regular expression per family, compiled on first use, run once
// over `draft.prose`; sentence ranges; and the quick fixes built from an entry.

import type { Expression } from './data/expression';
import type { Draft } from './draft';
import type { UserExpression } from './options';
import { escapeRegExp, fold, phraseSource, wholeWords } from './text';
import type { Fix, Report } from './types';
import { sentences } from './rules/longueur';
import { deleteSentence } from './fixes';

/** Up to four words between two parts of a form (`…`), across spaces, commas and brackets but not across a sentence end.
 * Separators and words are disjoint character classes, so the repetition cannot backtrack badly. */
const SEP = '[\\s,;:…()«»"]+';
const GAP = `(?:${SEP}[\\p{L}\\p{N}'-]+){0,4}${SEP}`;

/**
 * Regular expression source (for folded text) of one form in the notation of
 * data/expression.ts: `[e]` optional letters, `{a|b}` alternatives (not nested),
 * `-` hyphen or space, `…` a gap of up to four words, any whitespace run.
 */
export function formSource(form: string): string {
  const f = fold(form.trim());
  let out = '';
  let depth = 0;
  let i = 0;
  while (i < f.length) {
    const c = f[i];
    if (c === '…' || (/\s/.test(c) && /^\s*…/.test(f.slice(i, i + 8)))) {
      while (i < f.length && (/\s/.test(f[i]) || f[i] === '…')) i++;
      out += GAP;
      continue;
    }
    if (/\s/.test(c)) {
      while (i < f.length && /\s/.test(f[i])) i++;
      out += '\\s+';
      continue;
    }
    if (c === '[') {
      const close = f.indexOf(']', i + 1);
      if (close > i + 1) {
        out += `(?:${escapeRegExp(f.slice(i + 1, close))})?`;
        i = close + 1;
        continue;
      }
    }
    if (c === '{' && depth === 0) {
      out += '(?:';
      depth = 1;
    } else if (c === '}' && depth === 1) {
      out += ')';
      depth = 0;
    } else if (c === '|' && depth === 1) out += '|';
    else if (c === "'") out += "(?:'\\s?|\\s+)";
    else if (c === '-') out += '(?:-|\\s+)';
    else out += escapeRegExp(c);
    i++;
  }
  if (depth === 1) out += ')';
  return out;
}

/** Source of a user phrase: the same normalisation, but literal (no alternatives, no gaps). */
export function userPhraseSource(phrase: string): string {
  return phraseSource(phrase).replace(/-/g, '(?:-|\\s+)').replace(/'\\s\?/g, "(?:'\\s?|\\s+)");
}

const LETTER = /[\p{L}\p{N}]/u;

export interface Hit<T> {
  entry: T;
  start: number;
  end: number;
}

interface Compiled {
  re: RegExp;
  except: RegExp | undefined;
}

/** A character `formSource` copies literally when it starts a form or an alternative (a code unit of its own). */
function literalStart(c: string): boolean {
  return !(/\s/.test(c) || '…\'-[]{}|'.includes(c) || (c >= '\ud800' && c <= '\udfff'));
}

/**
 * Possible first characters (folded) of every match of a form, or `null` when
 * unsure (then the whole family is matched by the single alternation). Sound by
 * construction: a form starting with a literal character compiles to a source
 * starting with that character; `[x…]` is optional (its first character or what
 * follows); `{a|b}` starts with one of its alternatives (or what follows, when
 * one is empty).
 */
export function formFirstChars(form: string): string[] | null {
  const f = fold(form.trim());
  const out = new Set<string>();
  let i = 0;
  for (;;) {
    if (i >= f.length) return null;
    const c = f[i];
    if (c === '[') {
      const close = f.indexOf(']', i + 1);
      if (close > i + 1 && literalStart(f[i + 1])) {
        out.add(f[i + 1]);
        i = close + 1;
        continue;
      }
      return null;
    }
    if (c === '{') {
      const close = f.indexOf('}', i + 1);
      if (close < 0) return null;
      let empty = false;
      for (const alt of f.slice(i + 1, close).split('|')) {
        if (alt === '') empty = true;
        else if (literalStart(alt[0])) out.add(alt[0]);
        else return null;
      }
      if (!empty) return [...out];
      i = close + 1;
      continue;
    }
    if (!literalStart(c)) return null;
    out.add(c);
    return [...out];
  }
}

/** Offsets of the characters not preceded by a letter or a digit (where a hit may start), for the last text seen. */
let startsOf: { text: string; starts: number[] } | undefined;
const WORD_START = /(?<![\p{L}\p{N}])[^\s\ud800-\udfff]/gu;

function wordStarts(folded: string): number[] {
  if (startsOf?.text === folded) return startsOf.starts;
  const starts: number[] = [];
  WORD_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_START.exec(folded)) !== null) starts.push(m.index);
  startsOf = { text: folded, starts };
  return starts;
}

interface Bucket {
  /** Sticky expression with only the entries that can start with this character, in their order. */
  re: RegExp;
  /** Entry index of each capturing group (group g is `entries[index[g - 1]]`). */
  index: number[];
}

interface Indexed {
  /** Per first character: the entries (by index) and their forms' sources that can start with it. */
  byChar: Map<string, { k: number; forms: string[] }[]>;
  buckets: Map<string, Bucket>;
  except: RegExp | undefined;
}

/**
 * One pass over folded text for a whole family of entries. Each entry owns a
 * capturing group; earlier entries win at the same position. Hits inside an
 * exception phrase (the entry's own `except`) are dropped.
 *
 * Fast path: each form is indexed by the characters it can start with; the
 * word starts of the text are listed once (shared by all families), and at
 * each only the forms that can start there are tried (a sticky expression per first
 * character, compiled on first use, alternatives in the original order). The
 * result is the same as `referenceMatches`, the straightforward single
 * alternation, which stays as the fallback when a form may start with
 * something else than a letter or a digit (user phrases, for instance).
 */
export class ExpressionMatcher<T extends { forms: readonly string[]; except?: readonly string[] }> {
  private compiled: Compiled | undefined;
  private indexed: Indexed | null | undefined;
  constructor(
    private readonly entries: readonly T[],
    private readonly source: (form: string) => string = formSource,
  ) {}

  private groupSource(e: T): string {
    return e.forms.map(this.source).filter((s) => s !== '').join('|') || '(?!)';
  }

  private exceptSource(): RegExp | undefined {
    const except = this.entries.flatMap((e) => e.except ?? []).map(formSource).filter((s) => s !== '');
    return except.length > 0 ? new RegExp(wholeWords(except.join('|')), 'gu') : undefined;
  }

  private compile(): Compiled {
    const groups = this.entries.map((e) => `(${this.groupSource(e)})`);
    // The leading whole-word check is done in JavaScript (see `matches`): without a lookbehind
    // first, V8 can skip ahead to the possible first characters instead of trying every position.
    const re = new RegExp(`(?:${groups.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'gu');
    return { re, except: this.exceptSource() };
  }

  /** The first-character index, or null when some form may start anywhere. */
  private index(): Indexed | null {
    if (this.source !== formSource) return null;
    const byChar = new Map<string, { k: number; forms: string[] }[]>();
    for (let k = 0; k < this.entries.length; k++) {
      for (const f of this.entries[k].forms) {
        const source = formSource(f);
        if (source === '') continue;
        const first = formFirstChars(f);
        if (first === null) return null;
        for (const c of first) {
          let list = byChar.get(c);
          if (!list) byChar.set(c, (list = []));
          const last = list[list.length - 1];
          if (last && last.k === k) last.forms.push(source);
          else list.push({ k, forms: [source] });
        }
      }
    }
    return { byChar, buckets: new Map(), except: this.exceptSource() };
  }

  private bucket(ix: Indexed, c: string): Bucket | undefined {
    let b = ix.buckets.get(c);
    if (b) return b;
    const list = ix.byChar.get(c);
    if (!list) return undefined;
    // Only the forms that can start with `c`, each entry's in their order, the entries in theirs.
    const groups = list.map((x) => `(${x.forms.join('|')})`);
    b = { re: new RegExp(`(?:${groups.join('|')})(?![\\p{L}\\p{N}])`, 'uy'), index: list.map((x) => x.k) };
    ix.buckets.set(c, b);
    return b;
  }

  matches(folded: string, from = 0, to = folded.length): Hit<T>[] {
    if (this.entries.length === 0 || to <= from) return [];
    if (this.indexed === undefined) this.indexed = this.index();
    const ix = this.indexed;
    if (ix === null) return this.referenceMatches(folded, from, to);
    const hits: Hit<T>[] = [];
    const starts = wordStarts(folded);
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    let pos = from;
    for (let i = lo; i < starts.length; i++) {
      const p = starts[i];
      if (p >= to) break;
      if (p < pos) continue;
      const b = this.bucket(ix, folded[p]);
      if (!b) continue;
      b.re.lastIndex = p;
      const m = b.re.exec(folded);
      if (m === null || m[0].length === 0) continue;
      const end = p + m[0].length;
      if (end > to) break;
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      hits.push({ entry: this.entries[b.index[g - 1]], start: p, end });
      pos = end;
    }
    return this.dropExceptions(hits, ix.except, folded, from, to);
  }

  /** The straightforward matcher: one alternation of every entry, run over the whole range. */
  referenceMatches(folded: string, from = 0, to = folded.length): Hit<T>[] {
    if (this.entries.length === 0 || to <= from) return [];
    this.compiled ??= this.compile();
    const hits: Hit<T>[] = [];
    const { re, except } = this.compiled;
    // No slice: the search starts at `from` and stops at `to` (lookbehinds see the real neighbours).
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) !== null && m.index < to) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (m.index > 0 && LETTER.test(folded[m.index - 1])) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const end = m.index + m[0].length;
      if (end > to) continue;
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      hits.push({ entry: this.entries[g - 1], start: m.index, end });
    }
    return this.dropExceptions(hits, except, folded, from, to);
  }

  private dropExceptions(hits: Hit<T>[], except: RegExp | undefined, folded: string, from: number, to: number): Hit<T>[] {
    if (hits.length === 0 || !except) return hits;
    const covers = exceptionRanges(except, folded, from, to);
    return hits.filter((h) => !covers.some((c) => c.start <= h.start && h.end <= c.end && (h.entry.except ?? []).length > 0));
  }
}

function exceptionRanges(re: RegExp, folded: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null && m.index < to) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Ranges of the user's exception phrases in the prose (cached per draft and list). */
const userExceptionCache = new WeakMap<readonly string[], RegExp | null>();

export function userExceptionRanges(draft: Draft, exceptions: readonly string[]): { start: number; end: number }[] {
  if (exceptions.length === 0) return [];
  let re = userExceptionCache.get(exceptions);
  if (re === undefined) {
    const sources = exceptions.map(userPhraseSource).filter((s) => s !== '');
    re = sources.length > 0 ? new RegExp(wholeWords(sources.join('|')), 'gu') : null;
    userExceptionCache.set(exceptions, re);
  }
  return re ? exceptionRanges(re, draft.prose, 0, draft.prose.length) : [];
}

type UserEntry = UserExpression & { forms: readonly string[] };
const userMatcherCache = new WeakMap<readonly UserExpression[], ExpressionMatcher<UserEntry>>();

/** The user's expressions of one rule, found in the prose. */
export function userHits(draft: Draft, expressions: readonly UserExpression[], rule: string): Hit<UserEntry>[] {
  if (expressions.length === 0) return [];
  let m = userMatcherCache.get(expressions);
  if (!m) {
    m = new ExpressionMatcher(
      expressions.map((e) => ({ ...e, forms: [e.phrase] })),
      userPhraseSource,
    );
    userMatcherCache.set(expressions, m);
  }
  return m.matches(draft.prose).filter((h) => h.entry.rule === rule);
}

/** The part of the draft where wording is checked: the message without the subject and the signature. */
export function checkedRange(draft: Draft): { start: number; end: number } {
  const lines = draft.messageLines;
  if (lines.length === 0) return { start: 0, end: 0 };
  const start = draft.greeting ? draft.greeting.start : lines[0].start;
  const end = draft.signature ? draft.signature.start : lines[lines.length - 1].end;
  return { start, end: Math.max(start, end) };
}

/** The sentence around an offset: within its paragraph (consecutive non-blank lines), cut at . ! ? … */
export function sentenceAround(draft: Draft, offset: number): { start: number; end: number } {
  const prose = draft.prose;
  let pStart = prose.lastIndexOf('\n', offset - 1) + 1;
  // Extend to the paragraph: previous lines while not blank.
  for (;;) {
    if (pStart === 0) break;
    const prevStart = prose.lastIndexOf('\n', pStart - 2) + 1;
    if (prose.slice(prevStart, pStart - 1).trim() === '') break;
    pStart = prevStart;
  }
  let pEnd = prose.indexOf('\n', offset);
  if (pEnd < 0) pEnd = prose.length;
  for (;;) {
    if (pEnd >= prose.length) break;
    let next = prose.indexOf('\n', pEnd + 1);
    if (next < 0) next = prose.length;
    if (prose.slice(pEnd + 1, next).trim() === '') break;
    pEnd = next;
  }
  // The greeting and the closing are not part of a body sentence.
  if (draft.greeting && draft.greeting.end <= offset && draft.greeting.end > pStart) pStart = draft.greeting.end;
  if (draft.closing && draft.closing.start > offset && draft.closing.start < pEnd) pEnd = draft.closing.start;
  for (const s of sentences(prose, pStart, pEnd)) {
    if (s.start <= offset && offset < s.end) return s;
  }
  return { start: offset, end: offset };
}

/** « Supprimer la phrase »: removes the sentence and the spaces after it (or its whole line). */
export function deleteSentenceFix(draft: Draft, offset: number): Fix | undefined {
  const s = sentenceAround(draft, offset);
  return s.end <= s.start ? undefined : deleteSentence(draft.text, s.start, s.end);
}

/** Matches the case of the first letter of the original words. */
function matchCase(original: string, replacement: string): string {
  if (replacement === '') return replacement;
  const first = original.charAt(0);
  const upper = first !== first.toLowerCase() && first === first.toUpperCase();
  return upper ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement.charAt(0).toLowerCase() + replacement.slice(1);
}

/** Quick fixes of a hit: rewrites of the words, rewrites of the sentence, deletion of the sentence. */
export function fixesFor(draft: Draft, hit: { start: number; end: number }, entry: Pick<Expression, 'rewrites' | 'sentenceRewrites' | 'deleteSentence'>): Fix[] {
  const fixes: Fix[] = [];
  const original = draft.text.slice(hit.start, hit.end);
  for (const r of entry.rewrites ?? []) {
    const newText = matchCase(original, r);
    fixes.push({ title: `Remplacer par « ${newText} »`, edits: [{ start: hit.start, end: hit.end, newText }] });
  }
  if (entry.sentenceRewrites?.length) {
    const s = sentenceAround(draft, hit.start);
    if (s.end > s.start) {
      for (const r of entry.sentenceRewrites) {
        fixes.push({ title: `Remplacer la phrase par « ${r} »`, edits: [{ start: s.start, end: s.end, newText: r }] });
      }
    }
  }
  if (entry.deleteSentence) {
    const d = deleteSentenceFix(draft, hit.start);
    if (d) fixes.push(d);
  }
  if (fixes.length > 0) fixes[0].preferred = true;
  return fixes;
}

export type PhraseReport = Report & { entry?: Expression };

/** The reports of one family: built-in hits plus the user's expressions for the same rule, minus the user's exceptions. */
export function phraseReports(
  draft: Draft,
  matcher: ExpressionMatcher<Expression>,
  rule: string,
  options: { expressions: readonly UserExpression[]; exceptions: readonly string[] },
  message: (entry: Expression, quoted: string) => string,
): PhraseReport[] {
  const range = checkedRange(draft);
  const reports: PhraseReport[] = [];
  for (const h of matcher.matches(draft.prose, range.start, range.end)) {
    const quoted = draft.text.slice(h.start, h.end).replace(/\s+/g, ' ');
    reports.push({ start: h.start, end: h.end, message: message(h.entry, quoted), fixes: fixesFor(draft, h, h.entry), entry: h.entry });
  }
  for (const h of userHits(draft, options.expressions, rule)) {
    if (h.start < range.start || h.end > range.end) continue;
    if (reports.some((r) => r.start < h.end && h.start < r.end)) continue;
    const quoted = draft.text.slice(h.start, h.end).replace(/\s+/g, ' ');
    reports.push({
      start: h.start,
      end: h.end,
      message: h.entry.message ?? `« ${quoted} » : expression que vous avez signalée dans vos réglages Boomerang.`,
      fixes: fixesFor(draft, h, { rewrites: h.entry.rewrites, deleteSentence: h.entry.rewrites.length === 0 }),
    });
  }
  const covers = userExceptionRanges(draft, options.exceptions);
  return reports
    .filter((r) => !covers.some((c) => c.start <= r.start && r.end <= c.end))
    .sort((a, b) => a.start - b.start);
}
