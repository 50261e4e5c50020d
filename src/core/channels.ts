// The channel model: each channel once (data/channels.ts) with its front
// matter aliases, labels, words and hover note, and what a draft announces.
// The draft's front matter reads its aliases; the multichannel rules, the
// report's « autres canaux évoqués » and the hovers all ask it, so they cannot
// disagree on which channel a word names or which channels a draft announces.

import { CHANNELS, CONNECT_IMPLIES, CONTACT_CUES, DRAFT_CHANNELS, RELAUNCH_PHRASES, type Channel, type ChannelEntry, type ChannelId } from './data/channels';
import type { Draft } from './draft';
import { frenchList } from './french';
import { lexicon, proseOf } from './prose/analysis';
import { CHANNEL_LISTS } from './prose/families';
import { ClassMemo, PatternMatcher, type PatternHit } from './prose/patterns';
import { tokenize, type Tokens } from './prose/tokens';

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

/** The channel lists of the wording program, in the order of CHANNEL_LISTS: words, not channels, connect, relaunch, cues, here. */
const WORDS = 0;
const NOT_CHANNEL = 1;
const CONNECT = 2;
const RELAUNCH = 3;
const CUES = 4;
const HERE = 5;
/** A cue's own channel is named right after it (« écrit sur LinkedIn », « laissé un message sur WhatsApp »): within this many tokens. */
const CUE_REACH = 2;

let listMatcher: PatternMatcher<number> | undefined;

/** One matcher for every channel list (entries are their indices in their list): one pass over the tokens finds them all. */
function channelMatcher(): PatternMatcher<number> {
  if (!listMatcher) {
    const p = lexicon().program;
    const families = Object.values(CHANNEL_LISTS).map((k) => {
      const f = p.families.find((x) => x.name === `channels.${k}`);
      if (!f) throw new Error(`the wording program has no list channels.${k}: rebuild`);
      return f;
    });
    listMatcher = new PatternMatcher(
      lexicon(),
      families.map((f) => Array.from({ length: f.entryEnd - f.entryStart }, (_, i) => i)),
      (l, j) => families[l].entryStart + j,
    );
  }
  return listMatcher;
}

/** The hits of every channel list in tokens [from, to), each inside its sentence. */
function channelHits(memo: ClassMemo, from: number, to: number, sentenceEnds: Int32Array): PatternHit<number>[][] {
  return channelMatcher().matchAll(memo, from, to, sentenceEnds);
}

/** Channel words among the hits, except inside phrases that only look like one (« appel d’offres », « adresse mail »); both lists are in order. */
function wordsOf(hits: PatternHit<number>[][], toks: Tokens): ChannelWord[] {
  const blocked = hits[NOT_CHANNEL];
  const out: ChannelWord[] = [];
  let b = 0;
  for (const h of hits[WORDS]) {
    while (b < blocked.length && blocked[b].end < h.end) b++;
    if (b < blocked.length && blocked[b].first <= h.first && h.end <= blocked[b].end) continue;
    out.push({ start: toks.start[h.first], end: toks.end[h.end - 1], channel: CHANNELS[h.entry].channel });
  }
  return out;
}

/** The channel word under `offset` (on its line), if any: what a hover describes. */
export function channelWordAt(draft: Draft, offset: number): ChannelWord | undefined {
  const prose = draft.prose;
  const start = prose.lastIndexOf('\n', offset - 1) + 1;
  let end = prose.indexOf('\n', offset);
  if (end < 0) end = prose.length;
  const toks = tokenize(draft.text, prose, start, end);
  const ends = new Int32Array(toks.count).fill(toks.count);
  const memo = new ClassMemo({ toks, classes: lexicon() }, ends);
  return wordsOf(channelHits(memo, 0, toks.count, ends), toks).find((w) => w.start <= offset && offset <= w.end);
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
  /**
   * The draft's channel is unknown and not the default mail: the front matter
   * names none and the message says « ici » of its own channel while it
   * recounts others (« je vous ai répondu par mail, je repasse par ici »).
   */
  elsewhere: boolean;
}

const announcements = new WeakMap<Draft, ChannelAnnouncement>();

/** What the draft announces through channels (computed once per draft). */
export function announcementOf(draft: Draft): ChannelAnnouncement {
  let a = announcements.get(draft);
  if (!a) announcements.set(draft, (a = announce(draft)));
  return a;
}

/** A sentence's range and its tokens. */
interface Piece {
  start: number;
  end: number;
  first: number;
  last: number;
}

/**
 * The mentions and relaunches of some sentences, in order: each sentence with
 * a contact cue or an invitation to connect, and the channels it names.
 */
function mentionsIn(toks: Tokens, memo: ClassMemo, sentences: readonly Piece[], sentenceEnds: Int32Array, mentions: Mention[], relaunches: Relaunch[]): boolean {
  let here = false;
  if (sentences.length === 0) return here;
  const hits = channelHits(memo, sentences[0].first, sentences[sentences.length - 1].last + 1, sentenceEnds);
  const words = wordsOf(hits, toks);
  const at = hits.map(() => 0);
  let w = 0;
  for (const s of sentences) {
    // Most sentences hold no hit of any list and no channel word: passed over without allocating.
    let some = false;
    for (let list = 0; list < hits.length; list++) {
      const l = hits[list];
      while (at[list] < l.length && l[at[list]].first < s.first) at[list]++;
      if (at[list] < l.length && l[at[list]].first <= s.last) some = true;
    }
    while (w < words.length && words[w].start < s.start) w++;
    if (!some && (w >= words.length || words[w].start >= s.end)) continue;
    // The hits of each list inside this sentence (every list is in order).
    const inside = (list: number): PatternHit<number>[] => {
      const l = hits[list];
      while (at[list] < l.length && l[at[list]].first < s.first) at[list]++;
      const from = at[list];
      while (at[list] < l.length && l[at[list]].first <= s.last) at[list]++;
      return l.slice(from, at[list]);
    };
    const cues = inside(CUES);
    const connect = inside(CONNECT).length > 0;
    if (inside(HERE).length > 0) here = true;
    for (const h of inside(RELAUNCH)) {
      relaunches.push({ start: toks.start[h.first], end: toks.end[h.end - 1], silence: RELAUNCH_PHRASES[h.entry].silence === true, sentence: { start: s.start, end: s.end } });
    }
    const channels = new Set<ChannelId>();
    while (w < words.length && words[w].start < s.start) w++;
    const firstWord = w;
    for (; w < words.length && words[w].start < s.end; w++) channels.add(words[w].channel);
    if (cues.length === 0 && !connect) continue;
    // A cue that means a channel (« je vous ai appelé », « j'ai essayé de vous
    // joindre ») adds it unless it names its own right after it: « je vous ai
    // répondu par mail et essayé de vous joindre au standard » is two channels.
    for (const h of cues) {
      const implied = CONTACT_CUES[h.entry].implies;
      if (!implied) continue;
      const reach = toks.end[Math.min(h.end - 1 + CUE_REACH, s.last)];
      let named = false;
      for (let k = firstWord; k < w && !named; k++) named = words[k].start >= toks.start[h.first] && words[k].start < reach;
      if (!named) channels.add(implied);
    }
    if (channels.size === 0 && connect) channels.add(CONNECT_IMPLIES);
    if (channels.size === 0) continue;
    mentions.push({ start: s.start, end: s.end, channels: [...channels], kind: connect ? 'connect' : 'contact' });
  }
  return here;
}

function announce(draft: Draft): ChannelAnnouncement {
  const mentions: Mention[] = [];
  const relaunches: Relaunch[] = [];
  // The subject line, as one sentence of its own.
  if (draft.subject) {
    const toks = tokenize(draft.text, draft.prose, draft.subject.start, draft.subject.end);
    if (toks.count > 0) {
      const ends = new Int32Array(toks.count).fill(toks.count);
      const memo = new ClassMemo({ toks, classes: lexicon() }, ends);
      mentionsIn(toks, memo, [{ start: toks.start[0], end: toks.end[toks.count - 1], first: 0, last: toks.count - 1 }], ends, mentions, relaunches);
    }
  }
  // The message's sentences, without the signature (contact details belong there), and a post-scriptum
  // (« P.S. Je vous ai aussi écrit sur LinkedIn »).
  const a = proseOf(draft);
  const end = draft.signature ? draft.signature.start : draft.text.length;
  const sentences = a.sentences.filter((s, i) => s.start < end || a.parts[i] === 'postscript');
  const here = mentionsIn(a.toks, a.memo, sentences, a.sentenceEnds, mentions, relaunches);

  const own: ChannelId = draft.meta.channel;
  // A message that says « ici » of its own channel, when the front matter does not name it, is not the mail it recounts.
  const elsewhere = here && !draft.meta.channelExplicit;
  const other = (m: Mention) => elsewhere || m.channels.some((c) => c !== own);
  const contacts = mentions.filter((m) => m.kind === 'contact' && other(m));
  const connects = mentions.filter((m) => m.kind === 'connect' && other(m));
  const reaching = new Set<ChannelId>();
  for (const m of [...contacts, ...connects]) for (const c of m.channels) reaching.add(c);
  if (!elsewhere) reaching.delete(own);
  // One calm invitation to connect is what the guide recommends; another
  // channel, or a relaunch, makes it pressure.
  const pressure = contacts.length > 0 || (connects.length > 0 && (relaunches.length > 0 || reaching.size >= 2));
  return {
    mentions,
    relaunches,
    flagged: [...contacts, ...connects].sort((a, b) => a.start - b.start),
    contacts,
    others: inModelOrder(reaching),
    total: reaching.size + 1,
    pressure,
    elsewhere,
  };
}
