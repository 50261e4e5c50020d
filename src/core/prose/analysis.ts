// The analysis of a draft's prose, computed once per draft and read by every
// wording rule, the length rules and the report: tokens, sentences, scopes,
// and the lexicon's classes (who is who: the writer, the reader, the deciders,
// the decision). Linear in the length of the draft.

import type { Stance } from '../data/expression';
import type { Draft, Range } from '../draft';
import { compiledWording } from './compiled';
import { ClassMemo, Engine, firstAtOrAfter, type HitFinder, type MatchEnv } from './patterns';
import { decodeProgram, type Needs } from './program';
import { anyScope, computeScopes, negatedFromOutside, Scope, supposedFromOutside, type Scopes } from './scopes';
import { sentenceOf, splitSentences, type Sentence } from './sentences';
import { Kind, tokenize, type Tokens } from './tokens';

export type Part = 'head' | 'body' | 'closing' | 'signature' | 'postscript';

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
  /** Exclusive end token of the sentence holding each token (`sentenceEndOf`). */
  sentenceEnds: Int32Array;
  /** Token range of the checked prose (greeting to signature), first inclusive, end exclusive. */
  checkedFirst: number;
  checkedEnd: number;
  /**
   * Token ranges of the post-scripta below the signature (« P.S. … »): the reader reads them, so the
   * wording rules and the request count read them too; the length and structure rules do not.
   */
  postscripts: readonly (readonly [number, number])[];
  /**
   * Token ranges the reader reads outside the body: the subject's value (« Objet : Refus n°3 — toujours un plaisir »)
   * and the signature's taglines (« « 30 ans de métier, moins convaincants qu'un devis à −15 % » »). The wording rules
   * read them like a post-scriptum; the length, structure and shouting rules do not.
   */
  asides: readonly (readonly [number, number])[];
}

let engine: Engine | undefined;

/** The engine of the wording program (the lexicon's classes and the wording families, compiled at build time), read on first use. */
export function lexicon(): Engine {
  if (!engine) {
    const text = compiledWording();
    if (text === undefined) throw new Error('Boomerang: the wording program is missing (bundle the core with scripts/wording-plugin.mjs).');
    engine = new Engine(decodeProgram(text));
  }
  return engine;
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

/**
 * Lines of the signature that are a sentence, not a name, a title or contact details: a motto between quotation
 * marks, or a line of five words or more ending like a sentence, with no address, link or phone number.
 */
function taglinesOf(draft: Draft): Range[] {
  const out: Range[] = [];
  if (!draft.signature) return out;
  const text = draft.text;
  let at = draft.signature.start;
  while (at < draft.signature.end) {
    let end = text.indexOf('\n', at);
    if (end < 0 || end > draft.signature.end) end = draft.signature.end;
    const line = text.slice(at, end).trim();
    const from = at + text.slice(at, end).indexOf(line.charAt(0));
    if (line.length > 0 && isTagline(line)) out.push({ start: from, end: from + line.length });
    at = end + 1;
  }
  return out;
}

const OPENING_QUOTES = '«"“';
const CLOSING_MARKS = '»"”.!?…';

function isTagline(line: string): boolean {
  if (line.length > 300 || /@|https?:|www\.|\d[\d .]{7,}\d/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (words < 5) return false;
  const quoted = OPENING_QUOTES.includes(line.charAt(0)) && CLOSING_MARKS.includes(line.charAt(line.length - 1));
  return quoted || '.!?…'.includes(line.charAt(line.length - 1));
}

/** Whether the wording rules read sentence i: the body's, a post-scriptum's, the subject's or a tagline's. */
export function isReadSentence(a: ProseAnalysis, i: number): boolean {
  if (i < 0 || i >= a.sentences.length) return false;
  const part = a.parts[i];
  const first = a.sentences[i].first;
  if (part === 'postscript') return true;
  if (part === 'body' && first >= a.checkedFirst && first < a.checkedEnd) return true;
  for (const [f, e] of a.asides) if (first >= f && first < e) return true;
  return false;
}

/** The analysis of a draft (computed once, then cached with the draft). */
export function proseOf(draft: Draft): ProseAnalysis {
  const cached = cache.get(draft);
  if (cached) return cached;
  const text = draft.text;
  const lines = draft.messageLines;
  const from = lines.length > 0 ? lines[0].start : text.length;
  const to = lines.length > 0 ? lines[lines.length - 1].end : text.length;
  let toks = tokenize(text, draft.prose, from, to);
  // The subject's value is read too (the reader sees it first): its tokens go before the message's, in text order.
  if (draft.subject && draft.subject.end <= from && draft.subject.valueStart < draft.subject.end) {
    const subject = tokenize(text, draft.prose, draft.subject.valueStart, draft.subject.end);
    if (subject.count > 0) toks = concatTokens(subject, toks);
  }
  const postscripts: [number, number][] = [];
  const breaks: number[] = [];
  for (const p of draft.parts) {
    if (p.kind !== 'postscript' || p.start < to) continue;
    const more = tokenize(text, draft.prose, p.start, p.end);
    if (more.count === 0) continue;
    postscripts.push([toks.count, toks.count + more.count]);
    toks = concatTokens(toks, more);
    breaks.push(p.start);
  }
  if (draft.subject) breaks.push(draft.subject.valueStart, draft.subject.end);
  const taglines = taglinesOf(draft);
  for (const l of taglines) breaks.push(l.start, l.end);
  if (draft.greeting) breaks.push(draft.greeting.end);
  if (draft.closing) breaks.push(draft.closing.start, draft.closing.end);
  if (draft.signature) breaks.push(draft.signature.start);
  breaks.sort((a, b) => a - b);
  const sentences = splitSentences(toks, breaks);
  const checked = checkedRange(draft);
  const bodyStart = draft.body?.start ?? checked.start;
  // A plain loop, not a closure per sentence: a draft of 500,000 one-word questions has as many sentences.
  const parts: Part[] = new Array<Part>(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (postscripts.length > 0 && postscripts.some(([f, e]) => s.first >= f && s.first < e)) parts[i] = 'postscript';
    else if (draft.signature && s.start >= draft.signature.start) parts[i] = 'signature';
    else if (draft.closing && s.start >= draft.closing.start) parts[i] = 'closing';
    else if (s.start < bodyStart || (draft.subject && s.start < draft.subject.end)) parts[i] = 'head';
    else parts[i] = 'body';
  }
  const scopes = computeScopes(toks, sentences);
  // Sentence index of each token, and each sentence's first and last token read once from its object: the per-token
  // arrays below then read typed arrays only (a token outside every sentence keeps index 0, as it always has).
  const sentenceIndex = new Int32Array(toks.count);
  const firstOf = new Int32Array(sentences.length);
  const lastOf = new Int32Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    firstOf[i] = s.first;
    lastOf[i] = s.last;
    // A loop, not `fill`: a call of the built-in costs more than the one or two tokens of a short sentence.
    for (let t = s.first; t <= s.last; t++) sentenceIndex[t] = i;
  }
  // Where a match starting at a token must end: its sentence's end (classes: the token itself when there is no sentence).
  const sentenceEnds = new Int32Array(toks.count);
  const classLimits = new Int32Array(toks.count);
  // 1 where a sentence starts (what `^` reads at every token the matcher tries a form opening on it).
  const startsSentence = new Uint8Array(toks.count);
  const any = sentences.length > 0;
  for (let t = 0; t < toks.count; t++) {
    const i = sentenceIndex[t];
    sentenceEnds[t] = any ? lastOf[i] + 1 : t + 1;
    classLimits[t] = any ? lastOf[i] + 1 : t;
    if (any && firstOf[i] === t) startsSentence[t] = 1;
  }
  const env: MatchEnv = { toks, classes: lexicon(), isStart: (t: number) => startsSentence[t] === 1 || (t > 0 && toks.kind[t - 1] === Kind.ListMarker) };
  const memo = new ClassMemo(env, classLimits);
  let checkedFirst = 0;
  while (checkedFirst < toks.count && toks.start[checkedFirst] < checked.start) checkedFirst++;
  let checkedEnd = checkedFirst;
  while (checkedEnd < toks.count && toks.start[checkedEnd] < checked.end) checkedEnd++;
  const asides: [number, number][] = [];
  const tokenRange = (start: number, end: number): [number, number] => {
    let f = 0;
    while (f < toks.count && toks.start[f] < start) f++;
    let e = f;
    while (e < toks.count && toks.start[e] < end) e++;
    return [f, e];
  };
  if (draft.subject && draft.subject.valueStart < draft.subject.end) asides.push(tokenRange(draft.subject.valueStart, draft.subject.end));
  for (const l of taglines) {
    const r = tokenRange(l.start, l.end);
    asides.push(r);
    // A motto between quotation marks is the writer's own words, said, not quoted.
    for (let t = r[0]; t < r[1]; t++) scopes.bits[t] &= ~(Scope.Quoted | Scope.ScareQuoted);
  }
  const analysis: ProseAnalysis = { draft, toks, sentences, parts, scopes, memo, sentenceIndex, sentenceEnds, checkedFirst, checkedEnd, postscripts, asides: asides.filter(([f, e]) => e > f) };
  env.contextOk = (needs, first, end) => contextOk(analysis, needs, first, end);
  cache.set(draft, analysis);
  return analysis;
}

/** The tokens of `b` after those of `a` (a post-scriptum read after the message). */
function concatTokens(a: Tokens, b: Tokens): Tokens {
  const join = <T extends Int32Array | Uint8Array>(x: T, y: T, make: (n: number) => T): T => {
    const out = make(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  return {
    count: a.count + b.count,
    start: join(a.start, b.start, (n) => new Int32Array(n)),
    end: join(a.end, b.end, (n) => new Int32Array(n)),
    kind: join(a.kind, b.kind, (n) => new Uint8Array(n)),
    flags: join(a.flags, b.flags, (n) => new Uint8Array(n)),
    norm: a.norm.concat(b.norm),
  };
}

/** Exclusive end token of the sentence holding token t. */
export function sentenceEndOf(a: ProseAnalysis, t: number): number {
  return t < a.sentenceEnds.length ? a.sentenceEnds[t] : t + 1;
}

export interface Hit<T> {
  entry: T;
  /** First token and exclusive end token. */
  first: number;
  endToken: number;
  /** Offsets in the text. */
  start: number;
  end: number;
  sentence: number;
}

/** A hit of tokens [first, endToken) with its offsets and sentence. */
export function hitOf<T>(a: ProseAnalysis, entry: T, first: number, endToken: number): Hit<T> {
  return { entry, first, endToken, start: a.toks.start[first], end: a.toks.end[endToken - 1], sentence: a.sentenceIndex[first] };
}

/** Hits of a matcher in the checked prose, with offsets; `accept` may refuse a hit (then the next entry there is tried). */
export function findHits<T>(a: ProseAnalysis, matcher: HitFinder<T>, accept?: (hit: Hit<T>) => boolean): Hit<T>[] {
  if (a.checkedEnd <= a.checkedFirst) return [];
  const raw = matcher.matches(a.memo, a.checkedFirst, a.checkedEnd, a.sentenceEnds, accept ? (e, f, x) => accept(hitOf(a, e, f, x)) : undefined);
  return raw.map((h) => hitOf(a, h.entry, h.first, h.end));
}

/** Whether half the sentence's words or more are quoted or reported speech (a sentence the writer relays, not one they say). */
export function mostlyQuoted(a: ProseAnalysis, s: { first: number; last: number }): boolean {
  let words = 0;
  let relayed = 0;
  for (let k = s.first; k <= s.last; k++) {
    if (a.toks.kind[k] !== Kind.Word) continue;
    words++;
    if (a.scopes.bits[k] & (Scope.Quoted | Scope.Reported)) relayed++;
  }
  return relayed * 2 >= words;
}

/** Whether the writer says the phrase [first, end), denies it, quotes or reports it, or supposes it. */
export function stanceOf(a: ProseAnalysis, first: number, end: number): Stance {
  if (anyScope(a.scopes, first, end, Scope.Quoted)) return 'quoted';
  if (anyScope(a.scopes, first, end, Scope.Reported)) return 'reported';
  if (supposedFromOutside(a.scopes, first, end)) return 'supposed';
  if (negatedFromOutside(a.scopes, first, end)) return 'negated';
  return 'said';
}

export { sentenceOf };

/** A class that a form requires beside it may share the hit's negation (« ce n'est pas sérieux de votre part »), not a quotation. */
function present(s: Stance): boolean {
  return s === 'said' || s === 'negated' || s === 'supposed';
}

/** True when class `name` matches in tokens [from, to) with a stance `ok` accepts. */
export function classIn(a: ProseAnalysis, name: string, from: number, to: number, skipFrom = -1, skipTo = -1, ok?: (s: Stance) => boolean): boolean {
  const c = a.memo.engine.classId(name);
  return c >= 0 && classIdIn(a, c, from, to, skipFrom, skipTo, ok);
}

/** The same, by class id: only the tokens where the class matches are looked at. */
export function classIdIn(a: ProseAnalysis, c: number, from: number, to: number, skipFrom = -1, skipTo = -1, ok?: (s: Stance) => boolean, keep?: (t: number, e: number) => boolean): boolean {
  const { memo } = a;
  const starts = memo.matchesOf(c);
  if (!starts) {
    for (let t = from; t < to; t++) {
      if (t >= skipFrom && t < skipTo) continue;
      const e = memo.endOf(c, t);
      if (e > t && e <= to && (!keep || keep(t, e)) && (!ok || ok(stanceOf(a, t, e)))) return true;
    }
    return false;
  }
  // The first match at or after `from`, then each match before `to`.
  for (let i = firstAtOrAfter(starts, from); i < starts.length && starts[i] < to; i++) {
    const t = starts[i];
    if (t >= skipFrom && t < skipTo) continue;
    const e = memo.endOf(c, t);
    if (e > t && e <= to && (!keep || keep(t, e)) && (!ok || ok(stanceOf(a, t, e)))) return true;
  }
  return false;
}

/** The first token in [from, to) where class c matches (one search in the class's matches), or -1. */
export function nextClassStart(a: ProseAnalysis, c: number, from: number, to: number): number {
  const { memo } = a;
  if (c < 0) return -1;
  const matches = memo.matchesOf(c);
  if (!matches) {
    for (let t = from; t < to; t++) if (memo.endOf(c, t) > t) return t;
    return -1;
  }
  const i = firstAtOrAfter(matches, from);
  return i < matches.length && matches[i] < to ? matches[i] : -1;
}

/** The sentence, or the clause, around tokens [first, end). */
export function windowAround(a: ProseAnalysis, first: number, end: number, within: 'clause' | 'sentence'): [number, number] {
  const s = a.sentences[a.sentenceIndex[first]];
  if (!s) return [first, end];
  if (within === 'sentence') return [s.first, s.last + 1];
  return clauseWindow(a, s, first, end);
}

/** From the start of the clause of token `first` to the end of the clause of token `end - 1`, within sentence s. */
export function clauseWindow(a: ProseAnalysis, s: Sentence, first: number, end: number): [number, number] {
  const c = a.scopes.clause;
  // Precomputed inside the sentence: no walk over the clause per hit.
  let from = first;
  if (first >= s.first && first <= s.last) from = a.scopes.clauseFirst[first];
  else while (from - 1 >= s.first && c[from - 1] === c[first]) from--;
  let to = end;
  if (end - 1 >= s.first && end - 1 <= s.last) to = Math.max(end, a.scopes.clauseLast[end - 1] + 1);
  else while (to <= s.last && c[to] === c[end - 1]) to++;
  return [from, to];
}

/** Whether the context a form requires (` &@a|@b`, ` &&@a` for its clause) is present. The class may be inside the phrase itself. */
function contextOk(a: ProseAnalysis, form: { needs?: Needs; clauseNeeds?: Needs }, first: number, end: number): boolean {
  if (form.needs && !itemsIn(a, form.needs, windowAround(a, first, end, 'sentence'))) return false;
  if (form.clauseNeeds && !itemsIn(a, form.clauseNeeds, windowAround(a, first, end, 'clause'))) return false;
  return true;
}

/** Whether each item (one class of several) is present in the window. */
function itemsIn(a: ProseAnalysis, items: Needs, [from, to]: [number, number]): boolean {
  for (const item of items) {
    let found = false;
    for (const c of item) {
      if (classIdIn(a, c, from, to, -1, -1, present)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}
