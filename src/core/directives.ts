// Inline control comments:
//   <!-- boomerang-disable [RULE…] -->            off from here on
//   <!-- boomerang-enable [RULE…] -->             back on from here on
//   <!-- boomerang-disable-next-line [RULE…] -->  off on the next line only
// RULE is a rule id or a category; none means every rule.

import { positionOf } from './text';

const DIRECTIVE = /<!--\s*boomerang-(disable-next-line|disable|enable)((?:[\s,]+[a-z][a-z0-9-]*)*)\s*-->/g;

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

export function parseDirectives(text: string, lineStarts: readonly number[]): Directives {
  if (!text.includes('boomerang-')) return NONE;
  const changes: Change[] = [];
  const nextLine = new Map<number, Scope[]>();
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text)) !== null) {
    const names = m[2].split(/[\s,]+/).filter(Boolean);
    const scope: Scope = names.length === 0 ? 'all' : new Set(names);
    if (m[1] === 'disable-next-line') {
      const line = positionOf(lineStarts, m.index + m[0].length).line + 1;
      const list = nextLine.get(line) ?? [];
      list.push(scope);
      nextLine.set(line, list);
    } else {
      changes.push({ offset: m.index, enable: m[1] === 'enable', scope });
    }
  }
  const covers = (scope: Scope, rule: string, category: string) => scope === 'all' || scope.has(rule) || scope.has(category);
  return {
    isDisabled(rule, category, offset) {
      const scopes = nextLine.get(positionOf(lineStarts, offset).line);
      if (scopes?.some((s) => covers(s, rule, category))) return true;
      let disabled = false;
      for (const c of changes) {
        if (c.offset > offset) break;
        if (covers(c.scope, rule, category)) disabled = !c.enable;
      }
      return disabled;
    },
  };
}
