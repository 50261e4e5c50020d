// The one list of rules. Settings, the CLI, the docs and the tests are driven
// from it. Add a rule family by importing its array here.

import type { RuleDefinition } from './rule';
import { contestationRules } from './rules/contestation';
import { longueurRules } from './rules/longueur';
import { modeleRules } from './rules/modele';
import { questionsRules } from './rules/questions';
import { structureRules } from './rules/structure';
import { tonRules } from './rules/ton';

export const RULES: readonly RuleDefinition[] = [
  ...longueurRules,
  ...structureRules,
  ...modeleRules,
  ...tonRules,
  ...contestationRules,
  ...questionsRules,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function getRule(id: string): RuleDefinition | undefined {
  return RULES.find((r) => r.id === id);
}
