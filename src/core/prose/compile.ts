// The compiler of the phrase notation (see patterns.ts for the notation). It
// runs at build time: scripts/wording-plugin.mjs compiles the wording entries
// and the lexicon into the program that the runtime engine walks (program.ts),
// so that no form is expanded or compiled when a draft is analysed. Tests and
// the reference stub (compiled.ts) call it directly.

import { fold } from '../text';
import { conjugate } from './conjugate';
import { ELIDED, plainTokens } from './patterns';
import { decodeProgram, emptyProgram, encodeProgram, Op, type ProgramSource, type WordingProgram } from './program';

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

export function wordSet(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const w of words) {
    set.add(w);
    for (const e of ELIDED[w] ?? []) set.add(e);
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

/** Compiles one form of the notation. Returns undefined for a form with no word. */
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
  optionalNe(els);
  return els.length > 0 ? { els } : undefined;
}

/**
 * Spoken and typed French drops the « ne » of a negation (« je comprends pas », « le jury a pas compris »,
 * « les experts ont pas lu »): in a form, « ne » / « n' » is optional (« je » already stands for « j' »),
 * at its start too and inside alternatives (« {n'a|n'ont} pas lu »). Not when it is all the form or all
 * an alternative (an empty form would match anywhere).
 */
function optionalNe(els: El[], after?: readonly El[]): void {
  for (let i = 0; i < els.length; i++) {
    const e = els[i];
    // At the start of a form or inside an alternative, only when a negation word is sure to follow, in the
    // alternative or after it (« ne {pas |}partage {pas |}votre enthousiasme » must not become « partage votre enthousiasme »).
    // Never when nothing but the negation would be left (« ne plus » would match every « plus »).
    if (e.t === 'w' && els.length > 1 && isNe(e.set) && ((i > 0 && !after) || els.slice(i + 1).some(isNegation) || (after ?? []).some(isNegation)) && [...els, ...(after ?? [])].some(isContent)) els[i] = { t: 'alt', alts: [[e], []] };
    else if (e.t === 'alt') for (const alt of e.alts) if (alt.length > 1) optionalNe(alt, [...els.slice(i + 1), ...(after ?? [])]);
  }
}

const isNe = (set: ReadonlySet<string>) => set.size > 0 && [...set].every((w) => w === 'ne' || w === "n'" || w === 'n');
// Not « plus » (a comparative as often: « est plus valorisée ») nor « personne » (a noun as often: « la personne retenue »).
const NEGATION_WORDS = new Set(['pas', 'jamais', 'rien', 'guere', 'aucun', 'aucune', 'nullement']);
/** An element that is neither « ne », a negation word nor a gap: what a form says beside its negation. */
const isContent = (e: El): boolean => !(e.t === 'gap' || e.t === 'any' || (e.t === 'w' && (isNe(e.set) || [...e.set].every((w) => NEGATION_WORDS.has(w) || w === 'plus' || w === 'personne'))));
/** An element sure to hold a negation word: « pas », « {pas|jamais} », « {vraiment |}pas » (every alternative holds one). */
const isNegation = (e: El): boolean =>
  (e.t === 'w' && e.set.size > 0 && [...e.set].every((w) => NEGATION_WORDS.has(w))) || (e.t === 'alt' && e.alts.every((alt) => alt.some(isNegation)));

/** A form read as its tokens exactly, notation characters included (`=…` in a class: the suspension points themselves). */
export function exactForm(text: string): CompiledForm | undefined {
  const words = plainTokens(text);
  return words.length > 0 ? { els: words.map((w) => ({ t: 'w' as const, set: wordSet([w]) })) } : undefined;
}

/** A form of a lexicon class: `=text` is read exactly, anything else in the notation. */
export function compileClassForm(f: string): CompiledForm | undefined {
  return f.startsWith('=') ? exactForm(f.slice(1)) : compileForm(f);
}

// ---------------------------------------------------------------- first words

const EMPTY = '\u0000';
/** The first-word key of forms that start with a number (`#`). */
export const NUM = '\u0001#';

/** First words of each class, computed once per set of classes ('any' when a class may start anywhere). */
class Firsts {
  private readonly cache = new Map<string, Set<string> | 'any'>();
  constructor(private readonly classes: ReadonlyMap<string, readonly CompiledForm[]>) {}

  of(name: string, seen = new Set<string>()): Set<string> | 'any' {
    const cached = this.cache.get(name);
    if (cached) return cached;
    if (seen.has(name)) return 'any';
    seen.add(name);
    const out = new Set<string>();
    for (const f of this.classes.get(name) ?? []) {
      const s = this.els(f.els, 0, seen);
      if (s === 'any') {
        this.cache.set(name, 'any');
        return 'any';
      }
      for (const w of s) out.add(w);
    }
    this.cache.set(name, out);
    return out;
  }

  /** First words of `els[k…]`; contains EMPTY when the rest may match nothing. */
  els(els: readonly El[], k: number, seen: Set<string>): Set<string> | 'any' {
    if (k >= els.length) return new Set([EMPTY]);
    const el = els[k];
    switch (el.t) {
      case 'w':
        return new Set(el.set);
      case 'any':
      case 'gap':
        return 'any';
      case 'start':
        return this.els(els, k + 1, seen);
      case 'end':
        return new Set([EMPTY]);
      case 'num':
        return new Set([NUM]);
      case 'cls': {
        const s = this.of(el.name, new Set(seen));
        return s === 'any' ? 'any' : new Set(s);
      }
      case 'alt': {
        const out = new Set<string>();
        for (const alt of el.alts) {
          const s = this.els([...alt, ...els.slice(k + 1)], 0, seen);
          if (s === 'any') return 'any';
          for (const w of s) out.add(w);
        }
        return out;
      }
    }
  }

  /** First words of a form, for the index ('any' when it may start anywhere or match nothing). */
  form(f: CompiledForm, within?: string): Set<string> | 'any' {
    const s = this.els(f.els, 0, new Set(within ? [within] : []));
    if (s === 'any' || s.has(EMPTY)) return 'any';
    return s;
  }
}

// ---------------------------------------------------------------- factoring alternatives

/** Whether two elements are the same deterministic element (a word set, a class, `_`, `#`, `^`, `$`: each consumes the same tokens whatever follows). */
function sameEl(a: El, b: El): boolean {
  if (a.t !== b.t) return false;
  switch (a.t) {
    case 'w': {
      const s = (b as { set: ReadonlySet<string> }).set;
      return a.set.size === s.size && [...a.set].every((w) => s.has(w));
    }
    case 'cls':
      return a.name === (b as { name: string }).name;
    case 'any':
    case 'num':
    case 'start':
    case 'end':
      return true;
    default:
      return false; // a gap or an alternative may match in several ways
  }
}

/** Whether two elements are the same, whatever they are. */
function equalEl(a: El, b: El): boolean {
  if (a.t === 'gap' && b.t === 'gap') return a.max === b.max;
  if (a.t === 'alt' && b.t === 'alt') return a.alts.length === b.alts.length && a.alts.every((x, i) => x.length === b.alts[i].length && x.every((e, k) => equalEl(e, b.alts[i][k])));
  return sameEl(a, b);
}

/** Number of equal elements at the end of both sequences. */
function commonSuffix(a: readonly El[], b: readonly El[]): number {
  let n = 0;
  while (n < a.length && n < b.length && equalEl(a[a.length - 1 - n], b[b.length - 1 - n])) n++;
  return n;
}

/**
 * The same alternatives, tried in the same order, with shared first elements
 * factored out (« vraiment nul », « vraiment nuls » → « vraiment {nul|nuls} »)
 * and runs of one-word alternatives merged into one word set. Only
 * deterministic first elements are shared and only neighbours are grouped, so
 * every way to match is tried in the same order as with the alternatives one
 * by one: the program finds the same first match, in much less code (a
 * template such as `{vraiment |franchement |}{nul|nuls}` expands to every pair).
 */
export function factor(alts: readonly (readonly El[])[]): El[][] {
  const grouped: El[][] = [];
  let i = 0;
  while (i < alts.length) {
    const a = alts[i];
    if (a.length === 0) {
      grouped.push([]);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < alts.length && alts[j].length > 0 && sameEl(alts[j][0], a[0])) j++;
    if (j - i === 1) grouped.push([...a]);
    else {
      const tails = factor(alts.slice(i, j).map((s) => s.slice(1)));
      grouped.push([a[0], ...(tails.length === 1 ? tails[0] : [{ t: 'alt' as const, alts: tails }])]);
    }
    i = j;
  }
  // Neighbours that end alike share their end: [a s], [b s] → [{a|b} s] (tried in the same order).
  const ended: El[][] = [];
  i = 0;
  while (i < grouped.length) {
    let j = i + 1;
    let common = grouped[i].length;
    while (j < grouped.length) {
      const c = Math.min(common, commonSuffix(grouped[i], grouped[j]));
      if (c === 0) break;
      common = c;
      j++;
    }
    if (j - i === 1) ended.push(grouped[i]);
    else {
      const heads = factor(grouped.slice(i, j).map((s) => s.slice(0, s.length - common)));
      const tail = grouped[i].slice(grouped[i].length - common);
      ended.push([...(heads.length === 1 ? heads[0] : [{ t: 'alt' as const, alts: heads }]), ...tail]);
    }
    i = j;
  }
  // Neighbouring one-word alternatives become one set (both continue with the same rest).
  const out: El[][] = [];
  for (const alt of ended) {
    const prev = out[out.length - 1];
    if (alt.length === 1 && alt[0].t === 'w' && prev && prev.length === 1 && prev[0].t === 'w') {
      out[out.length - 1] = [{ t: 'w', set: new Set([...prev[0].set, ...alt[0].set]) }];
    } else out.push(alt);
  }
  return out;
}

// ---------------------------------------------------------------- programs

/** What the wording program is compiled from: the entries of each family, and the lexicon's classes. */
export interface WordingSource {
  /** Entries without an id are named `family#index`. */
  families: readonly { name: string; entries: readonly { id?: string; forms: readonly string[]; except?: readonly string[] }[] }[];
  classes: Readonly<Record<string, readonly string[]>>;
}

/**
 * Words of the vocabulary in code-unit order (a word's id is its rank: the
 * engine finds a token's word by a binary search in the list the decoder
 * splits, instead of building a map of the whole vocabulary at the first analysis).
 */
class Builder {
  readonly src: ProgramSource = emptyProgram();
  private readonly wordIds = new Map<string, number>();
  private readonly setIds = new Map<string, number>();
  private readonly classIds = new Map<string, number>();

  constructor(
    classNames: readonly string[],
    words: Iterable<string>,
    private readonly factorAlts = true,
  ) {
    for (const w of [...new Set(words)].sort()) {
      this.wordIds.set(w, this.src.words.length);
      this.src.words.push(w);
    }
    for (const n of classNames) {
      this.classIds.set(n, this.src.classNames.length);
      this.src.classNames.push(n);
    }
  }

  word(w: string): number {
    const id = this.wordIds.get(w);
    if (id === undefined) throw new Error(`word not in the vocabulary: ${w}`);
    return id;
  }

  cls(name: string): number {
    const id = this.classIds.get(name);
    if (id === undefined) throw new Error(`unknown class @${name}`);
    return id;
  }

  set(words: Iterable<string>): number {
    const ids = [...new Set([...words].map((w) => this.word(w)))].sort((a, b) => a - b);
    const key = ids.join(',');
    let id = this.setIds.get(key);
    if (id === undefined) {
      id = this.src.sets.length;
      this.src.sets.push(ids);
      this.setIds.set(key, id);
    }
    return id;
  }

  /** Appends the code of `els` then `tail` ops; returns nothing (the code is relative: jumps are offsets from their op). */
  emit(els: readonly El[], out: number[]): void {
    for (const el of els) {
      switch (el.t) {
        case 'w': {
          const ids = [...el.set];
          if (ids.length === 1) out.push(Op.Word, this.word(ids[0]));
          else out.push(Op.Set, this.set(ids));
          break;
        }
        case 'cls':
          out.push(Op.Class, this.cls(el.name));
          break;
        case 'gap':
          out.push(Op.Gap, el.max);
          break;
        case 'any':
          out.push(Op.Any);
          break;
        case 'num':
          out.push(Op.Num);
          break;
        case 'start':
          out.push(Op.Start);
          break;
        case 'end':
          out.push(Op.End);
          break;
        case 'alt': {
          // Alt n off_1 … off_n, then each alternative followed by a jump to what comes after.
          const alts = this.factorAlts ? factor(el.alts) : el.alts;
          if (alts.length === 1) {
            this.emit(alts[0], out);
            break;
          }
          const at = out.length;
          out.push(Op.Alt, alts.length);
          for (let i = 0; i < alts.length; i++) out.push(0);
          const jumps: number[] = [];
          for (let i = 0; i < alts.length; i++) {
            if (alts[i].length === 0) continue; // an empty alternative goes straight to what follows (set below)
            out[at + 2 + i] = out.length - at;
            this.emit(alts[i], out);
            jumps.push(out.length);
            out.push(Op.Jump, 0);
          }
          const after = out.length;
          for (let i = 0; i < alts.length; i++) if (alts[i].length === 0) out[at + 2 + i] = after - at;
          for (const j of jumps) out[j + 1] = after - j;
          break;
        }
      }
    }
  }

  /** Adds a form; returns its id. */
  form(f: CompiledForm, first: Set<string> | 'any'): number {
    const code: number[] = [];
    this.emit(f.els, code);
    code.push(Op.Ret);
    const id = this.src.forms.length;
    const needs = (items: readonly string[] | undefined) => items?.map((item) => item.split('|').map((n) => this.cls(n.trim().replace(/^@/, ''))));
    this.src.forms.push({
      code,
      first: first === 'any' ? -1 : this.set([...first].filter((w) => w !== NUM)),
      num: first !== 'any' && first.has(NUM),
      ...(f.needs ? { needs: needs(f.needs) } : {}),
      ...(f.clauseNeeds ? { clauseNeeds: needs(f.clauseNeeds) } : {}),
    });
    return id;
  }
}

function wordsOf(els: readonly El[], out: string[]): void {
  for (const el of els) {
    if (el.t === 'w') out.push(...el.set);
    else if (el.t === 'alt') for (const a of el.alts) wordsOf(a, out);
  }
}

/** Compiles the families and the classes into the program the engine walks. */
export function compileWording(source: WordingSource, options: { factor?: boolean } = {}): ProgramSource {
  const classForms = new Map<string, CompiledForm[]>();
  for (const [name, list] of Object.entries(source.classes)) {
    classForms.set(fold(name), list.map(compileClassForm).filter((c): c is CompiledForm => c !== undefined));
  }
  const firsts = new Firsts(classForms);
  const families = source.families.map((fam) => ({
    name: fam.name,
    entries: fam.entries.map((e, j) => ({
      id: e.id ?? `${fam.name}#${j}`,
      forms: e.forms.map(compileForm).filter((c): c is CompiledForm => c !== undefined),
      except: (e.except ?? []).map((x) => {
        const c = compileForm(x);
        // The engine drops an entry's hit that an exception covers, whatever the sentence holds: a context
        // (` &@class`) on an exception would be silently ignored and the exception would hold everywhere.
        if (c?.needs || c?.clauseNeeds) throw new Error(`${e.id ?? `${fam.name}#${j}`}: an exception cannot require a class in its sentence or clause (« ${x} »)`);
        return c;
      }).filter((c): c is CompiledForm => c !== undefined),
    })),
  }));
  // The vocabulary: every word of every form, and every first word.
  const words: string[] = [];
  const firstOf = new Map<CompiledForm, Set<string> | 'any'>();
  const all = (f: CompiledForm, within?: string) => {
    wordsOf(f.els, words);
    const first = firsts.form(f, within);
    firstOf.set(f, first);
    if (first !== 'any') for (const w of first) if (w !== NUM) words.push(w);
  };
  for (const [name, list] of classForms) for (const f of list) all(f, name);
  for (const fam of families) for (const e of fam.entries) for (const f of [...e.forms, ...e.except]) all(f);
  const b = new Builder([...classForms.keys()], words, options.factor !== false);
  for (const [, list] of classForms) {
    const ids = list.map((f) => b.form(f, firstOf.get(f) as Set<string> | 'any'));
    b.src.classForms.push(ids.length);
  }
  for (const fam of families) {
    b.src.families.push({ name: fam.name, entries: fam.entries.length });
    for (const e of fam.entries) {
      for (const f of e.forms) b.form(f, firstOf.get(f) as Set<string> | 'any');
      for (const f of e.except) b.form(f, firstOf.get(f) as Set<string> | 'any');
      b.src.entries.push({ id: e.id, forms: e.forms.length, except: e.except.length });
    }
  }
  return b.src;
}

/** The program as the runtime reads it, straight from the sources (the reference the build's encoding must equal). */
export function programOf(source: WordingSource, options: { factor?: boolean } = {}): WordingProgram {
  return decodeProgram(encodeProgram(compileWording(source, options)));
}

/** A small program for tests: families of entries and classes given inline. */
export function compileForTest(
  families: Readonly<Record<string, readonly { id: string; forms: readonly string[]; except?: readonly string[] }[]>>,
  classes: Readonly<Record<string, readonly string[]>> = {},
  options: { factor?: boolean } = {},
): WordingProgram {
  return programOf({ families: Object.entries(families).map(([name, entries]) => ({ name, entries })), classes }, options);
}
