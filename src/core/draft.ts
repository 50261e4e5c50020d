// The draft model: what a reply is made of (front matter, subject, greeting,
// body, closing, signature) and which characters are prose to check. Built once
// per analysis; every rule reads it.

import { CHANNELS, DRAFT_CHANNELS, type Channel } from './data/channels';
import { parseDateTime, type LocalDateTime } from './dates';
import { frenchList } from './french';
import { parseFrontMatter, type FrontMatter, type FrontMatterProblem } from './frontmatter';
import { checkEmail } from './followup/mailto';
import { readLayout, type LetterPart, type PartKind } from './layout';
import { fold, lineStarts, splitLines, type Line } from './text';

export type { LetterPart, PartKind };

export type { Channel } from './data/channels';
/** Dates live in dates.ts; re-exported for the modules that read them with the draft. */
export { parseDateTime, type LocalDateTime };

/** The accepted spellings of each `canal` value (folded), from the channel model's aliases. */
const CHANNEL_ALIASES = new Map<string, Channel>(CHANNELS.flatMap((c) => c.aliases.map((a): [string, Channel] => [a, c.channel as Channel])));

/** The front matter keys Boomerang reads. */
export const FRONT_MATTER_KEYS = ['canal', 'destinataire', 'email', 'refus_recu', 'envoi_prevu', 'envoye', 'scenario'] as const;

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
  /** The closing formula: a line of its own (« Bien cordialement, ») or the last sentence of the body (« Je vous prie d’agréer… »). */
  closing?: Range;
  /** The signature block: every line after the closing formula (name, title, contact details, « -- » and what follows). */
  signature?: Range;
  /**
   * Non-empty prose lines of the message, from the greeting (or its first line)
   * to the end of the signature. The head of a letter (address blocks, place and
   * date, references, subject, pasted mail headers) comes before and is not in
   * it; neither is what follows the signature (post-scriptum, attachments,
   * « Envoyé de mon iPhone », legal notices).
   */
  messageLines: Line[];
  /** The body: after the greeting, before the closing formula (or the signature). */
  body?: Range;
  /** Every part recognised, in order: head parts, greeting, body, closing, signature, tail parts. */
  parts: LetterPart[];
  /** Ranges that are not prose (front matter, code, comments, quotes, the message being answered), in order. */
  excluded: Range[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>/;
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
    // The next `<!--` and backtick at or after `pos`, searched again only once passed
    // (searching from every span rescanned the rest of a long line: quadratic).
    let openAt = -2;
    let tickAt = -2;
    while (pos < t.length) {
      if (inComment) {
        const close = t.indexOf('-->', pos);
        const end = close < 0 ? t.length : close + 3;
        excluded.push({ start: line.start + pos, end: line.start + end });
        pos = end;
        if (close >= 0) inComment = false;
        continue;
      }
      if (openAt !== -1 && openAt < pos) openAt = t.indexOf('<!--', pos);
      if (tickAt !== -1 && tickAt < pos) tickAt = t.indexOf('`', pos);
      const open = openAt;
      const tick = tickAt;
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
    if (!hasProse) continue;
    // The message being answered, pasted below the reply by a mail client (« Le 9 mars 2026 à 10:14, X a écrit : »):
    // from there on nothing is prose, as with « > » quotes.
    if (proseLines.length > 0 && !inComment && originalMessageAt(folded, lines, i, proseLines)) {
      excluded.push({ start: line.start, end: text.length });
      break;
    }
    proseLines.push(line);
  }
  excluded.sort((a, b) => a.start - b.start);
  const prose = mask(folded, excluded);

  // The parts of the message.
  const layout = readLayout(text, prose, proseLines);
  const content = proseLines.slice(layout.messageFirst, layout.messageEnd);
  const { subject, greeting, closing, signature } = layout;
  const bodyStart = greeting ? greeting.end : content.length > 0 ? content[0].start : text.length;
  const bodyEnd = closing ? closing.start : signature ? signature.start : content.length > 0 ? content[content.length - 1].end : text.length;
  const body = bodyEnd > bodyStart ? { start: bodyStart, end: bodyEnd } : undefined;
  const parts: LetterPart[] = [...layout.head];
  if (greeting) parts.push({ kind: 'greeting', ...greeting });
  if (body) parts.push({ kind: 'body', ...body });
  if (closing) parts.push({ kind: 'closing', ...closing });
  if (signature) parts.push({ kind: 'signature', ...signature });
  parts.push(...layout.tail);

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
    parts,
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

/** Headers that a mail client writes above the message being answered. */
const ORIGINAL_MARKERS = ["message d'origine", 'message original', 'original message', 'message transfere', 'forwarded message', 'debut du message reexpedie', 'begin forwarded message'];

/**
 * True when line i starts the message being answered: « Le … a écrit : » (on
 * one or two lines), « -----Message d'origine----- », or an Outlook block
 * « De : … » followed by « Envoyé : » / « Date : ». Reads at most 300
 * characters of three lines.
 */
function originalMessageAt(folded: string, lines: readonly Line[], i: number, before: readonly Line[]): boolean {
  const head = (k: number) => (k < lines.length ? folded.slice(lines[k].start, Math.min(lines[k].end, lines[k].start + 300)).trim() : '');
  const f = head(i);
  if (f.length === 0 || f.length >= 300) return false;
  const wrote = (s: string) => /(?:a|ont) ecrit ?:$|wrote ?:$/.test(s);
  if ((f.startsWith('le ') || f.startsWith('on ')) && (wrote(f) || wrote(head(i + 1)))) return true;
  if (f.length < 80) {
    let a = 0;
    let b = f.length;
    while (a < b && '-_=* '.includes(f[a])) a++;
    while (b > a && '-_=*: '.includes(f[b - 1])) b--;
    if (ORIGINAL_MARKERS.includes(f.slice(a, b))) return true;
  }
  // Outlook: « De : Hélène Roche » then « Envoyé : lundi 9 mars 2026 10:14 » (the reply's own header has no « Envoyé »),
  // with or without a rule of underscores above.
  const outlook = (k: number) => /^(?:de|from) ?:/.test(head(k)) && /^(?:envoye(?: le)?|date|sent) ?:/.test(head(k + 1));
  if (before.length > 0 && (outlook(i) || (/^[_-]{8,}$/.test(f) && outlook(i + 1)))) return true;
  return false;
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

/**
 * Blanks the excluded ranges of `s` with spaces, keeping line breaks (ranges
 * that overlap an earlier one are trimmed to start after it). Written into one
 * code-unit buffer and read back in chunks: a string per range and per line
 * break made a mask of many small ranges grow faster than the text.
 */
function mask(s: string, excluded: Range[]): string {
  if (excluded.length === 0) return s;
  const buf = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) buf[i] = s.charCodeAt(i);
  let pos = 0;
  for (const r of excluded) {
    if (r.start < pos) {
      if (r.end <= pos) continue;
      r.start = pos;
    }
    for (let i = r.start; i < r.end; i++) {
      const c = buf[i];
      if (c !== 10 && c !== 13) buf[i] = 32;
    }
    pos = r.end;
  }
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < buf.length; i += CHUNK) parts.push(String.fromCharCode.apply(null, buf.subarray(i, i + CHUNK) as unknown as number[]));
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
