// One sentence splitter for every rule and for the report, over the tokens.
// It knows French abbreviations (M., Mme, Dr, etc., n°, p. ex., réf.) and
// initials (J. Moreau), list items (each one is a sentence), paragraphs, text
// hard-wrapped by a mail client (a line break inside a sentence does not end
// it) and lines without final punctuation (an SMS: « Merci pour ton retour »
// then « Je reste dispo » on the next line are two sentences), and emoji used
// as full stops (« Merci 🙏 Je reste dispo »).

import { Flag, Kind, type Tokens } from './tokens';

export interface Sentence {
  /** Offsets of the first token's start and the last token's end. */
  start: number;
  end: number;
  /** Token indices, inclusive. */
  first: number;
  last: number;
  /** The final punctuation (`.`, `?`, `!`, `?!`, `…`) or '' when the sentence just stops. */
  terminator: string;
  /** The sentence is a list item (or starts one). */
  item: boolean;
  /** Index of its paragraph (0-based), a blank line starting a new one. */
  paragraph: number;
}

/** Folded words that a full stop follows without ending the sentence. */
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'drs', 'pr', 'me', 'mgr', 'st', 'ste', 'cf', 'ex', 'p', 'pp', 'env', 'tel', 'vol', 'ch', 'chap', 'art', 'av', 'bd', 'no', 'ref', 'refs', 'cie', 'ets', 'ste', 'fig', 'max', 'min', 'nb', 'ps', 'resp', 'dept', 'adj', 'hab', 'obs', 'coll', 'ed', 'ibid', 'op', 'cit', 'apr', 'janv', 'fevr', 'sept', 'oct', 'nov', 'dec', 'tel', 'fax', 'mob', 'port', 'cel', 'vs', 'ca', 'ie', 'eg', 'c', 'a', 'd', 'j', 'dir', 'ss', 'suiv', 'sq', 'chez', 'gal', 'cdt', 'cdlt', 'slt', 'cordt', 'etc',
]);

/** Abbreviations that often close a sentence: only a capitalised word after them starts a new one. */
const MAY_END = new Set(['etc', 'cf', 'ex']);

/** Punctuation that closes a quotation or a parenthesis and stays with the sentence before it. */
const CLOSERS = new Set(['»', '"', '”', ')', ']', "'", '’', '*', '_']);

function isTerminal(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * Splits the tokens into sentences. `breaks` are offsets where a sentence must
 * end (the end of the greeting, the start of the closing formula), sorted.
 */
export function splitSentences(toks: Tokens, breaks: readonly number[] = []): Sentence[] {
  const out: Sentence[] = [];
  const n = toks.count;
  if (n === 0) return out;
  let first = 0;
  let paragraph = 0;
  let item = (toks.flags[0] & Flag.ItemStart) !== 0 || toks.kind[0] === Kind.ListMarker;
  let b = 0;
  let lineFirst = 0; // first token of the current line
  let prevLineFirst = -1;
  const widths = paragraphWidths(toks);
  const close = (last: number, terminator: string) => {
    if (last < first) return;
    // A list marker alone is not a sentence.
    let f = first;
    while (f <= last && toks.kind[f] === Kind.ListMarker) f++;
    if (f <= last) out.push({ start: toks.start[f], end: toks.end[last], first: f, last, terminator, item, paragraph });
    first = last + 1;
    item = false;
  };
  for (let i = 0; i < n; i++) {
    const flags = toks.flags[i];
    if (flags & Flag.LineStart) {
      prevLineFirst = lineFirst;
      lineFirst = i;
    }
    // Breaks before token i.
    if (i > first) {
      let brk = false;
      while (b < breaks.length && breaks[b] <= toks.start[i]) {
        if (breaks[b] > toks.start[i - 1]) brk = true;
        b++;
      }
      if (flags & Flag.ParagraphStart) {
        brk = true;
      } else if (toks.kind[i] === Kind.ListMarker || flags & Flag.ItemStart) {
        brk = true;
      } else if (flags & Flag.LineStart && lineBreakEnds(toks, i, prevLineFirst, widths[paragraph])) {
        brk = true;
      } else if (toks.kind[i - 1] === Kind.Emoji && (flags & Flag.Capital || (flags & Flag.LineStart && toks.kind[i] !== Kind.Punct) || (toks.kind[i] === Kind.Word && AFTER_EMOJI.has(toks.norm[i])))) {
        // An emoji closing a line ends its sentence too (« il va très bien faire ça 👏⏎22 ans de maison… »).
        // « ok pour moi 👍 juste, c'était serré ? », « encore un non 😅 merci de prévenir »: typed in lower case, the emoji still ends the sentence.
        brk = true;
      }
      if (brk) close(i - 1, '');
      if (flags & Flag.ParagraphStart) paragraph++;
      if (toks.kind[i] === Kind.ListMarker || flags & Flag.ItemStart) item = true;
    } else {
      while (b < breaks.length && breaks[b] <= toks.start[i]) b++;
      if (i > 0 && flags & Flag.ParagraphStart) paragraph++;
      if (toks.kind[i] === Kind.ListMarker || flags & Flag.ItemStart) item = true;
    }
    if (toks.kind[i] !== Kind.Punct) continue;
    const norm = toks.norm[i];
    if (!isTerminal(norm)) continue;
    if (norm === '.' && i > first && isAbbreviation(toks, i)) continue;
    if ((norm === '…' || norm === '...') && !nextStartsSentence(toks, i)) continue;
    // `!` or `?` inside a quotation followed by a lower-case word: the sentence goes on (« Bravo ! » m’a-t-il dit).
    if (norm !== '.' && i + 1 < n && CLOSERS.has(toks.norm[i + 1]) && toks.kind[i + 2] === Kind.Word && !(toks.flags[i + 2] & (Flag.Capital | Flag.LineStart))) continue;
    let last = i;
    while (last + 1 < n && toks.kind[last + 1] === Kind.Punct && (CLOSERS.has(toks.norm[last + 1]) || isTerminal(toks.norm[last + 1])) && !(toks.flags[last + 1] & Flag.LineStart)) last++;
    close(last, norm);
    i = last;
  }
  close(n - 1, '');
  return out;
}

function isAbbreviation(toks: Tokens, i: number): boolean {
  const p = i - 1;
  if (toks.kind[p] !== Kind.Word || toks.end[p] !== toks.start[i]) return false;
  const w = toks.norm[p];
  // An initial: one capital letter (J. Moreau), or a letter after an initial (J.-C.).
  // At the end of a line (« …avec l'équipe B.⏎Sans rancune »), the letter closes its sentence.
  if (w.length === 1 && toks.flags[p] & Flag.Capital) return !(i + 1 < toks.count && toks.flags[i + 1] & (Flag.LineStart | Flag.ParagraphStart));
  if (!ABBREVIATIONS.has(w)) return false;
  if (MAY_END.has(w)) return !nextStartsSentence(toks, i);
  // « Mme. Martin », « réf. 2024 », « p. ex. »: the next token belongs to the same sentence,
  // unless the line ends there and the next line starts with a capital.
  const next = i + 1;
  if (next >= toks.count) return false;
  if (toks.flags[next] & Flag.ParagraphStart) return false;
  return true;
}

/** After an ellipsis: a capitalised word, a new line or the end starts a new sentence. */
function nextStartsSentence(toks: Tokens, i: number): boolean {
  let j = i + 1;
  while (j < toks.count && toks.kind[j] === Kind.Punct && CLOSERS.has(toks.norm[j])) j++;
  if (j >= toks.count) return true;
  const f = toks.flags[j];
  if (f & (Flag.LineStart | Flag.ParagraphStart)) return true;
  if (toks.kind[j] === Kind.Word || toks.kind[j] === Kind.Number) return (f & Flag.Capital) !== 0;
  return false;
}

/** Words that open a sentence on a line typed in lower case (« merci », « pourquoi », « bonne journée »). */
const LOWER_OPENERS = new Set(['merci', 'pourquoi', 'comment', 'combien', 'est', 'bonne', 'bon', 'bref', 'voila', 'ok', 'okay', 'desole', 'bises', 'bisous', 'cordialement', 'sinon', 'salut', 'bonjour', 'coucou', 'hello', 'belle', 'excellente']);

/** Lower-case words that open a new sentence after an emoji in a typed message (an opener, a pronoun, « juste », « bref »). */
const AFTER_EMOJI = new Set([...LOWER_OPENERS, 'je', "j'", 'on', 'vous', 'tu', "c'", 'juste', 'ah', 'enfin', 'sinon', 'alors', 'si']);

/** Words that cannot end a sentence: a line ending on them goes on below. */
export const CONTINUES = new Set(['de', "d'", 'du', 'des', 'le', 'la', 'les', "l'", 'un', 'une', 'et', 'ou', 'a', 'au', 'aux', 'pour', 'par', 'en', 'dans', 'sur', 'avec', 'que', "qu'", 'qui', 'mais', 'donc', 'car', 'ce', 'cette', 'ces', 'mon', 'ma', 'mes', 'votre', 'vos', 'notre', 'nos', 'son', 'sa', 'ses', 'leur', 'leurs', 'je', "j'", 'vous', 'nous', 'tu', 'il', 'elle', 'on', 'ne', "n'", 'se', "s'", 'me', "m'", 'te', "t'", 'tres', 'plus', 'moins', 'si', 'sans', 'chez', 'vers', 'entre', 'depuis', 'comme', 'lorsque', 'quand', 'dont', 'est', 'suis', 'ai', 'avez', 'etes']);

/** Words a line typed in lower case opens a sentence on, besides AFTER_EMOJI (« top, merci … », « pas de souci … »). */
const LOWER_LINE_OPENERS = new Set([...AFTER_EMOJI, 'pas', 'top', 'trop', 'super', 'bravo', 'hate', 'dispo', 'encore', 'courage', 'franchement', 'vraiment', 'tant']);

/**
 * The widest line of each paragraph, in characters (one pass): a break the
 * next line's first word would have fitted before was made by hand, not by a
 * client that wraps at a width (which moves a word down only when it does not fit).
 */
function paragraphWidths(toks: Tokens): number[] {
  const out: number[] = [];
  let lineFirst = 0;
  let max = 0;
  let spaced = false;
  for (let i = 1; i <= toks.count; i++) {
    if (i < toks.count && !(toks.flags[i] & (Flag.LineStart | Flag.ParagraphStart))) {
      if (!(toks.flags[i] & (Flag.Glued | Flag.HyphenBefore))) spaced = true;
      continue;
    }
    // A line without a space (a URL, an address) says nothing of the width the paragraph was wrapped at; a long line
    // typed on a phone does (its next word would have fitted on any shorter line before it).
    const width = toks.end[i - 1] - toks.start[lineFirst];
    if (spaced) max = Math.max(max, width);
    spaced = false;
    if (i === toks.count) break;
    if (toks.flags[i] & Flag.ParagraphStart) {
      out.push(max);
      max = 0;
    }
    lineFirst = i;
  }
  out.push(max);
  return out;
}

/**
 * A line break ends the sentence when the previous line ends like one would
 * (not on a comma, an article or a preposition), the new line starts with a
 * capital, and the previous line is short: text wrapped by a mail client fills
 * its lines (about 60 to 80 characters), a line written by hand stops where the
 * sentence stops. A line the next one's first word would have fitted on, given
 * the paragraph's widest line, was broken by hand too (« pas de souci, je
 * comprends …⏎merci encore pour … »), even typed in lower case on a phone.
 */
function lineBreakEnds(toks: Tokens, i: number, prevLineFirst: number, paragraphWidth: number): boolean {
  const p = i - 1;
  if (p < 0) return false;
  if (toks.kind[p] === Kind.Punct) {
    const norm = toks.norm[p];
    if (norm === ',' || norm === ';' || norm === '(' || norm === '-' || norm === '–' || norm === '—' || norm === '«' || norm === '"') return false;
    if (norm === ':') return (toks.flags[i] & Flag.Capital) !== 0;
  }
  if (toks.kind[p] === Kind.Word && CONTINUES.has(toks.norm[p])) return false;
  const lineStart = prevLineFirst >= 0 ? toks.start[prevLineFirst] : toks.start[0];
  const width = toks.end[p] - lineStart;
  // The next line's first word up to its first space (« Saint-Denis. », « c'est », « AO-2025-14 » are one word each).
  let w = i;
  while (w + 1 < toks.count && toks.flags[w + 1] & (Flag.Glued | Flag.HyphenBefore) && !(toks.flags[w + 1] & Flag.LineStart)) w++;
  const fitted = width + 1 + toks.end[w] - toks.start[i] <= paragraphWidth;
  // Typed on a phone without capitals: a short line, then one opening on « merci », « pourquoi », « bonne »… is two sentences.
  if (!(toks.flags[i] & Flag.Capital) && toks.kind[i] !== Kind.Emoji && !(toks.kind[i] === Kind.Word && LOWER_OPENERS.has(toks.norm[i]))) {
    return fitted && toks.kind[i] === Kind.Word && LOWER_LINE_OPENERS.has(toks.norm[i]);
  }
  return width < 55 || fitted;
}

/** The sentence holding token `t` (binary search). */
export function sentenceOf(sentences: readonly Sentence[], t: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].first <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
