// The wording families: every list of wording entries of the data modules
// named here (data/ton.ts, data/contestation.ts, data/questions.ts), found by
// their shape, in a fixed order; and the channel model's phrase lists
// (data/channels.ts) and announced follow-ups (data/followUps.ts). The build compiles their forms with the lexicon's
// classes into the wording program (scripts/wording-plugin.mjs); the engine
// matches the wording families in one pass over the tokens (wording.ts), the
// channel lists in another (channels.ts). A new data module of wording entries
// is added to MODULES.

import * as channels from '../data/channels';
import * as contestation from '../data/contestation';
import * as followUps from '../data/followUps';
import type { WordingEntry } from '../data/expression';
import * as questions from '../data/questions';
import * as ton from '../data/ton';

const MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = { ton, contestation, questions };

export interface Family<T = WordingEntry> {
  /** `module.EXPORT`, e.g. `ton.AGGRESSIVE`. */
  name: string;
  entries: readonly T[];
}

/** An entry of a phrase list: forms in the notation, and exceptions. */
export interface Phrases {
  forms: readonly string[];
  except?: readonly string[];
}

function isEntryList(v: unknown): v is readonly WordingEntry[] {
  return (
    Array.isArray(v) &&
    v.length > 0 &&
    v.every((e) => typeof e === 'object' && e !== null && typeof (e as WordingEntry).id === 'string' && typeof (e as WordingEntry).rule === 'string' && typeof (e as WordingEntry).explanation === 'string')
  );
}

export const FAMILIES: readonly Family[] = Object.keys(MODULES)
  .sort()
  .flatMap((m) =>
    Object.keys(MODULES[m])
      .sort()
      .flatMap((k) => {
        const v = MODULES[m][k];
        return isEntryList(v) ? [{ name: `${m}.${k}`, entries: v }] : [];
      }),
  );

/** The channel model's phrase lists, by the name channels.ts uses. */
export const CHANNEL_LISTS = {
  words: 'CHANNELS',
  notChannels: 'NOT_CHANNELS',
  connect: 'CONNECT_PHRASES',
  relaunch: 'RELAUNCH_PHRASES',
  cues: 'CONTACT_CUES',
  here: 'HERE_PHRASES',
} as const;

/** The announced follow-ups (data/followUps.ts) for `relance-annoncee`. */
export const FOLLOW_UP_LISTS = {
  recontact: 'RECONTACT_PHRASES',
  delays: 'DELAYS',
} as const;

/** The phrase lists compiled with the families (after them, in this order). */
export const PHRASE_LISTS: readonly Family<Phrases>[] = [
  ...Object.values(CHANNEL_LISTS).map((k) => ({ name: `channels.${k}`, entries: (channels as unknown as Readonly<Record<string, readonly Phrases[]>>)[k] })),
  ...Object.values(FOLLOW_UP_LISTS).map((k) => ({ name: `followUps.${k}`, entries: (followUps as unknown as Readonly<Record<string, readonly Phrases[]>>)[k] })),
];
