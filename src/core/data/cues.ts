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
 * Irony carried by a figure: praise of the reader's speed or care that a count
 * in the same breath (the sentence, or the next one) contradicts. « Bravo pour
 * votre réactivité » is sincere; « bravo pour votre réactivité : neuf semaines
 * pour un mail » is not, and neither is « je salue cette capacité de lecture »
 * two hours after sending forty pages. Each incongruity names the praise class
 * and the sets of classes that, all present, contradict it.
 */
export interface Incongruity {
  praise: string;
  /** Any one of these sets, all its classes present beside the praise, makes the praise ironic. */
  against: readonly (readonly string[])[];
  /** How the message names the contradiction, in French. */
  label: string;
  note: string;
}

export const INCONGRUITIES: readonly Incongruity[] = [
  { praise: 'speed_praise', against: [['long_delay'], ['short_time', 'large_input']], label: 'une rapidité saluée que les chiffres démentent', note: 'Speed praised beside weeks or months of waiting, or beside minutes for dozens of pages or candidates.' },
  { praise: 'care_praise', against: [['short_time', 'large_input'], ['small_output', 'large_input']], label: 'un soin salué que les chiffres démentent', note: 'Care, attention or concision praised beside minutes for dozens of pages, or two lines for three interviews.' },
];

/**
 * Investment counted back as an inventory: two or more counted costs of
 * applying in one sentence (« quatre entretiens, un cas pratique rendu un
 * dimanche et deux allers-retours à mes frais »), whatever frames them
 * (« pour mémoire », « même si », a parenthesis, thanks). One count is a
 * fact (« après trois entretiens, je comprends »); a list of them is a bill.
 */
export const INVENTORY = { cls: 'cost_item', min: 2, softeners: ['gain_marks'], note: 'Two counted costs in one sentence: measured on the corpus, no good draft holds one, thirty-one bad drafts do.' } as const;
