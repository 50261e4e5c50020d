// The wording program: the wording entries and the lexicon's classes compiled
// (at build time, by compile.ts through scripts/wording-plugin.mjs) into what
// the engine (patterns.ts) walks — a vocabulary of folded words, shared word
// sets, and for each form a few integer instructions and its first words.
// Its text form is decoded once, at the first analysis, by one loop over one
// line of integers (ASCII digits, most integers one character) and one over
// the forms' code, written as the engine reads it (offsets included), which
// the engine then reads in place. (Writing a one-word instruction as one
// integer, and leaving out the alternatives' offsets, made the text shorter
// but cost a form-by-form unpacking that ran cold: about 6 ms at the first
// analysis.) The words are written plainly, one space apart, in code-unit
// order (a word's id is its rank): the decoder splits them natively and the
// engine finds a word by a binary search, where front-coding them (27 KB less
// text) and a map of the whole vocabulary cost about 5 ms of string building
// and hashing at the first analysis.

/** Instructions of a form. Jumps are forward offsets from their own instruction. */
export const enum Op {
  /** The form matched: the end is the current token. */
  Ret = 0,
  /** One word (its id). */
  Word = 1,
  /** One word of a set (its id). */
  Set = 2,
  /** A class of the lexicon (its id): the longest match of the class there. */
  Class = 3,
  /** Up to `max` tokens (words, numbers, light punctuation), shortest first. */
  Gap = 4,
  /** Any one word. */
  Any = 5,
  /** A number. */
  Num = 6,
  /** The start of a sentence (or of a list item). */
  Start = 7,
  /** The end of a sentence: nothing but punctuation before it. */
  End = 8,
  /** `Alt n off_1 … off_n`: the alternatives in order, each ending with a jump past the last. */
  Alt = 9,
  Jump = 10,
}

/** The program as the compiler builds it (plain arrays). */
export interface ProgramSource {
  /** Folded words; a word's id is its index. */
  words: string[];
  classNames: string[];
  /** Word sets, as sorted word ids. */
  sets: number[][];
  /** Forms: the lexicon's, class by class, then each family's, entry by entry (forms, then exceptions). */
  forms: { code: number[]; first: number; num: boolean; needs?: number[][]; clauseNeeds?: number[][] }[];
  /** Number of forms of each class, in class order. */
  classForms: number[];
  families: { name: string; entries: number }[];
  entries: { id: string; forms: number; except: number }[];
}

export function emptyProgram(): ProgramSource {
  return { words: [], classNames: [], sets: [], forms: [], classForms: [], families: [], entries: [] };
}

/** Context a form requires: for each item, the classes of which one must be present. */
export type Needs = readonly (readonly number[])[];

export interface ProgramEntry {
  id: string;
  /** Form ids [formStart, exceptStart) are the entry's forms, [exceptStart, exceptEnd) its exceptions. */
  formStart: number;
  exceptStart: number;
  exceptEnd: number;
}

/** The program as the engine reads it. */
export interface WordingProgram {
  /** The vocabulary in code-unit order: a word's id is its position. */
  words: readonly string[];
  classNames: readonly string[];
  /** Set s is setPool[setStart[s] … setStart[s + 1]). */
  setStart: Int32Array;
  setPool: Int32Array;
  code: Int32Array;
  /** Where each form's code starts. */
  formPc: Int32Array;
  /** Set of the words a form can start with, or -1 when it may start anywhere. */
  formFirst: Int32Array;
  /** 1 when a form may start with a number. */
  formNum: Uint8Array;
  /** How many leading elements of each form the matcher's index reads (`indexDepth`; 0: the form is indexed by its first words). */
  formDepth: Uint8Array;
  /** 1 when a class is among a form's first elements (`opensOnClass`): the matcher's index places it under that class too. */
  formOpensOnClass: Uint8Array;
  formNeeds: Map<number, { needs?: Needs; clauseNeeds?: Needs }>;
  /** Forms of class c: [classFormStart[c], classFormStart[c + 1]). */
  classFormStart: Int32Array;
  /**
   * The forms of the wording entries (not their exceptions) under the words
   * they start with, in form order: word w's are firstForm[firstAt[w] …
   * firstAt[w + 1]). A form the matcher's index reads deeper than its first
   * word is listed once for each way its code starts with w (through
   * alternatives), `firstPc` then being where its code goes on after w, from
   * the form's start; a form indexed by its first words only (`formDepth` 0)
   * is listed under each word of its first set, with `firstPc` 0.
   */
  firstAt: Int32Array;
  firstForm: Int32Array;
  firstPc: Int32Array;
  /** The classes (in order) that may start with word w: startClass[startAt[w] … startAt[w + 1]); a class one of whose forms may start anywhere is in no list. */
  startAt: Int32Array;
  startClass: Int32Array;
  entries: readonly ProgramEntry[];
  families: readonly { name: string; entryStart: number; entryEnd: number }[];
}

/** Leading elements of a form the matcher's index reads, at most (the form's code then runs whole at the token). */
const INDEX_DEPTH = 3;
/** Nodes one form may add to the index, at most (alternatives and word sets multiply them); past that, it is indexed less deep (a form indexed by its first word only runs at every token of that word: « l’l’l’… »). */
const INDEX_COST = 200;

/**
 * How many leading elements of a form (its code, and the size of each word
 * set) the matcher's index reads: the deepest, at most INDEX_DEPTH, whose
 * paths add at most INDEX_COST nodes; 0 when none does or when a path has no
 * word or class to start with (the form is then indexed by its first words).
 * Computed at build time, with the program.
 */
export function indexDepth(code: readonly number[], setSize: (s: number) => number): number {
  for (let depth = INDEX_DEPTH; depth > 0; depth--) {
    const m = { cost: 0, empty: false };
    measureIndex(code, 0, 0, depth, 1, setSize, m);
    if (m.cost <= INDEX_COST) return m.empty ? 0 : depth;
  }
  return 0;
}

/** Measures the index paths of the code at `pc` up to `depth` elements: the nodes they add (`cost`), and whether one is empty. */
function measureIndex(code: readonly number[], pc: number, d: number, depth: number, width: number, setSize: (s: number) => number, m: { cost: number; empty: boolean }): void {
  if (m.cost > INDEX_COST) return;
  if (d < depth) {
    switch (code[pc]) {
      case Op.Word:
      case Op.Class:
        return measureIndex(code, pc + 2, d + 1, depth, width, setSize, m);
      case Op.Set:
        return measureIndex(code, pc + 2, d + 1, depth, width * setSize(code[pc + 1]), setSize, m);
      case Op.Start:
        return measureIndex(code, pc + 1, d, depth, width, setSize, m);
      case Op.Jump:
        return measureIndex(code, pc + code[pc + 1], d, depth, width, setSize, m);
      case Op.Alt:
        for (let i = 0; i < code[pc + 1]; i++) measureIndex(code, pc + code[pc + 2 + i], d, depth, width, setSize, m);
        return;
    }
  }
  if (d === 0) m.empty = true;
  m.cost += width * d;
}

/**
 * Whether a class is among the first elements of the code at `pc` (through
 * `^`, jumps and alternatives): the matcher's index places the form under that
 * class as well as under its first words. Computed at build time, with the program.
 */
export function opensOnClass(code: readonly number[], pc = 0): boolean {
  switch (code[pc]) {
    case Op.Class:
      return true;
    case Op.Start:
      return opensOnClass(code, pc + 1);
    case Op.Jump:
      return opensOnClass(code, pc + code[pc + 1]);
    case Op.Alt:
      for (let i = 0; i < code[pc + 1]; i++) if (opensOnClass(code, pc + code[pc + 2 + i])) return true;
      return false;
    default:
      return false;
  }
}

/**
 * The first-word index (`WordingProgram.firstAt` … `startClass`), computed at
 * build time: where each entry form goes on after each of its first words, and
 * the classes each word may start. The matcher reads it as it is, instead of
 * walking every form's code at the first analysis.
 */
function firstWordIndex(p: ProgramSource): number[][] {
  const nWords = p.words.length;
  const forms: number[][] = Array.from({ length: nWords }, () => []);
  const pcs: number[][] = Array.from({ length: nWords }, () => []);
  const opening = (f: number, code: readonly number[], pc: number): void => {
    switch (code[pc]) {
      case Op.Word:
        forms[code[pc + 1]].push(f);
        pcs[code[pc + 1]].push(pc + 2);
        return;
      case Op.Set:
        for (const w of p.sets[code[pc + 1]]) {
          forms[w].push(f);
          pcs[w].push(pc + 2);
        }
        return;
      case Op.Start:
        return opening(f, code, pc + 1);
      case Op.Jump:
        return opening(f, code, pc + code[pc + 1]);
      case Op.Alt:
        for (let i = 0; i < code[pc + 1]; i++) opening(f, code, pc + code[pc + 2 + i]);
        return;
    }
  };
  let f = p.classForms.reduce((n, k) => n + k, 0);
  for (const e of p.entries) {
    for (let k = 0; k < e.forms; k++, f++) {
      const form = p.forms[f];
      if (form.first < 0) continue;
      if (indexDepth(form.code, (s) => p.sets[s].length) > 0) opening(f, form.code, 0);
      else {
        for (const w of p.sets[form.first]) {
          forms[w].push(f);
          pcs[w].push(0);
        }
      }
    }
    f += e.except;
  }
  const classes: number[][] = Array.from({ length: nWords }, () => []);
  let start = 0;
  p.classForms.forEach((count, c) => {
    const own = p.forms.slice(start, start + count);
    start += count;
    if (own.some((x) => x.first < 0)) return;
    for (const x of own) for (const w of p.sets[x.first]) if (classes[w][classes[w].length - 1] !== c) classes[w].push(c);
  });
  const at = (lists: number[][]) => {
    const out = [0];
    for (const l of lists) out.push(out[out.length - 1] + l.length);
    return out;
  };
  return [at(forms), forms.flat(), pcs.flat(), at(classes), classes.flat()];
}

/** Integers as the differences between each and the one before, zigzag-coded (0, -1, 1, -2… as 0, 1, 2, 3…): sorted lists and offsets read as small numbers. */
function deltas(values: readonly number[]): number[] {
  let prev = 0;
  return values.map((v) => {
    const d = v - prev;
    prev = v;
    return d >= 0 ? 2 * d : -2 * d - 1;
  });
}

/** The integers back from `deltas`, in place. */
function undelta(ints: Int32Array, n: number): void {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const z = ints[i];
    acc += (z >>> 1) ^ -(z & 1);
    ints[i] = acc;
  }
}

/** The words, one space apart (in code-unit order, each once: `wordId` searches them). */
function joinWords(words: readonly string[]): string {
  words.forEach((w, i) => {
    if (w === '' || /\s/.test(w)) throw new Error(`cannot encode the word ${JSON.stringify(w)}`);
    if (i > 0 && !(words[i - 1] < w)) throw new Error(`the words of a wording program must be sorted and distinct: ${JSON.stringify(words[i - 1])}, ${JSON.stringify(w)}`);
  });
  return words.join(' ');
}

/** The id of folded word w in a program's sorted words (a binary search), or -1 when no form names it. */
export function wordId(words: readonly string[], w: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid] < w) lo = mid + 1;
    else hi = mid;
  }
  return lo < words.length && words[lo] === w ? lo : -1;
}

/**
 * The integers' digits: printable ASCII characters, none that a string literal
 * escapes (no quote, backslash, backtick or dollar). An integer is written
 * low digits first: digits below STOP end it (its last, highest digit), the
 * others go on (base GO). Most integers are below STOP: one character each.
 */
const DIGITS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => !'"$\'\\`'.includes(c))
  .join('');
const STOP = 60;
const GO = DIGITS.length - STOP;

/** An integer as the text writes it. */
function encodeInt(v: number): string {
  if (v < 0 || !Number.isInteger(v) || v > 2 ** 31 - 1) throw new Error(`cannot encode ${v}`);
  let out = '';
  while (v >= STOP) {
    out += DIGITS[STOP + (v % GO)];
    v = Math.floor(v / GO);
  }
  return out + DIGITS[v];
}

/** The program as text: seven lines (words, class names, entry ids, family names, integers, the forms' code, the first-word index). */
export function encodeProgram(p: ProgramSource): string {
  const ints: number[] = [];
  ints.push(p.sets.length, p.sets.reduce((n, s) => n + s.length, 0));
  for (const s of p.sets) {
    ints.push(s.length);
    let prev = 0;
    for (const id of s) {
      ints.push(id - prev);
      prev = id;
    }
  }
  const items = (list: number[][]) => {
    ints.push(list.length);
    for (const alts of list) ints.push(alts.length, ...alts);
  };
  ints.push(p.forms.length);
  for (const f of p.forms) {
    // The length of the code, its first words, then flags: a number may start it, it has needs, clause needs,
    // (from the eighth) its index depth (at most INDEX_DEPTH: two bits), and whether it opens on a class.
    const depth = indexDepth(f.code, (s) => p.sets[s].length);
    if (depth > 3) throw new Error('the index depth of a form is written in two bits');
    ints.push(f.code.length, f.first + 1, (f.num ? 1 : 0) | (f.needs ? 2 : 0) | (f.clauseNeeds ? 4 : 0) | (depth << 3) | (opensOnClass(f.code) ? 32 : 0));
    if (f.needs) items(f.needs);
    if (f.clauseNeeds) items(f.clauseNeeds);
  }
  ints.push(...p.classForms);
  for (const f of p.families) ints.push(f.entries);
  for (const e of p.entries) ints.push(e.forms, e.except);
  let out = '';
  for (const v of ints) out += encodeInt(v);
  // The code on a line of its own, as the engine reads it: the decoder keeps it where it reads it.
  let code = '';
  for (const f of p.forms) for (const v of f.code) code += encodeInt(v);
  // The first-word index, each integer as its difference from the one before (decoded in one more pass).
  let index = '';
  for (const v of deltas(firstWordIndex(p).flat())) index += encodeInt(v);
  const text = [joinWords(p.words), p.classNames.join(' '), p.entries.map((e) => e.id).join(' '), p.families.map((f) => f.name).join(' '), out, code, index].join('\n');
  // Check, at build time, that the decoder gives the code back.
  const back = decodeProgram(text);
  p.forms.forEach((f, i) => {
    const end = i + 1 < p.forms.length ? back.formPc[i + 1] : back.code.length;
    if (end - back.formPc[i] !== f.code.length || f.code.some((v, k) => back.code[back.formPc[i] + k] !== v)) throw new Error(`the wording program's form ${i} does not read back as written`);
  });
  return text;
}

/** The same integers in an array twice as long. */
export function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

/** Reads a list of items (each a list of class ids) at `pos` into `out`; returns the position after it. */
function readItems(ints: Int32Array, pos: number, out: number[][]): number {
  const count = ints[pos++];
  for (let i = 0; i < count; i++) {
    const k = ints[pos++];
    out.push(Array.from(ints.subarray(pos, pos + k)));
    pos += k;
  }
  return pos;
}

/**
 * Every integer of a line of the text, in one loop (a small function: the
 * engine optimises it while it runs, where a loop inside a large function ran
 * to its end before that function was compiled). `n` integers were read.
 */
function readInts(line: string): { ints: Int32Array; n: number } {
  const digit = new Int32Array(128);
  for (let i = 0; i < DIGITS.length; i++) digit[DIGITS.charCodeAt(i)] = i;
  const ints = new Int32Array(line.length);
  let n = 0;
  let v = 0;
  let scale = 1;
  for (let i = 0; i < line.length; i++) {
    const d = digit[line.charCodeAt(i)];
    if (d < STOP) {
      ints[n++] = v + d * scale;
      v = 0;
      scale = 1;
    } else {
      v += (d - STOP) * scale;
      scale *= GO;
    }
  }
  return { ints, n };
}

/** The word sets at `pos` (each its size, then its words' ids delta-encoded). */
function readSets(ints: Int32Array, pos: number): { setStart: Int32Array; setPool: Int32Array; pos: number } {
  const nSets = ints[pos++];
  const setStart = new Int32Array(nSets + 1);
  const setPool = new Int32Array(ints[pos++]);
  let poolLen = 0;
  for (let s = 0; s < nSets; s++) {
    setStart[s] = poolLen;
    const size = ints[pos++];
    let prev = 0;
    for (let k = 0; k < size; k++) setPool[poolLen++] = prev += ints[pos++];
  }
  setStart[nSets] = poolLen;
  return { setStart, setPool, pos };
}

/** What the text says of each form at `pos` (the length of its code, its first words, its flags and needs). */
function readForms(ints: Int32Array, pos: number) {
  const nForms = ints[pos++];
  const formPc = new Int32Array(nForms);
  const formFirst = new Int32Array(nForms);
  const formNum = new Uint8Array(nForms);
  const formDepth = new Uint8Array(nForms);
  const formOpensOnClass = new Uint8Array(nForms);
  const formNeeds = new Map<number, { needs?: Needs; clauseNeeds?: Needs }>();
  let codeLen = 0;
  for (let f = 0; f < nForms; f++) {
    formPc[f] = codeLen;
    codeLen += ints[pos++];
    formFirst[f] = ints[pos++] - 1;
    const flags = ints[pos++];
    formNum[f] = flags & 1;
    formDepth[f] = (flags >> 3) & 3;
    formOpensOnClass[f] = flags >> 5;
    if (flags & 6) {
      const needs: { needs?: Needs; clauseNeeds?: Needs } = {};
      if (flags & 2) pos = readItems(ints, pos, (needs.needs = []));
      if (flags & 4) pos = readItems(ints, pos, (needs.clauseNeeds = []));
      formNeeds.set(f, needs);
    }
  }
  return { formPc, formFirst, formNum, formDepth, formOpensOnClass, formNeeds, codeLen, pos };
}

/** Reads the text form back (once per process). */
export function decodeProgram(text: string): WordingProgram {
  const [wordLine, classLine, entryLine, familyLine, intLine, codeLine, indexLine] = text.split('\n');
  const split = (s: string) => (s === '' ? [] : s.split(' '));
  const words = split(wordLine);
  const classNames = split(classLine);
  const entryIds = split(entryLine);
  const familyNames = split(familyLine);
  const { ints, n } = readInts(intLine);
  const sets = readSets(ints, 0);
  const forms = readForms(ints, sets.pos);
  let pos = forms.pos;
  const classFormStart = new Int32Array(classNames.length + 1);
  let form = 0;
  for (let c = 0; c < classNames.length; c++) {
    classFormStart[c] = form;
    form += ints[pos++];
  }
  classFormStart[classNames.length] = form;
  const familySizes = familyNames.map(() => ints[pos++]);
  const entries: ProgramEntry[] = [];
  for (const id of entryIds) {
    const own = ints[pos++];
    const except = ints[pos++];
    entries.push({ id, formStart: form, exceptStart: form + own, exceptEnd: form + own + except });
    form += own + except;
  }
  let e = 0;
  const families = familyNames.map((name, i) => {
    const f = { name, entryStart: e, entryEnd: e + familySizes[i] };
    e += familySizes[i];
    return f;
  });
  // The code is its line's integers, read in place.
  const codeInts = readInts(codeLine ?? '');
  const code = codeInts.n === forms.codeLen ? codeInts.ints.subarray(0, codeInts.n) : undefined;
  // The first-word index: views of its line's integers.
  const index = readInts(indexLine ?? '');
  undelta(index.ints, index.n);
  const nWords = words.length;
  let at = 0;
  const part = (len: number) => index.ints.subarray(at, (at += len));
  const firstAt = part(nWords + 1);
  const firstForm = part(firstAt[nWords] ?? 0);
  const firstPc = part(firstForm.length);
  const startAt = part(nWords + 1);
  const startClass = part(startAt[nWords] ?? 0);
  if (pos !== n || !code || at !== index.n) throw new Error('Boomerang: the wording program is damaged (rebuild it).');
  const { setStart, setPool } = sets;
  const { formPc, formFirst, formNum, formDepth, formOpensOnClass, formNeeds } = forms;
  return { words, classNames, setStart, setPool, code, formPc, formFirst, formNum, formDepth, formOpensOnClass, formNeeds, classFormStart, entries, families, firstAt, firstForm, firstPc, startAt, startClass };
}
