// What a rule gets besides the draft: options, the reference time, and what is
// known of the other drafts of the same workspace (for checks across drafts).

import type { ChannelAnnouncement } from './channels';
import type { Channel, LocalDateTime } from './draft';
import type { AnalyzeOptions } from './options';
import type { SendWindow } from './sendWindow';
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

/**
 * What the report shows of a draft, measured once per analysis (figures.ts):
 * each figure is computed on first request, by the function its rule family
 * owns, and kept. The rules read their counts here and the report shows the
 * same object, so the two cannot disagree.
 */
export interface DraftFigures {
  /** Counted lines of the message (`countMessageLines`, rules/longueur.ts). */
  readonly lines: number;
  /** Words of the message (`countMessageWords`, rules/longueur.ts). */
  readonly words: number;
  /** Sentences of the body (the prose analysis, `proseOf(draft).sentences`). */
  readonly sentences: number;
  /** Where each question asked ends (`questionsAsked`, rules/questions.ts). */
  readonly questionEnds: readonly number[];
  /** How many questions the message asks. */
  readonly questions: number;
  /** The draft's channel (`canal:`, mail by default) and whether it was written. */
  readonly channel: Channel;
  readonly channelExplicit: boolean;
  /** What the message announces through other channels (`announcementOf`, channels.ts). */
  readonly channels: ChannelAnnouncement;
  readonly refusalReceived?: LocalDateTime;
  /** The send window and where the analysis's `now` (or `envoi_prevu`) stands, when `refus_recu` is known. */
  readonly sendWindow?: SendWindow;
}

export interface RuleContext {
  options: AnalyzeOptions;
  /** The reference time (options.now or the current time). */
  now: Date;
  /** The path or URI of the analysed draft, when known. */
  file?: string;
  /** The other drafts of the workspace (never the analysed one). */
  siblings: readonly DraftSummary[];
  /** The figures of this analysis, shared with the report. */
  figures: DraftFigures;
}
