// Models of wording learned from writing, beside the wording lists: the lists
// name what a reader resents, the models weigh how a sentence is worded. Each
// model (`ton`, `contestation`) is a naive Bayes score over the words, the
// pairs of neighbouring words and the opening word of one sentence (folded,
// numbers as `#`), trained by `npm run models` on the labelled single
// sentences of test/corpus/sentences (the bad ones of its category against
// the good ones), the body sentences of the corpus's good drafts and neutral
// French prose. A word list fails on the next wording; a model reads the
// wording's neighbours (« je suppose que », « visiblement », « pas
// grand-chose », « mon dossier était ») whatever the sentence says them about.
// It only ever advises (information): it cannot say why a sentence stings,
// only which of its words usually do.
//
// Pure and linear: one pass over the sentence's tokens, one map lookup per
// distinct word and pair.

import { WORDING_MODELS } from '../data/models.generated';
import type { Sentence } from './sentences';
import { Kind, type Tokens } from './tokens';

export type ModelName = keyof typeof WORDING_MODELS;

/** Punctuation that carries tone (a question, an exclamation, suspension, quotation marks). */
const TONE_PUNCT = new Set(['!', '?', '…', '«', '»', '"', '?!', '!?', '...']);

/** The token as the models read it, or undefined for a token they skip. */
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

const weights = new Map<ModelName, Map<string, number>>();

/** A model's weights, decoded on first use (`feature<TAB>weight` lines). */
function modelWeights(name: ModelName): Map<string, number> {
  let w = weights.get(name);
  if (!w) {
    w = new Map();
    for (const line of WORDING_MODELS[name].weights.split('\n')) {
      const tab = line.lastIndexOf('\t');
      if (tab > 0) w.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    weights.set(name, w);
  }
  return w;
}

export interface ModelScore {
  /** Log-likelihood ratio of « bad » over « fine », summed over the sentence's distinct features. */
  score: number;
  /** The features that weigh most toward « bad » (2 or more), strongest first, at most two, not overlapping. */
  strongest: Feature[];
}

/** The score of tokens [first, last] under a model: one map lookup per distinct feature, no object but for the strongest ones. */
export function modelScore(name: ModelName, toks: Tokens, first: number, last: number): ModelScore {
  const w = modelWeights(name);
  const seen = new Set<string>();
  let score = 0;
  const positive: { f: Feature; w: number }[] = [];
  forEachFeature(toks, first, last, (feature, from, to) => {
    if (seen.has(feature)) return;
    seen.add(feature);
    const x = w.get(feature);
    if (x === undefined) return;
    score += x;
    if (x >= 2 && feature.charCodeAt(0) !== 0x5e) positive.push({ f: { name: feature, from, to }, w: x });
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

/** Sentence s's score when it reaches the model's threshold (fewer than four words is too little to judge), else undefined. */
export function modelFlags(name: ModelName, toks: Tokens, s: Sentence): ModelScore | undefined {
  let words = 0;
  for (let k = s.first; k <= s.last && words < 4; k++) if (toks.kind[k] === Kind.Word) words++;
  if (words < 4) return undefined;
  const r = modelScore(name, toks, s.first, s.last);
  return r.score >= WORDING_MODELS[name].threshold ? r : undefined;
}

/** The words a finding quotes as those that weigh most (« « je suppose que », « visiblement » »), or ''. */
export function strongestWords(text: string, toks: Tokens, r: ModelScore): string {
  const words = r.strongest.map((f) => `« ${text.slice(toks.start[f.from], toks.end[f.to])} »`);
  return words.length > 0 ? ` (${words.join(', ')})` : '';
}
