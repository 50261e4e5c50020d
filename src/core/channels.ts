// The channel model: each channel once (data/channels.ts) with its front
// matter aliases, labels, words and hover note, and what a draft announces.
// The draft's front matter reads its aliases; the multichannel rules, the
// report's « autres canaux évoqués » and the hovers all ask it, so they cannot
// disagree on which channel a word names or which channels a draft announces.

import {
  CHANNELS,
  CONNECT_IMPLIES,
  CONNECT_PHRASES,
  CONTACT_CUES,
  DRAFT_CHANNELS,
  NOT_CHANNELS,
  RELAUNCH_PHRASES,
  type Channel,
  type ChannelEntry,
  type ChannelId,
  type CueEntry,
} from './data/channels';
import type { Draft } from './draft';
import { frenchList } from './french';
import { PhraseMatcher } from './text';

export { DRAFT_CHANNELS };
export type { Channel, ChannelEntry, ChannelId };

const BY_ID = new Map<ChannelId, ChannelEntry>(CHANNELS.map((c) => [c.channel, c]));

/** Every channel id, in the model's order. */
export const CHANNEL_IDS: readonly ChannelId[] = CHANNELS.map((c) => c.channel);


export function channelInfo(id: ChannelId): ChannelEntry {
  return BY_ID.get(id) as ChannelEntry;
}

/** « SMS », « LinkedIn », « téléphone ». */
export function channelLabel(id: ChannelId): string {
  return channelInfo(id).label;
}

/** « LinkedIn, SMS et téléphone », in the model's order whatever the order given. */
export function channelList(ids: Iterable<ChannelId>): string {
  const set = new Set(ids);
  return frenchList(CHANNEL_IDS.filter((c) => set.has(c)).map(channelLabel));
}

/** The `canal` values a draft accepts, as a French choice: « mail, linkedin, sms ou telephone ». */
export function draftChannelChoice(): string {
  return frenchList(DRAFT_CHANNELS, 'disjunction');
}

/** Ids in the model's order. */
export function inModelOrder(ids: Iterable<ChannelId>): ChannelId[] {
  const set = new Set(ids);
  return CHANNEL_IDS.filter((c) => set.has(c));
}

// ---------------------------------------------------------------- words

interface Range {
  start: number;
  end: number;
}

export interface ChannelWord extends Range {
  channel: ChannelId;
}

const wordMatcher = new PhraseMatcher<ChannelEntry>(CHANNELS);
const notChannelMatcher = new PhraseMatcher(NOT_CHANNELS);

/**
 * The words of `prose.slice(from, to)` that name a channel, in order, except
 * inside phrases that only look like one (« appel d’offres », « adresse mail »).
 * Linear: both lists come sorted and are walked once.
 */
export function channelWords(prose: string, from: number, to: number): ChannelWord[] {
  const blocked = [...notChannelMatcher.matches(prose, from, to)];
  const out: ChannelWord[] = [];
  let b = 0;
  for (const hit of wordMatcher.matches(prose, from, to)) {
    while (b < blocked.length && blocked[b].end < hit.end) b++;
    if (b < blocked.length && blocked[b].start <= hit.start && hit.end <= blocked[b].end) continue;
    out.push({ start: hit.start, end: hit.end, channel: hit.entry.channel as ChannelId });
  }
  return out;
}

/** The channel word under `offset` (on its line), if any: what a hover describes. */
export function channelWordAt(draft: Draft, offset: number): ChannelWord | undefined {
  const prose = draft.prose;
  const start = prose.lastIndexOf('\n', offset - 1) + 1;
  let end = prose.indexOf('\n', offset);
  if (end < 0) end = prose.length;
  return channelWords(prose, start, end).find((w) => w.start <= offset && offset <= w.end);
}

// ---------------------------------------------------------------- what a draft announces

/** A sentence in which the sender reaches (or connects with) the reader through some channels. */
export interface Mention extends Range {
  channels: ChannelId[];
  kind: 'contact' | 'connect';
}

/** A relaunch phrase, and the sentence around it. */
export interface Relaunch extends Range {
  /** It reproaches the silence (« sans réponse de votre part »): pressure by itself. */
  silence: boolean;
  sentence: Range;
}

export interface ChannelAnnouncement {
  /** Every sentence that reaches or connects through a channel, the draft's own included. */
  mentions: Mention[];
  relaunches: Relaunch[];
  /** Sentences that announce another channel than the draft's own: contacts and invitations to connect, in order. */
  flagged: Mention[];
  /** Of those, the ones that reach the reader (not invitations to connect). */
  contacts: Mention[];
  /** The other channels announced, in the model's order. */
  others: ChannelId[];
  /** How many channels reach the reader, the draft's own included. */
  total: number;
  /**
   * Whether this is the guide's « Multicanal envahissant »: another channel
   * reaching the reader, or an invitation to connect made pressing by a
   * relaunch or a third channel. `multicanal-annonce` reports exactly this.
   */
  pressure: boolean;
}

let cueRegexes: RegExp[] | undefined;

function cues(): RegExp[] {
  cueRegexes ??= CONTACT_CUES.map((c) => new RegExp(`(?<![\\p{L}\\p{N}])${c.cue}`, 'u'));
  return cueRegexes;
}

const connectMatcher = new PhraseMatcher(CONNECT_PHRASES);
const relaunchMatcher = new PhraseMatcher(RELAUNCH_PHRASES);

/** Sentences of `prose` between `from` and `to`: ends at . ! ? … followed by a space, or at a blank line. */
function sentences(prose: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  const re = /[.!?…]+(?=\s|$)|\n[ \t]*\n/g;
  re.lastIndex = from;
  let start = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(prose)) !== null && m.index < to) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    pushTrimmed(prose, start, Math.min(end, to), out);
    start = m.index + m[0].length;
  }
  pushTrimmed(prose, start, to, out);
  return out;
}

function pushTrimmed(prose: string, start: number, end: number, out: Range[]): void {
  while (start < end && /\s/.test(prose[start])) start++;
  while (end > start && /\s/.test(prose[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** Where the message is: the prose without the signature (contact details belong there). */
function messageRange(draft: Draft): Range {
  const end = draft.signature ? draft.signature.start : draft.text.length;
  return { start: draft.frontMatter ? draft.frontMatter.bodyStart : 0, end };
}

const announcements = new WeakMap<Draft, ChannelAnnouncement>();

/** What the draft announces through channels (computed once per draft). */
export function announcementOf(draft: Draft): ChannelAnnouncement {
  let a = announcements.get(draft);
  if (!a) announcements.set(draft, (a = announce(draft)));
  return a;
}

function announce(draft: Draft): ChannelAnnouncement {
  const { prose } = draft;
  const region = messageRange(draft);
  const all = sentences(prose, region.start, region.end);
  const mentions: Mention[] = [];
  const regexes = cues();
  for (const s of all) {
    const text = prose.slice(s.start, s.end);
    let cue: CueEntry | undefined;
    for (let i = 0; i < regexes.length && !cue; i++) if (regexes[i].test(text)) cue = CONTACT_CUES[i];
    const connect = connectMatcher.matches(prose, s.start, s.end).next().done === false;
    if (!cue && !connect) continue;
    const channels = new Set<ChannelId>(channelWords(prose, s.start, s.end).map((w) => w.channel));
    if (channels.size === 0) {
      if (connect) channels.add(CONNECT_IMPLIES);
      else if (cue?.implies) channels.add(cue.implies);
    }
    if (channels.size === 0) continue;
    mentions.push({ ...s, channels: [...channels], kind: connect ? 'connect' : 'contact' });
  }
  // Each relaunch with its sentence: both lists are sorted, walked once.
  const relaunches: Relaunch[] = [];
  let k = 0;
  for (const h of relaunchMatcher.matches(prose, region.start, region.end)) {
    while (k < all.length && all[k].end < h.end) k++;
    const s = k < all.length && all[k].start <= h.start ? all[k] : { start: h.start, end: h.end };
    relaunches.push({ start: h.start, end: h.end, silence: h.entry.silence === true, sentence: { start: s.start, end: s.end } });
  }

  const own: ChannelId = draft.meta.channel;
  const other = (m: Mention) => m.channels.some((c) => c !== own);
  const contacts = mentions.filter((m) => m.kind === 'contact' && other(m));
  const connects = mentions.filter((m) => m.kind === 'connect' && other(m));
  const reaching = new Set<ChannelId>([own]);
  for (const m of [...contacts, ...connects]) for (const c of m.channels) reaching.add(c);
  // One calm invitation to connect is what the guide recommends; another
  // channel, or a relaunch, makes it pressure.
  const pressure = contacts.length > 0 || (connects.length > 0 && (relaunches.length > 0 || reaching.size >= 3));
  reaching.delete(own);
  return {
    mentions,
    relaunches,
    flagged: [...contacts, ...connects].sort((a, b) => a.start - b.start),
    contacts,
    others: inModelOrder(reaching),
    total: reaching.size + 1,
    pressure,
  };
}
