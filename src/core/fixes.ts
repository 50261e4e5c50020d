// Quick fixes and message wording shared by the rules (not a rule itself):
// quoting the matched words before an explanation, « Supprimer la phrase ».
import { fold } from './text';
import type { Fix } from './types';

/** « words » : explanation — unless the explanation already opens with those words. */
export function quoteThen(explanation: string, quoted: string): string {
  return fold(explanation).startsWith(fold(`« ${quoted}`)) ? explanation : `« ${quoted} » : ${explanation}`;
}

/**
 * « Supprimer la phrase »: removes the sentence [start, end) and the spaces after
 * it, or its whole line (line break included) when it stands alone on it.
 */
export function deleteSentence(text: string, start: number, end: number): Fix {
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const alone = text.slice(lineStart, start).trim() === '' && (end === text.length || text[end] === '\n' || text[end] === '\r');
  if (alone) {
    start = lineStart;
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
  }
  return { title: 'Supprimer la phrase', edits: [{ start, end, newText: '' }] };
}
