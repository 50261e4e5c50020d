// Tokens of French prose, with offsets into the original text. One linear scan
// over the folded, masked prose (see draft.ts): words, numbers, punctuation and
// emoji, each with the folded form that lexicons and patterns look up, and
// flags about the line it sits on (start of a line, of a paragraph, of a list
// item) and how it joins the previous token (hyphen, elision).
//
// Elision: « j'ai » is two tokens, `j'` and `ai`; « aujourd'hui » stays one.
// Hyphens split (« avez-vous » is `avez`, `vous` with JoinedByHyphen), so that
// « avez-vous » and « avez vous » read the same.

import { NOT_JE, SHORTHAND } from '../data/shorthand';
import { unicodeClass } from '../unicode';

export const enum Kind {
  Word = 1,
  Number = 2,
  Punct = 3,
  Emoji = 4,
  /** A list marker at the start of a line: `-`, `*`, `•`, `1.`, `a)`. */
  ListMarker = 5,
  /** A web address or an e-mail address, one token. */
  Url = 6,
}

export const enum Flag {
  /** First token of its line. */
  LineStart = 1,
  /** First token after a blank line (or of the analysed range). */
  ParagraphStart = 2,
  /** First token of a list item (after its marker). */
  ItemStart = 4,
  /** Joined to the previous token by a hyphen (« avez-vous »). */
  HyphenBefore = 8,
  /** An elided word ending with an apostrophe (`j'`, `l'`, `qu'`). */
  Elided = 16,
  /** The original word starts with a capital letter. */
  Capital = 32,
  /** The original word has two or more letters, all capitals. */
  AllCaps = 64,
  /** No space between this token and the previous one. */
  Glued = 128,
}

/** The tokens as parallel arrays, `count` long (typed arrays: a 1 MB draft has a million tokens). */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** `Kind` of each token. */
  kind: Uint8Array;
  /** Folded form: lower case, no accents, ASCII apostrophe (`j'`, `aujourd'hui`, `!!`, `…`). */
  norm: string[];
  /** `Flag`s of each token. */
  flags: Uint8Array;
}

/** Growable storage of the numeric columns while tokenizing. */
class Columns {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
  }
  grow(): void {
    const n = this.start.length * 2;
    const start = new Int32Array(n);
    start.set(this.start);
    const end = new Int32Array(n);
    end.set(this.end);
    const kind = new Uint8Array(n);
    kind.set(this.kind);
    const flags = new Uint8Array(n);
    flags.set(this.flags);
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.flags = flags;
  }
}

/** Words that elide before a vowel (folded): `j'`, `l'`, `qu'`, `jusqu'`… */
const ELIDING = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu']);

let wordTable: Uint8Array | undefined;

/** Not classified yet. */
const UNKNOWN = 255;

/**
 * 1 for letters, 2 for digits, 0 for anything else, among the first 0x3000
 * code units; each code unit is classified the first time a text holds it (a
 * French draft uses a hundred of them: classifying all of them up front costs
 * milliseconds at the first analysis).
 */
function table(): Uint8Array {
  wordTable ??= new Uint8Array(0x3000).fill(UNKNOWN);
  return wordTable;
}

function classify(c: number): number {
  if (c >= 0x30 && c <= 0x39) return 2;
  // A letter, a number or a mark (`[\p{L}\p{N}\p{M}]`).
  return c < 0xd800 && unicodeClass(c) !== 4 ? 1 : 0;
}

/** 1 letter, 2 digit, 0 other, for the code unit at `i` (surrogate pairs: letters of other planes count as letters). */
function classAt(s: string, i: number, t: Uint8Array): number {
  const c = s.charCodeAt(i);
  if (c < 0x3000) {
    const v = t[c];
    return v !== UNKNOWN ? v : (t[c] = classify(c));
  }
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  if (c >= 0xfe00 && c <= 0xfe0f) return 0;
  return unicodeClass(c) !== 4 ? 1 : 0;
}

function isEmojiStart(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd83c && c <= 0xd83e) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      let n = 2;
      // Skin tones, variation selectors and zero-width joiner sequences stay in one emoji.
      for (;;) {
        const e = s.charCodeAt(i + n);
        if (e === 0xfe0f) n++;
        else if (e === 0xd83c && s.charCodeAt(i + n + 1) >= 0xdffb && s.charCodeAt(i + n + 1) <= 0xdfff) n += 2;
        else if (e === 0x200d && s.charCodeAt(i + n + 1) >= 0xd83c && s.charCodeAt(i + n + 1) <= 0xd83e) n += 3;
        else break;
      }
      return n;
    }
    return 0;
  }
  if ((c >= 0x2600 && c <= 0x27bf) || c === 0x2764 || c === 0x263a) return s.charCodeAt(i + 1) === 0xfe0f ? 2 : 1;
  return 0;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x200b || c === 0xfeff || c === 12 || c === 11;
}

/** Punctuation that repeats as one token (`!!!`, `?!`, `...`). */
function isRepeatable(c: number): boolean {
  return c === 33 || c === 63 || c === 46;
}

/** `-`, `*`, `+`, `•`, `–`, `—`, `·`, `▪`, `►` as list markers. */
function isBullet(c: number): boolean {
  return c === 45 || c === 42 || c === 43 || c === 0x2022 || c === 0x2013 || c === 0x2014 || c === 0xb7 || c === 0x25aa || c === 0x25ba || c === 0x2023 || c === 0x2043;
}

/**
 * Tokenizes `prose.slice(from, to)` (folded and masked, same length as `text`).
 * `text` gives the original letters for the capital flags. Linear in the range.
 */
export function tokenize(text: string, prose: string, from = 0, to = prose.length): Tokens {
  const t = table();
  let i = Math.max(0, from);
  const stop = Math.min(to, prose.length);
  // Prose has about one token per five characters; the columns double when that is short.
  const cols = new Columns(Math.max(16, (stop - i) >> 2));
  const norms: string[] = [];
  let count = 0;
  let lineStart = true;
  let paragraphStart = true;
  let blankLine = false;
  let prevEnd = -1;
  let pendingHyphen = false;
  const mail: MailScan = { failedUntil: -1 };
  const push = (s: number, e: number, kind: Kind, norm: string, flags: number) => {
    if (lineStart) flags |= Flag.LineStart;
    if (paragraphStart) flags |= Flag.ParagraphStart;
    if (pendingHyphen) flags |= Flag.HyphenBefore;
    if (prevEnd === s) flags |= Flag.Glued;
    if (count === cols.start.length) cols.grow();
    cols.start[count] = s;
    cols.end[count] = e;
    cols.kind[count] = kind;
    cols.flags[count] = flags;
    norms.push(norm);
    count++;
    lineStart = false;
    paragraphStart = false;
    pendingHyphen = false;
    prevEnd = e;
  };
  while (i < stop) {
    const c = prose.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (lineStart) blankLine = true;
      lineStart = true;
      if (blankLine) paragraphStart = true;
      pendingHyphen = false;
      i += c === 13 && prose.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    blankLine = false;
    // A list marker: a bullet or `1.` / `1)` / `a)` at the start of a line, followed by a space.
    if (lineStart) {
      let m = 0;
      if (isBullet(c) && isSpace(prose.charCodeAt(i + 1))) m = 1;
      else {
        let j = i;
        while (j < stop && j - i < 3 && classAt(prose, j, t) === 2) j++;
        if (j === i && j < stop && classAt(prose, j, t) === 1 && j + 1 < stop && prose.charCodeAt(j + 1) === 41) j++;
        if (j > i && (prose.charCodeAt(j) === 46 || prose.charCodeAt(j) === 41) && isSpace(prose.charCodeAt(j + 1))) m = j + 1 - i;
      }
      if (m > 0) {
        push(i, i + m, Kind.ListMarker, prose.slice(i, i + m), 0);
        // The item's first token gets ItemStart.
        i += m;
        while (i < stop && isSpace(prose.charCodeAt(i))) i++;
        if (i < stop && prose.charCodeAt(i) !== 10 && prose.charCodeAt(i) !== 13) {
          const before = count;
          i = scanOne(text, prose, i, stop, t, push, mail);
          if (count > before) cols.flags[before] |= Flag.ItemStart;
        }
        continue;
      }
    }
    if (c === 45 /* - */ || c === 0x2010 || c === 0x2011) {
      // A hyphen between two words joins them; otherwise it is punctuation.
      const prev = i > 0 ? classAt(prose, i - 1, t) : 0;
      const next = i + 1 < stop ? classAt(prose, i + 1, t) : 0;
      if (prev > 0 && next > 0 && prevEnd === i) {
        pendingHyphen = true;
        i++;
        continue;
      }
    }
    i = scanOne(text, prose, i, stop, t, push, mail);
  }
  return { count, start: cols.start.slice(0, count), end: cols.end.slice(0, count), kind: cols.kind.slice(0, count), norm: norms, flags: cols.flags.slice(0, count) };
}

type Push = (s: number, e: number, kind: Kind, norm: string, flags: number) => void;

const CONSONANT = /^[bcdfghklmnpqrstvwxz]/;

let shorthandMap: Map<string, readonly string[]> | undefined;
/** The shorthand table as a map (built once). */
function shorthand(): Map<string, readonly string[]> {
  shorthandMap ??= new Map(Object.entries(SHORTHAND).map(([k, v]) => [k, v.words]));
  return shorthandMap;
}

/**
 * Pushes a word, read through phone shorthand (data/shorthand.ts): « msg » is
 * the word « message »; « jsp » is three words sharing the span of the
 * original (one letter each, the last one takes the rest), like an elision's
 * two; « j » glued to a consonant (« jvous », « jpasserai ») is « je » and
 * the rest. A capitalised word (a name, a sentence start) is left as typed.
 */
function pushWord(push: Push, i: number, j: number, w: string, flags: number): void {
  // A sentence typed on a phone starts with a capital all the same (« Jsuis sûr que… », « Cest dommage »): a capital
  // initial reads the table's words and « j » glued to a common verb; a whole word in capitals is an acronym, left as typed.
  const capital = (flags & Flag.Capital) !== 0;
  if (!(flags & Flag.AllCaps)) {
    // « merci pr votre réponse »: « pr » is « pour » in lower case; « Pr Morel » is a professor.
    if (w === 'pr' && !capital) {
      push(i, j, Kind.Word, 'pour', flags);
      return;
    }
    const alias = shorthand().get(w);
    if (alias && alias.length <= j - i) {
      for (let k = 0; k < alias.length; k++) push(i + k, k === alias.length - 1 ? j : i + k + 1, Kind.Word, alias[k], (k === 0 ? flags : 0) | (alias[k].endsWith("'") ? Flag.Elided : 0));
      return;
    }
    if (w.charCodeAt(0) === 106 /* j */ && w.length >= 3 && CONSONANT.test(w.slice(1, 2)) && /[aeiouy]/.test(w.slice(1)) && !NOT_JE.has(w) && (!capital || CAPITAL_JE.has(w.slice(1)))) {
      push(i, i + 1, Kind.Word, 'je', flags);
      push(i + 1, j, Kind.Word, w.slice(1), 0);
      return;
    }
  }
  push(i, j, Kind.Word, w, flags);
}

/** « les points a, b, c et d », « taille m ou l »: a letter before « et » or « ou » is a label, not an elision. */
const LISTED_NEXT = /^(?:et|ou)(?![a-z])/;

/** Whether the word at i follows a number across spaces (« 3 m en hauteur », « 3  m »): a unit, not an elision. */
function afterNumber(prose: string, i: number, t: Uint8Array): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 8 && prose.charCodeAt(k) === 32) k--;
  return k < i - 1 && k >= 0 && classAt(prose, k, t) === 2;
}

/** Words after which a lone « c » or « g » opens a clause (« mais c pas grave », « bah g vu », « merci c sympa »). */
const PHONE_LETTER_AFTER = new Set(['mais', 'et', 'ok', 'okay', 'donc', 'bon', 'bah', 'ben', 'merci', 'car', 'que', 'qui', 'quand', 'qd', 'comme', 'si', 'oui', 'non', 'nan', 'ouais', 'lol', 'mdr', 'ptdr', 'enfin', 'bref', 'franchement', 'vraiment', 'juste', 'hein', 'alors', 'moi', 'toi', 'perso', 'jsp', 'tkt', 'pcq', 'pck', 'parce', 'sinon', 'voila', 'genre', 'apres', 'serieux', 'fait', 'ca', 'cela', 'ouf', 'dommage', 'pourtant', 'puisque', 'vu', 'la', 'quoi']);
/** What may follow « c » read as « c'est » besides a word: « c pas », « c nul »; never a word that makes « c » elide (« c est »). */
const C_ELIDES = new Set(['est', 'etait', 'etaient', 'es']);

/**
 * « c pas grave », « mais g vu l'annonce »: one lower-case « c » or « g » alone, before a lower-case word, after the start of
 * a line or sentence, a comma, or a word that opens a clause (PHONE_LETTER_AFTER), is « c'est » or « j'ai » typed short. A
 * capital (« catégorie C »), a unit (« 3 g »), a label in a list (« a, b, c et d ») or « c est » (an elision) is not.
 */
function phoneLetter(text: string, prose: string, i: number, t: Uint8Array): boolean {
  const c = text.charCodeAt(i);
  if ((c !== 99 && c !== 103) || prose.charCodeAt(i + 1) !== 32) return false;
  const n = text.charCodeAt(i + 2);
  if (!(n >= 97 && n <= 122) && !(n >= 0xe0 && n <= 0xff)) return false;
  let e = i + 2;
  while (classAt(prose, e, t) === 1) e++;
  if (e - (i + 2) < 2 || LISTED_NEXT.test(prose.slice(i + 2, i + 5)) || (c === 99 && C_ELIDES.has(prose.slice(i + 2, e)))) return false;
  let k = i - 1;
  while (k >= 0 && prose.charCodeAt(k) === 32) k--;
  if (k < 0) return true;
  const p = prose.charCodeAt(k);
  if (p === 10 || p === 13 || p === 46 || p === 33 || p === 63 || p === 0x2026 || p === 58) return true;
  if (p === 44) return !labelBefore(prose, k, t);
  if (classAt(prose, k, t) !== 1) return false;
  let b = k;
  while (b > 0 && classAt(prose, b - 1, t) === 1) b--;
  const w = prose.slice(b, k + 1);
  // « les questions b et c portent », « les points f et g sont »: a letter after a label and « et » / « ou » is one more label.
  if ((w === 'et' || w === 'ou') && labelBefore(prose, b - 1, t)) return false;
  return k - b < 12 && PHONE_LETTER_AFTER.has(w);
}

/** Whether the word ending before offset `k` (spaces, then one separator skipped) is a single letter: a label (« a, b », « b et »). */
function labelBefore(prose: string, k: number, t: Uint8Array): boolean {
  let j = k;
  if (j >= 0 && prose.charCodeAt(j) === 44) j--;
  while (j >= 0 && prose.charCodeAt(j) === 32) j--;
  return j >= 0 && classAt(prose, j, t) === 1 && (j === 0 || classAt(prose, j - 1, t) !== 1);
}

/** Heads that elide when typed with a space instead of the apostrophe (« j ai », « l equipe », « qu il »). */
const SPACED_ELISIONS = new Set(['j', 'l', 'd', 'm', 'n', 's', 't', 'c', 'qu']);
/** What an elided head comes before: a vowel or « h » (folded text). */
const ELIDED_START = /^[aeiouyh]$/;

/** Verbs after a capital « J » glued to them (« Jsuis », « Jpense »): a name seldom starts that way. */
const CAPITAL_JE = new Set(['suis', 'sais', 'vais', 'veux', 'peux', 'pense', 'crois', 'comprends', 'trouve', 'reste', 'prends', 'dois', 'voulais', 'pensais', 'croyais', 'savais', 'serai', 'ferai', 'passe', 'passerai', 'vous', 'te', 'me', 'le', 'la', 'les']);

/**
 * What one tokenize call remembers of its failed e-mail scans: the scan from a
 * word start runs over the run of address characters up to its end, and every
 * later start inside that run reaches the same end and fails the same way, so
 * a start below `failedUntil` is no address (without it a hyphen chain
 * « a-a-a-… » rescans the rest of the chain at each word: quadratic).
 */
interface MailScan {
  failedUntil: number;
}

/** Scans one token at `i` (not a space, not a line break) and returns the offset after it. */
function scanOne(text: string, prose: string, i: number, stop: number, t: Uint8Array, push: Push, mail: MailScan): number {
  const cls = classAt(prose, i, t);
  if (cls === 2) {
    // A number: digits with inner separators (3,5 · 12.400 · 10:30 · 10h30 · 2024-118).
    let j = i + 1;
    while (j < stop) {
      const d = classAt(prose, j, t);
      if (d === 2) j++;
      else if ((prose[j] === ',' || prose[j] === '.' || prose[j] === ':' || prose[j] === 'h' || prose[j] === '/') && classAt(prose, j + 1, t) === 2) j += 2;
      else if (d === 1) j++; // 2e, 1er, 3eme, B2B
      else break;
    }
    push(i, j, Kind.Number, prose.slice(i, j), 0);
    return j;
  }
  if (cls === 1) {
    const url = urlLength(prose, i, stop, mail);
    if (url > 0) {
      push(i, i + url, Kind.Url, prose.slice(i, i + url), 0);
      return i + url;
    }
    let j = i + 1;
    while (j < stop && classAt(prose, j, t) > 0) j++;
    // Surrogate pairs of letters (rare in French) stay inside the word.
    while (j < stop) {
      const c = prose.charCodeAt(j);
      if (c === 39 /* ' */ && classAt(prose, j + 1, t) === 1) {
        const head = prose.slice(i, j);
        if (ELIDING.has(head)) {
          push(i, j + 1, Kind.Word, head + "'", Flag.Elided | capsFlags(text, i, j));
          return j + 1;
        }
        j += 2;
        while (j < stop && classAt(prose, j, t) > 0) j++;
        continue;
      }
      break;
    }
    // An elided word at the end of a line or before a space (« l' ») still elides.
    if (prose.charCodeAt(j) === 39 && ELIDING.has(prose.slice(i, j))) {
      push(i, j + 1, Kind.Word, prose.slice(i, j) + "'", Flag.Elided | capsFlags(text, i, j));
      return j + 1;
    }
    // « c pas grave », « g vu que … »: a lone « c » or « g » typed on a phone is « c'est » or « j'ai » (phoneLetter).
    if (j - i === 1 && phoneLetter(text, prose, i, t)) {
      const g = prose.charCodeAt(i) === 103;
      push(i, j, Kind.Word, g ? "j'" : "c'", Flag.Elided);
      push(i, j, Kind.Word, g ? 'ai' : 'est', 0);
      return j;
    }
    // An elision typed with a space for the apostrophe, as phones often are (« j ai lu l annonce », « c est dommage »): one
    // lower-case letter (or « qu ») before a word that starts with a vowel or « h » elides all the same; a capital (« taille
    // L ») or a unit after a number (« 3 m en hauteur ») does not. The length first: no string is cut for other words.
    if (j - i <= 2 && prose.charCodeAt(j) === 32 && SPACED_ELISIONS.has(prose.slice(i, j)) && text.charCodeAt(i) >= 97 && ELIDED_START.test(prose.charAt(j + 1)) && classAt(prose, j + 2, t) === 1 && !LISTED_NEXT.test(prose.slice(j + 1, j + 4)) && !afterNumber(prose, i, t)) {
      push(i, j, Kind.Word, prose.slice(i, j) + "'", Flag.Elided);
      return j;
    }
    pushWord(push, i, j, prose.slice(i, j), capsFlags(text, i, j));
    return j;
  }
  const e = isEmojiStart(prose, i);
  if (e > 0) {
    push(i, i + e, Kind.Emoji, prose.slice(i, i + e), 0);
    return i + e;
  }
  const c = prose.charCodeAt(i);
  if (isRepeatable(c)) {
    let j = i + 1;
    let spaced = false;
    for (; j < stop; j++) {
      const d = prose.charCodeAt(j);
      if (isRepeatable(d)) continue;
      if (isSpace(d) && isRepeatable(prose.charCodeAt(j + 1)) && prose.charCodeAt(j + 1) !== 46 && c !== 46) spaced = true;
      else break;
    }
    // « ? ! » reads as `?!`; a run without spaces is its own text (no regular expression per token).
    push(i, j, Kind.Punct, spaced ? prose.slice(i, j).replace(/\s+/g, '') : prose.slice(i, j), 0);
    return j;
  }
  // A lone surrogate or any other symbol: one code unit (two for a pair).
  const n = c >= 0xd800 && c <= 0xdbff && i + 1 < stop ? 2 : 1;
  push(i, i + n, Kind.Punct, prose.slice(i, i + n), 0);
  return i + n;
}

/** Length of a web or e-mail address at `i` (folded text), or 0. Trailing punctuation stays out. */
function urlLength(prose: string, i: number, stop: number, mail: MailScan): number {
  const c = prose.charCodeAt(i);
  const startsUrl = (c === 104 && (prose.startsWith('http://', i) || prose.startsWith('https://', i))) || (c === 119 && prose.startsWith('www.', i));
  let j = i;
  if (!startsUrl) {
    if (i < mail.failedUntil) return 0;
    // An e-mail address: letters, digits, dots, hyphens, then @, then a domain with a dot.
    while (j < stop && isMailChar(prose.charCodeAt(j), true)) j++;
    if (j === i || j >= stop || prose.charCodeAt(j) !== 64 /* @ */) {
      mail.failedUntil = j;
      return 0;
    }
    let k = j + 1;
    let dot = false;
    for (; k < stop; k++) {
      const d = prose.charCodeAt(k);
      if (!isMailChar(d, false)) break;
      if (d === 46) dot = true;
    }
    if (!dot) {
      mail.failedUntil = j;
      return 0;
    }
    j = k;
  } else {
    while (j < stop && !URL_END.has(prose.charCodeAt(j))) j++;
  }
  while (j > i && URL_TRAIL.has(prose.charCodeAt(j - 1))) j--;
  return j - i;
}

/** `[a-z0-9._%+-]` before the @ of an e-mail address, `[a-z0-9.-]` after it. */
function isMailChar(c: number, local: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45 || (local && (c === 95 || c === 37 || c === 43));
}

/** What ends a web address (`[\s<>«»"]`), and the punctuation left out of its end (`[.,;:!?)\]'’]`). */
const URL_END = new Set([...' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff<>«»"'].map((c) => c.charCodeAt(0)));
const URL_TRAIL = new Set([...".,;:!?)]'’"].map((c) => c.charCodeAt(0)));

function capsFlags(text: string, s: number, e: number): number {
  const first = text.charCodeAt(s);
  const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c === 0x152 || (c > 0x100 && c < 0x250 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
  if (!isUpper(first)) return 0;
  if (e - s < 2) return text.charCodeAt(e) === 39 || text.charCodeAt(e) === 0x2019 ? Flag.Capital | Flag.AllCaps : Flag.Capital;
  for (let k = s + 1; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 39 || c === 0x2019 || c === 45) continue;
    if (!isUpper(c) && !(c >= 48 && c <= 57)) return Flag.Capital;
  }
  return Flag.Capital | Flag.AllCaps;
}

/** Index of the first token whose start is >= `offset` (binary search). */
export function tokenAt(toks: Tokens, offset: number): number {
  let lo = 0;
  let hi = toks.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks.start[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isWord(toks: Tokens, i: number): boolean {
  return i >= 0 && i < toks.count && toks.kind[i] === Kind.Word;
}
