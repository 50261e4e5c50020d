// Quick fixes and message wording shared by the rules (not a rule itself):
// quoting the matched words before an explanation, « Supprimer la phrase ».
import { fold } from './text';
import type { Fix } from './types';

/** Folded explanations: a rule quotes a hit with one of a few explanations, thousands of times on a long draft. */
const foldedExplanations = new Map<string, string>();

/** « words » : explanation — unless the explanation already opens with those words. */
export function quoteThen(explanation: string, quoted: string): string {
  let folded = foldedExplanations.get(explanation);
  if (folded === undefined) {
    // The explanations are the wording data's and the user's messages: a bounded set, but bounded here too.
    if (foldedExplanations.size >= 1024) foldedExplanations.clear();
    folded = fold(explanation);
    foldedExplanations.set(explanation, folded);
  }
  // An explanation that does not open with « cannot open with the quote: no need to fold the quote.
  return folded.startsWith('« ') && folded.startsWith(fold(`« ${quoted}`)) ? explanation : `« ${quoted} » : ${explanation}`;
}

/**
 * « Supprimer la phrase »: removes the sentence [start, end) and the spaces after
 * it, or its whole line (line break included) when it stands alone on it.
 */
export function deleteSentence(text: string, start: number, end: number): Fix {
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  // Back over the blanks before the sentence only (never the whole line: a 1 MB line with a hit per
  // sentence would make that quadratic): the sentence is alone on its line when they reach a line start.
  let lineStart = start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  const alone = (lineStart === 0 || text[lineStart - 1] === '\n' || text[lineStart - 1] === '\r') && (end === text.length || text[end] === '\n' || text[end] === '\r');
  if (alone) {
    start = lineStart;
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
  }
  return { title: 'Supprimer la phrase', edits: [{ start, end, newText: '' }] };
}

/** Parts of [start, end) that are prose: the range minus the excluded ranges (comments, code, quotes, directives). */
export function proseSegments(start: number, end: number, excluded: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const lo = firstOverlap(start, end, excluded);
  // Nothing excluded there (the usual case): the range itself.
  if (lo < 0) return start < end ? [{ start, end }] : [];
  const out: { start: number; end: number }[] = [];
  let pos = start;
  for (let i = lo; i < excluded.length && excluded[i].start < end; i++) {
    const r = excluded[i];
    if (r.start > pos) out.push({ start: pos, end: r.start });
    pos = Math.max(pos, r.end);
  }
  if (pos < end) out.push({ start: pos, end });
  return out.filter((s) => s.end > s.start);
}

/** Index of the first excluded range that starts before `end` and ends after `start` (sorted ranges: a binary search), or -1. */
function firstOverlap(start: number, end: number, excluded: readonly { start: number; end: number }[]): number {
  let lo = 0;
  let hi = excluded.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (excluded[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < excluded.length && excluded[lo].start < end ? lo : -1;
}

/**
 * « Supprimer la phrase » that never touches what is not prose: an inline
 * comment, a directive or a code span inside the sentence stays byte for byte;
 * only the prose around it goes.
 */
export function deleteProseSentence(text: string, start: number, end: number, excluded: readonly { start: number; end: number }[]): Fix {
  const segments = proseSegments(start, end, excluded);
  if (segments.length === 1 && segments[0].start === start && segments[0].end === end) return deleteSentence(text, start, end);
  return { title: 'Supprimer la phrase', edits: segments.map((s) => ({ start: s.start, end: s.end, newText: '' })) };
}

/** « Remplacer la phrase par … », keeping what is not prose inside it. */
export function replaceProseSentence(start: number, end: number, newText: string, excluded: readonly { start: number; end: number }[]): Fix {
  const segments = proseSegments(start, end, excluded);
  const edits = segments.map((s, i) => ({ start: s.start, end: s.end, newText: i === 0 ? newText : '' }));
  return { title: `Remplacer la phrase par « ${newText} »`, edits };
}

/** True when [start, end) holds text that is not prose. */
export function coversExcluded(start: number, end: number, excluded: readonly { start: number; end: number }[]): boolean {
  if (start < end && firstOverlap(start, end, excluded) < 0) return false;
  const s = proseSegments(start, end, excluded);
  return s.length !== 1 || s[0].start !== start || s[0].end !== end;
}
