// Category `questions` (section 3 « Feedback > ego ») : the vague question
// the guide quotes, « Avez-vous des retours ? ». A question that names what
// it asks about (a criterion, a skill, an example) is targeted and is left alone
// by the rule (see TARGETED in rules/questions.ts).

import type { Expression } from './expression';

/** The guide's targeted questions, offered as rewrites of a vague one. */
export const TARGETED_VOUS = [
  'Quel élément a le plus pesé dans la décision ?',
  'Quelle compétence concrète devrais-je renforcer en priorité pour ce type de poste ?',
  'Pourriez-vous m’indiquer l’un des critères décisifs (prix, délai, fonctionnalités manquantes) ?',
];
export const TARGETED_TU = [
  'Quel élément a le plus pesé dans ta décision ?',
  'Quelle compétence concrète devrais-je renforcer en priorité pour ce type de projet ?',
];

export const VAGUE_QUESTIONS: readonly Expression[] = [
  {
    id: 'des-retours-vous',
    rule: 'question-vague',
    forms: ["{avez|auriez}-vous {des|quelques|d'éventuelles} {recommandations|suggestions|pistes} {générales|globales|d'ordre général}", "{une idée|des idées} de ce que je pourrais {améliorer|changer|mieux faire|revoir|travailler}", "{pourriez|pouvez|voudriez}-vous me {guider|conseiller|aiguiller|orienter} {un peu |un petit peu |}{?|$}", "{quelles erreurs|quelles fautes} {ai-je|j'ai} {commises|faites}", "{vous me conseilleriez|vous me recommanderiez|vous me suggéreriez|vous me conseillez|vous me recommandez|vous verriez} quoi", "{qu'est-ce que|que} vous me {conseilleriez|recommanderiez|suggéreriez|conseillez|recommandez|suggérez} {?|$}", "{que|qu'} me {conseilleriez|recommanderiez|suggéreriez|conseillez|recommandez}-vous {?|$}", "quelque chose à {améliorer|revoir|retravailler|changer|corriger|travailler} {?|$}", "{des|quelques|un|vos|d'autres} {tuyaux|tuyau}", "comme {piste|pistes} pour moi", "{qu'avez-vous|qu'en avez-vous|qu'est-ce que vous avez} pensé de {mon|ma|mes|notre} … dans son ensemble", 'votre opinion sur tout ce que', "{que|qu'est-ce que} {dois-je|devrais-je|je dois|je devrais|pourrais-je|puis-je} {améliorer|travailler|changer|revoir} {, d'une façon générale|, de façon générale|, de manière générale|, en général|, globalement|, dans l'ensemble|d'une façon générale|de façon générale|de manière générale|en général|globalement|dans l'ensemble|?}", "{comment|en quoi} {aurais-je|j'aurais|aurions-nous|aurais-je donc} pu {mieux faire|faire mieux|faire autrement|réussir|l'emporter|être retenu|être retenue|être pris|être prise|convaincre|vous convaincre} {?|$}", "{avez|auriez}-vous {des|quelques|d'éventuelles|des éventuelles} {idées|pistes|suggestions|recommandations|orientations} {pour la suite|pour m'améliorer|pour progresser|à me donner|à me partager|à me suggérer|?|pour mon parcours|pour la suite de mon parcours|pour la suite de mes démarches}", 
      '{avez|auriez}-vous {des|un|quelques|d\'éventuels|des éventuels|éventuellement des|un petit|un quelconque|quelque} {retour|retours|feedback|feedbacks|commentaire|commentaires|remarque|remarques|conseil|conseils|avis|explications|explication|précisions}',
      'est-ce que vous {avez|auriez} {des|un|quelques} {retour|retours|feedback|feedbacks|commentaires|remarques|conseils}',
      '{pourriez|pouvez|voudriez|accepteriez}-vous {me faire|me donner|me communiquer|m\'envoyer|me transmettre|me partager|partager|me faire part de|m\'apporter} {un|des|quelques|vos|votre} {retour|retours|feedback|feedbacks|commentaires|remarques|impressions|avis}',
      '{serait-il|est-il} possible {d\'avoir|d\'obtenir|de recevoir|de me faire} {un|des|quelques} {retour|retours|feedback|feedbacks}',
      'un {petit |}{retour|feedback} {serait|me serait} {le bienvenu|apprécié|précieux|utile}',
      "qu'est-ce qui {n'a pas|n'avait pas} {marché|fonctionné|plu|convenu|été|suffi}",
      "qu'est-ce qui {a coincé|n'allait pas|a manqué|manquait|a cloché|clochait|a posé problème}",
      "qu'est-ce que j'aurais pu {faire|améliorer} {de mieux|de plus|autrement}",
      '{pourquoi|pour quelle raison} {ma candidature|mon profil|mon dossier|mon offre|notre offre|notre proposition|ma proposition} {n\'a pas|n\'a-t-elle pas|n\'a-t-il pas|a été}',
      '{pourquoi|pour quelles raisons|pour quelle raison} {pas moi|ce refus|avoir refusé|m\'avoir refusé|me refuser}',
      "{dire|indiquer|expliquer|savoir} ce qui {n'allait pas|n'a pas marché|n'a pas fonctionné|a coincé|a manqué|a cloché|n'a pas plu|n'a pas convenu}",
      '{pouvez|pourriez|pourrais|peux}-{vous|tu} me dire pourquoi',
    ],
    explanation: '« Avez-vous des retours ? » : le guide prévient qu’une question trop large n’obtient aucune réponse ou des banalités. Posez 1 ou 2 questions ciblées.',
    sentenceRewrites: TARGETED_VOUS,
  },
  {
    id: 'des-retours-tu',
    rule: 'question-vague',
    forms: ["{tu me conseillerais|tu me recommanderais|tu me suggérerais|tu me conseilles|tu me recommandes|tu verrais} quoi", "{qu'est-ce que|que} tu me {conseillerais|recommanderais|suggérerais|conseilles|recommandes} {?|$}", "{que|qu'} me {conseillerais|recommanderais|conseilles|recommandes}-tu {?|$}", 
      '{as|aurais}-tu {des|un|quelques|d\'éventuels|un petit} {retour|retours|feedback|feedbacks|commentaires|remarques|conseils|explications}',
      'est-ce que tu {as|aurais} {des|un|quelques} {retour|retours|feedback|feedbacks|commentaires|remarques|conseils}',
      '{pourrais|peux|voudrais}-tu {me faire|me donner|m\'envoyer|me faire part de|me partager} {un|des|quelques|tes|ton} {retour|retours|feedback|feedbacks|commentaires|remarques|impressions|avis}',
    ],
    explanation: '« As-tu des retours ? » reste trop large : le guide conseille 1 ou 2 questions ciblées.',
    sentenceRewrites: TARGETED_TU,
  },
];
