// The draft model: what a reply is made of (front matter, subject, greeting,
// body, closing, signature) and which characters are prose to check. Built once
// per analysis; every rule reads it.

import { CHANNELS, DRAFT_CHANNELS, type Channel } from './data/channels';
import { CLOSINGS, GREETINGS } from './data/formulas';
import { frenchList } from './french';
import { parseFrontMatter, type FrontMatter, type FrontMatterProblem } from './frontmatter';
import { checkEmail } from './followup/mailto';
import { fold, lineStarts, phraseSource, splitLines, type Line } from './text';

export type { Channel } from './data/channels';

/** The accepted spellings of each `canal` value (folded), from the channel model's aliases. */
const CHANNEL_ALIASES = new Map<string, Channel>(CHANNELS.flatMap((c) => c.aliases.map((a): [string, Channel] => [a, c.channel as Channel])));

/** The front matter keys Boomerang reads. */
export const FRONT_MATTER_KEYS = ['canal', 'destinataire', 'email', 'refus_recu', 'envoi_prevu', 'envoye', 'scenario'] as const;

/** A date and time as written in the front matter, in the writer's own time zone unless an offset is given. */
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

export interface Range {
  start: number;
  end: number;
}

export interface DraftMeta {
  channel: Channel;
  /** True when `canal` was written in the front matter. */
  channelExplicit: boolean;
  recipient?: string;
  refusalReceived?: LocalDateTime;
  plannedSend?: LocalDateTime;
  sentAt?: LocalDateTime;
  scenario?: string;
  /** `email`: the recipient's address, for « Ouvrir dans la messagerie » (checked). */
  email?: string;
}

export interface Draft {
  text: string;
  /** `fold(text)`: same length, lower case, no accents, ASCII apostrophes and spaces. */
  folded: string;
  /** `folded` with everything that is not prose blanked out (line breaks kept). */
  prose: string;
  lines: Line[];
  lineStarts: number[];
  frontMatter?: FrontMatter;
  meta: DraftMeta;
  /** Problems with the front matter: syntax and values. */
  metaProblems: FrontMatterProblem[];
  /** The `Objet :` line, and where its text starts. */
  subject?: Range & { valueStart: number };
  greeting?: Range;
  closing?: Range;
  signature?: Range;
  /** Non-empty prose lines of the message, from the greeting (or first line) to the end, subject excluded. */
  messageLines: Line[];
  /** The body: after the greeting, before the closing formula. */
  body?: Range;
  /** Ranges that are not prose (front matter, code, comments, quotes), in order. */
  excluded: Range[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>/;
const SUBJECT = /^\s*(?:[*_]{1,2})?\s*(?:objet|sujet)\s*(?:[*_]{1,2})?\s*:/;

let greetingRe: RegExp | undefined;
let closingRe: RegExp | undefined;

function greetingRegex(): RegExp {
  if (greetingRe) return greetingRe;
  const alts = GREETINGS.flatMap((g) => g.forms).map(phraseSource);
  greetingRe = new RegExp(`^\\s*(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return greetingRe;
}

function closingRegex(): RegExp {
  if (closingRe) return closingRe;
  // A closing formula starts a line or follows the end of a sentence (the
  // guide's own examples glue « …à l'avenir.Bien cordialement, »), and is
  // followed by a comma, a full stop, the end of the line or the signature.
  const alts = CLOSINGS.flatMap((c) => c.forms)
    .sort((a, b) => b.length - a.length)
    .map(phraseSource);
  closingRe = new RegExp(`(?:^\\s*|(?<=[.!?…])\\s*)(?:${alts.join('|')})(?![\\p{L}\\p{N}])[^\\n]{0,60}?(?:,|\\.|!|$)`, 'gu');
  return closingRe;
}

/** Builds the draft model. Never throws. */
export function parseDraft(text: string): Draft {
  const starts = lineStarts(text);
  const lines = splitLines(text, starts);
  const folded = fold(text);
  const frontMatter = parseFrontMatter(text, lines);
  const { meta, problems } = readMeta(frontMatter);
  const excluded: Range[] = [];
  if (frontMatter) excluded.push({ start: frontMatter.start, end: frontMatter.bodyStart });
  const firstBodyLine = frontMatter ? lineIndexAt(starts, frontMatter.bodyStart, text.length) : 0;

  // Classify lines: code fences, quotes and comments are not prose.
  const proseLines: Line[] = [];
  let fence: string | undefined;
  let inComment = false;
  for (let i = firstBodyLine; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      excluded.push({ start: line.start, end: line.end });
      if (line.text.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    if (!inComment) {
      const f = FENCE.exec(line.text);
      if (f) {
        fence = f[1];
        excluded.push({ start: line.start, end: line.end });
        continue;
      }
      if (QUOTE.test(line.text)) {
        excluded.push({ start: line.start, end: line.end });
        continue;
      }
    }
    // HTML comments, possibly spanning lines, and inline code spans.
    let pos = 0;
    let hasProse = false;
    const t = line.text;
    while (pos < t.length) {
      if (inComment) {
        const close = t.indexOf('-->', pos);
        const end = close < 0 ? t.length : close + 3;
        excluded.push({ start: line.start + pos, end: line.start + end });
        pos = end;
        if (close >= 0) inComment = false;
        continue;
      }
      const open = t.indexOf('<!--', pos);
      const tick = t.indexOf('`', pos);
      const next = open < 0 ? tick : tick < 0 ? open : Math.min(open, tick);
      if (next < 0) {
        if (!hasProse && !isBlank(t, pos, t.length)) hasProse = true;
        break;
      }
      if (!hasProse && !isBlank(t, pos, next)) hasProse = true;
      if (next === open) {
        inComment = true;
        pos = open;
        const close = t.indexOf('-->', open + 4);
        const end = close < 0 ? t.length : close + 3;
        excluded.push({ start: line.start + open, end: line.start + end });
        pos = end;
        if (close >= 0) inComment = false;
      } else {
        const closeTick = t.indexOf('`', tick + 1);
        if (closeTick < 0) {
          hasProse = true;
          break;
        }
        excluded.push({ start: line.start + tick, end: line.start + closeTick + 1 });
        pos = closeTick + 1;
      }
    }
    if (hasProse) proseLines.push(line);
  }
  excluded.sort((a, b) => a.start - b.start);
  const prose = mask(folded, excluded);

  // The parts of the message.
  let subject: Draft['subject'];
  let content = proseLines;
  if (content.length > 0) {
    const first = content[0];
    const m = SUBJECT.exec(prose.slice(first.start, first.end));
    if (m) {
      subject = { start: first.start, end: first.end, valueStart: first.start + m[0].length };
      content = content.slice(1);
    }
  }
  let greeting: Range | undefined;
  if (content.length > 0) {
    const first = content[0];
    const m = greetingRegex().exec(prose.slice(first.start, first.end));
    if (m) {
      const rest = prose.slice(first.start + m[0].length, first.end);
      const comma = rest.search(/[,!.]/);
      const end = comma >= 0 && comma < 60 ? first.start + m[0].length + comma + 1 : first.end;
      greeting = { start: first.start + (m[0].length - m[0].trimStart().length), end };
    }
  }
  const { closing, signature } = findEnding(prose, content, greeting, meta.channel, text);
  const bodyStart = greeting ? greeting.end : content.length > 0 ? content[0].start : text.length;
  const bodyEnd = closing ? closing.start : signature ? signature.start : content.length > 0 ? content[content.length - 1].end : text.length;
  const body = bodyEnd > bodyStart ? { start: bodyStart, end: bodyEnd } : undefined;

  return {
    text,
    folded,
    prose,
    lines,
    lineStarts: starts,
    frontMatter,
    meta,
    metaProblems: problems,
    subject,
    greeting,
    closing,
    signature,
    messageLines: content,
    body,
    excluded,
  };
}

/** Lines of the head of a text that can hold a front matter (the reader stops at 200 fields). */
const HEADER_LINES = 202;
/** And no header is longer than this. */
const HEADER_MAX_CHARS = 64 * 1024;

/**
 * The front matter alone, read from the head of the text only: what an index of
 * many drafts needs, in time bounded by the header's size, not the draft's.
 */
export function parseHeader(text: string): { frontMatter?: FrontMatter; meta: DraftMeta; lineStarts: number[] } {
  let end = -1;
  for (let i = 0; i < HEADER_LINES; i++) {
    const next = text.indexOf('\n', end + 1);
    if (next < 0) {
      end = text.length;
      break;
    }
    end = next;
  }
  const head = text.slice(0, Math.min(end + 1, HEADER_MAX_CHARS));
  const frontMatter = parseFrontMatter(head, splitLines(head));
  return { frontMatter, meta: readMeta(frontMatter).meta, lineStarts: lineStarts(head) };
}

/** A first name, or first and last name, alone on a line: « Julien », « Léa Martin », « J. Moreau ». */
const NAME_LINE = /^\s*(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*$/u;

function findEnding(prose: string, content: Line[], greeting: Range | undefined, channel: Channel, text: string): { closing?: Range; signature?: Range } {
  if (content.length === 0) return {};
  const re = closingRegex();
  // Look at the last lines only: a closing formula ends the message, before a
  // signature block of up to about six lines (name, title, company, phone, links).
  const from = Math.max(greeting ? 1 : 0, content.length - 8);
  for (let i = content.length - 1; i >= from; i--) {
    const line = content[i];
    const slice = prose.slice(line.start, line.end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let last: RegExpExecArray | undefined;
    while ((m = re.exec(slice)) !== null) {
      last = m;
      if (m[0].length === 0) re.lastIndex++;
    }
    if (!last) continue;
    const lead = last[0].length - last[0].trimStart().length;
    const start = line.start + last.index + lead;
    const end = line.start + last.index + last[0].length;
    const closing = { start, end };
    const after = prose.slice(end, line.end).trim();
    if (after !== '') {
      const s = end + prose.slice(end, line.end).search(/\S/);
      return { closing, signature: { start: s, end: content[content.length - 1].end } };
    }
    if (i + 1 < content.length) {
      return { closing, signature: { start: content[i + 1].start, end: content[content.length - 1].end } };
    }
    return { closing };
  }
  // No known formula: a short last line after a line ending with a comma is a signature.
  const last = content[content.length - 1];
  // A LinkedIn message or an SMS often ends with just the sender's name.
  if ((channel === 'linkedin' || channel === 'sms') && content.length >= 2 && NAME_LINE.test(text.slice(last.start, last.end))) {
    return { signature: { start: last.start, end: last.end } };
  }
  if (content.length >= 2) {
    const prev = content[content.length - 2];
    const prevText = prose.slice(prev.start, prev.end).trimEnd();
    const lastText = prose.slice(last.start, last.end).trim();
    if (prevText.endsWith(',') && lastText.split(/\s+/).length <= 8 && !/[?]$/.test(lastText)) {
      return { closing: { start: prev.start + (prevText.length - prevText.trimStart().length), end: prev.end }, signature: { start: last.start, end: last.end } };
    }
  }
  return {};
}

/** True when `s.slice(from, to)` holds only white space (as `trim()` sees it). */
function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0xfeff && c !== 0x1680 && !(c >= 0x2000 && c <= 0x200a) && c !== 0x2028 && c !== 0x2029 && c !== 0x202f && c !== 0x205f && c !== 0x3000) return false;
    if (c < 0x20 && !(c >= 0x09 && c <= 0x0d)) return false;
  }
  return true;
}

function lineIndexAt(starts: number[], offset: number, length: number): number {
  if (offset >= length) return starts.length;
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
  return i;
}

/** Blanks the excluded ranges of `s` with spaces, keeping line breaks. */
function mask(s: string, excluded: Range[]): string {
  if (excluded.length === 0) return s;
  const parts: string[] = [];
  let pos = 0;
  for (const r of excluded) {
    if (r.start < pos) {
      if (r.end <= pos) continue;
      r.start = pos;
    }
    parts.push(s.slice(pos, r.start));
    // Spaces for every code unit but line breaks, which stay.
    let from = r.start;
    for (let i = r.start; i < r.end; i++) {
      const c = s.charCodeAt(i);
      if (c === 10 || c === 13) {
        parts.push(' '.repeat(i - from), c === 10 ? '\n' : '\r');
        from = i + 1;
      }
    }
    parts.push(' '.repeat(r.end - from));
    pos = r.end;
  }
  parts.push(s.slice(pos));
  return parts.join('');
}

function readMeta(fm: FrontMatter | undefined): { meta: DraftMeta; problems: FrontMatterProblem[] } {
  const meta: DraftMeta = { channel: 'mail', channelExplicit: false };
  if (!fm) return { meta, problems: [] };
  const problems = [...fm.problems];
  for (const [key, f] of fm.fields) {
    const at = { start: f.valueStart, end: Math.max(f.valueEnd, f.valueStart) };
    const where = f.value === '' ? { start: f.keyStart, end: f.keyEnd } : at;
    switch (key) {
      case 'canal': {
        const c = CHANNEL_ALIASES.get(fold(f.value.trim()));
        if (c) {
          meta.channel = c;
          meta.channelExplicit = true;
        } else {
          problems.push({ ...where, message: `Canal « ${f.value} » inconnu : choisissez ${frenchList(DRAFT_CHANNELS, 'disjunction')}.` });
        }
        break;
      }
      case 'destinataire':
        if (f.value.trim() === '') problems.push({ ...where, message: 'Destinataire vide : indiquez le nom de la personne ou de l’organisation.' });
        else meta.recipient = f.value.trim();
        break;
      case 'refus_recu':
      case 'envoi_prevu':
      case 'envoye': {
        const d = parseDateTime(f.value.trim());
        if (typeof d === 'string') problems.push({ ...where, message: `${key} : ${d}` });
        else if (key === 'refus_recu') meta.refusalReceived = d;
        else if (key === 'envoi_prevu') meta.plannedSend = d;
        else meta.sentAt = d;
        break;
      }
      case 'scenario':
        meta.scenario = f.value.trim();
        break;
      case 'email': {
        const problem = checkEmail(f.value);
        if (problem) problems.push({ ...where, message: `email : ${problem}` });
        else meta.email = f.value.trim();
        break;
      }
      default:
        problems.push({
          start: f.keyStart,
          end: f.keyEnd,
          message: `Clé « ${key} » inconnue, ignorée par Boomerang. Clés reconnues : ${FRONT_MATTER_KEYS.join(', ')}.`,
        });
    }
  }
  return { meta, problems };
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2})[:h](\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Parses `2026-03-12`, `2026-03-12 14:30`, `2026-03-12T14:30:00+01:00`. Returns a French message when it cannot. */
export function parseDateTime(value: string): LocalDateTime | string {
  const m = DATE_TIME.exec(value);
  if (!m) return `date illisible « ${value} » : écrivez AAAA-MM-JJ, avec l'heure si vous la connaissez (2026-03-12 14:30).`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) {
    return `la date « ${value} » n'existe pas.`;
  }
  if (hour > 23 || minute > 59) return `l'heure de « ${value} » n'existe pas.`;
  let offsetMinutes: number | undefined;
  if (m[7]) {
    if (m[7].toUpperCase() === 'Z') offsetMinutes = 0;
    else {
      const sign = m[7][0] === '-' ? -1 : 1;
      const digits = m[7].slice(1).replace(':', '');
      offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
  }
  return { year, month, day, hour, minute, hasTime: m[4] !== undefined, offsetMinutes };
}
