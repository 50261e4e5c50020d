// The wording program: the wording entries and the lexicon's classes compiled
// (at build time, by compile.ts through scripts/wording-plugin.mjs) into what
// the engine (patterns.ts) walks — a vocabulary of folded words, shared word
// sets, and for each form a few integer instructions and its first words.
// Its text form is compact (the integers variable-length, a one-word
// instruction as one integer, the offsets of alternatives and their jumps left
// out: the decoder puts them back from the layout) and decoded once, at the
// first analysis. The words are written plainly, one space apart, in
// code-unit order (a word's id is its rank): the decoder splits them natively
// and the engine finds a word by a binary search, where front-coding them
// (27 KB less text) and a map of the whole vocabulary cost about 5 ms of
// string building and hashing at the first analysis.

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
  formNeeds: Map<number, { needs?: Needs; clauseNeeds?: Needs }>;
  /** Forms of class c: [classFormStart[c], classFormStart[c + 1]). */
  classFormStart: Int32Array;
  entries: readonly ProgramEntry[];
  families: readonly { name: string; entryStart: number; entryEnd: number }[];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

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

/** In the text, `Word w` is the one integer `WORD_BASE + w` (every other instruction is written as it is). */
const WORD_BASE = Op.Jump + 1;

/** Integers after each opcode (`Alt n` is followed by `n` more). */
function operands(op: number): number {
  return op === Op.Word || op === Op.Set || op === Op.Class || op === Op.Gap || op === Op.Jump || op === Op.Alt ? 1 : 0;
}

/**
 * A form's code as the text writes it: each `Word w` as one integer, and
 * alternatives without their offsets and jumps. The compiler lays out
 * `Alt n off_1 … off_n` then each non-empty alternative in order, each ending
 * with a jump past the last: the text writes `Alt n`, then each alternative's
 * code followed by `Jump` alone (an empty one is that `Jump` only), and the
 * decoder computes the offsets again. The form ends with its one `Ret`.
 */
function packCode(code: readonly number[]): number[] {
  const out: number[] = [];
  const end = packRun(code, 0, false, out);
  if (code[end] !== Op.Ret || end !== code.length - 1) throw new Error('cannot encode a form that does not end with its one Ret');
  out.push(Op.Ret);
  return out;
}

/** Packs the code from `pc` up to the jump that ends the alternative (`inAlt`) or the form's `Ret`; returns the position of that jump or `Ret`. */
function packRun(code: readonly number[], pc: number, inAlt: boolean, out: number[]): number {
  for (;;) {
    const op = code[pc];
    if (op === Op.Ret || op === Op.Jump) {
      if ((op === Op.Jump) !== inAlt) throw new Error(`cannot encode the wording program: ${op === Op.Ret ? 'Ret inside alternatives' : 'a jump outside alternatives'}`);
      return pc;
    }
    if (op === Op.Word) {
      out.push(WORD_BASE + code[pc + 1]);
      pc += 2;
      continue;
    }
    if (op === Op.Alt) {
      pc = packAlt(code, pc, out);
      continue;
    }
    const n = operands(op);
    for (let k = 0; k <= n; k++) out.push(code[pc + k]);
    pc += n + 1;
  }
}

/** Packs the alternatives at `pc` (see packCode); returns where they meet. */
function packAlt(code: readonly number[], pc: number, out: number[]): number {
  const n = code[pc + 1];
  out.push(Op.Alt, n);
  let cursor = pc + 2 + n;
  // Where the alternatives meet: known after the first non-empty one (all empty: right after the offsets).
  let meet = -1;
  const empties: number[] = [];
  let allEmpty = n > 1;
  for (let i = 0; i < n; i++) if (code[pc + 2 + i] !== 2 + n) allEmpty = false;
  if (allEmpty) meet = cursor;
  for (let i = 0; i < n; i++) {
    const start = pc + code[pc + 2 + i];
    if (start === meet) {
      out.push(Op.Jump);
      continue;
    }
    if (start !== cursor) {
      // An empty alternative before the meeting point is known: checked once it is.
      out.push(Op.Jump);
      empties.push(start);
      continue;
    }
    const j = packRun(code, start, true, out);
    out.push(Op.Jump);
    const target = j + code[j + 1];
    if (meet >= 0 && target !== meet) throw new Error('cannot encode the wording program: alternatives that do not meet');
    meet = target;
    cursor = j + 2;
  }
  if (cursor !== meet || empties.some((e) => e !== meet)) throw new Error('cannot encode the wording program: alternatives out of their layout');
  return meet;
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

/** The program as text: five lines (words, class names, entry ids, family names, integers). */
export function encodeProgram(p: ProgramSource): string {
  const ints: number[] = [];
  ints.push(p.sets.length);
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
    // The code (it ends with its Ret), its first words, then flags: a number may start it, it has needs, clause
    // needs, and (from the eighth) its index depth.
    const depth = indexDepth(f.code, (s) => p.sets[s].length);
    ints.push(...packCode(f.code), f.first + 1, (f.num ? 1 : 0) | (f.needs ? 2 : 0) | (f.clauseNeeds ? 4 : 0) | (depth << 3));
    if (f.needs) items(f.needs);
    if (f.clauseNeeds) items(f.clauseNeeds);
  }
  ints.push(...p.classForms);
  for (const f of p.families) ints.push(f.entries);
  for (const e of p.entries) ints.push(e.forms, e.except);
  let out = '';
  for (let v of ints) {
    if (v < 0 || !Number.isInteger(v)) throw new Error(`cannot encode ${v}`);
    do {
      const low = v & 31;
      v = Math.floor(v / 32);
      out += ALPHABET[low | (v > 0 ? 32 : 0)];
    } while (v > 0);
  }
  const text = [joinWords(p.words), p.classNames.join(' '), p.entries.map((e) => e.id).join(' '), p.families.map((f) => f.name).join(' '), out].join('\n');
  // The decoder rebuilds what the text leaves out: check, at build time, that it gives the code back.
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

/** Reads the text form back (once per process). */
export function decodeProgram(text: string): WordingProgram {
  const [wordLine, classLine, entryLine, familyLine, intLine] = text.split('\n');
  const split = (s: string) => (s === '' ? [] : s.split(' '));
  const value = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) value[ALPHABET.charCodeAt(i)] = i;
  const words = split(wordLine);
  const classNames = split(classLine);
  const entryIds = split(entryLine);
  const familyNames = split(familyLine);
  // Every integer in one tight loop, then the structure read from them.
  const ints = new Int32Array(intLine.length);
  let n = 0;
  let v = 0;
  let scale = 1;
  for (let i = 0; i < intLine.length; i++) {
    const d = value[intLine.charCodeAt(i)];
    v += (d & 31) * scale;
    if (d < 32) {
      ints[n++] = v;
      v = 0;
      scale = 1;
    } else scale *= 32;
  }
  let pos = 0;
  const nSets = ints[pos++];
  const setStart = new Int32Array(nSets + 1);
  // Sets are delta-encoded after their size; the pool takes them in place.
  const setPool = new Int32Array(n);
  // A one-integer `Word w` unpacks to two integers, an alternative's `Jump` to at most three (its offset in the `Alt`, the jump and the jump's offset).
  const code = new Int32Array(3 * n);
  let poolLen = 0;
  for (let s = 0; s < nSets; s++) {
    setStart[s] = poolLen;
    const size = ints[pos++];
    let prev = 0;
    for (let k = 0; k < size; k++) setPool[poolLen++] = prev += ints[pos++];
  }
  setStart[nSets] = poolLen;
  const nForms = ints[pos++];
  const formPc = new Int32Array(nForms);
  const formFirst = new Int32Array(nForms);
  const formNum = new Uint8Array(nForms);
  const formDepth = new Uint8Array(nForms);
  const formNeeds = new Map<number, { needs?: Needs; clauseNeeds?: Needs }>();
  let codeLen = 0;
  // Alternatives being read (innermost last): where each `Alt` is, how many of its alternatives are left, and where
  // its fix-ups start in `fix` (a jump's position, or ~slot for an empty alternative's offset), set where they meet.
  // (Typed arrays with their own tops: shortening and growing plain arrays reallocates them again and again.)
  let altAt: Int32Array = new Int32Array(16);
  let altLeft: Int32Array = new Int32Array(16);
  let altFix: Int32Array = new Int32Array(16);
  let fix: Int32Array = new Int32Array(256);
  let alts = 0;
  let fixes = 0;
  for (let f = 0; f < nForms; f++) {
    formPc[f] = codeLen;
    for (;;) {
      const v = ints[pos++];
      if (v >= WORD_BASE) {
        code[codeLen++] = Op.Word;
        code[codeLen++] = v - WORD_BASE;
        continue;
      }
      if (v === Op.Ret) {
        code[codeLen++] = v;
        break;
      }
      if (v === Op.Jump) {
        // The end of a non-empty alternative: a jump to where the alternatives meet.
        if (fixes === fix.length) fix = grow(fix);
        fix[fixes++] = codeLen;
        code[codeLen++] = Op.Jump;
        code[codeLen++] = 0;
        altLeft[alts - 1]--;
      } else if (v === Op.Alt) {
        const n = ints[pos++];
        if (alts === altAt.length) {
          altAt = grow(altAt);
          altLeft = grow(altLeft);
          altFix = grow(altFix);
        }
        altAt[alts] = codeLen;
        altLeft[alts] = n;
        altFix[alts++] = fixes;
        code[codeLen++] = Op.Alt;
        code[codeLen++] = n;
        codeLen += n;
      } else {
        code[codeLen++] = v;
        if (operands(v) === 1) code[codeLen++] = ints[pos++];
        continue;
      }
      // The next alternative of the innermost `Alt` (empty ones are a `Jump` alone), or where they meet.
      for (;;) {
        const k = alts - 1;
        const at = altAt[k];
        if (altLeft[k] === 0) {
          for (let i = altFix[k]; i < fixes; i++) {
            const x = fix[i];
            if (x < 0) code[~x] = codeLen - at;
            else code[x + 1] = codeLen - x;
          }
          fixes = altFix[k];
          alts--;
          break;
        }
        const slot = at + 2 + code[at + 1] - altLeft[k];
        if (ints[pos] !== Op.Jump) {
          code[slot] = codeLen - at;
          break;
        }
        pos++;
        if (fixes === fix.length) fix = grow(fix);
        fix[fixes++] = ~slot;
        altLeft[k]--;
      }
    }
    formFirst[f] = ints[pos++] - 1;
    const flags = ints[pos++];
    formNum[f] = flags & 1;
    formDepth[f] = flags >> 3;
    if (flags & 6) {
      const needs: { needs?: Needs; clauseNeeds?: Needs } = {};
      if (flags & 2) pos = readItems(ints, pos, (needs.needs = []));
      if (flags & 4) pos = readItems(ints, pos, (needs.clauseNeeds = []));
      formNeeds.set(f, needs);
    }
  }
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
    const forms = ints[pos++];
    const except = ints[pos++];
    entries.push({ id, formStart: form, exceptStart: form + forms, exceptEnd: form + forms + except });
    form += forms + except;
  }
  let e = 0;
  const families = familyNames.map((name, i) => {
    const f = { name, entryStart: e, entryEnd: e + familySizes[i] };
    e += familySizes[i];
    return f;
  });
  return { words, classNames, setStart, setPool: setPool.slice(0, poolLen), code: code.slice(0, codeLen), formPc, formFirst, formNum, formDepth, formNeeds, classFormStart, entries, families };
}
