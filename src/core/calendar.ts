// Calendar of business days in the writer's time zone: weekends, French public
// holidays (Easter-based ones too, and Alsace-Moselle's two extra days when
// asked) and working hours. Days are compared by calendar date in the zone
// (date-fns with @date-fns/tz), never by adding 24-hour blocks, so a daylight
// saving change moves nothing. In the machine's own zone (options without a
// zone of their own: MACHINE_ZONE), a zoned date is the runtime's local Date:
// the same wall clock as a TZDate there (test/unit/calendar.test.ts holds them
// equal across daylight saving changes), without the first Intl.DateTimeFormat
// of the process (more than ten milliseconds) or an Intl call per date.

import { TZDate } from '@date-fns/tz';
import getJoursFeries from '@socialgouv/jours-feries';
import { addDays } from 'date-fns';
import type { LocalDateTime } from './dates';
import { frenchDay, frenchWallDay } from './french';
import { MACHINE_ZONE, runtimeTimeZone, type WorkingHours } from './options';

/** A moment on the machine's wall clock: the runtime's local date, named by the machine's zone. */
class MachineDate extends Date {
  /** The machine's zone (asked of Intl only when a caller wants its name). */
  get timeZone(): string {
    return runtimeTimeZone();
  }
}

/** A moment seen in a time zone (its getters give the wall clock there). */
export type ZonedDate = TZDate | MachineDate;

export function inZone(date: Date | number, zone: string): ZonedDate {
  const t = typeof date === 'number' ? date : date.getTime();
  return zone === MACHINE_ZONE ? new MachineDate(t) : new TZDate(t, zone);
}

/** The moment of a wall-clock time in `zone` (month from 0; out-of-range fields carry over, as Date does). */
function wallClock(zone: string, year: number, month: number, day: number, hour = 0, minute = 0): ZonedDate {
  return zone === MACHINE_ZONE ? new MachineDate(year, month, day, hour, minute) : new TZDate(year, month, day, hour, minute, zone);
}

/** The zone a zoned date was built in, as the calendar names it. */
function zoneOfDate(t: ZonedDate): string {
  return t instanceof MachineDate ? MACHINE_ZONE : (t.timeZone ?? 'UTC');
}

/** A copy of `t` in the same zone (to be changed by its setters). */
export function copyOf(t: ZonedDate): ZonedDate {
  return inZone(t, zoneOfDate(t));
}

/**
 * Building a zoned date asks Intl for the zone's offset (tens of microseconds);
 * the few front matter dates of a workspace are converted once and reused.
 * The cached dates are shared: callers never mutate them. Local dates cost
 * nothing to build and follow the machine's zone as it is now: never cached.
 */
const memo = new Map<string, ZonedDate>();
const MEMO_SIZE = 4096;

function remember(kind: string, d: LocalDateTime, zone: string, make: () => ZonedDate): ZonedDate {
  if (zone === MACHINE_ZONE) return make();
  const key = `${kind}|${keyOf(d, zone)}`;
  let t = memo.get(key);
  if (!t) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    t = make();
    memo.set(key, t);
  }
  return t;
}

function keyOf(d: LocalDateTime, zone: string): string {
  return `${zone}|${d.year}-${d.month}-${d.day} ${d.hour}:${d.minute}|${d.offsetMinutes ?? ''}`;
}

/**
 * The moment a front matter value names: with its own offset when it has one
 * (`Z`, `+02:00`), else on the wall clock of `zone`. A date without a time is
 * midnight.
 */
export function toInstant(d: LocalDateTime, zone: string): ZonedDate {
  return remember('i', d, zone, () =>
    d.offsetMinutes !== undefined
      ? inZone(Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute) - d.offsetMinutes * 60_000, zone)
      : wallClock(zone, d.year, d.month - 1, d.day, d.hour, d.minute),
  );
}

/**
 * True when a wall-clock time without offset does not exist in `zone`: the
 * hour skipped when clocks move forward (`2026-03-29 02:30` in Europe/Paris).
 * A zoned date would silently move it to another hour.
 */
export function isMissingLocalTime(d: LocalDateTime, zone: string): boolean {
  if (d.offsetMinutes !== undefined || !d.hasTime) return false;
  const t = toInstant(d, zone);
  return t.getDate() !== d.day || t.getHours() !== d.hour || t.getMinutes() !== d.minute;
}

/** The calendar date of a front matter value, as a moment at the start of that day in `zone`. */
export function dayOf(d: LocalDateTime, zone: string): ZonedDate {
  return remember('d', d, zone, () => {
    const t = toInstant(d, zone);
    return wallClock(zone, t.getFullYear(), t.getMonth(), t.getDate());
  });
}

/**
 * Whole calendar days between the wall-clock dates of two moments of the same
 * zone (dates compared as dates; no 24-hour blocks, so daylight saving changes
 * nothing). Reads the dates through the zoned getters, without building new
 * zoned dates, which would cost an Intl call each.
 */
export function calendarDaysBetween(earlier: ZonedDate, later: ZonedDate): number {
  const a = Date.UTC(earlier.getFullYear(), earlier.getMonth(), earlier.getDate());
  const b = Date.UTC(later.getFullYear(), later.getMonth(), later.getDate());
  return Math.round((b - a) / 86_400_000);
}

const holidayCache = new Map<string, ReadonlyMap<string, string>>();

/**
 * French public holidays of a year, by `M-D`, with their French names.
 * @socialgouv/jours-feries builds them at midnight of the runtime's own zone and
 * derives the Easter-based ones by adding 24-hour blocks; reading each one
 * twelve hours later gives its calendar date whatever the runtime's zone.
 */
function holidays(year: number, alsace: boolean): ReadonlyMap<string, string> {
  const key = `${year}:${alsace}`;
  let map = holidayCache.get(key);
  if (!map) {
    const m = new Map<string, string>();
    const list = getJoursFeries(year, { alsace }) as Record<string, Date>;
    for (const [name, date] of Object.entries(list)) {
      const noon = new Date(date.getTime() + 12 * 3_600_000);
      m.set(`${noon.getMonth() + 1}-${noon.getDate()}`, name);
    }
    if (holidayCache.size > 64) holidayCache.clear();
    holidayCache.set(key, m);
    map = m;
  }
  return map;
}

/** The French name of the public holiday on this calendar day, if any. */
export function publicHoliday(t: ZonedDate, alsace: boolean): string | undefined {
  return holidays(t.getFullYear(), alsace).get(`${t.getMonth() + 1}-${t.getDate()}`);
}

export function isBusinessDay(t: ZonedDate, alsace: boolean): boolean {
  // The zoned getter, not date-fns' isWeekend: that one clones the date, which asks Intl for the offset again.
  const day = t.getDay();
  return day !== 0 && day !== 6 && publicHoliday(t, alsace) === undefined;
}

/** More than this many days without a business day cannot happen in France; a bound against bad input. */
const MAX_SKIP = 30;

/** The same wall-clock time on the next business day (calendar days in the zone). */
function nextBusinessDay(t: ZonedDate, alsace: boolean): ZonedDate {
  let d = addDays(t, 1);
  for (let i = 0; i < MAX_SKIP && !isBusinessDay(d, alsace); i++) d = addDays(d, 1);
  return d;
}

function atMinutes(t: ZonedDate, minutes: number): ZonedDate {
  return wallClock(zoneOfDate(t), t.getFullYear(), t.getMonth(), t.getDate(), Math.floor(minutes / 60), minutes % 60);
}

function minutesOfDay(t: ZonedDate): number {
  return t.getHours() * 60 + t.getMinutes();
}

/** True when `t` falls in the working hours of a business day. */
export function isBusinessTime(t: ZonedDate, hours: WorkingHours, alsace: boolean): boolean {
  const m = minutesOfDay(t);
  return isBusinessDay(t, alsace) && m >= hours.start && m < hours.end;
}

/**
 * Where the business clock stands at `t`: `t` itself during working hours,
 * else the opening of the next business day (or of the same day, before it opens).
 */
export function businessClock(t: ZonedDate, hours: WorkingHours, alsace: boolean): ZonedDate {
  const m = minutesOfDay(t);
  if (isBusinessDay(t, alsace)) {
    if (m < hours.start) return atMinutes(t, hours.start);
    if (m < hours.end) return atMinutes(t, m);
  }
  return atMinutes(nextBusinessDay(t, alsace), hours.start);
}

/**
 * `days` business days after a moment already on the business clock, at the
 * same wall-clock time (24 business hours = one business day later).
 */
export function addBusinessDays(t: ZonedDate, days: number, alsace: boolean): ZonedDate {
  let d = t;
  for (let i = 0; i < days; i++) d = nextBusinessDay(d, alsace);
  return atMinutes(d, minutesOfDay(t));
}

/**
 * French spelling of a day: « mardi 12 mars », « lundi 1er juin », with the year
 * when it differs from `referenceYear` (on the wall clock of `t`'s zone: Intl,
 * or the local date's own getters in the machine's zone).
 */
export function formatDay(t: ZonedDate, referenceYear?: number): string {
  const withYear = referenceYear !== undefined && t.getFullYear() !== referenceYear;
  if (t instanceof MachineDate) return frenchWallDay(t.getFullYear(), t.getMonth(), t.getDate(), t.getDay(), withYear);
  return frenchDay(t, t.timeZone ?? 'UTC', withYear);
}


/** « 9 h 15 », « 14 h » in French typography (no-break spaces). */
export function formatTime(t: ZonedDate): string {
  const m = t.getMinutes();
  return `${t.getHours()}\u00a0h${m === 0 ? '' : `\u00a0${String(m).padStart(2, '0')}`}`;
}

/** « mardi 12 mars, 9 h 15 ». */
export function formatMoment(t: ZonedDate, referenceYear?: number): string {
  return `${formatDay(t, referenceYear)}, ${formatTime(t)}`;
}

/** The front matter spelling of a moment on its wall clock: `2026-03-12 09:15` (callers check the year: see `isSupportedYear`). */
export function frontMatterDateTime(t: ZonedDate): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())} ${p(t.getHours())}:${p(t.getMinutes())}`;
}
