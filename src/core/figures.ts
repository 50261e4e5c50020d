// The figures of one analysis: what the report shows, measured once. Each
// figure is computed on first request by the function its rule family owns
// (lines and words: rules/longueur.ts; questions: rules/questions.ts;
// channels: the channel model; the send window: rules/delai.ts; sentences: the
// prose analysis) and kept, so the rule that reads it and the report that
// shows it see the same number.

import { announcementOf, type ChannelAnnouncement } from './channels';
import type { DraftFigures } from './context';
import type { Draft } from './draft';
import type { AnalyzeOptions } from './options';
import { proseOf } from './prose/analysis';
import { reportWindow } from './rules/delai';
import { countMessageLines, countMessageWords } from './rules/longueur';
import { questionsAsked } from './rules/questions';
import type { SendWindow } from './sendWindow';

class Figures implements DraftFigures {
  private cache: {
    lines?: number;
    words?: number;
    sentences?: number;
    questionEnds?: readonly number[];
    window?: { value: SendWindow | undefined };
  } = {};

  constructor(
    private readonly draft: Draft,
    private readonly options: AnalyzeOptions,
    private readonly now: Date,
  ) {}

  get lines(): number {
    return (this.cache.lines ??= countMessageLines(this.draft, this.options.thresholds.lineWidth));
  }

  get words(): number {
    return (this.cache.words ??= countMessageWords(this.draft));
  }

  get sentences(): number {
    if (this.cache.sentences === undefined) {
      const prose = proseOf(this.draft);
      let n = 0;
      for (const part of prose.parts) if (part === 'body') n++;
      this.cache.sentences = n;
    }
    return this.cache.sentences;
  }

  get questionEnds(): readonly number[] {
    return (this.cache.questionEnds ??= questionsAsked(this.draft));
  }

  get questions(): number {
    return this.questionEnds.length;
  }

  get channel() {
    return this.draft.meta.channel;
  }

  get channelExplicit(): boolean {
    return this.draft.meta.channelExplicit;
  }

  get channels(): ChannelAnnouncement {
    return announcementOf(this.draft);
  }

  get refusalReceived() {
    return this.draft.meta.refusalReceived;
  }

  get sendWindow(): SendWindow | undefined {
    if (!this.cache.window) {
      const w = reportWindow(this.draft.meta, this.options, this.now);
      // A sent draft is no longer judged against the window: the timing rules say nothing of it either.
      this.cache.window = { value: w && this.draft.meta.sentAt ? { start: w.start, end: w.end } : w };
    }
    return this.cache.window.value;
  }
}

/** The figures of a draft for one analysis (options and reference time), computed lazily and kept. */
export function measureDraft(draft: Draft, options: AnalyzeOptions, now: Date): DraftFigures {
  return new Figures(draft, options, now);
}
