// The « Suivi » table: the workspace's drafts grouped by recipient (the same
// matching as the multichannel rules), each with its status and dates, and
// per recipient the next sensible contact and what is overdue. Pure: the
// drafts' headers, the options and now in, the table out. The editor's view,
// the start-up reminder and `boomerang suivi` all read it.

import { addDays } from 'date-fns';
import { calendarDaysBetween, dayOf, formatDay, formatMoment, frontMatterDateTime, inZone, isBusinessDay, toInstant, type ZonedDate } from '../calendar';
import { TZDate } from '@date-fns/tz';
import type { DraftSummary } from '../context';
import type { Channel, LocalDateTime } from '../draft';
import type { AnalyzeOptions } from '../options';
import { sendWindow } from '../rules/delai';
import { recipientKey } from '../rules/multicanal';

export type FollowupStatus = 'brouillon' | 'planifie' | 'envoye';

export const FOLLOWUP_STATUS_LABELS: Readonly<Record<FollowupStatus, string>> = {
  brouillon: 'brouillon',
  planifie: 'planifié',
  envoye: 'envoyé',
};

/** Where a date stands against today: still to come, today (or inside its window), or past. */
export type DueState = 'a-venir' | 'maintenant' | 'en-retard';

export const DUE_STATE_LABELS: Readonly<Record<DueState, string>> = {
  'a-venir': 'à venir',
  maintenant: 'maintenant',
  'en-retard': 'en retard',
};

export interface FollowupEntry {
  file: string;
  channel: Channel;
  scenario?: string;
  status: FollowupStatus;
  /** `envoye` when sent, `envoi_prevu` when planned. */
  moment?: ZonedDate;
  /** French: « envoyé le lundi 9 mars, 14 h », « prévu le … », « refus reçu le … », « sans date ». */
  dateText: string;
  refusal?: ZonedDate;
  /** `refus_recu` as written (a date without a time widens the reply window to the whole day). */
  refusalReceived?: LocalDateTime;
  /** A planned draft whose day has passed, unsent; or planned for today. */
  due?: DueState;
  email?: string;
  /** The recipient as written in this draft. */
  recipient?: string;
}

export type NextKind = 'reponse' | 'envoi' | 'check-in';

export interface NextContact {
  kind: NextKind;
  /** From when (the planned moment, or the start of a window). */
  from: ZonedDate;
  /** Until when, for a window (the last day of a check-in window, the end of the reply window). */
  until?: ZonedDate;
  state: DueState;
  /** French, one line: « check-in discret du mardi 12 mai au jeudi 11 juin ». */
  text: string;
  /** The planned draft, for `envoi`. */
  file?: string;
  /** For a check-in: the `envoi_prevu` value of the window's first business day, at the opening of the working hours. */
  suggestedSend?: string;
  /** That moment (check-in), for a calendar event. */
  suggestedMoment?: ZonedDate;
}

export interface RecipientGroup {
  /** Stable id of the group: folded name and civility. */
  key: string;
  /** The recipient as most drafts spell it. */
  label: string;
  /** Oldest first. */
  entries: FollowupEntry[];
  /** The channel of the last message sent, else of the latest draft (for a check-in). */
  channel: Channel;
  email?: string;
  lastSent?: FollowupEntry;
  next?: NextContact;
  overdue: boolean;
}

export interface FollowupTable {
  /** Overdue first, then what is due now, then by date. */
  groups: RecipientGroup[];
  /** Drafts without `destinataire`. */
  unassigned: FollowupEntry[];
  now: ZonedDate;
}

export interface FollowupReminder {
  /** Recipients whose check-in window is open or past, with nothing planned. */
  checkIns: RecipientGroup[];
  /** Drafts planned for today, or planned earlier and still unsent. */
  planned: FollowupEntry[];
}

/** The share of `checkInDays` after which a check-in window closes: 60 days → 90 (« 2–3 mois »). */
const CHECK_IN_SPAN = 1.5;
const MAX_SKIP = 30;

/** The drafts' headers as the « Suivi » table. */
export function followupTable(drafts: readonly DraftSummary[], options: AnalyzeOptions, now: Date): FollowupTable {
  const zone = options.timeZone;
  const today = inZone(now, zone);
  const year = today.getFullYear();
  const byName = new Map<string, { civilities: Map<string, FollowupEntry[]>; bare: FollowupEntry[] }>();
  const unassigned: FollowupEntry[] = [];
  for (const d of drafts) {
    const entry = toEntry(d, zone, today, year);
    const k = d.recipient ? recipientKey(d.recipient) : undefined;
    if (!k) {
      unassigned.push(entry);
      continue;
    }
    let slot = byName.get(k.name);
    if (!slot) byName.set(k.name, (slot = { civilities: new Map(), bare: [] }));
    if (k.civility === '') slot.bare.push(entry);
    else {
      const list = slot.civilities.get(k.civility) ?? [];
      list.push(entry);
      slot.civilities.set(k.civility, list);
    }
  }
  const groups: RecipientGroup[] = [];
  for (const [name, slot] of byName) {
    // « Martin » joins « Mme Martin » when she is the only Martin; with « M. Martin » too, it stays apart.
    if (slot.civilities.size === 1) {
      const [[civility, list]] = [...slot.civilities];
      groups.push(makeGroup(`${name}|${civility}`, [...list, ...slot.bare], options, today, year));
    } else {
      for (const [civility, list] of slot.civilities) groups.push(makeGroup(`${name}|${civility}`, list, options, today, year));
      if (slot.bare.length > 0) groups.push(makeGroup(`${name}|`, slot.bare, options, today, year));
    }
  }
  groups.sort(compareGroups);
  unassigned.sort(compareEntries);
  return { groups, unassigned, now: today };
}

/** What the start-up reminder speaks of. */
export function followupReminder(table: FollowupTable): FollowupReminder {
  const checkIns = table.groups.filter((g) => g.next?.kind === 'check-in' && g.next.state !== 'a-venir');
  const planned = [...table.groups.flatMap((g) => g.entries), ...table.unassigned].filter((e) => e.status === 'planifie' && e.due !== undefined && e.due !== 'a-venir');
  return { checkIns, planned };
}

function toEntry(d: DraftSummary, zone: string, today: ZonedDate, year: number): FollowupEntry {
  const status: FollowupStatus = d.sentAt ? 'envoye' : d.plannedSend ? 'planifie' : 'brouillon';
  const refusal = d.refusalReceived ? toInstant(d.refusalReceived, zone) : undefined;
  const entry: FollowupEntry = { file: d.file, channel: d.channel, status, dateText: 'sans date' };
  if (d.scenario) entry.scenario = d.scenario;
  if (d.email) entry.email = d.email;
  if (d.recipient) entry.recipient = d.recipient;
  if (refusal) {
    entry.refusal = refusal;
    entry.refusalReceived = d.refusalReceived;
  }
  const date = d.sentAt ?? d.plannedSend;
  if (date) {
    entry.moment = toInstant(date, zone);
    const verb = status === 'envoye' ? 'envoyé' : 'prévu';
    entry.dateText = `${verb} le ${describe(date, zone, year)}`;
    if (status === 'planifie') entry.due = dayState(dayOf(date, zone), dayOf(date, zone), today);
  } else if (d.refusalReceived) {
    entry.dateText = `refus reçu le ${describe(d.refusalReceived, zone, year)}`;
  }
  return entry;
}

/** « lundi 9 mars, 14 h », or « lundi 9 mars » for a date without a time. */
function describe(d: LocalDateTime, zone: string, year: number): string {
  return d.hasTime ? formatMoment(toInstant(d, zone), year) : formatDay(dayOf(d, zone), year);
}

/** Where today stands against the days from `first` to `last` (both included). */
function dayState(first: ZonedDate, last: ZonedDate, today: ZonedDate): DueState {
  if (calendarDaysBetween(today, first) > 0) return 'a-venir';
  if (calendarDaysBetween(last, today) > 0) return 'en-retard';
  return 'maintenant';
}

function makeGroup(key: string, entries: FollowupEntry[], options: AnalyzeOptions, today: ZonedDate, year: number): RecipientGroup {
  entries.sort(compareEntries);
  const latest = entries[entries.length - 1];
  const sent = entries.filter((e) => e.status === 'envoye');
  const group: RecipientGroup = {
    key,
    label: labelOf(entries),
    entries,
    channel: latest.channel,
    overdue: false,
  };
  const email = [...entries].reverse().find((e) => e.email)?.email;
  if (email) group.email = email;
  if (sent.length > 0) {
    group.lastSent = sent[sent.length - 1];
    // The next message goes through the channel of the last one the recipient received.
    group.channel = group.lastSent.channel;
  }
  const next = nextContact(entries, group.lastSent, options, today, year);
  if (next) {
    group.next = next;
    group.overdue = next.state === 'en-retard';
  }
  return group;
}

/** The spelling most drafts use; on a tie, the one of the latest message sent (what the recipient saw), else of the latest draft. */
function labelOf(entries: readonly FollowupEntry[]): string {
  const counts = new Map<string, number>();
  let max = 0;
  for (const e of entries) {
    if (!e.recipient) continue;
    const n = (counts.get(e.recipient) ?? 0) + 1;
    counts.set(e.recipient, n);
    max = Math.max(max, n);
  }
  let best = '';
  let bestSent = false;
  for (const e of entries) {
    if (!e.recipient || counts.get(e.recipient) !== max) continue;
    const sent = e.status === 'envoye';
    if (sent || !bestSent) {
      best = e.recipient;
      bestSent ||= sent;
    }
  }
  return best;
}

function nextContact(entries: readonly FollowupEntry[], lastSent: FollowupEntry | undefined, options: AnalyzeOptions, today: ZonedDate, year: number): NextContact | undefined {
  const zone = options.timeZone;
  const planned = entries.filter((e) => e.status === 'planifie' && e.moment);
  if (planned.length > 0) {
    const p = planned[0];
    const moment = p.moment as ZonedDate;
    return { kind: 'envoi', from: moment, state: p.due ?? 'a-venir', text: `envoi ${p.dateText}`, file: p.file };
  }
  if (lastSent?.moment) {
    const { checkInDays } = options.thresholds;
    const sentDay = startOfDay(lastSent.moment, zone);
    const start = firstBusinessDayFrom(addDays(sentDay, checkInDays), options.alsaceMoselle);
    let until = addDays(sentDay, Math.round(checkInDays * CHECK_IN_SPAN));
    if (calendarDaysBetween(start, until) < 0) until = start;
    const opening = atMinutes(start, options.workingHours.start, zone);
    return {
      kind: 'check-in',
      from: start,
      until,
      state: dayState(start, until, today),
      text: `check-in discret du ${formatDay(start, year)} au ${formatDay(until, year)}`,
      suggestedSend: frontMatterDateTime(opening),
      suggestedMoment: opening,
    };
  }
  // Nothing sent yet: the reply window of the earliest refusal.
  const withRefusal = entries.filter((e) => e.refusal).sort((a, b) => (a.refusal as ZonedDate).getTime() - (b.refusal as ZonedDate).getTime());
  const first = withRefusal[0];
  if (!first?.refusalReceived) return undefined;
  const w = sendWindow({ channel: first.channel, channelExplicit: true, refusalReceived: first.refusalReceived }, options, today);
  if (!w) return undefined;
  const state: DueState = w.status === 'too-early' ? 'a-venir' : w.status === 'late' ? 'en-retard' : 'maintenant';
  return { kind: 'reponse', from: w.earliest, until: w.latest, state, text: `réponse au refus du ${w.earliestText} au ${w.latestText}`, file: first.file };
}

function startOfDay(t: ZonedDate, zone: string): ZonedDate {
  return new TZDate(t.getFullYear(), t.getMonth(), t.getDate(), zone);
}

function atMinutes(t: ZonedDate, minutes: number, zone: string): ZonedDate {
  return new TZDate(t.getFullYear(), t.getMonth(), t.getDate(), Math.floor(minutes / 60), minutes % 60, zone);
}

/** The day itself when it is a business day, else the next one (weekends and French public holidays skipped). */
export function firstBusinessDayFrom(t: ZonedDate, alsace: boolean): ZonedDate {
  let d = t;
  for (let i = 0; i < MAX_SKIP && !isBusinessDay(d, alsace); i++) d = addDays(d, 1);
  return d;
}

function compareEntries(a: FollowupEntry, b: FollowupEntry): number {
  const ta = a.moment?.getTime() ?? a.refusal?.getTime() ?? Number.POSITIVE_INFINITY;
  const tb = b.moment?.getTime() ?? b.refusal?.getTime() ?? Number.POSITIVE_INFINITY;
  return ta - tb || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

const STATE_ORDER: Readonly<Record<DueState, number>> = { 'en-retard': 0, maintenant: 1, 'a-venir': 2 };

function compareGroups(a: RecipientGroup, b: RecipientGroup): number {
  const sa = a.next ? STATE_ORDER[a.next.state] : 3;
  const sb = b.next ? STATE_ORDER[b.next.state] : 3;
  if (sa !== sb) return sa - sb;
  const ta = a.next?.from.getTime() ?? 0;
  const tb = b.next?.from.getTime() ?? 0;
  return ta - tb || a.label.localeCompare(b.label, 'fr');
}
