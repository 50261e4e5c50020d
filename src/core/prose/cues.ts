// Scoring a sentence by cues (data/cues.ts): the information-level safety net
// under the wording entries. An entry names a construction; cues catch the
// reproach or the plea no entry names, when several of them meet in one
// sentence aimed at the reader and nothing softens them.

import type { Cue } from '../data/cues';
import { classIn, type ProseAnalysis } from './analysis';

export interface CueScore {
  sentence: number;
  score: number;
  /** The French labels of the cues found, in order, without repeats. */
  labels: string[];
}

/** Classes present in a sentence, once each (a class counts once however often it occurs), said or denied, not quoted. */
function present(a: ProseAnalysis, cls: string, from: number, to: number): boolean {
  return classIn(a, cls, from, to, -1, -1, (st) => st !== 'quoted' && st !== 'reported' && st !== 'supposed');
}

/** Scores each body sentence that mentions one of `targets` by its cues minus its softeners. */
export function scoreSentences(a: ProseAnalysis, targets: readonly string[], cues: readonly Cue[], softeners: readonly Cue[]): CueScore[] {
  const out: CueScore[] = [];
  for (let i = 0; i < a.sentences.length; i++) {
    if (a.parts[i] !== 'body') continue;
    const s = a.sentences[i];
    if (s.first < a.checkedFirst || s.first >= a.checkedEnd) continue;
    const from = s.first;
    const to = s.last + 1;
    if (targets.length > 0 && !targets.some((c) => present(a, c, from, to))) continue;
    let score = 0;
    const labels: string[] = [];
    for (const c of cues) {
      if (!present(a, c.cls, from, to)) continue;
      score += c.weight;
      if (!labels.includes(c.label)) labels.push(c.label);
    }
    for (const c of softeners) if (present(a, c.cls, from, to)) score -= c.weight;
    out.push({ sentence: i, score, labels });
  }
  return out;
}

/** « un jugement, une opposition et un mot négatif » */
export function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} et ${labels[labels.length - 1]}`;
}
