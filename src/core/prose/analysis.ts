// The analysis of a draft's prose, computed once per draft and read by every
// wording rule, the length rules and the report: tokens, sentences, scopes,
// and the lexicon's classes (who is who: the writer, the reader, the deciders,
// the decision). Linear in the length of the draft.

import { LEXICON } from '../data/lexicon';
import type { Draft } from '../draft';
import { ClassMemo, ClassTable, PatternMatcher, type PatternEntry, type PatternHit } from './patterns';
import { anyScope, computeScopes, negatedFromOutside, Scope, type Scopes } from './scopes';
import { sentenceOf, splitSentences, type Sentence } from './sentences';
import { tokenize, type Tokens } from './tokens';

export type Part = 'head' | 'body' | 'closing' | 'signature';

export interface ProseAnalysis {
  draft: Draft;
  toks: Tokens;
  sentences: Sentence[];
  /** The part of the draft each sentence belongs to. */
  parts: Part[];
  scopes: Scopes;
  memo: ClassMemo;
  /** Sentence index of each token. */
  sentenceIndex: Int32Array;
  /** Token range of the checked prose (greeting to signature), first inclusive, end exclusive. */
  checkedFirst: number;
  checkedEnd: number;
}

let classTable: ClassTable | undefined;

/** The lexicon's classes, compiled on first use. */
export function lexicon(): ClassTable {
  classTable ??= new ClassTable(LEXICON);
  return classTable;
}

const cache = new WeakMap<Draft, ProseAnalysis>();

/** The part of the draft where wording is checked: the message without the subject and the signature. */
export function checkedRange(draft: Draft): { start: number; end: number } {
  const lines = draft.messageLines;
  if (lines.length === 0) return { start: 0, end: 0 };
  const start = draft.greeting ? draft.greeting.start : lines[0].start;
  const end = draft.signature ? draft.signature.start : lines[lines.length - 1].end;
  return { start, end: Math.max(start, end) };
}

/** The analysis of a draft (computed once, then cached with the draft). */
export function proseOf(draft: Draft): ProseAnalysis {
  const cached = cache.get(draft);
  if (cached) return cached;
  const text = draft.text;
  const lines = draft.messageLines;
  const from = lines.length > 0 ? lines[0].start : text.length;
  const to = lines.length > 0 ? lines[lines.length - 1].end : text.length;
  const toks = tokenize(text, draft.prose, from, to);
  const breaks: number[] = [];
  if (draft.subject) breaks.push(draft.subject.end);
  if (draft.greeting) breaks.push(draft.greeting.end);
  if (draft.closing) breaks.push(draft.closing.start, draft.closing.end);
  if (draft.signature) breaks.push(draft.signature.start);
  breaks.sort((a, b) => a - b);
  const sentences = splitSentences(toks, breaks);
  const checked = checkedRange(draft);
  const bodyStart = draft.body?.start ?? checked.start;
  const parts: Part[] = sentences.map((s) => {
    if (draft.signature && s.start >= draft.signature.start) return 'signature';
    if (draft.closing && s.start >= draft.closing.start) return 'closing';
    if (s.start < bodyStart || (draft.subject && s.start < draft.subject.end)) return 'head';
    return 'body';
  });
  const scopes = computeScopes(toks, sentences);
  const sentenceIndex = new Int32Array(toks.count);
  sentences.forEach((s, i) => sentenceIndex.fill(i, s.first, s.last + 1));
  const env = { toks, classes: lexicon() };
  const memo = new ClassMemo(env, (t) => {
    const s = sentences[sentenceIndex[t]];
    return s ? s.last + 1 : t;
  });
  let checkedFirst = 0;
  while (checkedFirst < toks.count && toks.start[checkedFirst] < checked.start) checkedFirst++;
  let checkedEnd = checkedFirst;
  while (checkedEnd < toks.count && toks.start[checkedEnd] < checked.end) checkedEnd++;
  const analysis: ProseAnalysis = { draft, toks, sentences, parts, scopes, memo, sentenceIndex, checkedFirst, checkedEnd };
  cache.set(draft, analysis);
  return analysis;
}

/** Exclusive end token of the sentence holding token t. */
export function sentenceEndOf(a: ProseAnalysis, t: number): number {
  const s = a.sentences[a.sentenceIndex[t]];
  return s ? s.last + 1 : t + 1;
}

export interface Hit<T> extends PatternHit<T> {
  start: number;
  end: number;
  /** Token range end (exclusive). */
  endToken: number;
  sentence: number;
}

/** Hits of a matcher in the checked prose, with offsets; the scope policy is the caller's. */
export function findHits<T extends PatternEntry>(a: ProseAnalysis, matcher: PatternMatcher<T>): Hit<T>[] {
  if (a.checkedEnd <= a.checkedFirst) return [];
  const raw = matcher.matches(a.memo, a.checkedFirst, a.checkedEnd, (t) => sentenceEndOf(a, t));
  return raw.map((h) => ({
    ...h,
    start: a.toks.start[h.first],
    end: a.toks.end[h.end - 1],
    endToken: h.end,
    sentence: a.sentenceIndex[h.first],
  }));
}

export type Stance = 'said' | 'negated' | 'quoted' | 'reported' | 'supposed';

/** Whether the writer says the phrase [first, end), denies it, quotes or reports it, or supposes it. */
export function stanceOf(a: ProseAnalysis, first: number, end: number): Stance {
  if (anyScope(a.scopes, first, end, Scope.Quoted)) return 'quoted';
  if (anyScope(a.scopes, first, end, Scope.Reported)) return 'reported';
  if (anyScope(a.scopes, first, end, Scope.Hypothetical)) return 'supposed';
  if (negatedFromOutside(a.scopes, first, end)) return 'negated';
  return 'said';
}

export { sentenceOf };
