// Inline control comments:
//   <!-- boomerang-disable [RULE…] -->            off from here on
//   <!-- boomerang-enable [RULE…] -->             back on from here on
//   <!-- boomerang-disable-next-line [RULE…] -->  off on the next line only
// RULE is a rule id or a category; none means every rule.
//
// Read by hand in one pass (a pattern with `[\s,]+` names followed by `\s*-->`
// backtracks on a long run of blanks), and answered in logarithmic time per
// finding: each rule gets, on first use, the list of the changes that concern
// it with the state after each, searched by offset.

import { positionOf } from './text';

type Scope = 'all' | ReadonlySet<string>;

interface Change {
  offset: number;
  enable: boolean;
  scope: Scope;
}

export interface Directives {
  /** True when `rule` (or its `category`) is disabled at `offset`. */
  isDisabled(rule: string, category: string, offset: number): boolean;
}

const NONE: Directives = { isDisabled: () => false };

const KINDS = ['disable-next-line', 'disable', 'enable'] as const;
type Kind = (typeof KINDS)[number];

interface Directive {
  kind: Kind;
  names: string[];
  start: number;
  end: number;
}

/** The whitespace of `\s`. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isNameStart(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45;
}

/** The directive whose comment opens at `at` (`<!--`), or undefined when it is another comment. */
function readDirective(text: string, at: number): Directive | undefined {
  let i = at + 4;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (!text.startsWith('boomerang-', i)) return undefined;
  i += 10;
  const kind = KINDS.find((k) => text.startsWith(k, i));
  if (!kind) return undefined;
  i += kind.length;
  const names: string[] = [];
  for (;;) {
    const sep = i;
    while (i < text.length && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
    if (text.startsWith('-->', i) && !text.slice(sep, i).includes(',')) return { kind, names, start: at, end: i + 3 };
    if (i === sep || !isNameStart(text.charCodeAt(i))) return undefined;
    const nameStart = i;
    while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
    // `ton-->`: the name ends before the comment's close.
    if (text.charCodeAt(i) === 62 && i - nameStart > 2 && text.startsWith('--', i - 2)) i -= 2;
    names.push(text.slice(nameStart, i));
  }
}

/** Every directive of the text, in order. */
export function findDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  let at = text.indexOf('<!--');
  while (at >= 0) {
    const d = readDirective(text, at);
    if (d) out.push(d);
    at = text.indexOf('<!--', d ? d.end : at + 4);
  }
  return out;
}

const covers = (scope: Scope, rule: string, category: string) => scope === 'all' || scope.has(rule) || scope.has(category);

export function parseDirectives(text: string, lineStarts: readonly number[]): Directives {
  if (!text.includes('boomerang-')) return NONE;
  const changes: Change[] = [];
  /** Per line: every rule (`all`) or the names disabled on it. */
  const nextLine = new Map<number, 'all' | Set<string>>();
  for (const d of findDirectives(text)) {
    const scope: Scope = d.names.length === 0 ? 'all' : new Set(d.names);
    if (d.kind === 'disable-next-line') {
      const line = positionOf(lineStarts, d.end).line + 1;
      const seen = nextLine.get(line);
      if (scope === 'all' || seen === 'all') nextLine.set(line, 'all');
      else if (seen) for (const n of scope) seen.add(n);
      else nextLine.set(line, new Set(scope));
    } else {
      changes.push({ offset: d.start, enable: d.kind === 'enable', scope });
    }
  }
  if (changes.length === 0 && nextLine.size === 0) return NONE;
  /** Per rule: offsets of the changes that concern it, and whether it is disabled after each. */
  const timelines = new Map<string, { offsets: number[]; disabled: boolean[] }>();
  const timeline = (rule: string, category: string) => {
    const key = `${rule}\u0000${category}`;
    let t = timelines.get(key);
    if (!t) {
      t = { offsets: [], disabled: [] };
      for (const c of changes) {
        if (!covers(c.scope, rule, category)) continue;
        t.offsets.push(c.offset);
        t.disabled.push(!c.enable);
      }
      timelines.set(key, t);
    }
    return t;
  };
  return {
    isDisabled(rule, category, offset) {
      if (nextLine.size > 0) {
        const scope = nextLine.get(positionOf(lineStarts, offset).line);
        if (scope && covers(scope, rule, category)) return true;
      }
      const t = timeline(rule, category);
      // The last change at or before `offset`.
      let lo = 0;
      let hi = t.offsets.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (t.offsets[mid] <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && t.disabled[lo - 1];
    },
  };
}
