// The one list of rules, and every table derived from it. Settings, the CLI,
// the report, the docs, the manifest's and the JSON schema's enums and the
// tests are driven from it. Add a rule family by importing its array here.
//
// The order is the order of importance, what the recipient notices most
// first: the report's verdict names the first blocking warning, the docs list
// the rules in this order.

import { expressionRules } from './options';
import type { RuleDefinition } from './rule';
import { contestationRules } from './rules/contestation';
import { delaiRules } from './rules/delai';
import { longueurRules } from './rules/longueur';
import { modeleRules } from './rules/modele';
import { multicanalRules } from './rules/multicanal';
import { questionsRules } from './rules/questions';
import { structureRules } from './rules/structure';
import { tonRules } from './rules/ton';

export const RULES: readonly RuleDefinition[] = [
  ...modeleRules,
  ...tonRules,
  ...contestationRules,
  ...delaiRules,
  ...multicanalRules,
  ...longueurRules,
  ...questionsRules,
  ...structureRules,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

const BY_ID = new Map<string, RuleDefinition>(RULES.map((r) => [r.id, r]));

export function getRule(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}

/** Position of a rule in the registry (unknown ids last): the order in which the report's verdict names findings. */
export function ruleRank(id: string): number {
  const i = RULES.findIndex((r) => r.id === id);
  return i < 0 ? RULES.length : i;
}

/** The names a user expression's `rule` may take, and the rule each one means (a category stands for its main rule). */
export const USER_EXPRESSION_RULES: Readonly<Record<string, string>> = expressionRules(RULES);
