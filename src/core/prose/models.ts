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

/**
 * Tokens a model does not read: words between quotation marks (several words, or after a reporting verb) are someone
 * else's, not the writer's tone (« Vous m'avez dit « revenez quand vous aurez un an de terrain » : c'est noté »). A scare-
 * quoted word stays (« ce « retour » »): the quotes are the writer's. `bits` are the analysis's scope bits per token.
 */
export interface Unread {
  bits: Uint8Array;
  mask: number;
}

/** Calls `visit` with each word, pair of neighbouring words and the opening word of tokens [first, last], and the tokens it spans. */
function forEachFeature(toks: Tokens, first: number, last: number, visit: (name: string, from: number, to: number) => void, unread?: Unread): void {
  let opened = false;
  let prev: string | undefined;
  let prevAt = -1;
  for (let k = first; k <= last; k++) {
    // No pair across a quotation: the words on each side are not neighbours in the writer's sentence.
    if (unread && unread.bits[k] & unread.mask) {
      prev = undefined;
      continue;
    }
    const u = unit(toks, k);
    if (u === undefined) continue;
    if (!opened) visit(`^${u}`, k, k);
    opened = true;
    visit(u, k, k);
    if (prev !== undefined) visit(`${prev} ${u}`, prevAt, k);
    prev = u;
    prevAt = k;
  }
}

/** The words, the pairs of neighbouring words and the opening word of tokens [first, last] (the same at training and at run time). */
export function features(toks: Tokens, first: number, last: number, unread?: Unread): Feature[] {
  const out: Feature[] = [];
  forEachFeature(toks, first, last, (name, from, to) => out.push({ name, from, to }), unread);
  return out;
}

const FNV_OFFSET = 0x811c9dc5;

/** The FNV-1a hash `h` continued over the char codes of s[from, to). */
function mix(h: number, s: string, from = 0, to = s.length): number {
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}

/**
 * A model's weights as an open-addressing hash table over the text itself
 * (`feature<TAB>weight` lines): built in one pass at first use, with no string
 * cut per feature, so that the first analysis does not pay tens of
 * milliseconds to fill a Map of thirty thousand keys.
 */
export class WeightTable {
  private readonly text: string;
  private readonly mask: number;
  /** Start and end (exclusive) of each slot's feature in `text`, -1 when the slot is empty. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly values: Float64Array;
  readonly size: number;

  constructor(text: string) {
    this.text = text;
    if (text.charCodeAt(0) === SLOTTED) {
      // Laid out at build time (`slotWeights`): line j is slot j, an empty line an empty slot. No hashing, and each weight
      // is read from its line the first time a sentence holds its feature.
      const header = text.indexOf('\n');
      const cap = Number(text.slice(1, header));
      this.mask = cap - 1;
      this.starts = new Int32Array(cap).fill(-1);
      this.ends = new Int32Array(cap);
      this.values = new Float64Array(cap).fill(NaN);
      let size = 0;
      let i = header + 1;
      for (let slot = 0; slot < cap && i <= text.length; slot++) {
        let e = text.indexOf('\n', i);
        if (e < 0) e = text.length;
        if (e > i) {
          this.starts[slot] = i;
          this.ends[slot] = text.lastIndexOf('\t', e);
          size++;
        }
        i = e + 1;
      }
      this.size = size;
      return;
    }
    let lines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    let cap = 16;
    while (cap < 2 * (lines + 1)) cap *= 2;
    this.mask = cap - 1;
    this.starts = new Int32Array(cap).fill(-1);
    this.ends = new Int32Array(cap);
    this.values = new Float64Array(cap);
    let size = 0;
    for (let i = 0; i < text.length; ) {
      let e = text.indexOf('\n', i);
      if (e < 0) e = text.length;
      const tab = text.lastIndexOf('\t', e);
      if (tab > i) {
        let slot = mix(FNV_OFFSET, text, i, tab) & this.mask;
        while (this.starts[slot] >= 0) slot = (slot + 1) & this.mask;
        this.starts[slot] = i;
        this.ends[slot] = tab;
        this.values[slot] = Number(text.slice(tab + 1, e));
        size++;
      }
      i = e + 1;
    }
    this.size = size;
  }

  /** The weights as `slotWeights` lays them out: each feature on the line of its slot. */
  slotted(): string {
    const lines: string[] = [];
    for (let slot = 0; slot <= this.mask; slot++) lines.push(this.starts[slot] < 0 ? '' : `${this.name(slot)}\t${this.weight(slot)}`);
    return `${String.fromCharCode(SLOTTED)}${this.mask + 1}\n${lines.join('\n')}`;
  }

  private marks: Int32Array | undefined;
  private stamp = 0;

  /** A new mark for `first`: each slot counts once per mark (a sentence's distinct features). */
  nextMark(): number {
    this.marks ??= new Int32Array(this.starts.length);
    if (++this.stamp === 0x7fffffff) {
      this.marks.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  /** True the first time a slot is seen under a mark. */
  first(slot: number, mark: number): boolean {
    const marks = this.marks as Int32Array;
    if (marks[slot] === mark) return false;
    marks[slot] = mark;
    return true;
  }

  /**
   * The slot of feature `a` (with `open`, « ^a », the opening word), or of the pair « a b », or -1: hashed and
   * compared piece by piece, so that no feature string is built.
   */
  find(a: string, b?: string, open = false): number {
    let h = mix(open ? mix(FNV_OFFSET, '^') : FNV_OFFSET, a);
    if (b !== undefined) h = mix(mix(h, ' '), b);
    const length = (open ? 1 : 0) + a.length + (b === undefined ? 0 : 1 + b.length);
    const { text, starts, ends } = this;
    for (let slot = h & this.mask; starts[slot] >= 0; slot = (slot + 1) & this.mask) {
      let p = starts[slot];
      if (ends[slot] - p !== length) continue;
      if (open && text.charCodeAt(p++) !== 0x5e) continue;
      let k = 0;
      while (k < a.length && text.charCodeAt(p + k) === a.charCodeAt(k)) k++;
      if (k < a.length) continue;
      if (b !== undefined) {
        p += a.length;
        if (text.charCodeAt(p++) !== 0x20) continue;
        k = 0;
        while (k < b.length && text.charCodeAt(p + k) === b.charCodeAt(k)) k++;
        if (k < b.length) continue;
      }
      return slot;
    }
    return -1;
  }

  /** The weight in a slot. */
  weight(slot: number): number {
    let v = this.values[slot];
    if (v !== v) {
      const tab = this.ends[slot];
      let e = this.text.indexOf('\n', tab);
      if (e < 0) e = this.text.length;
      v = this.values[slot] = Number(this.text.slice(tab + 1, e));
    }
    return v;
  }

  /** The feature in a slot, as its text. */
  name(slot: number): string {
    return this.text.slice(this.starts[slot], this.ends[slot]);
  }

  /** The weight of a feature written out (« je suppose », « ^bon »), or undefined: the same lookup as `find`. */
  get(f: string): number | undefined {
    const slot = this.find(f);
    return slot < 0 ? undefined : this.weight(slot);
  }
}

/** The first character of weights laid out by slot (a header line `\u0001<capacity>`). */
const SLOTTED = 1;

/**
 * A model's weights (`feature<TAB>weight` lines) laid out by the slot each feature takes in the table: done by the build
 * (scripts/wording-plugin.mjs), so that the first analysis reads the table without hashing thirty thousand features.
 */
export function slotWeights(text: string): string {
  return text.charCodeAt(0) === SLOTTED ? text : new WeightTable(text).slotted();
}

const tables = new Map<ModelName, WeightTable>();

/** A model's weights, decoded on first use. */
function modelWeights(name: ModelName): WeightTable {
  let w = tables.get(name);
  if (!w) {
    w = new WeightTable(WORDING_MODELS[name].weights);
    tables.set(name, w);
  }
  return w;
}

export interface ModelScore {
  /** Log-likelihood ratio of « bad » over « fine », summed over the sentence's distinct features. */
  score: number;
  /** The features that weigh most toward « bad » (2 or more), strongest first, at most two, not overlapping. */
  strongest: Feature[];
}

/** The score of tokens [first, last] under a model: one lookup per word and pair, no string built but for the strongest features. */
export function modelScore(name: ModelName, toks: Tokens, first: number, last: number, unread?: Unread): ModelScore {
  const w = modelWeights(name);
  const mark = w.nextMark();
  let score = 0;
  let positive: { slot: number; from: number; to: number; w: number }[] | undefined;
  const take = (slot: number, from: number, to: number, open: boolean) => {
    if (slot < 0 || !w.first(slot, mark)) return;
    const x = w.weight(slot);
    score += x;
    if (x >= 2 && !open) (positive ??= []).push({ slot, from, to, w: x });
  };
  let prev: string | undefined;
  let prevAt = -1;
  let opened = false;
  for (let k = first; k <= last; k++) {
    if (unread && unread.bits[k] & unread.mask) {
      prev = undefined;
      continue;
    }
    const u = unit(toks, k);
    if (u === undefined) continue;
    if (!opened) take(w.find(u, undefined, true), k, k, true);
    opened = true;
    take(w.find(u), k, k, false);
    if (prev !== undefined) take(w.find(prev, u), prevAt, k, false);
    prev = u;
    prevAt = k;
  }
  const strongest: Feature[] = [];
  if (positive) {
    positive.sort((p, q) => q.w - p.w);
    for (const p of positive) {
      if (strongest.length === 2) break;
      if (strongest.some((s) => p.from <= s.to && s.from <= p.to)) continue;
      strongest.push({ name: w.name(p.slot), from: p.from, to: p.to });
    }
  }
  return { score, strongest };
}

/** Sentence s's score when it reaches the model's threshold (fewer than four words is too little to judge), else undefined. */
export function modelFlags(name: ModelName, toks: Tokens, s: Sentence, unread?: Unread): ModelScore | undefined {
  let words = 0;
  for (let k = s.first; k <= s.last && words < 4; k++) if (toks.kind[k] === Kind.Word && !(unread && unread.bits[k] & unread.mask)) words++;
  if (words < 4) return undefined;
  const r = modelScore(name, toks, s.first, s.last, unread);
  return r.score >= WORDING_MODELS[name].threshold ? r : undefined;
}

/** The words a finding quotes as those that weigh most (« « je suppose que », « visiblement » »), or ''. */
export function strongestWords(text: string, toks: Tokens, r: ModelScore): string {
  const words = r.strongest.map((f) => `« ${text.slice(toks.start[f.from], toks.end[f.to])} »`);
  return words.length > 0 ? ` (${words.join(', ')})` : '';
}
