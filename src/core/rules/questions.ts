// Category `questions` (section 3 « Feedback > ego »): count the requests,
// not the question marks — an indirect question chained in one sentence
// (« j’aimerais comprendre ce qui a manqué, comment vous avez départagé les
// dossiers et quand vous recruterez »), several interrogatives in one
// question, a bulleted list of asks, a request for several documents. Questions
// the writer asks themself (« Qu’est-ce que j’en retiens ? ») are not requests.
// And the vague ask in any wording (« des conseils ? », « un retour
// quelconque ») with the guide's targeted questions as rewrites.

import { TARGETED_TU, TARGETED_VOUS, VAGUE_QUESTIONS } from '../data/questions';
import type { Draft } from '../draft';
import { quoteThen, replaceProseSentence } from '../fixes';
import { classIdIn, isReadSentence, nextClassStart, proseOf, stanceOf, type ProseAnalysis } from '../prose/analysis';

const said = (st: string): boolean => st === 'said';
import type { Sentence } from '../prose/sentences';
import { opensIndirectIf, REQUEST_MODALS } from '../prose/scopes';
import { Flag, Kind } from '../prose/tokens';
import { classSaidIn, wordingReports } from '../prose/wording';
import type { RuleDefinition } from '../rule';
import type { Report } from '../types';
import { plural } from '../french';

/** One request of the message: a sentence (or list item) and how many things it asks. */
export interface Request {
  start: number;
  end: number;
  sentence: number;
  /** Number of distinct asks in it (three interrogatives chained count three). */
  units: number;
  /** The sentence asks for feedback without saying about what. */
  vague: boolean;
}

/** Interrogative words that open an ask (folded); « qui » and « si » only at the start of a clause. */
/** « c'est quoi », « c'était quoi »: the verbs of a spoken question whose interrogative comes after them. */
const SPOKEN_QUOI_VERBS = new Set(['est', 'etait', 'sera', 'serait', 'sont', 'etaient']);
/** Verbs of opinion that, asked of the reader (« vous pensez que … ? »), make a question of what follows. */
const OPINION_VERBS = new Set(['pensez', 'penses', 'estimez', 'estimes', 'trouvez', 'trouves', 'jugez', 'juges', 'croyez', 'crois', 'dites', 'dis']);
/** What may follow an interrogative left after its verb, one token (« pris qui du coup ? », « passé quoi exactement, … », « … au juste ? »). */
const IN_SITU_AFTER = new Set(['?', ',', 'du', 'exactement', 'alors', 'finalement', 'au', 'donc']);
/** Prepositions before an interrogative « quoi » (« en quoi », « sur quoi », « à quoi »). */
const QUOI_PREPOSITIONS = new Set(['en', 'sur', 'a', 'par', 'pour', 'de']);
/** Words of curiosity or need before « de savoir »: « curieuse de savoir » frames the asks that follow. */
const CURIOUS = new Set(['curieux', 'curieuse', 'curieuses', 'interesse', 'interessee', 'interesses', 'interessees', 'desireux', 'desireuse', 'envie', 'besoin', 'heureux', 'heureuse', 'ravi', 'ravie', 'impatient', 'impatiente']);
const HEADS = new Set(['pourquoi', 'comment', 'quand', 'combien', 'quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle', 'lesquels', 'lesquelles']);
const CLAUSE_START = new Set([',', 'et', 'ou', 'puis', 'pis', ';', ':', '(', 'savoir', 'apprendre', 'dire', 'indiquer', 'preciser', 'comprendre', 'connaitre', 'expliquer', 'demande', 'demander', 'demandais', 'demandait', 'demandions', 'demandons', 'interroge', 'interrogeais', 'sais', 'sait', 'voir', 'confirmer', 'direz', 'diras', 'preciserez', 'indiquerez', 'expliquerez', 'vous', 'me', "m'", 'moi']);
/** What follows a « si » that sets a condition rather than asking (« s'il y en a eu un », « si possible », « si c'est le cas »). */
const CONDITION_AFTER_SI = new Set(['possible', 'besoin', 'oui', 'non', 'necessaire', 'jamais']);
/** Verbs of a purpose clause inside an ask (« pour voir ce que… », « afin de savoir si… »). */
const PURPOSE_VERBS = new Set(['voir', 'savoir', 'comprendre', 'identifier', 'cerner', 'determiner', 'verifier']);
/** Determiners that open one more thing asked in a list (« mon rang, la date… »). */
const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'votre', 'vos', 'notre', 'nos', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces']);
/** « ce » that is a pronoun (« ce qui », « ce serait précieux »), not a determiner. */
const CE_PRONOUN_NEXT = new Set(['qui', 'que', "qu'", 'serait', 'sera', 'est', 'etait', 'fut', 'sont', 'seraient', 'peut', 'pourrait', 'devrait']);
/** Demonstrative pronouns that open one more thing when a complement follows (« ma note, celle du candidat retenu »). */
const DEMONSTRATIVES = new Set(['celle', 'celui', 'celles', 'ceux']);
const OF = new Set(['du', 'de', 'des', "d'"]);
const opensItem = (w: string | undefined, next?: string): boolean =>
  w !== undefined &&
  ((DETERMINERS.has(w) && !(w === 'ce' && next !== undefined && CE_PRONOUN_NEXT.has(next))) || (DEMONSTRATIVES.has(w) && next !== undefined && OF.has(next)));
/** Adverbs that may sit between a verb of asking and its interrogative (« savoir également si »). */
const HEAD_ADVERBS = new Set(['egalement', 'aussi', 'enfin', 'ensuite', 'surtout', 'notamment', 'peut-etre', 'exactement', 'precisement', 'simplement', 'donc', 'largement', 'generalement', 'globalement', 'concretement', 'eventuellement', 'plus']);
const PREPOSITIONS = new Set(['a', 'sur', 'de', "d'", 'pour', 'par', 'dans', 'selon', 'en', 'avec', 'depuis', 'jusqu\'', 'vers', 'sous', 'chez', 'entre', 'avant', 'apres']);

/** « de me dire », « de m'indiquer » at token t: a verb of telling, whose own interrogative is the ask. */
function politeTelling(toks: ProseAnalysis['toks'], t: number): boolean {
  if (toks.norm[t] !== 'de' && toks.norm[t] !== "d'") return false;
  const k = CLITICS.has(toks.norm[t + 1]) ? t + 2 : t + 1;
  return TELLING.has(toks.norm[k]);
}

/** Verbs of telling (« dire », « indiquer »): asked for, they carry an interrogative that is the ask. */
const TELLING = new Set(['dire', 'preciser', 'indiquer', 'expliquer', 'communiquer', 'confirmer', 'faire']);

/** Modals of a polite request after « si vous » (« si vous accepteriez de me dire… »). */
const POLITE_MODALS = new Set(['accepteriez', 'pourriez', 'voudriez', 'auriez', 'accepterais', 'pourrais', 'voudrais', 'aurais', 'acceptez', 'pouvez', 'voulez', 'accepterez', 'pourrez']);

function isOu(a: ProseAnalysis, t: number): boolean {
  if (a.toks.norm[t] !== 'ou') return false;
  // « où » folds to « ou »: read the original letter.
  if (a.draft.text.charCodeAt(a.toks.start[t] + 1) === 0xf9) return true;
  // Typed without its accent right after a verb of telling or knowing, opening a clause (« me dire ou se situait ma
  // candidature », « savoir ou en est mon dossier »). Not after a noun (« ma demande ou mon profil », « mon savoir ou
  // mon expérience »), nor between two verbs (« comprendre ou du moins savoir »).
  const n = a.toks.norm;
  return t > 1 && (TELLING.has(n[t - 1]) || KNOWING.has(n[t - 1])) && !DETERMINERS.has(n[t - 2]) && WHERE_CLAUSE_OPENERS.has(n[t + 1]);
}
/** Words a clause opened by « où » starts with (« où se situait », « où en est », « où il faut »). */
const WHERE_CLAUSE_OPENERS = new Set(['se', "s'", 'en', 'est', 'etait', 'sont', 'etaient', 'sera', 'seront', 'il', 'elle', 'ils', 'elles', 'je', "j'", 'on', 'vous', 'nous', 'tu', 'ca', 'cela', 'y', 'mon', 'ma', 'mes', 'le', 'la', 'les', 'notre', 'nos', 'votre', 'vos']);

/** Verbs of knowing or asking after which a bare « ou » is « où » typed without its accent. */
const KNOWING = new Set(['savoir', 'sais', 'sait', 'savez', 'demander', 'demande', 'ignore', 'ignorais', 'comprendre', 'voir']);

/** Interrogative heads of a sentence at clause starts: each opens one ask. */
function heads(a: ProseAnalysis, s: Sentence): number {
  const { toks } = a;
  let n = 0;
  // The first inverted subject of the sentence: -2 not looked for yet, -1 none.
  let firstInv = -2;
  for (let t = s.first; t <= s.last; t++) {
    if (toks.kind[t] !== Kind.Word) continue;
    const w = toks.norm[t];
    // « et savoir également si … »: an adverb between the verb and the interrogative does not hide it.
    let p = t - 1;
    while (p > s.first && HEAD_ADVERBS.has(toks.norm[p])) p--;
    const prev = t > s.first ? toks.norm[p] : '';
    const atStart = t === s.first || CLAUSE_START.has(prev) || toks.kind[t - 1] === Kind.ListMarker;
    // « , quand vous pourrez, », « , si ce n'est pas confidentiel, »: a time or a condition set aside, no ask.
    // « Quand tu auras un moment, j'aimerais… » opening the sentence sets the time aside too.
    if ((prev === ',' || t === s.first) && setAside(toks, t)) continue;
    // « Qu'est-ce qui n'allait pas, qu'est-ce que je dois revoir ? »: each « qu'est-ce qui / que » opening a clause is one ask.
    if (w === "qu'" && atStart) {
      const k = toks.norm[t + 1] === 'est-ce' ? t + 2 : toks.norm[t + 1] === 'est' && toks.norm[t + 2] === 'ce' ? t + 3 : -1;
      if (k > 0 && (toks.norm[k] === 'qui' || toks.norm[k] === 'que' || toks.norm[k] === "qu'")) {
        n++;
        t = k;
        continue;
      }
    }
    // « Pourquoi ce choix, qui a décidé et est-ce définitif ? », « …, est-ce que … ou est-ce une question de timing ? »: « est-ce » opening a later clause asks.
    if (w === 'est' && toks.norm[t + 1] === 'ce' && t > s.first && (prev === 'et' || prev === ',' || prev === 'ou') && toks.norm[t + 2] !== 'que' && toks.norm[t + 2] !== "qu'") {
      // « Le test était-il éliminatoire, ou est-ce l'entretien qui a compté ? »: after an inverted question, « ou est-ce » is its other side.
      // The sentence's first inverted subject is looked for once (a loop per « ou est-ce » would be quadratic).
      if (prev === 'ou' && firstInv === -2) {
        firstInv = -1;
        for (let k = s.first + 1; k <= s.last && firstInv < 0; k++) if (invertedSubject(a, k)) firstInv = k;
      }
      if (!(prev === 'ou' && firstInv >= 0 && firstInv < p)) n++;
      t++;
      continue;
    }
    // « …, qu'en a pensé le comité ? »: « qu'en » opening a clause asks.
    if (w === "qu'" && toks.norm[t + 1] === 'en' && atStart) {
      n++;
      t++;
      continue;
    }
    // « …, en quoi le mien ne convenait pas » : « quoi » after a preposition opening a clause asks.
    if (w === 'quoi' && QUOI_PREPOSITIONS.has(prev) && (p === s.first || CLAUSE_START.has(toks.norm[p - 1]))) {
      n++;
      continue;
    }
    // « Est-ce une question de budget, … ? »: « est-ce » opening a question without « que » asks yes or no.
    if (w === 'est' && t === s.first && toks.norm[t + 1] === 'ce' && toks.norm[t + 2] !== 'que' && toks.norm[t + 2] !== "qu'" && s.terminator.includes('?')) {
      n++;
      t++;
      continue;
    }
    // Spoken questions with the interrogative after the verb: « vous avez pris qui du coup ? », « il s'est passé quoi exactement ? ».
    if ((w === 'qui' || w === 'quoi') && s.terminator.includes('?') && !atStart && !PREPOSITIONS.has(prev) && prev !== 'ce' && prev !== "c'" && IN_SITU_AFTER.has(toks.norm[t + 1] ?? '?')) {
      n++;
      continue;
    }
    // « c'était quoi le critère » : the spoken question, its interrogative after the verb.
    if (w === 'quoi' && t - 2 >= s.first && SPOKEN_QUOI_VERBS.has(toks.norm[t - 1]) && (toks.norm[t - 2] === "c'" || toks.norm[t - 2] === 'ce')) {
      n++;
      continue;
    }
    if (HEADS.has(w) || isOu(a, t)) {
      // « à quelle étape », « sur quels critères »: the preposition belongs to the same ask.
      if ((w.startsWith('quel') || w.startsWith('lequel')) && !(atStart || PREPOSITIONS.has(prev))) continue;
      // « …, et sur lequel j'aurais aimé… »: after a preposition, « lequel » is a relative pronoun.
      if ((w === 'lequel' || w === 'laquelle' || w === 'lesquels' || w === 'lesquelles') && !atStart) continue;
      if (w === 'comment' && toks.norm[t + 1] === 'dire') continue;
      n++;
      continue;
    }
    // « …pour voir ce que je dois renforcer », « afin de savoir si… »: the purpose of the ask, not one more.
    // « je serais curieuse de savoir ce qui… », « j'ai envie de savoir si… »: the frame's own verb, not a purpose.
    // « serait-il possible de savoir ce qui… »: the same, after « possible ».
    if (t - 2 >= s.first && (toks.norm[t - 2] === 'pour' || toks.norm[t - 2] === 'de' || toks.norm[t - 2] === "d'") && PURPOSE_VERBS.has(prev) && !CURIOUS.has(toks.norm[t - 3]) && !POSSIBLE.has(toks.norm[t - 3])) continue;
    if ((w === 'ce' || w === "c'") && (toks.norm[t + 1] === 'qui' || toks.norm[t + 1] === 'que' || toks.norm[t + 1] === "qu'") && (atStart || prev === 'tout')) {
      n++;
      t++;
      continue;
    }
    if (w === 'qui' && t === s.first && s.terminator.includes('?')) {
      n++;
      continue;
    }
    // « Et si vous avez un moment, … » at the start of a sentence is a condition, not a second embedded question.
    // « …, et à qui je dois envoyer … »: a preposition before « qui » at a clause start.
    // « et aussi à qui » : an adverb may sit between « et » and the preposition.
    let q = p - 1;
    while (q > s.first && HEAD_ADVERBS.has(toks.norm[q])) q--;
    if (w === 'qui' && PREPOSITIONS.has(prev) && p > s.first && (toks.norm[q] === 'et' || toks.norm[q] === ',' || (q === s.first && p - 1 > q))) {
      n++;
      continue;
    }
    // « savoir si vous accepteriez de me dire ce qui a manqué »: « si » + a polite modal frames the ask that follows, it is not one more.
    if (w === 'si' && (toks.norm[t + 1] === 'vous' || toks.norm[t + 1] === 'tu') && POLITE_MODALS.has(toks.norm[t + 2]) && politeTelling(toks, t + 3)) continue;
    if ((w === 'qui' || w === 'si' || w === "s'") && atStart && t > s.first + (w === 'qui' ? 0 : 1) && CLAUSE_START.has(prev) && prev !== 'vous' && prev !== 'me' && prev !== "m'") {
      if (w === "s'" && toks.norm[t + 1] !== 'il' && toks.norm[t + 1] !== 'ils') continue;
      // « …sur la gestion de planning, qui m'a manqué selon toi »: after a comma and no interrogative before it, « qui » not
      // followed by what asks opens a relative clause in a sentence that is no question (« Comment …, qui siégeait au jury et … ? »
      // lists one more ask).
      if (w === 'qui' && prev === ',' && n === 0 && !s.terminator.includes('?') && !QUI_ASKS.has(toks.norm[t + 1]) && !(toks.norm[t + 1] === 'a' && QUI_ASKS_AFTER_A.has(toks.norm[t + 2]))) continue;
      // After a comma or « et » (no verb of asking before it), « si » may set a condition: « …, s'il y en a eu un ? », « …, si possible ».
      const joined = prev === ',' || prev === 'et' || prev === ';' || prev === '(';
      if (w !== 'qui' && joined && (CONDITION_AFTER_SI.has(toks.norm[t + 1]) || (toks.norm[t + 1] === 'il' && toks.norm[t + 2] === 'y' && !FUTURE_AVOIR.has(toks.norm[t + 3])))) continue;
      n++;
      continue;
    }
    // « est-ce que » (or typed « est ce que ») opening the sentence or a clause (« …, et est-ce que je peux venir ? »).
    const que = (k: number) => toks.norm[k] === 'que' || toks.norm[k] === "qu'";
    if ((t === s.first || atStart) && ((w === 'est' && toks.norm[t + 1] === 'ce' && que(t + 2)) || (w === 'est-ce' && que(t + 1)))) {
      n++;
      t += w === 'est' ? 2 : 1;
      continue;
    }
    // Spoken « c'est quoi qui a coincé ? ».
    if ((w === 'quoi' || w === 'qui') && (prev === 'est' || prev === 'etait') && t >= 2 && toks.norm[t - 2] === "c'") n++;
  }
  return n;
}

/** Modals after « est-ce que je » that ask the reader's leave or advice (« est-ce que je peux repostuler ? »). */
const ASKING_MODALS = new Set(['peux', 'pourrais', 'pourrai', 'dois', 'devrais', 'devrai', 'puis', 'peut', 'pourrait', 'vais', 'aurais', 'aurai', 'serais', 'serai', 'suis']);

const SEPARATORS = new Set([',', ';', 'et']);
/** « s'il y aura » asks (a condition never takes the future). */
const FUTURE_AVOIR = new Set(['aura', 'auront', 'aurait', 'auraient']);
/** Inverted « être » frames an ask only before « possible », « envisageable »… */
const POSSIBLE_FRAMES = new Set(['est', 'serait', 'etait']);
const POSSIBLE = new Set(['possible', 'envisageable', 'imaginable', 'permis', 'pensable', 'prevu', 'utile', 'opportun']);

/** An interrogative word or « si » among tokens [from, to]: the frame before it governs that ask. */
function interrogativeAfter(toks: ProseAnalysis['toks'], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = toks.norm[k];
    if (HEADS.has(w) || w === 'si' || w === "s'" || ((w === 'ce' || w === "c'") && (toks.norm[k + 1] === 'qui' || toks.norm[k + 1] === 'que' || toks.norm[k + 1] === "qu'"))) return true;
  }
  return false;
}

/** Where the question itself starts: after a preamble ended by a colon (« Nous souhaitons redéposer : quel calendrier prévoir ? »). */
function questionStart(a: ProseAnalysis, s: Sentence): number {
  let q = s.first;
  for (let t = s.first; t < s.last; t++) if (a.toks.norm[t] === ':') q = t + 1;
  // Only when an interrogative word follows: « je me suis posé la question : le portfolio ou les notes ? » still wonders aloud.
  for (let t = q; q > s.first && t <= s.last; t++) if (HEADS.has(a.toks.norm[t])) return q;
  // « Pour nous améliorer : est-ce surtout le prix qui a joué ? »: an « est-ce » or an inversion after the colon asks the reader.
  if (q > s.first && (a.toks.norm[q] === 'est-ce' || (a.toks.norm[q] === 'est' && a.toks.norm[q + 1] === 'ce'))) return q;
  // « Je comprends pas tout : c'est pour mon âge ou pour mon français ? »: « comprendre » or « saisir » before the colon
  // (mostly denied: the writer does not understand) puts what follows to the reader.
  for (let t = s.first; q > s.first && t < q; t++) if (a.toks.norm[t] === 'comprends' || a.toks.norm[t] === 'saisis') return q;
  // « Je reste disponible, et d'ailleurs, le poste sera-t-il ouvert plus tard ? »: an inversion (not « -je ») after a
  // comma asks from the clause that holds it; the writer's clause before it does not make the question one asked of oneself.
  for (let t = s.first + 1; t <= s.last; t++) {
    if (!invertedSubject(a, t) || a.toks.norm[t] === 'je') continue;
    for (let k = t - 1; k > s.first; k--) if (a.toks.norm[k] === ',') return k + 1;
    break;
  }
  return s.first;
}

/** Infinitives of asking a sentence may open on after a request (« Savoir aussi si … », « Connaître enfin … »). */
const ASK_INFINITIVES = new Set(['savoir', 'connaitre', 'comprendre', 'obtenir', 'recevoir']);
/** Words that lead such a sentence without asking (« Et enfin, », « Puis aussi »). */
const ASK_LEADS = new Set(['et', 'enfin', 'aussi', 'puis', 'egalement', ',']);

/**
 * A sentence that only carries one more thing asked after a request: an infinitive of asking (« Savoir aussi si mon projet
 * a été écarté pour son thème. »), or a « si » clause with no main clause after a comma (« Et enfin, si une nouvelle
 * candidature aurait du sens. »; not « Et si vous avez besoin de quelqu'un, je suis là. »).
 */
function continuesAsk(a: ProseAnalysis, s: Sentence): boolean {
  const n = a.toks.norm;
  let t = s.first;
  while (t < s.last && ASK_LEADS.has(n[t])) t++;
  const led = t > s.first;
  if (ASK_INFINITIVES.has(n[t])) {
    // « Savoir aussi si … », « Connaître enfin le nombre … »: an adverb of addition or the asked thing's « si » or
    // interrogative follows; « Comprendre ce point m'aidera », « Recevoir votre message m'a fait plaisir » have a verb of their own.
    const next = n[t + 1];
    if (!(next === 'aussi' || next === 'enfin' || next === 'egalement' || next === 'si' || next === "s'" || HEADS.has(next) || (led && (next === 'le' || next === 'la' || next === 'les')))) return false;
    for (let k = t + 1; k <= s.last; k++) if (n[k].endsWith('rait') || n[k].endsWith('raient')) return false;
    return t + 1 < s.last;
  }
  // « Et enfin, si … »: led by « et », « enfin », « aussi »; a bare « Si un poste se libère je serais ravie … » sets a condition.
  if (!led || n[t] !== 'si' || t + 2 >= s.last || CONDITION_AFTER_SI.has(n[t + 1])) return false;
  for (let k = t + 1; k <= s.last; k++) if (n[k] === ',' || n[k] === ';') return false;
  return true;
}

/**
 * « jai eu combien à l'écrit ? », « je pourrai repostuler quand ? »: an interrogative left after the writer's verb asks the
 * reader what the writer does not know; it does not wonder aloud (« Qu'est-ce que je retiens ? » opens on its interrogative).
 */
const IN_SITU_SUBJECTS = new Set(['je', "j'", 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', "c'", 'ca', 'cela', 'le', 'la', 'les', 'mon', 'ma', 'mes', 'votre', 'vos', 'ce', 'cette']);

function asksInSitu(a: ProseAnalysis, s: Sentence): boolean {
  const n = a.toks.norm;
  // Not an interrogative that opens a clause of its own (« je me demande comment je vais rebondir »).
  for (let t = s.first + 2; t <= s.last; t++) if (IN_SITU.has(n[t]) && a.toks.kind[t - 1] === Kind.Word && !PREPOSITIONS.has(n[t - 1]) && n[t - 1] !== 'et' && n[t - 1] !== 'ou' && !IN_SITU_SUBJECTS.has(n[t + 1] ?? '')) return true;
  return false;
}

/**
 * « Et l'an prochain, je repostule sur le site ou direct par mail ? »: a question in « je » between two ways to act asks
 * the reader which one, it does not wonder aloud. The « ou » comes after the writer's verb, and is not « où ».
 */
function offersChoice(a: ProseAnalysis, s: Sentence): boolean {
  const n = a.toks.norm;
  let writer = false;
  for (let t = s.first; t <= s.last; t++) {
    if (n[t] === 'je' || n[t] === "j'") writer = true;
    // « Je me suis posé la question : le portfolio ou les notes ? » wonders aloud: the choice after the colon is not the writer's act.
    else if (n[t] === ':') writer = false;
    else if (writer && n[t] === 'ou' && !isOu(a, t) && t > s.first + 2) return true;
  }
  return false;
}

/** Whether token t is the subject pronoun of an inverted verb (« avez-vous », « sera-t-il »): a pronoun right after a hyphen. */
function invertedSubject(a: ProseAnalysis, t: number): boolean {
  return INVERTED_SUBJECTS.has(a.toks.norm[t]) && a.draft.text.charCodeAt(a.toks.start[t] - 1) === 0x2d;
}

/** « Le fait que j'aie changé d'employeur a-t-il joué ? »: an inverted « il » or « elle » asks the reader about a fact, whatever « je » says inside. */
function thirdPersonInversion(a: ProseAnalysis, s: Sentence): boolean {
  for (let t = s.first + 1; t <= s.last; t++) {
    const w = a.toks.norm[t];
    if ((w === 'il' || w === 'elle' || w === 'ils' || w === 'elles') && invertedSubject(a, t)) return true;
  }
  return false;
}

/** Subject pronouns that follow their verb in an inverted question (« avez-vous », « sera-t-il »). */
const INVERTED_SUBJECTS = new Set(['vous', 'tu', 'je', 'il', 'elle', 'on', 'nous', 'ils', 'elles']);
/** Verbs that frame an ask when inverted (« pourriez-vous me dire… », « serait-il possible… »): the ask is what follows. */
const FRAME_INVERSIONS = new Set([
  'pourriez', 'pouvez', 'pourrais', 'peux', 'puis', 'pourrait', 'pourrions', 'voudriez', 'voulez', 'voudrais', 'accepteriez', 'accepterais',
  'auriez', 'aurait', 'serait', 'est', 'seriez', 'etes', 'sauriez', 'savez', 'verriez',
  // « Me permettez-vous une seule question : … » asks leave to ask what follows.
  'permettez', 'permettriez', 'autorisez', 'autoriseriez',
]);
/** With « je », only asking leave frames an ask (« puis-je vous demander… »); « aurais-je eu une chance ? » asks. */
const FRAME_INVERSIONS_JE = new Set(['puis', 'pourrais', 'peux', 'voudrais', 'sais', 'serais']);

/**
 * Inverted yes/no questions opening a clause (« Avez-vous reçu beaucoup de dossiers, combien… », « …, et le poste sera-t-il
 * republié ? »): each is one more ask beside the interrogative words. An inversion after an interrogative word
 * (« pourquoi avez-vous… ») belongs to that ask, and an inverted verb of asking (« pourriez-vous ») frames the next one.
 */
/** Verbs in the conditional that make a spoken yes/no question of « vous … ? », « tu … ? ». */
const SPOKEN_ASK_VERBS = new Set(['accepteriez', 'pourriez', 'auriez', 'voudriez', 'seriez', 'prendriez', 'recevriez', 'accepterais', 'pourrais', 'aurais', 'voudrais', 'serais', 'prendrais', 'recevrais']);

function inversions(a: ProseAnalysis, s: Sentence): number {
  const { toks } = a;
  const text = a.draft.text;
  let n = 0;
  // Inverted verbs read so far that ask (not the frames): after two of them, « …, ou … -vous ? » closes a list of asks.
  let asked = 0;
  const asks = toks.norm[s.last] === '?';
  for (let t = s.first + 1; t <= s.last; t++) {
    // « Quels sont les points à retravailler, vous accepteriez un second dossier, et à partir de quand ? »: a spoken yes/no
    // question (subject, then a verb in the conditional) opening a clause of a question is one more ask, unless it frames
    // an interrogative word that follows (« …, vous pourriez me dire quand ? »).
    if (asks && (toks.norm[t] === 'vous' || toks.norm[t] === 'tu') && (toks.norm[t - 1] === ',' || toks.norm[t - 1] === 'et' || toks.norm[t - 1] === ';') && SPOKEN_ASK_VERBS.has(toks.norm[t + 1]) && !interrogativeAfter(toks, t + 2, Math.min(s.last, t + 6))) {
      n++;
      asked++;
      continue;
    }
    // « Était-ce une question de budget, … ? »: « ce » inverted after « était », « serait » (not the « est-ce que » of a question word).
    const ce = toks.norm[t] === 'ce' && text.charCodeAt(toks.start[t] - 1) === 0x2d && (toks.norm[t - 1] === 'etait' || toks.norm[t - 1] === 'serait' || toks.norm[t - 1] === 'fut') && toks.norm[t + 1] !== 'que' && toks.norm[t + 1] !== "qu'";
    if (!ce && !invertedSubject(a, t)) continue;
    let v = t - 1;
    // « sera-t-il »: the euphonic « t » between the verb and its subject.
    if (toks.norm[v] === 't' && text.charCodeAt(toks.start[v] - 1) === 0x2d) v--;
    if (v < s.first || text.charCodeAt(toks.end[v]) !== 0x2d) continue;
    const frames = toks.norm[t] === 'je' ? FRAME_INVERSIONS_JE : FRAME_INVERSIONS;
    // An inverted verb of asking frames the ask that follows (« pourriez-vous me dire pourquoi »); in the middle of a
    // list of asks, with nothing interrogative after it (« …, puis-je visiter d'autres biens, et… »), it is one more.
    // « est-il », « serait-il » frame only « … possible de » (« le logement est-il toujours disponible ? » asks).
    const framing = frames.has(toks.norm[v]) && (!POSSIBLE_FRAMES.has(toks.norm[v]) || POSSIBLE.has(toks.norm[t + 1]));
    // « Qu'auriez-vous fait à ma place ? »: after « que », the inverted verb is the ask itself.
    const afterQue = v > s.first && (toks.norm[v - 1] === "qu'" || toks.norm[v - 1] === 'que');
    if (framing && !afterQue && (v === s.first || !SEPARATORS.has(toks.norm[v - 1]) || interrogativeAfter(toks, t + 1, Math.min(s.last, t + 6)))) continue;
    const before = asked++;
    // Back to the clause's start: at most a short subject (« et le poste »), no interrogative word on the way;
    // the pronouns before the verb (« que me conseillez-vous ») belong to it.
    let k = v - 1;
    while (k > s.first && (CLITICS.has(toks.norm[k]) || toks.norm[k] === 'vous' || toks.norm[k] === 'te')) k--;
    const verbFirst = k + 1;
    let open = v === s.first;
    // A subject of up to six words (« Le dossier du locataire retenu était-il… », « et ma lettre de recommandation a-t-elle… »).
    for (let steps = 0; !open && k >= s.first && steps < 7; k--, steps++) {
      const w = toks.norm[k];
      // « …, ou préférez-vous un lien ? » offers the other side of the same ask; after two inverted verbs that ask
      // (« Avait-il …, était-il …, ou le connaissiez-vous ? »), it is the last of three asks.
      if (w === 'ou') {
        open = before >= 2;
        break;
      }
      if (w === ',' || w === ';' || w === 'et' || w === ':') open = true;
      // « …, et que feriez-vous à ma place ? »: « que » opening the clause is this ask's own interrogative.
      else if ((w === 'que' || w === "qu'") && k === verbFirst - 1) {
        const before = toks.norm[k - 1];
        if (k === s.first || before === ',' || before === ';' || before === 'et') open = true;
        break;
      } else if (HEADS.has(w) || w === 'que' || w === "qu'" || w === 'qui' || w === 'quoi' || toks.kind[k] !== Kind.Word) break;
      else if (k === s.first) open = true;
    }
    if (open) n++;
  }
  return n;
}

/** « Quels sont mes points faibles, mes points forts et mes axes de progression ? »: each thing listed after « quels sont » is asked. */
function quelItems(a: ProseAnalysis, s: Sentence): number {
  const { toks } = a;
  if (!toks.norm[s.first].startsWith('quel') || !QUEL_VERBS.has(toks.norm[s.first + 1])) return 0;
  return listOfThree(a, s, s.first + 2);
}
const QUEL_VERBS = new Set(['sont', 'est', 'etaient', 'etait', 'seraient', 'serait', 'seront', 'sera', 'ont', 'avaient', 'auraient']);

/** A question made of three or more listed things (« Mon CV, ma lettre, mon entretien ? »): the first, then each one after a comma or « et ». */
function headlessItems(a: ProseAnalysis, s: Sentence): number {
  if (!opensItem(a.toks.norm[s.first], a.toks.norm[s.first + 1])) return 0;
  return listOfThree(a, s, s.first + 1);
}

/**
 * The things of a list that starts before `from`: the first, then each one a comma or « et » opens. Two things may be one
 * question and its detail (« un conseil, le placement ou le cardio ? »): only three or more count as a list.
 */
function listOfThree(a: ProseAnalysis, s: Sentence, from: number): number {
  const { toks } = a;
  let n = 1;
  for (let t = from; t < s.last; t++) {
    const w = toks.norm[t];
    if ((w === ',' || w === 'et') && opensItem(toks.norm[t + 1], toks.norm[t + 2])) n++;
  }
  return n >= 3 ? n : 0;
}

/** Feedback asked for by name (« vos retours sur … », « votre avis concernant … »). */
const FEEDBACK_NOUNS = new Set(['retour', 'retours', 'avis', 'commentaire', 'commentaires', 'remarque', 'remarques', 'conseil', 'conseils', 'regard', 'impressions', 'impression']);

/**
 * « Avez-vous des retours sur mes illustrations, ma technique, mon univers et mes tarifs ? », « Votre avis sur ma lettre, mon
 * CV et ma vidéo me serait précieux »: feedback asked on three things or more, each one asked about. Two stay one ask.
 */
function feedbackTopics(a: ProseAnalysis, s: Sentence): number {
  const { norm } = a.toks;
  for (let t = s.first; t + 2 <= s.last; t++) {
    if (!FEEDBACK_NOUNS.has(norm[t]) || (norm[t + 1] !== 'sur' && norm[t + 1] !== 'concernant')) continue;
    if (!opensItem(norm[t + 2], norm[t + 3])) return 0;
    const n = listedFrom(a, s, t + 2);
    return n >= 3 ? n : 0;
  }
  return 0;
}

/** Words after « (2) » that show it names a point rather than opens one (« les points (1) et (2) de mon dossier »). */
const NOT_AN_ITEM = new Set(['et', 'ou', 'de', 'du', 'des', "d'"]);

/** « Pouvez-vous m'indiquer : 1) la note technique, 2) la note prix, 3) le rang ? »: numbered asks in one line, one each. */
function inlineNumbered(a: ProseAnalysis, s: Sentence): number {
  const { norm, kind } = a.toks;
  let n = 0;
  for (let t = s.first + 1; t < s.last; t++) {
    if (kind[t] !== Kind.Number || (norm[t + 1] !== ')' && norm[t + 1] !== '°')) continue;
    const p = norm[t - 1];
    // « (1) …, (2) … et (3) … »: a small number between parentheses marks an item wherever it stands, when the item
    // follows (« les points (1) et (2) de mon dossier » names two points; « le rapport (2023) » dates one).
    if (p === ':' || p === ',' || p === ';' || p === 'et' || (p === '(' && norm[t + 1] === ')' && Number(norm[t]) <= 20 && kind[t + 2] === Kind.Word && !NOT_AN_ITEM.has(norm[t + 2]))) n++;
  }
  return n >= 2 ? n : 0;
}

/** Words that open a clause inside the object of a question: a list after them is not what the question asks. */
const CLAUSE_OPENERS = new Set(['que', "qu'", 'qui', 'si', "s'", 'parce', 'car', 'alors', 'mais', 'quand', 'lorsque', 'puisque', 'comme', 'dont', 'ou']);

/**
 * « Comment avez-vous trouvé ma présentation, mon équipe et notre planning ? », « Que pensez-vous de mon CV, ma lettre et
 * mon portfolio ? »: an interrogative opening the question, its inverted verb, then three things or more listed as the
 * object, each one asked about. The first thing comes within three words of the verb's subject; each further one after a
 * comma or « et », with a determiner (or a preposition and one). A clause on the way (« …, sachant que A, B et C ») stops
 * the list, and two things (« ma présentation et mon dossier ») stay one ask.
 */
function invertedObjectList(a: ProseAnalysis, s: Sentence): number {
  const { toks } = a;
  const w0 = toks.norm[s.first];
  if (!(HEADS.has(w0) || w0 === 'que' || w0 === "qu'") || w0 === 'lequel' || w0 === 'laquelle' || w0 === 'lesquels' || w0 === 'lesquelles') return 0;
  // The inverted subject within four tokens of the interrogative (« Quel dossier avez-vous », « Comment a-t-il »), no comma before it.
  let t = s.first + 1;
  while (t <= s.last && t <= s.first + 4 && toks.kind[t] === Kind.Word && !invertedSubject(a, t)) t++;
  if (t > s.last || !invertedSubject(a, t) || toks.norm[t] === 'je') return 0;
  let k = t + 1;
  while (k <= s.last && k <= t + 3 && toks.kind[k] === Kind.Word && !opensItem(toks.norm[k], toks.norm[k + 1]) && !CLAUSE_OPENERS.has(toks.norm[k])) k++;
  if (k > s.last || !opensItem(toks.norm[k], toks.norm[k + 1])) return 0;
  const n = listedFrom(a, s, k);
  return n >= 3 ? n : 0;
}

/**
 * The things listed from token k, where the first one opens: each further one after « , » or « et » (« , et » once), a
 * preposition allowed before its determiner (« de ma lettre »); a clause (« que », « si », « ; »…) ends the list.
 */
function listedFrom(a: ProseAnalysis, s: Sentence, k: number): number {
  const { norm } = a.toks;
  let n = 1;
  for (let j = k + 1; j < s.last; j++) {
    const w = norm[j];
    if (CLAUSE_OPENERS.has(w) || w === '(' || w === ';' || w === ':') break;
    if (w !== ',' && w !== 'et') continue;
    let i = j + 1;
    if (w === ',' && norm[i] === 'et') i++;
    if (PREPOSITIONS.has(norm[i])) i++;
    if (opensItem(norm[i], norm[i + 1])) {
      n++;
      j = i;
    }
  }
  return n;
}

/** Words of degree or manner that a question sets side by side (« de plus, de moins ou autrement »). */
const DEGREES = new Set(['plus', 'moins', 'davantage', 'autrement', 'differemment', 'mieux', 'autant']);

/** The token after a degree word that opens at k (« plus », « de moins », « en plus »), or -1. */
function degreeAt(toks: ProseAnalysis['toks'], k: number): number {
  const i = toks.norm[k] === 'de' || toks.norm[k] === 'en' ? k + 1 : k;
  return DEGREES.has(toks.norm[i]) ? i + 1 : -1;
}

/**
 * « Qu'auriez-vous aimé voir de plus, de moins, et autrement dans ma soumission ? », « que devrais-je faire mieux,
 * davantage ou autrement ? »: three degrees or manners or more in a row, each after a comma, « et » or « ou », are three
 * asks. Two (« plus ou moins », « en mars ou en avril ») are one.
 */
function degreeAlternatives(a: ProseAnalysis, s: Sentence): number {
  const { toks } = a;
  let best = 0;
  for (let t = s.first; t < s.last; t++) {
    let e = degreeAt(toks, t);
    if (e < 0) continue;
    let n = 1;
    for (;;) {
      let i = e;
      if (toks.norm[i] === ',') i++;
      if (toks.norm[i] === 'et' || toks.norm[i] === 'ou') i++;
      const next = i > e ? degreeAt(toks, i) : -1;
      if (next < 0) break;
      n++;
      e = next;
    }
    if (n > best) best = n;
    t = e - 1;
  }
  return best >= 3 ? best : 0;
}

/** « avez-vous », « a-t-il »: the inverted auxiliary of a compound past. */
const AVOIR_INVERTED = new Set(['ai', 'as', 'a', 'avons', 'avez', 'ont', 'avais', 'avait', 'avions', 'aviez', 'avaient', 'aurez', 'auriez', 'aurait']);
/** Past participles that do not end in « é » (« avez-vous lu, vu, reçu… »). */
const IRREGULAR_PARTICIPLES = new Set(['lu', 'vu', 'recu', 'pris', 'fait', 'mis', 'eu', 'su', 'dit', 'ecrit', 'ouvert', 'compris', 'relu', 'revu', 'parcouru', 'transmis', 'retenu', 'entendu', 'repondu', 'tenu', 'obtenu', 'choisi', 'fini', 'reflechi', 'saisi', 'suivi', 'joint', 'rejoint']);

/**
 * « Avez-vous lu mon portfolio, consulté mes références et regardé la vidéo ? »: one inverted auxiliary and three past
 * participles or more, each after a comma or « et », ask about three acts. Two (« avez-vous lu et apprécié ») stay one.
 */
function participleList(a: ProseAnalysis, s: Sentence): number {
  const { toks } = a;
  const text = a.draft.text;
  for (let t = s.first + 1; t <= s.last; t++) {
    if (!invertedSubject(a, t)) continue;
    let v = t - 1;
    if (toks.norm[v] === 't' && text.charCodeAt(toks.start[v] - 1) === 0x2d) v--;
    if (!AVOIR_INVERTED.has(toks.norm[v])) return 0;
    let k = t + 1;
    while (k <= s.last && HEAD_ADVERBS.has(toks.norm[k])) k++;
    if (!isParticiple(a, k)) return 0;
    let n = 1;
    for (let j = k + 1; j < s.last; j++) {
      const w = toks.norm[j];
      if ((w === ',' || w === 'et') && isParticiple(a, j + 1)) n++;
    }
    return n >= 3 ? n : 0;
  }
  return 0;
}

/** Modals of a request that may govern several infinitives (« Est-ce que je peux vous appeler, vous envoyer … et rencontrer … ? »). */
const LIST_MODALS = new Set(['peux', 'pourrais', 'puis', 'pouvez', 'pourriez', 'pourrait', 'pourrions', 'peut', 'voudrais', 'voulez', 'voudriez', 'pouviez', 'vouliez']);
/** Modals of a request softened into the past after « si » (« je me demandais si vous pouviez me renvoyer … »). */
const PAST_REQUEST_MODALS = new Set(['pouviez', 'vouliez', 'pourrez', 'voudrez']);
/** Infinitives in -ir or -re that a request lists (the -er ones are read by their ending). */
const IR_RE_INFINITIVES = new Set(['dire', 'faire', 'transmettre', 'remettre', 'mettre', 'prendre', 'reprendre', 'venir', 'revenir', 'voir', 'revoir', 'recevoir', 'obtenir', 'fournir', 'lire', 'relire', 'ecrire', 'decrire', 'joindre', 'rejoindre', 'rendre', 'repondre', 'suivre', 'tenir', 'choisir', 'reflechir', 'permettre', 'soumettre', 'produire', 'reconduire', 'definir', 'offrir', 'ouvrir', 'rouvrir', 'accueillir', 'recueillir', 'refaire', 'redire', 'apprendre', 'comprendre', 'connaitre']);
/** Words in -er that are not infinitives. */
const NOT_INFINITIVES = new Set(['premier', 'dernier', 'hier', 'cher', 'fier', 'entier', 'dossier', 'papier', 'courrier', 'metier', 'chantier', 'quartier', 'janvier', 'fevrier', 'atelier', 'calendrier', 'particulier', 'leger', 'danger', 'super', 'poster', 'manager', 'designer', 'cahier', 'clavier', 'panier', 'foyer', 'loyer', 'conseiller', 'plaidoyer', 'mer', 'fer', 'hiver', 'ver', 'amer', 'guerrier', 'officier', 'pompier', 'ouvrier', 'boucher', 'boulanger', 'routier', 'tablier', 'collier', 'escalier', 'sentier', 'gibier', 'grenier', 'levier', 'fichier', 'cocher', 'roger', 'olivier', 'xavier', 'didier']);

function isInfinitive(a: ProseAnalysis, k: number): boolean {
  const { toks } = a;
  if (toks.kind[k] !== Kind.Word) return false;
  const w = toks.norm[k];
  return (w.length > 3 && w.endsWith('er') && !NOT_INFINITIVES.has(w)) || IR_RE_INFINITIVES.has(w);
}

/** The first token after the object pronouns from k on. */
function afterClitics(a: ProseAnalysis, k: number, last: number): number {
  while (k <= last && (OBJECT_CLITICS.has(a.toks.norm[k]) || HEAD_ADVERBS.has(a.toks.norm[k]))) k++;
  return k;
}

/**
 * « Est-ce que je peux vous appeler cette semaine, vous envoyer mon portfolio et rencontrer votre directeur ? »: three acts
 * asked under one modal are three asks, as three participles after one inverted auxiliary are (participleList).
 */
function infinitiveList(a: ProseAnalysis, s: Sentence): number {
  const { toks } = a;
  for (let t = s.first; t < s.last; t++) {
    if (!LIST_MODALS.has(toks.norm[t])) continue;
    let k = t + 1;
    // « puis-je », « pourriez-vous »: the inverted subject sits between the modal and its verb.
    if (k <= s.last && (toks.norm[k] === 'je' || toks.norm[k] === 'vous' || toks.norm[k] === 'tu' || toks.norm[k] === 'nous' || toks.norm[k] === 'on') && a.draft.text.charCodeAt(toks.start[k] - 1) === 0x2d) k++;
    k = afterClitics(a, k, s.last);
    if (!isInfinitive(a, k)) return 0;
    let n = 1;
    for (let j = k + 1; j < s.last; j++) {
      const w = toks.norm[j];
      if (w === ',' || w === 'et' || w === 'puis') {
        const v = afterClitics(a, j + 1 + (w === ',' && toks.norm[j + 1] === 'et' ? 1 : 0), s.last);
        if (isInfinitive(a, v)) {
          n++;
          j = v;
        }
      }
    }
    return n >= 3 ? n : 0;
  }
  return 0;
}

/** « é » or « É » (the folded text has lost the accent that marks a participle). */
const isEAcute = (c: number): boolean => c === 0xe9 || c === 0xc9;

/** A past participle at token k: « consulté », « envoyée », « regardés » by the accent of the original letter, or an irregular one. */
function isParticiple(a: ProseAnalysis, k: number): boolean {
  const { toks } = a;
  if (toks.kind[k] !== Kind.Word) return false;
  const w = toks.norm[k];
  const end = toks.end[k];
  const text = a.draft.text;
  return isEAcute(text.charCodeAt(end - 1)) || ((w.endsWith('ee') || w.endsWith('es')) && isEAcute(text.charCodeAt(end - (w.endsWith('ees') ? 3 : 2)))) || IRREGULAR_PARTICIPLES.has(w);
}

/** The copulas of a diagnosis question (« c'était », « est-ce », « était-ce »): what follows names the supposed reason. */
const DIAGNOSIS_VERBS = new Set(['etait', 'est', 'serait', 'etaient', 'sont']);

/**
 * « C'était mon âge, mon accent ou mon parcours ? », « Est-ce le prix, le délai ou la méthode ? »: a reason asked about as
 * three or more alternatives puts each one to the reader. Options offered to choose from (« Préférez-vous un appel, un mail
 * ou un rendez-vous ? ») have no such copula and stay one ask.
 */
function diagnosisAlternatives(a: ProseAnalysis, s: Sentence): number {
  const { toks } = a;
  let k = -1;
  for (let t = s.first; t < s.last && k < 0; t++) {
    const w = toks.norm[t];
    // « qu'est-ce qui a pesé, A ou B ? » is an interrogative, not a copula: what follows it is its own detail.
    if (t > s.first && toks.norm[t - 1] === "qu'") continue;
    if (DIAGNOSIS_VERBS.has(w) && t > s.first && toks.norm[t - 1] === "c'") k = t + 1;
    else if ((w === 'est' || w === 'etait') && toks.norm[t + 1] === 'ce' && toks.norm[t + 2] !== 'que' && toks.norm[t + 2] !== "qu'") k = t + 2;
    else if (w === 'est-ce' && toks.norm[t + 1] !== 'que' && toks.norm[t + 1] !== "qu'") k = t + 1;
    // « Est-ce que mon âge, mon école ou mon manque d'expérience a joué ? », « pouvez-vous me dire si mon âge, mon statut
    // ou mon garant ont joué ? »: the alternatives are the subject of a yes-or-no question, each one put to the reader.
    else if (t === s.first && w === 'est-ce' && toks.norm[t + 1] === 'que') k = t + 2;
    else if (t === s.first && w === 'est' && toks.norm[t + 1] === 'ce' && toks.norm[t + 2] === 'que') k = t + 3;
    // « Je sais pas si t'as le temps, mais … » hedges about the reader's time: no reason is asked about there.
    else if (w === 'si' && t > s.first && (opensIndirectIf(toks.norm, t) || TELLING.has(toks.norm[t - 1])) && !readerTimeOrWish(toks, t)) k = t + 1;
  }
  if (k < 0) return 0;
  // « Est-ce plutôt le prix, le menu ou la disponibilité qui a fait la différence ? »: « plutôt » asks the reader to pick
  // one of the options, one ask (the guide's targeted question made easy to answer).
  if (toks.norm[k] === 'plutot') return 0;
  // « c'était quoi le problème, mon expérience, … »: the question word and its noun come before the alternatives.
  if (toks.norm[k] === 'quoi') {
    let c = k + 1;
    while (c < s.last && c <= k + 4 && toks.norm[c] !== ',') c++;
    k = toks.norm[c] === ',' ? c + 1 : k + 1;
  }
  let n = 0;
  for (let t = k; t < s.last; t++) {
    const w = toks.norm[t];
    // « …, mais je dois bosser quoi, A ou B ? »: a clause opened by « mais » asks its own thing, no more alternatives of this one.
    if (w === ',' && toks.norm[t + 1] === 'mais') break;
    // « une question de budget, de calendrier ou de feeling »: after the first, an alternative may open on « de ».
    if (n === 0 ? opensItem(w, toks.norm[t + 1]) : (w === ',' || w === 'ou') && (opensItem(toks.norm[t + 1], toks.norm[t + 2]) || OF.has(toks.norm[t + 1]))) n++;
    if (n === 0 && t > k + 3) return 0;
  }
  return n >= 3 ? n : 0;
}

/** The last word of a time set aside between commas (« le moment venu », « le cas échéant », « à l'occasion », « plus tard »). */
const TIME_ASIDE_ENDS = new Set(['venu', 'venue', 'echeant', 'terme', 'occasion', 'tard', 'besoin', 'possible']);
/** Prepositions of place or source that open an aside between commas (« , dans votre laboratoire, »). */
const INCIDENTAL_PLACES = new Set(['dans', 'chez', 'parmi', 'selon', "d'apres"]);

/**
 * Topics listed after the first (« sur A, sur B et sur C », « de mon CV, de mon profil et de mon portfolio »): each
 * one opened by a comma or « et » and the first topic's own preposition (« sur », « concernant », or « de » repeated).
 */
function topicsAfter(a: ProseAnalysis, s: Sentence): number {
  const { toks } = a;
  let n = 0;
  let first = '';
  let openedByContraction = false;
  for (let t = s.first; t < s.last; t++) {
    const w = toks.norm[t];
    // « du test », « des notes »: « de » and its article in one word, so they open the topic themselves.
    const contracted = w === 'du' || w === 'des';
    const topic = w === 'sur' || w === 'concernant' || w === 'de' || w === "d'" || w === 'dans' || contracted;
    if (!topic || (!contracted && !opensItem(toks.norm[t + 1]))) continue;
    // « du » / « des » continue a list of « de » topics (« de l'entretien, du test et de ma lettre »). One may open a list
    // (« ce que le jury a pensé du scénario, du budget et de l'équipe »), but then only three topics or more count:
    // « le choix du jury et des délais » is one thing asked.
    if (contracted && first !== 'de') {
      if (first !== '') continue;
      first = 'de';
      openedByContraction = true;
      continue;
    }
    const p = toks.norm[t - 1];
    const prep = w === "d'" || contracted ? 'de' : w;
    if (first === prep && (p === ',' || p === 'et' || p === ';')) n++;
    else if (!first && prep !== 'de') first = prep;
    else if (!first && prep === 'de' && (p !== ',' && p !== 'et')) first = prep;
  }
  return openedByContraction && n < 2 ? 0 : n;
}

/** The things a request asks for, listed (« les notes, le classement et la grille »): items outside parentheses. */
/** Verbs of asking in the infinitive (« savoir », « connaître », « être mis en relation »): each one a frame governs is an ask. */
const ASK_VERBS = new Set([
  'savoir', 'connaitre', 'comprendre', 'apprendre', 'obtenir', 'recevoir', 'avoir', 'etre', 'echanger', 'discuter', 'rencontrer', 'parler', 'beneficier', 'disposer', 'tenir', 'mettre', 'garder', 'inscrire', 'motiver',
  // Asking the reader to tell (« me préciser », « m'indiquer »), and the same as orders (« indiquez-moi », « faites-moi savoir »).
  'dire', 'preciser', 'indiquer', 'expliquer', 'communiquer', 'transmettre', 'confirmer', 'conseiller', 'envoyer', 'renvoyer', 'retourner', 'donner', 'rappeler', 'proposer', 'detailler', 'faire', 'presenter', 'recommander', 'orienter', 'adresser',
  'dites', 'precisez', 'indiquez', 'expliquez', 'communiquez', 'transmettez', 'confirmez', 'conseillez', 'envoyez', 'faites',
  'dis', 'precise', 'indique', 'explique', 'envoie', 'fais',
]);
/** « faire » in « faites-moi savoir »: an ask only with its « savoir ». */
const FAIRE = new Set(['faire', 'faites', 'fais']);
/** Pronouns between a comma (or « et ») and the verb of asking they go with (« , me préciser », « et m'indiquer »). */
const CLITICS = new Set(['me', "m'", 'nous', 'lui', 'leur', 'te', "t'"]);
/** Every object pronoun between a modal and its infinitive (« vous envoyer », « lui en parler »): CLITICS and the others. */
const OBJECT_CLITICS = new Set([...CLITICS, 'vous', 'en', 'y', 'le', 'la', 'les', "l'", 'se', "s'"]);

/** The verbs of asking governed by the frame that ends at `from`: the first one right after it, then each after a comma, « et » or « pourquoi pas ». */
function askVerbs(a: ProseAnalysis, s: Sentence, from: number): number {
  const { toks } = a;
  let n = 0;
  // « Est-ce que vous pourriez me dire… »: the frame « est-ce que » ends before its subject and modal; the first verb comes after them.
  let first = from;
  // « Je me demandais si vous pourriez me préciser… »: the same after « si ».
  const modal = (w: string | undefined): boolean => w !== undefined && (REQUEST_MODALS.has(w) || POLITE_MODALS.has(w) || PAST_REQUEST_MODALS.has(w));
  if (toks.norm[first] === 'si' && (toks.norm[first + 1] === 'vous' || toks.norm[first + 1] === 'tu') && modal(toks.norm[first + 2])) first += 1;
  if ((toks.norm[first] === 'vous' || toks.norm[first] === 'tu' || toks.norm[first] === 'on') && modal(toks.norm[first + 1])) first += 2;
  while (first <= s.last && first < from + 4 && CLITICS.has(toks.norm[first])) first++;
  // The frame may end with its own verb (« j'aimerais savoir »): it counts as the first.
  for (let t = Math.max(s.first, from - 2); t <= s.last; t++) {
    if (!ASK_VERBS.has(toks.norm[t])) continue;
    let p = t - 1;
    while (p > s.first && HEAD_ADVERBS.has(toks.norm[p])) p--;
    if (p > s.first && (CLITICS.has(toks.norm[p]) || toks.norm[p] === 'en' || toks.norm[p] === 'y')) p--;
    const prev = toks.norm[p];
    // « faire » counts only as « faites-moi savoir »: its « savoir » is then the same ask.
    if (FAIRE.has(toks.norm[t])) {
      // « faites-moi savoir » or « me faire savoir »; « me faire part de » asks as well.
      const k = toks.norm[t + 1] === 'savoir' || toks.norm[t + 1] === 'part' ? t + 1 : toks.norm[t + 2] === 'savoir' ? t + 2 : -1;
      if (k < 0) continue;
      t = k;
    }
    // « N'hésitez pas à me faire part de …, à m'indiquer … et à me transmettre … »: each « à » + verb after a comma or « et ».
    const listedWithA = prev === 'a' && p - 1 >= s.first && (toks.norm[p - 1] === ',' || toks.norm[p - 1] === 'et');
    if (t === from - 1 || t === from || (n === 0 && t <= Math.max(from + 2, first)) || prev === ',' || prev === 'et' || prev === 'ou' || listedWithA || (prev === 'pas' && toks.norm[p - 1] === 'pourquoi')) n++;
  }
  return n;
}

/** Things added to the asks with « ainsi que » or « de même que » and a determiner, after the frame. */
function alsoAsked(a: ProseAnalysis, s: Sentence, from: number): number {
  const { toks } = a;
  let n = 0;
  for (let t = from; t + 2 <= s.last; t++) {
    // « ainsi que », and elided before a vowel: « ainsi qu'un rendez-vous ».
    if ((toks.norm[t] !== 'ainsi' && toks.norm[t] !== 'meme') || (toks.norm[t + 1] !== 'que' && toks.norm[t + 1] !== "qu'")) continue;
    // « …, ainsi que sur les possibilités qui s'offrent à nous »: the thing asked comes after its preposition.
    const k = toks.norm[t + 2] === 'sur' || toks.norm[t + 2] === 'concernant' ? t + 3 : t + 2;
    if (k <= s.last && opensItem(toks.norm[k])) n++;
  }
  return n;
}

/** « sur la façon dont… », « concernant le calendrier… »: one more topic asked about, in a list after the frame. */
function topicItem(toks: ProseAnalysis['toks'], t: number): boolean {
  let k = t;
  // « quelques précisions, notamment sur A, sur B » : « notamment » details the thing asked, it is not one more.
  if (toks.norm[k] === 'enfin' || toks.norm[k] === 'aussi') k++;
  // « ce qui a péché dans le budget, dans la méthodologie… »: « dans » lists places as « sur » lists topics.
  if (toks.norm[k] !== 'sur' && toks.norm[k] !== 'concernant' && toks.norm[k] !== 'dans') return false;
  if (toks.norm[k] === 'dans' && (toks.norm[k + 2] === 'mesure' || toks.norm[k + 2] === 'ideal' || toks.norm[k + 2] === 'cas')) return false;
  return opensItem(toks.norm[k + 1]);
}

/** « de me préciser », « d'adresser »: « de » and an infinitive, or a pronoun and then one. */
function infinitiveAsk(toks: ProseAnalysis['toks'], t: number): boolean {
  const w = toks.norm[t];
  if (w !== 'de' && w !== "d'") return false;
  let k = t + 1;
  if (/^(me|m'|nous|vous|te|t'|lui|leur|bien)$/.test(toks.norm[k] ?? '')) k++;
  // No infinitive ends in « -ère »: « de manière générale » is an aside, not one more thing asked.
  return /(?:er|ir|re)$/.test(toks.norm[k] ?? '') && !toks.norm[k].endsWith('ere') && toks.kind[k] === Kind.Word;
}

/** Enumeration words between a separator and the next ask (« ; ensuite, pourriez-vous … »). */
const ENUMERATION = new Set(['ensuite', 'puis', 'enfin', 'aussi', 'egalement', 'surtout', 'apres', 'ailleurs', 'par', 'autre', 'part', "d'autre", 'deuxiemement', 'troisiemement', 'secundo', 'tertio', ',']);

/** Where a request frame opens right after a separator, past enumeration words (one more ask in the same sentence), or -1. */
function frameAfter(a: ProseAnalysis, s: Sentence, t: number): number {
  let k = t;
  while (k <= s.last && k < t + 4 && ENUMERATION.has(a.toks.norm[k])) k++;
  // An order (« ensuite, dites-moi ») is a verb of asking: askVerbs counts it.
  if (k > s.last || ASK_VERBS.has(a.toks.norm[k])) return -1;
  const e = a.memo.end('request_frame', k);
  // A closing courtesy (« …, je suis preneuse. ») asks for nothing new: the frame must be followed by what it asks.
  if (e <= k || e > s.last || a.toks.kind[e] !== Kind.Word) return -1;
  return k;
}

/** « …, si … », « …, combien … » after a verb of telling: one more thing the reader is asked to tell. */
function toldItem(toks: ProseAnalysis['toks'], k: number): boolean {
  const w = toks.norm[k];
  // « , quand vous pourrez, », « , si ce n'est pas confidentiel, »: a time or a condition set aside, not one more thing asked.
  if (setAside(toks, k)) return false;
  return w === 'si' || (w === "s'" && (toks.norm[k + 1] === 'il' || toks.norm[k + 1] === 'ils')) || HEADS.has(w);
}

/** Verbs after « qui » that make it an indirect question (« …, mon classement et qui a été pris »). */
const QUI_VERBS = new Set(['a', 'ont', 'est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'va', 'vont', 'avait', 'avaient', 'aura']);

/** « qui a été retenu » at token k: after « et » closing a list of things a verb of telling governs, one more thing asked. */
function quiClause(toks: ProseAnalysis['toks'], k: number): boolean {
  return toks.norm[k] === 'qui' && QUI_VERBS.has(toks.norm[k + 1]);
}

/**
 * « ce que », « ce qui », « ce dont » at token k. After « et » closing a list of things a verb of telling governs
 * (« m'indiquer mes points faibles, mes points forts et ce que vous attendiez »), it is one more thing asked; after a comma
 * alone it may sum up the clause before it (« m'envoyer la grille, ce qui m'aiderait »), so only « et » opens one.
 */
function ceClause(toks: ProseAnalysis['toks'], k: number): boolean {
  const w = toks.norm[k];
  const next = toks.norm[k + 1];
  return (w === 'ce' || w === "c'") && (next === 'que' || next === "qu'" || next === 'qui' || next === 'dont');
}

/** Verbs of « quand vous pourrez », « quand vous aurez un moment »: the time of the ask, not an ask. */
const ASIDE_MODALS = new Set(['pourrez', 'aurez', 'voudrez', 'serez', 'pouvez', 'avez', 'voulez', 'le', 'en', 'y', 'pourras', 'auras', 'peux', 'as']);

/** « si c'était », « si c'est »… */
const SI_CEST_VERBS = new Set(['est', 'etait', 'serait', 'a', 'avait']);
/** What follows « si c'était » when it asks for a cause (« une question de budget », « lié à mon profil », « à cause de… »), not a condition. */
const ASK_AFTER_SI_CEST = new Set(['un', 'une', 'du', 'des', 'mon', 'ma', 'mes', 'la', 'les', "l'", 'votre', 'vos', 'notre', 'nos', 'ton', 'ta', 'tes', 'lie', 'liee', 'lies', 'liees', 'parce', 'plutot', 'davantage', 'uniquement', 'seulement', 'surtout', 'juste', 'vraiment', 'donc']);

/** « si tu as un moment », « si vous avez deux minutes », « si vous le souhaitez »: the reader's time or wish set aside. */
const ASIDE_HAVE = new Set(['as', 'avez', 'avais', 'aviez', 'auras', 'aurez', 'trouves', 'trouvez']);
const ASIDE_TIME = new Set(['moment', 'temps', 'minute', 'minutes', 'instant', 'seconde', 'secondes', 'occasion']);
/** Verbs of a rule's leave (« si la procédure le permet », « si le règlement l'autorise »). */
const ASIDE_LEAVE = new Set(['permet', 'permettent', 'permettait', 'autorise', 'autorisent', 'prevoit', 'prevoient']);
const ASIDE_WISH = new Set(['souhaitez', 'souhaites', 'voulez', 'veux', 'preferez', 'preferes', 'acceptez', 'acceptes', 'permettez', 'permets']);

/** « si tu as un moment », « si vous en avez le temps », « si vous le souhaitez » at token k (« si »): the reader's time or wish. */
function readerTimeOrWish(toks: ProseAnalysis['toks'], k: number): boolean {
  const next = toks.norm[k + 1];
  // « si vous en avez le temps », « si tu y trouves un moment »: a pronoun may come before the verb.
  const have = toks.norm[k + 2] === 'en' || toks.norm[k + 2] === 'y' ? k + 3 : k + 2;
  // « si t'as un moment »: « t' » is « tu » typed short.
  if ((next === 'tu' || next === 'vous' || next === "t'") && ASIDE_HAVE.has(toks.norm[have])) {
    for (let j = have + 1; j <= have + 3 && j < toks.norm.length; j++) if (ASIDE_TIME.has(toks.norm[j])) return true;
  }
  return (next === 'tu' || next === 'vous') && (toks.norm[k + 2] === 'le' || toks.norm[k + 2] === "l'") && ASIDE_WISH.has(toks.norm[k + 3]);
}

/** « quand vous pourrez », « lorsque vous aurez un moment », « si ce n'est pas confidentiel », « si cela ne vous dérange pas » at token k: an aside. */
function setAside(toks: ProseAnalysis['toks'], k: number): boolean {
  const w = toks.norm[k];
  const next = toks.norm[k + 1];
  if (w === 'si') {
    // « , si c'était une question de budget » asks what the cause was; « , si c'est possible », « si c'est le cas » set a condition.
    // « , si c'est l'entretien qui a bloqué » names a cause too; « si c'est le cas » stays a condition.
    if ((next === 'ce' || next === "c'") && SI_CEST_VERBS.has(toks.norm[k + 2]) && (ASK_AFTER_SI_CEST.has(toks.norm[k + 3]) || (toks.norm[k + 3] === 'le' && toks.norm[k + 4] !== 'cas'))) return false;
    // « , si tu as un moment : », « si vous avez deux minutes », « si vous le souhaitez », « si vous le permettez »: the reader's time or wish, no ask.
    if (readerTimeOrWish(toks, k)) return true;
    // « , si la procédure le permet, », « si le règlement l'autorise »: a rule's leave asked, no ask of its own.
    for (let j = k + 2; j <= k + 5 && j + 1 < toks.norm.length; j++) if ((toks.norm[j] === 'le' || toks.norm[j] === "l'") && ASIDE_LEAVE.has(toks.norm[j + 1])) return true;
    return next === 'ce' || next === "c'" || next === 'cela' || next === 'ca';
  }
  return (w === 'quand' || w === 'lorsque') && (next === 'vous' || next === 'tu' || next === 'on') && ASIDE_MODALS.has(toks.norm[k + 2]);
}

/**
 * The items a request lists, and how many of them are verbs of asking (counted by askVerbs too).
 * `tells`: the frame governs a verb of asking, so « …, et si … » is one more thing asked
 * (« pourriez-vous m'indiquer X, Y et si Z ») — not a condition (« si elle peut vous être utile »).
 */
function listedItems(a: ProseAnalysis, s: Sentence, from: number, tells: boolean): { items: number; verbs: number } {
  const { toks } = a;
  let depth = 0;
  // « je voulais savoir, par curiosité, quand… »: a comma right after the frame puts the first thing asked further on.
  let items = toks.norm[from] === ',' ? 0 : 1;
  // « pourriez-vous nous communiquer, conformément à l'article R. 2181-4, les motifs… »: the same after the frame's own verb of telling.
  {
    let k = from;
    while (k <= s.last && k < from + 3 && CLITICS.has(toks.norm[k])) k++;
    if (ASK_VERBS.has(toks.norm[k]) && toks.norm[k + 1] === ',') items = 0;
  }
  let verbs = 0;
  // Whether a separator opened a thing named by a determiner (« , mes points forts »): then the list holds things, and
  // « et ce que … » closing it is one more of them; after indirect questions only, heads() already counts it.
  let things = false;
  for (let t = from; t <= s.last; t++) {
    const w = toks.norm[t];
    if (w === '(') depth++;
    else if (w === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (w === ',' && a.memo.skipEnd(t, s.last + 1) > t) {
      // A polite aside between commas (« , si c'est possible, ») adds nothing to the list.
      t = a.memo.skipEnd(t, s.last + 1) - 1;
      // The aside's closing comma does not open one more item.
      if (toks.norm[t + 1] === ',') t++;
    } else if (w === ',' || w === ';') {
      // A comma before a subordinate clause or an adverb is not a list separator.
      const next = toks.norm[t + 1];
      // « : 1° les motifs ; 2° la possibilité ; 3° les dates »: a numbered item after the separator is one more thing asked.
      if (w === ';' && toks.kind[t + 1] === Kind.Number && (toks.norm[t + 2] === '°' || toks.norm[t + 2] === ')')) {
        items++;
        continue;
      }
      // « …, de me préciser si …, et de m'adresser … »: each « de » + verb after the frame is one more ask.
      if (toks.kind[t + 1] !== Kind.Word) continue;
      // « , le moment venu, », « , le cas échéant, », « , à l'occasion, »: a time set aside between commas asks nothing.
      {
        let close = t + 1;
        while (close <= s.last && close <= t + 4 && toks.kind[close] === Kind.Word) close++;
        if (close > t + 1 && close <= s.last && toks.norm[close] === ',' && TIME_ASIDE_ENDS.has(toks.norm[close - 1])) {
          t = close;
          // Right after the frame, what follows the aside is the first thing asked.
          if (items === 0) items = 1;
          continue;
        }
      }
      // « s'il existe, dans votre laboratoire, des stages »: a place or a source between two commas is an aside, and what
      // follows it goes on with the same thing asked (« dans A, dans B et dans C » stays a list: the word after the aside differs).
      if (INCIDENTAL_PLACES.has(next)) {
        let close = t + 2;
        while (close <= s.last && close <= t + 6 && toks.kind[close] === Kind.Word) close++;
        if (close <= s.last && toks.norm[close] === ',' && toks.norm[close + 1] !== next) {
          t = close;
          continue;
        }
      }
      if (tells && ASK_VERBS.has(next)) {
        items++;
        verbs++;
        continue;
      }
      const frame = frameAfter(a, s, t + 1);
      if (frame >= 0) {
        // The frame is one more ask; the separators inside it (« ensuite, je vous serais… ») are not more.
        items++;
        t = frame;
      } else if (opensItem(next, toks.norm[t + 2])) {
        items++;
        things = true;
      } else if (/^quel(?:le)?s?$/.test(next) || (tells && toldItem(toks, t + 1)) || infinitiveAsk(toks, t + 1) || topicItem(toks, t + 1)) items++;
    } else if (w === 'et' || w === 'ainsi') {
      let k = toks.norm[t + 1] === 'que' || toks.norm[t + 1] === "qu'" ? t + 2 : t + 1;
      // « …, un retour écrit et, si possible, une copie des notes »: the item comes after the aside.
      if (toks.norm[k] === ',' && a.memo.skipEnd(k, s.last + 1) > k) {
        k = a.memo.skipEnd(k, s.last + 1);
        if (toks.norm[k] === ',') k++;
      }
      if (toks.norm[k] === 'enfin' || toks.norm[k] === 'aussi' || toks.norm[k] === 'surtout' || toks.norm[k] === 'eventuellement') k++;
      // « …, et je vous demanderais également une rencontre »: one more request frame after « et » is one more ask.
      const frame = w === 'et' ? frameAfter(a, s, k) : -1;
      if (frame >= 0) {
        items++;
        t = frame;
      } else if (opensItem(toks.norm[k], toks.norm[k + 1])) {
        items++;
        things = true;
      } else if ((tells && (toldItem(toks, k) || (things && (ceClause(toks, k) || quiClause(toks, k))))) || infinitiveAsk(toks, k) || topicItem(toks, k)) items++;
    }
  }
  return { items, verbs };
}

/** Where the request frame ends (the token after « pourriez-vous m’indiquer »), or -1 when the sentence asks nothing. */
function frameEnd(a: ProseAnalysis, s: Sentence): number {
  const c = a.memo.engine.classId('request_frame');
  for (let t = nextClassStart(a, c, s.first, s.last + 1); t >= 0; t = nextClassStart(a, c, t + 1, s.last + 1)) {
    const e = a.memo.endOf(c, t);
    if (stanceOf(a, t, e) === 'quoted' || stanceOf(a, t, e) === 'reported') continue;
    // « c'est ce que je vais retravailler »: « est ce que » after « c' » is no « est-ce que ».
    if (a.toks.norm[t] === 'est' && t > s.first && (a.toks.norm[t - 1] === "c'" || a.toks.norm[t - 1] === 'ce')) continue;
    // « Je vous remercie de m’avoir reçu », « je prends acte » : thanks for what was done, not an ask.
    // « je vous remercie de me l’avoir annoncé » as well: the object pronouns before « avoir » change nothing.
    let k = e;
    while (k < s.last && OBJECT_CLITICS.has(a.toks.norm[k])) k++;
    if (k <= s.last && (k === e ? NOT_AN_ASK_AFTER.has(a.toks.norm[k]) : a.toks.norm[k] === 'avoir' || a.toks.norm[k] === 'etre')) continue;
    return e;
  }
  return -1;
}

/** Words after a request frame that make it thanks or acknowledgement (« de m’avoir », « je prends acte »). */
const NOT_AN_ASK_AFTER = new Set(['avoir', 'etre', 'acte', 'note', 'bonne', 'connaissance', 'conscience', 'plaisir', 'soin', 'part']);

const requestsCache = new WeakMap<Draft, Request[]>();

/** The requests of the message body, each with its number of asks. Computed once per draft. */
export function requestsOf(draft: Draft): Request[] {
  const cached = requestsCache.get(draft);
  if (cached) return cached;
  const a = proseOf(draft);
  const out: Request[] = [];
  // Class ids looked up once, not once per sentence (a draft of 500,000 one-word questions asks them 500,000 times).
  const engine = a.memo.engine;
  const ids = {
    reader: engine.classId('reader'),
    selfAsk: engine.classId('self_ask'),
    writerSubject: engine.classId('writer_subject'),
    selfQuestion: engine.classId('self_question'),
    vagueNoun: engine.classId('vague_noun'),
    vagueMarker: engine.classId('vague_marker'),
    targeted: engine.classId('targeted'),
    vagueAsk: engine.classId('vague_ask'),
    offer: engine.classId('availability_offer'),
  };
  // Whether a list's intro was found to ask nothing itself (units set back to 0): only then is `out` filtered.
  let zeroed = false;
  let listIntro = false;
  // The request that introduced the list being read: its items are the asks, so it stops counting once one is found.
  let intro: Request | undefined;
  for (let i = 0; i < a.sentences.length; i++) {
    const s = a.sentences[i];
    // The body, a post-scriptum (« P.S. Tu sais si l'appel sera reconduit ? » asks all the same), the subject and a tagline.
    // A closing that asks (« Dans l'attente de savoir quel prestataire vous avez retenu, à quel tarif…, je vous adresse… ») is read as well.
    if (!isReadSentence(a, i) && !(a.parts[i] === 'closing' && frameEnd(a, s) >= 0)) {
      listIntro = false;
      continue;
    }
    // « …, selon vous ? » and « Quelles sont selon vous… ? » ask the reader's view: they do not make the question reported speech.
    let askEnd = s.last + 1;
    let askFrom = s.first;
    // « Selon toi, qu'est-ce que je devrais améliorer ? » opens on it: the question after it is asked all the same.
    if ((a.toks.norm[s.first] === 'selon' || a.toks.norm[s.first] === "d'apres") && (a.toks.norm[s.first + 1] === 'vous' || a.toks.norm[s.first + 1] === 'toi') && a.toks.norm[s.first + 2] === ',') askFrom = s.first + 3;
    for (let k = Math.max(s.first + 1, s.terminator.includes('?') ? s.first + 1 : s.last - 3); k <= s.last && askEnd > s.last; k++) {
      if ((a.toks.norm[k] === 'selon' || a.toks.norm[k] === "d'apres") && (a.toks.norm[k + 1] === 'vous' || a.toks.norm[k + 1] === 'toi')) askEnd = k;
      // « Et vous pensez que je devrais retenter ? » asks the reader's opinion: the question is not reported speech.
      else if (s.terminator.includes('?') && (a.toks.norm[k] === 'vous' || a.toks.norm[k] === 'tu') && OPINION_VERBS.has(a.toks.norm[k + 1]) && (a.toks.norm[k + 2] === 'que' || a.toks.norm[k + 2] === "qu'")) askEnd = k;
    }
    const stance = stanceOf(a, askFrom, askEnd);
    const quoted = stance === 'quoted' || stance === 'reported';
    // A line typed without a question mark that opens on « pourquoi », « combien »… asks all the same (« pk jai pas ete prise »).
    // So does one ending on spoken « par hasard » / « des fois » (« vous connaissez pas d'autres colocs par hasard »).
    const question = s.terminator.includes('?') || (s.terminator === '' && (HEADS.has(a.toks.norm[s.first]) || spokenAsk(a, s))) || pleaBeforeCapital(a, s);
    // One word and its punctuation (« Pourquoi ? ») holds no frame of request: no search for one.
    const oneWord = s.last <= s.first + 1 && (s.last === s.first || a.toks.kind[s.last] === Kind.Punct);
    let fe = oneWord ? -1 : frameEnd(a, s);
    // « Quel point a le plus pesé ? Cela m’aiderait à mieux préparer mes entretiens. »: the second sentence says why the
    // first one asks; it asks nothing more.
    if (fe >= 0 && !s.terminator.includes('?') && out.length > 0 && out[out.length - 1].sentence === i - 1 && supportsAsk(a, s, fe)) fe = -1;
    // Three tokens or fewer hold no list of three things: headlessItems, quelItems (listOfThree), participleList,
    // infinitiveList and diagnosisAlternatives each need an anchor word, then two separators (« , », « et », « ou »)
    // before the sentence's last token, so they return 0 there and are not called.
    const short = s.last - s.first <= 2;
    const reader = classIdIn(a, ids.reader, s.first, s.last + 1, -1, -1, said);
    let units = 0;
    let vague: boolean | undefined;
    if (!quoted && (question || fe >= 0)) {
      // « Je suis trop vieux ? » wonders aloud; « je peux passer déposer un CV ? », « je suis quand même sur liste d'attente ? » ask the reader.
      // Several interrogatives in one breath (« pourquoi…, combien…, c'est qui… ») ask the reader even without « vous ».
      const h0 = heads(a, s);
      const inv = question ? inversions(a, s) : 0;
      // One inverted question alone is the ask it always was; beside other asks (or another inversion) it is one more.
      // « Quelle note avons-nous eue sur le critère technique, sur le prix et sur le planning ? »: each topic after the first is one more ask.
      const topics = (question && fe < 0 && h0 + inv >= 1) || fe >= 0 ? topicsAfter(a, s) : 0;
      const h = h0 + (h0 > 0 || inv > 1 || topics > 0 ? inv : 0) + topics;
      // « Est-ce que j'ai trop parlé produit ? » wonders aloud; « Est-ce que je peux repostuler ? » asks leave.
      const n = a.toks.norm;
      const selfFrame = fe >= 0 && (n[s.first] === 'est' || n[s.first] === 'est-ce' || (n[s.first] === "qu'" && n[s.first + 1] === 'est')) && (n[fe] === 'je' || n[fe] === "j'") && !ASKING_MODALS.has(n[fe + 1]);
      // « Quels sont mes points faibles, mes points forts et mes axes de progression ? » lists what it asks the reader.
      const qi = question && fe < 0 && inv === 0 && h0 === 1 && !short ? quelItems(a, s) : 0;
      // « Je fais comment pour progresser, selon vous ? » asks the reader's advice, whatever its subject.
      const self = question && (fe < 0 || selfFrame) && h <= 1 && qi === 0 && !reader && !thirdPersonInversion(a, s) && !asksVagueAdvice(a, s, ids) && !classIdIn(a, ids.selfAsk, selfFrame ? fe : s.first, s.last + 1, -1, -1, said) && (classIdIn(a, ids.writerSubject, questionStart(a, s), s.last + 1, -1, -1, said) || (ids.selfQuestion >= 0 && a.memo.endOf(ids.selfQuestion, s.first) > s.first)) && !asksBecause(a, s) && !offersChoice(a, s) && !asksInSitu(a, s);
      if (!self) {
        const verbs = fe >= 0 ? askVerbs(a, s, fe) : 0;
        const listed = fe >= 0 ? listedItems(a, s, fe, verbs > 0) : { items: 1, verbs: 0 };
        // « m'envoyer mes notes, le compte rendu et me dire quand… »: the things listed after the first verb, then each further verb of asking.
        const items = verbs > 1 ? listed.items - listed.verbs + verbs - 1 : listed.items;
        // A question, then a call and a coffee proposed in the same breath: each is an ask.
        const meetings = fe >= 0 ? countMeetings(a, s.first, s.last + 1) : 0;
        // « J'aimerais comprendre …, savoir … et connaître … »: each verb of asking after a comma or « et » is one more ask.
        // « …, ainsi que les points de mon CV qui… » adds one more thing asked to whatever the heads and verbs count.
        const also = fe >= 0 ? alsoAsked(a, s, fe) : 0;
        // « Est-ce qu'on pourrait caler un point ? » asks for the meeting once: the opening « est-ce que » is that ask.
        const yesNo = h === 1 && (a.toks.norm[s.first] === 'est' || a.toks.norm[s.first] === 'est-ce');
        // « Mon CV, ma lettre, mon entretien ? »: a question of listed things, each one asked about.
        const listed2 = question && fe < 0 && inv === 0 && h0 === 0 && !short ? headlessItems(a, s) : qi;
        // « C'était mon âge, mon accent ou mon parcours ? », « Avez-vous lu …, consulté … et regardé … ? », « Puis-je vous appeler, vous envoyer … et rencontrer … ? »: one question, three things put to the reader.
        // « Comment avez-vous trouvé A, B et C ? », « …de plus, de moins ou autrement ? »: the same, after an interrogative and its inverted verb, or in degrees.
        const spread = short ? 0 : Math.max(question ? Math.max(diagnosisAlternatives(a, s), participleList(a, s), infinitiveList(a, s), invertedObjectList(a, s)) : 0, degreeAlternatives(a, s));
        // « c quoi le problème, vous avez pris qui, et je peux retenter quand ? »: the asks of a question, clause by clause.
        const clauses = question ? clauseAsks(a, s, s.terminator.includes('?') || s.terminator === '') : fe >= 0 ? clauseAsks(a, s, false, fe - 1) : 0;
        // « des retours sur A, B, C et D », « : 1) …, 2) …, 3) … »: the things asked about, listed.
        const listedTopics = short ? 0 : Math.max(feedbackTopics(a, s), inlineNumbered(a, s));
        units = Math.max(1, (yesNo ? Math.max(h, meetings) : h + meetings) + also, items, verbs + also, fe >= 0 ? 1 + topics : 0, listed2, spread, clauses, listedTopics);
      }
    } else if (!quoted && s.item && listIntro) {
      // « ou, à défaut, … » offers an alternative to the item before, not one more ask.
      units = a.toks.norm[s.first] === 'ou' ? 0 : 1;
      if (intro) {
        intro.units = 0;
        zeroed = true;
        intro = undefined;
      }
    } else if (!quoted && (vague = isVague(a, s, ids)) && ((ids.vagueMarker >= 0 && classIdIn(a, ids.vagueMarker, s.first, s.last + 1, -1, -1, notAttributed)) || asksVagueAdvice(a, s, ids)) && !(ids.offer >= 0 && classIdIn(a, ids.offer, s.first, s.last + 1, -1, -1, notAttributed))) {
      // « Je reste à votre disposition pour toute information » offers: the letter's closing asks nothing.
      // « Si t’as un retour, n’importe quoi, même en vrac, je prends » asks without a question mark; so does
      // « jfais comment pour progresser selon vous », typed without one.
      units = 1;
    }
    // A list item that asks, after « j'aurais deux questions : »: the items are the asks, the announcement no longer counts.
    if (units > 0 && s.item && listIntro && intro) {
      intro.units = 0;
      zeroed = true;
      intro = undefined;
    }
    // « J'aimerais connaître le nombre de candidatures. Savoir aussi si … Et enfin, si … »: right after a request, a sentence
    // made of one more thing asked (an infinitive of asking, or a « si » clause standing alone) is one more ask.
    if (units === 0 && !quoted && out.length > 0 && out[out.length - 1].sentence >= i - 2 && continuesAsk(a, s)) units = 1;
    const request = units > 0 ? { start: s.start, end: s.end, sentence: i, units, vague: vague ?? isVague(a, s, ids) } : undefined;
    if (request) out.push(request);
    // A sentence ending with « : » that asks (« J’aimerais savoir : ») introduces a list of asks.
    const last = a.toks.norm[s.last];
    if (!s.item) {
      listIntro = (fe >= 0 || question) && (last === ':' || a.toks.norm[s.last - 1] === ':');
      intro = listIntro && request && request.units === 1 ? request : undefined;
    }
  }
  const asks = zeroed ? out.filter((r) => r.units > 0) : out;
  requestsCache.set(draft, asks);
  return asks;
}

/** What breaks a question into clauses: a comma, a semicolon, « et », « puis ». */
const CLAUSE_BREAKS = new Set([',', ';', 'et', 'puis', 'pis']);
/** Words that may open a clause before what it asks (« et aussi », « ou alors », « du coup »). */
const CLAUSE_LEADS = new Set(['et', 'ou', 'puis', 'pis', 'aussi', 'enfin', 'ensuite', 'surtout', 'sinon', 'egalement', 'alors', 'donc', 'mais', 'bref', 'du', 'coup', 'bon', 'bah', 'ben', 'accessoirement', 'eventuellement', 'peut-etre']);
/** Interrogatives that ask wherever they stand in a spoken clause (« je peux retenter quand », « il avait combien d'expérience »). */
const IN_SITU = new Set(['quand', 'combien', 'pourquoi', 'comment']);
/** Interrogatives that ask when they close a spoken clause (« vous avez pris qui », « il s'est passé quoi »). */
const IN_SITU_LAST = new Set(['qui', 'quoi']);
/** Verbs of a spoken « vous … ? » that asks the reader something (« vous reprenez des gens en janvier ? »): the conditionals of SPOKEN_ASK_VERBS and the present. */
const READER_ASK_VERBS = new Set([
  ...SPOKEN_ASK_VERBS,
  'cherchez', 'reprenez', 'recrutez', 'pouvez', 'gardez', 'garderez', 'conservez', 'comptez', 'prevoyez', 'allez', 'savez', 'connaissez', 'rouvrez', 'prenez', 'voulez', 'acceptez', 'embauchez', 'rappelez', 'envisagez', 'organisez', 'ouvrez', 'proposez', 'reprendrez', 'recruterez', 'relancez', 'aurez',
  'cherches', 'reprends', 'recrutes', 'peux', 'gardes', 'comptes', 'prevois', 'vas', 'sais', 'connais', 'prends', 'veux', 'acceptes', 'auras', 'proposes',
]);
/** After « vous avez » / « tu as », what makes a spoken question of it (« vous avez d'autres apparts dispo ? », « vous avez pris qui ? »). */
const HAVE_ASKED = new Set(['des', "d'", 'un', 'une', 'encore', "quelqu'un", 'deja', 'pris', 'retenu', 'choisi', 'prevu', 'trouve', 'recu', 'garde', 'besoin', 'toujours', 'quelque']);
/** After a clause-opening « qui », what makes it a question rather than a relative clause (« qui décide », « qui je dois relancer »). */
const QUI_ASKS = new Set(['je', "j'", 'vous', 'tu', 'on', 'decide', 'remplace', 'reprend', 'prend', 'recrute', 'gere', 'signe', 'choisit', 'tranche', 'valide', 'contacter', 'relancer', 'appeler']);
/** « qui a eu la place », « qui a été pris », « qui a remporté le marché ». */
const QUI_ASKS_AFTER_A = new Set(['eu', 'ete', 'obtenu', 'pris', 'retenu', 'choisi', 'gagne', 'decide', 'remporte', 'tranche', 'signe']);
/** « qui a vu son audition », « qui a lu mon dossier »: an ask after « et » or where a question opens, a relative after a comma (« à Mme Roux, qui a lu mon dossier »). */
const QUI_ASKS_AFTER_A_OPEN = new Set(['vu', 'lu', 'ecoute', 'regarde', 'note', 'evalue', 'juge', 'examine', 'corrige']);
/** Modals of a spoken « je … ? » that ask leave or advice (« je peux savoir ma note ? », « je dois vous relancer ou pas ? »). */
const WRITER_ASK_MODALS = new Set(['peux', 'pourrais', 'pourrai', 'dois', 'devrais', 'vais']);

/**
 * The asks of a question counted clause by clause (« c'était quoi le souci, je peux savoir ma note, et vous reprenez des
 * gens en janvier ? »: three): the sentence is cut at commas, semicolons, « et » and « puis », and each clause that opens on
 * an interrogative (« à quelle date », « qui a eu la place »), an inverted verb (« puis-je repostuler », « y a-t-il »), a
 * spoken question to the reader or a leave asked (« vous avez d'autres apparts ? », « je peux retenter quand ? ») counts
 * one. A clause of listed things (« mon CV, ma lettre ») asks nothing of its own, and a spoken clause right after a short
 * interrogative aside (« quand, et sous quelle forme, je peux renvoyer… ») finishes the ask before it.
 */
function clauseAsks(a: ProseAnalysis, s: Sentence, spoken: boolean, frame = -1): number {
  const n = a.toks.norm;
  let count = 0;
  let c = s.first;
  // Whether the clause before was a short interrogative aside, closed by a comma (« , et sous quelle forme, »).
  let shortAside = false;
  // « Quels sont mes points faibles, mes points forts, et par quoi commencer ? »: after plural « quels sont », each clause
  // that names one more thing (a determiner first) is one more thing asked (« Quel est le programme, la semaine prochaine ? » is one).
  const quelList = (n[s.first] === 'quels' || n[s.first] === 'quelles') && (n[s.first + 1] === 'sont' || n[s.first + 1] === 'etaient' || n[s.first + 1] === 'seraient');
  while (c <= s.last) {
    // « …, ou préférez-vous que je le renvoie ? »: a clause opened by « ou » is the other side of the same ask.
    let other = false;
    // « où » folds to « ou »: a clause that opens on it asks where, it is no alternative.
    for (; c <= s.last && (CLAUSE_BREAKS.has(n[c]) || (CLAUSE_LEADS.has(n[c]) && !isOu(a, c))); c++) if (n[c] === 'ou') other = true;
    // « bjr svp c quoi le motif », « frère dis-moi franchement, … »: a greeting or a « please » typed before the ask.
    while (c < s.last && CLAUSE_FILLERS.has(n[c]) && !CLAUSE_BREAKS.has(n[c + 1])) c++;
    if (c > s.last) break;
    let e = c + 1;
    // « si je puis me permettre »: after « je », « puis » is the verb, not « then ».
    while (e <= s.last && !(CLAUSE_BREAKS.has(n[e]) && !(n[e] === 'puis' && n[e - 1] === 'je'))) e++;
    // The clause is tokens [c, e), its end before any final « ? ».
    let last = e - 1;
    while (last > c && a.toks.kind[last] === Kind.Punct) last--;
    // A request without a question mark (« c pour savoir pk …, si y a une liste d'attente et qui contacter »): the clause
    // that holds its frame is its first ask.
    // A frame that ends its clause (« Je voulais aussi savoir, par curiosité, quand… ») asks what a later clause says.
    // After a short aside, « et » + a clause of its own (« …, sur quoi, et je peux récupérer mes papiers ? ») asks anew.
    let kind: number = frame >= c && frame < e ? (frame < last ? 2 : 0) : clauseAsk(a, c, last, spoken, shortAside && n[c - 1] !== 'et', count > 0);
    if (kind === 0 && quelList && count > 0 && c > s.first && opensItem(n[c], n[c + 1])) kind = 2;
    if (kind > 0 && !other) count++;
    shortAside = kind === 1 && last - c <= 3 && n[e] === ',';
    c = e;
  }
  return count;
}

/** Words typed before an ask in a spoken question, asking nothing themselves (« bjr svp c quoi le motif »: « bjr » and « slt » are read as « bonjour » and « salut »). */
const CLAUSE_FILLERS = new Set(['bonjour', 'bonsoir', 'salut', 'coucou', 'hello', 'svp', 'stp', 'frere', 'franchement', 'sinon', 'euh', 'bref']);

/** Determiners and prepositions that open the noun a relative « , qui … » follows (« à Mme Roux, », « mon dossier, »). */
const NOUN_OPENERS = new Set(['au', 'aux', 'le', 'la', 'les', "l'", 'un', 'une', 'des', 'mon', 'ma', 'mes', 'votre', 'vos', 'son', 'sa', 'ses', 'ce', 'cette', 'ces', 'notre', 'nos', 'leur', 'leurs']);

/** Whether the comma at `comma` closes a noun phrase (a name, or a noun after its determiner), so « qui » after it is a relative. */
function nounBeforeComma(a: ProseAnalysis, comma: number): boolean {
  const k = comma - 1;
  if (k < 0 || a.toks.kind[k] !== Kind.Word) return false;
  if (a.toks.flags[k] & Flag.Capital) return true;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (NOUN_OPENERS.has(a.toks.norm[j])) return true;
  return false;
}

/** « s'il vous plaît », « si vous voulez bien », « s'il le faut », « s'il y a lieu »: a courtesy or a condition, no ask. */
function politeSi(n: readonly string[], c: number): boolean {
  const a = n[c + 1];
  const b = n[c + 2];
  // « s'il y en a eu un », « s'il y en a une »: a condition on what was just asked (not « s'il y en a d'autres à venir »).
  const oneOf = (w: string | undefined) => w === 'un' || w === 'une';
  if (a === 'il' || a === 'ils') return (b === 'vous' || b === 'te') && (n[c + 3] === 'plait' || n[c + 3] === 'plaît') || (b === 'le' && n[c + 3] === 'faut') || (b === 'y' && n[c + 3] === 'a' && n[c + 4] === 'lieu') || (b === 'y' && n[c + 3] === 'en' && n[c + 4] === 'a' && (oneOf(n[c + 5]) || (n[c + 5] === 'eu' && oneOf(n[c + 6]))));
  if (a === 'je' && (b === 'puis' || b === 'peux')) {
    // « si je puis me permettre », « si je peux me le permettre », « si je puis dire, » (not « si je peux me présenter »).
    if (n[c + 3] === 'me') return n[c + 4] === 'permettre' || (n[c + 4] === 'le' && n[c + 5] === 'permettre');
    return n[c + 3] === 'dire' && (n[c + 4] === undefined || n[c + 4] === ',' || n[c + 4] === ')' || n[c + 4] === '?' || n[c + 4] === '.');
  }
  return (a === 'vous' || a === 'tu') && (b === 'voulez' || b === 'veux' || b === 'le' || b === 'preferez' || b === 'acceptez');
}

/** Whether tokens [c, last] open an ask: 0 no, 1 on an interrogative word, 2 otherwise. */
function clauseAsk(a: ProseAnalysis, c: number, last: number, spoken: boolean, afterAside: boolean, asked: boolean): number {
  const n = a.toks.norm;
  const w = n[c];
  // « Savez-vous si le logement se libère, si d'autres sont disponibles et si vous gardez mon dossier ? »: after an ask, each
  // « si » clause that sets no condition (« si possible », « si vous avez un moment ») is one more thing asked.
  if (asked && (w === 'si' || (w === "s'" && (n[c + 1] === 'il' || n[c + 1] === 'ils'))) && c < last && !CONDITION_AFTER_SI.has(n[c + 1]) && !setAside(a.toks, c) && !politeSi(n, c)) return 2;
  if (w === 'comment' && n[c + 1] === 'dire') return 0;
  if (HEADS.has(w) || isOu(a, c)) return 1;
  // « à quelle date », « auprès de quelle instance », « pour combien de temps », « à qui »
  if (PREPOSITIONS.has(w) || w === 'aupres') {
    for (let k = c + 1; k <= Math.min(c + 2, last); k++) if (HEADS.has(n[k]) || n[k] === 'qui' || n[k] === 'quoi') return 1;
  }
  // « qui a eu la place », « et qui décide » ask; « les commentaires, qui ne figurent pas au dossier » is a relative clause.
  if (w === 'qui' && c < last && (n[c - 1] === 'et' || n[c - 1] === 'puis' || QUI_ASKS.has(n[c + 1]) || (n[c + 1] === 'a' && (QUI_ASKS_AFTER_A.has(n[c + 2]) || (QUI_ASKS_AFTER_A_OPEN.has(n[c + 2]) && !(n[c - 1] === ',' && nounBeforeComma(a, c - 1))))))) return 2;
  // « qu'est-ce qui », « est-ce que », « qu'en pensez-vous », « c'est quoi », « c qui ».
  if ((w === "qu'" && (n[c + 1] === 'est-ce' || n[c + 1] === 'est' || n[c + 1] === 'en')) || w === 'est-ce' || (w === 'est' && n[c + 1] === 'ce')) return 2;
  if ((w === "c'" || w === 'c' || w === 'cest') && (n[c + 1] === 'quoi' || n[c + 1] === 'qui' || ((n[c + 1] === 'est' || n[c + 1] === 'etait') && (n[c + 2] === 'quoi' || n[c + 2] === 'qui')))) return 2;
  // « c mon dossier ou mon accent », « c'était le prix ou le délai »: a spoken question between two causes.
  if (spoken && (w === 'c' || w === 'cest' || w === 'cetait' || (w === "c'" && (n[c + 1] === 'est' || n[c + 1] === 'etait')))) for (let k = c + 2; k < last; k++) if (n[k] === 'ou') return 2;
  // An inverted verb near the clause's start: « puis-je repostuler », « ma candidature sera-t-elle conservée », « y a-t-il ».
  for (let k = c + 1; k <= Math.min(c + 9, last); k++) {
    // « à partir de quel chapitre l'histoire a-t-elle … »: the inversion belongs to the interrogative before it.
    if (HEADS.has(n[k]) && !(n[k] === 'comment' && n[k + 1] === 'dire')) {
      for (let j = k + 1; j <= Math.min(c + 9, last); j++) if (invertedSubject(a, j)) return 1;
      break;
    }
    if (invertedSubject(a, k)) return 2;
    if (n[k] === ',' || n[k] === 'que' || n[k] === "qu'" || n[k] === 'qui') break;
  }
  // « J'aimerais savoir quel critère a pesé, où se situait mon dossier et, si ce n'est pas trop demander, recevoir la grille »:
  // after an ask, a clause opening on an infinitive is one more thing asked, in a request as in a spoken question.
  // Its object pronouns first: « m'expliquer les motifs, m'orienter vers d'autres dispositifs et me dire si… ».
  // A verb of telling behind them frames the ask that follows it (« et me dire, quand vous pourrez, ce qui a manqué »),
  // unless that ask opens right after it (« et me dire si ma demande peut être gardée »).
  const verb = afterClitics(a, c, last);
  if (asked && !afterAside && isInfinitive(a, verb) && (verb === c || !TELLING.has(n[verb]) || n[verb + 1] === 'si' || n[verb + 1] === "s'" || HEADS.has(n[verb + 1]))) return 2;
  if (!spoken || afterAside) return 0;
  // « Est-ce qu'on peut se voir, que vous me montriez les autres dossiers et que vous m'expliquiez… »: each « que vous … »
  // after the first ask is one more thing asked of the reader.
  if ((w === 'que' || w === "qu'") && (n[c + 1] === 'vous' || n[c + 1] === 'tu' || n[c + 1] === 'on') && c + 2 <= last && (n[c - 1] === ',' || n[c - 1] === 'et')) return 2;
  // A spoken question: « vous reprenez des gens en janvier », « vous avez d'autres apparts dispo », « je peux retenter quand ».
  if ((w === 'vous' || w === 'tu') && c + 1 <= last) {
    const v = n[c + 1];
    if (READER_ASK_VERBS.has(v)) return 2;
    if ((v === 'avez' || v === 'as' || v === 'aviez' || v === 'avais') && HAVE_ASKED.has(n[c + 2])) return 2;
  }
  if ((w === 'je' || w === "j'") && WRITER_ASK_MODALS.has(n[c + 1]) && c + 2 <= last) return 2;
  // « on peut faire un recours ? », « ya d'autres postes ? », « elle est sur liste d'attente ou pas ? », « vous refaites des
  // travaux bientôt ? »: spoken yes/no questions.
  if (w === 'on' && (n[c + 1] === 'peut' || n[c + 1] === 'pourrait' || n[c + 1] === 'doit' || n[c + 1] === 'devrait') && c + 2 <= last) return 2;
  // « …, faut un nouvel extrait de casier, … ? »: after an ask, « (il) faut » with its object asks whether it is needed.
  if (asked && (w === 'faut' || (w === 'il' && n[c + 1] === 'faut')) && c + 2 <= last) return 2;
  if (((w === 'y' && n[c + 1] === 'a') || (w === 'il' && n[c + 1] === 'y' && n[c + 2] === 'a')) && c + 2 <= last) return 2;
  if (last - 1 > c && n[last - 1] === 'ou' && (n[last] === 'pas' || n[last] === 'non')) return 2;
  if (w === 'vous' && c + 2 <= last && n[c + 1].length > 3 && (n[c + 1].endsWith('ez') || n[c + 1].endsWith('aites')) && n[c + 1] !== 'avez') return 2;
  // An interrogative left in place: « il avait combien d'expérience », « vous avez pris qui ».
  for (let k = c + 1; k <= last; k++) if (IN_SITU.has(n[k]) && !(n[k] === 'comment' && n[k + 1] === 'dire')) return 2;
  // « vous avez pris qui », « ça se joue sur quoi » (not « … à qui » closing a relative).
  if (IN_SITU_LAST.has(n[last]) && last > c && (!PREPOSITIONS.has(n[last - 1]) || n[last] === 'quoi') && n[last - 1] !== 'ce' && n[last - 1] !== "c'") return 2;
  return 0;
}

const SUPPORT_SUBJECTS = new Set(['ca', 'cela', 'ce']);
const SUPPORT_VERBS = new Set(['aiderait', 'aideraient', 'serait']);
const SUPPORT_AFTER = new Set(['a', 'pour', 'dans', 'beaucoup', 'enormement', 'vraiment', 'grandement', 'enfin', 'surtout', 'aussi', 'egalement', '.', '!', '…']);

/**
 * « Cela m’aiderait à mieux préparer mes prochains entretiens. », « Ce serait précieux pour la suite. »: a sentence
 * opening on « ça » / « cela » / « ce » whose frame of request is followed by what it would help with (or nothing), so
 * it gives the reason of the ask before it.
 */
function supportsAsk(a: ProseAnalysis, s: Sentence, fe: number): boolean {
  const n = a.toks.norm;
  if (!SUPPORT_SUBJECTS.has(n[s.first])) return false;
  let verb = false;
  for (let k = s.first + 1; k < fe && k <= s.first + 4; k++) if (SUPPORT_VERBS.has(n[k])) verb = true;
  if (!verb) return false;
  return fe > s.last || SUPPORT_AFTER.has(n[fe]);
}

/**
 * « c'est parce que je suis pas dispo le dimanche ?? »: the writer asks the reader whether that was the reason, even
 * with « je » as its subject; it is not wondering aloud. Anywhere in the sentence: a line typed without punctuation may
 * put it after the thanks (« merci pour le message ⏎ c'est parce que … ?? »).
 */
function asksBecause(a: ProseAnalysis, s: Sentence): boolean {
  const n = a.toks.norm;
  for (let k = s.first; k + 2 <= s.last; k++) {
    if (n[k] === "c'" && (n[k + 1] === 'est' || n[k + 1] === 'etait') && n[k + 2] === 'parce') return true;
    if ((n[k] === 'est-ce' && n[k + 1] === 'parce') || (n[k] === 'est' && n[k + 1] === 'ce' && n[k + 2] === 'parce')) return true;
  }
  return false;
}

/** Demonstratives that make « c'est quoi ce … » an exclamation. */
const EXCLAIMED = new Set(['ce', 'cet', 'cette', 'ces']);

/** An unterminated line that opens on « c quoi » or « est-ce que », or ends on « par hasard », « des fois » or « stp »: a spoken question. */
function spokenAsk(a: ProseAnalysis, s: Sentence): boolean {
  const { norm } = a.toks;
  const last = norm[s.last];
  // « c quoi le motif exact, y a une liste d'attente … », « est-ce que vous gardez mon dossier »: a line typed without its
  // question mark that opens on a spoken interrogative asks all the same.
  const f0 = norm[s.first];
  const f1 = norm[s.first + 1];
  // Not an exclamation on a demonstrative (« c'est quoi ce délire, … »).
  const q = f1 === 'quoi' || f1 === 'qui' ? s.first + 1 : (f1 === 'est' || f1 === 'etait') && (norm[s.first + 2] === 'quoi' || norm[s.first + 2] === 'qui') ? s.first + 2 : -1;
  if (s.last > s.first + 1 && (f0 === 'c' || f0 === "c'") && q > 0 && !EXCLAIMED.has(norm[q + 1])) return true;
  const que = f0 === 'est-ce' ? f1 : f0 === 'est' && f1 === 'ce' ? norm[s.first + 2] : undefined;
  if (s.last > s.first + 2 && (que === 'que' || que === "qu'")) return true;
  // « … à qui je peux écrire côté RH stp »: a plea closes the ask.
  return s.last > s.first && ((last === 'hasard' && norm[s.last - 1] === 'par') || (last === 'fois' && norm[s.last - 1] === 'des') || last === 'stp' || last === 'svp');
}

/** « jpeux avoir un retour stp Je reste dispo. »: typed without a stop, the plea closes an ask before a capital opens the next sentence. */
function pleaBeforeCapital(a: ProseAnalysis, s: Sentence): boolean {
  const { norm, kind, flags } = a.toks;
  for (let k = s.first + 1; k < s.last; k++) if ((norm[k] === 'stp' || norm[k] === 'svp') && kind[k + 1] === Kind.Word && flags[k + 1] & Flag.Capital) return true;
  return false;
}

/** The meetings proposed in tokens [from, to): not the reader's free moment of « quand vous aurez un moment ». */
function countMeetings(a: ProseAnalysis, from: number, to: number): number {
  let n = 0;
  for (let t = from; t < to; t++) {
    const e = a.memo.end('meeting_ask', t);
    if (e > t) {
      if (!ASIDE_MODALS.has(a.toks.norm[t - 1])) n++;
      t = e - 1;
    }
  }
  return n;
}

/** Number of asks in the message (what `trop-de-questions` and the report count). */
export function countRequests(draft: Draft): number {
  return requestsOf(draft).reduce((n, r) => n + r.units, 0);
}

/**
 * Advice asked on how to do better (the lexicon's `vague_ask`: « Comment je peux faire pour être prise la prochaine
 * fois ? », « Vous feriez quoi à ma place ? ») with no criterion or skill named outside it: vague whatever its words.
 */
function asksVagueAdvice(a: ProseAnalysis, s: Sentence, ids: { vagueAsk: number; targeted: number }): boolean {
  if (ids.vagueAsk < 0) return false;
  const from = s.first;
  const to = s.last + 1;
  for (let t = nextClassStart(a, ids.vagueAsk, from, to); t >= 0; t = nextClassStart(a, ids.vagueAsk, t + 1, to)) {
    const e = a.memo.endOf(ids.vagueAsk, t);
    if (e <= t || !notAttributed(stanceOf(a, t, e))) continue;
    if (!(ids.targeted >= 0 && classIdIn(a, ids.targeted, from, to, t, e, notAttributed))) return true;
  }
  return false;
}

/** A request for feedback that names nothing precise (« des conseils ? », « vos remarques, quelles qu’elles soient »). */
function isVague(a: ProseAnalysis, s: Sentence, ids: { vagueNoun: number; vagueMarker: number; targeted: number; vagueAsk: number }): boolean {
  const from = s.first;
  const to = s.last + 1;
  if (asksVagueAdvice(a, s, ids)) return true;
  // The classes' ids are resolved once per draft by the caller (-1: not in the lexicon, never there).
  if (!(ids.vagueNoun >= 0 && classIdIn(a, ids.vagueNoun, from, to, -1, -1, notAttributed))) return false;
  if (ids.vagueMarker >= 0 && classIdIn(a, ids.vagueMarker, from, to, -1, -1, notAttributed)) return true;
  return !(ids.targeted >= 0 && classIdIn(a, ids.targeted, from, to, -1, -1, notAttributed));
}

/** The writer's own words: neither quoted nor reported. */
const notAttributed = (st: string): boolean => st !== 'quoted' && st !== 'reported';

function targetedRewrites(draft: Draft): readonly string[] {
  const a = proseOf(draft);
  const tu = a.memo && classSaidIn(a, 'reader_tu', a.checkedFirst, a.checkedEnd);
  return tu ? TARGETED_TU : TARGETED_VOUS;
}

const RECAP_QUESTIONS = { rows: [3], why: '« Feedback > ego » : 1–2 questions précises et actionnables.' } as const;

export const questionVague: RuleDefinition = {
  id: 'question-vague',
  category: 'questions',
  severity: 'information',
  description: '« Avez-vous des retours ? » est trop large, quelle qu’en soit la formulation : posez 1 ou 2 questions ciblées.',
  tip: 'feedback',
  recap: RECAP_QUESTIONS,
  expressions: 'main',
  example: 'Avez-vous des retours ?',
  counterExample: 'Auriez-vous un ou deux retours concrets sur mon dossier ?',
  *check(draft, ctx) {
    const a = proseOf(draft);
    const reports = wordingReports(a, VAGUE_QUESTIONS, 'question-vague', ctx.options, (e, q) => quoteThen(e.explanation, q));
    const seen = new Set<number>();
    for (const r of reports) {
      // A listed question that names a criterion (« ce qui a manqué sur le volet technique ») is targeted; the count
      // of requests below may still find it vague (« Que pensez-vous que je devrais travailler ? » names nothing).
      const s = a.sentences[r.sentence];
      if (r.entry && s && classSaidIn(a, 'targeted', s.first, s.last + 1) && !classSaidIn(a, 'vague_marker', s.first, s.last + 1)) continue;
      seen.add(r.sentence);
      yield r;
    }
    for (const q of requestsOf(draft)) {
      if (!q.vague || seen.has(q.sentence)) continue;
      const rewrites = targetedRewrites(draft);
      const r: Report = {
        start: q.start,
        end: q.end,
        message: `« ${draft.text.slice(q.start, q.end).replace(/\s+/g, ' ')} » : une demande de retour sans objet précis obtient des banalités ou rien. Le guide : 1 ou 2 questions ciblées (un critère, une compétence, un exemple).`,
        fixes: rewrites.map((t, i) => ({ ...replaceProseSentence(q.start, q.end, t, draft.excluded), ...(i === 0 ? { preferred: true } : {}) })),
      };
      yield r;
    }
  },
};

/**
 * The questions the message asks, as the offsets where each one ends: the one
 * count that `trop-de-questions` and the report's figure use (through
 * `ctx.figures.questionEnds`). A request that asks three things counts three.
 */
export function questionsAsked(draft: Draft): number[] {
  return requestsOf(draft).flatMap((r) => Array<number>(r.units).fill(r.end));
}

export const tropDeQuestions: RuleDefinition = {
  id: 'trop-de-questions',
  category: 'questions',
  severity: 'warning',
  description: 'Plus de demandes que le seuil (2 par défaut), questions indirectes et listes comprises : le guide conseille 1 ou 2 questions ciblées.',
  tip: 'feedback',
  recap: RECAP_QUESTIONS,
  example: 'Pourquoi ? Qui a été retenu ? Sur quels critères ? Puis-je postuler à nouveau ?',
  counterExample: 'Quel élément a le plus pesé dans la décision ? Quelle compétence devrais-je renforcer en priorité ?',
  *check(draft, ctx) {
    const max = ctx.options.thresholds.maxQuestions;
    const requests = requestsOf(draft);
    const total = requests.reduce((n, r) => n + r.units, 0);
    if (total <= max) return;
    // From the request that goes past the threshold to the last one.
    let n = 0;
    let from = requests[0];
    for (const r of requests) {
      n += r.units;
      from = r;
      if (n > max) break;
    }
    const last = requests[requests.length - 1];
    const inOne = requests.length === 1 || from === last;
    yield {
      start: from.start,
      end: last.end,
      message: inOne && requests.length === 1
        ? `${count(total)} dans une seule phrase (au-delà de ${max}) : le destinataire n’en traitera aucune. Le guide : 1 ou 2 questions ciblées, par exemple « Quel élément a le plus pesé dans la décision ? ».`
        : `${count(total)} (au-delà de ${max}) : une série de questions met le destinataire sous pression et reste sans réponse. Le guide : 1 ou 2 questions ciblées, par exemple « Quel élément a le plus pesé dans la décision ? ».`,
    };
  },
};

/** « 3 questions », « 1 question » (indirect questions and listed asks count as questions). */
function count(n: number): string {
  return plural(n, 'question', 'questions');
}

export const questionsRules: readonly RuleDefinition[] = [questionVague, tropDeQuestions];
