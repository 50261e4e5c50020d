// The wording program: the wording entries and the lexicon's classes compiled
// (at build time, by compile.ts through scripts/wording-plugin.mjs) into what
// the engine (patterns.ts) walks — a vocabulary of folded words, shared word
// sets, and for each form a few integer instructions and its first words.
// Its text form is compact (one string of words, one of variable-length
// integers) and decoded once, at the first analysis.

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
  formNeeds: Map<number, { needs?: Needs; clauseNeeds?: Needs }>;
  /** Forms of class c: [classFormStart[c], classFormStart[c + 1]). */
  classFormStart: Int32Array;
  entries: readonly ProgramEntry[];
  families: readonly { name: string; entryStart: number; entryEnd: number }[];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The program as text: four lines (words, class names, entry ids and family names, integers). */
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
  const items = (list: number[][] | undefined) => {
    ints.push(list?.length ?? 0);
    for (const alts of list ?? []) ints.push(alts.length, ...alts);
  };
  ints.push(p.forms.length);
  for (const f of p.forms) {
    ints.push(f.code.length, ...f.code, f.first + 1, f.num ? 1 : 0);
    items(f.needs);
    items(f.clauseNeeds);
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
  return [p.words.join(' '), p.classNames.join(' '), p.entries.map((e) => e.id).join(' '), p.families.map((f) => f.name).join(' '), out].join('\n');
}

/** Reads the text form back (once per process). */
export function decodeProgram(text: string): WordingProgram {
  const [wordLine, classLine, entryLine, familyLine, intLine] = text.split('\n');
  const split = (s: string) => (s === '' ? [] : s.split(' '));
  const words = split(wordLine);
  const classNames = split(classLine);
  const entryIds = split(entryLine);
  const familyNames = split(familyLine);
  const value = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) value[ALPHABET.charCodeAt(i)] = i;
  let pos = 0;
  const next = (): number => {
    let v = 0;
    let scale = 1;
    for (;;) {
      const d = value[intLine.charCodeAt(pos++)];
      v += (d & 31) * scale;
      if (d < 32) return v;
      scale *= 32;
    }
  };
  const nSets = next();
  const setStart = new Int32Array(nSets + 1);
  const pool: number[] = [];
  for (let s = 0; s < nSets; s++) {
    setStart[s] = pool.length;
    const n = next();
    let prev = 0;
    for (let k = 0; k < n; k++) pool.push((prev += next()));
  }
  setStart[nSets] = pool.length;
  const nForms = next();
  const formPc = new Int32Array(nForms);
  const formFirst = new Int32Array(nForms);
  const formNum = new Uint8Array(nForms);
  const formNeeds = new Map<number, { needs?: Needs; clauseNeeds?: Needs }>();
  const code: number[] = [];
  const items = (): number[][] | undefined => {
    const n = next();
    if (n === 0) return undefined;
    const out: number[][] = [];
    for (let i = 0; i < n; i++) {
      const k = next();
      const alts: number[] = [];
      for (let j = 0; j < k; j++) alts.push(next());
      out.push(alts);
    }
    return out;
  };
  for (let f = 0; f < nForms; f++) {
    formPc[f] = code.length;
    const n = next();
    for (let k = 0; k < n; k++) code.push(next());
    formFirst[f] = next() - 1;
    formNum[f] = next();
    const needs = items();
    const clauseNeeds = items();
    if (needs || clauseNeeds) formNeeds.set(f, { ...(needs ? { needs } : {}), ...(clauseNeeds ? { clauseNeeds } : {}) });
  }
  const classFormStart = new Int32Array(classNames.length + 1);
  let form = 0;
  for (let c = 0; c < classNames.length; c++) {
    classFormStart[c] = form;
    form += next();
  }
  classFormStart[classNames.length] = form;
  const familySizes = familyNames.map(() => next());
  const entries: ProgramEntry[] = [];
  for (const id of entryIds) {
    const forms = next();
    const except = next();
    entries.push({ id, formStart: form, exceptStart: form + forms, exceptEnd: form + forms + except });
    form += forms + except;
  }
  let e = 0;
  const families = familyNames.map((name, i) => {
    const f = { name, entryStart: e, entryEnd: e + familySizes[i] };
    e += familySizes[i];
    return f;
  });
  return { words, classNames, setStart, setPool: Int32Array.from(pool), code: Int32Array.from(code), formPc, formFirst, formNum, formNeeds, classFormStart, entries, families };
}
