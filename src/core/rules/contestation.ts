// Category `contestation` (section 5 « On conteste… parfois »): contesting
// the decision or an opinion — judging it wrong, telling the reader they are
// mistaken, pleading one's value, asking them to reconsider. A correction that
// carries a verifiable fact (a date, an amount, a reference, a document) is
// what the guide allows; entries about opinions step aside for it. The
// entries are in data/contestation.ts.

import { CONTESTATION } from '../data/contestation';
import { quoteThen } from '../fixes';
import { proseOf } from '../prose/analysis';
import { wordingReports } from '../prose/wording';
import type { RuleDefinition } from '../rule';

export const contesteLaDecision: RuleDefinition = {
  id: 'conteste-la-decision',
  category: 'contestation',
  severity: 'warning',
  description: 'Contester la décision ou un avis (« vous avez tort », « mon offre était clairement la meilleure », « merci de reconsidérer ») ; corriger un fait calmement reste permis.',
  tip: 'contester',
  recap: { rows: [5], why: '« Contester, mais pas la gravité » : seulement un fait ou une mise à jour majeure.' },
  blocks: { why: 'Plaider sa cause « crispe » et risque de griller la relation.' },
  expressions: 'main',
  example: 'Je ne suis pas d’accord avec votre décision : je suis le meilleur candidat.',
  counterExample: 'Petite précision factuelle : l’attestation que vous mentionnez figurait en page 4 du dossier.',
  check: (draft, ctx) =>
    wordingReports(proseOf(draft), CONTESTATION, 'conteste-la-decision', ctx.options, (e, q) => quoteThen(e.explanation, q)).map((r) =>
      r.entry?.severity ? { ...r, severity: r.entry.severity } : r,
    ),
};

export const contestationRules: readonly RuleDefinition[] = [contesteLaDecision];
