// Scoring a sentence by cues (data/cues.ts): the information-level safety net
// under the wording entries. An entry names a construction; cues catch the
// reproach or the plea no entry names, when several of them meet in one
// sentence aimed at the reader and nothing softens them.

import type { Combination, Cue } from '../data/cues';
import type { Stance } from '../data/expression';
import { classIdIn, type ProseAnalysis } from './analysis';

export interface CueScore {
  sentence: number;
  score: number;
  /** The French labels of the cues found, in order, without repeats. */
  labels: string[];
}

/** Said or denied, not quoted, reported or supposed. */
function counts(st: Stance): boolean {
  return st !== 'quoted' && st !== 'reported' && st !== 'supposed';
}

/** Classes present in a sentence, once each (a class counts once however often it occurs), said or denied, not quoted; `c` is the class id (-1: absent from the program). */
function present(a: ProseAnalysis, c: number, from: number, to: number): boolean {
  return c >= 0 && classIdIn(a, c, from, to, -1, -1, counts);
}

/** Scores each body sentence that mentions one of `targets` by its cues minus its softeners. */
export function scoreSentences(a: ProseAnalysis, targets: readonly string[], cues: readonly Cue[], softeners: readonly Cue[]): CueScore[] {
  const out: CueScore[] = [];
  // Class ids looked up once, not once per sentence.
  const engine = a.memo.engine;
  const targetIds = targets.map((c) => engine.classId(c));
  const cueIds = cues.map((c) => engine.classId(c.cls));
  const softenerIds = softeners.map((c) => engine.classId(c.cls));
  for (let i = 0; i < a.sentences.length; i++) {
    if (a.parts[i] !== 'body') continue;
    const s = a.sentences[i];
    if (s.first < a.checkedFirst || s.first >= a.checkedEnd) continue;
    const from = s.first;
    const to = s.last + 1;
    if (targetIds.length > 0) {
      // A loop, not `some` with a closure: one closure per sentence on a draft of 500,000 sentences.
      let aimed = false;
      for (let k = 0; k < targetIds.length && !aimed; k++) aimed = present(a, targetIds[k], from, to);
      if (!aimed) continue;
    }
    let score = 0;
    const labels: string[] = [];
    for (let k = 0; k < cues.length; k++) {
      if (!present(a, cueIds[k], from, to)) continue;
      score += cues[k].weight;
      if (!labels.includes(cues[k].label)) labels.push(cues[k].label);
    }
    for (let k = 0; k < softeners.length; k++) if (present(a, softenerIds[k], from, to)) score -= softeners[k].weight;
    out.push({ sentence: i, score, labels });
  }
  return out;
}

export interface CombinationHit {
  /** The sentence holding the anchor. */
  sentence: number;
  combination: Combination;
}

const saidOnly = (st: Stance): boolean => st === 'said';

/**
 * Body sentences where a combination of data/cues.ts meets: its anchor said in the sentence, one of its `with`
 * sets all present in its window (the sentence, or it and its neighbours), none of its `without` classes in the
 * sentence. One hit per sentence (the first combination that meets). Each sentence is read with its two
 * neighbours at most: linear in the draft.
 */
export function combinations(a: ProseAnalysis, list: readonly Combination[]): CombinationHit[] {
  const out: CombinationHit[] = [];
  const engine = a.memo.engine;
  const ids = list.map((x) => ({
    anchor: engine.classId(x.anchor),
    with: x.with.map((set) => set.map((c) => engine.classId(c))),
    without: (x.without ?? []).map((c) => engine.classId(c)),
  }));
  const inBody = (i: number): boolean => {
    if (i < 0 || i >= a.sentences.length || a.parts[i] !== 'body') return false;
    const s = a.sentences[i];
    return s.first >= a.checkedFirst && s.first < a.checkedEnd;
  };
  for (let i = 0; i < a.sentences.length; i++) {
    if (!inBody(i)) continue;
    const s = a.sentences[i];
    for (let k = 0; k < list.length; k++) {
      const id = ids[k];
      if (!(id.anchor >= 0 && classIdIn(a, id.anchor, s.first, s.last + 1, -1, -1, saidOnly))) continue;
      const wide = list[k].window === 'neighbours';
      const from = wide && inBody(i - 1) ? a.sentences[i - 1].first : s.first;
      const to = wide && inBody(i + 1) ? a.sentences[i + 1].last + 1 : s.last + 1;
      let met = false;
      for (const set of id.with) {
        let all = true;
        for (const c of set) if (!present(a, c, from, to)) all = false;
        if (all) met = true;
      }
      if (!met) continue;
      let undone = false;
      for (const c of id.without) if (present(a, c, s.first, s.last + 1)) undone = true;
      if (undone) continue;
      out.push({ sentence: i, combination: list[k] });
      break;
    }
  }
  return out;
}

/**
 * Body sentences holding at least `min` matches of class `cls` that do not overlap, said or denied, not quoted
 * (an inventory of costs), unless one of `softeners` is there too. One pass over each sentence's tokens: linear in the draft.
 */
export function inventories(a: ProseAnalysis, cls: string, min: number, softeners: readonly string[] = []): number[] {
  const out: number[] = [];
  const c = a.memo.engine.classId(cls);
  if (c < 0) return out;
  const soft = softeners.map((x) => a.memo.engine.classId(x));
  for (let i = 0; i < a.sentences.length; i++) {
    if (a.parts[i] !== 'body' && a.parts[i] !== 'postscript') continue;
    const s = a.sentences[i];
    if ((s.first < a.checkedFirst || s.first >= a.checkedEnd) && a.parts[i] !== 'postscript') continue;
    let n = 0;
    for (let t = s.first; t <= s.last && n < min; t++) {
      const e = a.memo.endOf(c, t);
      if (e <= t || !present(a, c, t, e)) continue;
      n++;
      t = e - 1;
    }
    if (n < min) continue;
    // « Les trois entretiens et les deux tests m'ont beaucoup appris »: the same figures, told as a gain.
    let softened = false;
    for (const k of soft) if (present(a, k, s.first, s.last + 1)) softened = true;
    if (!softened) out.push(i);
  }
  return out;
}

/** « un jugement, une opposition et un mot négatif » */
export function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} et ${labels[labels.length - 1]}`;
}
