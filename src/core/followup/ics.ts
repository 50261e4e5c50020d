// « Ajouter au calendrier »: one RFC 5545 event (a planned send or a
// check-in) as the text of an .ics file. The iCalendar syntax (escaping, CRLF
// line ends, folding, DTSTAMP) is ts-ics's, a maintained library that runs in
// a web worker as well as in Node (see ARCHITECTURE.md for the comparison).

// The ES module build: esbuild keeps only the generator from it (23 KB), where the
// CommonJS `main` that a Node bundle would pick brings the whole library (42 KB).
import { generateIcsCalendar, type IcsCalendar, type IcsEvent } from 'ts-ics/dist/index.js';
import type { ZonedDate } from '../calendar';

export interface CalendarEventInput {
  /** Stable across exports of the same reminder, so that a calendar updates the event instead of adding one. */
  uid: string;
  summary: string;
  description: string;
  /** A moment, or a day when `allDay` (its calendar date in its own zone). */
  start: ZonedDate;
  allDay?: boolean;
  /** Minutes of a timed event (15 by default). */
  durationMinutes?: number;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

const PRODUCT_ID = '-//Boomerang//Suivi des réponses//FR';

/** The `.ics` text of one event. Times are written in UTC, so no time zone table is needed. */
export function calendarEvent(input: CalendarEventInput): string {
  const start = input.allDay
    ? { date: new Date(Date.UTC(input.start.getFullYear(), input.start.getMonth(), input.start.getDate())), type: 'DATE' as const }
    : { date: new Date(input.start.getTime()) };
  const event: IcsEvent = {
    uid: input.uid,
    stamp: { date: new Date(input.now.getTime()) },
    start,
    summary: input.summary,
    description: input.description,
    ...(input.allDay
      ? { end: { date: new Date(start.date.getTime() + 86_400_000), type: 'DATE' as const } }
      : { duration: { minutes: input.durationMinutes ?? 15 } }),
  };
  const calendar: IcsCalendar = { prodId: PRODUCT_ID, version: '2.0', events: [event] };
  return generateIcsCalendar(calendar);
}

/** A short stable id from a text (FNV-1a, 32 bits, hex), for UIDs. */
export function stableId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** What to put in the calendar: the planned send of a draft, or the check-in of a recipient. */
export type CalendarTarget =
  | { kind: 'envoi'; recipient?: string; channel: string; file: string; moment: ZonedDate; allDay: boolean; subject?: string }
  | { kind: 'check-in'; recipient: string; channel: string; moment: ZonedDate; windowText: string; lastSentText?: string };

/** The event of a target, in French. */
export function eventFor(target: CalendarTarget, fileName: string, now: Date): CalendarEventInput {
  if (target.kind === 'envoi') {
    const to = target.recipient ? ` à ${target.recipient}` : '';
    return {
      uid: `envoi-${stableId(target.file)}@boomerang`,
      summary: `Envoyer la réponse${to} (${target.channel})`,
      description: [
        `Brouillon : ${fileName}.`,
        ...(target.subject ? [`Objet : ${target.subject}.`] : []),
        'Relisez-le (« Vérifier le ton »), envoyez-le, puis « Marquer comme envoyé » dans VS Code.',
      ].join('\n'),
      start: target.moment,
      allDay: target.allDay,
      now,
    };
  }
  return {
    uid: `checkin-${stableId(target.recipient)}@boomerang`,
    summary: `Check-in discret : ${target.recipient} (${target.channel})`,
    description: [
      `${target.windowText.replace(/^./, (c) => c.toUpperCase())}${target.lastSentText ? ` ; dernier message ${target.lastSentText}` : ''}.`,
      'Un mot court : ce que vous avez renforcé ou livré depuis, et que vous restez à portée de mail.',
      'Dans VS Code : vue « Suivi », « Préparer le check-in ».',
    ].join('\n'),
    start: target.moment,
    now,
  };
}
