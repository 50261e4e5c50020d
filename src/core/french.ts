// French output through the runtime's Intl: dates and plurals in messages.
// Node 20 ships full ICU and web workers have Intl, so the same French comes
// out of the editor, the web worker and the command line (a unit test checks
// both). Formatters are built once (per time zone for dates). Lists are joined
// here: the first `Intl.ListFormat` of a process costs 10 to 25 ms (its locale
// data), paid at load time by the tips and hover notes that name the channels;
// test/unit/french.test.ts holds them equal to `Intl.ListFormat('fr')`.

/** « mail, LinkedIn et SMS » (conjunction) or « mail, linkedin ou sms » (disjunction), as `Intl.ListFormat('fr')` writes them. */
export function frenchList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')}${type === 'conjunction' ? ' et ' : ' ou '}${items[items.length - 1]}`;
}

let pluralRules: Intl.PluralRules | undefined;

/**
 * The count and the noun: « 0 ligne », « 1 ligne », « 2 lignes ». French
 * takes the singular for 0 and 1; `Intl.PluralRules('fr')` also knows the
 * « many » of round millions, which takes the plural.
 */
export function plural(n: number, one: string, other: string): string {
  pluralRules ??= new Intl.PluralRules('fr');
  return `${n} ${pluralRules.select(n) === 'one' ? one : other}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = dateFormats.get(key);
  if (!f) {
    if (dateFormats.size >= 64) dateFormats.clear();
    dateFormats.set(key, (f = new Intl.DateTimeFormat('fr-FR', options)));
  }
  return f;
}

/** French writes the first day of a month « 1er ». */
function firstOfMonth(parts: Intl.DateTimeFormatPart[]): string {
  return parts.map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/**
 * A day as French writes it in a sentence: « mardi 12 mars », « lundi 1er
 * juin », with the year when asked (« jeudi 7 janvier 2027 »). `instant` is
 * read on the wall clock of `timeZone`.
 */
export function frenchDay(instant: Date | number, timeZone: string, withYear = false): string {
  const f = dateFormat(`day|${timeZone}|${withYear}`, { weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}), timeZone });
  return firstOfMonth(f.formatToParts(instant));
}

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/**
 * `frenchDay` from a wall-clock date already read (month from 0, weekday from
 * 0 for Sunday), without Intl: the same French as `Intl.DateTimeFormat('fr-FR')`
 * (test/unit/french.test.ts holds them equal), for the machine's zone, whose
 * local dates need no formatter.
 */
export function frenchWallDay(year: number, month: number, day: number, weekday: number, withYear = false): string {
  return `${WEEKDAYS[weekday]} ${day === 1 ? '1er' : day} ${MONTHS[month]}${withYear ? ` ${year}` : ''}`;
}

/**
 * A wall-clock date and time, as written in the front matter, in the short
 * form of the report: « jeu. 12 mars 2026 », « jeu. 12 mars 2026 à 14:30 ».
 */
export function frenchShortDate(d: { year: number; month: number; day: number; hour: number; minute: number; hasTime: boolean }): string {
  const instant = Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute);
  const date = dateFormat('short|UTC', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(instant);
  if (!d.hasTime) return date;
  const time = dateFormat('time|UTC', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(instant);
  return `${date} à ${time}`;
}
