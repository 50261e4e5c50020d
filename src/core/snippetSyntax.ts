// A small reader for the VS Code snippet syntax used by Boomerang's scenarios:
// `$1`, `${1}`, `${1:default}` (defaults may nest), `${1|a,b|}`, `$VAR`,
// `${VAR}`, `${VAR:default}`, and the escapes `\$`, `\}`, `\\` (plus `\,` and
// `\|` inside choices). Transforms (`${1/…/…/}`) are not used and are reported.
// It never throws: problems come back as French messages with offsets.

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: SnippetNode[] };

export interface SnippetProblem {
  offset: number;
  message: string;
}

export interface ParsedSnippet {
  nodes: SnippetNode[];
  problems: SnippetProblem[];
}

/** The variables VS Code resolves in a snippet. */
export const SNIPPET_VARIABLES: ReadonlySet<string> = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME', 'TM_FILENAME_BASE',
  'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE',
  'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

const DIGITS = /^[0-9]+/;
const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;

/** Parses a snippet body (the lines joined with `\n`). */
export function parseSnippet(source: string): ParsedSnippet {
  const problems: SnippetProblem[] = [];
  let pos = 0;

  // Reads nodes until `}` (when nested) or the end.
  function parseNodes(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (pos < source.length) {
      const c = source[pos];
      if (c === '\\') {
        const next = source[pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          pos += 2;
        } else {
          text += c;
          pos++;
        }
        continue;
      }
      if (c === '}' && nested) {
        flush();
        return nodes;
      }
      if (c === '$') {
        const node = parseDollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += '$';
        }
        continue;
      }
      text += c;
      pos++;
    }
    flush();
    return nodes;
  }

  // At a `$`: returns the node it starts, or undefined (and reports) when the `$` is literal.
  function parseDollar(): SnippetNode | undefined {
    const start = pos;
    const rest = source.slice(pos + 1, pos + 64);
    const digits = DIGITS.exec(rest);
    if (digits) {
      pos += 1 + digits[0].length;
      return { kind: 'tabstop', index: Number(digits[0]), children: [] };
    }
    const name = NAME.exec(rest);
    if (name) {
      pos += 1 + name[0].length;
      checkVariable(name[0], start);
      return { kind: 'variable', name: name[0], children: [] };
    }
    if (source[pos + 1] !== '{') {
      problems.push({ offset: start, message: '« $ » seul : écrivez « \\$ » pour un dollar, ou $1, ${1:texte}, $NOM.' });
      pos++;
      return undefined;
    }
    const inner = source.slice(pos + 2, pos + 66);
    const idx = DIGITS.exec(inner);
    const id = idx ?? NAME.exec(inner);
    if (!id) {
      problems.push({ offset: start, message: '« ${ » doit être suivi d’un numéro ou d’un nom de variable.' });
      pos++;
      return undefined;
    }
    pos += 2 + id[0].length;
    const after = source[pos];
    if (after === '}') {
      pos++;
      if (idx) return { kind: 'tabstop', index: Number(id[0]), children: [] };
      checkVariable(id[0], start);
      return { kind: 'variable', name: id[0], children: [] };
    }
    if (after === ':') {
      pos++;
      const children = parseNodes(true);
      if (source[pos] !== '}') {
        problems.push({ offset: start, message: `« ${source.slice(start, start + 12)}… » n’est jamais fermé par « } ».` });
      } else pos++;
      if (idx) return { kind: 'tabstop', index: Number(id[0]), children };
      checkVariable(id[0], start);
      return { kind: 'variable', name: id[0], children };
    }
    if (after === '|' && idx) {
      pos++;
      const options: string[] = [];
      let current = '';
      while (pos < source.length) {
        const c = source[pos];
        if (c === '\\' && pos + 1 < source.length && ',|\\$}'.includes(source[pos + 1])) {
          current += source[pos + 1];
          pos += 2;
          continue;
        }
        if (c === ',') {
          options.push(current);
          current = '';
          pos++;
          continue;
        }
        if (c === '|' && source[pos + 1] === '}') {
          options.push(current);
          pos += 2;
          if (options.some((o) => o === '')) problems.push({ offset: start, message: 'Un choix du menu est vide.' });
          return { kind: 'choice', index: Number(id[0]), options };
        }
        current += c;
        pos++;
      }
      problems.push({ offset: start, message: 'Menu de choix « ${n|…|} » jamais fermé par « |} ».' });
      return { kind: 'choice', index: Number(id[0]), options: [...options, current] };
    }
    if (after === '/') {
      problems.push({ offset: start, message: 'Les transformations « ${n/…/…/} » ne sont pas prises en charge.' });
    } else {
      problems.push({ offset: start, message: `Caractère inattendu « ${after ?? 'fin du texte'} » après « ${source.slice(start, pos)} ».` });
    }
    pos = start + 1;
    return undefined;
  }

  function checkVariable(name: string, offset: number): void {
    if (!SNIPPET_VARIABLES.has(name)) problems.push({ offset, message: `Variable « $${name} » inconnue de VS Code.` });
  }

  const nodes = parseNodes(false);
  // A `}` at top level is literal in VS Code but almost always a typo here.
  return { nodes, problems };
}

/** How to turn tab stops, choices and variables into text. */
export interface SnippetResolver {
  /** The text of tab stop `index` (its default text is given); mirrors get the same index. */
  tabstop?(index: number, defaultText: string): string | undefined;
  choice?(index: number, options: readonly string[]): string | undefined;
  variable?(name: string, defaultText: string): string | undefined;
}

/**
 * The text a snippet inserts. Tab stops keep their default text (or the
 * resolver's value); a choice gives its first option; a mirror repeats the
 * text of the first tab stop of its number that has a default.
 */
export function renderSnippet(nodes: readonly SnippetNode[], resolver: SnippetResolver = {}): string {
  const values = new Map<number, string>();
  // First pass: the value of each tab stop number.
  const collect = (list: readonly SnippetNode[]) => {
    for (const n of list) {
      if (n.kind === 'tabstop') {
        collect(n.children);
        if (!values.has(n.index) || (values.get(n.index) === '' && n.children.length > 0)) {
          const def = render(n.children);
          const v = resolver.tabstop?.(n.index, def);
          values.set(n.index, v ?? def);
        }
      } else if (n.kind === 'choice' && !values.has(n.index)) {
        values.set(n.index, resolver.choice?.(n.index, n.options) ?? n.options[0] ?? '');
      } else if (n.kind === 'variable') collect(n.children);
    }
  };
  const render = (list: readonly SnippetNode[]): string => {
    let out = '';
    for (const n of list) {
      if (n.kind === 'text') out += n.value;
      else if (n.kind === 'tabstop' || n.kind === 'choice') out += values.get(n.index) ?? (n.kind === 'tabstop' ? render(n.children) : (n.options[0] ?? ''));
      else {
        const def = render(n.children);
        out += resolver.variable?.(n.name, def) ?? def;
      }
    }
    return out;
  };
  collect(nodes);
  return render(nodes);
}

/** Escapes literal text for a snippet body. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** Writes nodes back as snippet source. */
export function serializeSnippet(nodes: readonly SnippetNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') out += escapeSnippetText(n.value);
    else if (n.kind === 'tabstop') out += n.children.length ? `\${${n.index}:${serializeSnippet(n.children)}}` : `$${n.index}`;
    else if (n.kind === 'choice') out += `\${${n.index}|${n.options.map((o) => o.replace(/[\\,|$}]/g, '\\$&')).join(',')}|}`;
    else out += n.children.length ? `\${${n.name}:${serializeSnippet(n.children)}}` : `\${${n.name}}`;
  }
  return out;
}

/** Tab stop numbers in the order they appear (first appearance), 0 excluded. */
export function tabstopOrder(nodes: readonly SnippetNode[]): number[] {
  const seen: number[] = [];
  const walk = (list: readonly SnippetNode[]) => {
    for (const n of list) {
      if ((n.kind === 'tabstop' || n.kind === 'choice') && n.index !== 0 && !seen.includes(n.index)) seen.push(n.index);
      if (n.kind === 'tabstop' || n.kind === 'variable') walk(n.children);
    }
  };
  walk(nodes);
  return seen;
}
