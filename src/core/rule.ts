// The shape of a rule: metadata plus one pure function. Everything other code
// needs to know about a rule is here (the report's rows and blocking, the
// rules user expressions may target, the docs' examples); the tables of the
// manifest, the JSON schema, the docs and the report are derived from it.

import type { RuleContext } from './context';
import type { Draft } from './draft';
import type { RecapSection } from './tips';
import type { Category, Report, Severity } from './types';

/** Another draft of the workspace, for the examples of checks across drafts. */
export interface ExampleDraft {
  file: string;
  text: string;
}

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
  /** The rows of the guide's « Liste récapitulative » its findings feed in the report, and why. */
  recap: { rows: readonly RecapSection[]; why: string };
  /**
   * Its warnings make a draft « À ne pas envoyer tel quel » (the recipient
   * would read them as a blunder, not as a slightly long message): the guide's
   * words for why. With `tips`, only the findings that carry one of them block.
   */
  blocks?: { why: string; tips?: readonly string[] };
  /**
   * User expressions (`boomerang.expressions`, `.boomerang.json`) may be
   * reported by this rule; `main`: it is also the rule its category's name
   * stands for (`"rule": "ton"`).
   */
  expressions?: 'accepted' | 'main';
  /** A draft, or the part of one, that triggers the rule: in the docs, and run by a test. */
  example: string;
  /** A near miss that must not trigger it: in the docs, and run by a test. */
  counterExample: string;
  /** For checks across drafts: the other drafts of the workspace, for both examples. */
  workspace?: readonly ExampleDraft[];
  check(draft: Draft, ctx: RuleContext): Iterable<Report>;
}
