// Writing one key of the header: the edit that sets `clé: valeur`, replacing
// the value when the key is there, adding a line before the closing `---`
// when it is not, and creating the whole header when the draft has none.

import { parseFrontMatter } from '../frontmatter';
import type { TextEdit } from '../types';

/** One edit (a single undo step in an editor) that sets `key: value` in the draft's header. */
export function setHeaderField(text: string, key: string, value: string): TextEdit {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const fm = parseFrontMatter(text);
  if (!fm) {
    const start = text.startsWith('\uFEFF') ? 1 : 0;
    return { start, end: start, newText: `---${eol}${key}: ${value}${eol}---${eol}` };
  }
  const field = fm.fields.get(key);
  if (field) {
    return field.value === '' && field.valueStart >= field.lineEnd
      ? { start: field.keyEnd, end: field.lineEnd, newText: `: ${value}` }
      : { start: field.valueStart, end: field.valueEnd, newText: value };
  }
  const at = fm.insertAt;
  const before = at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r' ? eol : '';
  // An unclosed header: close it after the new line, so the key is read.
  const after = fm.closed ? '' : `---${eol}`;
  return { start: at, end: at, newText: `${before}${key}: ${value}${eol}${after}` };
}
