// Category `contestation` (section 5): contesting the decision or an opinion.
// A calm factual correction (« Petite précision factuelle : … ») matches
// nothing here; the list is in data/contestation.ts.

import { CONTESTATION } from '../data/contestation';
import type { RuleDefinition } from '../rule';
import { ExpressionMatcher, phraseReports } from '../phraseEngine';
import { quoteThen } from '../fixes';

const matcher = new ExpressionMatcher(CONTESTATION);

export const contesteLaDecision: RuleDefinition = {
  id: 'conteste-la-decision',
  category: 'contestation',
  severity: 'warning',
  description: 'Contester la décision ou un avis (« vous faites une erreur », « je suis le meilleur candidat ») ; corriger un fait calmement reste permis.',
  tip: 'contester',
  recap: { rows: [5], why: '« Contester, mais pas la gravité » : seulement un fait ou une mise à jour majeure.' },
  blocks: { why: 'Plaider sa cause « crispe » et risque de griller la relation.' },
  expressions: 'main',
  example: 'Je ne suis pas d’accord avec votre décision : je suis le meilleur candidat.',
  counterExample: 'Petite précision factuelle : l’attestation que vous mentionnez figurait en page 4 du dossier.',
  check: (draft, ctx) => phraseReports(draft, matcher, 'conteste-la-decision', ctx.options, (e, q) => quoteThen(e.explanation, q)),
};

export const contestationRules: readonly RuleDefinition[] = [contesteLaDecision];
