// Text primitives for French prose. Everything here keeps offsets aligned with
// the original string: folding maps each UTF-16 code unit to exactly one code
// unit, so a match found in the folded text is a range of the original text.

const TABLE_SIZE = 0x250; // Basic Latin, Latin-1, Latin Extended-A and -B
let table: Uint16Array | undefined;

function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    // Strip accents (first code unit of the canonical decomposition), then lower case.
    const base = String.fromCharCode(c).normalize('NFD').charAt(0).toLowerCase();
    t[c] = base.length === 1 ? base.charCodeAt(0) : c;
  }
  table = t;
  return t;
}

/** Characters outside the table that French text uses as variants of ASCII ones. */
function foldSpecial(c: number): number {
  switch (c) {
    case 0x2019: // ’ right single quotation mark, the typographic apostrophe
    case 0x2018: // ‘
    case 0x02bc: // ʼ modifier letter apostrophe
    case 0x2032: // ′
      return 0x27; // '
    case 0x00a0: // no-break space (below the table limit, kept for clarity)
    case 0x202f: // narrow no-break space, before ? ! : ; in French typography
    case 0x2009: // thin space
    case 0x2007: // figure space
      return 0x20;
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
      return 0x2d;
    case 0x2026: // … stays itself (one code unit)
    default:
      return c;
  }
}

let decoder: TextDecoder | undefined;

/**
 * Lower case, accents stripped, typographic apostrophes and spaces made ASCII,
 * with exactly the same length as `text` (lone surrogates become U+FFFD).
 */
export function fold(text: string): string {
  const t = foldTable();
  const n = text.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < TABLE_SIZE ? (c === 0xa0 ? 0x20 : t[c]) : foldSpecial(c);
  }
  decoder ??= new TextDecoder('utf-16le');
  return decoder.decode(out);
}

/** Offsets at which each line starts. Line breaks: \r\n, \n or \r. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** A line of the text: [start, end) without its line break. */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const starts = lineStarts(text);
  const lines: Line[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    let end = i + 1 < starts.length ? starts[i + 1] : text.length;
    // Drop the line break itself.
    if (end > start && text.charCodeAt(end - 1) === 10) end--;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    lines.push({ index: i, start, end, text: text.slice(start, end) });
  }
  return lines;
}

/** 0-based line and UTF-16 column of an offset, given `lineStarts(text)`. */
export function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - starts[lo] };
}

/** A word: letters or digits, with inner apostrophes and hyphens (« aujourd'hui », « peut-être »). */
export const WORD = /[\p{L}\p{N}]+(?:['’\-‑][\p{L}\p{N}]+)*/gu;

export function countWords(text: string, start = 0, end = text.length): number {
  WORD.lastIndex = 0;
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  let n = 0;
  while (WORD.exec(slice) !== null) n++;
  return n;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

export function escapeRegExp(s: string): string {
  return s.replace(REGEX_SPECIAL, '\\$&');
}

/**
 * Turns a human-written French phrase into a regular expression source that
 * matches it in *folded* text: case and accents are folded away, any run of
 * spaces or line breaks matches any other, both apostrophes match, and a
 * bracketed tail such as `désolé[e][s]` makes letters optional (gender and
 * number). The source has no capturing groups and no nested quantifiers, so
 * it cannot backtrack catastrophically.
 */
export function phraseSource(phrase: string): string {
  const folded = fold(phrase.trim());
  let out = '';
  let i = 0;
  while (i < folded.length) {
    const c = folded[i];
    if (c === '[') {
      const close = folded.indexOf(']', i + 1);
      if (close > i + 1) {
        out += `(?:${escapeRegExp(folded.slice(i + 1, close))})?`;
        i = close + 1;
        continue;
      }
    }
    if (/\s/.test(c)) {
      while (i < folded.length && /\s/.test(folded[i])) i++;
      out += '\\s+';
      continue;
    }
    if (c === "'") {
      out += "'\\s?";
      i++;
      continue;
    }
    out += escapeRegExp(c);
    i++;
  }
  return out;
}

/** Wraps a source so that it only matches whole words (Unicode-aware, unlike `\b`). */
export function wholeWords(source: string): string {
  return `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
}

export interface PhraseHit<T> {
  entry: T;
  start: number;
  end: number;
}

/**
 * Matches many phrase entries in one pass over folded text. Each entry owns a
 * capturing group; the regular expression is compiled on first use, not at
 * load time (compiling hundreds of phrases costs milliseconds).
 */
export class PhraseMatcher<T extends { forms: readonly string[] }> {
  private regex: RegExp | undefined;
  constructor(private readonly entries: readonly T[]) {}

  private compile(): RegExp {
    const groups = this.entries.map((e) => `(${e.forms.map(phraseSource).join('|')})`);
    return new RegExp(wholeWords(groups.join('|') || '(?!)'), 'gu');
  }

  /** All hits in `folded.slice(from, to)`, offsets into `folded`. */
  *matches(folded: string, from = 0, to = folded.length): Generator<PhraseHit<T>> {
    if (this.entries.length === 0) return;
    this.regex ??= this.compile();
    const re = this.regex;
    const slice = from === 0 && to === folded.length ? folded : folded.slice(from, to);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      yield { entry: this.entries[g - 1], start: from + m.index, end: from + m.index + m[0].length };
    }
  }
}
