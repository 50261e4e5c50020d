// Scoring a sentence by cues (data/cues.ts): the information-level safety net
// under the wording entries. An entry names a construction; cues catch the
// reproach or the plea no entry names, when several of them meet in one
// sentence aimed at the reader and nothing softens them.

import type { Combination, Cue } from '../data/cues';
import type { Stance } from '../data/expression';
import { classIdIn, isReadSentence, nextClassStart, type ProseAnalysis } from './analysis';

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

/**
 * Scores each body sentence that mentions one of `targets` by its cues minus its softeners. With `turn` (a class
 * of the lexicon: « même si », « bien que », « mais »), the clause from the first turn to the sentence's end is
 * also scored on its own, and the sentence keeps the higher score: thanks or acceptance granted before the turn
 * do not soften what follows it (« Je vous remercie, même si votre entretien tenait de l'interrogatoire »).
 */
export function scoreSentences(a: ProseAnalysis, targets: readonly string[], cues: readonly Cue[], softeners: readonly Cue[], turn?: string): CueScore[] {
  const out: CueScore[] = [];
  // Class ids looked up once, not once per sentence.
  const engine = a.memo.engine;
  const targetIds = targets.map((c) => engine.classId(c));
  const cueIds = cues.map((c) => engine.classId(c.cls));
  const softenerIds = softeners.map((c) => engine.classId(c.cls));
  const turnId = turn ? engine.classId(turn) : -1;
  for (let i = 0; i < a.sentences.length; i++) {
    if (a.parts[i] !== 'body') continue;
    const s = a.sentences[i];
    if (s.first < a.checkedFirst || s.first >= a.checkedEnd) continue;
    const whole = scoreSpan(a, s.first, s.last + 1, targetIds, cues, cueIds, softeners, softenerIds);
    const t = turnId >= 0 ? nextClassStart(a, turnId, s.first + 1, s.last + 1) : -1;
    // The clause after the turn, the turn's own words left out (« même » is not an insistence); it outweighs the
    // sentence only with a strong cue of its own (a judgement, a failing), not a refusal named calmly (« même si la
    // réponse est négative »).
    // The clause's target may be a pronoun for one named before the turn (« Je respecte votre décision, même si je la
    // trouve absurde »): a sentence aimed at the reader aims its tail too.
    const tail = t > s.first ? scoreSpan(a, a.memo.endOf(turnId, t), s.last + 1, targetIds, cues, cueIds, softeners, softenerIds, whole !== undefined) : undefined;
    const best = tail && tail.strong && (!whole || tail.score > whole.score) ? tail : whole;
    if (best) out.push({ sentence: i, score: best.score, labels: best.labels });
  }
  return out;
}

/** The score of tokens [from, to), or undefined when they mention none of the targets. */
function scoreSpan(a: ProseAnalysis, from: number, to: number, targetIds: readonly number[], cues: readonly Cue[], cueIds: readonly number[], softeners: readonly Cue[], softenerIds: readonly number[], aimedBefore = false): { score: number; labels: string[]; strong: boolean } | undefined {
  if (targetIds.length > 0 && !aimedBefore) {
    // A loop, not `some` with a closure: one closure per sentence on a draft of 500,000 sentences.
    let aimed = false;
    for (let k = 0; k < targetIds.length && !aimed; k++) aimed = present(a, targetIds[k], from, to);
    if (!aimed) return undefined;
  }
  let score = 0;
  let strong = false;
  const labels: string[] = [];
  for (let k = 0; k < cues.length; k++) {
    if (!present(a, cueIds[k], from, to)) continue;
    score += cues[k].weight;
    if (cues[k].weight >= 2) strong = true;
    if (!labels.includes(cues[k].label)) labels.push(cues[k].label);
  }
  for (let k = 0; k < softeners.length; k++) if (present(a, softenerIds[k], from, to)) score -= softeners[k].weight;
  return { score, labels, strong };
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
  const engine = a.memo.engine;
  // The first combination met in each sentence, by sentence: only the sentences holding an anchor are read.
  const met = new Map<number, Combination>();
  for (const x of list) {
    const anchor = engine.classId(x.anchor);
    if (anchor < 0) continue;
    const sets = x.with.map((set) => set.map((c) => engine.classId(c)));
    const without = (x.without ?? []).map((c) => engine.classId(c));
    let last = -1;
    for (const t of anchorTokens(a, anchor)) {
      const i = a.sentenceIndex[t];
      if (i === last) continue;
      last = i;
      if (met.has(i) || !isReadSentence(a, i)) continue;
      const s = a.sentences[i];
      if (!classIdIn(a, anchor, s.first, s.last + 1, -1, -1, saidOnly)) continue;
      const wide = x.window === 'neighbours';
      const from = wide && isReadSentence(a, i - 1) ? a.sentences[i - 1].first : s.first;
      const to = wide && isReadSentence(a, i + 1) ? a.sentences[i + 1].last + 1 : s.last + 1;
      let found = false;
      for (const set of sets) {
        let all = true;
        for (const c of set) if (!present(a, c, from, to)) all = false;
        if (all) found = true;
      }
      if (!found) continue;
      let undone = false;
      for (const c of without) if (present(a, c, s.first, s.last + 1)) undone = true;
      if (!undone) met.set(i, x);
    }
  }
  return [...met.entries()].sort((p, q) => p[0] - q[0]).map(([sentence, combination]) => ({ sentence, combination }));
}

/** The tokens where class c matches, in order: the memo's list, or every token when the class may start anywhere. */
function anchorTokens(a: ProseAnalysis, c: number): Iterable<number> {
  const known = a.memo.matchesOf(c);
  if (known) return known;
  const out: number[] = [];
  for (let t = 0; t < a.toks.count; t++) if (a.memo.endOf(c, t) > t) out.push(t);
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
  // Matches counted sentence by sentence from the class's own list: only sentences holding a cost are read.
  let sentence = -1;
  let n = 0;
  let end = -1;
  const close = (): void => {
    if (sentence < 0 || n < min) return;
    const s = a.sentences[sentence];
    if (!isReadSentence(a, sentence)) return;
    // « Les trois entretiens et les deux tests m'ont beaucoup appris »: the same figures, told as a gain.
    for (const k of soft) if (present(a, k, s.first, s.last + 1)) return;
    // « Trois entretiens et un test technique, je ne pensais pas être aussi stressé !? J'ai beaucoup appris. »: the gain told in the next sentence.
    const next = a.sentences[sentence + 1];
    if (next && isReadSentence(a, sentence + 1) && a.parts[sentence + 1] === a.parts[sentence]) for (const k of soft) if (present(a, k, next.first, next.last + 1)) return;
    out.push(sentence);
  };
  for (const t of anchorTokens(a, c)) {
    const i = a.sentenceIndex[t];
    if (i !== sentence) {
      close();
      sentence = i;
      n = 0;
      end = -1;
    }
    if (t < end) continue;
    const e = a.memo.endOf(c, t);
    if (e <= t || !present(a, c, t, e)) continue;
    n++;
    end = e;
  }
  close();
  return out;
}

/** « un jugement, une opposition et un mot négatif » */
export function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} et ${labels[labels.length - 1]}`;
}
