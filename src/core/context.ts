// What a rule gets besides the draft: options, the reference time, and what is
// known of the other drafts of the same workspace (for checks across drafts).

import type { Channel, LocalDateTime } from './draft';
import type { AnalyzeOptions } from './options';
import type { RelatedLocation } from './types';

/** What checks across drafts need to know of another draft. */
export interface DraftSummary {
  /** Path or URI of the draft, as the adapter names it. */
  file: string;
  recipient?: string;
  channel: Channel;
  /** `envoye` when sent, else `envoi_prevu`. */
  date?: LocalDateTime;
  /** Which key `date` comes from. */
  dateKey?: 'envoye' | 'envoi_prevu';
  scenario?: string;
  /** The header's dates one by one, for the « Suivi » table (`date` above is the one the multichannel rules compare). */
  refusalReceived?: LocalDateTime;
  plannedSend?: LocalDateTime;
  sentAt?: LocalDateTime;
  /** `email`, when valid. */
  email?: string;
  /** Where to point at this draft from another one (its `destinataire` line), with line and column. */
  anchor?: Required<Pick<RelatedLocation, 'start' | 'end' | 'position'>>;
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
