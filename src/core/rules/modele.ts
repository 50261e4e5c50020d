// Category `modele`: placeholders of a template left unfilled. The recipient
// would read « Bonjour [Nom], » as it is.
//
// The shapes are the `placeholder` entries of data/conventions.ts; what is not
// a placeholder (tick boxes, inclusive writing, ordinary parentheses,
// quotation cuts, real numbers) their `not-placeholder` entries. Each shape is
// one regular expression with bounded repetitions, run once over the prose
// (front matter, code, comments, quotes and the message being answered are
// blanked); its hits come in order, and the lists are merged in one sweep that
// keeps the first of overlapping hits. Linear in the length of the draft,
// whatever the number of hits.

import { formsOf } from '../data/conventions';
import type { Draft } from '../draft';
import type { RuleDefinition } from '../rule';
import { escapeRegExp, positionOf } from '../text';
import type { Fix } from '../types';

export interface Placeholder {
  start: number;
  end: number;
  /** The convention (data/conventions.ts) the leftover follows. */
  form: string;
}

/** What the search of a shape needs of its expression: a global RegExp, or `wordBeforeAnchor`. */
interface Search {
  lastIndex: number;
  exec(s: string): RegExpExecArray | null;
}

interface Shape {
  form: string;
  re: () => Search;
  /** Group of the match that is the placeholder (0: the whole match). */
  group?: number;
  /** Keeps or drops a hit; `m` is the match, [start, end) the placeholder. */
  keep?: (draft: Draft, m: RegExpExecArray, start: number, end: number, lines: LineCache) => boolean;
  /** Text the folded prose must hold for the shape to match at all: without it, its expression is neither compiled nor run. */
  hint?: readonly string[];
}

const words = (id: string) => formsOf(id).map((f) => escapeRegExp(f).replace(/ /g, ' {1,3}').replace(/'/g, "' ?"));

/** Words that name a field (« nom », « date », « intitulé du poste »…) and instructions (« préciser », « à compléter »…). */
function slotWords(): { nouns: Set<string>; verbs: Set<string> } {
  slots ??= { nouns: new Set(formsOf('parentheses-champ')), verbs: new Set(formsOf('parentheses-consigne')) };
  return slots;
}
let slots: { nouns: Set<string>; verbs: Set<string> } | undefined;

/** Field names that take a complement: « (nom du destinataire) », « (date de l'entretien) ». */
const EXTENSIBLE = new Set(['nom', 'prenom', 'numero', 'n°', 'intitule', 'titre', 'date', 'adresse', 'montant', 'coordonnees', 'votre nom']);

/** A field said to be attached or given elsewhere (folded): « joint », « ci-joint », « en pièce jointe », « ci-dessous », « plus haut ». */
const GIVEN = / (?:ci-)?joint(?:e|s|es)?$| fourni(?:e|s|es)?$| transmis(?:e|es)?$| en (?:piece jointe|pj|annexe)$| ci-(?:dessous|dessus|apres)$| attache(?:e|s|es)?$| plus haut$/;

/** True when `inner` (folded) names a field or gives an instruction of the template. */
function isSlotText(inner: string): boolean {
  const t = inner.trim().replace(/\s+/g, ' ');
  if (t === '') return false;
  // « (n° de validation joint) », « (date indiquée ci-dessous) »: the writer points at a field they filled in or attached.
  if (GIVEN.test(t)) return false;
  const { nouns, verbs } = slotWords();
  if (nouns.has(t)) return true;
  const space = t.indexOf(' ');
  const first = space < 0 ? t : t.slice(0, space);
  if (verbs.has(first)) return true;
  // « à compléter », « à préciser »: a two-word instruction.
  const two = t.split(' ').slice(0, 2).join(' ');
  if (verbs.has(two)) return true;
  const m = /^([a-z°]+(?: nom)?) (?:du|de la|de l'|de l|des|de|d') ?[a-z' -]{1,40}$/.exec(t);
  return m !== null && EXTENSIBLE.has(m[1]);
}

/** First and last non-blank offsets of each line, computed once per line: checks per hit stay O(log n). */
class LineCache {
  private readonly first = new Map<number, { start: number; end: number; lineStart: number }>();
  constructor(private readonly draft: Draft) {}
  line(offset: number): { start: number; end: number; lineStart: number } {
    const { line } = positionOf(this.draft.lineStarts, offset);
    let r = this.first.get(line);
    if (!r) {
      const s = this.draft.prose;
      const lineStart = this.draft.lineStarts[line];
      let end = line + 1 < this.draft.lineStarts.length ? this.draft.lineStarts[line + 1] : s.length;
      let start = lineStart;
      while (start < end && /\s/.test(s[start])) start++;
      while (end > start && /\s/.test(s[end - 1])) end--;
      r = { start, end, lineStart };
      this.first.set(line, r);
    }
    return r;
  }
  /** The hit is the whole line (a separator « ________ », « ........ »). */
  alone(start: number, end: number): boolean {
    const l = this.line(start);
    return l.start === start && l.end === end;
  }
}

const SHAPES: readonly Shape[] = [
  {
    form: 'crochets',
    hint: ['['],
    re: () => /\[([^[\]\n]{0,60})\](?![([:])/g,
    keep: (draft, m, start, end, lines) => {
      const inner = m[1].trim();
      // A tick box « [ ] », a quotation cut « […] », « [sic] », a footnote « [1] ».
      if (inner === '' || /^(?:…|\.{2,}|sic(?: ?!)?|\d{1,3}|\?|!)$/.test(inner)) return false;
      // The second half of a reference link « [texte][ref] ».
      if (draft.prose[start - 1] === ']') return false;
      // A capitalised name with its year (« [Codeurs du Nord 2025] », « [AO 2024-118] »): a template field names no year
      // (« [montant 2000] » stays a field).
      const original = draft.text.slice(start + 1, end - 1).trim();
      if (/^\p{Lu}/u.test(original) && /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{N}]|\s*(?:€|euros?))/u.test(original)) return false;
      // A mailing list's tag opening a reply's subject (« Objet : Re: [Festival] Résultat »): the list's name.
      if (draft.subject && start >= draft.subject.valueStart && end < draft.subject.end && /^\s*(?:(?:re|tr|fwd?)\s*:\s*)+$/i.test(draft.text.slice(draft.subject.valueStart, start)) && /^\p{Lu}/u.test(original) && /\p{L}/u.test(draft.text.slice(end, draft.subject.end))) return false;
      // A checked task box « - [x] envoyer le CV ».
      if (inner === 'x') {
        const l = lines.line(start);
        if (/^\s{0,8}(?:[-*+]|\d{1,3}[.)])\s{1,4}$/.test(draft.prose.slice(l.lineStart, start))) return false;
      }
      return true;
    },
  },
  {
    form: 'accolades',
    hint: ['{', '%'],
    re: () => /\{\{[^{}\n]{1,60}\}\}|\{([a-z_][a-z_ ]{0,30})\}|%[a-z_]{2,30}%/g,
  },
  {
    form: 'chevrons',
    hint: ['<', '«'],
    re: () => /<([^<>\n]{1,40})>|«([^«»\n]{1,40})»/g,
    keep: (_draft, m) => {
      if (m[1] !== undefined) {
        const inner = m[1].trim();
        if (/[@=/:]/.test(inner) || !/^[a-z]/.test(inner)) return false;
        return isSlotText(inner);
      }
      // « «Prénom» »: a mail-merge field names one field, with no quotation inside.
      return slotWords().nouns.has((m[2] ?? '').trim());
    },
  },
  {
    form: 'parentheses-champ',
    hint: ['('],
    re: () => /\(([^()\n]{1,60})\)/g,
    keep: (_draft, m) => isSlotText(m[1]),
  },
  {
    form: 'x-comme-nom',
    re: () => new RegExp(`(?<![\\p{L}\\p{N}])(?:madame|monsieur|mademoiselle|mme|mlle|mr|dr|me|m\\.|cher|chere|bonjour|bonsoir|hello|salut) {1,3}([xyz])(?![\\p{L}\\p{N}'’-])|(?<![\\p{L}\\p{N}])(?:${words('x-comme-nom').join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    group: 1,
  },
  {
    form: 'xxx',
    hint: ['xxx'],
    re: () => /x(?<![\p{L}\p{N}]x)x{2,}(?![\p{L}\p{N}])/gu,
  },
  {
    form: 'blanc-souligne',
    hint: ['___'],
    re: () => /_(?<![\p{L}\p{N}]_)_{2,}(?![\p{L}\p{N}])/gu,
    keep: (_draft, _m, start, end, lines) => !lines.alone(start, end),
  },
  {
    form: 'pointilles',
    hint: ['…', '...'],
    re: () => /…{2,}|\.{4,}|(?:…|\.{3})(?<=(?:^|\s)(?:…|\.{3}))(?=[\s,;:)]|$)/gmu,
    keep: (_draft, _m, start, end, lines) => !lines.alone(start, end),
  },
  {
    form: 'masque-de-date',
    hint: ['jj', 'dd', 'hh'],
    re: () => /(?<![\p{L}\p{N}])(?:jj|dd)[/.-]mm(?:[/.-](?:aaaa|aa|yyyy|yy))?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])hh[:h]mm(?![\p{L}\p{N}])/gu,
  },
  {
    form: 'a-completer',
    // Each form's last word (« todo », « completer »): without one in the prose, no expression to compile.
    hint: formsOf('a-completer').map((f) => f.split(/[ ']/).pop() ?? f),
    re: () => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words('a-completer').join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    // « TODO », « TBD »; « à compléter » only in capitals (« un dossier à compléter » is a sentence).
    keep: (draft, m, start, end) => m[0] === 'todo' || m[0] === 'tbd' || draft.text.slice(start, end) === draft.text.slice(start, end).toUpperCase(),
  },
  {
    form: 'civilite-a-choisir',
    // An honorific right before the slash: a link's slashes alone compiled the expression (about 1 ms at the first analysis).
    hint: ['madame', 'monsieur', 'mademoiselle', 'mme', 'm.', 'mlle', 'cher', 'chere', 'chers', 'cheres'].flatMap((h) => [`${h}/`, `${h} /`]),
    re: () => /(?<![\p{L}\p{N}])(?:madame|monsieur|mademoiselle|mme|m\.|mlle|cher|chere|chers|cheres) ?\/ ?(?:madame|monsieur|mademoiselle|mme|m\.?|mlle|cher|chere|chers|cheres)(?![\p{L}\p{N}])/gu,
  },
  {
    form: 'genre-a-choisir',
    hint: ['(', '·', '.e'],
    re: () => {
      const forms = formsOf('genre-a-choisir').map(escapeRegExp).join('|');
      return wordBeforeAnchor(new RegExp(`(?<![\\p{L}\\p{N}])(\\p{L}{2,30})(?:\\((${forms})\\)(s?)|·(${forms})(?:·(s))?|\\.(e)(?:\\.(s))?)(?![\\p{L}\\p{N}])`, 'uy'), /[(·.]/g);
    },
    keep: genderLeftover,
  },
];

const LETTER = /^\p{L}$/u;

/**
 * The global search of `sticky`, an expression that matches at the start of a
 * word of at most 30 letters followed by a character of `anchors`: it is tried
 * only at the start of the letters right before each anchor (the same matches,
 * in the same order, as the global expression, which a regular expression
 * engine would try at every character of the text).
 */
function wordBeforeAnchor(sticky: RegExp, anchors: RegExp): Search {
  return {
    lastIndex: 0,
    exec(s: string): RegExpExecArray | null {
      anchors.lastIndex = this.lastIndex;
      for (let a = anchors.exec(s); a !== null; a = anchors.exec(s)) {
        // The start of the letters before the anchor (a longer word cannot match: its start is too far, and no later character starts a word).
        let i = a.index;
        let n = 0;
        while (i > 0 && n <= 30) {
          const w = i >= 2 && isLowSurrogate(s.charCodeAt(i - 1)) && isHighSurrogate(s.charCodeAt(i - 2)) ? 2 : 1;
          if (!isLetter(s, i - w, i)) break;
          i -= w;
          n++;
        }
        if (n < 2 || n > 30 || i < this.lastIndex) continue;
        sticky.lastIndex = i;
        const m = sticky.exec(s);
        if (m) {
          this.lastIndex = sticky.lastIndex;
          return m;
        }
      }
      this.lastIndex = 0;
      return null;
    },
  };
}

function isLetter(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(from);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(s.slice(from, to));
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Determiners after which a word with « (e) » is about someone else: « le ou la candidat(e) retenu(e) ». */
const THIRD_PARTY = new Set(['le', 'la', 'un', 'une', 'au', 'du', 'ce', 'cet', 'cette', 'chaque', 'tout', 'toute', 'aucun', 'aucune', 'votre', 'notre', 'son', 'sa', 'leur', 'ou']);
const FIRST_PERSON = new Set(['je', "j'", 'me', "m'", 'moi', 'moi-meme']);

/**
 * « (e) » is a leftover when it is about the writer or in a greeting: « Cher(e) »,
 * « Je serais ravi(e) », « m’ait séduit·e », « Chargé(e) de mission » in the
 * signature. On a plural (« candidat(e)s », « lauréat·e·s ») or on someone
 * else (« le ou la candidat·e retenu·e »), inclusive writing is the writer's choice.
 */
function genderLeftover(draft: Draft, m: RegExpExecArray, start: number): boolean {
  const plural = (m[3] ?? '') === 's' || m[5] === 's' || m[7] === 's' || /s$/.test(m[2] ?? m[4] ?? m[6] ?? '');
  if (plural) return false;
  const base = m[1];
  if (base === 'cher' || base === 'chere') return true;
  const inside = (r?: { start: number; end: number }) => r !== undefined && r.start <= start && start < r.end;
  if (inside(draft.greeting) || inside(draft.signature)) return true;
  // The eight words before it, within the sentence: a first-person pronoun, and no determiner right before.
  const prose = draft.prose;
  const before: string[] = [];
  let p = start;
  while (before.length < 8 && p > 0 && start - p < 120) {
    let e = p;
    while (e > 0 && /[\s,]/.test(prose[e - 1])) e--;
    if (e === 0 || /[.!?;:\n…]/.test(prose[e - 1])) break;
    let s = e;
    while (s > 0 && /[\p{L}'-]/u.test(prose[s - 1])) s--;
    if (s === e) break;
    before.push(prose.slice(s, e));
    p = s;
  }
  if (before.length > 0 && THIRD_PARTY.has(before[0])) return false;
  return before.some((w) => FIRST_PERSON.has(w) || /^[jm]'/.test(w));
}

const cache = new WeakMap<Draft, Placeholder[]>();
const shapeRes: Search[] = [];

/** The template leftovers of a draft, in order, without overlaps (computed once per draft). */
export function placeholdersOf(draft: Draft): Placeholder[] {
  const cached = cache.get(draft);
  if (cached) return cached;
  const lines = new LineCache(draft);
  // One list of hits per shape, each in order of position.
  const lists: Placeholder[][] = SHAPES.map((shape, k) => {
    const out: Placeholder[] = [];
    if (shape.hint && !shape.hint.some((h) => draft.prose.includes(h))) return out;
    // Each shape's expression is built once (some from word lists) and reused from the start.
    const re = (shapeRes[k] ??= shape.re());
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(draft.prose)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let start = m.index;
      let end = start + m[0].length;
      const g = shape.group;
      if (g !== undefined && m[g] !== undefined) {
        start = m.index + m[0].lastIndexOf(m[g]);
        end = start + m[g].length;
      }
      if (shape.keep && !shape.keep(draft, m, start, end, lines)) continue;
      out.push({ start, end, form: shape.form === 'parentheses-champ' && isInstruction(m[1]) ? 'parentheses-consigne' : shape.form });
    }
    return out;
  });
  // Merge: always take the hit that starts first (the earlier shape on a tie) and drop those it overlaps.
  const found: Placeholder[] = [];
  const at = lists.map(() => 0);
  let lastEnd = -1;
  for (;;) {
    let best = -1;
    for (let k = 0; k < lists.length; k++) {
      const h = lists[k][at[k]];
      if (h && (best < 0 || h.start < lists[best][at[best]].start)) best = k;
    }
    if (best < 0) break;
    const h = lists[best][at[best]++];
    if (h.start < lastEnd) continue;
    found.push(h);
    lastEnd = h.end;
  }
  cache.set(draft, found);
  return found;
}

function isInstruction(inner: string | undefined): boolean {
  if (!inner) return false;
  const t = inner.trim().replace(/\s+/g, ' ');
  const { verbs } = slotWords();
  return verbs.has(t.split(' ')[0]) || verbs.has(t.split(' ').slice(0, 2).join(' '));
}

/** The placeholder at an offset (for hovers), by binary search. */
export function placeholderAt(draft: Draft, offset: number): Placeholder | undefined {
  const list = placeholdersOf(draft);
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = list[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset > p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}

function fixesOf(draft: Draft, p: Placeholder): Fix[] {
  const { start, end } = p;
  const original = draft.text.slice(start, end);
  const name = draft.meta.recipient;
  if (p.form === 'crochets' && name && /^\[(?:nom|nom du destinataire|destinataire|madame\/monsieur)\]$/i.test(original)) {
    return [{ title: `Remplacer par « ${name} » (destinataire de l’en-tête)`, edits: [{ start, end, newText: name }], preferred: true }];
  }
  if (p.form === 'civilite-a-choisir') {
    return original.split(/\s*\/\s*/).map((choice, i) => ({ title: `Garder « ${choice} »`, edits: [{ start, end, newText: choice }], ...(i === 0 ? { preferred: true } : {}) }));
  }
  if (p.form === 'genre-a-choisir') {
    const m = /^(\p{L}+)(?:\(e\)|·e|\.e)$/u.exec(original);
    if (!m) return [];
    const base = m[1];
    const feminine = /^cher$/i.test(base) ? `${base[0]}hère` : `${base}e`;
    return [
      { title: `Écrire « ${base} »`, edits: [{ start, end, newText: base }] },
      { title: `Écrire « ${feminine} »`, edits: [{ start, end, newText: feminine }] },
    ];
  }
  return [];
}

/**
 * Phone-number characters (`[0-9xX +().-]`): digits, x's standing for digits, and the separators of a written number.
 * Read by character code: a draft of 250,000 « XXX » looks around each of them.
 */
function isPhoneChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 120 || c === 88 || c === 32 || c === 43 || c === 40 || c === 41 || c === 46 || c === 45;
}

/**
 * The phone number around a run of x's when the x's stand for some of its digits
 * (« 514 xxx-xxxx », « 77 xxx xx xx »): at least two real digits on the same
 * run of number characters, nine digits or more in all. Undefined for a bare « XXX »
 * or a reference (« 2024-XXX »).
 */
function maskedNumber(text: string, start: number, end: number): string | undefined {
  let a = start;
  while (a > 0 && a > start - 12 && isPhoneChar(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b < end + 16 && isPhoneChar(text.charCodeAt(b))) b++;
  // Digits and x's counted in place (the run's outer spaces hold neither); the run is cut out only when it is a number.
  let digits = 0;
  let masked = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 120 || c === 88) masked++;
  }
  // A phone number has nine digits or more (« 77 xxx xx xx »); « 2024-XXX » is a reference left to fill.
  return digits >= 2 && digits + masked >= 9 ? text.slice(a, b).trim() : undefined;
}

export const champARemplir: RuleDefinition = {
  id: 'champ-a-remplir',
  category: 'modele',
  severity: 'warning',
  description: 'Un champ du modèle n’a pas été rempli ([Nom], {{prenom}}, <date>, (préciser le poste), XXX, ___, « n° ……… », « Madame X », « Cher(e) »).',
  tip: 'modele',
  recap: { rows: [6], why: 'Un champ [Nom] envoyé tel quel est l’embrouille la plus visible (réflexes à adopter avant l’envoi).' },
  blocks: { why: 'Un champ [Nom] ou [date] envoyé tel quel se voit tout de suite.' },
  example: 'Bonjour [Nom],\nMerci pour votre retour et pour l’entretien du [date].',
  counterExample: 'Bonjour Madame Martin,\nMerci pour votre retour et pour l’entretien du 4 mars (voir [le compte rendu](https://exemple.fr/cr)).',
  *check(draft) {
    for (const p of placeholdersOf(draft)) {
      const original = draft.text.slice(p.start, p.end);
      const phone = p.form === 'xxx' ? maskedNumber(draft.text, p.start, p.end) : undefined;
      if (phone) {
        // Digits around the x's (« 514 xxx-xxxx », « 418 555-xxxx »): a number masked on purpose more often than a field forgotten.
        yield { start: p.start, end: p.end, severity: 'information', message: `Numéro incomplet : « ${phone} ». Si ce brouillon part tel quel, le destinataire ne pourra pas vous joindre ; écrivez le numéro entier ou retirez-le.` };
        continue;
      }
      const message =
        p.form === 'genre-a-choisir'
          ? `« ${original} » : le modèle laissait choisir le genre ; écrivez la forme qui vous correspond (le destinataire lirait « ${original} » tel quel).`
          : p.form === 'civilite-a-choisir'
            ? `« ${original} » : le modèle laissait choisir la civilité ; gardez celle du destinataire.`
            : `Champ à remplir : « ${original} ». Le destinataire le lirait tel quel.`;
      yield { start: p.start, end: p.end, message, fixes: fixesOf(draft, p) };
    }
  },
};

export const modeleRules: readonly RuleDefinition[] = [champARemplir];
