// The parts of a French letter, e-mail, LinkedIn message or SMS, read from its
// prose lines: the head (address blocks, place and date, references, subject,
// pasted mail headers), the greeting, the closing formula (standalone or as
// the last sentence of the body), the signature block, and what follows it
// (post-scriptum, « Envoyé de mon iPhone », attachments, legal notices).
// The forms come from data/conventions.ts.
//
// Linear by construction: the head is looked for in the first HEAD_WINDOW
// lines and the ending in the last ENDING_WINDOW lines; every test of a line
// reads at most LINE_PEEK characters of it, and every pattern has bounded
// repetitions, so a 1 MB line costs one slice.

import { CHANNELS, type ChannelEntry } from './data/channels';
import { formsOf, withOf } from './data/conventions';
import { escapeRegExp, fold, type Line } from './text';
import { unicodeClass } from './unicode';

export type PartKind =
  | 'address'
  | 'place-date'
  | 'reference'
  | 'subject'
  | 'mail-header'
  | 'greeting'
  | 'body'
  | 'closing'
  | 'signature'
  | 'postscript'
  | 'trailer';

export interface LetterPart {
  kind: PartKind;
  start: number;
  end: number;
}

export interface Layout {
  /** Parts before the message, in order (address blocks, place-date, references, subject, mail headers). */
  head: LetterPart[];
  subject?: { start: number; end: number; valueStart: number };
  greeting?: { start: number; end: number };
  closing?: { start: number; end: number };
  signature?: { start: number; end: number };
  /** Parts after the signature: post-scriptum, attachments, « Envoyé de mon iPhone », legal notices. */
  tail: LetterPart[];
  /** Index (in the prose lines) of the first line of the message and one past its last (signature included, tail excluded). */
  messageFirst: number;
  messageEnd: number;
}

/** Lines looked at for the head of a letter. */
const HEAD_WINDOW = 40;
/** Lines looked at, from the end, for the closing and the signature. */
const ENDING_WINDOW = 30;
/** A signature block has at most this many lines. */
const MAX_SIGNATURE_LINES = 16;
/** Characters of a line that the line tests read. */
const LINE_PEEK = 240;

// ---------------------------------------------------------------------------
// Forms: each set tried longest form first, on the folded text, without a
// regular expression (an alternation of a few hundred forms costs milliseconds
// to compile at the first analysis of a process). The same matching as
// `(?:form|…)(?![\p{L}\p{N}])` with each blank of a form standing for
// `\s+` and each apostrophe for `'\s?`, the first form in that order wins.

/** `\s` of a regular expression. */
function isRegExpSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when a letter or a digit (a whole code point, `[\p{L}\p{N}]`) starts at `p`. */
function letterOrDigitAt(f: string, p: number): boolean {
  if (p >= f.length) return false;
  const k = unicodeClass(f.codePointAt(p) as number);
  return k === 1 || k === 3;
}

/** End of `words` (blank-separated) matched at `pos` of `f`, or -1. */
function wordsAt(words: readonly string[], f: string, pos: number): number {
  let p = pos;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) {
      if (p >= f.length || !isRegExpSpace(f.charCodeAt(p))) return -1;
      do p++;
      while (p < f.length && isRegExpSpace(f.charCodeAt(p)));
    }
    const w = words[k];
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (f.charCodeAt(p) !== c) return -1;
      p++;
      // `'\s?` inside a word: an optional blank after the apostrophe (at a word's end, the form's blank or `at` decides).
      if (c === 39 && i < w.length - 1 && p < f.length && isRegExpSpace(f.charCodeAt(p))) p++;
    }
  }
  return p;
}

class FormSet {
  /** Forms by their first character, longest first, as words. */
  private readonly byFirst = new Map<number, string[][]>();
  private readonly empty: boolean;
  constructor(forms: readonly string[]) {
    const all = [...new Set(forms.map((f) => fold(f.trim())))].sort((a, b) => b.length - a.length);
    // No form at all is the empty alternation, which matches nothing but a word boundary, as the empty form does.
    this.empty = all.length === 0 || all.includes('');
    for (const form of all) {
      if (form === '') continue;
      const c = form.charCodeAt(0);
      let list = this.byFirst.get(c);
      if (!list) this.byFirst.set(c, (list = []));
      list.push(form.split(/\s+/));
    }
  }
  /** End of the form starting at `pos` of the folded text `f`, or -1. */
  at(f: string, pos: number): number {
    // Inside a surrogate pair, a sticky Unicode expression starts at the pair.
    if (pos > 0 && (f.charCodeAt(pos) & 0xfc00) === 0xdc00 && (f.charCodeAt(pos - 1) & 0xfc00) === 0xd800) pos--;
    const list = pos < f.length ? this.byFirst.get(f.charCodeAt(pos)) : undefined;
    if (list) {
      for (const words of list) {
        const end = wordsAt(words, f, pos);
        if (end < 0) continue;
        const w = words[words.length - 1];
        // A final apostrophe takes the blank after it unless a letter follows that blank.
        if (w.charCodeAt(w.length - 1) === 39) {
          if (end < f.length && isSpace(f.charCodeAt(end))) return letterOrDigitAt(f, end + 1) ? end : end + 1;
          // An elided article is glued to its word (« Madame l’Adjointe »).
          return end;
        }
        if (!letterOrDigitAt(f, end)) return end;
      }
    }
    return this.empty && !letterOrDigitAt(f, pos) ? pos : -1;
  }
}

let formSets: Map<string, FormSet> | undefined;

function set(...ids: string[]): FormSet {
  formSets ??= new Map();
  const key = ids.join('+');
  let s = formSets.get(key);
  if (!s) {
    s = new FormSet(ids.flatMap((id) => formsOf(id)));
    formSets.set(key, s);
  }
  return s;
}

function withSet(id: string): FormSet {
  formSets ??= new Map();
  const key = `with:${id}`;
  let s = formSets.get(key);
  if (!s) {
    s = new FormSet(withOf(id));
    formSets.set(key, s);
  }
  return s;
}

// ---------------------------------------------------------------------------
// Tokens of one line (original text), enough to read names and greetings.

type TokKind = 'word' | 'slot' | 'punct' | 'number' | 'other';
interface Tok {
  kind: TokKind;
  start: number;
  end: number;
}

/** The code point at `i` (a surrogate pair read whole). */
function codePointAt(o: string, i: number): number {
  return o.codePointAt(i) as number;
}

/** Code units of the code point at `i`. */
function unitsAt(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** A letter (\p{L}) at `i`: its code units, else 0. */
function letterAt(o: string, i: number): number {
  if (i >= o.length) return 0;
  const cp = codePointAt(o, i);
  return unicodeClass(cp) === 1 ? unitsAt(cp) : 0;
}

/** `[\p{L}\p{M}\p{N}'’]*` from `i`: where it ends. */
function wordRestEnd(o: string, i: number): number {
  while (i < o.length) {
    const c = o.charCodeAt(i);
    if (c === 39 || c === 0x2019) {
      i++;
      continue;
    }
    const cp = codePointAt(o, i);
    if (unicodeClass(cp) === 4) break;
    i += unitsAt(cp);
  }
  return i;
}

const isWordSeparator = (c: number) => c === 45 || c === 46 || c === 0xb7;
const LEX_PUNCT = new Set([...',;:!?.…/|·•–—-'].map((c) => c.charCodeAt(0)));

/**
 * End of a run of code points, from `i`, none of them `close` nor a line
 * break (nor `also`), at least `min` and at most `max` of them, followed by
 * `close`: the end after `close`, or -1. The same as `[^close\n]{min,max}close`.
 */
function enclosedEnd(o: string, i: number, close: number, min: number, max: number, also = -1): number {
  let n = 0;
  while (i < o.length) {
    const c = o.charCodeAt(i);
    if (c === close) return n >= min ? i + 1 : -1;
    if (c === 10 || c === also || n === max) return -1;
    i += unitsAt(codePointAt(o, i));
    n++;
  }
  return -1;
}

/** End of a template slot at `i` (« [Nom] », « {{prenom}} », « {x} », « %nom% », « <nom> », « (nom) », « «Nom» », « ___ », « … », « ... »), or -1. */
function slotEnd(o: string, i: number): number {
  const c = o.charCodeAt(i);
  switch (c) {
    case 91: // [
      return enclosedEnd(o, i + 1, 93, 0, 60);
    case 123: {
      // {{…}} then {…}
      if (o.charCodeAt(i + 1) === 123) {
        const e = enclosedEnd(o, i + 2, 125, 0, 60);
        if (e >= 0 && o.charCodeAt(e) === 125) return e + 1;
      }
      return enclosedEnd(o, i + 1, 125, 1, 40, 123);
    }
    case 37: {
      // %[\p{L}_ ]{1,30}%
      let j = i + 1;
      let n = 0;
      while (j < o.length && n <= 30) {
        const d = o.charCodeAt(j);
        if (d === 37) return n >= 1 ? j + 1 : -1;
        if (d === 95 || d === 32) j++;
        else {
          const k = letterAt(o, j);
          if (k === 0) return -1;
          j += k;
        }
        n++;
      }
      return -1;
    }
    case 60: // <
      return enclosedEnd(o, i + 1, 62, 1, 40, 60);
    case 40: // (
      return enclosedEnd(o, i + 1, 41, 0, 60, 40);
    case 0xab: // «
      return enclosedEnd(o, i + 1, 0xbb, 1, 40, 0xab);
    case 95:
    case 0x2026:
    case 46: {
      // _{2,}, …{1,}, \.{3,}
      let j = i;
      while (o.charCodeAt(j) === c) j++;
      return j - i >= (c === 95 ? 2 : c === 46 ? 3 : 1) ? j : -1;
    }
  }
  return -1;
}

/** End of a word at `i` (`\p{L}[\p{L}\p{M}\p{N}'’]*`, then up to six times one or two of « - . · » and the same, then an optional dot), or -1. */
function wordEnd(o: string, i: number): number {
  const k = letterAt(o, i);
  if (k === 0) return -1;
  let j = wordRestEnd(o, i + k);
  for (let g = 0; g < 6 && j < o.length && isWordSeparator(o.charCodeAt(j)); g++) {
    let sep = 1;
    let l = 0;
    if (isWordSeparator(o.charCodeAt(j + 1))) l = letterAt(o, j + 2);
    if (l > 0) sep = 2;
    else l = letterAt(o, j + 1);
    if (l === 0) break;
    j = wordRestEnd(o, j + sep + l);
  }
  return o.charCodeAt(j) === 46 ? j + 1 : j;
}

/** Tokens of the lines lexed lately (a draft's lines are read by several predicates, and again at every keystroke). */
const lexed = new Map<string, readonly Tok[]>();
const LEXED_MAX = 512;

/** The tokens of a line (at most LINE_PEEK characters); shared, never to be changed. */
function lex(o: string): readonly Tok[] {
  let out = lexed.get(o);
  if (!out) {
    if (lexed.size >= LEXED_MAX) lexed.clear();
    out = lexLine(o);
    lexed.set(o, out);
  }
  return out;
}

/**
 * The tokens of a line, blanks left out: template slots, words, numbers
 * (`\d[\d.,]*`), punctuation, and any other code point alone. Read by hand
 * rather than by one sticky regular expression with Unicode classes, whose
 * compilation cost milliseconds at the first analysis of a process.
 */
function lexLine(o: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < o.length) {
    const c = o.charCodeAt(i);
    if (isRegExpSpace(c)) {
      i++;
      continue;
    }
    let kind: TokKind = 'slot';
    let end = slotEnd(o, i);
    if (end < 0) {
      kind = 'word';
      end = wordEnd(o, i);
    }
    if (end < 0 && c >= 48 && c <= 57) {
      kind = 'number';
      end = i + 1;
      for (let d = o.charCodeAt(end); (d >= 48 && d <= 57) || d === 46 || d === 44; d = o.charCodeAt(end)) end++;
    }
    if (end < 0) {
      kind = LEX_PUNCT.has(c) ? 'punct' : 'other';
      end = i + unitsAt(codePointAt(o, i));
    }
    out.push({ kind, start: i, end });
    i = end;
  }
  return out;
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

function isCapitalised(o: string, t: Tok): boolean {
  return t.kind === 'word' && UPPER.test(o.slice(t.start, t.start + 2));
}

/** Lower-case words that join the parts of a name (« Anne de La Tour », « Ben Salah »). */
const PARTICLES = new Set(['de', 'du', 'des', "d'", 'le', 'la', 'les', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'das', 'do', 'ben', 'bin', 'el', 'al', 'y', 'et']);

/** Words that cannot start the noun after « Cher » or « Chers ». */
const FUNCTION_WORDS = new Set(['et', 'ou', 'mais', 'donc', 'car', 'de', 'du', 'des', 'a', 'au', 'aux', 'en', 'que', 'qui', 'le', 'la', 'les', 'un', 'une', 'si', 'pour', 'par', 'comme', 'mon', 'ma', 'mes', 'ce', 'cet', 'cette', 'ces']);

function folded(f: string, t: Tok): string {
  let s = f.slice(t.start, t.end).replace(/’/g, "'");
  if (s.endsWith('.') && s.length > 1) s = s.slice(0, -1);
  return s;
}

/** A token that can stand for a name: a capitalised word, or a template slot ([Nom], {{prenom}}, ___, X). */
function isNameToken(o: string, t: Tok): boolean {
  // A slot stands for a name, but a parenthesis only when it names one: « (nom du destinataire) », not « (ou pas) ».
  if (t.kind === 'slot') return o[t.start] !== '(' || /^\((?:pr[ée]nom|nom|signature)/iu.test(o.slice(t.start, t.end));
  if (t.kind !== 'word') return false;
  if (isCapitalised(o, t)) return true;
  // An elided particle glued to a capitalised name: « d’Arc », « l’Intendance ».
  return /^[dl]['’]\p{Lu}/u.test(o.slice(t.start, t.end));
}

function isParticle(f: string, t: Tok): boolean {
  return t.kind === 'word' && PARTICLES.has(folded(f, t));
}

// ---------------------------------------------------------------------------
// Greetings.

function greetingSets(): { lead: FormSet; civility: FormSet; dear: FormSet; abbr: FormSet; collective: FormSet; article: FormSet } {
  return {
    lead: set('bonjour', 'salut'),
    civility: set('madame-monsieur', 'titre-seul'),
    dear: set('cher'),
    abbr: set('civilite-abregee'),
    collective: set('a-tous'),
    article: set('titre-de-fonction'),
  };
}

/**
 * Reads a greeting at the start of a line: `o` is the original text of the
 * line without its leading spaces, `f` the same folded. Returns the end of the
 * greeting in `o` (after its comma or exclamation mark), or -1.
 * `alone`: the line is a paragraph of its own (then « Cher Paul » needs no comma).
 */
export function readGreeting(o: string, f: string, alone = false): number {
  const s = greetingSets();
  const toks = lex(o.slice(0, LINE_PEEK));
  let i = 0;
  const skipTo = (offset: number) => {
    while (i < toks.length && toks[i].start < offset) i++;
  };
  const atWord = () => i < toks.length && toks[i].kind === 'word';
  const readNames = (max: number): number => {
    let n = 0;
    let names = 0;
    while (i < toks.length && n < max) {
      const t = toks[i];
      if (isNameToken(o, t)) names++;
      // « Jean de La Fontaine », and first after a civility or a greeting « Madame de Lanoy »: a particle before a name.
      else if (!(isParticle(f, t) && (names > 0 || n === 0) && i + 1 < toks.length && isNameToken(o, toks[i + 1]))) break;
      i++;
      n++;
    }
    return names;
  };
  /** Ends the greeting at a terminator; `loose`: the end of the line also ends it. */
  const terminate = (loose: boolean): number => {
    if (i >= toks.length) return loose ? (toks.length > 0 ? toks[toks.length - 1].end : -1) : -1;
    const t = toks[i];
    const ch = o.slice(t.start, t.end);
    if (t.kind === 'punct' && (ch === ',' || ch === '!')) {
      // « Bonjour ! ! » or « Bonjour, » : one terminator.
      return t.end;
    }
    if (loose && t.kind === 'punct' && (ch === '.' || ch === '–' || ch === '—' || ch === '-' || ch === ':')) return t.end;
    return -1;
  };

  /** « Madame, Monsieur », « Madame ou Monsieur », « Mesdames et Messieurs », « Madame/Monsieur »: more civilities after the first. */
  const civilityChain = (): void => {
    for (let guard = 0; guard < 3 && i < toks.length; guard++) {
      const t = toks[i];
      const w = f.slice(t.start, t.end);
      const joiner = (t.kind === 'punct' && (w === ',' || w === '/')) || (t.kind === 'word' && (w === 'ou' || w === 'et'));
      if (!joiner || i + 1 >= toks.length) break;
      const e = s.civility.at(f, toks[i + 1].start);
      if (e < 0) break;
      i++;
      skipTo(e);
    }
  };
  /** After a civility: a title (« la Directrice ») or names. Returns the number of names. */
  const afterCivility = (maxNames: number): number => {
    const a = i < toks.length ? s.article.at(f, toks[i].start) : -1;
    if (a >= 0) {
      skipTo(a);
      readTitle();
      return 1;
    }
    return readNames(maxNames);
  };
  /** « Bonjour Paul merci pour… », « Bonjour Julien et merci… » (no comma): the body starts on the same line. */
  const continuation = (): number => (i > 0 && atWord() && /^(?:merci|et|je|j')$/.test(folded(f, toks[i])) ? toks[i - 1].end : -1);
  /** « bonjour madame lopez, », « salut paul ! » typed without capitals: up to three plain words, then the comma. */
  const lowerCaseName = (): number => {
    const from = i;
    let n = 0;
    while (atWord() && n < 3 && LOWER.test(o.slice(toks[i].start, toks[i].start + 1)) && !FUNCTION_WORDS.has(folded(f, toks[i])) && !PRONOUNS.has(folded(f, toks[i]))) {
      i++;
      n++;
    }
    const t = n > 0 && i < toks.length && toks[i].kind === 'punct' && /^[,!]$/.test(o.slice(toks[i].start, toks[i].end)) ? toks[i].end : -1;
    if (t < 0) i = from;
    return t;
  };

  let end = s.lead.at(f, 0);
  if (end >= 0) {
    skipTo(end);
    if (i >= toks.length) return end;
    let e = s.collective.at(f, toks[i].start);
    if (e >= 0) {
      skipTo(e);
      readNames(3);
      // « à toute l’équipe de programmation, », « à l’équipe du festival » : a group named by what it does;
      // « à toute l’équipe de ma part » is a sentence, not a greeting.
      if (atWord() && /^(?:de|du|des|d')$/.test(folded(f, toks[i]))) {
        const from = i;
        let n = 0;
        while (atWord() && n < 6 && folded(f, toks[i]) !== 'part') {
          i++;
          n++;
        }
        if (atWord()) i = from;
      }
      // « Salut l'équipe programme, », « Bonjour l'équipe RH ! »: one or two words naming what the group does.
      if (atWord()) {
        const from = i;
        let n = 0;
        while (atWord() && n < 2) {
          i++;
          n++;
        }
        if (terminate(false) < 0) i = from;
      }
      return terminate(true);
    }
    e = s.dear.at(f, toks[i].start);
    if (e >= 0) skipTo(e);
    e = i < toks.length ? s.civility.at(f, toks[i].start) : -1;
    if (e < 0 && atWord()) e = s.abbr.at(f, toks[i].start) >= 0 ? toks[i].end : -1;
    if (e >= 0) {
      skipTo(e);
      civilityChain();
      const names = afterCivility(5);
      const t = terminate(true);
      if (t >= 0) return t;
      const c = continuation();
      return c >= 0 || names > 0 ? c : lowerCaseName();
    }
    const names = readNames(5);
    const t = terminate(true);
    if (t >= 0) return t;
    const c = continuation();
    return c >= 0 || names > 0 ? c : lowerCaseName();
  }

  end = s.civility.at(f, 0);
  if (end >= 0) {
    skipTo(end);
    civilityChain();
    // « Madame, Monsieur » alone in its paragraph, the comma forgotten: still the greeting.
    if (i >= toks.length) return alone ? toks[toks.length - 1].end : -1;
    afterCivility(4);
    // « Madame X / Monsieur X, » (a template's choice left open: champ-a-remplir says so).
    for (let guard = 0; guard < 2 && i + 1 < toks.length; guard++) {
      const w = f.slice(toks[i].start, toks[i].end);
      if (w !== '/' && w !== 'ou') break;
      const e = s.civility.at(f, toks[i + 1].start);
      if (e < 0) break;
      i++;
      skipTo(e);
      civilityChain();
      afterCivility(4);
    }
    return terminate(false);
  }

  end = s.dear.at(f, 0);
  if (end >= 0) {
    skipTo(end);
    // « Cher(e) » : the slot glued to the word.
    if (i < toks.length && toks[i].kind === 'slot' && toks[i].start === end) i++;
    let civil = false;
    if (i < toks.length) {
      let e = s.civility.at(f, toks[i].start);
      if (e < 0 && atWord() && s.abbr.at(f, toks[i].start) >= 0) e = toks[i].end;
      if (e >= 0) {
        skipTo(e);
        civil = true;
      }
    }
    // « Cher Monsieur le Rédacteur en chef, »: a title after the civility, as without « Cher ».
    const names = civil ? afterCivility(4) : readNames(4);
    if (names === 0) {
      // « Chers collègues, », « Chers membres du jury, » (a noun, not « Cher et long, … »)
      if (atWord() && FUNCTION_WORDS.has(folded(f, toks[i]))) return -1;
      let n = 0;
      while (atWord() && n < 4 && LOWER.test(o.slice(toks[i].start, toks[i].start + 1))) {
        i++;
        n++;
      }
    }
    return terminate(alone);
  }
  return -1;

  /** « la Directrice », « le Responsable du service de la commande publique de la Région »: up to ten words. */
  function readTitle(): void {
    let n = 0;
    while (i < toks.length && n < 10 && (toks[i].kind === 'word' || toks[i].kind === 'slot')) {
      i++;
      n++;
    }
  }
}

// ---------------------------------------------------------------------------
// Head lines.

export type HeadKind = 'subject' | 'reference' | 'place-date' | 'mail-header' | 'attention';

const MONTHS = () => formsOf('lieu-date').map(escapeRegExp).join('|');
const WEEKDAYS = () => formsOf('date-seule').join('|');
let dateRe: RegExp | undefined;
let placeDateRe: RegExp | undefined;
let dateAloneRe: RegExp | undefined;

function dateSource(): string {
  return `(?:(?:${WEEKDAYS()}) )?(?:1er|\\d{1,2}) (?:${MONTHS()})\\.? \\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})`;
}

/** A date alone: « 12 mars 2026 », « lundi 12 mars 2026 », « 12/03/2026 ». */
function dateOnly(): RegExp {
  dateRe ??= new RegExp(`^(?:${dateSource()})\\.?$`);
  return dateRe;
}

let dayMonthRe: RegExp | undefined;
/** « 3 juin », « 3 juin 2026 » (a reference to a letter may leave out the year). */
function dayMonth(): RegExp {
  dayMonthRe ??= new RegExp(`^(?:1er|\\d{1,2}) (?:${MONTHS()})\\.?(?: \\d{4})?\\.?$`);
  return dayMonthRe;
}

/**
 * The place-date line: « À Lyon, le 12 mars 2026 », « Orvault, le 4 février 2026 », « Fait à Rouen, le 5 mai 2026 »;
 * the place is up to five words of letters, hyphens and apostrophes.
 */
function placeDate(): RegExp {
  placeDateRe ??= new RegExp(`^(?:fait )?(?:a |au )?[a-z][a-z'-]{0,30}(?: [a-z0-9][a-z'-]{0,30}){0,4},? (?:le )?(?:${dateSource()})\\.?$`);
  return placeDateRe;
}

function dateAlone(): RegExp {
  dateAloneRe ??= new RegExp(`^(?:le )?(?:${dateSource()})\\.?$`);
  return dateAloneRe;
}

/** Folded text with its runs of white space made single spaces (bounded input). */
function squeeze(f: string): string {
  return f.replace(/\s+/g, ' ').trim();
}

/** Subject label at the start of `f` (markdown emphasis allowed); returns where the value starts, or -1. */
export function subjectValueStart(f: string): number {
  let p = 0;
  let marks = 0;
  while (p < f.length && marks < 3 && (f[p] === '*' || f[p] === '_')) {
    p++;
    marks++;
  }
  while (p < f.length && p < 8 && (f[p] === ' ' || f[p] === '\t')) p++;
  const e = set('objet').at(f, p);
  if (e < 0) return -1;
  p = e;
  let n = 0;
  while (p < f.length && n < 8 && (f[p] === '.' || f[p] === '*' || f[p] === '_' || f[p] === ' ' || f[p] === '\t')) {
    p++;
    n++;
  }
  if (f[p] !== ':') return -1;
  p++;
  n = 0;
  while (p < f.length && n < 4 && (f[p] === '*' || f[p] === '_')) {
    p++;
    n++;
  }
  return p;
}

/** After a label: optional spaces and a colon; returns the position after them and whether a colon was there. */
function afterLabel(f: string, p: number): { pos: number; colon: boolean } {
  let q = p;
  let n = 0;
  while (q < f.length && n < 6 && (f[q] === ' ' || f[q] === '\t' || f[q] === '.' || f[q] === '*' || f[q] === '°')) {
    q++;
    n++;
  }
  if (f[q] === ':') return { pos: q + 1, colon: true };
  return { pos: p, colon: false };
}

/**
 * What a line of the head of a letter is, from its folded text (leading and
 * trailing spaces removed): subject, reference, place-date, pasted mail
 * header, « À l’attention de », or undefined.
 */
export function headLineKind(f: string): HeadKind | undefined {
  if (f.length === 0) return undefined;
  const peek = f.length > LINE_PEEK ? f.slice(0, LINE_PEEK) : f;
  if (subjectValueStart(peek) >= 0) return 'subject';
  // References.
  let e = set('v-ref').at(peek, 0);
  if (e >= 0) return 'reference';
  e = set('votre-lettre-du').at(peek, 0);
  if (e >= 0) {
    const rest = squeeze(peek.slice(e));
    if (f.length <= 80 && (rest === '' || dateOnly().test(rest) || dayMonth().test(rest) || /^:/.test(rest))) return 'reference';
  }
  e = set('reference', 'mention-d-envoi', 'pieces-jointes').at(peek, 0);
  if (e >= 0) {
    const a = afterLabel(peek, e);
    // « Réf. : dossier n° FAR-2026-0412 », not « Nos références : la SNCF et trois collectivités de l'Ouest. »
    if (a.colon) return f.length <= 120 && !(/[.!?]$/.test(f) && squeeze(peek.slice(a.pos)).split(' ').length >= 5) ? 'reference' : undefined;
    // « Réf. DA-0312 », « LRAR », « Lettre recommandée avec accusé de réception » alone.
    const rest = squeeze(peek.slice(e));
    if (rest === '' && set('mention-d-envoi').at(peek, 0) >= 0) return 'reference';
    if (/^\.? ?[a-z0-9/._-]{0,20}\d[a-z0-9/ ._-]{0,30}$/.test(rest) && peek.startsWith('ref')) return 'reference';
  }
  // Mail headers pasted with the draft: « De : … », « À : … ».
  e = set('entete-de-mail').at(peek, 0);
  if (e >= 0 && afterLabel(peek, e).colon) return 'mail-header';
  if (set('a-l-attention-de').at(peek, 0) >= 0) return 'attention';
  if (f.length <= 120) {
    const sq = squeeze(f);
    if (placeDate().test(sq) || dateAlone().test(sq)) return 'place-date';
  }
  return undefined;
}

/** A line short enough and unpunctuated enough to belong to an address block or a letterhead. */
function blockLine(f: string): boolean {
  if (f.length === 0 || f.length > 100) return false;
  const last = f[f.length - 1];
  if (last === '!' || last === '?' || last === ';' || last === ',' || last === ':' || last === '…') return false;
  if (last === '.' && f.length > 40) return false;
  return true;
}

const POSTCODE = /(?<!\d)(?:\d{5}|\d{2} \d{3})(?!\d) ?\p{L}/u;

/** A postcode followed by a town (« 69001 Lyon »): a postal address. */
export function hasPostalAddress(s: string): boolean {
  return POSTCODE.test(s);
}

/** A line that only an address block or a letterhead holds: street, postcode, PO box, legal ids. */
function addressMarker(f: string): boolean {
  if (f.length > 100) return false;
  if (POSTCODE.test(f)) return true;
  if (set('a-l-attention-de').at(f, 0) >= 0) return true;
  // « 14, rue des Capucins », « 3 bis avenue … », « ZA de la Cour Neuve – 3, allée des Charmes ».
  const street = set('adresse-postale');
  const m = /(?<![\p{L}\p{N}])\d{1,4}(?: ?(?:bis|ter|b|t))?,? /uy;
  for (let p = 0; p < f.length; p++) {
    const c = f.charCodeAt(p);
    if (c < 48 || c > 57) continue;
    if (p > 0 && /[\p{L}\p{N}]/u.test(f[p - 1])) continue;
    m.lastIndex = p;
    if (m.test(f) && street.at(f, m.lastIndex) >= 0) return true;
    while (p < f.length && /\d/.test(f[p])) p++;
  }
  for (let p = 0; p < f.length; p++) {
    if (p > 0 && /[\p{L}\p{N}]/u.test(f[p - 1])) continue;
    if (!/[\p{L}]/u.test(f[p])) continue;
    const e = set('en-tete-societe').at(f, p);
    if (e >= 0 && !['sa', 'capital', 'tva'].includes(f.slice(p, e))) return true;
    if (/^(?:bp|cs|tsa) ?\d/.test(f.slice(p, p + 8))) return true;
    if (/^cedex(?![\p{L}])/u.test(f.slice(p, p + 6))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Signature lines.

const PRONOUNS = new Set(['je', "j'", 'tu', 'vous', 'nous', 'me', "m'", 'te', "t'", 'on', 'il', 'elle', 'ils', 'elles', 'moi', 'toi', 'lui', 'leur', 'se', "s'", 'ce', "c'", 'cela', 'ça', 'ca', 'merci']);

function hasPronoun(o: string, f: string, toks: readonly Tok[]): boolean {
  for (const t of toks) {
    if (t.kind !== 'word') continue;
    const w = f.slice(t.start, t.end).replace(/’/g, "'");
    if (PRONOUNS.has(w)) return true;
    // An elided pronoun glued to its verb: « j'ai », « m'a »; not a name with a capital after its apostrophe (« Ben
    // M'Sick »).
    const q = w.indexOf("'");
    if (q > 0 && PRONOUNS.has(w.slice(0, q + 1)) && !UPPER.test(o.charAt(t.start + q + 1))) return true;
  }
  return false;
}

/** A link (a URL, or a bare domain such as « marclefevre-photo.fr »), anchored at the start of a word: linear. */
const TLDS = ['fr', 'com', 'org', 'net', 'eu', 'io', 'be', 'ch', 'ca', 'info', 'pro', 'tech', 'studio', 'photo', 'design', 'art', 'co'];

/**
 * A link: « http:// » or « https:// », « www. », « linkedin.com », or a
 * domain name (1 to 63 letters, digits and hyphens, not after another one or
 * a dot) with a known ending. The same as
 * `https?:\/\/\S|www\.\S|linkedin\.com|(?<![\p{L}\p{N}.-])[\p{L}\p{N}-]{1,63}\.(?:fr|com|…)(?![\p{L}\p{N}])`,
 * read by hand (that expression cost milliseconds to compile at the first analysis).
 */
function hasLink(s: string): boolean {
  for (let i = s.indexOf('http'); i >= 0; i = s.indexOf('http', i + 1)) {
    const j = s.charCodeAt(i + 4) === 115 ? i + 5 : i + 4;
    if (s.startsWith('://', j) && j + 3 < s.length && !isRegExpSpace(s.charCodeAt(j + 3))) return true;
  }
  for (let i = s.indexOf('www.'); i >= 0; i = s.indexOf('www.', i + 1)) if (i + 4 < s.length && !isRegExpSpace(s.charCodeAt(i + 4))) return true;
  if (s.includes('linkedin.com')) return true;
  for (let i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
    if (!TLDS.some((t) => s.startsWith(t, i + 1) && !letterOrDigitAt(s, i + 1 + t.length))) continue;
    let j = i;
    let n = 0;
    for (let k = nameUnitsBefore(s, j); k > 0 && n < 64; k = nameUnitsBefore(s, j)) {
      j -= k;
      n++;
    }
    if (n >= 1 && n <= 63 && s.charCodeAt(j - 1) !== 46) return true;
  }
  return false;
}

/** Code units of the letter, digit or hyphen (`[\p{L}\p{N}-]`) that ends at `j` (a surrogate pair read whole), else 0. */
function nameUnitsBefore(s: string, j: number): number {
  if (j <= 0) return 0;
  const c = s.charCodeAt(j - 1);
  if (c === 45) return 1;
  let cp = c;
  let units = 1;
  if (c >= 0xdc00 && c <= 0xdfff && j >= 2) {
    const h = s.charCodeAt(j - 2);
    if (h >= 0xd800 && h <= 0xdbff) {
      cp = (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
      units = 2;
    }
  }
  const k = unicodeClass(cp);
  return k === 1 || k === 3 ? units : 0;
}

/** The channels' contact patterns, each compiled on first need; an e-mail pattern only for a line holding « @ » (compiling it costs milliseconds at the first analysis). */
let contactTests: { src: string; needs?: string; re?: RegExp }[] | undefined;

/**
 * A way to reach someone: a link, or a channel's contact as the channel model
 * describes it (data/channels.ts: e-mail address, phone number, LinkedIn). The
 * one test of contact details, for signature lines and `coordonnees-absentes`
 * (read from the data: channels.ts imports the draft, which imports this file).
 */
export function hasContact(s: string): boolean {
  contactTests ??= CHANNELS.flatMap((c: ChannelEntry) => (c.contact ?? []).map((src) => ({ src, needs: src.includes('@') ? '@' : undefined })));
  return hasLink(s) || contactTests.some((t) => (t.needs === undefined || s.includes(t.needs)) && (t.re ??= new RegExp(t.src, 'iu')).test(s));
}

/** Separator before a signature: « -- », « — », « ___ », « ==== » alone on the line. */
export function isSeparatorLine(o: string): boolean {
  return /^(?:-{2,80}|_{2,80}|={2,80}|~{2,80}|\*{3,80}|—{1,10}|–{1,10})$/.test(o);
}

/** A name alone on its line: « Camille Durand », « Pierre BERTRAND », « J.-C. Moreau », « [Prénom Nom] ». */
export function isNameLine(o: string, f: string): boolean {
  const em = emphasis(o);
  if (em.open > 0) {
    o = o.slice(em.open, o.length - em.close);
    f = f.slice(em.open, f.length - em.close);
  }
  if (o.length === 0 || o.length > 80) return false;
  const toks = lex(o);
  let i = 0;
  if (i < toks.length && toks[i].kind === 'punct' && /^[–—]$/.test(o.slice(toks[i].start, toks[i].end))) i++;
  let names = 0;
  let count = 0;
  for (; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'punct' && i === toks.length - 1 && /^[.,!]$/.test(o.slice(t.start, t.end))) break;
    if (t.kind === 'slot') {
      if (t.end - t.start <= 3 || !isNameToken(o, t)) return false;
      names++;
    } else if (t.kind === 'word') {
      if (isNameToken(o, t)) names++;
      else if (!isParticle(f, t)) return false;
    } else return false;
    if (++count > 6) return false;
  }
  return names > 0;
}

/** A name, then a separator and more signature (« Chloé Bernard – https://… », « Anne Lebrun, laboratoire LIRIS », « Céline (maman de Noé) »). */
export function isNameLedLine(o: string, f: string): boolean {
  if (isNameLine(o, f)) return true;
  if (o.length > LINE_PEEK) return false;
  const m = /\s*(?:[,|·•]|\s[–—-]|\s(?=\())\s*/u.exec(o);
  if (!m || m.index === 0 || m.index > 60) return false;
  if (!isNameLine(o.slice(0, m.index), f.slice(0, m.index))) return false;
  const rest = o.slice(m.index + m[0].length);
  const last = rest[rest.length - 1];
  return rest !== '' && !'.!?…;:,'.includes(last) && !hasPronoun(rest, f.slice(m.index + m[0].length), lex(rest));
}

/** Markdown emphasis around a line (« **Jean Dupont** », « _Gérant_ »): how many characters open and close it. */
function emphasis(o: string): { open: number; close: number } {
  let open = 0;
  while (open < 3 && open < o.length && (o[open] === '*' || o[open] === '_')) open++;
  if (open === 0 || open === o.length) return { open: 0, close: 0 };
  let close = 0;
  while (close < 3 && o.length - close > open && (o[o.length - 1 - close] === '*' || o[o.length - 1 - close] === '_')) close++;
  return { open, close };
}

/** A line of a signature block: name, title, company, contact details, separator, one-line « | » signature. */
export function isSignatureLine(o: string, f: string): boolean {
  if (o.length === 0 || o.length > LINE_PEEK) return false;
  if (isSeparatorLine(o)) return true;
  const em = emphasis(o);
  if (em.open > 0) {
    o = o.slice(em.open, o.length - em.close).trim();
    f = f.slice(em.open, f.length - em.close).trim();
    if (o.length === 0) return false;
  }
  if (/^[([]signature[)\]]$/.test(f)) return true;
  // Who signs for whom: « Pour le bureau, », « Pour la Direction, », « P/O ».
  if (o.length <= 60 && /^(?:pour (?:le|la|l'|les|ordre)(?![\p{L}])|p\/o|p\.o\.|par delegation)/u.test(f) && !/[.!?]$/.test(o)) return true;
  if (isNameLine(o, f)) return true;
  // A motto between quotation marks under the name (« « Sixième refus, mais la recherche avance » »): part of the signature.
  if (/^[«"“]/.test(o) && /[»"”]$/.test(o) && o.length >= 12) return true;
  const last = o[o.length - 1];
  const toks = lex(o);
  if (last === '!' || last === '?' || last === '…' || last === ';' || last === ',' || last === ':') return false;
  if (last === '.' && !endsOnTitleAbbreviation(f)) {
    // « Tél. 02 40 63 18 52. » may end with a full stop; a sentence (« Nos références sont sur www… . ») may not.
    let lower = 0;
    for (const t of toks) if (t.kind === 'word' && LOWER.test(o.charAt(t.start))) lower++;
    if (lower > 2) return false;
  }
  if (o.startsWith('|')) return false; // a Markdown table row
  if (hasPronoun(o, f, toks)) return false;
  if (hasContact(o)) return true;
  // A title, a company, an address line: short, starting with a capital or a digit (or very short: « chargée de recrutement »).
  let words = 0;
  for (const t of toks) if (t.kind === 'word') words++;
  // « (nouvelle n° 47, « Les Volets verts ») », « (maman de Noé) »: an aside in brackets under the name.
  if (o.length <= 90 && words <= 12 && o.startsWith('(') && o.endsWith(')')) return true;
  return (o.length <= 90 && words <= 12 && /^[\p{Lu}\d«"]/u.test(o)) || (o.length <= 40 && words <= 5 && LOWER.test(o));
}

/** Company forms and degrees a signature line ends on, full stop included (« Construction Boréal inc. », « Martin Bouchard, ing. »). */
const TITLE_ABBREVIATIONS = new Set(['inc', 'ing', 'ltee', 'ltd', 'enr', 'cie', 'corp', 'sarl', 'sas', 'sa', 'jr', 'sr', 'dipl', 'arch', 'pharm', 'adm']);

/** Whether a folded line ends on one of TITLE_ABBREVIATIONS and its full stop. */
function endsOnTitleAbbreviation(f: string): boolean {
  const m = /(?<![\p{L}\p{N}])(\p{L}{2,5})\.$/u.exec(f);
  return m !== null && TITLE_ABBREVIATIONS.has(m[1]);
}

/** « Envoyé de mon iPhone », « PJ : CV », « Pensez à l’environnement avant d’imprimer » (folded, at most LINE_PEEK characters). */
function isTrailerLine(f: string): boolean {
  if (set('signature-mobile').at(f, 0) >= 0) return true;
  const pj = set('pieces-jointes').at(f, 0);
  if (pj >= 0 && afterLabel(f, pj).colon) return true;
  const conf = set('confidentialite');
  for (let p = 0; p < f.length; p++) {
    if (p > 0 && isWordChar(f.charCodeAt(p - 1))) continue;
    if (conf.at(f, p) >= 0) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Closing formulas. Offsets here are offsets of the whole text: a long line is
// read from its end, where a closing formula sits.

/** The standalone formulas, with the closing sentence reader's verbs and objects. */
function closingSets(): { formula: FormSet; extensible: FormSet; verb: FormSet; object: FormSet } {
  return {
    formula: set('cordialement', 'salutations', 'bonne-journee', 'merci-seul', 'a-bientot', 'au-plaisir', 'en-anglais'),
    extensible: set('bonne-journee', 'a-bientot', 'au-plaisir'),
    verb: set('formule-de-politesse'),
    object: withSet('formule-de-politesse'),
  };
}

interface Ctx {
  text: string;
  prose: string;
}

/** Abbreviations after which a full stop does not end a sentence. */
const NO_STOP = new Set(['m', 'mme', 'mlle', 'mmes', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'ref', 'n', 'no', 'tel', 'p', 'ex', 'cf', 'av', 'bd', 'j', 'c']);

/** True when the character at `p` ends a sentence (not the full stop of « M. », « réf. », « 2.5 » or « www.exemple.fr »). */
function endsSentence(ctx: Ctx, p: number): boolean {
  const f = ctx.prose;
  const c = f.charCodeAt(p);
  if (c === 33 || c === 63 || c === 0x2026) return true;
  if (c !== 46) return false;
  let q = p - 1;
  while (q >= 0 && p - q <= 4 && isAsciiLetter(f.charCodeAt(q))) q--;
  if (q < p - 1 && p - q <= 4 && (q < 0 || !isAsciiLetter(f.charCodeAt(q))) && NO_STOP.has(f.slice(q + 1, p))) return false;
  // A full stop glued on both sides ends a sentence only before a capital (the guide's « …à l'avenir.Bien cordialement, »).
  if (p > 0 && p + 1 < f.length && isAsciiLetterOrDigit(f.charCodeAt(p - 1)) && isAsciiLetterOrDigit(f.charCodeAt(p + 1))) return UPPER.test(ctx.text.charAt(p + 1));
  return true;
}

function isAsciiLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

interface Closing {
  start: number;
  end: number;
  /** Where a signature starts on the same line, if any. */
  rest?: number;
}

function isBlankAt(prose: string, p: number): boolean {
  return isSpace(prose.charCodeAt(p));
}

/** What follows a closing formula on its line may only be a name or a one-line signature. */
function signatureRest(ctx: Ctx, from: number, to: number): boolean {
  if (to - from > 160) return false;
  const o = ctx.text.slice(from, to).trim();
  if (o === '') return true;
  const f = ctx.prose.slice(from, to).trim();
  // A name (« Bonne journée, Kévin Martin »), or contact details (« Bien à vous – 06 12 34 56 78 »): not « (ou pas) ».
  if (isNameLedLine(o, f) || (hasContact(o) && isSignatureLine(o, f))) return true;
  // A first name typed in lower case on a phone after the formula (« bonne journée a vous, julie (ide) »).
  const m = LOWER_FIRST_NAME.exec(f);
  // Not a name: a closing formula of its own (« cordialement », « bises »), or one of the words that end such a line.
  return m !== null && !NOT_A_FIRST_NAME.has(m[1]) && closingSets().formula.at(f, 0) < 0;
}

/** A lower-case first name, maybe with a role in parentheses, alone after a closing formula (folded). */
const LOWER_FIRST_NAME = /^(\p{Ll}[\p{Ll}-]{1,19})(?: \([^()]{1,30}\))?$/u;
/** Words that end a closing line without being a name, besides the closing formulas themselves (« cordialement », « bises »). */
const NOT_A_FIRST_NAME = new Set([
  'ciao', 'salut', 'courage', 'biz', 'bisou', 'bientot',
  'encore', 'bien', 'bonne', 'bon', 'et', 'ou',
  'vous', 'toi', 'tous', 'toutes', 'tout', 'le', 'la', 'les', 'demain', 'plus', 'soir', 'journee', 'semaine',
  'ok', 'okay', 'voila', 'svp', 'stp', 'avance', 'aussi', 'alors', 'donc', 'quand', 'meme', 'vraiment', 'beaucoup', 'infiniment', 'madame', 'monsieur', 'mesdames', 'messieurs',
]);

/** A standalone formula at `pos` of a line ending at `lineEnd` (« Bien cordialement, », « Bonne journée, Kévin Martin »). */
function formulaAt(ctx: Ctx, pos: number, lineEnd: number): Closing | undefined {
  const sets = closingSets();
  const e = sets.formula.at(ctx.prose, pos);
  if (e < 0 || e > lineEnd) return undefined;
  const extensible = sets.extensible.at(ctx.prose, pos) >= 0;
  // « Au plaisir de retravailler ensemble, », « Belle journée à vous, », « À bientôt j'espère ! » : a few more words, then
  // the end of the formula and maybe a name; or the whole rest of a short line (« Très bonne journée à vous, et encore merci ! »,
  // « Merci encore et à bientôt ! »).
  const tries = [extensible ? complementEnd(ctx, e, lineEnd, false) : e];
  if (extensible || /^\s+et\s/.test(ctx.prose.slice(e, e + 5))) tries.push(complementEnd(ctx, e, lineEnd, true));
  for (const end of tries) {
    const c = formulaEnd(ctx, pos, end, lineEnd);
    if (c) return c;
  }
  return undefined;
}

/** A formula [pos, e), its punctuation and emoji, then a name or nothing up to the end of the line. */
function formulaEnd(ctx: Ctx, pos: number, e: number, lineEnd: number): Closing | undefined {
  let p = e;
  while (p < lineEnd && p - e < 12 && (/[\s,.!…*_]/.test(ctx.text[p]) || isEmojiUnit(ctx.text.charCodeAt(p)))) p++;
  if (!signatureRest(ctx, p, lineEnd)) return undefined;
  let end = p;
  while (end > e && isBlankAt(ctx.text, end - 1)) end--;
  let rest = p;
  while (rest < lineEnd && isBlankAt(ctx.text, rest)) rest++;
  return { start: pos, end, ...(rest < lineEnd ? { rest } : {}) };
}

/** True when the line starting at `start` does not continue a sentence of the line above (« …l'expression de mes ⏎ salutations distinguées. »). */
function startsSentence(ctx: Ctx, start: number): boolean {
  const { prose } = ctx;
  let p = start - 1;
  let newlines = 0;
  for (; p >= 0 && start - p < 200; p--) {
    const c = prose.charCodeAt(p);
    if (c === 10) {
      if (++newlines > 1) return true;
    } else if (!isSpace(c)) break;
  }
  if (p < 0) return true;
  const c = prose.charCodeAt(p);
  return c === 44 || endsSentence(ctx, p) || !isWordChar(c);
}

/**
 * After a formula that may take a few more words: the end of at most six words
 * followed by « , », « . » or « ! »; with `wholeLine`, the end of the line when
 * the rest of it is at most eight words (commas allowed). Returns `e` otherwise.
 */
function complementEnd(ctx: Ctx, e: number, lineEnd: number, wholeLine: boolean): number {
  const { prose } = ctx;
  let p = e;
  let words = 0;
  let inWord = false;
  for (; p < lineEnd && p - e < 100; p++) {
    const c = prose.charCodeAt(p);
    if (!wholeLine && (c === 44 || c === 33 || c === 46)) return words > 0 && words <= 6 ? p : e;
    if (c === 63 || c === 59 || c === 58) return e;
    if (isWordChar(c) || c === 39 || c === 45) {
      if (!inWord) words++;
      inWord = true;
    } else inWord = false;
  }
  return wholeLine && p === lineEnd && words > 0 && words <= 8 ? lineEnd : e;
}

/** A code unit of an emoji (« Belle journée ! 🙂 »): surrogates, variation selectors, joiners, symbols. */
function isEmojiUnit(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || (c >= 0xfe00 && c <= 0xfe0f) || c === 0x200d || (c >= 0x2600 && c <= 0x27bf);
}

/** Start of the sentence holding `at`: after the previous sentence end, a blank line, or `floor`; at most 600 characters back. */
function sentenceStart(ctx: Ctx, at: number, floor: number): number {
  const { prose } = ctx;
  let p = at - 1;
  let newline = false;
  for (; p >= floor && at - p < 600; p--) {
    const c = prose.charCodeAt(p);
    if (c === 10) {
      if (newline) break;
      newline = true;
      continue;
    }
    if (!isSpace(c)) newline = false;
    if (endsSentence(ctx, p)) break;
  }
  let s = Math.max(p + 1, floor);
  while (s < at && (isSpace(prose.charCodeAt(s)) || prose.charCodeAt(s) === 10)) s++;
  return s;
}

/**
 * The closing formula of the line [start, end), if any: a standalone formula at
 * its start or after its last sentence, or a formal closing sentence ending on it
 * (« Je vous prie d’agréer, Madame, l’expression de mes ⏎ salutations distinguées. »).
 */
function closingOn(ctx: Ctx, start: number, end: number, minStart: number): Closing | undefined {
  const { prose } = ctx;
  if (start >= minStart && startsSentence(ctx, start)) {
    // « **Cordialement,** »: after Markdown emphasis.
    let from = start;
    while (from < end && from - start < 3 && (prose[from] === '*' || prose[from] === '_')) from++;
    const c = formulaAt(ctx, from, end);
    if (c) return { ...c, start };
  }
  // After one of the last sentence ends of the line.
  let tries = 0;
  for (let p = end - 2; p > start && tries < 3 && end - p < 160; p--) {
    if (!endsSentence(ctx, p)) continue;
    tries++;
    let q = p + 1;
    while (q < end && isBlankAt(prose, q)) q++;
    if (q >= end || q < minStart) continue;
    const c = formulaAt(ctx, q, end);
    if (c) return c;
  }
  // A formal closing sentence: a polite verb and « salutations », « considération »… in one sentence.
  const s = closingSets();
  const from = Math.max(start, end - LINE_PEEK);
  let anchor = -1;
  for (let p = from; p < end; p++) {
    if (p > 0 && isWordChar(prose.charCodeAt(p - 1))) continue;
    if (s.object.at(prose, p) >= 0) anchor = p;
  }
  if (anchor < 0) return undefined;
  let stop = end;
  for (let p = anchor; p < end; p++) {
    if (endsSentence(ctx, p)) {
      stop = p + 1;
      break;
    }
  }
  if (!signatureRest(ctx, stop, end)) return undefined;
  const first = sentenceStart(ctx, anchor, minStart);
  const sentence = squeeze(prose.slice(first, anchor));
  let verb = false;
  for (let p = 0; p < sentence.length && !verb; p++) {
    if (p > 0 && isWordChar(sentence.charCodeAt(p - 1))) continue;
    if (s.verb.at(sentence, p) >= 0) verb = true;
  }
  if (!verb) return undefined;
  let rest = stop;
  while (rest < end && isBlankAt(prose, rest)) rest++;
  return { start: first, end: stop, ...(rest < end ? { rest } : {}) };
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c > 127 && (unicodeClass(c) === 1 || unicodeClass(c) === 3));
}

// ---------------------------------------------------------------------------
// The layout.

interface LineRef {
  /** Offset of the first non-blank character, and after the last one. */
  start: number;
  end: number;
  /** Original and folded text of the head of the line (at most LINE_PEEK characters). */
  o: string;
  f: string;
  /** True when the line is longer than LINE_PEEK. */
  long: boolean;
}

/** A capitalised first name or two, then « , » or « ! », the whole line (« Patrick, », « Marie-Claire ! »). */
const BARE_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*[,!]$/u;

/** Length of a line that is a bare name greeting, or -1 (a closing formula such as « Cordialement, » is none). */
function bareNameGreeting(r: LineRef): number {
  if (r.long || !BARE_NAME.test(r.o) || closingSets().formula.at(r.f, 0) >= 0 || greetingSets().lead.at(r.f, 0) >= 0) return -1;
  return r.end - r.start;
}

function lineRef(text: string, prose: string, line: Line): LineRef {
  let s = line.start;
  let e = line.end;
  while (s < e && isSpace(prose.charCodeAt(s))) s++;
  while (e > s && isSpace(prose.charCodeAt(e - 1))) e--;
  const peekEnd = Math.min(e, s + LINE_PEEK);
  return { start: s, end: e, o: text.slice(s, peekEnd), f: prose.slice(s, peekEnd), long: e - s > LINE_PEEK };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000 || c === 0xfeff || c === 13;
}

/** Emoji (and the spaces before them) that end a line. */
const TRAILING_EMOJI = /(?:\s|\u200d|\ufe0f)*(?:\p{Extended_Pictographic}(?:\u200d|\ufe0f|\s)*)+$/u;

/** Reads the parts of a message from its prose lines (in order, lines with prose only). Never throws. */
export function readLayout(text: string, prose: string, lines: readonly Line[]): Layout {
  const ctx: Ctx = { text, prose };
  const n = lines.length;
  const refs: (LineRef | undefined)[] = new Array(n);
  const ref = (k: number): LineRef => (refs[k] ??= lineRef(text, prose, lines[k]));
  const sameParagraph = (a: number, b: number) => lines[b].index === lines[a].index + 1;
  const aloneInParagraph = (k: number) => (k === 0 || !sameParagraph(k - 1, k)) && (k + 1 >= n || !sameParagraph(k, k + 1));
  const greetingAt = (k: number) => {
    const r = ref(k);
    // « **Bonjour Paul,** »: the greeting inside Markdown emphasis.
    const open = emphasis(r.o).open;
    let g = readGreeting(r.o.slice(open), r.f.slice(open), aloneInParagraph(k));
    if (g < 0 && !r.long) {
      // « Hello Marc 🙂 »: emoji closing the line stand for the comma.
      const bare = TRAILING_EMOJI.exec(r.o);
      if (bare && bare.index > open) {
        const inner = readGreeting(r.o.slice(open, bare.index), r.f.slice(open, bare.index), true);
        if (inner === bare.index - open) g = r.o.length - open;
      }
    }
    if (g < 0) return -1;
    let end = open + g;
    while (end < r.o.length && end - open - g < 3 && (r.o[end] === '*' || r.o[end] === '_')) end++;
    return end;
  };

  // ---- Head: the lines before the greeting that a letter or a pasted mail puts there.
  const kinds: (HeadKind | 'address' | undefined)[] = [];
  let greetingLine = -1;
  let lastAnchor = -1;
  let scanned = 0;
  for (let k = 0; k < n && k < HEAD_WINDOW; k++) {
    if (greetingAt(k) >= 0 && headBefore(k)) {
      greetingLine = k;
      break;
    }
    const r = ref(k);
    const kind = headLineKind(r.f);
    scanned = k + 1;
    if (kind) {
      kinds[k] = kind;
      if (kind !== 'attention') lastAnchor = k;
      continue;
    }
    if (!r.long && blockLine(r.f)) {
      kinds[k] = 'address';
      continue;
    }
    break;
  }

  /** The lines before line g can be the head of a letter: each paragraph is marked as such, or an anchor follows it. */
  function headBefore(g: number): boolean {
    let k = 0;
    while (k < g) {
      let j = k;
      while (j + 1 < g && sameParagraph(j, j + 1)) j++;
      // A one-line title that is not a sentence (« Brouillon v2 », « # Réponse à Acme »).
      let ok = j === k && ref(k).o.length <= 60 && !hasPronoun(ref(k).o, ref(k).f, lex(ref(k).o));
      for (let q = k; q <= j && !ok; q++) {
        const kind = kinds[q];
        ok = (kind !== undefined && kind !== 'address') || addressMarker(ref(q).f) || hasContact(ref(q).o) || ref(q).f.startsWith('#');
      }
      if (!ok) for (let q = j + 1; q < g && !ok; q++) ok = kinds[q] !== undefined && kinds[q] !== 'address' && kinds[q] !== 'attention';
      // A short sender block right before the greeting (« Antoine Mercier » / « Doctorant – EHESS »): name and title lines, no sentence.
      if (!ok && j + 1 === g && j - k < 4) {
        ok = true;
        for (let q = k; q <= j && ok; q++) ok = kinds[q] === 'address' && ref(q).o.length <= 60 && !hasPronoun(ref(q).o, ref(q).f, lex(ref(q).o));
      }
      if (!ok) return false;
      k = j + 1;
    }
    return true;
  }

  let headEnd: number; // the first line of the message
  if (greetingLine >= 0) headEnd = greetingLine;
  else if (lastAnchor >= 0) headEnd = lastAnchor + 1;
  else {
    // No anchor: leading address blocks (a street, a postcode, a PO box, legal ids), followed by more text.
    headEnd = 0;
    let k = 0;
    while (k < scanned) {
      let j = k;
      while (j + 1 < n && sameParagraph(j, j + 1)) j++;
      if (j + 1 >= n || j >= scanned) break;
      let marker = false;
      let all = true;
      for (let q = k; q <= j; q++) {
        if (kinds[q] !== 'address' && kinds[q] !== 'attention') all = false;
        else if (addressMarker(ref(q).f)) marker = true;
      }
      if (!all || !marker || j === k) break;
      headEnd = j + 1;
      k = j + 1;
    }
  }
  // A greeting right after a head without one: « Objet : … » then « Madame, ».
  if (greetingLine < 0 && headEnd < n && greetingAt(headEnd) >= 0) greetingLine = headEnd;
  // « Patrick, » alone in its paragraph where the message opens: a first name greets a colleague or a friend.
  let bareName = -1;
  if (greetingLine < 0 && headEnd < n && aloneInParagraph(headEnd)) {
    bareName = bareNameGreeting(ref(headEnd));
    if (bareName >= 0) greetingLine = headEnd;
  }

  const head: LetterPart[] = [];
  let subject: Layout['subject'];
  for (let k = 0; k < headEnd; k++) {
    const r = ref(k);
    const kind: PartKind = kinds[k] === undefined || kinds[k] === 'attention' ? 'address' : (kinds[k] as PartKind);
    const prev = head[head.length - 1];
    if (kind === 'address' && prev?.kind === 'address' && k > 0 && sameParagraph(k - 1, k)) prev.end = r.end;
    else head.push({ kind, start: r.start, end: r.end });
    if (kind === 'subject' && !subject) subject = { start: lines[k].start, end: lines[k].end, valueStart: r.start + subjectValueStart(r.f) };
  }
  let greeting: Layout['greeting'];
  if (greetingLine >= 0) {
    const r = ref(greetingLine);
    greeting = { start: r.start, end: r.start + (bareName >= 0 ? bareName : greetingAt(greetingLine)) };
    // « Madame, ⏎ Monsieur, » on two lines.
    if (greeting.end === r.end && greetingLine + 1 < n && sameParagraph(greetingLine, greetingLine + 1)) {
      const r2 = ref(greetingLine + 1);
      if (!r2.long && greetingSets().civility.at(r2.f, 0) >= 0 && readGreeting(r2.o, r2.f) === r2.end - r2.start) greeting.end = r2.end;
    }
  }

  // ---- Tail: post-scriptum, attachments, « Envoyé de mon iPhone », legal notices (paragraphs at the very end).
  const first = headEnd;
  let tailStart = n;
  const tail: LetterPart[] = [];
  for (let k = n - 1, paragraphs = 0; k > first && paragraphs < 6 && n - k <= ENDING_WINDOW; paragraphs++) {
    let top = k;
    while (top - 1 > first && sameParagraph(top - 1, top) && k - top < MAX_SIGNATURE_LINES) top--;
    // « Cordialement, ⏎ Hugo Vidal ⏎ P.S. Merci pour la grille… » typed without a blank line: the post-scriptum is a part of its own.
    let psLine = -1;
    for (let q = top + 1; q <= k && psLine < 0; q++) if (opensPostscript(q)) psLine = q;
    if (psLine > top) {
      tail.unshift({ kind: 'postscript', start: ref(psLine).start, end: ref(k).end });
      tailStart = psLine;
      k = psLine - 1;
      continue;
    }
    const kind = tailKind(top, k);
    if (!kind) break;
    tail.unshift({ kind, start: ref(top).start, end: ref(k).end });
    tailStart = top;
    k = top - 1;
  }

  /** Whether line `q` opens a post-scriptum (« P.S. … », « PS : … »). */
  function opensPostscript(q: number): boolean {
    const f = ref(q).f;
    const ps = set('post-scriptum').at(f, 0);
    return ps >= 0 && /^[\s.:–—-]/.test(f.slice(ps, ps + 1) || ' ');
  }

  function tailKind(top: number, bottom: number): PartKind | undefined {
    const afterSignature = top - 1 > first && isSignatureLine(ref(top - 1).o, ref(top - 1).f);
    if (opensPostscript(top)) return 'postscript';
    let all = true;
    for (let q = top; q <= bottom && all; q++) {
      const r = ref(q);
      if (set('signature-mobile').at(r.f, 0) >= 0) continue;
      const pj = set('pieces-jointes').at(r.f, 0);
      all = pj >= 0 && afterLabel(r.f, pj).colon;
    }
    if (all) return 'trailer';
    if (!afterSignature) return undefined;
    // A legal notice: a paragraph holding « confidentiel », « par erreur »…, below the signature.
    const conf = set('confidentialite');
    for (let q = top; q <= bottom; q++) {
      const f = ref(q).f;
      for (let p = 0; p < f.length; p++) {
        if (p > 0 && isWordChar(f.charCodeAt(p - 1))) continue;
        if (conf.at(f, p) >= 0) return 'trailer';
      }
    }
    return undefined;
  }

  /** A line of a signature block, or a mention that sits in one (« Pensez à l’environnement… »). */
  const signatureLike = (k: number) => isSignatureLine(ref(k).o, ref(k).f) || isTrailerLine(ref(k).f);

  // ---- Closing and signature, looked for from the end.
  const minStart = greeting ? greeting.end : first < n ? ref(first).start : 0;
  let closing: Layout['closing'];
  let signature: Layout['signature'];
  const lastLine = tailStart - 1;
  if (lastLine >= first) {
    const floor = Math.max(first, tailStart - ENDING_WINDOW);
    // A separator (« -- ») with signature lines below it.
    let sep = -1;
    for (let k = lastLine; k > first && k >= floor && lastLine - k <= MAX_SIGNATURE_LINES; k--) {
      if (!isSeparatorLine(ref(k).o)) continue;
      let ok = true;
      for (let q = k + 1; q <= lastLine && ok; q++) ok = signatureLike(q);
      if (ok) sep = k;
      break;
    }
    const above = sep >= 0 ? sep - 1 : lastLine;
    for (let k = above; k >= floor && above - k <= MAX_SIGNATURE_LINES; k--) {
      const r = ref(k);
      const c = closingOn(ctx, r.start, r.end, minStart);
      if (c) {
        closing = { start: c.start, end: c.end };
        const sigFrom = c.rest ?? (k + 1 <= lastLine ? ref(k + 1).start : -1);
        if (sigFrom >= 0) signature = { start: sigFrom, end: ref(lastLine).end };
        break;
      }
      if (k === greetingLine || !signatureLike(k)) break;
    }
    if (!closing) {
      if (sep >= 0) signature = { start: ref(sep).start, end: ref(lastLine).end };
      else {
        // A block of signature lines at the end, topped by a name (LinkedIn, SMS, or a mail without a closing).
        let top = -1;
        for (let k = lastLine; k > first && lastLine - k < MAX_SIGNATURE_LINES; k--) {
          const r = ref(k);
          if (!signatureLike(k)) break;
          if (isNameLedLine(r.o, r.f)) top = k;
        }
        if (top >= 0) {
          signature = { start: ref(top).start, end: ref(lastLine).end };
          // « Quoi qu'il en soit, merci pour votre temps et bon succès sur le projet, » then the name: the guide's closing.
          const p = ref(top - 1);
          if (top - 1 >= first && top - 1 !== greetingLine && prose.charCodeAt(p.end - 1) === 44) {
            const start = sentenceStart(ctx, p.end - 1, Math.max(minStart, p.start));
            if (p.end - start <= 160) closing = { start, end: p.end };
          }
        } else {
          // « …sur un autre chantier. Julien » : a name after the last sentence of a one-line message.
          const r = ref(lastLine);
          for (let p = r.end - 2, tries = 0; p > r.start && tries < 2 && r.end - p < 60; p--) {
            if (!endsSentence(ctx, p)) continue;
            tries++;
            let q = p + 1;
            while (q < r.end && isBlankAt(prose, q)) q++;
            if (q < r.end && q >= minStart && isNameLine(text.slice(q, r.end), prose.slice(q, r.end))) {
              signature = { start: q, end: r.end };
              break;
            }
          }
        }
      }
    }
  }
  return { head, subject, greeting, closing, signature, tail, messageFirst: first, messageEnd: tailStart };
}
