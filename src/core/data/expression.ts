// The shape of a wording entry (tone, contestation, questions). Data only.
//
// Notation of `forms` and `except` (read by src/core/prose/patterns.ts, on
// tokens: case, accents and both apostrophes do not matter):
//   désolé[e][s]        bracketed letters are optional (gender, number)
//   honteu{x|se|ses}    alternatives inside a word
//   {pour|de}           alternatives of words (an empty one makes the group optional)
//   avez-vous           a hyphen also matches a space
//   vous … lu           `…` between words: up to four tokens in between
//                       (also inside {…|…}: write the punctuation mark « … » as @ellipsis)
//   @decision           a class of the lexicon (data/lexicon.ts)
//   _                   any one word
// Matches are whole tokens inside one sentence. A hit counts only when the
// writer says it: not under a negation that starts outside it, not quoted or
// reported, not supposed (« si … ») unless `stances` says otherwise.

import type { Severity } from '../types';

/** Examples of an entry, in `<family>.examples.ts` beside the entries (kept out of the bundles). */
export interface EntryExamples {
  /** Texts in which the entry must find a hit. */
  match: readonly string[];
  /** Texts in which it must stay quiet (near misses, negations, quotations, sincere uses). */
  noMatch: readonly string[];
}

/** How the writer holds a phrase: says it, denies it, quotes or reports it, supposes it. */
export type Stance = 'said' | 'negated' | 'quoted' | 'reported' | 'supposed';

export interface WordingEntry {
  /** Stable id, unique across all families. */
  id: string;
  /** The rule that reports it. */
  rule: string;
  forms: readonly string[];
  /** Phrases in which a hit of this entry is sincere or harmless; a hit inside one of them is dropped (this entry only). */
  except?: readonly string[];
  /** Classes that must also appear, said, in the same clause (or sentence): each item is `@a` or `@a|@b`. */
  with?: readonly string[];
  /** Classes whose presence in the same sentence makes the hit harmless (« en bien », « volontiers »). */
  without?: readonly string[];
  /**
   * `without` reads the sentence before too when the hit's sentence is a short comment on it (four words or fewer,
   * « J'ai sous-estimé la partie recherche. Leçon retenue ! »).
   */
  withoutBefore?: boolean;
  within?: 'clause' | 'sentence';
  /** Stances under which a hit counts; only 'said' by default. */
  stances?: readonly Stance[];
  /** Drop the hit when its sentence (or, with 'message', any sentence of the message) carries a verifiable fact: a date, an amount, a reference, a document. */
  unlessFact?: boolean | 'message';
  /** Overrides the rule's severity for this entry (information for a weaker signal). */
  severity?: Severity;
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

/** Former name, kept for the data files' imports. */
export type Expression = WordingEntry;
export type ExpressionExamples = EntryExamples;
