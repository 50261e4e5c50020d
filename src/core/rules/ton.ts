// Category `ton`: the rage reply (contempt, insults, threats, judging the
// reader or the decision), passive aggression and irony, apologies and
// self-abasement, drama (guilt, victimhood, self-pity), and shouting. The
// wording rules read the prose analysis (src/core/prose/) through their data
// (data/ton.ts, classes in data/lexicon.ts); shouting reads the tokens.

import { AGGRESSIVE, APOLOGIES, DRAMA, PASSIVE_AGGRESSIVE } from '../data/ton';
import type { WordingEntry } from '../data/expression';
import type { Draft } from '../draft';
import type { RuleContext } from '../context';
import type { RuleDefinition } from '../rule';
import type { Fix, Report } from '../types';
import { deleteProseSentence, quoteThen, replaceProseSentence } from '../fixes';
import { COMBINATIONS, INVENTORY, REPROACH_CUES, REPROACH_TARGETS, REPROACH_TURN, REPROACH_THRESHOLD, SOFTENERS, WARM_CLASSES } from '../data/cues';
import { combinations, inventories, listLabels, scoreSentences, type CueScore } from '../prose/cues';
import { WORDING_MODELS } from '../data/models.generated';
import { modelFlags, strongestWords } from '../prose/models';
import { contestedSentences } from './contestation';
import { classIn, isReadSentence, mostlyQuoted, proseOf, stanceOf, type ProseAnalysis } from '../prose/analysis';
import { Scope } from '../prose/scopes';
import { Flag, Kind } from '../prose/tokens';
import { classSaidIn, wordingHits, wordingReports } from '../prose/wording';
import { fold } from '../text';

function wordingRule(id: string, entries: readonly WordingEntry[]) {
  return (draft: Draft, ctx: RuleContext): Report[] =>
    wordingReports(proseOf(draft), entries, id, ctx.options, (e, q) => quoteThen(e.explanation, q)).map((r) => (r.entry?.severity ? { ...r, severity: r.entry.severity } : r));
}

const RECAP_TONE = { rows: [6], why: '« Pas d’émotion à chaud ; … politesse » : passif-agressif, réaction à chaud.' } as const;
const BLOCKS_TONE = { why: 'Passif-agressif ou réaction à chaud : « Les mails envoyés sous émotion vieillissent mal. »' } as const;

export const tonAgressif: RuleDefinition = {
  id: 'ton-agressif',
  category: 'ton',
  severity: 'warning',
  description: 'Colère, mépris, jugement du destinataire ou de sa décision, menace ou insulte : la « rage-reply » que le guide déconseille.',
  tip: 'ton',
  recap: RECAP_TONE,
  blocks: BLOCKS_TONE,
  expressions: 'main',
  example: 'C’est honteux : vous n’avez même pas lu mon dossier.',
  counterExample: 'Merci d’avoir lu mon dossier avec attention.',
  check(draft, ctx) {
    const reports = wordingRule('ton-agressif', AGGRESSIVE)(draft, ctx);
    for (const r of combinationReports(draft, proseOf(draft), 'ton-agressif')) reports.push(r);
    return reports.sort((x, y) => x.start - y.start);
  },
};

/** A finding on a whole sentence, fixed by rewriting it or deleting it. */
function sentenceReport(draft: Draft, a: ProseAnalysis, sentence: number, message: string, rewrite: string): Report {
  const s = a.sentences[sentence];
  return {
    start: s.start,
    end: s.end,
    message,
    fixes: [replaceProseSentence(s.start, s.end, rewrite, draft.excluded), deleteProseSentence(draft.text, s.start, s.end, draft.excluded)],
  };
}

/** The combinations of data/cues.ts a rule reports, one per sentence that no wording entry of the tone families already flags. */
function combinationReports(draft: Draft, a: ProseAnalysis, rule: string): Report[] {
  const out: Report[] = [];
  for (const h of combinations(a, COMBINATIONS)) {
    if (h.combination.rule !== rule || toneSentences(a).has(h.sentence)) continue;
    out.push(sentenceReport(draft, a, h.sentence, h.combination.message, 'Merci pour votre retour.'));
  }
  return out;
}

const toneSentenceSets = new WeakMap<ProseAnalysis, Set<number>>();

/** Sentences a wording entry of the tone families flags (once per analysis). */
function toneSentences(a: ProseAnalysis): Set<number> {
  let taken = toneSentenceSets.get(a);
  if (!taken) {
    taken = new Set<number>();
    for (const fam of [AGGRESSIVE, PASSIVE_AGGRESSIVE, DRAMA]) for (const h of wordingHits(a, fam)) taken.add(h.sentence);
    toneSentenceSets.set(a, taken);
  }
  return taken;
}

/** Nouns that name a label (a criterion, a section, a heading): the words quoted after them are that label. */
const LABEL_NOUNS = new Set(['critere', 'criteres', 'rubrique', 'rubriques', 'section', 'sections', 'categorie', 'categories', 'lot', 'lots', 'mention', 'intitule', 'onglet', 'champ', 'case', 'item', 'titre', 'volet', 'ligne', 'notion', 'module', 'chapitre', 'partie', 'axe', 'theme', 'appel', 'programme', 'dispositif', 'option', 'sous-critere', 'indicateur', 'fiche', 'appele', 'appelee', 'intitulee', 'nomme', 'nommee',
  // A grant, a label, a contest or a course named by its title (« la bourse « jeune installé » », « le label « commerce engagé » »).
  'bourse', 'bourses', 'label', 'labels', 'concours', 'trophee', 'trophees', 'aide', 'aides', 'fonds', 'subvention', 'subventions', 'residence', 'residences', 'filiere', 'formation', 'cursus', 'master', 'licence', 'certificat', 'operation', 'campagne', 'edition',
  // An utterance named as such: « un simple « non merci » me va très bien », « la formule « sans suite » ».
  'simple', 'formule', 'phrase', 'expression', 'reponse', 'message', 'mot']);

/** Answers that a sentence may name as words (« le « non » », « un « oui » »). */
const MENTIONED_WORDS = new Set(['non', 'oui', 'peut-etre', 'merci', 'jamais', 'pourquoi', 'non-merci']);
/** Determiners before a word named as a word. */
const MENTION_DETERMINERS = new Set(['le', 'un', 'ce', 'du', 'au', 'les', 'des', 'aux', 'ces', 'votre', 'vos', 'ton', 'tes', 'son', 'ses', 'mon', 'mes', 'notre', 'nos', 'leur', 'leurs', 'cet', 'chaque']);

/** Verbs that cite what the reader wrote: the quoted words after them are a citation, not irony. */
const SAYING = new Set(['mentionne', 'mentionnait', 'indique', 'indiquait', 'evoque', 'evoquait', 'ecrit', 'ecrivez', 'ecriviez', 'stipule', 'stipulait', 'signale', 'signalait', 'qualifie', 'qualifiait', 'qualifiez', 'note', 'notait', 'notez', 'parle', 'parlait', 'parlez', 'porte', 'portait', 'precise', 'precisait', 'dit', 'disait']);

/** A verb of saying among the tokens just before the quotation (« votre courrier indique un dossier « incomplet » »). */
function citedAfterSaying(toks: ProseAnalysis['toks'], t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 6; k--) if (SAYING.has(toks.norm[k])) return true;
  return false;
}

/** Lower-case words between quotation marks that a writer means ironically (« votre "retour" »). */
function scareQuotes(a: ProseAnalysis): Report[] {
  const out: Report[] = [];
  const { toks, scopes } = a;
  for (let t = a.checkedFirst; t < a.checkedEnd; t++) {
    if (!(scopes.bits[t] & Scope.ScareQuoted) || toks.kind[t] !== Kind.Word) continue;
    if (t > 0 && scopes.bits[t - 1] & Scope.ScareQuoted) continue; // one report per quotation
    if (toks.flags[t] & Flag.Capital) continue; // a name, a title, a brand
    let end = t + 1;
    while (end < a.checkedEnd && scopes.bits[end] & Scope.ScareQuoted) end++;
    const evaluative = ['praise', 'positive', 'decision_noun', 'quality_adj'].some((c) => {
      for (let k = t; k < end; k++) if (a.memo.end(c, k) > k) return true;
      return false;
    });
    if (!evaluative) continue;
    // Four words or more between quotation marks cite the reader (« votre « pas pour cette saison » »); irony quotes a word or two.
    let words = 0;
    for (let k = t; k < end; k++) if (toks.kind[k] === Kind.Word) words++;
    if (words >= 4) continue;
    // A label named by what it is (« le critère "valeur technique" », « la rubrique "qualité" ») is quoted, not ironic.
    let before = t - 1;
    while (before >= 0 && toks.kind[before] === Kind.Punct) before--;
    if (before >= 0 && LABEL_NOUNS.has(toks.norm[before])) continue;
    // The next label of a list of them (« les critères « prix » et « valeur technique » »): quoted like the first.
    if (before >= 1 && (toks.norm[before] === 'et' || toks.norm[before] === 'ou') && (toks.norm[before - 1] === '»' || toks.norm[before - 1] === '"' || toks.norm[before - 1] === '”')) continue;
    // A word named as a word after its article (« le « non » fait partie du métier », « un « oui » franc ») is mentioned, not ironic.
    if (words === 1 && MENTIONED_WORDS.has(toks.norm[t]) && before >= 0 && MENTION_DETERMINERS.has(toks.norm[before])) continue;
    // So are the reader's own words cited after a verb of saying (« votre mail mentionne un diplôme « non obtenu » »).
    if (citedAfterSaying(toks, t)) continue;
    // So is one named after an acronym (« au titre du FDVA « projets innovants » »): a programme's or a lot's name.
    if (before >= 0 && toks.flags[before] & Flag.AllCaps) continue;
    // Aimed at the reader or the decision (« votre "retour" »): an essay’s quoted concepts are not irony.
    const sen = a.sentences[a.sentenceIndex[t]];
    if (!sen || !['decision', 'decider', 'reader'].some((c) => classIn(a, c, sen.first, sen.last + 1))) continue;
    const start = toks.start[t] - 1;
    const stop = toks.end[end - 1] + 1;
    const quoted = a.draft.text.slice(toks.start[t], toks.end[end - 1]);
    out.push({
      start: Math.max(0, start),
      end: Math.min(a.draft.text.length, stop),
      message: `« ${quoted} » entre guillemets : le destinataire y lit de l’ironie. Le guide : sobre, positif, zéro drama ; écrivez le mot sans guillemets ou supprimez-le.`,
      fixes: [{ title: 'Retirer les guillemets', edits: [{ start: Math.max(0, start), end: toks.start[t], newText: '' }, { start: toks.end[end - 1], end: Math.min(a.draft.text.length, stop), newText: '' }], preferred: true }],
    });
  }
  return out;
}

export const passifAgressif: RuleDefinition = {
  id: 'passif-agressif',
  category: 'ton',
  severity: 'warning',
  description: 'Passif-agressif et ironie : souhait aigre (« Bonne chance quand même »), compliment moqueur, guillemets ironiques, insinuation, formule du refus renvoyée.',
  tip: 'passif-agressif',
  recap: RECAP_TONE,
  blocks: BLOCKS_TONE,
  expressions: 'accepted',
  example: 'Bonne chance quand même avec votre candidat idéal.',
  counterExample: 'Bonne chance pour la suite du projet.',
  check(draft, ctx) {
    const a = proseOf(draft);
    const reports = wordingRule('passif-agressif', PASSIVE_AGGRESSIVE)(draft, ctx);
    for (const r of scareQuotes(a)) if (!reports.some((x) => x.start < r.end && r.start < x.end)) reports.push(r);
    for (const r of combinationReports(draft, a, 'passif-agressif')) reports.push(r);
    return reports.sort((x, y) => x.start - y.start);
  },
};

export const excuses: RuleDefinition = {
  id: 'excuses',
  category: 'ton',
  severity: 'warning',
  description: 'Excuses en cascade et autodénigrement ; une excuse ordinaire pour un délai de réponse reste acceptée seule.',
  tip: 'excuses',
  recap: { rows: [2], why: 'Section 2 : « remercier avec classe, sans s’excuser de vivre ».' },
  blocks: BLOCKS_TONE,
  expressions: 'accepted',
  example: 'Désolée de vous déranger, je sais que je ne suis pas à la hauteur.',
  counterExample: 'Désolée pour ma réponse tardive, et merci pour votre retour.',
  *check(draft, ctx) {
    const reports = wordingReports(proseOf(draft), APOLOGIES, 'excuses', ctx.options, (e, q) => quoteThen(e.explanation, q));
    const apologyCount = reports.filter((r) => r.entry?.kind).length;
    for (const r of reports) {
      const kind = r.entry?.kind;
      if (!kind) {
        yield r.entry?.severity ? { ...r, severity: r.entry.severity } : r;
      } else if (apologyCount >= 2) {
        yield {
          ...r,
          message: `« ${draft.text.slice(r.start, r.end).replace(/\s+/g, ' ')} » : ${apologyCount} excuses dans un message de quelques lignes. Le guide : remercier avec classe, sans s’excuser de vivre ; gardez-en une au plus, ou remplacez-les par un remerciement.`,
        };
      } else if (kind === 'mild') {
        yield { ...r, severity: 'information' };
      }
      // A single ordinary apology (a late answer) is fine.
    }
  },
};

export const drame: RuleDefinition = {
  id: 'drame',
  category: 'ton',
  severity: 'warning',
  description: 'Drame : blessure, culpabilisation (tout ce qu’on a investi, « une fois de plus »), victimisation ; le guide demande « zéro drama ».',
  tip: 'ton',
  recap: { rows: [2, 6], why: 'Section 2 : « Tonalité : sobre, positive, zéro drama » ; section 6 : pas d’émotion à chaud.' },
  blocks: BLOCKS_TONE,
  expressions: 'accepted',
  example: 'Après tout ce que j’ai investi, c’est la troisième fois que vous me refusez.',
  counterExample: 'J’ai beaucoup appris en préparant ce dossier.',
  check(draft, ctx) {
    const reports = wordingRule('drame', DRAMA)(draft, ctx);
    const a = proseOf(draft);
    for (const r of combinationReports(draft, a, 'drame')) reports.push(r);
    for (const i of inventories(a, INVENTORY.cls, INVENTORY.min, INVENTORY.softeners)) {
      if (!toneSentences(a).has(i)) reports.push(sentenceReport(draft, a, i, INVENTORY.message, INVENTORY.rewrite));
    }
    return reports.sort((x, y) => x.start - y.start);
  },
};

/** Acronyms and abbreviations written in capitals that are not shouting (folded). */
const ACRONYMS = new Set(
  'rh drh cv pme tpe eti sncf ratp cdi cdd esn ssii dsi pdf ceo cto cfo coo rse kpi ia ai ux ui it sa sas sasu sarl eurl btp ca ht ttc tva siret siren urssaf apec cnrs inria insa hec essec ue ok usa uk nb ps rgpd api saas crm erp seo sql aws b2b b2c qhse hse vie ong asso bts dut but iut mba phd ma mr mme cnil inserm cea edf gdf sfr bnp lcl axa ibm sap umr ufr pdg dg rn dgfip caf cpam mdph pmi rsa smic onu oms omc pnud ocde fmi bce usa eu dom tom idf paca rer tgv ter ssii bpi bpifrance ademe anr erc cnes ifremer ird inra inrae ens ensae ensta supelec centrale polytechnique mines sciences po iep ecole cap bep bac dea dess licence master lmd vae cpf opco pole emploi france travail mooc ats ao dce ccap cctp rc bpu dpgf mapa boamp joue ccag pme ppt xls doc docx odt url www http https faq cgv cgu rib iban bic swift tva ttc ht eur usd gbp chf n°'.split(
    ' ',
  ),
);

/** Frequent French words: a run of capitals holding one is a sentence, not a name or a title. */
const COMMON = new Set(
  ('je j tu il elle on nous vous ils elles me m te t se s le la les l un une des du de d au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ' +
    'que qu qui quoi dont ou et mais donc or ni car ne n pas plus jamais rien personne aucun aucune tout tous toute toutes meme aussi encore deja toujours vraiment tres trop bien mal ' +
    'est suis es sont etes sommes etait ai as avez avons ont a fait faire dit vu lu ete avoir etre peux pouvez veux voulez dois devez sais savez merci non oui stop honte nul nuls nulle nulles ' +
    'pour par sans avec contre sur sous chez entre pendant depuis avant apres comme si quand parce enfin assez franchement serieusement absolument totalement completement marre ' +
    'moi toi lui eux ici la maintenant semaines mois jours heures ans fois temps travail dossier candidature poste reponse decision choix attente silence respect personne gens ' +
    // Counts, and the words of a plea or a reproach (« DIX ANS », « VALOIR QUELQUE CHOSE »): a run holding one is a voice, not a code.
    'deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente quarante cinquante cent mille chose quelque valoir vaut valait devrait devriez compter compte merite meriter experience annees')
    .split(' '),
);

/** Single words that, in capitals inside a sentence, insist (a reader hears the voice rise). */
const EMPHATIC = new Set('jamais rien personne aucun aucune tout tous toute toutes vraiment meme pas non nul nuls nulle honte inadmissible inacceptable scandaleux scandaleuse trois deux quatre plusieurs toujours encore absolument totalement enfin urgent bien et deja aussi moi exactement clairement precisement avant apres tres trop ni votre vos notre nos lu lus lue lues recu recus envoye envoyes envoyee envoyees'.split(' '));

/** Subject pronouns: a run in capitals that holds one is a sentence (« JE PRENDS NOTE »), folded. */
const SUBJECT_PRONOUNS = new Set('je j tu il elle nous vous on ils elles'.split(' '));

/** Words that link a phrase of the language, never a code (« DANS LES DÉLAIS »), folded. */
const PHRASE_LINKS = new Set('le la les des du dans avec pour par sur sous une un au aux'.split(' '));

/** Nouns an institution's name opens on (« FONDATION », « ASSOCIATION », « THÉÂTRE »…), folded. */
const ORGANISATION_NOUNS = new Set('fondation association institut centre societe ecole universite groupe cabinet compagnie theatre festival club mairie banque musee lycee college federation conservatoire agence chambre conseil direction ministere office syndicat cooperative mutuelle hopital clinique laboratoire atelier editions maison domaine residence prix programme fonds entreprise etablissement academie orchestre ensemble collectif communaute region departement prefecture'.split(' '));
/** The words that link the parts of such a name (« … POUR LA RECHERCHE », « … DES ARTS ET MÉTIERS »). */
const NAME_LINKS = new Set('de du des la le les l d pour et en sur a au aux'.split(' '));

interface CapsRun {
  first: number;
  last: number;
}

function isNameLike(a: ProseAnalysis, t: number): boolean {
  // A family name in capitals next to a first name (« DURAND Camille », « Camille DURAND »).
  const { toks } = a;
  // A one-letter word in capitals (« TOUT À FAIT », « PRÊT À PARTIR ») is no first name.
  const capOnly = (k: number) => k >= 0 && k < toks.count && toks.kind[k] === Kind.Word && (toks.flags[k] & Flag.Capital) !== 0 && !(toks.flags[k] & Flag.AllCaps) && toks.end[k] - toks.start[k] > 1;
  return capOnly(t - 1) || capOnly(t + 1);
}

/** A word of the dictionary, or a compound or elision one of whose parts is. */
function isCommon(w: string): boolean {
  return COMMON.has(w) || w.split(/['-]/).some((p) => COMMON.has(p));
}

function shoutingRuns(a: ProseAnalysis, from: number, to: number): { run: CapsRun; strong: boolean }[] {
  const { toks } = a;
  const out: { run: CapsRun; strong: boolean }[] = [];
  let t = from;
  while (t < to) {
    if (toks.kind[t] !== Kind.Word || !(toks.flags[t] & Flag.AllCaps)) {
      t++;
      continue;
    }
    // A run: capitalised words on one line, with only commas or apostrophes between.
    let last = t;
    let k = t + 1;
    while (k < to && !(toks.flags[k] & Flag.LineStart)) {
      if (toks.kind[k] === Kind.Word && toks.flags[k] & Flag.AllCaps) {
        last = k;
        k++;
      }
      // « PRÊT À DÉMÉNAGER »: a one-letter word in capitals between two others belongs to the run.
      else if (toks.kind[k] === Kind.Word && toks.end[k] - toks.start[k] === 1 && toks.flags[k] & Flag.Capital && k + 1 < to && toks.kind[k + 1] === Kind.Word && toks.flags[k + 1] & Flag.AllCaps && !(toks.flags[k + 1] & Flag.LineStart)) k++; else if (toks.kind[k] === Kind.Punct && (toks.norm[k] === ',' || toks.norm[k] === "'") && k + 1 < to && toks.flags[k + 1] & Flag.AllCaps) k++;
      // « DISPONIBLE DÈS LE 1ER JUIN »: a number inside the run does not end it.
      else if (toks.kind[k] === Kind.Number && k + 1 < to && toks.kind[k + 1] === Kind.Word && toks.flags[k + 1] & Flag.AllCaps && !(toks.flags[k + 1] & Flag.LineStart)) k++;
      else break;
    }
    const run = { first: t, last };
    t = last + 1;
    // A label (« OBJET : », « VOTRE RÉFÉRENCE : ») or a whole line in capitals that is a heading.
    if (toks.norm[last + 1] === ':') continue;
    const words: string[] = [];
    for (let i = run.first; i <= run.last; i++) {
      if (toks.kind[i] !== Kind.Word) continue;
      const w = toks.norm[i].replace(/'$/, '');
      if (ACRONYMS.has(w)) continue;
      if (isNameLike(a, i)) continue;
      words.push(w);
    }
    if (words.length === 0) continue;
    // The first word of a chapter set in capitals (« LORSQU’ON parcourt… »): typography, not a voice.
    if (toks.flags[run.first] & Flag.ParagraphStart && words.length <= 2 && toks.flags[run.first] & Flag.Elided) continue;
    // An institution's name set in capitals (« la bourse de la FONDATION SENGHOR POUR LA RECHERCHE »): it opens on an
    // organisation's noun and holds only linking words besides names, no pronoun, verb or negation of a voice.
    if (ORGANISATION_NOUNS.has(words[0]) && words.every((w) => !isCommon(w) || NAME_LINKS.has(w))) continue;
    const common = words.filter(isCommon).length;
    // A diploma or a code (« EPD ES », « HES SO »): a word the dictionary does not know, beside short ones only.
    // A long word of the language in such a run (« DISPONIBLE DÈS LE… ») is a voice, not a code: codes are short.
    // A run that holds a linking word of the language (« DANS LES DÉLAIS », « AVEC LA PIÈCE ») is a phrase said louder, not a code.
    // A subject pronoun makes it a sentence said louder (« JE PRENDS NOTE »), never a code.
    if (words.length <= 3 && common < words.length && !words.some((w) => PHRASE_LINKS.has(w) || SUBJECT_PRONOUNS.has(w)) && words.every((w) => (isCommon(w) ? w.length <= 3 : w.length <= 6))) continue;
    // « DISPONIBLE IMMÉDIATEMENT » inside a line of lower case: a long adverb in « -ment » makes the run a voice, not a name.
    const adverb = words.some((w) => w.length >= 7 && w.endsWith('ment')) && !(toks.flags[run.first] & Flag.LineStart);
    if (words.length >= 2 && (common >= 1 || words.length >= 4 || adverb)) out.push({ run, strong: true });
    // One insisting word (« JAMAIS »), or a long word in « -ment » inside a line of lower case (« j'avais EXPLICITEMENT
    // indiqué »): no code or acronym ends so; a heading alone on its line (« LOGEMENT ») is typography.
    else if (words.length === 1 && (EMPHATIC.has(words[0]) || (words[0].length >= 7 && words[0].endsWith('ment') && !(toks.flags[run.first] & Flag.LineStart))) && stanceOf(a, run.first, run.last + 1) !== 'quoted') out.push({ run, strong: false });
  }
  return out;
}

function lowerFix(draft: Draft, a: ProseAnalysis, run: CapsRun): Fix {
  const { toks } = a;
  const text = draft.text;
  const start = toks.start[run.first];
  const end = toks.end[run.last];
  const sentenceStart = (toks.flags[run.first] & (Flag.LineStart | Flag.ParagraphStart)) !== 0 || a.sentences[a.sentenceIndex[run.first]]?.first === run.first;
  let out = '';
  let pos = start;
  for (let i = run.first; i <= run.last; i++) {
    out += text.slice(pos, toks.start[i]);
    const word = text.slice(toks.start[i], toks.end[i]);
    out += toks.kind[i] === Kind.Word && ACRONYMS.has(toks.norm[i]) && word.length <= 4 ? word : word.toLowerCase();
    pos = toks.end[i];
  }
  if (sentenceStart) out = out.charAt(0).toUpperCase() + out.slice(1);
  return { title: 'Écrire en minuscules', edits: [{ start, end, newText: out }], preferred: true };
}

// 🍿: watching the reader's trouble unfold (« ça va être intéressant à regarder depuis les tribunes 🍿 »).
const ANGRY_EMOJI = new Set(['😡', '😠', '🤬', '👿', '💢', '😤', '🙄', '🖕', '😒', '🤡', '💩', '😾', '🙃', '😏', '👎', '🍿']);

/** An emoji without its variation selector and skin tone (« 🙏🏼 » is « 🙏 »), as the emoji sets list them. */
const bareEmoji = (e: string): string => e.replace(/\ufe0f|[\u{1f3fb}-\u{1f3ff}]/gu, '');

/** Emoji of warmth or joy: a message that carries one and no angry one is glad, whatever its exclamation marks. */
const WARM_EMOJI = new Set(['😊', '🙂', '😄', '😃', '😀', '😁', '😂', '🤣', '😅', '🥳', '🎉', '🙏', '❤', '💪', '👍', '😍', '🥰', '☺', '🤗', '✨', '☀']);

/** Whether tokens [from, to) hold a warm emoji and no angry one. */
function warmMessage(a: ProseAnalysis, from: number, to: number): boolean {
  let warm = false;
  for (let t = from; t < to; t++) {
    if (a.toks.kind[t] !== Kind.Emoji) continue;
    const e = bareEmoji(a.toks.norm[t]);
    if (ANGRY_EMOJI.has(e)) return false;
    if (WARM_EMOJI.has(e)) warm = true;
  }
  return warm;
}

export const cris: RuleDefinition = {
  id: 'cris',
  category: 'ton',
  severity: 'warning',
  description: 'Majuscules criées, points d’exclamation en rafale (!!!, ?!?) et émojis de colère ou d’agacement.',
  tip: 'ton',
  recap: RECAP_TONE,
  blocks: BLOCKS_TONE,
  example: 'VOUS N’AVEZ MÊME PAS LU MON DOSSIER ?!',
  counterExample: 'Merci pour votre retour sur le dossier RGPD de la SNCF.',
  *check(draft) {
    const a = proseOf(draft);
    const { toks } = a;
    // The subject counts for punctuation, not for capitals (it often repeats a job title in capitals).
    let from = a.checkedFirst;
    if (draft.subject) while (from > 0 && toks.start[from - 1] >= draft.subject.valueStart) from--;
    const to = a.checkedEnd;
    for (const { run, strong } of shoutingRuns(a, a.checkedFirst, to)) {
      const start = toks.start[run.first];
      const end = toks.end[run.last];
      yield {
        start,
        end,
        message: strong
          ? `« ${draft.text.slice(start, end).replace(/\s+/g, ' ')} » : des mots en majuscules se lisent comme des cris. Le guide : pas de rage-reply, un ton sobre.`
          : `« ${draft.text.slice(start, end)} » en majuscules : le destinataire y entend la voix monter. Laissez le mot en minuscules.`,
        fixes: [lowerFix(draft, a, run)],
        ...(strong ? {} : { severity: 'information' as const }),
      };
    }
    let mixed = 0;
    let warm: boolean | undefined;
    for (let t = from; t < to; t++) {
      if (toks.kind[t] === Kind.Emoji) {
        if (!ANGRY_EMOJI.has(bareEmoji(toks.norm[t]))) continue;
        yield {
          start: toks.start[t],
          end: toks.end[t],
          message: `« ${toks.norm[t]} » : un émoji de colère ou d’agacement dit ce que le guide demande de taire. Tonalité : sobre, positive, zéro drama.`,
          fixes: [{ title: 'Supprimer l’émoji', edits: [{ start: toks.start[t], end: toks.end[t], newText: '' }], preferred: true }],
        };
        continue;
      }
      if (toks.kind[t] !== Kind.Punct) continue;
      const p = toks.norm[t];
      if (p.length < 2 || !/^[!?]+$/.test(p)) continue;
      // « !? » or « ?! » once is surprise, not shouting; « !! » is advice; more is a warning.
      if ((p === '?!' || p === '!?') && ++mixed < 2) continue;
      const mark = p.includes('?') ? '?' : '!';
      const start = toks.start[t];
      const end = toks.end[t];
      // The range is the punctuation itself: one token of the prose, never across masked text.
      if (draft.prose.slice(start, end).replace(/\s/g, '') !== draft.text.slice(start, end).replace(/\s/g, '')) continue;
      // A burst in a message that smiles (🙏, 😊, 🥳) and frowns nowhere is enthusiasm (« la terrasse !!! »): advice, not a warning.
      const mild = p === '!!' || p === '?!' || p === '!?' || (mark === '!' && (warm ??= warmMessage(a, from, to)));
      yield {
        start,
        end,
        message: `« ${draft.text.slice(start, end)} » : la ponctuation en rafale se lit comme de l’agacement. Une réponse sobre se contente d’un point ou d’un seul « ${mark} ».`,
        fixes: [
          { title: `Remplacer par « ${mark} »`, edits: [{ start, end, newText: mark }], preferred: true },
          ...(mark === '!' ? [{ title: 'Remplacer par « . »', edits: [{ start, end, newText: '.' }] }] : []),
        ],
        ...(mild ? { severity: 'information' as const } : {}),
      };
    }
  },
};

const reproachCache = new WeakMap<ProseAnalysis, CueScore[]>();

/** The sentences whose reproach cues reach the threshold (scored once per analysis: `reproche-implicite` and `pique-probable` read them). */
function reproaches(a: ProseAnalysis): CueScore[] {
  let out = reproachCache.get(a);
  if (!out) {
    out = scoreSentences(a, REPROACH_TARGETS, REPROACH_CUES, SOFTENERS, REPROACH_TURN).filter((c) => c.score >= REPROACH_THRESHOLD);
    reproachCache.set(a, out);
  }
  return out;
}

export const reprocheImplicite: RuleDefinition = {
  id: 'reproche-implicite',
  category: 'ton',
  severity: 'information',
  description: 'Une phrase adressée au destinataire qui cumule des indices de reproche (jugement, manquement reproché, opposition, ironie, durée comptée) sans remerciement ni acceptation pour les adoucir.',
  tip: 'ton',
  recap: RECAP_TONE,
  example: 'Trois mois d’attente, pas une question sur mon portfolio, et une réponse impersonnelle pour votre décision : c’est dommage.',
  counterExample: 'Merci pour votre retour après ces trois mois ; je comprends votre choix.',
  *check(draft) {
    const a = proseOf(draft);
    const taken = toneSentences(a);
    for (const c of reproaches(a)) {
      if (taken.has(c.sentence)) continue;
      yield sentenceReport(draft, a, c.sentence, `À relire : cette phrase adressée au destinataire cumule ${listLabels(c.labels)}, sans remerciement ni acceptation. Elle peut se lire comme un reproche ; le guide : sobre, positif, zéro drama.`, 'Merci pour votre retour.');
    }
  },
};

/** Whether the lexicon's `courtesy_formula` covers the whole sentence but its final punctuation. */
function courtesyOnly(a: ProseAnalysis, s: { first: number; last: number }): boolean {
  const e = a.memo.end('courtesy_formula', s.first);
  if (e <= s.first) return false;
  for (let k = e; k <= s.last; k++) if (a.toks.kind[k] !== Kind.Punct && a.toks.kind[k] !== Kind.Emoji) return false;
  return true;
}

export const piqueProbable: RuleDefinition = {
  id: 'pique-probable',
  category: 'ton',
  severity: 'information',
  description: 'Une phrase tournée comme celles que les destinataires lisent comme une pique, un reproche ou une plainte (« je suppose que », « visiblement », « pas grand-chose », « des gens comme moi »), quoi qu’elle dise : un modèle appris sur des phrases étiquetées la repère là où aucune liste ne la nomme.',
  tip: 'ton',
  recap: RECAP_TONE,
  example: 'Je suppose que d’autres critères, moins faciles à écrire, ont fait la différence.',
  counterExample: 'Je comprends votre choix et vous remercie pour votre retour.',
  *check(draft) {
    const a = proseOf(draft);
    const { toks } = a;
    const unread = { bits: a.scopes.bits, mask: Scope.Quoted };
    // The sentences other rules already flag, gathered at the first sentence the model flags (most drafts have none).
    let flagged: Set<number> | undefined;
    const others = (): Set<number> => {
      if (!flagged) {
        flagged = new Set([...toneSentences(a), ...reproaches(a).map((c) => c.sentence)]);
        // An apology is `excuses`' to judge (« Désolé de ne vous répondre qu'aujourd'hui » reads as a plea to the model).
        for (const h of wordingHits(a, APOLOGIES)) flagged.add(h.sentence);
      }
      return flagged;
    };
    for (let i = 0; i < a.sentences.length; i++) {
      if (!isReadSentence(a, i)) continue;
      const s = a.sentences[i];
      // The score first (one pass over the sentence): most sentences stop here, before the dearer checks.
      const r = modelFlags('ton', toks, s, unread);
      if (!r || others().has(i)) continue;
      // A sentence that contests the decision is the contestation rules' (one finding says it better than two), unless the
      // model reads a sting half again as clearly as it needs to: « Permettez-moi de m'étonner qu'une commission aussi
      // compétente n'ait pas su lire notre mémoire » contests and mocks at once, and the mockery is what the reader feels.
      const contested = contestedSentences(a).has(i);
      if (contested && r.score < 1.5 * WORDING_MODELS.ton.threshold) continue;
      // A sentence the writer mostly quotes or reports is not their tone; a quoted phrase inside their own words is
      // (« « Profil atypique », j'ai fini par comprendre que ça voulait dire « trop vieux ». »).
      if (mostlyQuoted(a, s)) continue;
      // A courtesy formula that is the whole sentence (« J’espère que vous allez bien. ») is not the model's to judge.
      if (courtesyOnly(a, s)) continue;
      // The same sentence read as a plea at least as clearly is contestation-probable's (one finding, not two); one that
      // the contestation rules flag is not contestation-probable's, so there is nothing to yield to.
      const plea = contested ? undefined : modelFlags('contestation', toks, s, unread);
      if (plea && plea.score - WORDING_MODELS.contestation.threshold >= r.score - WORDING_MODELS.ton.threshold) continue;
      yield sentenceReport(draft, a, i, `À relire : cette phrase est tournée comme celles que les destinataires lisent comme une pique ou un reproche${strongestWords(draft.text, toks, r)}. Relisez-la comme la personne qui l’ouvrira ; le guide : sobre, positif, zéro drama.`, 'Merci pour votre retour.');
    }
  },
};

/** Scenarios whose message is not an answer to a refusal (a check-in months later needs no thanks). */
const NOT_A_REPLY = /check|nouvelles|suivi|radar|veille|relance/;

export const reponseSeche: RuleDefinition = {
  id: 'reponse-seche',
  category: 'ton',
  severity: 'information',
  description: 'Une réponse sans un seul remerciement ni mot aimable (ni « merci », ni « je comprends », ni souhait, ni disponibilité) : sèche, elle se lit comme une porte fermée. Le guide : remercier → reconnaître → rester disponible.',
  tip: 'ton',
  recap: RECAP_TONE,
  example: 'Bien reçu. Je prends note.',
  counterExample: 'Bien reçu, merci. Je prends note de votre décision.',
  *check(draft) {
    if (draft.meta.scenario && NOT_A_REPLY.test(fold(draft.meta.scenario))) return;
    const a = proseOf(draft);
    const first = a.parts.indexOf('body');
    if (first < 0) return;
    const s = a.sentences[first];
    // A reply that opens on a bare « Noté. » or « Pris note. » stays curt whatever courtesy follows (« Bonne continuation. »,
    // « merci de supprimer mes données »), unless it thanks.
    const curt = classSaidIn(a, 'bare_ack', s.first, s.last + 1);
    // One look over the whole text per class (a match never crosses a sentence): linear however many sentences.
    if (curt) {
      if (classSaidIn(a, 'thanks_given', 0, a.toks.count)) return;
    } else for (const w of WARM_CLASSES) if (classSaidIn(a, w.cls, 0, a.toks.count)) return;
    // A subject that thanks (« Objet : Merci pour votre retour ») is thanks enough.
    if (draft.subject && /merci|remerci/.test(fold(draft.text.slice(draft.subject.start, draft.subject.end)))) return;
    if (s.first < a.checkedFirst || s.first >= a.checkedEnd) return;
    // On the body's first word only: what the reader meets first, without hiding the hovers of the sentence.
    yield {
      start: s.start,
      end: a.toks.end[s.first],
      message: curt
        ? 'Un « noté » sec pour toute entrée en matière, et pas un merci : la réponse se lit comme une porte fermée. Le guide : remercier d’abord (« Merci pour votre retour »), reconnaître la décision, rester disponible.'
        : 'Ni merci ni mot aimable dans cette réponse : sèche, elle se lit comme une porte fermée. Le guide : remercier d’abord (« Merci pour votre retour »), reconnaître la décision, rester disponible.',
      fixes: [{ title: 'Commencer par « Merci pour votre retour. »', edits: [{ start: s.start, end: s.start, newText: 'Merci pour votre retour. ' }], preferred: true }],
    };
  },
};

export const tonRules: readonly RuleDefinition[] = [tonAgressif, passifAgressif, excuses, drame, cris, reprocheImplicite, piqueProbable, reponseSeche];
