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
// A form matches whole tokens only, inside one sentence. « je » also matches
// « j' » (and « me », « te », « se », « le », « la », « de », « ne », « que »,
// « ce », « si » their elided forms), so a form need not spell both.
//
// Matching never backtracks over the text: each form is tried at the tokens its
// first words can start at (a map from folded word to forms), and a try is
// bounded by the form's own length (gaps are at most four tokens). Linear in
// the number of tokens for any input, including user phrases.

import { fold } from '../text';
import { conjugate } from './conjugate';
import { Kind, tokenize, type Tokens } from './tokens';

export type El =
  | { t: 'w'; set: ReadonlySet<string> }
  | { t: 'alt'; alts: El[][] }
  | { t: 'gap'; max: number }
  | { t: 'cls'; name: string }
  | { t: 'any' }
  | { t: 'start' }
  | { t: 'end' }
  | { t: 'num' };

export interface CompiledForm {
  els: El[];
  /** Classes that must also appear in the sentence for a hit of this form to count (` &@target` after a form). */
  needs?: readonly string[];
  /** The same, in the hit's clause (` &&@target`). */
  clauseNeeds?: readonly string[];
}

/** Elided and full forms that stand for each other. */
const ELISION: Record<string, string[]> = {
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

const MAX_EXPANSIONS = 4096;

/** Expands a word template (`désolé[e][s]`, `honteu{x|se}`, `{c'est|c'était}`, `{désolé[e]|navré[e]}`) into its strings. */
export function expandTemplate(template: string): string[] {
  // Braces first (their alternatives may hold brackets), then brackets.
  const open = template.indexOf('{');
  if (open >= 0) {
    const close = template.indexOf('}', open + 1);
    if (close > open) {
      const head = template.slice(0, open);
      const tail = expandTemplate(template.slice(close + 1));
      const out: string[] = [];
      for (const alt of template.slice(open + 1, close).split('|')) {
        for (const a of expandTemplate(head + alt)) for (const t of tail) out.push(a + t);
        if (out.length > MAX_EXPANSIONS) return out.slice(0, MAX_EXPANSIONS);
      }
      return out;
    }
  }
  let out = [''];
  let i = 0;
  while (i < template.length) {
    const c = template[i];
    if (c === '[') {
      const close = template.indexOf(']', i + 1);
      if (close > i + 1) {
        const opt = template.slice(i + 1, close);
        out = out.flatMap((x) => [x, x + opt]);
        i = close + 1;
        continue;
      }
    }
    out = out.map((x) => x + c);
    i++;
  }
  return out;
}

/** Folded tokens of a plain string (no notation). */
function plainTokens(s: string): string[] {
  const folded = fold(s);
  const toks = tokenize(folded, folded);
  const out: string[] = [];
  for (let k = 0; k < toks.count; k++) if (toks.kind[k] !== Kind.ListMarker) out.push(toks.norm[k]);
  return out;
}

function wordSet(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const w of words) {
    set.add(w);
    for (const e of ELISION[w] ?? []) set.add(e);
  }
  return set;
}

/** Elements of one expanded template: its words, with `@class`, `…` and `_` where they stand. */
function pieceElements(expanded: string): El[] {
  const out: El[] = [];
  for (const piece of expanded.split(/\s+/)) {
    if (piece === '') continue;
    if (/^@[a-z0-9_-]+$/.test(piece)) out.push({ t: 'cls', name: piece.slice(1) });
    else if (piece === '…' || piece === '...') out.push({ t: 'gap', max: 4 });
    else if (piece === '_') out.push({ t: 'any' });
    else if (piece === '#') out.push({ t: 'num' });
    else if (/^<[a-z'-]+>$/.test(piece)) out.push({ t: 'w', set: wordSet(conjugate(piece.slice(1, -1))) });
    else if (piece === '^') out.push({ t: 'start' });
    else if (piece === '$') out.push({ t: 'end' });
    else for (const w of plainTokens(piece)) out.push({ t: 'w', set: wordSet([w]) });
  }
  return out;
}

/** Splits a form at spaces outside braces: its word templates. */
function templates(form: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of form) {
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    if (depth === 0 && /\s/.test(c)) {
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    if (depth === 0 && c === '…') {
      if (cur) out.push(cur);
      out.push('…');
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/** Compiles one form of the notation above. Returns undefined for a form with no word. */
export function compileForm(form: string): CompiledForm | undefined {
  // « arrogant[e][s] &@target »: the form counts only with @target in its sentence.
  const amp = form.search(/ &&?@/);
  if (amp >= 0) {
    const c = compileForm(form.slice(0, amp));
    const clause = form.startsWith(' &&', amp);
    const items = form.slice(amp + (clause ? 3 : 2)).trim().split(/\s+&?/).filter((x) => x !== '');
    return c ? { ...c, ...(clause ? { clauseNeeds: items } : { needs: items }) } : undefined;
  }
  const f = fold(form.trim());
  const els: El[] = [];
  for (const tpl of templates(f)) {
    if (tpl === '…' || tpl === '...') {
      if (els.length > 0) els.push({ t: 'gap', max: 4 });
      continue;
    }
    if (/^@[a-z0-9_-]+$/.test(tpl)) {
      els.push({ t: 'cls', name: tpl.slice(1) });
      continue;
    }
    if (tpl === '_') {
      els.push({ t: 'any' });
      continue;
    }
    if (tpl === '^') {
      els.push({ t: 'start' });
      continue;
    }
    if (tpl === '$') {
      els.push({ t: 'end' });
      continue;
    }
    if (tpl === '#') {
      els.push({ t: 'num' });
      continue;
    }
    // A template may expand to several words, and to class references (« {très |}@positive »).
    const seqs = expandTemplate(tpl).map(pieceElements);
    const nonEmpty = seqs.filter((q) => q.length > 0);
    const hasEmpty = nonEmpty.length < seqs.length;
    if (nonEmpty.length === 0) continue;
    const singleWords = nonEmpty.every((q) => q.length === 1 && q[0].t === 'w');
    if (!hasEmpty && singleWords) {
      // Every form of each alternative (a `<lemma>` brings all its conjugated forms, not just the first).
      els.push({ t: 'w', set: new Set(nonEmpty.flatMap((q) => [...(q[0] as { set: ReadonlySet<string> }).set])) });
      continue;
    }
    if (!hasEmpty && nonEmpty.length === 1) {
      els.push(...nonEmpty[0]);
      continue;
    }
    // Group the one-word alternatives into one set, to keep the alternatives few.
    const alts: El[][] = [];
    const single = nonEmpty.filter((q) => q.length === 1 && q[0].t === 'w').flatMap((q) => [...(q[0] as { set: ReadonlySet<string> }).set]);
    if (single.length > 0) alts.push([{ t: 'w', set: new Set(single) }]);
    for (const q of nonEmpty) if (!(q.length === 1 && q[0].t === 'w')) alts.push(q);
    if (hasEmpty) alts.push([]);
    els.push({ t: 'alt', alts });
  }
  while (els.length > 0 && els[els.length - 1].t === 'gap') els.pop();
  return els.length > 0 ? { els } : undefined;
}

/** A literal phrase: its words and punctuation as they are, no notation (for the user's own phrases). */
export function compileLiteral(phrase: string): CompiledForm | undefined {
  const words = plainTokens(phrase.replace(/[[\]{}|…@_]/g, ' '));
  return words.length > 0 ? { els: words.map((w) => ({ t: 'w' as const, set: wordSet([w]) })) } : undefined;
}

/** A form read as its tokens exactly, notation characters included (`=…` in a class: the suspension points themselves). */
export function exactForm(text: string): CompiledForm | undefined {
  const words = plainTokens(text);
  return words.length > 0 ? { els: words.map((w) => ({ t: 'w' as const, set: wordSet([w]) })) } : undefined;
}

/** What a match may look at: the tokens, and the end of the sentence (exclusive token index). */
export interface MatchEnv {
  toks: Tokens;
  classes: ClassTable;
  /** True when token t starts a sentence (for `^` at the start of a form). */
  isStart?: (t: number) => boolean;
  /** Whether the context a form requires is there for a match [first, end) (see `needs`). */
  contextOk?: (form: CompiledForm, first: number, end: number) => boolean;
}

/** Compiled classes of the lexicon, and a per-text memo of where each matches. */
export class ClassTable {
  private readonly forms = new Map<string, CompiledForm[]>();
  private readonly firsts = new Map<string, Set<string> | 'any'>();
  constructor(defs: Readonly<Record<string, readonly string[]>>) {
    for (const [name, list] of Object.entries(defs)) {
      this.forms.set(
        fold(name),
        list.map((f) => (f.startsWith('=') ? exactForm(f.slice(1)) : compileForm(f))).filter((c): c is CompiledForm => c !== undefined),
      );
    }
  }

  has(name: string): boolean {
    return this.forms.has(name);
  }

  private readonly indexes = new Map<string, ClassIndex>();

  /** The forms of a class by their first word, so that a token only tries the forms that can start there. */
  indexOf(name: string): ClassIndex {
    let ix = this.indexes.get(name);
    if (ix) return ix;
    ix = { byFirst: new Map(), any: [] };
    for (const f of this.formsOf(name)) {
      const first = firstOf(f.els, 0, this, new Set([name]));
      if (first === 'any' || first.has(EMPTY)) {
        ix.any.push(f);
        continue;
      }
      for (const w of first) {
        let list = ix.byFirst.get(w);
        if (!list) ix.byFirst.set(w, (list = []));
        list.push(f);
      }
    }
    this.indexes.set(name, ix);
    return ix;
  }

  formsOf(name: string): readonly CompiledForm[] {
    return this.forms.get(name) ?? [];
  }

  /** First words a class can start with ('any' when unsure). */
  first(name: string, seen = new Set<string>()): Set<string> | 'any' {
    const cached = this.firsts.get(name);
    if (cached) return cached;
    if (seen.has(name)) return 'any';
    seen.add(name);
    const out = new Set<string>();
    for (const f of this.formsOf(name)) {
      const s = firstOf(f.els, 0, this, seen);
      if (s === 'any') {
        this.firsts.set(name, 'any');
        return 'any';
      }
      for (const w of s) out.add(w);
    }
    this.firsts.set(name, out);
    return out;
  }
}

const EMPTY = '\u0000';
/** The index key of forms that start with a number (`#`). */
export const NUM = '\u0001#';

interface ClassIndex {
  byFirst: Map<string, CompiledForm[]>;
  any: CompiledForm[];
}

/** First words of `els[k…]`; contains EMPTY when the rest may match nothing. */
function firstOf(els: readonly El[], k: number, classes: ClassTable, seen: Set<string>): Set<string> | 'any' {
  if (k >= els.length) return new Set([EMPTY]);
  const el = els[k];
  switch (el.t) {
    case 'w':
      return new Set(el.set);
    case 'any':
    case 'gap':
      return 'any';
    case 'start':
      return firstOf(els, k + 1, classes, seen);
    case 'end':
      return new Set([EMPTY]);
    case 'num':
      return new Set([NUM]);
    case 'cls': {
      const s = classes.first(el.name, new Set(seen));
      return s === 'any' ? 'any' : new Set(s);
    }
    case 'alt': {
      const out = new Set<string>();
      for (const alt of el.alts) {
        const s = firstOf([...alt, ...els.slice(k + 1)], 0, classes, seen);
        if (s === 'any') return 'any';
        for (const w of s) out.add(w);
      }
      return out;
    }
  }
}

/** First words of a compiled form ('any' when it may start anywhere). */
export function formFirst(form: CompiledForm, classes: ClassTable): Set<string> | 'any' {
  const s = firstOf(form.els, 0, classes, new Set());
  if (s === 'any' || s.has(EMPTY)) return 'any';
  return s;
}

/** Per-text memo of class matches: for a class and a token, the end of its longest match (exclusive) or -1. */
export class ClassMemo {
  private readonly memo = new Map<string, Int32Array>();
  constructor(
    readonly env: MatchEnv,
    readonly limit: (t: number) => number,
  ) {}

  end(name: string, t: number): number {
    let m = this.memo.get(name);
    if (!m) {
      m = new Int32Array(this.env.toks.count).fill(-2);
      this.memo.set(name, m);
    }
    if (t >= m.length) return -1;
    if (m[t] !== -2) return m[t];
    m[t] = -1; // guards recursive classes
    let best = -1;
    const stop = this.limit(t);
    const ix = this.env.classes.indexOf(name);
    const toks = this.env.toks;
    const tryForms = (forms: readonly CompiledForm[] | undefined) => {
      if (!forms) return;
      for (const f of forms) {
        const e = matchEls(f.els, 0, t, stop, this);
        if (e > best && (!(f.needs || f.clauseNeeds) || !this.env.contextOk || this.env.contextOk(f, t, e))) best = e;
      }
    };
    tryForms(ix.byFirst.get(toks.norm[t]));
    if (toks.kind[t] === Kind.Number) tryForms(ix.byFirst.get(NUM));
    tryForms(ix.any);
    m[t] = best;
    return best;
  }
}

function isGapToken(toks: Tokens, t: number): boolean {
  const k = toks.kind[t];
  if (k === Kind.Word || k === Kind.Number) return true;
  if (k !== Kind.Punct) return false;
  const n = toks.norm[t];
  return n === ',' || n === ';' || n === ':' || n === '…' || n === '...' || n === '«' || n === '»' || n === '"' || n === '(' || n === ')' || n === '“' || n === '”' || n === '-' || n === '–';
}

/** What is left to match after an alternative: the rest of the enclosing sequence (a linked list, no copies). */
interface Cont {
  els: readonly El[];
  k: number;
  next: Cont | null;
}

/**
 * Matches `els[k…]` at token `t` (tokens before `stop` only). Returns the end
 * token (exclusive) of the first way to match, or -1. Alternatives are tried
 * in order, gaps shortest first.
 */
export function matchEls(els: readonly El[], k: number, t: number, stop: number, memo: ClassMemo): number {
  return step(els, k, t, stop, memo, null);
}

function step(els: readonly El[], k: number, t: number, stop: number, memo: ClassMemo, next: Cont | null): number {
  const toks = memo.env.toks;
  for (;;) {
    if (k >= els.length) {
      if (!next) return t;
      els = next.els;
      k = next.k;
      next = next.next;
      continue;
    }
    const el = els[k];
    switch (el.t) {
      case 'w':
        if (t >= stop || !el.set.has(toks.norm[t])) return -1;
        k++;
        t++;
        continue;
      case 'any':
        if (t >= stop || toks.kind[t] !== Kind.Word) return -1;
        k++;
        t++;
        continue;
      case 'num':
        if (t >= stop || toks.kind[t] !== Kind.Number) return -1;
        k++;
        t++;
        continue;
      case 'start':
        if (!memo.env.isStart?.(t)) return -1;
        k++;
        continue;
      case 'end':
        // The end of the sentence: nothing but closing punctuation before `stop`.
        for (let j = t; j < stop; j++) if (toks.kind[j] !== Kind.Punct) return -1;
        k++;
        continue;
      case 'cls': {
        if (t >= stop) return -1;
        const e = memo.end(el.name, t);
        if (e < 0 || e > stop) return -1;
        k++;
        t = e;
        continue;
      }
      case 'gap': {
        const rest: Cont = { els, k: k + 1, next };
        for (let g = 0; g <= el.max; g++) {
          if (g > 0 && (t + g - 1 >= stop || !isGapToken(toks, t + g - 1))) break;
          const e = step(rest.els, rest.k, t + g, stop, memo, rest.next);
          if (e >= 0) return e;
        }
        return -1;
      }
      case 'alt': {
        const rest: Cont | null = k + 1 < els.length ? { els, k: k + 1, next } : next;
        for (const alt of el.alts) {
          const e = alt.length === 0 ? (rest ? step(rest.els, rest.k, t, stop, memo, rest.next) : t) : step(alt, 0, t, stop, memo, rest);
          if (e >= 0) return e;
        }
        return -1;
      }
    }
  }
}

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

interface Candidate {
  entry: number;
  form: CompiledForm;
}

/**
 * Many entries matched in one pass over the tokens. Earlier entries win at
 * the same token; hits of one matcher do not overlap. An entry's `except`
 * forms drop its own hits that lie inside them, not other entries' hits.
 */
export class PatternMatcher<T extends PatternEntry> {
  private index: Map<string, Candidate[]> | undefined;
  private anyFirst: Candidate[] = [];
  private excepts: CompiledForm[][] = [];
  constructor(
    readonly entries: readonly T[],
    private readonly classes: ClassTable,
  ) {}

  private build(): Map<string, Candidate[]> {
    const index = new Map<string, Candidate[]>();
    this.entries.forEach((e, i) => {
      for (const f of e.forms) {
        const form = e.literal ? compileLiteral(f) : compileForm(f);
        if (!form) continue;
        const first = formFirst(form, this.classes);
        if (first === 'any') {
          this.anyFirst.push({ entry: i, form });
          continue;
        }
        for (const w of first) {
          let list = index.get(w);
          if (!list) index.set(w, (list = []));
          list.push({ entry: i, form });
        }
      }
      this.excepts[i] = (e.except ?? []).map(compileForm).filter((c): c is CompiledForm => c !== undefined);
    });
    return index;
  }

  /** The compiled index (built on first use). */
  compile(): void {
    this.index ??= this.build();
  }

  /**
   * Hits in tokens [from, to); `sentenceEnd(t)` is the exclusive end of the
   * sentence holding token t (no match crosses it). `accept` may refuse a
   * hit (its scope, its context): the next entry that matches there is tried.
   */
  matches(memo: ClassMemo, from: number, to: number, sentenceEnd: (t: number) => number, accept?: Accept<T>): PatternHit<T>[] {
    this.compile();
    const index = this.index as Map<string, Candidate[]>;
    const toks = memo.env.toks;
    const hits: PatternHit<T>[] = [];
    let next = from;
    for (let t = Math.max(0, from); t < to; t++) {
      if (t < next) continue;
      let list = index.get(toks.norm[t]);
      if (toks.kind[t] === Kind.Number) {
        const nums = index.get(NUM);
        if (nums) list = list ? [...list, ...nums].sort((x, y) => x.entry - y.entry) : nums;
      }
      if (!list && this.anyFirst.length === 0) continue;
      const stop = Math.min(sentenceEnd(t), to);
      const found = this.bestAt(list ?? [], t, stop, memo, accept);
      if (found < 0) continue;
      hits.push({ entry: this.entries[this.lastEntry], first: t, end: found });
      next = found;
    }
    return hits;
  }

  private lastEntry = -1;

  /** The end of the first entry's longest accepted match at t that is not excepted, or -1 (its entry in `lastEntry`). */
  private bestAt(list: readonly Candidate[], t: number, stop: number, memo: ClassMemo, accept?: Accept<T>): number {
    const cands = this.anyFirst.length === 0 ? list : [...list, ...this.anyFirst].sort((a, b) => a.entry - b.entry);
    let i = 0;
    while (i < cands.length) {
      const entry = cands[i].entry;
      // Every form of this entry that matches here, longest first.
      const found: { end: number; form: CompiledForm }[] = [];
      for (; i < cands.length && cands[i].entry === entry; i++) {
        const e = matchEls(cands[i].form.els, 0, t, stop, memo);
        if (e > t) found.push({ end: e, form: cands[i].form });
      }
      found.sort((a, b) => b.end - a.end);
      for (const f of found) {
        if (this.excepted(entry, t, f.end, memo, stop)) continue;
        if ((f.form.needs || f.form.clauseNeeds) && memo.env.contextOk && !memo.env.contextOk(f.form, t, f.end)) continue;
        if (accept && !accept(this.entries[entry], t, f.end)) continue;
        this.lastEntry = entry;
        return f.end;
      }
    }
    return -1;
  }

  /** True when an exception of the entry covers tokens [first, end). */
  private excepted(entry: number, first: number, end: number, memo: ClassMemo, stop: number): boolean {
    const ex = this.excepts[entry];
    if (!ex || ex.length === 0) return false;
    for (let s = Math.max(0, first - 8); s <= first; s++) {
      for (const f of ex) {
        const e = matchEls(f.els, 0, s, stop, memo);
        if (e >= end) return true;
      }
    }
    return false;
  }
}
