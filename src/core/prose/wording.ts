// The one runner every wording rule uses: the entries' forms (with lexicon
// classes) are found in one pass over the tokens, then each hit is kept only
// if the writer says it (not denied, quoted, reported or supposed, unless the
// entry allows it), if the classes the entry requires appear, said, in the
// same clause or sentence (and those it excludes do not), and, for entries
// about opinions, if the sentence carries no verifiable fact.

import type { WordingEntry } from '../data/expression';
import { coversExcluded, deleteProseSentence, replaceProseSentence } from '../fixes';
import type { UserExpression } from '../options';
import type { Fix, Report } from '../types';
import { classIdIn, classIn as classInAnalysis, clauseWindow, findHits, hitOf, lexicon, proseOf, stanceOf, type Hit, type ProseAnalysis } from './analysis';
import { FAMILIES } from './families';
import { LiteralMatcher, PatternMatcher, type HitFinder } from './patterns';
import { Kind } from './tokens';

const matchers = new WeakMap<readonly WordingEntry[], HitFinder<WordingEntry>>();
let programEntries: Map<string, number> | undefined;

/** The program's entry of a built-in entry (by id), or -1. */
function programEntryOf(id: string): number {
  if (!programEntries) {
    programEntries = new Map();
    lexicon().program.entries.forEach((e, i) => (programEntries as Map<string, number>).set(e.id, i));
  }
  return programEntries.get(id) ?? -1;
}

/** The matcher of a list of entries (built once per list): the program's forms for built-in entries, the words themselves for a user's literal phrases. */
export function matcherOf(entries: readonly WordingEntry[]): HitFinder<WordingEntry> {
  let m = matchers.get(entries);
  if (!m) {
    if (entries.some((e) => (e as { literal?: boolean }).literal === true)) m = new LiteralMatcher(entries);
    else {
      for (const e of entries) if (programEntryOf(e.id) < 0) throw new Error(`wording entry ${e.id} is not in the wording program (see src/core/prose/families.ts)`);
      m = new PatternMatcher(lexicon(), [entries], (_l, j) => programEntryOf(entries[j].id));
    }
    matchers.set(entries, m);
  }
  return m;
}

let allFamilies: PatternMatcher<WordingEntry> | undefined;

/** Every family's entries in one matcher (one pass over the tokens for all of them). */
function familiesMatcher(): PatternMatcher<WordingEntry> {
  if (!allFamilies) {
    const p = lexicon().program;
    FAMILIES.forEach((f, i) => {
      const pf = p.families[i];
      const same = pf && pf.name === f.name && pf.entryEnd - pf.entryStart === f.entries.length && f.entries.every((e, j) => p.entries[pf.entryStart + j].id === e.id);
      if (!same) throw new Error(`the wording program does not match the wording family ${f.name}: rebuild`);
    });
    allFamilies = new PatternMatcher(
      lexicon(),
      FAMILIES.map((f) => f.entries),
      (l, j) => p.families[l].entryStart + j,
    );
  }
  return allFamilies;
}

const listMatchers = new Map<string, PatternMatcher<number>>();
const listHits = new WeakMap<ProseAnalysis, Map<string, Hit<number>[][]>>();

/**
 * The hits of compiled phrase lists (families.ts, PHRASE_LISTS: `module.EXPORT`)
 * in the checked prose, found together in one pass (once per analysis and set
 * of lists); each hit's entry is its index in its list.
 */
export function phraseListHits(a: ProseAnalysis, names: readonly string[]): Hit<number>[][] {
  const key = names.join(' ');
  let byKey = listHits.get(a);
  if (!byKey) listHits.set(a, (byKey = new Map()));
  let hits = byKey.get(key);
  if (!hits) {
    let m = listMatchers.get(key);
    if (!m) {
      const p = lexicon().program;
      const families = names.map((n) => {
        const f = p.families.find((x) => x.name === n);
        if (!f) throw new Error(`the wording program has no list ${n}: rebuild`);
        return f;
      });
      m = new PatternMatcher(
        lexicon(),
        families.map((f) => Array.from({ length: f.entryEnd - f.entryStart }, (_, i) => i)),
        (l, j) => families[l].entryStart + j,
      );
      listMatchers.set(key, m);
    }
    const finder = m;
    hits = matchChecked(a, names.length, (from, to) => finder.matchAll(a.memo, from, to, a.sentenceEnds)).map((list) => list.map((h) => hitOf(a, h.entry, h.first, h.end)));
    byKey.set(key, hits);
  }
  return hits;
}

/** The matches in the checked prose, then in each post-scriptum, the subject and the signature's taglines, list by list. */
function matchChecked<H>(a: ProseAnalysis, lists: number, match: (from: number, to: number) => H[][]): H[][] {
  const out: H[][] = Array.from({ length: lists }, () => []);
  const body: readonly [number, number] = [a.checkedFirst, a.checkedEnd];
  const ranges: (readonly [number, number])[] = [body, ...a.postscripts, ...a.asides].sort((x, y) => x[0] - y[0]);
  for (const [from, to] of ranges) {
    if (to <= from) continue;
    match(from, to).forEach((list, i) => {
      for (const h of list) out[i].push(h);
    });
  }
  return out;
}

const familyHits = new WeakMap<ProseAnalysis, Hit<WordingEntry>[][]>();

/** The hits that hold of every family, found in one pass over the tokens (once per analysis). */
function hitsOfFamilies(a: ProseAnalysis): Hit<WordingEntry>[][] {
  let hits = familyHits.get(a);
  if (!hits) {
    const raw = matchChecked(a, FAMILIES.length, (from, to) => familiesMatcher().matchAll(a.memo, from, to, a.sentenceEnds, (e, f, x) => entryHolds(a, e, hitOf(a, e, f, x))));
    hits = raw.map((list) => list.map((h) => hitOf(a, h.entry, h.first, h.end)));
    familyHits.set(a, hits);
  }
  return hits;
}

const UNITS = new Set(['€', '%', 'euros', 'euro', 'eur', 'k€', 'ke', 'ht', 'ttc', 'h', 'min', 'pages', 'page', 'jours', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'janv', 'fevr', 'sept', 'oct', 'nov', 'dec', 'points', 'pts', 'sur', '/']);
const BEFORE_FACT = new Set(['le', 'du', 'au', 'n°', 'no', 'ref', 'numero', 'reference', 'dossier', 'devis', 'facture', 'lot', 'article', 'page', 'version', 'v', 'en', 'depuis', 'avant', 'des', 'contre', 'de']);

/**
 * True when a sentence carries a verifiable fact: a date, an amount, a
 * reference, a document (« ci-joint », « attestation »). A bare count
 * (« mes 6 années d’expérience ») is not one.
 */
export function sentenceHasFact(a: ProseAnalysis, sentence: number): boolean {
  const s = a.sentences[sentence];
  if (!s) return false;
  const { toks } = a;
  for (let t = s.first; t <= s.last; t++) {
    if (toks.kind[t] === Kind.Number) {
      const n = toks.norm[t];
      // A mark out of 20 (or 10, 40, 100) is the evaluation itself, not a fact that corrects it.
      if (/^\d+([.,]\d+)?\/(5|10|20|40|50|60|100)$/.test(n)) continue;
      if (/[/:h.,-]|\d{4}/.test(n)) return true; // 03/03, 10h30, 12.400, 2026, 2024-118
      if (t + 1 <= s.last && UNITS.has(toks.norm[t + 1])) return true;
      if (t - 1 >= s.first && BEFORE_FACT.has(toks.norm[t - 1])) return true;
      continue;
    }
    if (a.memo.end('fact', t) > t) return true;
  }
  return false;
}

/**
 * True when a sentence carries a verifiable fact as a correction: a fact
 * (above) that is not put to work as an argument against the verdict
 * (« 4 buts, plus que n’importe quel attaquant retenu », « 15 de moyenne, ce
 * n’est pas insuffisant »): the guide allows correcting a fact, not weighing
 * the facts again.
 */
export function sentenceCorrectsFact(a: ProseAnalysis, sentence: number): boolean {
  if (!sentenceHasFact(a, sentence)) return false;
  const s = a.sentences[sentence];
  return !classSaidIn(a, 'argued_fact', s.first, s.last + 1);
}

const messageFacts = new WeakMap<ProseAnalysis, boolean>();

/**
 * True when some sentence of the message body corrects a fact (a factual correction is allowed, as the guide says).
 * A sentence of thanks is none, whatever dates it names (« Je vous remercie pour votre message du 9 octobre »).
 */
export function messageHasFact(a: ProseAnalysis): boolean {
  let v = messageFacts.get(a);
  if (v === undefined) {
    v = a.sentences.some((_, i) => a.parts[i] === 'body' && sentenceCorrectsFact(a, i) && !sentenceArgues(a, i) && !thanksIn(a, a.sentences[i].first, a.sentences[i].last + 1));
    messageFacts.set(a, v);
  }
  return v;
}

/** Classes that make a sentence a plea whatever figures it carries (an opinion on one's file). */
const PLEA_CLASSES = ['value_claim', 'superiority', 'fit_claim', 'others_praise'];

/** A sentence that pleads (a value claim, a superiority, a fit): its figures back an opinion, not a correction. */
export function sentenceArgues(a: ProseAnalysis, sentence: number): boolean {
  const s = a.sentences[sentence];
  return PLEA_CLASSES.some((c) => classSaidIn(a, c, s.first, s.last + 1));
}

/** True when class `name` matches, said, at some token of [from, to) outside [skipFrom, skipTo). */
export function classSaidIn(a: ProseAnalysis, name: string, from: number, to: number, skipFrom = -1, skipTo = -1): boolean {
  return classIn(a, name, from, to, skipFrom, skipTo, isSaid);
}

const isSaid = (s: string): boolean => s === 'said';

/** True when class `name` matches in [from, to) outside [skipFrom, skipTo), with a stance `ok` accepts. */
export function classIn(a: ProseAnalysis, name: string, from: number, to: number, skipFrom = -1, skipTo = -1, ok?: (s: string) => boolean): boolean {
  return classInAnalysis(a, name, from, to, skipFrom, skipTo, ok);
}

/** A class that an entry requires beside its hit may share the hit's negation (« ce n'est pas sérieux de votre part »), not a quotation. */
const present = (s: string) => s === 'said' || s === 'negated' || s === 'supposed';

/** Token window of a hit: its clause, or its sentence. */
export function windowOf(a: ProseAnalysis, hit: { first: number; endToken: number; sentence: number }, within: 'clause' | 'sentence'): [number, number] {
  const s = a.sentences[hit.sentence];
  if (within === 'sentence') return [s.first, s.last + 1];
  return clauseWindow(a, s, hit.first, hit.endToken);
}

function names(item: string): string[] {
  return item.split('|').map((n) => n.trim().replace(/^@/, ''));
}

const itemIds = new Map<string, number[]>();

/** The class ids of an item `@a|@b` (read once per item). */
function idsOf(item: string): number[] {
  let ids = itemIds.get(item);
  if (!ids) {
    const engine = lexicon();
    ids = names(item).map((n) => engine.classId(n));
    itemIds.set(item, ids);
  }
  return ids;
}

/** Whether one of the classes of `item` matches in [from, to) outside [skipFrom, skipTo), with a stance `ok` accepts. */
function itemIn(a: ProseAnalysis, item: string, from: number, to: number, skipFrom = -1, skipTo = -1, ok?: (s: string) => boolean, keep?: (t: number, e: number) => boolean): boolean {
  for (const c of idsOf(item)) if (c >= 0 && classIdIn(a, c, from, to, skipFrom, skipTo, ok, keep)) return true;
  return false;
}

/** The folded « que » that opens a completive clause. */
const QUE = new Set(['que', "qu'"]);

/** Whether tokens [t, e) hold a word of thanks (the lexicon's class `thanks_word`). */
function thanksIn(a: ProseAnalysis, t: number, e: number): boolean {
  const c = a.memo.engine.classId('thanks_word');
  return c >= 0 && classIdIn(a, c, t, e);
}

/** Whether « que » follows token `e` within a few words (« je comprends tout à fait que »), or a colon right after it, before the hit and with no other punctuation between. */
function opensClauseOfHit(a: ProseAnalysis, e: number, hitFirst: number): boolean {
  const { norm, kind } = a.toks;
  // Only the hit's own sentence: « j'ai vu mon erreur : … » in the sentence before frames nothing of « La leçon est retenue. ».
  if (e > 0 && a.sentenceIndex[e - 1] !== a.sentenceIndex[hitFirst]) return false;
  for (let j = e; j < hitFirst && j < e + 4; j++) {
    const w = norm[j];
    // « Je comprends : un devis n'est pas simple à lire quand on n'est pas du métier » frames its object the same way.
    if (QUE.has(w) || (w === ':' && j === e)) return true;
    if (kind[j] !== Kind.Word) return false;
  }
  return false;
}

/** Whether sentence i has four words or fewer (« Leçon retenue ! »). */
function shortSentence(a: ProseAnalysis, i: number): boolean {
  const s = a.sentences[i];
  let words = 0;
  for (let t = s.first; t <= s.last; t++) if (a.toks.kind[t] === Kind.Word && ++words > 4) return false;
  return true;
}

/** Whether a hit of an entry holds: stance, required and excluded classes, facts. */
export function entryHolds(a: ProseAnalysis, entry: WordingEntry, hit: Hit<WordingEntry>): boolean {
  const stance = stanceOf(a, hit.first, hit.endToken);
  if (!(entry.stances ?? ['said']).includes(stance)) return false;
  if (entry.with?.length) {
    const [from, to] = windowOf(a, hit, entry.within ?? 'clause');
    for (const item of entry.with) {
      if (!itemIn(a, item, from, to, -1, -1, present)) return false;
    }
  }
  if (entry.without?.length) {
    const [own, to] = windowOf(a, hit, 'sentence');
    // The sentence before counts only when it owns a fault without aiming at the reader (« J'ai eu tort de vous faire
    // confiance. Leçon retenue ! » blames the reader).
    // Up to two sentences back, each owning without aiming (« J'ai vu mon erreur : …. Pas mon meilleur moment, et je comprends
    // d'autant mieux votre décision ! La leçon est retenue. »): one that names the reader only to accept the decision still counts.
    let from = own;
    if (entry.withoutBefore && shortSentence(a, hit.sentence)) {
      for (let p = hit.sentence - 1; p >= 0 && p >= hit.sentence - 2 && a.parts[p] === a.parts[hit.sentence]; p--) {
        const prev = a.sentences[p];
        if (classInAnalysis(a, 'reader', prev.first, prev.last + 1) && !classInAnalysis(a, 'acceptance', prev.first, prev.last + 1)) break;
        from = prev.first;
      }
    }
    // « Je comprends que ce soit difficile à saisir sans bagage technique »: an acceptance whose object is the hit's clause frames it, it does not soften it.
    // Thanks are the exception: « Une fois de plus, merci : c'est la troisième fois que vous prenez le temps… » thanks for what follows.
    const keep = (t: number, e: number): boolean => thanksIn(a, t, e) || !opensClauseOfHit(a, e, hit.first);
    for (const item of entry.without) if (itemIn(a, item, from, to, hit.first, hit.endToken, undefined, keep)) return false;
  }
  if (entry.unlessFact === 'message' ? messageHasFact(a) : entry.unlessFact && sentenceCorrectsFact(a, hit.sentence)) return false;
  return true;
}

/** The hits of a family's entries that hold. */
export function wordingHits(a: ProseAnalysis, entries: readonly WordingEntry[]): Hit<WordingEntry>[] {
  const family = FAMILIES.findIndex((f) => f.entries === entries);
  if (family >= 0) return hitsOfFamilies(a)[family];
  return findHits(a, matcherOf(entries), (h) => entryHolds(a, h.entry, h));
}

export { proseOf };
export type { WordingEntry };

/** A replacement in each case, and the title of its fix: the same few strings for every hit (a long draft has thousands). */
const cased = new Map<string, { upper: string; lower: string; title: string }>();

function casesOf(replacement: string): { upper: string; lower: string; title: string } {
  let c = cased.get(replacement);
  if (!c) {
    if (cased.size >= 4096) cased.clear();
    const rest = replacement.slice(1);
    c = { upper: replacement.charAt(0).toUpperCase() + rest, lower: replacement.charAt(0).toLowerCase() + rest, title: '' };
    cased.set(replacement, c);
  }
  return c;
}

/** Matches the case of the first letter of the original words. */
function matchCase(original: string, replacement: string): string {
  if (replacement === '') return replacement;
  const first = original.charAt(0);
  const upper = first !== first.toLowerCase() && first === first.toUpperCase();
  const c = casesOf(replacement);
  return upper ? c.upper : c.lower;
}

/** « Remplacer par « … » », once per replacement text. */
function replaceTitle(newText: string): string {
  const c = casesOf(newText);
  return (c.title ||= `Remplacer par « ${newText} »`);
}

/** The sentence of a hit as an offset range. */
export function sentenceRange(a: ProseAnalysis, sentence: number): { start: number; end: number } {
  const s = a.sentences[sentence];
  return s ? { start: s.start, end: s.end } : { start: 0, end: 0 };
}

/** Quick fixes of a hit: rewrites of the words, rewrites of the sentence, deletion of the sentence; never over text that is not prose. */
export function fixesFor(a: ProseAnalysis, hit: { start: number; end: number; sentence: number }, entry: Pick<WordingEntry, 'rewrites' | 'sentenceRewrites' | 'deleteSentence'>): Fix[] {
  const { draft } = a;
  const fixes: Fix[] = [];
  const original = draft.text.slice(hit.start, hit.end);
  if (!coversExcluded(hit.start, hit.end, draft.excluded)) {
    for (const r of entry.rewrites ?? []) {
      const newText = matchCase(original, r);
      fixes.push({ title: newText === '' ? `Supprimer « ${original} »` : replaceTitle(newText), edits: [{ start: hit.start, end: hit.end, newText }] });
    }
  }
  const s = sentenceRange(a, hit.sentence);
  if (s.end > s.start) {
    for (const r of entry.sentenceRewrites ?? []) fixes.push(replaceProseSentence(s.start, s.end, r, draft.excluded));
    if (entry.deleteSentence) fixes.push(deleteProseSentence(draft.text, s.start, s.end, draft.excluded));
  }
  if (fixes.length > 0) fixes[0].preferred = true;
  return fixes;
}

/** What the wording rules report: the hit, its entry, its message and fixes. */
export type WordingReport = Report & { entry?: WordingEntry; sentence: number };

const userEntries = new WeakMap<readonly UserExpression[], WordingEntry[]>();
const userExceptions = new WeakMap<readonly string[], WordingEntry[]>();

/** The user's expressions as literal entries (no notation: a user phrase cannot build a costly pattern). */
function userEntriesOf(expressions: readonly UserExpression[]): WordingEntry[] {
  let list = userEntries.get(expressions);
  if (!list) {
    list = expressions.map((e, i) => ({
      id: `utilisateur-${i}`,
      rule: e.rule,
      forms: [e.phrase],
      literal: true,
      explanation: e.message ?? '',
      rewrites: e.rewrites,
      deleteSentence: e.rewrites.length === 0,
    }));
    userEntries.set(expressions, list);
  }
  return list;
}

/** Token ranges of the user's exceptions, as offsets. */
function userExceptionRanges(a: ProseAnalysis, exceptions: readonly string[]): { start: number; end: number }[] {
  if (exceptions.length === 0) return [];
  let list = userExceptions.get(exceptions);
  if (!list) {
    list = exceptions.map((p, i) => ({ id: `exception-${i}`, rule: '', forms: [p], literal: true, explanation: '' }));
    userExceptions.set(exceptions, list);
  }
  return findHits(a, matcherOf(list)).map((h) => ({ start: h.start, end: h.end }));
}

/**
 * The reports of one rule: the built-in entries' hits that hold, plus the
 * user's expressions for the same rule, minus the user's exceptions.
 */
export function wordingReports(
  a: ProseAnalysis,
  entries: readonly WordingEntry[],
  rule: string,
  options: { expressions: readonly UserExpression[]; exceptions: readonly string[] },
  message: (entry: WordingEntry, quoted: string) => string,
): WordingReport[] {
  const { draft } = a;
  const reports: WordingReport[] = [];
  const quote = (h: { start: number; end: number }) => draft.text.slice(h.start, h.end).replace(/\s+/g, ' ');
  for (const h of wordingHits(a, entries)) {
    reports.push({ start: h.start, end: h.end, message: message(h.entry, quote(h)), fixes: fixesFor(a, h, h.entry), entry: h.entry, sentence: h.sentence });
  }
  const mine = options.expressions.filter((e) => e.rule === rule);
  if (mine.length > 0) {
    for (const h of findHits(a, matcherOf(userEntriesOf(mine)), (x) => stanceOf(a, x.first, x.endToken) === 'said')) {
      if (reports.some((r) => r.start < h.end && h.start < r.end)) continue;
      reports.push({
        start: h.start,
        end: h.end,
        message: h.entry.explanation || `« ${quote(h)} » : expression que vous avez signalée dans vos réglages Boomerang.`,
        fixes: fixesFor(a, h, h.entry),
        sentence: h.sentence,
      });
    }
  }
  const covers = userExceptionRanges(a, options.exceptions);
  const kept = covers.length === 0 ? reports : reports.filter((r) => !covers.some((c) => c.start <= r.start && r.end <= c.end));
  return kept.sort((x, y) => x.start - y.start);
}
