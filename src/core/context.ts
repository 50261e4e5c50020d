// What a rule gets besides the draft: options, the reference time, and what is
// known of the other drafts of the same workspace (for checks across drafts).

import type { Canal, LocalDateTime } from './draft';
import type { AnalyzeOptions } from './options';

/** What checks across drafts need to know of another draft. */
export interface DraftSummary {
  /** Path or URI of the draft, as the adapter names it. */
  file: string;
  destinataire?: string;
  canal: Canal;
  /** `envoye` when sent, else `envoi_prevu`. */
  date?: LocalDateTime;
  scenario?: string;
}

export interface RuleContext {
  options: AnalyzeOptions;
  /** The reference time (options.now or the current time). */
  now: Date;
  /** The path or URI of the analysed draft, when known. */
  file?: string;
  /** The other drafts of the workspace (never the analysed one). */
  siblings: readonly DraftSummary[];
}
