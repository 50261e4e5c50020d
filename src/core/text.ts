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

/** The folded code unit of `c` (a lone surrogate is handled by the caller). */
function foldUnit(t: Uint16Array, c: number): number {
  return c < TABLE_SIZE ? (c === 0xa0 ? 0x20 : t[c]) : foldSpecial(c);
}

/**
 * Lower case, accents stripped, typographic apostrophes and spaces made ASCII,
 * with exactly the same length as `text` (lone surrogates become U+FFFD).
 * Runs of unchanged code units are copied as slices, so lower-case ASCII prose
 * costs little more than a scan, and a text with nothing to fold is returned as is.
 */
export function fold(text: string): string {
  const t = foldTable();
  const n = text.length;
  let out = '';
  let last = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || c < 0x41) continue; // lower-case ASCII letters, digits, punctuation
    let f: number;
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++; // a well-formed pair stays as it is
          continue;
        }
      }
      f = 0xfffd;
    } else f = foldUnit(t, c);
    if (f !== c) {
      out += text.slice(last, i) + String.fromCharCode(f);
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Offsets at which each line starts. Line breaks: \r\n, \n or \r. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Most texts have no bare \r: find \n with indexOf, which is much faster than a scan.
  if (text.indexOf('\r') < 0) {
    let i = text.indexOf('\n');
    while (i >= 0) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    return starts;
  }
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

export function splitLines(text: string, starts: readonly number[] = lineStarts(text)): Line[] {
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

let wordTable: Uint8Array | undefined;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Not classified yet. */
const UNKNOWN = 255;

/** 1 for a letter or digit among the first 0x3000 code units (`[\p{L}\p{N}]`), each classified the first time a text holds it. */
function wordChars(): Uint8Array {
  wordTable ??= new Uint8Array(0x3000).fill(UNKNOWN);
  return wordTable;
}

/** The table's value for code unit `c` (below the table's size). */
function wordChar(table: Uint8Array, c: number): number {
  const v = table[c];
  return v !== UNKNOWN ? v : (table[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0);
}

/** Length (1 or 2 code units) of the letter or digit at `i` in `text.slice(0, stop)`, or 0; for code units past the table. */
function wordCharPastTable(text: string, i: number, stop: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    if (i + 1 >= stop) return 0;
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return LETTER_OR_DIGIT.test(text[i]) ? 1 : 0;
}

function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2011;
}

/**
 * Number of matches of `WORD` in `text.slice(start, end)`, without a regular
 * expression: one scan with a lookup table (several times faster on long texts).
 */
export function countWords(text: string, start = 0, end = text.length): number {
  const table = wordChars();
  const size = table.length;
  const stop = Math.min(end, text.length);
  let n = 0;
  let inWord = false;
  let i = Math.max(0, start);
  while (i < stop) {
    const c = text.charCodeAt(i);
    const w = c < size ? wordChar(table, c) : wordCharPastTable(text, i, stop);
    if (w > 0) {
      if (!inWord) n++;
      inWord = true;
      i += w;
      continue;
    }
    // An apostrophe or hyphen between two letters keeps the word going (« aujourd'hui », « peut-être »).
    if (inWord && i + 1 < stop && isJoiner(c)) {
      const d = text.charCodeAt(i + 1);
      const w2 = d < size ? wordChar(table, d) : wordCharPastTable(text, i + 1, stop);
      if (w2 > 0) {
        i += 1 + w2;
        continue;
      }
    }
    inWord = false;
    i++;
  }
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
 * Letters and digits of Latin text, without the `u` flag: a subset of
 * `[\p{L}\p{N}]`. A regular expression without the `u` flag runs about twice
 * as fast over long texts; hits are then checked against the full Unicode
 * classes, so the result is the same as with `wholeWords`.
 */
const LATIN_WORD_CHAR = '0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
/** Splits a `phraseSource` output into atoms: an escaped or plain character, `\\s+`, `'\\s?`, or an optional `(?:…)?`. */
function sourceAtoms(src: string): string[] {
  const atoms: string[] = [];
  let i = 0;
  while (i < src.length) {
    let len = 1;
    if (src.startsWith('\\s+', i)) len = 3;
    else if (src.startsWith("'\\s?", i)) len = 4;
    else if (src.startsWith('(?:', i)) {
      let j = i + 3;
      while (j < src.length && src[j] !== ')') j += src[j] === '\\' ? 2 : 1;
      len = j + 2 - i; // through ')?'
    } else if (src[i] === '\\') len = 2;
    atoms.push(src.slice(i, i + len));
    i += len;
  }
  return atoms;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/** One alternation of many sources with common prefixes factored out, so the engine tries each prefix once. */
function trieSource(sources: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const src of sources) {
    let node = root;
    for (const atom of sourceAtoms(src)) {
      let child = node.next.get(atom);
      if (!child) node.next.set(atom, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alts = [...node.next].map(([atom, child]) => atom + emit(child));
    if (alts.length === 0) return '';
    if (node.end) return `(?:${alts.join('|')})?`;
    return alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
  };
  return emit(root) || '(?!)';
}

/**
 * Matches many phrase entries in one pass over folded text. Each entry owns a
 * capturing group; the regular expressions are compiled on first use, not at
 * load time (compiling hundreds of phrases costs milliseconds). Hits are
 * whole words in the Unicode sense, as with `wholeWords`.
 *
 * How: a scanner finds where some phrase may start (every phrase in one trie,
 * no `u` flag, Latin word boundaries: several times faster than the plain
 * alternation); at each such place, the exact expression (one group per entry
 * that may start with that character, Unicode boundaries, sticky) says which
 * entry matches, if any. The result is the same as running one group per entry
 * with `wholeWords` over the whole text.
 */
export class PhraseMatcher<T extends { forms: readonly string[] }> {
  private scanner: RegExp | undefined;
  /** Sources of each entry's forms, and the entries that may start with a given code unit. */
  private sources: string[][] = [];
  private byFirst = new Map<string, { exact: RegExp; entries: T[] }>();
  private anyFirst: number[] = [];
  private firstOf: Map<string, number[]> = new Map();
  constructor(private readonly entries: readonly T[]) {}

  private compile(): RegExp {
    this.sources = this.entries.map((e) => e.forms.map(phraseSource));
    this.sources.forEach((forms, i) => {
      for (const src of forms) {
        const a = sourceAtoms(src)[0] ?? '';
        if (a.length === 1 || (a.length === 2 && a[0] === '\\')) {
          const c = a[a.length - 1];
          const list = this.firstOf.get(c) ?? [];
          if (list[list.length - 1] !== i) list.push(i);
          this.firstOf.set(c, list);
        } else if (a.startsWith("'")) {
          const list = this.firstOf.get("'") ?? [];
          if (list[list.length - 1] !== i) list.push(i);
          this.firstOf.set("'", list);
        } else this.anyFirst.push(i);
      }
    });
    try {
      return new RegExp(`(?<![${LATIN_WORD_CHAR}])(?:${trieSource(this.sources.flat())})(?![${LATIN_WORD_CHAR}])`, 'g');
    } catch {
      return new RegExp(wholeWords(this.sources.map((f) => `(?:${f.join('|')})`).join('|') || '(?!)'), 'gu');
    }
  }

  /** The exact expression (one group per entry, Unicode boundaries, sticky) for the entries that may start with `c`. */
  private exactFor(c: string): { exact: RegExp; entries: T[] } {
    let e = this.byFirst.get(c);
    if (!e) {
      const ids = [...new Set([...(this.firstOf.get(c) ?? []), ...this.anyFirst])].sort((a, b) => a - b);
      const body = ids.map((i) => `(${this.sources[i].join('|')})`).join('|') || '(?!)';
      e = { exact: new RegExp(wholeWords(body), 'uy'), entries: ids.map((i) => this.entries[i]) };
      this.byFirst.set(c, e);
    }
    return e;
  }

  /** All hits in `folded.slice(from, to)`, offsets into `folded`. */
  *matches(folded: string, from = 0, to = folded.length): Generator<PhraseHit<T>> {
    if (this.entries.length === 0) return;
    this.scanner ??= this.compile();
    const scan = this.scanner;
    const slice = from === 0 && to === folded.length ? folded : folded.slice(from, to);
    scan.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = scan.exec(slice)) !== null) {
      const start = c.index;
      let m: RegExpExecArray | null = null;
      let entries: T[] = [];
      if (!splitsPair(slice, start)) {
        const e = this.exactFor(slice[start]);
        e.exact.lastIndex = start;
        m = e.exact.exec(slice);
        entries = e.entries;
      }
      if (m === null || m[0].length === 0) {
        scan.lastIndex = start + 1;
        continue;
      }
      scan.lastIndex = start + m[0].length;
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      yield { entry: entries[g - 1], start: from + start, end: from + start + m[0].length };
    }
  }
}

/** True when offset `i` falls between the two halves of a surrogate pair. */
function splitsPair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const a = s.charCodeAt(i - 1);
  const b = s.charCodeAt(i);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}
