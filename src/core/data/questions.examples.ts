// Examples of the questions entries: texts each entry must and must not match.
// Kept apart from the entries so that they stay out of the extension bundles;
// test/unit/expressions.test.ts runs them all and requires one per entry.

import type { ExpressionExamples } from './expression';

export const EXAMPLES: Readonly<Record<string, ExpressionExamples>> = {
  'des-retours-vous': {
    match: ["Qu'est-ce que je devrais améliorer, de manière générale ?", 'Comment aurais-je pu faire mieux ?', 'Auriez-vous quelques pistes pour la suite ?', 'Avez-vous des retours ?', 'Auriez-vous des retours à me faire ?', 'Avez vous des retours sur ma candidature ?', 'Pourriez-vous me faire un retour ?', 'Qu’est-ce qui n’a pas marché ?', 'Pourquoi ma candidature n’a pas été retenue ?', 'Est-ce que vous auriez des commentaires ?'],
    noMatch: ['Quelle compétence devrais-je renforcer en priorité pour le concours de mars ?', 'Auriez-vous 1 ou 2 retours concrets (compétences à renforcer, exemple manquant) ?', 'Quel élément a le plus pesé dans la décision ?', 'Merci pour vos retours.'],
  },
  'des-retours-tu': {
    match: ['As-tu des retours ?', 'Aurais-tu un feedback ?', 'Pourrais-tu me faire un retour ?'],
    noMatch: ['Quel élément a le plus pesé dans ta décision ?', 'Merci pour ton retour.'],
  },
};
