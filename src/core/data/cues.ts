// Cues of an implicit reproach or an implicit plea, for the information-level
// rules `reproche-implicite` and `plaidoyer-implicite` (rules/ton.ts,
// rules/contestation.ts). No single cue is a fault; several in one sentence
// aimed at the reader, with no thanks or acceptance to soften them, read as a
// reproach (or a plea). Each cue is a class of data/lexicon.ts with a weight and
// a short French name the message quotes.

export interface Cue {
  /** A class of the lexicon (data/lexicon.ts). */
  cls: string;
  weight: number;
  /** How the message names it, in French. */
  label: string;
}

/** What makes a sentence aimed at the reader, the deciders or the decision: required. */
export const REPROACH_TARGETS = ['reader', 'decider', 'decision', 'chosen'] as const;

export const REPROACH_CUES: readonly Cue[] = [
  { cls: 'contempt', weight: 2, label: 'un jugement' },
  { cls: 'wrong', weight: 2, label: 'un jugement' },
  { cls: 'person_insult', weight: 2, label: 'un qualificatif blessant' },
  { cls: 'negative', weight: 1, label: 'un mot négatif' },
  { cls: 'reader_failing', weight: 2, label: 'un manquement reproché' },
  { cls: 'contrast', weight: 1, label: 'une opposition' },
  { cls: 'irony_mark', weight: 1, label: 'une marque d’ironie' },
  { cls: 'intensifier', weight: 1, label: 'une insistance' },
  { cls: 'time_counted', weight: 1, label: 'une durée comptée' },
  { cls: 'setback', weight: 1, label: 'le refus rappelé' },
  { cls: 'sour_marker', weight: 1, label: 'une pointe d’amertume' },
];

/** What softens a sentence: thanks, acceptance, taking the blame, kindness. */
export const SOFTENERS: readonly Cue[] = [
  { cls: 'grateful_marks', weight: 2, label: 'un remerciement' },
  { cls: 'acceptance_strong', weight: 2, label: 'une acceptation' },
  { cls: 'acceptance', weight: 1, label: 'une acceptation' },
  { cls: 'self_blame', weight: 2, label: 'une responsabilité assumée' },
  { cls: 'kind_words', weight: 1, label: 'un mot bienveillant' },
  { cls: 'sincere_marks', weight: 2, label: 'une marque de sincérité' },
  { cls: 'fact', weight: 2, label: 'un fait vérifiable' },
];

/** Where a reproach turns after thanks or acceptance (« même si », « bien que », « mais »): the clause after it is scored alone too. */
export const REPROACH_TURN = 'turn';

/** The score from which a sentence reads as a reproach. */
export const REPROACH_THRESHOLD = 2;

export const PLEA_CUES: readonly Cue[] = [
  { cls: 'writer_thing', weight: 1, label: 'votre dossier' },
  { cls: 'value_claim', weight: 1, label: 'une affirmation de valeur' },
  { cls: 'fit_claim', weight: 2, label: 'une adéquation affirmée' },
  { cls: 'superiority', weight: 2, label: 'une supériorité affirmée' },
  { cls: 'opinion', weight: 1, label: 'une conviction' },
  { cls: 'surprise', weight: 1, label: 'une surprise affichée' },
  { cls: 'insist_frame', weight: 1, label: 'une insistance' },
  { cls: 'contrast', weight: 1, label: 'une opposition' },
  { cls: 'reconsider', weight: 2, label: 'une demande de révision' },
];

export const PLEA_THRESHOLD = 2;

/**
 * What makes a reply warm at all: one of these anywhere in it (the subject
 * line included) is enough. A reply with none of them is the guide's opposite
 * of « remercier → reconnaître → rester disponible »: `reponse-seche`.
 */
export const WARM_CLASSES: readonly { cls: string; note: string }[] = [
  { cls: 'thanks_word', note: '« merci », « je vous remercie ».' },
  { cls: 'grateful_marks', note: 'Gratitude or pleasure: « apprécié », « ravi », « avec plaisir ».' },
  { cls: 'kind_words', note: 'Kindness toward the reader: « en bien », « vos projets », a wish to stay in touch.' },
  { cls: 'acceptance_strong', note: 'The decision understood: « je comprends », « c’est légitime » (not a bare « je prends note »).' },
  { cls: 'sincere_marks', note: '« sincèrement », a warm emoji.' },
  { cls: 'courtesy', note: 'Courtesy that is not thanks: « je vous serais reconnaissant », « au plaisir », « bonne continuation ».' },
];

/**
 * Faults that are a meeting of classes, not a phrase: an anchor said in a body
 * sentence, and beside it (in the sentence, or in it and its neighbours) one
 * of several sets of classes, all present. Irony carried by a figure is one:
 * « bravo pour votre réactivité » is sincere, « bravo pour votre réactivité :
 * neuf semaines pour un mail » is not, and neither is « je salue cette
 * capacité de lecture » two hours after sending forty pages. An insinuation of
 * favouritism is another: a tie between the chosen one and the house, and a
 * wink at what it bought. Each entry names its classes (data/lexicon.ts) and
 * the rule that reports it; a sentence a wording entry already flags is not
 * reported twice.
 */
export interface Combination {
  id: string;
  /** The rule that reports it (`passif-agressif`, `drame`, `ton-agressif`). */
  rule: string;
  /** The class that places the fault: said (not denied, quoted nor supposed) in the sentence reported. */
  anchor: string;
  /** Any one of these sets, all its classes present beside the anchor, completes the fault. */
  with: readonly (readonly string[])[];
  /** Where the `with` classes are looked for: the anchor's sentence, or it and the sentences just before and after it. */
  window: 'sentence' | 'neighbours';
  /** Classes that, in the anchor's sentence, undo the fault (« et c'est bien normal »). */
  without?: readonly string[];
  /** What the user reads, in French. */
  message: string;
  note: string;
}

const FIGURES_MESSAGE = 'Saluer la rapidité ou l’attention du destinataire à côté d’une attente de plusieurs semaines, ou de quelques minutes pour des dizaines de pages, se lit comme un reproche. Le guide : remercier sobrement, sans commenter le délai.';

export const COMBINATIONS: readonly Combination[] = [
  {
    id: 'ironie-chiffres-rapidite',
    rule: 'passif-agressif',
    anchor: 'speed_praise',
    with: [['long_delay'], ['short_time', 'large_input']],
    window: 'neighbours',
    message: `Ironie par les chiffres : une rapidité saluée que les chiffres démentent. ${FIGURES_MESSAGE}`,
    note: 'Speed praised beside weeks or months of waiting, or beside minutes for dozens of pages or candidates.',
  },
  {
    id: 'ironie-chiffres-soin',
    rule: 'passif-agressif',
    anchor: 'care_praise',
    with: [['short_time', 'large_input'], ['small_output', 'large_input']],
    window: 'neighbours',
    message: `Ironie par les chiffres : un soin salué que les chiffres démentent. ${FIGURES_MESSAGE}`,
    note: 'Care, attention or concision praised beside minutes for dozens of pages, or two lines for three interviews.',
  },
  {
    id: 'favoritisme-sous-entendu',
    rule: 'passif-agressif',
    anchor: 'insider_tie',
    with: [['wink']],
    window: 'neighbours',
    without: ['tie_accepted'],
    message: 'Favoritisme sous-entendu : un lien entre la personne retenue et la maison, et un clin d’œil à ce qu’il lui aurait valu. Le destinataire n’y lira qu’une accusation. Le guide : féliciter sobrement ou ne rien dire du choix.',
    note: 'A tie (knowing the house, family, lunches with the boss, an earlier job for the client) and a wink at what it bought (« ça aide », « le hasard fait bien les choses », 😉) within a sentence and its neighbours; the tie told as a fair reason in the sentence (« c’est bien normal », « ça se comprend ») undoes it.',
  },
  {
    id: 'bouche-a-oreille',
    rule: 'ton-agressif',
    anchor: 'tell_future',
    with: [['third_party']],
    window: 'neighbours',
    without: ['kind_words', 'grateful_marks'],
    message: 'Bouche-à-oreille annoncé : dire que l’on racontera l’affaire à d’autres (voisins, parents, clients, collègues), même sans menace explicite, se lit comme une pression. Le guide : garder la porte ouverte.',
    note: 'The writer will tell (future, first person) and third parties who would hear it are named in the sentence or its neighbours (« beaucoup de parents du quartier nous demandent… ; nous leur raconterons »); thanks or kind words in the sentence undo it (« je dirai à mes collègues combien votre accueil était chaleureux »).',
  },
  {
    id: 'raisins-verts-denigrement',
    rule: 'passif-agressif',
    anchor: 'disparage',
    with: [['lost_thing', 'consolation']],
    window: 'neighbours',
    without: ['kind_words', 'grateful_marks', 'self_blame'],
    message: 'Raisins trop verts : dénigrer ce que vous n’avez pas obtenu (le logement, le poste, l’équipe) juste après le refus se lit comme de l’amertume. Le guide : remercier, accepter, rester disponible.',
    note: 'A disparaging word about the flat, the post or the team the writer lost, with the consolation sour grapes come with (« de toute façon », « finalement », « tant mieux »), in the sentence or its neighbours; thanks or kindness in the sentence undo it. Without the consolation, ordinary prose (« la maison qu’il dirige… un corps sans âme ») would read as sour grapes.',
  },
  {
    id: 'comparaison-defavorable',
    rule: 'passif-agressif',
    anchor: 'elsewhere',
    with: [['done_right']],
    window: 'sentence',
    without: ['grateful_marks', 'kind_words'],
    message: 'Comparaison défavorable : citer une autre maison (un concurrent, d’autres recruteurs) qui, elle, a répondu vite ou pris le temps d’expliquer, c’est reprocher au destinataire de ne pas l’avoir fait. Le guide : remercier, accepter, rester disponible.',
    note: 'Another house (elsewhere) and a courtesy it did (done_right) in one sentence (« votre concurrent direct, lui, a pris le temps de m’appeler »); gratitude or kindness in the sentence undo it.',
  },
  {
    id: 'condescendance-taille',
    rule: 'passif-agressif',
    anchor: 'reader_smallness',
    with: [['not_yet']],
    window: 'neighbours',
    message: 'Condescendance : ramener le refus à la taille ou à la jeunesse du destinataire (« une structure de votre taille n’a pas encore les repères », « ça viendra avec le temps ») le met en position d’élève. Le guide : remercier, accepter, rester disponible.',
    note: 'The reader’s organisation sized up (reader_smallness) beside what it is said not to be ready for yet (not_yet), in the sentence or its neighbours.',
  },
  {
    id: 'exigence-retournee',
    rule: 'passif-agressif',
    anchor: 'reader_wanted',
    with: [['reader_chose'], ['chosen']],
    window: 'sentence',
    without: ['acceptance_strong', 'acceptance', 'grateful_marks', 'kind_words', 'self_blame', 'sincere_marks'],
    message: 'Faits mis côte à côte : rappeler ce que le destinataire demandait à côté de ce qu’il a choisi (« vous vouliez quelqu’un de disponible, vous avez choisi quelqu’un qui commence en janvier ») lui fait remarquer une incohérence ; il n’y lira qu’un reproche. Le guide : remercier, accepter, rester disponible.',
    note: 'The reader’s stated requirement (reader_wanted) and the reader’s choice (reader_chose, chosen) in one sentence, with nothing that accepts the choice; measured on the corpus before it was added: no good draft holds both in one sentence without acceptance.',
  },
];

/**
 * Investment counted back as an inventory: two or more counted costs of
 * applying in one sentence (« quatre entretiens, un cas pratique rendu un
 * dimanche et deux allers-retours à mes frais »), whatever frames them
 * (« pour mémoire », « même si », a parenthesis, thanks). One count is a
 * fact (« après trois entretiens, je comprends »); a list of them is a bill.
 */
export const INVENTORY = {
  cls: 'cost_item',
  min: 2,
  softeners: ['gain_marks'],
  message: 'Investissement compté : cette phrase fait l’inventaire de ce que la candidature vous a coûté (entretiens, trajets, heures, frais). Le destinataire n’y peut rien ; il n’en retiendra que le reproche. Le guide : remercier, accepter, rester disponible.',
  rewrite: 'J’ai apprécié nos échanges.',
  note: 'Two counted costs in one sentence: measured on the corpus, no good draft holds one, thirty-one bad drafts do.',
} as const;
