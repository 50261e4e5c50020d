// Scopes: for each token, whether the writer says it, denies it, quotes or
// reports it, or only supposes it. A rule asks the scope of a phrase before
// reporting it: « cela ne me désole pas » denies, « vous m'avez écrit que le
// profil était trop junior » reports, « si jamais vous vous rendez compte… »
// supposes. Also the clauses (a comma, a colon, « mais » start a new one) that
// the rules read co-occurrences in. One pass per sentence, bounded windows.

import { CONTINUES, type Sentence } from './sentences';
import { Flag, Kind, type Tokens } from './tokens';

export const enum Scope {
  /** Under a negation that starts outside the phrase (`negator` says where). */
  Negated = 1,
  /** Between quotation marks (several words, or after a reporting verb). */
  Quoted = 2,
  /** One or two words between quotation marks in the middle of a sentence: « ce "retour" ». */
  ScareQuoted = 4,
  /** Reported speech: « vous m'avez écrit que … », « selon vous … ». */
  Reported = 8,
  /** A supposition: « si … », « au cas où … ». */
  Hypothetical = 16,
  /** In a sentence that ends with a question mark. */
  Question = 32,
  /** In parentheses. */
  Parenthesis = 64,
}

export interface Scopes {
  /** Scope bits per token. */
  bits: Uint8Array;
  /** For a negated token, the index of the negation word (« ne », « pas », « sans »…), else -1. */
  negator: Int32Array;
  /** The second word of a two-part negation (« pas » of « ne … pas »), else -1. */
  negatorPartner: Int32Array;
  /** Clause index of each token (increasing; a clause lies in one sentence). */
  clause: Int32Array;
  /** The first and the last token of each token's clause. */
  clauseFirst: Int32Array;
  clauseLast: Int32Array;
  /** « si » used as an intensifier (« ce retour si détaillé »). */
  intensifierSi: Uint8Array;
  /** For a supposed token, the index of the word that opens the supposition (« si », « au cas où »), else -1. */
  supposer: Int32Array;
}

/** Modal verbs that, followed by a bare « pas » in a question, ask rather than deny (« vous pourriez pas me dire ? »). */
export const REQUEST_MODALS = new Set(['pourrais', 'pourriez', 'pourrait', 'peux', 'pouvez', 'peut', 'voudrais', 'voudriez', 'veux', 'voulez', 'saurais', 'sauriez']);

/** Particles that make « ne » a negation (« ne … que » is a restriction, not a negation). */
const NEG_PARTICLES = new Set(['pas', 'plus', 'jamais', 'guere', 'rien', 'personne', 'aucun', 'aucune', 'nullement', 'point', 'ni', 'nulle']);

/**
 * Verbs of litotes: « ne pas manquer de », « ne pas hésiter à », « ne pas se priver de » say the opposite of a negation;
 * so do « il n'est pas exclu / impossible / improbable que », « je n'exclus pas que »: what follows is announced.
 */
const LITOTES = /^(manqu|hesit|oubli|priv|tard|cess|rat(e|er)|me prive|nous prive|garderai|cach|nie|nier|niera|empech|dout|exclu|impossib|improbab)/;

/** Where the negation of a litotes ends, its particle at k: with « de » or « à » after it (« pas de raconter »), there. */
function litotesEnd(toks: Tokens, k: number, last: number): number {
  const next = toks.norm[k + 1];
  return k + 1 <= last && (next === 'de' || next === "d'" || next === 'a') ? k + 1 : k;
}

/** Personal object pronouns between a negation's particle and its verb (« pas vous cacher », « pas te mentir »); not the
 * articles « le », « la », « les », which would take « pas le manque de… » for a litotes. */
const OBJECT_CLITICS = new Set(['vous', 'te', "t'", 'me', "m'", 'lui', 'leur', 'nous']);

/** Words that open an indirect question (« comment », « pourquoi »…): after a negated verb, what they open is not denied. Not « que » (« je ne pense pas que… » is denied), not « où » (folded, it is « ou »). */
const INDIRECT = new Set(['comment', 'pourquoi', 'quand', 'combien', 'lequel', 'laquelle', 'lesquels', 'lesquelles']);

/** « pas le premier », « pas la seule »: a litotes that affirms what follows (see computeScopes). */
const FIRST_OR_ONLY_DET = new Set(['le', 'la', 'les']);
const FIRST_OR_ONLY = new Set(['premier', 'premiere', 'premiers', 'premieres', 'seul', 'seule', 'seuls', 'seules']);

/** Punctuation that ends a clause. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '«', '»', '"', '“', '”', '-']);
/** Words that start a new clause. */
const CLAUSE_WORDS = new Set(['mais', 'car', 'donc', 'cependant', 'pourtant', 'neanmoins', 'toutefois', 'sinon', 'puis', 'alors', 'or']);
/** After « et », a subject starts a new clause (« je ne suis pas déçu et je comprends »). */
const SUBJECTS = new Set(['je', "j'", 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', "c'", 'cela', 'ca']);

/**
 * Words a line may end on inside a clause, so that a subject opening the next line goes on with it (« ce que⏎je pense »,
 * « au cas où il⏎vous aurait échappé »): those that cannot end a sentence, and a few more.
 */
const LINE_GLUE = new Set([...CONTINUES, 'meme', 'parce', 'puisque', 'ils', 'elles', 'y', 'en']);

/** What makes « si » a condition rather than an intensifier: the word after it. */
/** « sans » before these words makes an adverb (« sans doute », « sans peine », « sans tarder »): it denies nothing around it. */
const SANS_IDIOMS = new Set(['doute', 'cesse', 'oublier', 'peine', 'probleme', 'difficulte', 'hesiter', 'hesitation', 'faute', 'tarder', 'attendre', 'delai', 'compter', 'conteste', 'encombre', 'relache']);

const IF_FOLLOWERS = new Set([
  'il', 'ils', 'elle', 'elles', 'on', 'vous', 'je', "j'", 'tu', 'nous', 'jamais', 'besoin', 'cela', 'ca', "c'", 'ce', 'un', 'une', 'le', 'la', 'les', "l'", 'votre', 'vos', 'mon', 'ma', 'mes', 'notre', 'nos', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'leur', 'leurs', 'par', 'toutefois', 'possible', 'oui', 'non', 'certains', 'certaines', 'des', 'du', "quelqu'un", 'rien', 'personne', 'tout', 'toute', 'cette', 'ces', 'cet', 'ceci', 'y', 'en', 'malgre', "d'aventure", 'demain', 'un', 'au', 'aux', 'entre', 'dans', 'apres', 'avant', 'lors', 'pendant', 'plus', 'moins',
]);

/**
 * « si j'en crois ses photos », « si je me fie à », « si j'ai bien compris »: the writer names a source or a reading, not a
 * supposition; what follows is said (« si j'en crois ses photos avec votre directeur » insinuates as much as without « si »).
 */
const EPISTEMIC_IF: readonly (readonly string[])[] = [
  ["j'", 'en', 'crois'], ["j'", 'en', 'juge'], ['je', 'me', 'fie'], ['je', 'm\'en', 'fie'], ['je', 'me', 'refere'], ["j'", 'ai', 'bien', 'compris'],
  ['je', 'comprends', 'bien'], ['on', 'en', 'croit'], ["l'", 'on', 'en', 'croit'], ["j'", 'en', 'juge', 'par'],
];

function epistemicIf(norm: readonly string[], t: number): boolean {
  for (const e of EPISTEMIC_IF) {
    let ok = true;
    for (let k = 0; k < e.length && ok; k++) ok = norm[t + k] === e[k];
    if (ok) return true;
  }
  return false;
}

/** Coordinating conjunctions: after a comma, they open a clause. */
const CONJUNCTIONS = new Set(['et', 'mais', 'car', 'donc', 'puis', 'or', 'ni']);

/** Openers of a supposition besides « si » (folded token sequences). */
const HYPOTHESES: readonly (readonly string[])[] = [
  ['au', 'cas', 'ou'],
  ['dans', 'le', 'cas', 'ou'],
  ["dans", "l'", 'hypothese', 'ou'],
  ['a', 'supposer', 'que'],
  ['a', 'supposer', "qu'"],
  ['en', 'supposant', 'que'],
  ['pour', 'peu', 'que'],
  ['pour', 'peu', "qu'"],
  ['a', 'condition', 'que'],
  ['quand', 'bien', 'meme'],
  ['en', 'cas', 'de'],
  ['en', 'cas', "d'"],
  ['le', 'cas', 'echeant'],
  ['imaginons', 'que'],
  ['supposons', 'que'],
];

/** The openers of a supposition by their first word (one lookup per word instead of one comparison per opener). */
const HYPOTHESES_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const h of HYPOTHESES) {
  const l = HYPOTHESES_BY_FIRST.get(h[0]) ?? [];
  l.push(h);
  HYPOTHESES_BY_FIRST.set(h[0], l);
}
const NONE: readonly (readonly string[])[] = [];

/** Relative pronouns a negation may open right after (« qui ne fait pas »). */
const RELATIVE_PRONOUNS = new Set(['qui', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles']);
/** Words that introduce a clause under the one before it (« que vous n'avez pas », « qui ne veut pas », « si vous ne »). */
const SUBORDINATING = new Set(['que', "qu'", 'qui', 'si', "s'", 'dont']);

/** Reporting verbs (folded forms, any person) that make the rest of a sentence reported speech. */
const REPORTING = new Set([
  'ecrit', 'ecrivez', 'ecriviez', 'ecrivait', 'ecrivais', 'dit', 'dites', 'disiez', 'disait', 'indique', 'indiquez', 'indiquiez', 'indiquait', 'precise', 'precisez', 'precisiez', 'precisait', 'explique', 'expliquez', 'expliquiez', 'expliquait', 'estimez', 'estimiez', 'estimait', 'jugez', 'jugiez', 'jugeait', 'considerez', 'considerait', 'souligne', 'soulignez', 'souligniez', 'soulignait', 'mentionne', 'mentionnez', 'mentionnait', 'evoque', 'evoquez', 'evoquait', 'note', 'notez', 'notiez', 'notait', 'reproche', 'reprochez', 'reprochiez', 'reprochait', 'affirme', 'affirmez', 'affirmait', 'repondu', 'repondez', 'signale', 'signalez', 'signalait', 'rappele', 'rappelez', 'rappeliez', 'rappelait', 'ecrire', 'avance', 'avancez', 'pointe', 'pointez', 'releve', 'relevez', 'releviez', 'qualifie', 'qualifiez', 'qualifiait', 'trouvez', 'trouviez', 'trouvait', 'pensez', 'pensiez', 'pensait',
]);

/** Reader-side subjects of a reporting verb: « vous m'avez écrit que », « le jury estime que », « votre mail indique que ». */
const REPORTERS = new Set(['vous', 'tu', 'il', 'elle', 'on', 'ils', 'elles', 'jury', 'comite', 'commission', 'recruteur', 'recruteuse', 'mail', 'courriel', 'message', 'courrier', 'lettre', 'reponse', 'retour', 'rapport', 'avis', 'notification', 'equipe', 'service', 'direction', 'client', 'acheteur']);

export function computeScopes(toks: Tokens, sentences: readonly Sentence[]): Scopes {
  const n = toks.count;
  const bits = new Uint8Array(n);
  const negator = new Int32Array(n).fill(-1);
  const negatorPartner = new Int32Array(n).fill(-1);
  const clause = new Int32Array(n);
  const intensifierSi = new Uint8Array(n);
  const supposer = new Int32Array(n).fill(-1);
  // The first and the last token of each token's clause (filled sentence by sentence).
  const clauseFirst = new Int32Array(n);
  const clauseLast = new Int32Array(n);
  // Each marking below covers a range that starts at the current token and only
  // ORs a bit (or sets a field once): tokens up to `…Done` were visited by an
  // earlier range, so a range starts after them. Linear however many negations,
  // suppositions or reporting verbs share a clause.
  let negDone = -1;
  let hypDone = -1;
  let repDone = -1;
  const negate = (from: number, to: number, by: number, partner: number): void => {
    for (let j = Math.max(from, negDone + 1); j <= to; j++) if (negator[j] < 0) {
      negator[j] = by;
      if (partner >= 0) negatorPartner[j] = partner;
      bits[j] |= Scope.Negated;
    }
    negDone = Math.max(negDone, to);
  };
  const suppose = (from: number, to: number): void => {
    for (let j = Math.max(from, hypDone + 1); j <= to; j++) {
      bits[j] |= Scope.Hypothetical;
      if (supposer[j] < 0) supposer[j] = from;
    }
    hypDone = Math.max(hypDone, to);
  };
  const report = (from: number, to: number): void => {
    for (let j = Math.max(from, repDone + 1); j <= to; j++) bits[j] |= Scope.Reported;
    repDone = Math.max(repDone, to);
  };
  // The sentence being read: its last token, and what the helpers below remember within it.
  let sLast = -1;
  const clauseEnd = (t: number): number => (t >= sLast ? t : clauseLast[t]);
  // The first exclamation word (« combien », « comme », « quel point ») at or after a token, remembered: [exclFrom, exclAt) holds none.
  let exclFrom = 0;
  let exclAt = 0;
  const exclamationFrom = (from: number): number => {
    if (from >= exclFrom && from <= exclAt) return exclAt;
    let j = from;
    while (j <= sLast && !isExclamation(toks, j)) j++;
    exclFrom = from;
    exclAt = j;
    return j;
  };
  // The end of a reported passage that starts at a token (up to « : », « ; », « mais » or the sentence's end), remembered likewise.
  let reportFrom = 0;
  let reportEnd = 0;
  let clauseId = 0;
  for (const s of sentences) {
    clauseId++;
    const question = s.terminator.includes('?');
    // Clauses.
    let c = clauseId;
    let skipComma = -1;
    // Whether the sentence opens a quotation or a parenthesis: `quotes` and `parentheses` mark nothing in one that does
    // not, and are not called for it (a draft of 500,000 one-word questions has as many sentences to skip).
    let opensQuote = false;
    let opensParen = false;
    for (let t = s.first; t <= s.last; t++) {
      const norm = toks.norm[t];
      const k = toks.kind[t];
      if (norm === '(') opensParen = true;
      else if (k === Kind.Punct && OPEN[norm]) opensQuote = true;
      // An incidental between two commas (« était, de loin, le plus complet ») does not split the clause.
      if (norm === ',' && t !== skipComma) {
        let j = t + 1;
        // « , on ne sait jamais, »: an aside that denies is a clause of its own, its negation ends at its comma.
        let denies = false;
        while (j <= s.last && j - t <= 4 && toks.kind[j] === Kind.Word) {
          // « ne », « pas », « jamais » anywhere, or a particle that opens the aside (« , plus d'espoir, », « , rien de plus, »);
          // not a particle inside an adverb (« , de plus, »).
          const w = toks.norm[j];
          if (w === 'pas' || w === 'jamais' || ((w === 'ne' || w === "n'") && toks.norm[j + 1] !== 'importe') || (j === t + 1 && NEG_PARTICLES.has(w))) denies = true;
          j++;
        }
        // « …, et honnêtement, tant mieux »: a conjunction after the comma opens a new clause, the words up to the next comma are not an incidental.
        // « …, ce qui, vu la fréquence…, n'est pas exclu »: « ce qui » and a relative pronoun open a clause of their own too.
        const relative = RELATIVE_PRONOUNS.has(toks.norm[t + 1]) || (toks.norm[t + 1] === 'ce' && (toks.norm[t + 2] === 'qui' || toks.norm[t + 2] === 'que' || toks.norm[t + 2] === "qu'"));
        if (j <= s.last && j - t >= 2 && toks.norm[j] === ',' && !CONJUNCTIONS.has(toks.norm[t + 1]) && !denies && !relative) {
          skipComma = j;
          clause[t] = c;
          if (question) bits[t] |= Scope.Question;
          continue;
        }
      }
      if (t === skipComma) {
        clause[t] = c;
        if (question) bits[t] |= Scope.Question;
        continue;
      }
      if ((k === Kind.Punct && CLAUSE_PUNCT.has(norm)) || (k === Kind.Word && CLAUSE_WORDS.has(norm))) c++;
      else if (k === Kind.Word && norm === 'et' && t + 1 <= s.last && SUBJECTS.has(toks.norm[t + 1])) c++;
      // A line that opens on a subject or « si » after a word that can end a clause (« …au beurre mdr⏎si tu cherches un renfort »).
      // Not « nous » or « vous », as often objects as subjects, and not after a word that cannot end a clause (« au cas où il⏎vous aurait échappé »).
      else if (t > s.first && toks.flags[t] & Flag.LineStart && k === Kind.Word && ((SUBJECTS.has(norm) && norm !== 'nous' && norm !== 'vous') || norm === 'si') && !LINE_GLUE.has(toks.norm[t - 1])) c++;
      clause[t] = c;
      if (question) bits[t] |= Scope.Question;
    }
    clauseId = c;
    for (let t = s.first; t <= s.last; t++) clauseFirst[t] = t > s.first && clause[t - 1] === clause[t] ? clauseFirst[t - 1] : t;
    for (let t = s.last; t >= s.first; t--) clauseLast[t] = t < s.last && clause[t + 1] === clause[t] ? clauseLast[t + 1] : t;
    sLast = s.last;
    exclFrom = s.last + 1;
    exclAt = s.last + 1;
    reportFrom = s.last + 1;
    reportEnd = s.last + 1;
    if (opensQuote) quotes(toks, s, bits);
    if (opensParen) parentheses(toks, s, bits);
    for (let t = s.first; t <= s.last; t++) {
      if (toks.kind[t] !== Kind.Word) continue;
      const norm = toks.norm[t];
      // Most words open no scope: one lookup passes over them.
      if (!SCOPE_OPENERS.has(norm)) continue;
      // Negation.
      if ((norm === 'ne' || norm === "n'") && toks.norm[t + 1] !== 'importe') {
        let p = -1;
        for (let j = t + 1; j <= Math.min(s.last, t + 8) && clause[j] === clause[t]; j++) {
          const w = toks.norm[j];
          if (w === 'que' || w === "qu'") {
            // « ne … que » restricts; « ne … pas que » still negates (found first).
            break;
          }
          if (NEG_PARTICLES.has(w)) {
            p = j;
            break;
          }
        }
        // « il ne me reste plus qu'à vous souhaiter … »: « ne … plus qu'à » restricts like « ne … que », it denies nothing.
        if (p >= 0 && toks.norm[p] === 'plus' && (toks.norm[p + 1] === "qu'" || toks.norm[p + 1] === 'que') && toks.norm[p + 2] === 'a') p = -1;
        // An informal « ne » without particle is rare; « ne » + verb + end of clause still reads as a negation in writing.
        if (p >= 0) {
          let e = clauseEnd(p);
          // « une coopérative qui ne fait pas de place aux jeunes ne devrait pas s'étonner… »: a negation inside a relative
          // clause ends before a second « ne » that no « que », « qui » or « si » introduces, the main clause's own negation.
          // (« je ne dis pas que vous n'avez pas lu », « je ne sais pas l'art d'être clair pour qui ne veut pas » keep what
          // follows under the first negation: it does not open in a relative clause.)
          const relative = t > s.first && RELATIVE_PRONOUNS.has(toks.norm[t - 1]);
          for (let j = p + 1; relative && j <= e; j++) {
            if (toks.norm[j] !== 'ne' && toks.norm[j] !== "n'") continue;
            let introduced = false;
            for (let k = Math.max(p + 1, j - 3); k < j; k++) if (SUBORDINATING.has(toks.norm[k])) introduced = true;
            if (!introduced) e = j - 1;
            break;
          }
          // Litotes (« je ne manquerai pas de raconter »): the negation stops at the verb, what follows is said.
          for (let j = t + 1; j <= p + 1 && j <= s.last; j++) if (LITOTES.test(toks.norm[j])) e = Math.min(e, litotesEnd(toks, p, s.last));
          // « je ne vais pas vous cacher que … »: an object pronoun may stand between the particle and the verb.
          if (p + 2 <= s.last && OBJECT_CLITICS.has(toks.norm[p + 1]) && LITOTES.test(toks.norm[p + 2])) e = Math.min(e, p + 2);
          // « vous n'imaginez pas à quel point je suis triste »: the negation is an exclamation, what follows is said.
          // « je ne sais pas comment je vais m'en relever », « je ne comprends pas pourquoi vous… »: an indirect question
          // right after the negation is not denied, it is what the writer wonders about (said).
          let x = exclamationFrom(p + 1);
          for (let j = p + 1; j <= p + 2 && j < x; j++) if (INDIRECT.has(toks.norm[j])) x = j;
          if (x <= e) e = x - 1;
          // « Ce n'est pas grave, je m'en remettrai, j'ai connu pire », « ce n'est pas de souci »: the idiom of assent
          // denies its own word, not what the sentence goes on to say.
          const idiom = toks.norm[p] === 'pas' ? assentIdiomEnd(toks, p) : -1;
          if (idiom >= 0) e = Math.min(e, idiom);
          // « Vous n'êtes pas le premier incompétent à qui j'ai affaire », « ce n'est pas la première fois que vous… »:
          // denying that it is the first (or the only) one affirms the rest; the negation stops at « premier ».
          if (toks.norm[p] === 'pas' && FIRST_OR_ONLY_DET.has(toks.norm[p + 1]) && FIRST_OR_ONLY.has(toks.norm[p + 2])) e = Math.min(e, p + 2);
          negate(t, e, t, p);
        }
        continue;
      }
      if ((norm === 'pas' || norm === 'jamais' || norm === 'aucun' || norm === 'aucune') && negator[t] < 0) {
        if (norm === 'pas' && (toks.norm[t + 1] === 'mal' || toks.norm[t - 1] === 'un' || toks.norm[t - 1] === 'le' || toks.norm[t - 1] === 'ce' || toks.norm[t - 1] === 'premier' || toks.norm[t - 1] === 'grand' || toks.norm[t - 1] === 'petit')) continue;
        if (norm === 'jamais' && (toks.norm[t - 1] === 'si' || toks.norm[t - 1] === "s'")) continue;
        // « Pas de problème », « pas de souci », « pas grave »: an idiom of assent, it denies nothing that follows.
        if (norm === 'pas' && assentIdiomEnd(toks, t) >= 0) continue;
        // « Tu pourrais pas en reparler avec elle ? »: a spoken request, not a denial.
        if (norm === 'pas' && REQUEST_MODALS.has(toks.norm[t - 1]) && toks.norm[s.last] === '?') continue;
        let e = norm === 'aucun' || norm === 'aucune' ? Math.min(clauseEnd(t), t + 3) : clauseEnd(t);
        // Without « ne » as with it: « je comprends pas comment… », « je sais pas pourquoi… » leave the indirect question said.
        if (norm === 'pas' || norm === 'jamais') {
          let x = exclamationFrom(t + 1);
          for (let j = t + 1; j <= t + 2 && j < x; j++) if (INDIRECT.has(toks.norm[j])) x = j;
          if (x <= e) e = x - 1;
          // Litotes without « ne » (« je vais pas vous cacher que … », « j'hésiterai pas à … »): what follows is said.
          const v = OBJECT_CLITICS.has(toks.norm[t + 1]) ? t + 2 : t + 1;
          if (v <= s.last && LITOTES.test(toks.norm[v])) e = Math.min(e, v);
          // « j'hésiterai pas à vous recontacter »: the litotes' verb before the bare particle.
          else if (t - 1 >= s.first && LITOTES.test(toks.norm[t - 1])) e = Math.min(e, litotesEnd(toks, t, s.last));
        }
        negate(t, e, t, -1);
        continue;
      }
      if (norm === 'sans' && !SANS_IDIOMS.has(toks.norm[t + 1])) {
        // « sans » denies its own complement: a « ne » after it is the next verb's own (« livrer sans défaut n'est plus un critère »).
        let e = Math.min(clauseEnd(t), t + 5);
        for (let j = t + 1; j <= e; j++) if (toks.norm[j] === 'ne' || toks.norm[j] === "n'") e = j - 1;
        negate(t, e, t, -1);
        continue;
      }
      if (norm === 'non' && t + 1 <= s.last && toks.kind[t + 1] === Kind.Word && clause[t + 1] === clause[t] && !(toks.flags[t + 1] & Flag.HyphenBefore && false)) {
        const next = toks.norm[t + 1];
        if (next === 'seulement' || next === 'plus' || next === 'loin' || next === 'merci' || next === 'pas') continue;
        negator[t] = t;
        negator[t + 1] = t;
        bits[t] |= Scope.Negated;
        bits[t + 1] |= Scope.Negated;
        continue;
      }
      if (norm === 'loin' && toks.norm[t + 1] === 'de' && (toks.norm[t + 2] === 'moi' || toks.norm[t + 2] === 'nous')) {
        negate(t, s.last, t, -1);
        continue;
      }
      // Supposition.
      if ((norm === 'si' || norm === "s'") && t + 1 <= s.last) {
        const next = toks.norm[t + 1];
        const conditional = norm === "s'" ? next === 'il' || next === 'ils' : IF_FOLLOWERS.has(next) || toks.kind[t + 1] === Kind.Number || (toks.flags[t + 1] & Flag.Capital) !== 0;
        // « même si » concedes a fact; « comme si » compares: neither supposes. After a verb of asking or knowing
        // (« je me demande si », « savoir si », « je ne sais pas si »), « si » opens an indirect question: what follows is said.
        const prev = toks.norm[t - 1];
        if (conditional && prev !== 'meme' && prev !== 'comme' && !opensIndirectIf(toks.norm, t) && !epistemicIf(toks.norm, t + 1)) suppose(t, clauseEnd(t));
        else if (!conditional && norm === 'si') intensifierSi[t] = 1;
        continue;
      }
      for (const h of HYPOTHESES_BY_FIRST.get(norm) ?? NONE) {
        let ok = true;
        for (let k = 1; k < h.length && ok; k++) if (toks.norm[t + k] !== h[k]) ok = false;
        if (ok) suppose(t, clauseEnd(t + h.length - 1));
      }
      // Reported speech: a reader-side subject, then a reporting verb, then « que » or « : ».
      if (REPORTING.has(norm)) {
        let subject = false;
        // The subject is looked for in the verb's own clause: a comma or « que » ends the search, and the
        // writer as subject (« je vous signale que », « Je vous remercie, je note que ») is not the reader reporting.
        for (let j = t - 1; j >= Math.max(s.first, t - 4); j--) {
          const w = toks.norm[j];
          if (w === 'je' || w === "j'") { subject = false; break; }
          if (w === ',' || w === ';' || w === ':' || w === 'que' || w === "qu'") break;
          if (REPORTERS.has(w)) subject = true;
        }
        const next = toks.norm[t + 1];
        if (subject && (next === 'que' || next === "qu'" || next === ':' || next === '«' || next === '"')) {
          let e = t + 1;
          if (e >= reportFrom && e <= reportEnd) e = reportEnd;
          else {
            reportFrom = e;
            // « Votre lettre précise que mon profil est « intéressant », ce qui est sans doute le mot poli pour dire inutile »:
            // a comment on the whole report (« , ce qui », « , ce que ») is the writer's own words again.
            // « Vous m'aviez dit que j'étais votre premier choix, je suppose que… », « Vous dites que mon projet est trop ambitieux,
            // moi je pense… »: the writer speaking again in the first person after a comma ends the report too.
            // « Vous dites que je manque de leadership, alors que j'ai encadré… »: the writer's own version set against the
            // report after a comma (« alors que », « tandis que », « or », « pourtant ») is not reported either.
            // « Vous m'aviez dit que j'étais le profil idéal, vous le dites à tout le monde ? »: the reader named again as the
            // subject of a new clause after a comma is the writer talking to them, no longer the report.
            const comment = (k: number): boolean => toks.norm[k] === ',' && ((toks.norm[k + 1] === 'ce' && (toks.norm[k + 2] === 'qui' || toks.norm[k + 2] === 'que' || toks.norm[k + 2] === "qu'")) || toks.norm[k + 1] === 'je' || toks.norm[k + 1] === "j'" || toks.norm[k + 1] === 'moi' || ((toks.norm[k + 1] === 'alors' || toks.norm[k + 1] === 'tandis') && (toks.norm[k + 2] === 'que' || toks.norm[k + 2] === "qu'")) || toks.norm[k + 1] === 'or' || toks.norm[k + 1] === 'pourtant' || ((toks.norm[k + 1] === 'vous' || toks.norm[k + 1] === 'tu') && toks.norm[k - 1] !== 'vous' && toks.norm[k - 1] !== 'toi' && toks.norm[k + 2] !== 'que' && toks.norm[k + 2] !== "qu'" && toks.norm[k + 2] !== ','));
            // « Il faut écrire « LLM » pour qu'un investisseur lise » : a report made of a quotation ends at its closing mark;
            // what follows it is the writer's own words again.
            const close = next === '«' ? '»' : next === '"' ? '"' : '';
            let closeAt = -1;
            if (close) for (let k = t + 2; k <= s.last && k <= t + 40; k++) if (toks.norm[k] === close) { closeAt = k; break; }
            if (closeAt > 0) e = closeAt;
            else while (e + 1 <= s.last && toks.norm[e + 1] !== ':' && toks.norm[e + 1] !== ';' && toks.norm[e + 1] !== 'mais' && !comment(e + 1)) e++;
            reportEnd = e;
          }
          report(t + 1, e);
        }
      }
      if ((norm === 'selon' || norm === "d'apres") && (toks.norm[t + 1] === 'vous' || toks.norm[t + 1] === 'toi' || toks.norm[t + 1] === 'votre' || toks.norm[t + 1] === 'le' || toks.norm[t + 1] === 'la')) {
        report(t, clauseEnd(t + 1));
      }
    }
  }
  return { bits, negator, negatorPartner, clause, clauseFirst, clauseLast, intensifierSi, supposer };
}

/** Every word the scope loop acts on (negations, suppositions, reported speech, « selon »). */
const SCOPE_OPENERS: ReadonlySet<string> = new Set([
  'ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'non', 'loin', 'si', "s'", 'selon', "d'apres",
  ...HYPOTHESES_BY_FIRST.keys(),
  ...REPORTING,
]);

/** « combien », « comme », « quel point », « à quel point » at token j. */
function isExclamation(toks: Tokens, j: number): boolean {
  const w = toks.norm[j];
  return w === 'combien' || w === 'comme' || (w === 'quel' && toks.norm[j + 1] === 'point') || (w === 'a' && toks.norm[j + 1] === 'quel' && toks.norm[j + 2] === 'point');
}

/** « pas de problème », « pas de souci », « pas de quoi »: idioms, not negations. */
const IDIOM_AFTER_PAS_DE = new Set(['probleme', 'problemes', 'souci', 'soucis', 'quoi', 'stress', 'panique', 'offense']);

/** Verbs after which « si » opens an indirect question, not a supposition. */
const ASK_IF = new Set([
  'demande', 'demandais', 'demandait', 'demandons', 'demandions', 'demander', 'demandes', 'demandez', 'demanderai', 'demandant', 'interroge', 'interrogeais', 'interroger', 'interrogeons',
  'sais', 'sait', 'savais', 'savait', 'savoir', 'savons', 'saurais', 'ignore', 'ignorais', 'ignorons', 'voir', 'verifier', 'comprendre', 'question', 'doute', 'doutais',
]);

/** Words between such a verb and « si » (« je ne sais pas si », « savoir vraiment si »). */
const ASK_IF_ADVERBS = new Set(['pas', 'plus', 'trop', 'bien', 'vraiment', 'toujours', 'encore', 'guere']);

/** Whether the « si » at token t follows a verb of asking or knowing (« je me demande si », « je ne sais pas si »): an indirect question. */
export function opensIndirectIf(norm: readonly string[], t: number): boolean {
  const prev = norm[t - 1];
  return ASK_IF.has(ASK_IF_ADVERBS.has(prev) ? norm[t - 2] : prev);
}

/** The last token of an idiom of assent at « pas » (« pas grave », « pas de souci »), or -1: it denies its own word only. */
function assentIdiomEnd(toks: Tokens, p: number): number {
  if (toks.norm[p + 1] === 'grave') return p + 1;
  return toks.norm[p + 1] === 'de' && IDIOM_AFTER_PAS_DE.has(toks.norm[p + 2]) ? p + 2 : -1;
}

const OPEN: Record<string, string> = { '«': '»', '“': '”', '"': '"' };
/** The reader's possessives and demonstratives before a quotation: what follows is the reader's phrase, quoted back. */
const POSSESSIVES = new Set(['votre', 'vos', 'ton', 'ta', 'tes', 'ce', 'cette', 'ces']);

/** Quotations inside a sentence: several words are quoted; one or two words in running text are scare quotes. */
function quotes(toks: Tokens, s: Sentence, bits: Uint8Array): void {
  for (let t = s.first; t <= s.last; t++) {
    const close = OPEN[toks.norm[t]];
    if (!close || toks.kind[t] !== Kind.Punct) continue;
    let e = t + 1;
    while (e <= s.last && toks.norm[e] !== close) e++;
    if (e > s.last) {
      // An unclosed quotation runs to the end of the sentence.
      for (let j = t + 1; j <= s.last; j++) bits[j] |= Scope.Quoted;
      return;
    }
    let words = 0;
    for (let j = t + 1; j < e; j++) if (toks.kind[j] === Kind.Word) words++;
    const prev = t - 1 >= s.first ? toks.norm[t - 1] : '';
    const reported = prev === ':' || prev === 'dit' || prev === 'ecrit' || prev === 'cite';
    // The reader's own words thrown back after a possessive (« votre « profil plus senior » ») are scare quotes up to a few words.
    const thrownBack = POSSESSIVES.has(prev) && words <= 5;
    const scare = words > 0 && (words <= 2 || thrownBack) && !reported && t > s.first && toks.kind[t - 1] === Kind.Word;
    for (let j = t + 1; j < e; j++) bits[j] |= scare ? Scope.ScareQuoted : Scope.Quoted;
    t = e;
  }
}

function parentheses(toks: Tokens, s: Sentence, bits: Uint8Array): void {
  let depth = 0;
  for (let t = s.first; t <= s.last; t++) {
    const norm = toks.norm[t];
    if (norm === '(') depth++;
    else if (norm === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) bits[t] |= Scope.Parenthesis;
  }
}

/** True when the phrase [first, end) is negated by a negation outside it. */
export function negatedFromOutside(sc: Scopes, first: number, end: number): boolean {
  for (let t = first; t < end; t++) {
    const n = sc.negator[t];
    if (n < 0) continue;
    const p = sc.negatorPartner[t];
    const inside = (n >= first && n < end) || (p >= first && p < end);
    if (!inside) return true;
  }
  return false;
}

/** True when the phrase [first, end) lies in a supposition opened outside it (« si on peut dire » opens its own). */
export function supposedFromOutside(sc: Scopes, first: number, end: number): boolean {
  for (let t = first; t < end; t++) {
    const o = sc.supposer[t];
    if (o >= 0 && (o < first || o >= end)) return true;
  }
  return false;
}

/** Scope bits shared by every token of [first, end) (quotes and suppositions hold for a whole phrase). */
export function anyScope(sc: Scopes, first: number, end: number, mask: number): boolean {
  for (let t = first; t < end; t++) if (sc.bits[t] & mask) return true;
  return false;
}
