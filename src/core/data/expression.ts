// The shape of a wording entry (tone, contestation, questions). Data only.
//
// Notation of `forms` (matched on folded text: case, accents and both
// apostrophes do not matter, any run of spaces or line breaks matches any other):
//   désolé[e][s]      bracketed letters are optional (gender, number)
//   {pour|de}         one of the alternatives (an empty one makes the group optional)
//   avez-vous         a hyphen also matches a space
//   vous … lu         `…` between words: up to four words in between
// Matches are whole words only.

/** Examples of an entry, in `<family>.examples.ts` beside the entries (kept out of the bundles). */
export interface ExpressionExamples {
  /** Texts in which the entry must find a hit. */
  match: readonly string[];
  /** Texts in which it must stay quiet (near misses, negations, sincere uses). */
  noMatch: readonly string[];
}

export interface Expression {
  /** Stable id, unique across all families. */
  id: string;
  /** The rule that reports it. */
  rule: string;
  forms: readonly string[];
  /** Phrases in which a hit is sincere or negated; a hit inside one of them is dropped. */
  except?: readonly string[];
  /** French, tied to the guide's checklist: why the recipient would read it badly. */
  explanation: string;
  /** Replacements for the matched words, preferred first. */
  rewrites?: readonly string[];
  /** Replacements for the whole sentence, offered after `rewrites`. */
  sentenceRewrites?: readonly string[];
  /** Offer « Supprimer la phrase ». */
  deleteSentence?: boolean;
  /** For `excuses`: an ordinary apology (late answer) is fine alone; a mild one is advice alone. */
  kind?: 'ordinary' | 'mild';
}
