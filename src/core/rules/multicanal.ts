// Category `multicanal`: « Multicanal envahissant : Mail + LinkedIn + SMS =
// pression ». Within one draft, the sender says they reach the reader through
// other channels too (a channel in the signature is what the guide recommends
// and does not count); across drafts, one recipient gets messages through
// several channels within a few days, or more often than the guide's rhythm
// (a resource 1–2 weeks later, a check-in after 2–3 months).

import { calendarDaysBetween, dayOf, formatDay, inZone, toInstant, type ZonedDate } from '../calendar';
import { addDays } from 'date-fns';
import type { DraftSummary, RuleContext } from '../context';
import {
  A_MESSAGE,
  CHANNEL_NAMES,
  CIVILITIES,
  CONNECT_IMPLIES,
  CONNECT_PHRASES,
  CONTACT_CUES,
  NOT_CHANNELS,
  OWN_CHANNEL,
  RELAUNCH_PHRASES,
  RHYTHMS,
  type ChannelEntry,
  type ChannelId,
} from '../data/channels';
import type { Draft, LocalDateTime } from '../draft';
import type { RuleDefinition } from '../rule';
import { fold, PhraseMatcher, phraseSource, wholeWords } from '../text';
import type { RelatedLocation, Report } from '../types';
import { deleteSentence } from '../fixes';

// ---------------------------------------------------------------- one draft

const channelMatcher = new PhraseMatcher<ChannelEntry>(CHANNEL_NAMES);
const notChannelMatcher = new PhraseMatcher(NOT_CHANNELS);
const connectMatcher = new PhraseMatcher(CONNECT_PHRASES);
const relaunchMatcher = new PhraseMatcher(RELAUNCH_PHRASES);
let cueRegexes: RegExp[] | undefined;

function cues(): RegExp[] {
  cueRegexes ??= CONTACT_CUES.map((c) => new RegExp(`(?<![\\p{L}\\p{N}])${c.cue}`, 'u'));
  return cueRegexes;
}

interface Range {
  start: number;
  end: number;
}

/** A sentence in which the sender reaches (or connects with) the reader through some channels. */
interface Mention extends Range {
  channels: ChannelId[];
  kind: 'contact' | 'connect';
}

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

function findMentions(draft: Draft): { mentions: Mention[]; relaunches: (Range & { silence: boolean })[] } {
  const { prose } = draft;
  const region = messageRange(draft);
  const mentions: Mention[] = [];
  for (const s of sentences(prose, region.start, region.end)) {
    const text = prose.slice(s.start, s.end);
    let cue: (typeof CONTACT_CUES)[number] | undefined;
    const regexes = cues();
    for (let i = 0; i < regexes.length && !cue; i++) if (regexes[i].test(text)) cue = CONTACT_CUES[i];
    const connect = connectMatcher.matches(prose, s.start, s.end).next().done === false;
    if (!cue && !connect) continue;
    const blocked = [...notChannelMatcher.matches(prose, s.start, s.end)];
    const channels = new Set<ChannelId>();
    for (const hit of channelMatcher.matches(prose, s.start, s.end)) {
      if (blocked.some((b) => b.start <= hit.start && hit.end <= b.end)) continue;
      channels.add(hit.entry.channel);
    }
    if (channels.size === 0) {
      if (connect) channels.add(CONNECT_IMPLIES);
      else if (cue?.implies) channels.add(cue.implies);
    }
    if (channels.size === 0) continue;
    mentions.push({ ...s, channels: [...channels], kind: connect ? 'connect' : 'contact' });
  }
  const relaunches = [...relaunchMatcher.matches(prose, region.start, region.end)].map((h) => ({ start: h.start, end: h.end, silence: h.entry.silence === true }));
  return { mentions, relaunches };
}

const MAX_REPORTS = 20;
const MAX_RELATED = 5;

const LABEL = new Map<ChannelId, string>(CHANNEL_NAMES.map((c) => [c.channel, c.label]));

function channelList(channels: readonly ChannelId[]): string {
  const labels = channels.map((c) => LABEL.get(c) ?? c);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} et ${labels[labels.length - 1]}`;
}


export const multicanalAnnonce: RuleDefinition = {
  id: 'multicanal-annonce',
  category: 'multicanal',
  severity: 'warning',
  description: 'Le message annonce d’autres canaux (« je vous ai aussi écrit sur LinkedIn », « laissé un message vocal ») : Mail + LinkedIn + SMS = pression. Les coordonnées de la signature ne comptent pas.',
  tip: 'multicanal',
  example: 'Je vous ai aussi écrit sur LinkedIn et laissé un message vocal.',
  *check(draft) {
    const { mentions, relaunches } = findMentions(draft);
    if (mentions.length === 0) return;
    const own = draft.meta.channel as ChannelId;
    const others = (m: Mention) => m.channels.filter((c) => c !== own);
    const contacts = mentions.filter((m) => m.kind === 'contact' && others(m).length > 0);
    const connects = mentions.filter((m) => m.kind === 'connect' && others(m).length > 0);
    const all = new Set<ChannelId>([own]);
    for (const m of [...contacts, ...connects]) for (const c of m.channels) all.add(c);
    // One calm invitation to connect is what the guide recommends; another
    // channel, or a relaunch, makes it pressure.
    const pressure = contacts.length > 0 || (connects.length > 0 && (relaunches.length > 0 || all.size >= 3));
    if (!pressure) return;
    const flagged = [...contacts, ...connects].sort((a, b) => a.start - b.start);
    const extra = [...all].filter((c) => c !== own);
    const relaunch = relaunches.length > 0 ? ` La relance (« ${draft.text.slice(relaunches[0].start, relaunches[0].end)} ») ajoute à la pression.` : '';
    const count = all.size >= 3 ? ` : ${all.size} canaux pour une seule personne` : '';
    // A pathological text (the same sentence a thousand times) must stay linear: a few reports, a few links each.
    for (const m of flagged.slice(0, MAX_REPORTS)) {
      const related: RelatedLocation[] = [
        ...flagged.filter((o) => o !== m).slice(0, MAX_RELATED).map((o) => ({ start: o.start, end: o.end, message: `Autre canal annoncé : ${channelList(others(o))}.` })),
        ...relaunches.slice(0, MAX_RELATED).map((r) => ({ start: r.start, end: r.end, message: 'Relance.' })),
      ];
      const report: Report = {
        start: m.start,
        end: m.end,
        message: `Multicanal envahissant : ${OWN_CHANNEL[own] ?? 'ce message'} annonce aussi ${channelList(extra)}${count}. Le guide : « Mail + LinkedIn + SMS = pression ». Gardez un seul canal ; vos coordonnées dans la signature suffisent.${relaunch}`,
        fixes: [deleteSentence(draft.text, m.start, m.end)],
      };
      if (related.length > 0) report.related = related;
      yield report;
    }
  },
};

export const relanceInsistante: RuleDefinition = {
  id: 'relance-insistante',
  category: 'multicanal',
  severity: 'warning',
  description: 'Le message reproche le silence (« sans réponse de votre part », « je n’ai pas eu de retour ») : après un refus, c’est une relance qui met la pression, même sur un seul canal.',
  tip: 'multicanal',
  example: 'Sans réponse de votre part à mon précédent mail, je me permets de vous relancer.',
  *check(draft) {
    const { mentions, relaunches } = findMentions(draft);
    const silence = relaunches.find((r) => r.silence);
    if (!silence) return;
    // Announcing another channel as well: multicanal-annonce already names the relaunch.
    const own = draft.meta.channel as ChannelId;
    if (mentions.some((m) => m.kind === 'contact' && m.channels.some((c) => c !== own))) return;
    const region = messageRange(draft);
    const s = sentences(draft.prose, region.start, region.end).find((x) => x.start <= silence.start && silence.end <= x.end) ?? silence;
    yield {
      start: s.start,
      end: s.end,
      message: `Relance insistante : « ${draft.text.slice(silence.start, silence.end)} » reproche le silence et met la pression. Le guide : rester visible « sans harceler » ; remerciez et restez disponible, sans relancer.`,
      fixes: [deleteSentence(draft.text, s.start, s.end)],
    };
  },
};

// ---------------------------------------------------------------- across drafts

/** A recipient as compared across drafts: civility (if any) and name, folded. */
export interface RecipientKey {
  civility: string;
  name: string;
}

/** « Mme Claire Martin (Acme) » → { civility: 'madame', name: 'claire martin' }. */
export function recipientKey(raw: string): RecipientKey | undefined {
  const s = fold(raw)
    .replace(/<[^>]*>|\([^)]*\)/g, ' ')
    .replace(/[.,;:«»"]/g, ' ');
  let civility = '';
  const name: string[] = [];
  for (const token of s.split(/\s+/)) {
    if (token === '') continue;
    const c = name.length === 0 ? CIVILITIES[token] : undefined;
    if (c !== undefined) {
      if (c !== '' && civility === '') civility = c;
      continue;
    }
    name.push(token);
  }
  if (name.length === 0) return undefined;
  return { civility, name: name.join(' ') };
}

const keys = new Map<string, RecipientKey | undefined>();

function cachedKey(raw: string): RecipientKey | undefined {
  if (keys.has(raw)) return keys.get(raw);
  if (keys.size >= 4096) keys.clear();
  const k = recipientKey(raw);
  keys.set(raw, k);
  return k;
}

/** Same person: same name, and no two different civilities (« Mme Martin » = « Madame Martin » = « Martin »). */
export function sameRecipient(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const ka = cachedKey(a);
  const kb = cachedKey(b);
  if (!ka || !kb || ka.name !== kb.name) return false;
  return ka.civility === '' || kb.civility === '' || ka.civility === kb.civility;
}

interface Dated {
  summary: DraftSummary;
  moment: ZonedDate;
  day: ZonedDate;
}

let rhythmRes: { kind: 'check-in' | 'suivi'; re: RegExp }[] | undefined;

function rhythmOf(scenario: string | undefined): 'check-in' | 'suivi' {
  if (!scenario) return 'suivi';
  rhythmRes ??= RHYTHMS.map((r) => ({ kind: r.kind, re: new RegExp(wholeWords(r.forms.map(phraseSource).join('|')), 'u') }));
  const f = fold(scenario);
  return rhythmRes.find((r) => r.re.test(f))?.kind ?? 'suivi';
}

/** The file name of a path or URI, for messages. */
export function baseName(file: string): string {
  const last = file.split(/[\\/]/).pop() ?? file;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function when(d: Dated, year: number): string {
  const verb = d.summary.dateKey === 'envoye' ? 'envoyé' : 'prévu';
  return `${A_MESSAGE[d.summary.channel as ChannelId] ?? 'un message'} ${verb} le ${formatDay(d.day, year)} (${baseName(d.summary.file)})`;
}

function related(d: Dated, year: number): RelatedLocation {
  const a = d.summary.anchor;
  return {
    file: d.summary.file,
    start: a?.start ?? 0,
    end: a?.end ?? 0,
    ...(a ? { position: a.position } : { position: { line: 0, column: 0, endLine: 0, endColumn: 0 } }),
    message: `${when(d, year).replace(/^./, (c) => c.toUpperCase())}.`,
  };
}

/** This draft and the earlier dated drafts to the same recipient, or undefined when the check does not apply. */
function earlierToSameRecipient(draft: Draft, ctx: RuleContext): { me: Dated; earlier: Dated[]; range: Range } | undefined {
  const meta = draft.meta;
  const field = draft.frontMatter?.fields.get('destinataire');
  if (!meta.recipient || !field || ctx.siblings.length === 0) return undefined;
  const zone = ctx.options.timeZone;
  const date: LocalDateTime | undefined = meta.sentAt ?? meta.plannedSend;
  // A draft without a date is being written now.
  const moment = date ? toInstant(date, zone) : inZone(ctx.now, zone);
  const day = date ? dayOf(date, zone) : dayOf({ year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate(), hour: 0, minute: 0, hasTime: false }, zone);
  const me: Dated = {
    summary: { file: ctx.file ?? '', recipient: meta.recipient, channel: meta.channel, date, scenario: meta.scenario },
    moment,
    day,
  };
  const earlier: Dated[] = [];
  for (const s of ctx.siblings) {
    if (!s.date || s.file === ctx.file || !sameRecipient(meta.recipient, s.recipient)) continue;
    const m = toInstant(s.date, zone);
    const before = m.getTime() < moment.getTime() || (m.getTime() === moment.getTime() && s.file < (ctx.file ?? ''));
    if (before) earlier.push({ summary: s, moment: m, day: dayOf(s.date, zone) });
  }
  if (earlier.length === 0) return undefined;
  earlier.sort((a, b) => a.moment.getTime() - b.moment.getTime() || (a.summary.file < b.summary.file ? -1 : 1));
  return { me, earlier, range: { start: field.valueStart, end: field.valueEnd } };
}

function spanText(days: number): string {
  return days === 0 ? 'le même jour' : `sur ${days + 1} jours`;
}

/** Earlier drafts to the same recipient through another channel, within the channel window. */
function otherChannels(me: Dated, earlier: readonly Dated[], windowDays: number): Dated[] {
  return earlier.filter((d) => d.summary.channel !== me.summary.channel && calendarDaysBetween(d.day, me.day) < windowDays);
}

export const multicanalDestinataire: RuleDefinition = {
  id: 'multicanal-destinataire',
  category: 'multicanal',
  severity: 'warning',
  description: 'Un autre brouillon écrit à la même personne par un autre canal à quelques jours d’intervalle (seuil `channelWindowDays`) : Mail + LinkedIn + SMS = pression.',
  tip: 'multicanal',
  example: 'relance-linkedin.reponse.md (canal: linkedin, envoi_prevu: 2026-03-10) après merci.reponse.md (canal: mail, envoye: 2026-03-09), même destinataire.',
  *check(draft, ctx) {
    const found = earlierToSameRecipient(draft, ctx);
    if (!found) return;
    const { me, earlier, range } = found;
    const others = otherChannels(me, earlier, ctx.options.thresholds.channelWindowDays);
    if (others.length === 0) return;
    const year = me.day.getFullYear();
    const channels = new Set([me.summary.channel, ...others.map((o) => o.summary.channel)]);
    const span = calendarDaysBetween(others[0].day, me.day);
    const list = others.map((o) => when(o, year));
    const listText = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} et ${list[list.length - 1]}`;
    yield {
      ...range,
      message: `${me.summary.recipient} reçoit déjà ${listText}. Avec ${OWN_CHANNEL[me.summary.channel] ?? 'ce message'}, cela fait ${channels.size} canaux ${spanText(span)} : multicanal envahissant (« Mail + LinkedIn + SMS = pression »). Gardez un seul canal.`,
      related: others.map((o) => related(o, year)),
    };
  },
};

export const relanceTropRapprochee: RuleDefinition = {
  id: 'relance-trop-rapprochee',
  category: 'multicanal',
  severity: 'warning',
  description: 'Un message à la même personne suit le précédent de trop près : le guide espace les suivis (une ressource 1 à 2 semaines après, un check-in discret après 2 à 3 mois ; seuils `followUpDays` et `checkInDays`).',
  tip: 'radar',
  example: 'Deux brouillons à « Mme Martin » datés du 9 et du 11 mars.',
  *check(draft, ctx) {
    const found = earlierToSameRecipient(draft, ctx);
    if (!found) return;
    const { me, earlier, range } = found;
    const { followUpDays, checkInDays, channelWindowDays } = ctx.options.thresholds;
    const last = earlier[earlier.length - 1];
    // Another channel within the window is already said by multicanal-destinataire.
    if (otherChannels(me, [last], channelWindowDays).length > 0) return;
    const rhythm = rhythmOf(me.summary.scenario);
    const min = rhythm === 'check-in' ? Math.max(checkInDays, followUpDays) : followUpDays;
    const gap = calendarDaysBetween(last.day, me.day);
    if (gap >= min) return;
    const year = me.day.getFullYear();
    const wait = formatDay(addDays(last.day, min), year);
    const ago = gap === 0 ? 'le même jour' : gap === 1 ? 'la veille' : `${gap} jours plus tôt`;
    const advice =
      rhythm === 'check-in'
        ? `un check-in discret vient 2 à 3 mois après le dernier échange. Attendez le ${wait}.`
        : `une ressource utile 1 à 2 semaines après, puis un check-in discret après 2 à 3 mois. Attendez le ${wait}.`;
    yield {
      ...range,
      message: `Un autre message à ${me.summary.recipient} ${ago} : ${when(last, year)}. Le guide espace les suivis : ${advice}`,
      related: [related(last, year)],
      severity: rhythm === 'check-in' && gap >= followUpDays ? 'information' : undefined,
    };
  },
};

export const multicanalRules: readonly RuleDefinition[] = [multicanalAnnonce, relanceInsistante, multicanalDestinataire, relanceTropRapprochee];
