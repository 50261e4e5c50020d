// Examples of the ton entries: texts each entry must and must not match.
// Kept apart from the entries so that they stay out of the extension bundles;
// test/unit/expressions.test.ts runs them all and requires one per entry.

import type { ExpressionExamples } from './expression';

export const EXAMPLES: Readonly<Record<string, ExpressionExamples>> = {
  'honte': {
    match: ['C’est honteux de traiter les candidats ainsi.', 'Votre processus est inadmissible.', 'Quelle honte !', 'Un comportement INACCEPTABLE', 'cest une honte', 'Une réponse pitoyable.', 'Ce recrutement était une mascarade.'],
    noMatch: ['Il n’y a aucune honte à refuser.', 'Je comprends votre décision.', 'Merci pour votre retour.'],
  },
  'n-importe-quoi': {
    match: ['Votre grille de sélection, c’est du grand n’importe quoi.', 'Vous vous moquez du monde.', 'Vous plaisantez ?', 'Franchement j’hallucine.', 'Un refus ridicule.', 'Pour qui vous prenez-vous ?'],
    noMatch: ['Je comprends votre choix.', 'Merci pour ce retour précis.'],
  },
  'incompetence': {
    match: ['Votre équipe est incompétente.', 'Quelle incompétence.', 'Un manque total de respect.', 'C’est peu professionnel.', 'Vous n’avez rien compris à mon profil.', 'Une réponse méprisante.', 'Je me suis fait avoir.'],
    noMatch: ['J’ai apprécié votre professionnalisme.', 'Merci pour votre considération.', 'Je respecte votre décision.'],
  },
  'pas-lu': {
    match: ['Vous n’avez même pas lu mon dossier.', 'Vous n’avez pas pris la peine de me recevoir.', 'Refusé sans même lire ma lettre.', 'Avez-vous seulement lu mon CV ?', 'Tu n’as même pas ouvert mon portfolio.'],
    noMatch: ['Merci d’avoir lu mon dossier.', 'Vous avez pris le temps de me répondre, merci.'],
  },
  'menace': {
    match: ['Vous le regretterez.', 'Mon avocat vous contactera.', 'Je vais laisser un avis négatif sur Glassdoor.', 'Ça ne va pas se passer comme ça.', 'Je n’en resterai pas là.', 'Tu vas le regretter.', 'Je vais prévenir votre direction.'],
    noMatch: ['Je reste disponible.', 'J’ai lu les avis de vos salariés, très positifs.', 'Je n’ai aucun regret.'],
  },
  'insulte': {
    match: ['Bande de guignols.', 'Vous êtes nuls.', 'C’est vraiment de la merde.', 'Putain, trois mois pour ça.', 'Quels clowns.', 'Vous êtes des idiots.', 'Grrr.'],
    noMatch: ['Nul doute que le candidat retenu fera du bon travail.', 'Je conserve votre contact.', 'Un entretien constructif.'],
  },
  'colere': {
    match: ['Je suis furieux.', 'Je suis en colère contre votre entreprise.', 'Ça me révolte.', 'Quel culot !', 'Je suis écœurée par ce refus.'],
    noMatch: ['Je suis ravi de cet échange.', 'Je reste motivé.'],
  },
  'bonne-chance-quand-meme': {
    match: ['Bonne chance quand même.', 'Bonne chance quand meme', 'Bon courage malgré tout.', 'Bonne continuation quand même !', 'bonne chance\nquand même', 'Bon vent quand même.'],
    noMatch: ['Bonne chance pour la suite du projet.', 'Merci quand même ; je travaillerai ma présentation.', 'Bonne continuation.', 'Je vous souhaite bonne chance pour ce recrutement.'],
  },
  'souhait-aigre': {
    match: ['Bonne continuation avec votre candidat idéal.', 'Bonne chance pour trouver mieux.', 'J’espère que votre candidat parfait sera à la hauteur.', 'Félicitations à votre prestataire moins cher.', 'Comme par hasard, le poste est pourvu en interne.', 'Je vous souhaite bien du courage.', 'Bonne chance avec ça.'],
    noMatch: ['Bonne continuation avec le candidat retenu.', 'Bonne chance pour la suite du projet.', 'Tous mes vœux de réussite pour ce projet.', 'Je vous souhaite une belle réussite.'],
  },
  'regretter': {
    match: ['J’espère que vous ne le regretterez pas.', 'J’espère pour vous que vous avez fait le bon choix.', 'L’avenir dira qui avait raison.', 'Qui vivra verra.', 'J’ose espérer que vous relirez mon dossier.'],
    noMatch: ['J’espère que le projet se passera bien.', 'J’espère avoir l’occasion de retravailler avec vous.', 'Je n’ai aucun regret.'],
  },
  'sarcasme': {
    match: ['Merci de m’avoir fait perdre mon temps.', 'Bravo pour ce choix.', 'Merci pour cette magnifique réponse type.', 'Quel professionnalisme !', 'Au moins vous avez répondu.', 'Merci pour rien.', 'Réponse automatique, bien sûr.', 'Après trois mois de silence, merci.', 'Sans rancune.'],
    noMatch: ['Merci d’avoir pris le temps de me répondre.', 'Merci pour votre réponse rapide.', 'J’ai apprécié votre professionnalisme tout au long du processus.', 'Bravo à toute l’équipe pour le lancement du produit.'],
  },
  'politesse-moqueuse': {
    match: ['Cordialement (ou pas).', 'Cordialement… enfin presque.', 'Votre soi-disant processus de sélection.', 'Amicalement quand même.', 'Un entretien, si on peut dire.'],
    noMatch: ['Bien cordialement,', 'Que vous me reteniez ou non, merci.', 'Je vous remercie sincèrement.'],
  },
  'regret-miroir': {
    match: ['Moi aussi j’ai le regret de vous informer que votre offre ne m’intéressait plus.', 'J’ai à mon tour le regret de vous dire que je décline.', 'J’ai le regret de vous informer que je retire ma candidature.'],
    noMatch: ['J’ai apprécié l’échange.', 'Je regrette de ne pas avoir pu vous rencontrer plus tôt, mais merci.'],
  },
  'vos-raisons': {
    match: ['Je suppose que vous avez vos raisons.', 'C’est votre perte.', 'Tant pis pour vous.', 'Vous passez à côté d’un bon profil.', 'Libre à vous.', 'D’autres sauront m’apprécier.', 'Tu dois avoir tes raisons.'],
    noMatch: ['Je comprends les raisons de votre choix.', 'Merci de m’avoir expliqué vos raisons.', 'Je comprends votre décision.'],
  },
  'excuse-delai': {
    match: ['Désolé pour ce délai de réponse.', 'Je suis désolée de répondre si tard.', 'Toutes mes excuses pour le retard.', 'Pardon pour le retard.'],
    noMatch: ['Merci pour votre patience.', 'Je vous réponds avec un peu de recul.'],
  },
  'excuse-deranger': {
    match: ['Désolée de vous déranger à nouveau.', 'Excusez-moi de vous importuner.', 'Je m’excuse pour le dérangement.', 'Si ce n’est pas trop demander, pourriez-vous m’indiquer un point ?', 'Je sais que vous êtes très occupés.', 'Je ne vous dérangerai plus.'],
    noMatch: ['Merci pour votre retour.', 'Je me permets de vous écrire pour vous remercier.'],
  },
  'excuse-generique': {
    match: ['Je m’excuse si ma candidature vous a fait perdre du temps.', 'Pardon pour ce long message.', 'Je suis vraiment désolée.', 'Toutes mes excuses.', 'Veuillez m’excuser.', 'desole'],
    noMatch: ['Je ne suis pas désolé de vous avoir écrit.', 'Merci pour votre retour.', 'Pas besoin de vous excuser pour le délai.'],
  },
  'autodenigrement': {
    match: ['Je n’aurais pas dû postuler.', 'Je sais que je ne suis pas à la hauteur.', 'Je suis nulle en entretien.', 'Désolé de vous avoir fait perdre votre temps.', 'Le candidat retenu est sûrement bien meilleur que moi.', 'C’est entièrement ma faute.', 'Je ne suis qu’un simple débutant.'],
    noMatch: ['J’aimerais m’améliorer.', 'Je comprends votre choix actuel.', 'J’ai renforcé mes compétences en gestion de projet.'],
  },
  'injuste': {
    match: ['Votre décision est injuste.', 'Je trouve ça profondément injuste.', 'Une injustice de plus.', 'Un traitement injuste'],
    noMatch: ['Il ne serait pas injuste de dire que l’échange fut riche.', 'Je comprends votre décision.'],
  },
  'blessure': {
    match: ['Votre refus est blessant.', 'Je suis effondrée.', 'J’ai pleuré toute la soirée.', 'Quelle déception.', 'Je suis terriblement déçu.', 'Une immense déception pour moi.', 'Je suis dégoûté.'],
    noMatch: ['Je suis un peu déçu, mais je comprends votre choix.', 'Je comprends votre décision.', 'Merci pour cet échange.'],
  },
  'tout-investi': {
    match: ['Après tout ce que j’ai investi dans ce dossier, je ne comprends pas.', 'Je ne m’en remettrai pas.', 'J’y croyais tellement.', 'C’était le poste de mes rêves.', 'C’est la cinquième fois qu’on me refuse.', 'Tout ça pour ça.', 'Après des semaines passées sur ce dossier, un simple mail.'],
    noMatch: ['J’ai investi du temps dans la préparation et j’en ai beaucoup appris.', 'Je ne changerais cette expérience pour rien au monde.', 'De rien, avec plaisir.'],
  },
};
