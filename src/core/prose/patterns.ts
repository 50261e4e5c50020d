// The one phrase engine: patterns over tokens, not regular expressions.
//
// Notation of a form (folded before reading: case, accents and both
// apostrophes do not matter):
//   désolé[e][s]        bracketed letters are optional (gender, number)
//   honteu{x|se|ses}    alternatives inside a word
//   {pas|vraiment pas}  alternatives of words; an empty one makes the group optional
//   avez-vous           a hyphen also matches a space (both are two tokens)
//   vous … lu           `…` between words: up to four tokens in between, same sentence
//   @decideur           a class of the lexicon (a list of forms of its own)
//   _                   any one word
//   <partager>          any form of the verb (conjugate.ts)
//   #                   a number
//   ^ $                 the start, the end of the sentence
//   form &@x / &&@x     the form counts only with class x in its sentence / clause
// A form matches whole tokens only, inside one sentence. « je » also matches
// « j' » (and « me », « te », « se », « le », « la », « de », « ne », « que »,
// « ce », « si » their elided forms), so a form need not spell both.
//
// The notation is compiled at build time (compile.ts, scripts/wording-plugin.mjs)
// into a program (program.ts): a vocabulary, word sets, and a few integer
// instructions per form. This module walks it. Matching never backtracks over
// the text: each form is tried only at the tokens its first words can start at
// (a token trie over the forms' leading words), and a try is bounded by the
// form's own length (gaps are at most four tokens). Linear in the number of
// tokens for any input. The user's own phrases are literal (no notation) and
// are matched by `LiteralMatcher`, compiled when the settings are read.

import { fold } from '../text';
import { grow, Op, wordId, type Needs, type WordingProgram } from './program';
import { Kind, tokenize, type Tokens } from './tokens';

// ---------------------------------------------------------------- the engine of a program

/**
 * Forms of a class by their first word, in typed arrays (a class index is
 * built at the first analysis for each class a rule asks about: maps of lists
 * made thousands of small objects for the collector to copy).
 */
interface ClassIndex {
  /** The class's first form, and how many it has (the `slot` of `keys`). */
  first: number;
  slot: number;
  /** Each form under each word it may start with (`listUnder`: word × slot + the form's position in the class). */
  keys: Int32Array;
  /** The words its forms may start with, each once, in order (what `startsOf` walks for every text). */
  firstWords: Int32Array;
  /** The forms of each of `firstWords`, grouped by the word they need next (built the first time a text holds the word). */
  groups: (FirstForms | undefined)[];
  /** The position of each of `firstWords` (a `wordTable`, made once the class has been looked up HASH_AFTER times). */
  rank: Int32Array | undefined;
  lookups: number;
  num: number[];
  /** `num` grouped by the word they need after the number (made at the first number a class is asked at). */
  numGroup: FirstForms | undefined;
  any: number[];
}

/**
 * The forms of a class that start with one word, by the word they need next:
 * `closed` holds the forms whose second element is a word or a small set
 * (tried only when the next token is one of them, found in `second`), `open`
 * the others. On a run of a frequent first word (« l’l’l’… », « a a a … »),
 * the forms whose second word is not there are not run at all.
 */
interface FirstForms {
  open: number[];
  /** Tried when a transparent adverb follows the first word: all of them. */
  closed: number[];
  /** `closed` listed under their second words (`listUnder`); undefined when `closed` is empty. */
  second: Int32Array | undefined;
  /** Where each second word's forms start in `second` (`firstsUnder`, made once the group has been read HASH_AFTER times). */
  secondAt: Int32Array | undefined;
  lookups: number;
}

/** Spreads word ids over a hash table (Fibonacci hashing; the table's mask keeps the low bits). */
const HASH_MULTIPLIER = 0x9e3779b1 | 0;

/**
 * A table from word ids to integers, for `count` words at most: open
 * addressing, at most half full, in one typed array (its mask, then pairs of
 * word + 1 and value). A probe or two where a binary search ran at every
 * token.
 */
function wordTable(count: number): Int32Array {
  let size = 4;
  while (size < 2 * count) size *= 2;
  const table = new Int32Array(1 + 2 * size);
  table[0] = size - 1;
  return table;
}

function tablePut(table: Int32Array, w: number, v: number): void {
  const mask = table[0];
  let h = Math.imul(w, HASH_MULTIPLIER) & mask;
  while (table[1 + 2 * h] !== 0 && table[1 + 2 * h] !== w + 1) h = (h + 1) & mask;
  table[1 + 2 * h] = w + 1;
  table[2 + 2 * h] = v;
}

/** The value of word w in the table, or -1. */
function tableGet(table: Int32Array, w: number): number {
  const mask = table[0];
  let h = Math.imul(w, HASH_MULTIPLIER) & mask;
  for (;;) {
    const k = table[1 + 2 * h];
    if (k === w + 1) return table[2 + 2 * h];
    if (k === 0) return -1;
    h = (h + 1) & mask;
  }
}

/** Lookups of a class's first words or of a group's second words after which they are hashed (`wordTable`) rather than searched. */
const HASH_AFTER = 64;

/**
 * The position in `g.second` of the first item listed under word `next`, or
 * -1: a binary search until the group has been read HASH_AFTER times, then
 * one probe of its table.
 */
function secondFrom(g: { closed: readonly unknown[]; second: Int32Array | undefined; secondAt: Int32Array | undefined; lookups: number }, next: number): number {
  if (g.secondAt) return tableGet(g.secondAt, next);
  const second = g.second as Int32Array;
  const slot = g.closed.length;
  if (++g.lookups >= HASH_AFTER) g.secondAt = firstsUnder(second, slot);
  const i = firstUnder(second, next, slot);
  return i < second.length && second[i] < (next + 1) * slot ? i : -1;
}

/** For `keys` (listUnder, `slot` items), the position of the first key of each word: `firstUnder` in one probe. */
function firstsUnder(keys: Int32Array, slot: number): Int32Array {
  let words = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || Math.floor(keys[i] / slot) !== Math.floor(keys[i - 1] / slot)) words++;
  const table = wordTable(words);
  for (let i = keys.length - 1; i >= 0; i--) tablePut(table, Math.floor(keys[i] / slot), i);
  return table;
}

/** Classes by the words they may start with (`Engine.startIndex`): those of word w are classes[start[w] … start[w + 1]). */
interface StartIndex {
  start: Int32Array;
  classes: Int32Array;
  /** The classes that may start at a number. */
  numbers: Int32Array;
}

/** `Engine.classOpens`: some form of the class may start at a number. */
const OPENS_ON_NUMBER = 1;
/** Some form of the class may start anywhere. */
const OPENS_ANYWHERE = 2;

/** Word ids kept for the next texts, at most (past that, the memory starts again). */
const WORD_IDS_KEPT = 1 << 15;

/** Second words a form may be listed under, at most (a larger set leaves the form open). */
const SECOND_SET_MAX = 256;

/** Adds `words` to `out`; false as soon as it holds more than SECOND_SET_MAX (the callers then give up). */
function addWords(out: Set<number>, words: ArrayLike<number>): boolean {
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]);
    if (out.size > SECOND_SET_MAX) return false;
  }
  return true;
}

/**
 * Items listed under words, as one sorted array: each word × the number of
 * items + the item's position. One typed array where a map of lists made, at
 * the first analysis, thousands of small arrays (a group lists each of its
 * forms under up to SECOND_SET_MAX words) for the collector to copy.
 */
function listUnder(lists: readonly ArrayLike<number>[]): Int32Array {
  let size = 0;
  for (const l of lists) size += l.length;
  const keys = new Int32Array(size);
  const slot = lists.length;
  let k = 0;
  for (let i = 0; i < slot; i++) {
    const l = lists[i];
    for (let j = 0; j < l.length; j++) keys[k++] = l[j] * slot + i;
  }
  return keys.sort();
}

/** The position in `keys` (listUnder, `slot` items) of the first item listed under word w; its items follow while the keys stay below (w + 1) × slot. */
function firstUnder(keys: Int32Array, w: number, slot: number): number {
  return firstAtOrAfter(keys, w * slot);
}

/** Index of the first of the sorted `list` at or after `x` (binary search). */
export function firstAtOrAfter(list: Int32Array, x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Each string of a list with its position. */
function positions(list: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  list.forEach((x, i) => m.set(x, i));
  return m;
}

/** A program ready to match: its word ids, class ids and indexes, built once per process. */
export class Engine {
  private classIds: Map<string, number> | undefined;
  private readonly classIndexes: (ClassIndex | undefined)[] = [];
  constructor(readonly program: WordingProgram) {}

  /** Ids of the words texts held lately (a text's words are looked up again at every keystroke). */
  private readonly wordIds = new Map<string, number>();

  /** The id of a folded word, or -1 when no form names it. */
  wordId(w: string): number {
    let id = this.wordIds.get(w);
    if (id === undefined) {
      if (this.wordIds.size >= WORD_IDS_KEPT) this.wordIds.clear();
      id = wordId(this.program.words, w);
      this.wordIds.set(w, id);
    }
    return id;
  }

  /** The id of a class, or -1. */
  classId(name: string): number {
    this.classIds ??= positions(this.program.classNames);
    return this.classIds.get(name) ?? -1;
  }

  has(name: string): boolean {
    return this.classId(name) >= 0;
  }

  /** Word ids of set s. */
  setWords(s: number): Int32Array {
    const p = this.program;
    return p.setPool.subarray(p.setStart[s], p.setStart[s + 1]);
  }

  private opens: Uint8Array | undefined;

  /** Whether some form of class c may start at a number (OPENS_ON_NUMBER), anywhere (OPENS_ANYWHERE): one scan of the classes' forms, without their indexes. */
  classOpens(c: number): number {
    if (!this.opens) {
      const p = this.program;
      const opens = new Uint8Array(p.classNames.length);
      for (let k = 0; k < opens.length; k++) {
        for (let f = p.classFormStart[k]; f < p.classFormStart[k + 1]; f++) {
          if (p.formFirst[f] < 0) opens[k] |= OPENS_ANYWHERE;
          else if (p.formNum[f]) opens[k] |= OPENS_ON_NUMBER;
        }
      }
      this.opens = opens;
    }
    return this.opens[c];
  }

  private starters: StartIndex | undefined;

  /**
   * The classes each word may start (a class whose forms may start anywhere is
   * in no list), and those that may start at a number: read in one pass over
   * a short text's tokens (`ClassMemo.gatherStarts`). The program's
   * (`startAt`, `startClass`, computed at build time), and the classes of
   * `classOpens`.
   */
  startIndex(): StartIndex {
    if (!this.starters) {
      const p = this.program;
      const numbers: number[] = [];
      for (let c = 0; c < p.classNames.length; c++) if (this.classOpens(c) === OPENS_ON_NUMBER) numbers.push(c);
      this.starters = { start: p.startAt, classes: p.startClass, numbers: Int32Array.from(numbers) };
    }
    return this.starters;
  }

  classIndex(c: number): ClassIndex {
    let ix = this.classIndexes[c];
    if (ix) return ix;
    const p = this.program;
    const start = p.classFormStart[c];
    const end = p.classFormStart[c + 1];
    const slot = Math.max(1, end - start);
    const num: number[] = [];
    const any: number[] = [];
    let size = 0;
    for (let f = start; f < end; f++) {
      const first = p.formFirst[f];
      if (first >= 0) size += p.setStart[first + 1] - p.setStart[first];
    }
    const keys = new Int32Array(size);
    let k = 0;
    for (let f = start; f < end; f++) {
      const first = p.formFirst[f];
      if (first < 0) {
        any.push(f);
        continue;
      }
      for (let i = p.setStart[first]; i < p.setStart[first + 1]; i++) keys[k++] = p.setPool[i] * slot + (f - start);
      if (p.formNum[f]) num.push(f);
    }
    keys.sort();
    let words = 0;
    for (let i = 0; i < size; i++) if (i === 0 || Math.floor(keys[i] / slot) !== Math.floor(keys[i - 1] / slot)) words++;
    const firstWords = new Int32Array(words);
    words = 0;
    for (let i = 0; i < size; i++) {
      const w = Math.floor(keys[i] / slot);
      if (words === 0 || firstWords[words - 1] !== w) firstWords[words++] = w;
    }
    ix = { first: start, slot, keys, firstWords, groups: [], rank: undefined, lookups: 0, num, numGroup: undefined, any };
    this.classIndexes[c] = ix;
    return ix;
  }

  /**
   * The forms of a class that start with word w, grouped by the word they
   * need next (undefined when none starts with w). Built the first time a
   * text holds w: a text holds a few hundred of the vocabulary's words.
   */
  firstForms(ix: ClassIndex, w: number): FirstForms | undefined {
    let k: number;
    if (ix.rank) k = tableGet(ix.rank, w);
    else {
      // A binary search until the class has been asked often enough for its table to pay (a process's first
      // analysis builds no table it would barely read).
      if (++ix.lookups >= HASH_AFTER) this.rankWords(ix);
      const words = ix.firstWords;
      k = firstUnder(words, w, 1);
      if (k === words.length || words[k] !== w) k = -1;
    }
    if (k < 0) return undefined;
    const known = ix.groups[k];
    if (known) return known;
    const p = this.program;
    const group: FirstForms = { open: [], closed: [], second: undefined, secondAt: undefined, lookups: 0 };
    const lists: ArrayLike<number>[] = [];
    const { keys, slot } = ix;
    const base = w * slot;
    for (let i = firstUnder(keys, w, slot); i < keys.length && keys[i] < base + slot; i++) {
      const f = ix.first + keys[i] - base;
      let next: ArrayLike<number> | undefined = this.secondWordsOf(f);
      // A form that opens on alternatives (« ^{à propos de|concernant|…} »): its next words depend on the first one.
      if (!next && this.opensOnChoice(f)) {
        const after = new Set<number>();
        if (this.wordsAfter(p.formPc[f], w, after, 0) && after.size <= SECOND_SET_MAX) next = [...after];
      }
      if (!next) group.open.push(f);
      else {
        group.closed.push(f);
        lists.push(next);
      }
    }
    if (lists.length > 0) group.second = listUnder(lists);
    ix.groups[k] = group;
    return group;
  }

  private rankWords(ix: ClassIndex): void {
    const words = ix.firstWords;
    const rank = wordTable(words.length);
    for (let k = 0; k < words.length; k++) tablePut(rank, words[k], k);
    ix.rank = rank;
  }

  /**
   * The forms of a class that may start with a number, grouped by the word
   * they need after it, as `firstForms` groups them after a first word
   * (« 3 jours de préparation », « 200 euros de billets » are not run at
   * every number).
   */
  numForms(ix: ClassIndex): FirstForms {
    if (ix.numGroup) return ix.numGroup;
    const group: FirstForms = { open: [], closed: [], second: undefined, secondAt: undefined, lookups: 0 };
    const lists: ArrayLike<number>[] = [];
    for (const f of ix.num) {
      const after = new Set<number>();
      if (this.wordsAfterNumber(this.program.formPc[f], after, 0) && after.size <= SECOND_SET_MAX) {
        group.closed.push(f);
        lists.push([...after]);
      } else group.open.push(f);
    }
    if (lists.length > 0) group.second = listUnder(lists);
    ix.numGroup = group;
    return group;
  }

  /**
   * Adds to `out` the words that may follow a number matched first by the
   * code at `pc`; false when something else may follow it, or when a path may
   * match a number otherwise (a class, an empty match). A path that opens on a
   * word adds nothing: at a number token that is that word, the form is run
   * as one of the word's forms (`firstForms`).
   */
  private wordsAfterNumber(pc: number, out: Set<number>, depth: number): boolean {
    const code = this.program.code;
    if (depth > 8 || out.size > SECOND_SET_MAX) return false;
    switch (code[pc]) {
      case Op.Num:
        return this.firstWordsAt(pc + 1, out, depth + 1);
      case Op.Word:
      case Op.Set:
      case Op.Any:
      case Op.End:
        // A word, any word, the end of the sentence: never a number token (a word's own forms are run apart).
        return true;
      case Op.Class: {
        // A class none of whose forms may start at a number or anywhere: at a number token that is one of its first
        // words, the form is run as one of that word's forms.
        const ix = this.classIndex(code[pc + 1]);
        return ix.any.length === 0 && ix.num.length === 0;
      }
      default:
        return this.walkControl(pc, depth, (q, d) => this.wordsAfterNumber(q, out, d));
    }
  }

  /** `secondWords` of each form, computed once (null: none). */
  private readonly seconds: (number[] | null | undefined)[] = [];

  private secondWordsOf(f: number): number[] | undefined {
    let s = this.seconds[f];
    if (s === undefined) this.seconds[f] = s = this.secondWords(f) ?? null;
    return s ?? undefined;
  }

  /**
   * The words the token after a form's first word must be, when the form
   * starts with a word (or a set) and what follows can only start with a few
   * known words (a word, a small set, a class or alternatives of those); else
   * undefined (a gap, any word, a number… may come next).
   */
  private secondWords(f: number): number[] | undefined {
    const p = this.program;
    const code = p.code;
    let pc = p.formPc[f];
    while (code[pc] === Op.Start) pc++;
    if (code[pc] !== Op.Word && code[pc] !== Op.Set) return undefined;
    const out = new Set<number>();
    return this.firstWordsAt(pc + 2, out, 0) && out.size <= SECOND_SET_MAX ? [...out] : undefined;
  }

  /** Whether set s holds word w (sets are sorted: a binary search; some hold hundreds of words). */
  setHas(s: number, w: number): boolean {
    const p = this.program;
    let lo = p.setStart[s];
    const end = p.setStart[s + 1];
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p.setPool[mid] < w) lo = mid + 1;
      else hi = mid;
    }
    return lo < end && p.setPool[lo] === w;
  }

  /** Whether form f opens (after `^`) on alternatives. */
  private opensOnChoice(f: number): boolean {
    const code = this.program.code;
    let pc = this.program.formPc[f];
    while (code[pc] === Op.Start) pc++;
    return code[pc] === Op.Alt;
  }

  /**
   * Adds to `out` the words that may follow word w when the code at `pc`
   * starts with it (a path that does not start with w adds nothing); false
   * when something else may follow w there (a gap, any word, a number…).
   */
  private wordsAfter(pc: number, w: number, out: Set<number>, depth: number): boolean {
    const p = this.program;
    const code = p.code;
    if (depth > 8 || out.size > SECOND_SET_MAX) return false;
    switch (code[pc]) {
      case Op.Word:
        return code[pc + 1] !== w || this.firstWordsAt(pc + 2, out, depth + 1);
      case Op.Set:
        return !this.setHas(code[pc + 1], w) || this.firstWordsAt(pc + 2, out, depth + 1);
      case Op.Start:
        return this.wordsAfter(pc + 1, w, out, depth + 1);
      case Op.Jump:
        return this.wordsAfter(pc + code[pc + 1], w, out, depth + 1);
      case Op.Alt:
        for (let i = 0; i < code[pc + 1]; i++) if (!this.wordsAfter(pc + code[pc + 2 + i], w, out, depth + 1)) return false;
        return true;
      default:
        return false;
    }
  }

  /** Adds to `out` the words the code at `pc` can start with; false when it may start otherwise (a gap, any word, a number, the end…). */
  private firstWordsAt(pc: number, out: Set<number>, depth: number): boolean {
    const p = this.program;
    const code = p.code;
    if (depth > 8 || out.size > SECOND_SET_MAX) return false;
    switch (code[pc]) {
      case Op.Word:
        out.add(code[pc + 1]);
        return true;
      case Op.Set:
        return addWords(out, this.setWords(code[pc + 1]));
      case Op.Class: {
        // The class's first words (a class that may start with a number or anywhere: false).
        const ix = this.classIndex(code[pc + 1]);
        return ix.any.length === 0 && ix.num.length === 0 && addWords(out, ix.firstWords);
      }
      default:
        return this.walkControl(pc, depth, (q, d) => this.firstWordsAt(q, out, d));
    }
  }

  /**
   * How near the sentence's end (in tokens) a form or class is first checked against its fewest tokens (`minFrom`,
   * `classMin`): further from it, nearly every form fits, and the check would cost ordinary drafts more than it spares.
   * Skipping the check is always exact: it only spares runs that would fail.
   */
  static readonly CHECK_FIT_WITHIN = 8;

  /** `minFrom`'s memo, by code position (-1: not computed yet). */
  private minAt: Int32Array | undefined;
  /** `classMin`'s memo, by class (-1: not computed yet; -2: being computed). */
  private classMins: Int32Array | undefined;

  /**
   * The fewest tokens a match of the code at `pc` consumes: one a word, a set,
   * any word or a number, a class's own fewest, none for a gap, `^` or `$`,
   * the shortest of alternatives. A lower bound: a transparent adverb stepped
   * over only adds tokens. A form (a class) whose fewest tokens do not fit
   * before the end of the sentence cannot match there: on a draft of
   * 500,000 one-word questions, most forms are known to fail without a run.
   * Jumps and alternatives go forward only, so each position is computed once.
   */
  minFrom(pc: number): number {
    const code = this.program.code;
    const memo = (this.minAt ??= new Int32Array(code.length).fill(-1));
    if (memo[pc] >= 0) return memo[pc];
    let n = 0;
    let at = pc;
    for (;;) {
      switch (code[at]) {
        case Op.Word:
        case Op.Set:
          n++;
          at += 2;
          continue;
        case Op.Class:
          n += this.classMin(code[at + 1]);
          at += 2;
          continue;
        case Op.Gap:
          at += 2;
          continue;
        case Op.Any:
        case Op.Num:
          n++;
          at++;
          continue;
        case Op.Start:
        case Op.End:
          at++;
          continue;
        case Op.Jump:
          at += code[at + 1];
          continue;
        case Op.Alt: {
          let m = Infinity;
          for (let i = 0; i < code[at + 1]; i++) m = Math.min(m, this.minFrom(at + code[at + 2 + i]));
          n += m === Infinity ? 0 : m;
          break;
        }
        default:
          // Op.Ret (or anything else: no bound past it).
          break;
      }
      break;
    }
    memo[pc] = n;
    return n;
  }

  /** The fewest tokens a match of class c consumes (`minFrom` of its forms; 0 inside a class that leads back to itself). */
  classMin(c: number): number {
    const p = this.program;
    const mins = (this.classMins ??= new Int32Array(p.classNames.length).fill(-1));
    if (mins[c] >= 0) return mins[c];
    if (mins[c] === -2) return 0;
    mins[c] = -2;
    let m = Infinity;
    for (let f = p.classFormStart[c]; f < p.classFormStart[c + 1]; f++) m = Math.min(m, this.minFrom(p.formPc[f]));
    mins[c] = m === Infinity ? 0 : m;
    return mins[c];
  }

  /**
   * The control operations of a form (`^`, a jump, alternatives), shared by the walks that collect words at a
   * position: each branch is walked by `step`; any other operation cannot be walked (false).
   */
  private walkControl(pc: number, depth: number, step: (pc: number, depth: number) => boolean): boolean {
    const code = this.program.code;
    switch (code[pc]) {
      case Op.Start:
        return step(pc + 1, depth + 1);
      case Op.Jump:
        return step(pc + code[pc + 1], depth + 1);
      case Op.Alt:
        for (let i = 0; i < code[pc + 1]; i++) if (!step(pc + code[pc + 2 + i], depth + 1)) return false;
        return true;
      default:
        return false;
    }
  }
}

/** What a match may look at: the tokens, and the context of a sentence. */
export interface MatchEnv {
  toks: Tokens;
  classes: Engine;
  /** True when token t starts a sentence (for `^` at the start of a form). */
  isStart?: (t: number) => boolean;
  /** Whether the context a form requires is there for a match [first, end) (` &@x`, ` &&@x`). */
  contextOk?: (needs: { needs?: Needs; clauseNeeds?: Needs }, first: number, end: number) => boolean;
}

// A dot inside a sentence is an abbreviation's (« M. Rigal »): a gap may cross it. So may a unit after a figure
// (« des frais de dossier de 150 € un peu moins perdus », « 12 % de plus »).
const GAP_PUNCT = new Set(['.', ',', ';', ':', '…', '...', '«', '»', '"', '(', ')', '“', '”', '-', '–', '€', '$', '£', '%', '/', '+', '&', '°']);

/**
 * The lexicon's class of transparent adverbs (« vraiment », « sincèrement »,
 * « tout de même »): between two elements of a form the engine steps over up
 * to MAX_SKIPS of them, so that « je suis vraiment très déçu » is the form
 * « je suis déçu » a writer happened to stress. Never before a form's first word.
 */
export const TRANSPARENT_CLASS = 'transparent';
/** The depth of nested class matches past which a class does not match (see ClassMemo.endOf): hundreds of times what any real sentence needs. */
const MAX_CLASS_DEPTH = 200;
const MAX_SKIPS = 2;
/** `continuation`: a transparent adverb follows the first word. */
const CONTINUES_PAST_ADVERB = -2;
/** Texts of this many tokens or fewer gather the starts of every class in one pass (`ClassMemo.gatherStarts`). */
const GATHER_MAX = 4096;
/** Integers in one block of a text's scratch arrays (see `ClassMemo.ints`). */
const POOL_SIZE = 1 << 14;
/** Class matches this many tokens long or longer are kept apart from the memo's bytes (`ClassMemo.farEnds`). */
const FAR_MATCH = 250;

/**
 * The matching state of one text: its tokens as word ids, and a memo of class
 * matches (for a class and a token, the end of its longest match, exclusive,
 * or -1). Classes are matched within the sentence `limit` gives.
 */
export class ClassMemo {
  readonly engine: Engine;
  /** Word id of each token (-1 for a word no form names). */
  readonly wid: Int32Array;
  /**
   * The memo of each class, one byte a token: 0 not computed yet, 1 no match,
   * 2 + the match's length in tokens below FAR_MATCH (a longer match: `farEnds`).
   * A byte where an integer was: a text of 1 MB asks a dozen classes at its
   * frequent words, and four bytes a token made 50 MB to zero and collect.
   */
  private readonly memos: (Uint8Array | undefined)[] = [];
  /** Ends of the matches of FAR_MATCH tokens or more, by class × tokens + first token. */
  private readonly farEnds = new Map<number, number>();
  private readonly limits: Int32Array;
  private gapOk: Uint8Array | undefined;
  private readonly code: Int32Array;
  private readonly kind: Uint8Array;

  constructor(
    readonly env: MatchEnv,
    limit: Int32Array | ((t: number) => number),
  ) {
    const { toks } = env;
    this.engine = env.classes;
    this.code = this.engine.program.code;
    this.kind = toks.kind;
    const n = toks.count;
    this.wid = new Int32Array(n);
    for (let t = 0; t < n; t++) this.wid[t] = this.engine.wordId(toks.norm[t]);
    if (typeof limit === 'function') {
      this.limits = new Int32Array(n);
      for (let t = 0; t < n; t++) this.limits[t] = limit(t);
    } else this.limits = limit;
  }

  private lastName = '';
  private lastClass = -1;
  private skipClass = -2;
  /** 1 at the tokens where an adverb may start, and at a comma before one; undefined when it may start anywhere. */
  private adverbAt: Uint8Array | undefined;
  private pool = new Int32Array(0);
  private poolAt = 0;
  private bytePool = new Uint8Array(0);
  private bytePoolAt = 0;
  /** Zeros, one a token: a scratch array `startsOf` marks tokens in, and clears after reading them back. */
  private marks: Uint8Array | undefined;

  /**
   * A zeroed array of `len` integers, a view of a larger block: a short text
   * asks for a hundred small arrays (a memo per class, its starts, its
   * matches), and allocating each one costs more than using it.
   */
  private ints(len: number): Int32Array {
    if (len > POOL_SIZE >> 3) return new Int32Array(len);
    if (this.poolAt + len > this.pool.length) {
      this.pool = new Int32Array(POOL_SIZE);
      this.poolAt = 0;
    }
    const a = this.pool.subarray(this.poolAt, this.poolAt + len);
    this.poolAt += len;
    return a;
  }

  /** The same for bytes. */
  private bytes(len: number): Uint8Array {
    if (len > POOL_SIZE >> 1) return new Uint8Array(len);
    if (this.bytePoolAt + len > this.bytePool.length) {
      this.bytePool = new Uint8Array(POOL_SIZE * 2);
      this.bytePoolAt = 0;
    }
    const a = this.bytePool.subarray(this.bytePoolAt, this.bytePoolAt + len);
    this.bytePoolAt += len;
    return a;
  }

  /** Where a transparent adverb may be (one pass): a mismatch elsewhere is not looked at again (it happens at most tokens). */
  private findAdverbs(): void {
    this.skipClass = this.engine.classId(TRANSPARENT_CLASS);
    if (this.skipClass < 0) return;
    const starts = this.startsOf(this.skipClass);
    if (!starts) return;
    const at = this.bytes(this.wid.length);
    const norm = this.env.toks.norm;
    for (const t of starts) {
      at[t] = 1;
      if (t > 0 && norm[t - 1] === ',') at[t - 1] = 1;
    }
    this.adverbAt = at;
  }

  /** End (exclusive) of a transparent adverb at token t, within `stop`, or -1. */
  skipEnd(t: number, stop: number): number {
    if (this.skipClass === -2) this.findAdverbs();
    if (this.skipClass < 0 || t >= stop || (this.adverbAt && this.adverbAt[t] === 0)) return -1;
    // Set off by commas (« d'exprimer, respectueusement, mon désaccord »): both commas go with it.
    if (this.env.toks.norm[t] === ',') {
      const e = t + 1 < stop ? this.endOf(this.skipClass, t + 1) : -1;
      return e > t + 1 && e < stop && this.env.toks.norm[e] === ',' ? e + 1 : -1;
    }
    const e = this.endOf(this.skipClass, t);
    return e > t && e <= stop ? e : -1;
  }

  /** Tokens where each class may start, computed on first request (undefined: not yet). */
  private readonly starts: (Int32Array | undefined)[] = [];
  /** Tokens where each class matches, computed on first request (undefined: not yet). */
  private readonly matched: (Int32Array | undefined)[] = [];

  /**
   * The tokens where class c matches (endOf(c, t) > t), in order; undefined
   * when the class may start anywhere. Computed once from `startsOf`: a
   * per-sentence search then costs one binary search, however often the
   * class's first words occur without it (« a » for « à propos de »).
   */
  matchesOf(c: number): Int32Array | undefined {
    const known = this.matched[c];
    if (known) return known;
    const starts = this.startsOf(c);
    if (!starts) return undefined;
    let k = 0;
    const list = this.ints(starts.length);
    // endOf runs no form whose second word is not there (the forms at a word are grouped by their second word).
    // A start with too few tokens left in its sentence for the class's shortest form is not asked (endOf would say -1).
    const min = this.engine.classMin(c);
    const limits = this.limits;
    for (let i = 0; i < starts.length; i++) {
      const t = starts[i];
      if (t + min <= limits[t] && this.endOf(c, t) > t) list[k++] = t;
    }
    const out = k === list.length ? list : list.subarray(0, k);
    this.matched[c] = out;
    return out;
  }
  /** The tokens of each word id, as linked lists in text order: the first token, then `nextSame`; -1 ends. */
  private firstSame: Int32Array | undefined;
  private nextSame: Int32Array | undefined;
  /** The number tokens, in order. */
  private numbers: Int32Array | undefined;

  /**
   * The tokens where class c may start (its first words, numbers), in order;
   * every other token is known not to match. Undefined when the class may
   * start anywhere. Each class's list is gathered on its first request from
   * the tokens of its first words (one pass over the tokens, once, lists
   * where each word occurs): a frequent word costs nothing for the classes
   * no rule asks about.
   */
  startsOf(c: number): Int32Array | undefined {
    const known = this.starts[c];
    if (known) return known;
    const ix = this.engine.classIndex(c);
    if (ix.any.length > 0) return undefined;
    this.gathers ??= this.wid.length <= GATHER_MAX;
    if (this.gathers) {
      // A short text: every class's starts at once, in one pass over its tokens (a class holds up to hundreds of
      // first words, mostly absent from it); a class no token may start has none.
      if (!this.gathered) {
        this.gatherStarts();
        const gathered = this.starts[c];
        if (gathered) return gathered;
      }
      const none = this.ints(0);
      this.starts[c] = none;
      return none;
    }
    if (!this.firstSame) this.indexWords();
    const firstSame = this.firstSame as Int32Array;
    const nextSame = this.nextSame as Int32Array;
    const words = ix.firstWords;
    let size = 0;
    for (let i = 0; i < words.length; i++) for (let t = firstSame[words[i]]; t >= 0; t = nextSame[t]) size++;
    const numbers = ix.num.length > 0 ? (this.numbers as Int32Array) : undefined;
    if (numbers) size += numbers.length;
    let list = this.ints(size);
    let k = 0;
    let sources = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (firstSame[w] < 0) continue;
      sources++;
      for (let t = firstSame[w]; t >= 0; t = nextSame[t]) list[k++] = t;
    }
    if (numbers && numbers.length > 0) {
      sources++;
      list.set(numbers, k);
    }
    if (sources > 1) {
      // Several first words (or words and numbers): in text order, each token once. A long list is put in
      // order by marking its tokens and reading them back (linear); a short one is sorted.
      let u = 0;
      if (list.length * 8 > this.wid.length) {
        const marks = (this.marks ??= this.bytes(this.wid.length));
        for (let i = 0; i < list.length; i++) marks[list[i]] = 1;
        for (let t = 0; t < marks.length; t++) {
          if (marks[t] === 1) {
            list[u++] = t;
            marks[t] = 0;
          }
        }
      } else {
        list.sort();
        for (let i = 0; i < list.length; i++) if (u === 0 || list[u - 1] !== list[i]) list[u++] = list[i];
      }
      if (u < list.length) list = list.subarray(0, u);
    }
    this.starts[c] = list;
    return list;
  }

  private gathered = false;
  /** Whether this text gathers its classes' starts (decided at its first `startsOf`). */
  private gathers: boolean | undefined;

  /** The starts of every class that may start at some token of the text (`startsOf` on a short text). */
  private gatherStarts(): void {
    this.gathered = true;
    const { start, classes, numbers } = this.engine.startIndex();
    const nClasses = this.engine.program.classNames.length;
    const n = this.wid.length;
    const size = this.ints(nClasses);
    for (let t = 0; t < n; t++) {
      const w = this.wid[t];
      if (w >= 0) for (let i = start[w]; i < start[w + 1]; i++) size[classes[i]]++;
      if (this.kind[t] === Kind.Number) for (let i = 0; i < numbers.length; i++) size[numbers[i]]++;
    }
    const lists: (Int32Array | undefined)[] = [];
    for (let c = 0; c < nClasses; c++) if (size[c] > 0) lists[c] = this.ints(size[c]);
    // Tokens in order, each once in a class's list (a number may also be one of its first words).
    const fill = size.fill(0);
    const add = (c: number, t: number) => {
      const l = lists[c] as Int32Array;
      if (fill[c] === 0 || l[fill[c] - 1] !== t) l[fill[c]++] = t;
    };
    for (let t = 0; t < n; t++) {
      const w = this.wid[t];
      if (w >= 0) for (let i = start[w]; i < start[w + 1]; i++) add(classes[i], t);
      if (this.kind[t] === Kind.Number) for (let i = 0; i < numbers.length; i++) add(numbers[i], t);
    }
    for (let c = 0; c < nClasses; c++) {
      const l = lists[c];
      if (l && !this.starts[c]) this.starts[c] = fill[c] === l.length ? l : l.subarray(0, fill[c]);
    }
  }

  /** One pass over the tokens: the tokens of each word, and the numbers. */
  private indexWords(): void {
    const n = this.wid.length;
    const firstSame = new Int32Array(this.engine.program.words.length).fill(-1);
    const nextSame = this.ints(n);
    let count = 0;
    for (let t = n - 1; t >= 0; t--) {
      const w = this.wid[t];
      if (w >= 0) {
        nextSame[t] = firstSame[w];
        firstSame[w] = t;
      }
      if (this.kind[t] === Kind.Number) count++;
    }
    const numbers = this.ints(count);
    let k = 0;
    for (let t = 0; t < n; t++) if (this.kind[t] === Kind.Number) numbers[k++] = t;
    this.firstSame = firstSame;
    this.nextSame = nextSame;
    this.numbers = numbers;
  }

  /** End (exclusive) of the longest match of class `name` at token t, or -1. */
  end(name: string, t: number): number {
    // Rules ask the same class token after token: keep the last name's id.
    if (name !== this.lastName) {
      this.lastName = name;
      this.lastClass = this.engine.classId(name);
    }
    return this.lastClass < 0 ? -1 : this.endOf(this.lastClass, t);
  }

  /**
   * What may continue a form whose first word is token t: the next word's id
   * (-1 for a word no form names, or nothing in the sentence), or
   * CONTINUES_PAST_ADVERB when a transparent adverb follows (any second word
   * may come after it).
   */
  continuation(t: number): number {
    const stop = this.limits[t];
    if (t + 1 >= stop) return -1;
    if (this.skipEnd(t + 1, stop) > t + 1) return CONTINUES_PAST_ADVERB;
    return this.wid[t + 1];
  }

  /** The same, by class id. */
  endOf(c: number, t: number): number {
    // The memo holds the length + 2: 0 (a fresh array's zeros) is « not computed yet », 1 is « no match ».
    let m = this.memos[c];
    if (!m) {
      m = this.bytes(this.wid.length);
      this.memos[c] = m;
    }
    if (t >= m.length) return -1;
    const known = m[t];
    if (known !== 0) return known === 1 ? -1 : known < FAR_MATCH + 2 ? t + known - 2 : (this.farEnds.get(c * m.length + t) as number);
    // A class whose match at t needs the match at t + 1, and so on (« quand, quand, quand, … » thousands of times in one
    // sentence), would recurse as deep as the sentence is long and overflow the stack: past a depth no real sentence
    // reaches, the class does not match here (not remembered, so that a shallower call still computes it).
    if (this.depth >= MAX_CLASS_DEPTH) return -1;
    this.depth++;
    const end = this.computeEnd(c, t, m);
    this.depth--;
    return end;
  }

  private depth = 0;

  /** endOf's work for a token not yet in the memo `m` of class c. */
  private computeEnd(c: number, t: number, m: Uint8Array): number {
    m[t] = 1; // guards recursive classes
    const stop = this.limits[t];
    // Too few tokens left in the sentence for the class's shortest form: no match (the memo says so already).
    if (stop - t <= Engine.CHECK_FIT_WITHIN && t + this.engine.classMin(c) > stop) return -1;
    const ix = this.engine.classIndex(c);
    const w = this.wid[t];
    const byWord = w >= 0 ? this.engine.firstForms(ix, w) : undefined;
    if (!byWord && ix.any.length === 0 && (ix.num.length === 0 || this.kind[t] !== Kind.Number)) return -1;
    let best = -1;
    if (byWord) best = this.tryFirstForms(byWord, t, stop, best);
    if (this.kind[t] === Kind.Number && ix.num.length > 0) best = this.tryFirstForms(this.engine.numForms(ix), t, stop, best);
    if (ix.any.length > 0) best = this.tryForms(ix.any, t, stop, best);
    if (best < 0) m[t] = 1;
    else if (best - t < FAR_MATCH) m[t] = best - t + 2;
    else {
      m[t] = FAR_MATCH + 2;
      this.farEnds.set(c * m.length + t, best);
    }
    return best;
  }

  /**
   * The forms of a class that open on the word (or the number) at t: those that go on with anything, then those grouped
   * by the word they need next. A transparent adverb after the first word may be stepped over: then every form is tried.
   */
  private tryFirstForms(group: FirstForms, t: number, stop: number, best: number): number {
    if (group.open.length > 0) best = this.tryForms(group.open, t, stop, best);
    if (!group.second) return best;
    const next = this.continuation(t);
    if (next === CONTINUES_PAST_ADVERB) return this.tryForms(group.closed, t, stop, best);
    if (next < 0) return best;
    const { closed, second } = group;
    const base = next * closed.length;
    const from = secondFrom(group, next);
    if (from >= 0) for (let i = from; i < second.length && second[i] < base + closed.length; i++) best = this.tryForm(closed[second[i] - base], t, stop, best);
    return best;
  }

  private tryForms(forms: readonly number[], t: number, stop: number, best: number): number {
    for (const f of forms) best = this.tryForm(f, t, stop, best);
    return best;
  }

  /** The end of form f at token t when it is past `best` (and its context is there), else `best`. */
  private tryForm(f: number, t: number, stop: number, best: number): number {
    const p = this.engine.program;
    if ((stop - t <= Engine.CHECK_FIT_WITHIN && t + this.engine.minFrom(p.formPc[f]) > stop) || this.failsAt(p.formPc[f], t, stop)) return best;
    const e = this.run(p.formPc[f], t, stop);
    if (e > best) {
      const needs = p.formNeeds.size > 0 ? p.formNeeds.get(f) : undefined;
      if (!needs || !this.env.contextOk || this.env.contextOk(needs, t, e)) return e;
    }
    return best;
  }

  /**
   * True when the code at `pc` surely fails at token t: it starts with a word
   * (or a set) that is not at t, or that is followed by a word (or a set) that
   * is not at t + 1, with no transparent adverb to step over there. A cheap
   * test before a run: a run of one frequent word (« l’l’l’… ») starts many
   * forms that fail at their second word.
   */
  failsAt(pc: number, t: number, stop: number): boolean {
    const code = this.code;
    for (let k = 0; k < 2; k++, pc += 2, t++) {
      const op = code[pc];
      if (op !== Op.Word && op !== Op.Set) return false;
      if (t >= stop) return true;
      const fits = op === Op.Word ? this.wid[t] === code[pc + 1] : this.inSet(code[pc + 1], this.wid[t]);
      if (!fits) return this.skipEnd(t, stop) < 0;
    }
    return false;
  }

  /** Whether word w (an id, -1 for a word no form names) is in set s. */
  private inSet(s: number, w: number): boolean {
    return w >= 0 && this.engine.setHas(s, w);
  }

  /** Whether token t may sit inside a gap (`…`): a word, a number, light punctuation. */
  private gapToken(t: number): boolean {
    if (!this.gapOk) {
      const { toks } = this.env;
      const g = new Uint8Array(toks.count);
      for (let i = 0; i < toks.count; i++) {
        const k = toks.kind[i];
        g[i] = k === Kind.Word || k === Kind.Number || (k === Kind.Punct && GAP_PUNCT.has(toks.norm[i])) ? 1 : 0;
      }
      this.gapOk = g;
    }
    return this.gapOk[t] === 1;
  }

  /**
   * Runs the code at `pc` from token t (tokens before `stop` only). Returns
   * the end token (exclusive) of the first way to match, or -1. Alternatives
   * are tried in order, gaps shortest first.
   */
  run(pc: number, t: number, stop: number): number {
    const code = this.code;
    const wid = this.wid;
    let skips = 0;
    for (;;) {
      switch (code[pc]) {
        case Op.Ret:
          return t;
        case Op.Word:
          if (t >= stop) return -1;
          if (wid[t] === code[pc + 1]) {
            pc += 2;
            t++;
            continue;
          }
          break;
        case Op.Set:
          if (t >= stop) return -1;
          if (this.inSet(code[pc + 1], wid[t])) {
            pc += 2;
            t++;
            continue;
          }
          break;
        case Op.Class: {
          if (t >= stop) return -1;
          const e = this.endOf(code[pc + 1], t);
          if (e >= 0 && e <= stop) {
            pc += 2;
            t = e;
            continue;
          }
          break;
        }
        case Op.Gap: {
          // Gaps in a row (« … … », from optional groups between them) are one gap of their total length: the same
          // offsets, tried once each, shortest first, where nested gaps ran what follows once per way to split an offset.
          let max = code[pc + 1];
          pc += 2;
          while (code[pc] === Op.Gap) {
            max += code[pc + 1];
            pc += 2;
          }
          for (let g = 0; g <= max; g++) {
            if (g > 0 && (t + g - 1 >= stop || !this.gapToken(t + g - 1))) break;
            const e = this.run(pc, t + g, stop);
            if (e >= 0) return e;
          }
          return -1;
        }
        case Op.Any:
          if (t >= stop || this.kind[t] !== Kind.Word) return -1;
          pc++;
          t++;
          continue;
        case Op.Num:
          if (t >= stop || this.kind[t] !== Kind.Number) return -1;
          pc++;
          t++;
          continue;
        case Op.Start:
          if (!this.env.isStart?.(t)) return -1;
          pc++;
          continue;
        case Op.End:
          // The end of the sentence: nothing but closing punctuation before `stop`.
          for (let j = t; j < stop; j++) if (this.kind[j] !== Kind.Punct) return -1;
          pc++;
          continue;
        case Op.Alt: {
          const n = code[pc + 1];
          for (let i = 0; i < n; i++) {
            const alt = pc + code[pc + 2 + i];
            // An alternative whose first two words are not there fails at once: not run.
            if (this.failsAt(alt, t, stop)) continue;
            const e = this.run(alt, t, stop);
            if (e >= 0) return e;
          }
          return -1;
        }
        case Op.Jump:
          pc += code[pc + 1];
          continue;
        default:
          throw new Error(`bad wording program at ${pc}`);
      }
      // A word, set or class did not match at t: a transparent adverb there is stepped over (never before a form's first word).
      const k = skips < MAX_SKIPS ? this.skipEnd(t, stop) : -1;
      if (k < 0) return -1;
      skips++;
      t = k;
    }
  }
}

// ---------------------------------------------------------------- families of entries

/** Decides whether a hit counts (its scope, its context). */
export type Accept<T> = (entry: T, first: number, end: number) => boolean;

/** An entry of a family: forms, and exceptions scoped to the entry. */
export interface PatternEntry {
  forms: readonly string[];
  except?: readonly string[];
  /** The forms are literal phrases (a user's), not notation: only their words count. */
  literal?: boolean;
}

export interface PatternHit<T> {
  entry: T;
  /** Token range, inclusive first, exclusive end. */
  first: number;
  end: number;
}

/** What finds hits of a list of entries (compiled forms, or a user's literal phrases). */
export interface HitFinder<T> {
  matches(memo: ClassMemo, from: number, to: number, sentenceEnd: Int32Array | ((t: number) => number), accept?: Accept<T>): PatternHit<T>[];
}

/** A class at the root of the index, and the node its matches continue from. */
interface RootClassEdge {
  c: number;
  node: TrieNode;
}

/**
 * The root classes that may start with one word, grouped by what they need
 * next: `always` are tried at every such token, `closed` only when the next
 * token is one of their second words (listed under them in `second`), or
 * when a transparent adverb follows. One lookup replaces a test per class on
 * a run of a frequent word (« l’l’l’… », « a a a … »).
 */
interface RootClassGroup {
  always: RootClassEdge[];
  closed: RootClassEdge[];
  /** `closed` listed under their second words (`listUnder`); undefined when `closed` is empty. */
  second: Int32Array | undefined;
  /** Where each second word's classes start in `second` (`firstsUnder`, made once the group has been read HASH_AFTER times). */
  secondAt: Int32Array | undefined;
  lookups: number;
}

/**
 * A node of the index: candidates whose leading elements led here, and what
 * may follow. A node is read lazily: the paths placed below it stay in `raw`
 * until a text first walks into it, and its child below a word is made the
 * first time a text holds that word there (a draft walks a small part of it).
 */
interface TrieNode {
  cands: number[];
  /** Paths not read yet: (candidate, pc, elements read) triples. */
  raw: number[] | undefined;
  /** Paths that go on with a word or a set of words: (candidate, pc of that element, elements read) triples. */
  items: number[] | undefined;
  /** The child below each next word looked up so far (its id; null: none). */
  words: Map<number, TrieNode | null> | undefined;
  /** A class matching at the next token. */
  classes: { c: number; node: TrieNode }[] | undefined;
}

const newNode = (): TrieNode => ({ cands: [], raw: undefined, items: undefined, words: undefined, classes: undefined });

/** The edge of `node` to class c (made on first use). */
function classChild(node: TrieNode, c: number): TrieNode {
  node.classes ??= [];
  let e = node.classes.find((x) => x.c === c);
  if (!e) node.classes.push((e = { c, node: newNode() }));
  return e.node;
}

/**
 * Many lists of entries (families) matched in one pass over the tokens. In
 * each list, earlier entries win at the same token, an entry's longest match
 * wins, and hits do not overlap; the lists do not see each other. An entry's
 * exceptions drop its own hits that lie inside them, not other entries' hits.
 *
 * The forms are indexed by their leading words and classes (through their
 * alternatives): at each token, one walk of the index gives the few forms
 * that can match there, and only those run.
 */
export class PatternMatcher<T> implements HitFinder<T> {
  /** Candidate c: its list, its entry's position in the list, its program entry and form (ids follow that order). */
  private candList: number[] = [];
  private candEntry: number[] = [];
  private candProgEntry: number[] = [];
  private candForm: number[] = [];
  /** How many leading elements of the candidate's form the index reads. */
  private candIndexDepth: number[] = [];
  private readonly root = newNode();
  /** Root classes for numbers, and those that may start anywhere. */
  private rootClassNum: { c: number; node: TrieNode }[] = [];
  private rootClassAny: { c: number; node: TrieNode }[] = [];
  /** Forms indexed by their first words only (they start with a gap, a number…), by first word (filled with `pending`, the first time a text holds the word), and those that may start anywhere. */
  private rootFirst = new Map<number, number[]>();
  private rootNum: number[] = [];
  private rootAny: number[] = [];
  /** Those of `rootAny` that open on `^`: candidates at the start of a sentence only (elsewhere they fail at once). */
  private rootAnyStart: number[] = [];
  private built = false;
  /** Collected candidates at one token (reused). */
  private buf = new Int32Array(64);
  private n = 0;

  /**
   * `lists[i]` are the entries of family i; `programEntry(list, j)` is the
   * program's entry index of entry j of that list.
   */
  constructor(
    private readonly engine: Engine,
    private readonly lists: readonly (readonly T[])[],
    private readonly programEntry: (list: number, j: number) => number,
  ) {}

  /**
   * Lists the candidates, and places the few whose first elements hold a
   * class under the root's classes. Nothing is placed under a word yet: the
   * candidates that start with it, and where their code goes on after it, are
   * read in the program's first-word index (computed at build time) the first
   * time a text holds it (`startsAt`).
   */
  private build(): void {
    this.built = true;
    const p = this.engine.program;
    this.candOf = new Int32Array(p.formPc.length).fill(-1);
    this.lists.forEach((entries, l) => {
      for (let j = 0; j < entries.length; j++) {
        const pe = this.programEntry(l, j);
        if (pe < 0) continue;
        const e = p.entries[pe];
        for (let f = e.formStart; f < e.exceptStart; f++) this.addCandidate(l, j, pe, f);
      }
    });
    // Root classes: those that may start at a number or anywhere; by word, grouped when a text holds the word (rootClassGroup).
    this.rootClassGroups = new Array<RootClassGroup | null | undefined>(p.words.length);
    this.rootEdges = new Array<RootClassEdge | undefined>(p.classNames.length);
    for (const edge of this.root.classes ?? []) {
      this.rootEdges[edge.c] = edge;
      const opens = this.engine.classOpens(edge.c);
      if (opens & OPENS_ON_NUMBER) this.rootClassNum.push(edge);
      if (opens & OPENS_ANYWHERE) this.rootClassAny.push(edge);
    }
    // Whether something may start at each word, decided the first time a text holds it: one array lookup then spares
    // the maps at every other token.
    this.starting = new Uint8Array(p.words.length);
  }

  /**
   * Whether a candidate or a root class may start at word w (the first time a
   * text holds it): its candidates are listed, those read deeper than their
   * first word to be placed (`firstNode`), the others to be run there.
   */
  private startsAt(w: number): boolean {
    const p = this.engine.program;
    const { firstAt, firstForm, firstPc, formDepth, formPc } = p;
    let first: number[] | undefined;
    let pend: number[] | undefined;
    let sorted = true;
    for (let i = firstAt[w]; i < firstAt[w + 1]; i++) {
      const f = firstForm[i];
      const id = this.candOf[f];
      if (id < 0) continue;
      const more = this.moreCands?.get(f);
      if (more) sorted = false;
      if (formDepth[f] === 0) {
        (first ??= []).push(id);
        if (more) for (const x of more) first.push(x);
      } else {
        // The path that goes on after w, one element read.
        (pend ??= []).push(id, formPc[f] + firstPc[i], 1);
        if (more) for (const x of more) pend.push(x, formPc[f] + firstPc[i], 1);
      }
    }
    if (first) this.rootFirst.set(w, sorted ? first : first.sort((a, b) => a - b));
    if (pend) this.pending.set(w, sorted ? pend : byCandidate(pend));
    return first !== undefined || pend !== undefined || this.rootClassGroup(w) !== undefined;
  }

  /** The root classes that may start with word w, grouped by what they need next (undefined: none); built the first time a text holds w. */
  private rootClassGroup(w: number): RootClassGroup | undefined {
    const known = this.rootClassGroups[w];
    if (known !== undefined) return known ?? undefined;
    let g: RootClassGroup | undefined;
    const lists: number[][] = [];
    // The classes that may start with w (those that may start anywhere are tried at every token: rootClassAny).
    const { start, classes } = this.engine.startIndex();
    for (let k = start[w]; k < start[w + 1]; k++) {
      const edge = this.rootEdges[classes[k]];
      if (!edge) continue;
      const ix = this.engine.classIndex(edge.c);
      const forms = this.engine.firstForms(ix, w);
      if (!forms) continue;
      g ??= { always: [], closed: [], second: undefined, secondAt: undefined, lookups: 0 };
      const plain = ix.num.length === 0 && ix.any.length === 0;
      if (!plain || forms.open.length > 0) g.always.push(edge);
      else if (forms.second) {
        // The class's second words: each once (its forms are listed under them in order).
        const words: number[] = [];
        const slot = forms.closed.length;
        for (const key of forms.second) {
          const x = Math.floor(key / slot);
          if (words[words.length - 1] !== x) words.push(x);
        }
        g.closed.push(edge);
        lists.push(words);
      }
    }
    if (g && lists.length > 0) g.second = listUnder(lists);
    this.rootClassGroups[w] = g ?? null;
    return g;
  }

  private rootClassGroups: (RootClassGroup | null | undefined)[] = [];
  /** The root's edge of each class (undefined: no candidate opens on it). */
  private rootEdges: (RootClassEdge | undefined)[] = [];
  /** For each word: 0 not looked at yet, 1 something may start there, 2 nothing. */
  private starting = new Uint8Array(0);
  /** The candidate of each form (-1: none); a form that is a candidate of several lists has the others in `moreCands`. */
  private candOf = new Int32Array(0);
  private moreCands: Map<number, number[]> | undefined;

  /**
   * Places the path of candidate `id` that goes on at `pc` (`d` elements
   * read) below `node`: at its end (`depth` elements, or an element the index
   * does not read) the candidate; before a word or a set, an item the word's
   * child reads; before a class, the class's child (read when walked).
   */
  private place(node: TrieNode, id: number, pc: number, d: number): void {
    const code = this.engine.program.code;
    if (d < this.candIndexDepth[id]) {
      switch (code[pc]) {
        case Op.Word:
        case Op.Set:
          (node.items ??= []).push(id, pc, d);
          return;
        case Op.Class:
          (classChild(node, code[pc + 1]).raw ??= []).push(id, pc + 2, d + 1);
          return;
        case Op.Start:
          return this.place(node, id, pc + 1, d);
        case Op.Jump:
          return this.place(node, id, pc + code[pc + 1], d);
        case Op.Alt:
          for (let i = 0; i < code[pc + 1]; i++) this.place(node, id, pc + code[pc + 2 + i], d);
          return;
      }
    }
    if (node.cands[node.cands.length - 1] !== id) node.cands.push(id);
  }

  /** Reads the paths placed below `node` (once, when a text first walks into it). */
  private open(node: TrieNode): void {
    const raw = node.raw;
    if (!raw) return;
    node.raw = undefined;
    for (let i = 0; i < raw.length; i += 3) this.place(node, raw[i], raw[i + 1], raw[i + 2]);
  }

  /** The child of `node` below word w (made the first time w is looked up there). */
  private child(node: TrieNode, w: number): TrieNode | undefined {
    let m = node.words;
    if (m) {
      const known = m.get(w);
      if (known !== undefined) return known ?? undefined;
    } else node.words = m = new Map();
    let child: TrieNode | null = null;
    const items = node.items as number[];
    const code = this.engine.program.code;
    for (let i = 0; i < items.length; i += 3) {
      const pc = items[i + 1];
      if (code[pc] === Op.Word ? code[pc + 1] === w : this.engine.setHas(code[pc + 1], w)) {
        child ??= newNode();
        (child.raw ??= []).push(items[i], pc + 2, items[i + 2] + 1);
      }
    }
    m.set(w, child);
    return child ?? undefined;
  }

  /**
   * Places candidate `id` below the classes among the first elements of the
   * code at `pc` (through alternatives). Its first words are not walked: the
   * program's first-word index says where its code goes on after each of them
   * (`startsAt`, `firstNode`).
   */
  private firstClasses(id: number, pc: number): void {
    const code = this.engine.program.code;
    switch (code[pc]) {
      case Op.Class:
        (classChild(this.root, code[pc + 1]).raw ??= []).push(id, pc + 2, 1);
        return;
      case Op.Start:
        return this.firstClasses(id, pc + 1);
      case Op.Jump:
        return this.firstClasses(id, pc + code[pc + 1]);
      case Op.Alt:
        for (let i = 0; i < code[pc + 1]; i++) this.firstClasses(id, pc + code[pc + 2 + i]);
        return;
    }
  }

  /** The paths to place below first word w (listed by `startsAt`, placed by `firstNode`): (candidate, pc, elements read) triples. */
  private pending = new Map<number, number[]>();

  /** The index below first word w, built the first time a text holds w. */
  private firstNode(w: number): TrieNode | undefined {
    const words = (this.root.words ??= new Map());
    const known = words.get(w);
    if (known) return known;
    const raw = this.pending.get(w);
    if (!raw) return undefined;
    this.pending.delete(w);
    // The candidates' paths past w (read when a text walks into the node; their first classes are the root's).
    const node = newNode();
    node.raw = raw;
    words.set(w, node);
    return node;
  }

  private addCandidate(list: number, entry: number, progEntry: number, form: number): void {
    const p = this.engine.program;
    const id = this.candList.length;
    this.candList.push(list);
    this.candEntry.push(entry);
    this.candProgEntry.push(progEntry);
    this.candForm.push(form);
    if (this.candOf[form] < 0) this.candOf[form] = id;
    else {
      this.moreCands ??= new Map();
      const more = this.moreCands.get(form);
      if (more) more.push(id);
      else this.moreCands.set(form, [id]);
    }
    // How deep the index reads the form (computed at build time, program.ts).
    const depth = p.formDepth[form];
    if (depth === 0) {
      // Indexed by its first words only (listed under them by `startsAt`).
      const first = p.formFirst[form];
      if (first < 0) {
        if (p.code[p.formPc[form]] === Op.Start) this.rootAnyStart.push(id);
        else this.rootAny.push(id);
        return;
      }
      if (p.formNum[form]) this.rootNum.push(id);
      return;
    }
    this.candIndexDepth[id] = depth;
    if (p.formOpensOnClass[form]) this.firstClasses(id, p.formPc[form]);
  }

  private push(c: number): void {
    if (this.n === this.buf.length) {
      const b = new Int32Array(this.n * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.n++] = c;
  }

  private pushAll(list: readonly number[]): void {
    for (const c of list) this.push(c);
  }

  /** Collects the candidates of the index from `node` on, at token `pos` (before `stop`). */
  private walk(node: TrieNode, pos: number, stop: number, memo: ClassMemo, skips = 0): void {
    if (node.raw) this.open(node);
    if (node.cands.length > 0) this.pushAll(node.cands);
    this.walkOn(node, pos, stop, memo, skips);
  }

  /** The children of `node` at `pos`, and past a transparent adverb there (as `run` steps over it). */
  private walkOn(node: TrieNode, pos: number, stop: number, memo: ClassMemo, skips: number): void {
    if (pos >= stop || (!node.items && !node.classes)) return;
    if (node.items) {
      const w = memo.wid[pos];
      const child = w >= 0 ? this.child(node, w) : undefined;
      if (child) this.walk(child, pos + 1, stop, memo, skips);
    }
    if (node.classes) for (const e of node.classes) this.walkClass(e, pos, stop, memo, skips);
    if (skips < MAX_SKIPS) {
      const s = memo.skipEnd(pos, stop);
      if (s > pos) this.walkOn(node, s, stop, memo, skips + 1);
    }
  }

  private walkClass(e: { c: number; node: TrieNode }, pos: number, stop: number, memo: ClassMemo, skips = 0): void {
    const end = memo.endOf(e.c, pos);
    if (end >= 0 && end <= stop) this.walk(e.node, end, stop, memo, skips);
  }

  /** Hits of the one list (see `matchAll`). */
  matches(memo: ClassMemo, from: number, to: number, sentenceEnd: Int32Array | ((t: number) => number), accept?: Accept<T>): PatternHit<T>[] {
    return this.matchAll(memo, from, to, sentenceEnd, accept)[0] ?? [];
  }

  /**
   * Hits of every list in tokens [from, to), one list of hits per list of
   * entries; `sentenceEnd(t)` is the exclusive end of the sentence holding
   * token t (no match crosses it). `accept` may refuse a hit (its scope, its
   * context): the next entry that matches there is tried.
   */
  matchAll(memo: ClassMemo, from: number, to: number, sentenceEnd: Int32Array | ((t: number) => number), accept?: Accept<T>): PatternHit<T>[][] {
    if (!this.built) this.build();
    const hits: PatternHit<T>[][] = this.lists.map(() => []);
    const next = new Int32Array(this.lists.length).fill(from);
    const wid = memo.wid;
    const kind = memo.env.toks.kind;
    const ends = typeof sentenceEnd === 'function' ? undefined : sentenceEnd;
    const endOf = typeof sentenceEnd === 'function' ? sentenceEnd : undefined;
    const p = this.engine.program;
    const pcs = p.formPc;
    const engine = this.engine;
    // Every form of one entry that matches at a token (reused: truncating an array at every token costs more than the matching).
    let foundEnd: Int32Array = new Int32Array(16);
    let foundForm: Int32Array = new Int32Array(16);
    let order: Int32Array = new Int32Array(16);
    for (let t = Math.max(0, from); t < to; t++) {
      const w = wid[t];
      const stop = Math.min(ends ? ends[t] : (endOf as (t: number) => number)(t), to);
      this.n = 0;
      if (w >= 0 && this.starting[w] !== 2 && (this.starting[w] === 1 || (this.starting[w] = this.startsAt(w) ? 1 : 2) === 1)) {
        const l = this.rootFirst.get(w);
        if (l) this.pushAll(l);
        const child = this.firstNode(w);
        if (child) this.walk(child, t + 1, stop, memo);
        const g = this.rootClassGroup(w);
        if (g) {
          for (const e of g.always) this.walkClass(e, t, stop, memo);
          // Most classes that may start with this word cannot go on with the next one: only those that can are tried.
          if (g.second) {
            const next = memo.continuation(t);
            if (next === CONTINUES_PAST_ADVERB) for (const e of g.closed) this.walkClass(e, t, stop, memo);
            else if (next >= 0) {
              const { closed, second } = g;
              const base = next * closed.length;
              const from = secondFrom(g, next);
              if (from >= 0) for (let i = from; i < second.length && second[i] < base + closed.length; i++) this.walkClass(closed[second[i] - base], t, stop, memo);
            }
          }
        }
      }
      if (kind[t] === Kind.Number) {
        this.pushAll(this.rootNum);
        for (const e of this.rootClassNum) this.walkClass(e, t, stop, memo);
      }
      if (this.rootAny.length > 0) this.pushAll(this.rootAny);
      if (this.rootAnyStart.length > 0 && memo.env.isStart?.(t)) this.pushAll(this.rootAnyStart);
      for (const e of this.rootClassAny) this.walkClass(e, t, stop, memo);
      const n = this.n;
      if (n === 0) continue;
      // Near the sentence's end, a form with more tokens than are left is not run (see Engine.CHECK_FIT_WITHIN).
      const near = stop - t <= Engine.CHECK_FIT_WITHIN;
      const buf = this.buf;
      // Rank order (list, then entry, then form: candidate ids were given in that order), each candidate once.
      for (let i = 1; i < n; i++) {
        const c = buf[i];
        let j = i - 1;
        while (j >= 0 && buf[j] > c) {
          buf[j + 1] = buf[j];
          j--;
        }
        buf[j + 1] = c;
      }
      let i = 0;
      while (i < n) {
        const list = this.candList[buf[i]];
        if (t < next[list]) {
          while (i < n && this.candList[buf[i]] === list) i++;
          continue;
        }
        let hit = -1;
        let hitEntry = -1;
        while (i < n && this.candList[buf[i]] === list) {
          const entry = this.candEntry[buf[i]];
          const pe = this.candProgEntry[buf[i]];
          // Every form of this entry that matches here, longest first.
          let found = 0;
          for (; i < n && this.candList[buf[i]] === list && this.candEntry[buf[i]] === entry; i++) {
            const c = buf[i];
            if (i > 0 && buf[i - 1] === c) continue;
            // Too few tokens left before the sentence's end for the form, or its first two words not there: not run.
            if ((near && t + engine.minFrom(pcs[this.candForm[c]]) > stop) || memo.failsAt(pcs[this.candForm[c]], t, stop)) continue;
            const e = memo.run(pcs[this.candForm[c]], t, stop);
            if (e > t) {
              if (found === foundEnd.length) {
                foundEnd = grow(foundEnd);
                foundForm = grow(foundForm);
                order = new Int32Array(foundEnd.length);
              }
              foundEnd[found] = e;
              foundForm[found] = this.candForm[c];
              found++;
            }
          }
          if (found === 0 || hit >= 0) continue;
          // Longest first, then in form order (a stable insertion sort: a handful of forms).
          for (let k = 0; k < found; k++) {
            let j = k - 1;
            while (j >= 0 && foundEnd[order[j]] < foundEnd[k]) {
              order[j + 1] = order[j];
              j--;
            }
            order[j + 1] = k;
          }
          for (let o = 0; o < found; o++) {
            const k = order[o];
            const end = foundEnd[k];
            if (this.excepted(pe, t, end, memo, stop)) continue;
            const needs = p.formNeeds.size > 0 ? p.formNeeds.get(foundForm[k]) : undefined;
            if (needs && memo.env.contextOk && !memo.env.contextOk(needs, t, end)) continue;
            if (accept && !accept(this.lists[list][entry], t, end)) continue;
            hit = end;
            hitEntry = entry;
            break;
          }
          if (hit >= 0) {
            // The first entry that holds wins: skip the rest of this list at t.
            while (i < n && this.candList[buf[i]] === list) i++;
          }
        }
        if (hit >= 0) {
          hits[list].push({ entry: this.lists[list][hitEntry], first: t, end: hit });
          next[list] = hit;
        }
      }
    }
    return hits;
  }

  /** True when an exception of the entry covers tokens [first, end). */
  private excepted(progEntry: number, first: number, end: number, memo: ClassMemo, stop: number): boolean {
    const e = this.engine.program.entries[progEntry];
    if (e.exceptEnd === e.exceptStart) return false;
    const ix = this.exceptIndex(progEntry);
    const pcs = this.engine.program.formPc;
    const kind = memo.env.toks.kind;
    for (let s = Math.max(0, first - 8); s <= first; s++) {
      // A transparent adverb at s may be stepped over before an exception's first word: then all of them run.
      if (memo.skipEnd(s, stop) > s) {
        for (let f = e.exceptStart; f < e.exceptEnd; f++) if (memo.run(pcs[f], s, stop) >= end) return true;
        continue;
      }
      // Only the exceptions that can start at token s run there.
      const w = memo.wid[s];
      const byWord = w >= 0 ? ix.byFirst.get(w) : undefined;
      if (byWord) for (const f of byWord) if (memo.run(pcs[f], s, stop) >= end) return true;
      if (kind[s] === Kind.Number) for (const f of ix.num) if (memo.run(pcs[f], s, stop) >= end) return true;
      for (const f of ix.any) if (memo.run(pcs[f], s, stop) >= end) return true;
    }
    return false;
  }

  private readonly exceptIndexes = new Map<number, FormsByFirst>();

  /** The exceptions of a program entry by their first words (built on first use). */
  private exceptIndex(progEntry: number): FormsByFirst {
    let ix = this.exceptIndexes.get(progEntry);
    if (ix) return ix;
    const p = this.engine.program;
    const e = p.entries[progEntry];
    ix = { byFirst: new Map(), num: [], any: [] };
    for (let f = e.exceptStart; f < e.exceptEnd; f++) {
      const first = p.formFirst[f];
      if (first < 0) {
        ix.any.push(f);
        continue;
      }
      for (const w of this.engine.setWords(first)) {
        let list = ix.byFirst.get(w);
        if (!list) ix.byFirst.set(w, (list = []));
        list.push(f);
      }
      if (p.formNum[f]) ix.num.push(f);
    }
    this.exceptIndexes.set(progEntry, ix);
    return ix;
  }
}

/** (candidate, pc, elements read) triples in candidate order (a stable sort: a candidate's paths keep their order). */
function byCandidate(triples: number[]): number[] {
  const order = Array.from({ length: triples.length / 3 }, (_, i) => i).sort((a, b) => triples[3 * a] - triples[3 * b] || a - b);
  return order.flatMap((i) => [triples[3 * i], triples[3 * i + 1], triples[3 * i + 2]]);
}

/** Forms by their first word, those that may start at a number, and those that may start anywhere. */
interface FormsByFirst {
  byFirst: Map<number, number[]>;
  num: number[];
  any: number[];
}

// ---------------------------------------------------------------- the user's literal phrases

/** Folded tokens of a plain string (no notation). */
export function plainTokens(s: string): string[] {
  const folded = fold(s);
  const toks = tokenize(folded, folded);
  const out: string[] = [];
  for (let k = 0; k < toks.count; k++) if (toks.kind[k] !== Kind.ListMarker) out.push(toks.norm[k]);
  return out;
}

/** Elided and full forms that stand for each other: « je » also matches « j' ». */
export const ELIDED: Record<string, readonly string[]> = {
  je: ["j'"],
  "j'": ['je', 'j'],
  me: ["m'"],
  "m'": ['me', 'm'],
  te: ["t'"],
  "t'": ['te', 't'],
  se: ["s'"],
  "s'": ['se', 'si'],
  si: ["s'"],
  le: ["l'"],
  la: ["l'"],
  "l'": ['le', 'la', 'l'],
  de: ["d'"],
  "d'": ['de', 'd'],
  ne: ["n'"],
  "n'": ['ne', 'n'],
  que: ["qu'"],
  "qu'": ['que', 'qu'],
  ce: ["c'"],
  "c'": ['ce', 'c'],
  jusque: ["jusqu'"],
  lorsque: ["lorsqu'"],
  puisque: ["puisqu'"],
};

/** A literal phrase as the word sets it matches: its words and punctuation as they are, no notation. */
export function literalWords(phrase: string): ReadonlySet<string>[] {
  return plainTokens(phrase.replace(/[[\]{}|…@_]/g, ' ')).map((w) => new Set([w, ...(ELIDED[w] ?? [])]));
}

/**
 * The user's phrases (entries whose forms are literal), matched on the tokens'
 * folded words: at each token, the first entry (in order) one of whose phrases
 * matches there and is accepted; hits do not overlap.
 */
export class LiteralMatcher<T extends PatternEntry> implements HitFinder<T> {
  private readonly byFirst = new Map<string, { entry: number; words: ReadonlySet<string>[] }[]>();
  constructor(readonly entries: readonly T[]) {
    entries.forEach((e, i) => {
      for (const f of e.forms) {
        const words = literalWords(f);
        if (words.length === 0) continue;
        for (const w of words[0]) {
          let list = this.byFirst.get(w);
          if (!list) this.byFirst.set(w, (list = []));
          list.push({ entry: i, words });
        }
      }
    });
  }

  matches(memo: ClassMemo, from: number, to: number, sentenceEnd: Int32Array | ((t: number) => number), accept?: Accept<T>): PatternHit<T>[] {
    const toks = memo.env.toks;
    const hits: PatternHit<T>[] = [];
    let next = from;
    for (let t = Math.max(0, from); t < to; t++) {
      if (t < next) continue;
      const list = this.byFirst.get(toks.norm[t]);
      if (!list) continue;
      const stop = Math.min(typeof sentenceEnd === 'function' ? sentenceEnd(t) : sentenceEnd[t], to);
      let i = 0;
      let found = -1;
      while (i < list.length && found < 0) {
        const entry = list[i].entry;
        // Every phrase of this entry that matches here, longest first.
        const ends: number[] = [];
        for (; i < list.length && list[i].entry === entry; i++) {
          const words = list[i].words;
          if (t + words.length > stop) continue;
          let k = 0;
          while (k < words.length && words[k].has(toks.norm[t + k])) k++;
          if (k === words.length) ends.push(t + k);
        }
        ends.sort((a, b) => b - a);
        for (const end of ends) {
          if (accept && !accept(this.entries[entry], t, end)) continue;
          found = end;
          hits.push({ entry: this.entries[entry], first: t, end });
          break;
        }
      }
      if (found >= 0) next = found;
    }
    return hits;
  }
}
