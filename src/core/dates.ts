// The one date parser of Boomerang: front matter values (`refus_recu`,
// `envoi_prevu`, `envoye`), the date typed in « Nouvelle réponse » and the
// command line's `--maintenant`. Pure and zone-free: it reads what is written
// and says in French what is wrong; calendar.ts places a value in a time zone
// (and reports local times that do not exist there). No date library is
// touched here, so a draft without a date never pays for one.

/** A date and time as written, in the writer's own time zone unless an offset is given. */
export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  hasTime: boolean;
  /** Minutes east of UTC when the value carries `Z` or `+02:00`. */
  offsetMinutes?: number;
}

/** Four-digit years only: `0099` is no year anyone means, and `Date` would read it as 1999. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;
/** The widest offsets in use (UTC−12:00 to UTC+14:00), with room: ±14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2})[:h](\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const EXAMPLE = 'écrivez AAAA-MM-JJ, avec l’heure si vous la connaissez (2026-03-12 14:30)';

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses `2026-03-12`, `2026-03-12 14:30`, `2026-03-12T14:30:00+01:00`
 * (also `14h30`, `Z`, `+0100`). Returns a French message when it cannot:
 * unreadable, a year outside 1000–9999, a day, hour, minute, second or offset
 * that does not exist.
 */
export function parseDateTime(value: string): LocalDateTime | string {
  const v = value.trim();
  const m = v.length <= 64 ? DATE_TIME.exec(v) : null;
  if (!m) return `date illisible « ${shorten(v)} » : ${EXAMPLE}.`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return `l’année de « ${v} » est hors de la plage ${MIN_YEAR}–${MAX_YEAR} : écrivez l’année en entier (2026).`;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return `la date « ${v} » n’existe pas.`;
  const hasTime = m[4] !== undefined;
  const hour = hasTime ? Number(m[4]) : 0;
  const minute = hasTime ? Number(m[5]) : 0;
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) return `l’heure de « ${v} » n’existe pas.`;
  let offsetMinutes: number | undefined;
  if (m[7]) {
    if (m[7].toUpperCase() === 'Z') offsetMinutes = 0;
    else {
      const sign = m[7][0] === '-' ? -1 : 1;
      const digits = m[7].slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = Number(digits.slice(2));
      if (om > 59 || oh * 60 + om > MAX_OFFSET_MINUTES) return `le décalage horaire de « ${v} » n’existe pas (de -14:00 à +14:00).`;
      offsetMinutes = sign * (oh * 60 + om);
    }
  }
  return { year, month, day, hour, minute, hasTime, offsetMinutes };
}

/** True for a year that a date of Boomerang can have. */
export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The front matter spelling: `2026-03-12` or `2026-03-12 09:15` (no offset). */
export function formatLocalDateTime(d: Pick<LocalDateTime, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'hasTime'>): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${d.year}-${p(d.month)}-${p(d.day)}`;
  return d.hasTime ? `${date} ${p(d.hour)}:${p(d.minute)}` : date;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
