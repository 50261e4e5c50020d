// A deliberately small front matter reader. Boomerang's front matter is a flat
// list of `clé: valeur` lines, so instead of a full YAML engine (large, and open
// to alias bombs) it reads exactly that and names everything else it meets as a
// problem. It never throws and runs in linear time.

import { splitLines, type Line } from './text';

export interface FrontMatterField {
  key: string;
  value: string;
  /** Offsets of the whole `key: value` line. */
  lineStart: number;
  lineEnd: number;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

export interface FrontMatterProblem {
  start: number;
  end: number;
  message: string;
}

export interface FrontMatter {
  /** Offsets of the block, delimiters included. */
  start: number;
  end: number;
  /** Where the body starts (the line after the closing delimiter). */
  bodyStart: number;
  /** Offset at which a new field can be inserted (start of the closing delimiter line). */
  insertAt: number;
  closed: boolean;
  fields: Map<string, FrontMatterField>;
  problems: FrontMatterProblem[];
}

const OPEN = /^\uFEFF?---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*/;
/** More lines than this cannot be a hand-written header. */
const MAX_LINES = 200;

/** Reads the front matter at the top of `text`, or returns undefined when there is none. */
export function parseFrontMatter(text: string, lines: Line[] = splitLines(text)): FrontMatter | undefined {
  if (lines.length === 0 || !OPEN.test(lines[0].text)) return undefined;
  const problems: FrontMatterProblem[] = [];
  const fields = new Map<string, FrontMatterField>();
  let closeLine: Line | undefined;
  const limit = Math.min(lines.length, MAX_LINES + 1);
  for (let i = 1; i < limit; i++) {
    if (CLOSE.test(lines[i].text)) {
      closeLine = lines[i];
      break;
    }
  }
  let lastField = 0;
  const contentEnd = closeLine ? closeLine.index : limit;
  for (let i = 1; i < contentEnd; i++) {
    const line = lines[i];
    const raw = line.text;
    if (raw.trim() === '' || /^\s*#/.test(raw)) continue;
    if (/^[ \t]/.test(raw)) {
      if (!closeLine) break;
      problems.push({
        start: line.start,
        end: line.end,
        message: "Valeur imbriquée non prise en charge dans l'en-tête : écrivez une clé par ligne, sans indentation (« clé: valeur »).",
      });
      continue;
    }
    const m = readField(raw);
    if (!m) {
      if (!closeLine) break; // unclosed header: it ends at the first line that is not a field
      problems.push({
        start: line.start,
        end: line.end,
        message: "Ligne illisible dans l'en-tête : attendu « clé: valeur » (par exemple « canal: mail »).",
      });
      continue;
    }
    lastField = i;
    const key = m.key;
    let value = m.value ?? '';
    let valueStart = m.value === undefined ? line.end : line.start + m.valueStart;
    const problem = valueProblem(value);
    if (problem) {
      problems.push({ start: line.start, end: line.end, message: problem });
      continue;
    }
    // Strip quotes, or an end-of-line comment on a plain value.
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) {
      value = quoted[2];
      valueStart += 1;
    } else {
      const hash = value.search(/\s#/);
      if (hash >= 0) value = value.slice(0, hash).trimEnd();
    }
    const keyStart = line.start + raw.indexOf(key);
    if (fields.has(key)) {
      problems.push({
        start: keyStart,
        end: keyStart + key.length,
        message: `La clé « ${key} » apparaît deux fois dans l'en-tête : gardez-en une seule.`,
      });
      continue;
    }
    fields.set(key, {
      key,
      value,
      lineStart: line.start,
      lineEnd: line.end,
      keyStart,
      keyEnd: keyStart + key.length,
      valueStart,
      valueEnd: valueStart + value.length,
    });
  }
  if (!closeLine) {
    const endLine = lines[lastField];
    problems.unshift({
      start: lines[0].start,
      end: lines[0].end,
      message: "L'en-tête ouvert par « --- » n'est jamais fermé : ajoutez une ligne « --- » après les champs.",
    });
    const bodyStart = lastField + 1 < lines.length ? lines[lastField + 1].start : text.length;
    return {
      start: 0,
      end: endLine.end,
      bodyStart,
      insertAt: bodyStart,
      closed: false,
      fields,
      problems,
    };
  }
  const bodyStart = closeLine.index + 1 < lines.length ? lines[closeLine.index + 1].start : text.length;
  return { start: 0, end: closeLine.end, bodyStart, insertAt: closeLine.start, closed: true, fields, problems };
}

const isBlank = (c: string) => c === ' ' || c === '\t';

/**
 * `key: value` (the value may be empty; blanks around it are not part of it).
 * Read by hand: a pattern such as `:[ \t]+(.*?)[ \t]*$` backtracks in
 * quadratic time on a long run of blanks followed by a character.
 */
function readField(raw: string): { key: string; value?: string; valueStart: number } | undefined {
  const k = KEY.exec(raw);
  if (!k) return undefined;
  let i = k[0].length;
  while (i < raw.length && isBlank(raw[i])) i++;
  if (raw[i] !== ':') return undefined;
  i++;
  let end = raw.length;
  while (end > i && isBlank(raw[end - 1])) end--;
  if (end === i) return { key: k[0], valueStart: raw.length };
  if (!isBlank(raw[i])) return undefined; // `clé:valeur` is not YAML
  while (isBlank(raw[i])) i++;
  return { key: k[0], value: raw.slice(i, end), valueStart: i };
}

function valueProblem(value: string): string | undefined {
  if (/^[&*]/.test(value)) {
    return "Ancres et alias YAML (« & », « * ») non pris en charge dans l'en-tête : écrivez la valeur en entier.";
  }
  if (/^[|>][-+0-9]*$/.test(value)) {
    return "Texte sur plusieurs lignes non pris en charge dans l'en-tête : écrivez la valeur sur une seule ligne.";
  }
  if (/^[[{]/.test(value)) {
    return "Listes et objets non pris en charge dans l'en-tête : une seule valeur par clé.";
  }
  if (/^["']/.test(value) && !/^(["']).*\1$/.test(value)) {
    return "Guillemet non fermé dans l'en-tête.";
  }
  return undefined;
}
