// Wording entries as data, and the one runner every wording rule uses: the
// entries' forms (with lexicon classes) are found in one pass over the tokens,
// then each hit is kept only if the writer says it (not denied, quoted,
// reported or supposed, unless the entry allows it), if the classes the entry
// requires appear in the same clause or sentence, and if the sentence carries
// no verifiable fact when the entry is about opinions.

import type { Severity } from '../types';
import { findHits, proseOf, stanceOf, type Hit, type ProseAnalysis, type Stance } from './analysis';
import { PatternMatcher, type PatternEntry } from './patterns';
import { Kind } from './tokens';
import { lexicon } from './analysis';

export interface WordingEntry extends PatternEntry {
  /** Stable id, unique across all families. */
  id: string;
  /** The rule that reports it. */
  rule: string;
  /** Classes that must also appear, said, in the same clause (or sentence): each item is `@a` or `@a|@b`. */
  with?: readonly string[];
  within?: 'clause' | 'sentence';
  /** Stances under which a hit counts; only 'said' by default. */
  stances?: readonly Stance[];
  /** Drop the hit when its sentence carries a verifiable fact (a number, a date, a reference, an attachment). */
  unlessFact?: boolean;
  /** Overrides the rule's severity for this entry (information for a weaker signal). */
  severity?: Severity;
  /** French, tied to the guide's checklist: why the recipient would read it badly. */
  explanation: string;
  /** Replacements for the matched words, preferred first. */
  rewrites?: readonly string[];
  /** Replacements for the whole sentence, offered after `rewrites`. */
  sentenceRewrites?: readonly string[];
  /** Offer « Supprimer la phrase ». */
  deleteSentence?: boolean;
  /** For `excuses`: an ordinary apology (late answer) is fine alone; a mild one is advice alone. */
  kind?: 'ordinary' | 'mild';
}

const matchers = new WeakMap<readonly WordingEntry[], PatternMatcher<WordingEntry>>();

/** The matcher of a list of entries (compiled once per list). */
export function matcherOf(entries: readonly WordingEntry[]): PatternMatcher<WordingEntry> {
  let m = matchers.get(entries);
  if (!m) {
    m = new PatternMatcher(entries, lexicon());
    matchers.set(entries, m);
  }
  return m;
}

/** True when a sentence carries a verifiable fact: a number (date, amount, reference) or a document. */
export function sentenceHasFact(a: ProseAnalysis, sentence: number): boolean {
  const s = a.sentences[sentence];
  if (!s) return false;
  for (let t = s.first; t <= s.last; t++) {
    if (a.toks.kind[t] === Kind.Number) return true;
    if (a.memo.end('fact', t) > t) return true;
  }
  return false;
}

/** True when class `name` matches, said, at some token of [from, to). */
export function classSaidIn(a: ProseAnalysis, name: string, from: number, to: number, skipFrom = -1, skipTo = -1): boolean {
  for (let t = from; t < to; t++) {
    if (t >= skipFrom && t < skipTo) continue;
    const e = a.memo.end(name, t);
    if (e > t && e <= to && stanceOf(a, t, e) === 'said') return true;
  }
  return false;
}

/** Token window of a hit: its clause, or its sentence. */
export function windowOf(a: ProseAnalysis, hit: { first: number; endToken: number; sentence: number }, within: 'clause' | 'sentence'): [number, number] {
  const s = a.sentences[hit.sentence];
  if (within === 'sentence') return [s.first, s.last + 1];
  const c = a.scopes.clause;
  let from = hit.first;
  while (from - 1 >= s.first && c[from - 1] === c[hit.first]) from--;
  let to = hit.endToken;
  while (to <= s.last && c[to] === c[hit.endToken - 1]) to++;
  return [from, to];
}

/** Whether a hit of an entry holds: stance, required classes, facts. */
export function entryHolds(a: ProseAnalysis, entry: WordingEntry, hit: Hit<WordingEntry>): boolean {
  const stance = stanceOf(a, hit.first, hit.endToken);
  if (!(entry.stances ?? ['said']).includes(stance)) return false;
  if (entry.with?.length) {
    const [from, to] = windowOf(a, hit, entry.within ?? 'clause');
    for (const item of entry.with) {
      const names = item.split('|').map((n) => n.trim().replace(/^@/, ''));
      if (!names.some((n) => classSaidIn(a, n, from, to, hit.first, hit.endToken))) return false;
    }
  }
  if (entry.unlessFact && sentenceHasFact(a, hit.sentence)) return false;
  return true;
}

/** The hits of a family that hold, by rule. */
export function wordingHits(a: ProseAnalysis, entries: readonly WordingEntry[]): Hit<WordingEntry>[] {
  return findHits(a, matcherOf(entries)).filter((h) => entryHolds(a, h.entry, h));
}

export { proseOf };
