// Examples of the questions entries: texts each entry must and must not match.
// Kept apart from the entries so that they stay out of the extension bundles;
// test/unit/expressions.test.ts runs them all and requires one per entry.

import type { ExpressionExamples } from './expression';

export const EXAMPLES: Readonly<Record<string, ExpressionExamples>> = {
  'des-retours-vous': {
    match: ["Auriez-vous quelques recommandations générales pour quelqu'un dans ma situation ?", "Une idée de ce que je pourrais améliorer ?", "Pourriez-vous me guider un peu ?", "Quelles erreurs ai-je commises, selon vous ?", "J'avoue que je suis un peu perdu. Vous me conseilleriez quoi ?", "Merci pour votre retour. Qu'est-ce que vous me recommanderiez ?", "Ok merci. Quelque chose à améliorer ?", "Franchement merci d'avoir répondu. Vous avez des tuyaux ?", "Que me conseilleriez-vous ?", "Qu'est-ce que je devrais améliorer, de manière générale ?", 'Comment aurais-je pu faire mieux ?', 'Auriez-vous quelques pistes pour la suite ?', 'Avez-vous des retours ?', 'Auriez-vous des retours à me faire ?', 'Avez vous des retours sur ma candidature ?', 'Pourriez-vous me faire un retour ?', 'Qu’est-ce qui n’a pas marché ?', 'Pourquoi ma candidature n’a pas été retenue ?', 'Est-ce que vous auriez des commentaires ?'],
    noMatch: ["Pourriez-vous m'envoyer une lettre de recommandation ?", "Pourriez-vous me guider vers la personne chargée des stages ?", "Que me conseilleriez-vous de renforcer en priorité pour le concours de mars ?", "Vous me conseilleriez plutôt le master de Lyon ou celui de Grenoble ?", "J'ai encore quelque chose à améliorer sur mon portfolio, je m'y mets.", 'Quelle compétence devrais-je renforcer en priorité pour le concours de mars ?', 'Auriez-vous 1 ou 2 retours concrets (compétences à renforcer, exemple manquant) ?', 'Quel élément a le plus pesé dans la décision ?', 'Merci pour vos retours.'],
  },
  'des-retours-tu': {
    match: ["Merci, c'est gentil. Tu verrais quoi comme piste pour moi ?", "Tu me conseillerais quoi ?", 'As-tu des retours ?', 'Aurais-tu un feedback ?', 'Pourrais-tu me faire un retour ?'],
    noMatch: ["Tu me conseillerais le stage de juin ou celui de septembre ?", 'Quel élément a le plus pesé dans ta décision ?', 'Merci pour ton retour.'],
  },
};
