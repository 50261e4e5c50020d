// A model of tone learned from writing, beside the wording lists: the lists
// name what a reader resents, the model weighs how a sentence is worded. It
// is a naive Bayes score over the words and the pairs of neighbouring words
// of one sentence (folded, numbers as `#`), trained by `npm run tone-model`
// on the labelled single sentences of test/corpus/sentences (the bad tone
// ones against the good ones), the body sentences of the corpus's good drafts
// and neutral French prose. A word list fails on the next wording; the model
// reads the wording's neighbours (« je suppose que », « visiblement »,
// « pas grand-chose », « comme moi ») whatever the sentence says them about.
// It only ever advises (information): it cannot say why a sentence stings,
// only which of its words usually do.
//
// Pure and linear: one pass over the sentence's tokens, one map lookup per
// word and per pair.

import { TONE_MODEL } from '../data/toneModel.generated';
import type { Sentence } from './sentences';
import { Kind, type Tokens } from './tokens';

/** Punctuation that carries tone (a question, an exclamation, suspension, quotation marks). */
const TONE_PUNCT = new Set(['!', '?', '…', '«', '»', '"', '?!', '!?', '...']);

/** The token as the model reads it, or undefined for a token it skips. */
function unit(toks: Tokens, k: number): string | undefined {
  const kind = toks.kind[k];
  if (kind === Kind.Word) return toks.norm[k];
  if (kind === Kind.Number) return '#';
  if (kind === Kind.Emoji) return toks.norm[k];
  if (kind === Kind.Punct && TONE_PUNCT.has(toks.norm[k])) return toks.norm[k];
  return undefined;
}

/** A feature of tokens [first, last] and the tokens it spans. */
export interface Feature {
  name: string;
  from: number;
  to: number;
}

/** Calls `visit` with each word, pair of neighbouring words and the opening word of tokens [first, last], and the tokens it spans. */
function forEachFeature(toks: Tokens, first: number, last: number, visit: (name: string, from: number, to: number) => void): void {
  let prev: string | undefined;
  let prevAt = -1;
  for (let k = first; k <= last; k++) {
    const u = unit(toks, k);
    if (u === undefined) continue;
    if (prev === undefined) visit(`^${u}`, k, k);
    visit(u, k, k);
    if (prev !== undefined) visit(`${prev} ${u}`, prevAt, k);
    prev = u;
    prevAt = k;
  }
}

/** The words, the pairs of neighbouring words and the opening word of tokens [first, last] (the same at training and at run time). */
export function features(toks: Tokens, first: number, last: number): Feature[] {
  const out: Feature[] = [];
  forEachFeature(toks, first, last, (name, from, to) => out.push({ name, from, to }));
  return out;
}

let weights: Map<string, number> | undefined;

/** The model's weights, decoded on first use (`feature<TAB>weight` lines). */
function modelWeights(): Map<string, number> {
  if (!weights) {
    weights = new Map();
    for (const line of TONE_MODEL.weights.split('\n')) {
      const tab = line.lastIndexOf('\t');
      if (tab > 0) weights.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
  }
  return weights;
}

export interface ToneScore {
  /** Log-likelihood ratio of « resented » over « fine », summed over the sentence's distinct features. */
  score: number;
  /** The features that weigh most toward « resented » (2 or more), strongest first, at most two, not overlapping. */
  strongest: Feature[];
}

/** The score of tokens [first, last]: one map lookup per distinct feature, no object but for the strongest ones. */
export function toneScore(toks: Tokens, first: number, last: number): ToneScore {
  const w = modelWeights();
  const seen = new Set<string>();
  let score = 0;
  const positive: { f: Feature; w: number }[] = [];
  forEachFeature(toks, first, last, (name, from, to) => {
    if (seen.has(name)) return;
    seen.add(name);
    const x = w.get(name);
    if (x === undefined) return;
    score += x;
    if (x >= 2 && name.charCodeAt(0) !== 0x5e) positive.push({ f: { name, from, to }, w: x });
  });
  positive.sort((p, q) => q.w - p.w);
  const strongest: Feature[] = [];
  for (const p of positive) {
    if (strongest.length === 2) break;
    if (strongest.some((s) => p.f.from <= s.to && s.from <= p.f.to)) continue;
    strongest.push(p.f);
  }
  return { score, strongest };
}

/** Whether sentence s scores above the model's threshold (fewer than four words is too little to judge). */
export function toneFlagged(toks: Tokens, s: Sentence): ToneScore | undefined {
  let words = 0;
  for (let k = s.first; k <= s.last && words < 4; k++) if (toks.kind[k] === Kind.Word) words++;
  if (words < 4) return undefined;
  const r = toneScore(toks, s.first, s.last);
  return r.score >= TONE_MODEL.threshold ? r : undefined;
}

export const TONE_THRESHOLD = TONE_MODEL.threshold;
