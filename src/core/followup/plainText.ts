// The message as the recipient will read it, for « Copier le message » and
// « Ouvrir dans la messagerie »: no front matter, no HTML comments, no quoted
// lines (the message being answered) and no code fences; Markdown marks
// turned into plain text; the `Objet :` line taken apart. Lines stay as typed
// (a mail's lines are the writer's), typographic spaces are kept. Linear in
// the length of the text: one pass over the lines, one pass per line.

import { parseFrontMatter } from '../frontmatter';
import { splitLines } from '../text';

export interface PlainMessage {
  /** The text of the `Objet :` line, rendered, or undefined when the draft has none. */
  subject?: string;
  /** The message without its subject line. */
  body: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>/;
const SUBJECT = /^\s*([*_]{1,2})?\s*(?:objet|sujet)\s*(?:[*_]{1,2})?\s*:[ \t\u00a0\u202f]*/i;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const BULLET = /^(\s*)[*+](?=[ \t])/;
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** Renders a draft's text as the message its recipient reads. Never throws. */
export function plainMessage(text: string): PlainMessage {
  const lines = splitLines(text);
  const fm = parseFrontMatter(text, lines);
  const out: string[] = [];
  let subject: string | undefined;
  let fence: string | undefined;
  let inComment = false;
  let seenContent = false;
  for (const line of lines) {
    if (fm && line.start < fm.bodyStart) continue;
    let t = line.text;
    if (fence) {
      if (t.trimStart().startsWith(fence)) fence = undefined;
      else out.push(t);
      continue;
    }
    if (!inComment) {
      const f = FENCE.exec(t);
      if (f) {
        fence = f[1];
        continue;
      }
      if (QUOTE.test(t)) continue;
    }
    // HTML comments, possibly over several lines.
    const removed = stripComments(t, inComment);
    inComment = removed.inComment;
    if (removed.changed && removed.text.trim() === '') continue; // a line that only held a comment
    t = removed.text;
    if (!seenContent && subject === undefined && t.trim() !== '') {
      const m = SUBJECT.exec(t);
      if (m) {
        let value = t.slice(m[0].length);
        if (m[1]) value = value.replace(/^[*_]{1,2}\s*/, '');
        subject = renderInline(value).trim();
        continue;
      }
    }
    if (t.trim() !== '') seenContent = true;
    out.push(renderLine(t));
  }
  return subject === undefined ? { body: tidy(out) } : { subject, body: tidy(out) };
}

/** Removes `<!-- … -->` from one line; `inComment` says whether the line starts inside one. */
function stripComments(t: string, inComment: boolean): { text: string; inComment: boolean; changed: boolean } {
  if (!inComment && !t.includes('<!--')) return { text: t, inComment, changed: false };
  const parts: string[] = [];
  let pos = 0;
  let inside = inComment;
  while (pos <= t.length) {
    if (inside) {
      const close = t.indexOf('-->', pos);
      if (close < 0) return { text: parts.join(''), inComment: true, changed: true };
      pos = close + 3;
      inside = false;
    } else {
      const open = t.indexOf('<!--', pos);
      if (open < 0) {
        parts.push(t.slice(pos));
        break;
      }
      parts.push(t.slice(pos, open));
      pos = open + 4;
      inside = true;
    }
  }
  return { text: parts.join(''), inComment: false, changed: true };
}

/** One line of Markdown as plain text: block marks, then inline marks. */
function renderLine(t: string): string {
  if (RULE.test(t)) return '';
  let s = t.replace(HEADING, '');
  s = s.replace(BULLET, '$1-');
  // A hard line break (two trailing spaces or a backslash) is a line end anyway.
  s = s.replace(/[ \t]+$/, '');
  if (s.endsWith('\\') && !s.endsWith('\\\\')) s = s.slice(0, -1);
  return renderInline(s);
}

/** Drops blank lines at both ends, keeps one blank line between paragraphs, trims line ends. */
function tidy(lines: string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const l = raw.replace(/[ \t]+$/, '');
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

// ------------------------------------------------------------------ inline

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const ENTITIES: Readonly<Record<string, string>> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: '’', '#39': '’', rsquo: '’', laquo: '«', raquo: '»', hellip: '…', ndash: '–', mdash: '—' };
/** Inline HTML tags a Markdown draft may hold; others (`<date>`, a placeholder) stay visible. */
// Sticky (`y`) patterns tried at one position: no slice of the text per `<`, and each stops at the next `<`.
const HTML_TAG = /<\/?(?:b|i|u|em|strong|span|small|mark|sup|sub|a|p|div|font)(?:\s[^<>]*)?\/?>/iy;
const BR_TAG = /<br\s*\/?>/iy;
const AUTOLINK = /<((?:https?|mailto):[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/iy;
const LINK_TITLE = /[ \t]+"[^"\n]*"[ \t]*\)/y;

function stickyAt(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

interface Piece {
  text: string;
  /** Emphasis delimiter run: its character, remaining length, and whether it may open or close. */
  delim?: '*' | '_';
  open?: boolean;
  close?: boolean;
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/u.test(c);
}

function isPunct(c: string | undefined): boolean {
  return c !== undefined && /[\p{P}\p{S}]/u.test(c);
}

function isAlnum(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * Inline Markdown to text: backslash escapes, code spans, links and images,
 * autolinks, a few HTML tags and entities, then `*` and `_` emphasis matched
 * with one stack per character (each delimiter pushed and popped once).
 */
export function renderInline(s: string): string {
  if (!/[\\`*_[\]<&!]/.test(s)) return s;
  const pieces: Piece[] = [];
  const code = codeSpans(s);
  /** Indices in `pieces` of the `[` (or `![`) still open, with where their text starts in `s`. */
  const brackets: { piece: number; at: number; image: boolean }[] = [];
  let i = 0;
  let buf = '';
  const flush = () => {
    if (buf !== '') pieces.push({ text: buf });
    buf = '';
  };
  while (i < s.length) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length && ASCII_PUNCT.test(s[i + 1])) {
      buf += s[i + 1];
      i += 2;
      continue;
    }
    if (c === '`') {
      const span = code.get(i);
      if (span) {
        buf += s.slice(span.contentStart, span.contentEnd).replace(/^ (.*) $/, '$1');
        i = span.end;
      } else {
        const run = runLength(s, i, '`');
        buf += s.slice(i, i + run);
        i += run;
      }
      continue;
    }
    if (c === '<') {
      const br = stickyAt(BR_TAG, s, i);
      if (br) {
        buf += '\n';
        i += br[0].length;
        continue;
      }
      const auto = stickyAt(AUTOLINK, s, i);
      if (auto) {
        buf += auto[1];
        i += auto[0].length;
        continue;
      }
      const tag = stickyAt(HTML_TAG, s, i);
      if (tag) {
        i += tag[0].length;
        continue;
      }
    }
    if (c === '&') {
      const m = /^&(#?[a-z0-9]{2,8});/i.exec(s.slice(i, i + 10));
      const value = m ? (ENTITIES[m[1].toLowerCase()] ?? numericEntity(m[1])) : undefined;
      if (m && value !== undefined) {
        buf += value;
        i += m[0].length;
        continue;
      }
    }
    if (c === '[' || (c === '!' && s[i + 1] === '[')) {
      flush();
      const image = c === '!';
      brackets.push({ piece: pieces.length, at: i + (image ? 2 : 1), image });
      pieces.push({ text: image ? '![' : '[' });
      i += image ? 2 : 1;
      continue;
    }
    if (c === ']' && brackets.length > 0 && s[i + 1] !== '(') {
      // `[Prénom Nom]`: not a link; the bracket stays as typed.
      brackets.pop();
    } else if (c === ']' && brackets.length > 0) {
      const url = linkDestination(s, i + 2);
      if (url) {
        flush();
        const open = brackets.pop() as (typeof brackets)[number];
        const label = s.slice(open.at, i).trim();
        pieces[open.piece].text = '';
        if (open.image) {
          // An image: its description only.
        } else if (label === url.href || label === url.href.replace(/^mailto:/i, '') || label === '') {
          for (let k = open.piece + 1; k < pieces.length; k++) pieces[k] = { text: '' };
          pieces.push({ text: url.href.replace(/^mailto:/i, '') });
        } else {
          pieces.push({ text: ` (${url.href.replace(/^mailto:/i, '')})` });
        }
        i = url.end;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      flush();
      const run = runLength(s, i, c);
      const before = s[i - 1];
      const after = s[i + run];
      const leftFlanking = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
      const rightFlanking = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
      const open = c === '*' ? leftFlanking : leftFlanking && (!rightFlanking || isPunct(before)) && !isAlnum(before);
      const close = c === '*' ? rightFlanking : rightFlanking && (!leftFlanking || isPunct(after)) && !isAlnum(after);
      pieces.push({ text: s.slice(i, i + run), delim: c, open, close });
      i += run;
      continue;
    }
    buf += c;
    i++;
  }
  flush();
  matchEmphasis(pieces);
  return pieces.map((p) => p.text).join('');
}

function numericEntity(name: string): string | undefined {
  const m = /^#(\d{2,7})$/.exec(name);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

function runLength(s: string, i: number, c: string): number {
  let j = i;
  while (s[j] === c) j++;
  return j - i;
}

/** `(url)` or `(url "title")` after `](`: the address and where the link ends, scanning forward once. */
function linkDestination(s: string, from: number): { href: string; end: number } | undefined {
  let j = from;
  let depth = 0;
  while (j < s.length) {
    const c = s[j];
    if (c === ' ' || c === '\t') break;
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
    j++;
  }
  const href = s.slice(from, j).replace(/^<(.*)>$/, '$1');
  if (s[j] === ')') return href === '' ? undefined : { href, end: j + 1 };
  // A title: `(url "Titre")`.
  const title = stickyAt(LINK_TITLE, s, j);
  return title && href !== '' ? { href, end: j + title[0].length } : undefined;
}

/** Code spans of a line by position of their opening run: a run closes at the next run of the same length. */
function codeSpans(s: string): Map<number, { contentStart: number; contentEnd: number; end: number }> {
  const spans = new Map<number, { contentStart: number; contentEnd: number; end: number }>();
  if (!s.includes('`')) return spans;
  const runs: { at: number; len: number }[] = [];
  for (let i = 0; i < s.length; ) {
    if (s[i] === '\\' && s[i + 1] === '`') {
      i += 2;
      continue;
    }
    if (s[i] === '`') {
      const len = runLength(s, i, '`');
      runs.push({ at: i, len });
      i += len;
    } else i++;
  }
  // Per length, the runs in order; a pointer per length only moves forward.
  const byLength = new Map<number, number[]>();
  runs.forEach((r, k) => {
    const list = byLength.get(r.len) ?? [];
    list.push(k);
    byLength.set(r.len, list);
  });
  const next = new Map<number, number>();
  let k = 0;
  while (k < runs.length) {
    const r = runs[k];
    const list = byLength.get(r.len) as number[];
    let p = next.get(r.len) ?? 0;
    while (p < list.length && list[p] <= k) p++;
    next.set(r.len, p);
    if (p < list.length) {
      const closer = runs[list[p]];
      spans.set(r.at, { contentStart: r.at + r.len, contentEnd: closer.at, end: closer.at + closer.len });
      k = list[p] + 1;
    } else k++;
  }
  return spans;
}

/** Matches emphasis delimiters (CommonMark's « process emphasis », one stack per character); matched marks vanish. */
function matchEmphasis(pieces: Piece[]): void {
  const stacks: Record<'*' | '_', number[]> = { '*': [], _: [] };
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (!p.delim) continue;
    const stack = stacks[p.delim];
    if (p.close) {
      while (p.text.length > 0 && stack.length > 0) {
        const o = pieces[stack[stack.length - 1]];
        // CommonMark's rule of three: a run that can both open and close does not pair with a run whose sum is a multiple of 3.
        if ((p.open || o.close) && (o.text.length + p.text.length) % 3 === 0 && !(o.text.length % 3 === 0 && p.text.length % 3 === 0)) break;
        const use = o.text.length >= 2 && p.text.length >= 2 ? 2 : 1;
        o.text = o.text.slice(use);
        p.text = p.text.slice(use);
        if (o.text.length === 0) stack.pop();
      }
    }
    if (p.open && p.text.length > 0) stack.push(k);
  }
}
