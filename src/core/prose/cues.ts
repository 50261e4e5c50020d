// Scoring a sentence by cues (data/cues.ts): the information-level safety net
// under the wording entries. An entry names a construction; cues catch the
// reproach or the plea no entry names, when several of them meet in one
// sentence aimed at the reader and nothing softens them.

import type { Cue } from '../data/cues';
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

/** « un jugement, une opposition et un mot négatif » */
export function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} et ${labels[labels.length - 1]}`;
}
