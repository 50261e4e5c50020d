// The shape of a rule: metadata plus one pure function.

import type { RuleContext } from './context';
import type { Draft } from './draft';
import type { Category, Report, Severity } from './types';

export interface RuleDefinition {
  /** Stable id, French kebab-case without accents (used in settings and comments). */
  id: string;
  category: Category;
  /** Default severity. */
  severity: Severity;
  /** One French sentence: what the rule checks. */
  description: string;
  /** The checklist tip behind the rule (tips.ts). */
  tip: string;
  /** A French draft excerpt that triggers the rule, for the docs. */
  example: string;
  check(draft: Draft, ctx: RuleContext): Iterable<Report>;
}
