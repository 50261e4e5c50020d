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
    match: ['Vous n’avez même pas lu mon dossier.', 'Vous n’avez pas pris la peine de me recevoir.', 'Refusé sans même lire ma lettre.', 'Avez-vous seulement lu mon CV ?', 'Tu n’as même pas ouvert mon portfolio.', 'Je note au passage que ma lettre de motivation n’a manifestement pas été lue.', 'Votre processus manque singulièrement de clarté.', 'Ce n’est pas très équitable envers les candidats qui se sont investis.', 'Sans vouloir être désagréable, votre processus est opaque.', 'Ce n’était vraiment pas classe.'],
    noMatch: ['Merci d’avoir lu mon dossier.', 'Vous avez pris le temps de me répondre, merci.', 'Ce n’était pas très juste de ma part, je le reconnais.', 'Notre projet n’a pas été classé premier, et c’est très bien ainsi.'],
  },
  'menace': {
    match: ['Vous le regretterez.', 'Mon avocat vous contactera.', 'Je vais laisser un avis négatif sur Glassdoor.', 'Ça ne va pas se passer comme ça.', 'Je n’en resterai pas là.', 'Tu vas le regretter.', 'Je vais prévenir votre direction.', 'Dans un village comme le nôtre, les gens parlent.', 'On nous demande souvent notre avis. Nous ne manquerons pas de le donner.'],
    noMatch: ['Je reste disponible.', 'J’ai lu les avis de vos salariés, très positifs.', 'Je n’ai aucun regret.'],
  },
  'insulte': {
    match: ['Vous êtes nuls.', 'C’est vraiment de la merde.', 'Putain, trois mois pour ça.', 'Vous êtes des idiots.', 'Grrr.', 'Votre recruteur est un vrai guignol.'],
    noMatch: ['Nul doute que le candidat retenu fera du bon travail.', 'Je conserve votre contact.', 'Un entretien constructif.'],
  },
  'colere': {
    match: ['Je suis furieux.', 'Je suis en colère contre votre entreprise.', 'Ça me révolte.', 'Quel culot !', 'Je suis écœurée par ce refus.', 'C’est personnel ?', 'Vous avez quelque chose contre moi, c’est personnel ou quoi'],
    noMatch: ['Je suis ravi de cet échange.', 'Je reste motivé.', 'Le choix d’un photographe, c’est très personnel, je comprends.'],
  },
  'bonne-chance-quand-meme': {
    match: ['Bonne chance quand même.', 'Bonne chance quand meme', 'Bon courage malgré tout.', 'Bonne continuation quand même !', 'bonne chance\nquand même', 'Bon vent quand même.'],
    noMatch: ['Bonne chance pour la suite du projet.', 'Merci quand même ; je travaillerai ma présentation.', 'Bonne continuation.', 'Je vous souhaite bonne chance pour ce recrutement.'],
  },
  'souhait-aigre': {
    match: ['Bonne continuation avec votre candidat idéal.', 'Bonne chance pour trouver mieux.', 'J’espère que votre candidat parfait sera à la hauteur.', 'Félicitations à votre prestataire moins cher.', 'Comme par hasard, le poste est pourvu en interne.', 'Je vous souhaite bien du courage.', 'Bonne chance avec ça.', 'Je vous souhaite de trouver quelqu’un qui supportera vos méthodes.', 'Je vous souhaite sincèrement de trouver la perle rare.', 'J’espère sincèrement que vous trouverez la personne idéale.', 'Je vous souhaite beaucoup de bonheur avec votre locataire à cinq fois le loyer.', 'Bonne chance pour trouver le locataire parfait.', 'Nous espérons que vos nouveaux locataires seront aussi ponctuels que nous l’aurions été.', 'Nous souhaitons à l’entreprise retenue de tenir les délais mieux que celle de l’an dernier.'],
    noMatch: ['Bonne continuation avec le candidat retenu.', 'Bonne chance pour la suite du projet.', 'Tous mes vœux de réussite pour ce projet.', 'Je vous souhaite une belle réussite.', 'Je vous souhaite de trouver la personne qui vous accompagnera sur ce projet.', 'Je vous souhaite beaucoup de bonheur dans vos nouvelles fonctions.', 'Bonne chance pour trouver un logement à votre fille.', 'Nous espérons que le chantier avancera aussi vite que prévu.', 'Je vous souhaite une année aussi riche que la précédente en projets.'],
  },
  'regretter': {
    match: ['J’espère que vous ne le regretterez pas.', 'J’espère pour vous que vous avez fait le bon choix.', 'L’avenir dira qui avait raison.', 'Qui vivra verra.', 'J’ose espérer que vous relirez mon dossier.', 'J’espère que les prochains candidats auront l’occasion d’échanger plus longuement avec lui.', 'J’espère qu’à l’avenir vous prendrez le temps de répondre.', 'J’espère qu’elle aura le temps de se plonger dans la bibliographie que je vous avais transmise.', 'Je ne doute pas que tu aies fait le meilleur choix.'],
    noMatch: ['J’espère que le projet se passera bien.', 'J’espère avoir l’occasion de retravailler avec vous.', 'Je n’ai aucun regret.', 'J’espère que les prochains mois vous seront favorables.'],
  },
  'sarcasme': {
    match: ['Merci de m’avoir fait perdre mon temps.', 'Bravo pour ce choix.', 'Merci pour cette magnifique réponse type.', 'Quel professionnalisme !', 'Au moins vous avez répondu.', 'Merci pour rien.', 'Réponse automatique, bien sûr.', 'Après trois mois de silence, merci.', 'Sans rancune pour votre décision.', 'Vous m’excuserez de ne pas partager votre enthousiasme.', 'Je m’en remettrai, rassurez-vous.', 'Ne vous en faites pas, j’en ai vu d’autres.', 'Je ne doute pas que ma prochaine demande sera traitée avec la même célérité.', 'J’ai reconnu la formule type de l’an dernier.', 'Bref, encore une belle occasion manquée.', 'Merci d’avoir pris la peine de me répondre : c’est devenu assez rare pour être signalé.', 'Une formule que j’ai d’ailleurs déjà reçue de trois autres maisons, mot pour mot.', 'Léo sera ravi d’apprendre qu’il tient en une moyenne pondérée.', 'Merci pour cet entretien de vingt minutes entre deux réunions.', 'J’avais fini par penser que mon dossier s’était égaré.', 'Merci d’avoir quand même organisé la journée.', 'Merci quand même de m’avoir répondu, ce n’est pas le cas de tout le monde.', 'Un grand merci d’avoir trouvé le temps de m’envoyer ces deux lignes.', 'Je mesure à quel point votre planning doit être chargé.', 'Je prends bonne note de votre décision, ainsi que du fait qu’elle m’a été communiquée par un courrier non signé.', 'Ça m’arrange.', 'Je commence à avoir une jolie collection de très beaux profils.', 'Je vais finir par encadrer les lettres de refus dans mes toilettes.', 'Les compétences se perdent, mais l’enthousiasme, dit-on, compense tout.', 'Pas de problème, c’est votre choix, je ne vais plus vous déranger.', 'J’ai un oncle millionnaire à lui présenter.', 'Je vais donc m’acheter un sourire avant le prochain casting.', 'J’ai été très touchée qu’on prenne la peine d’y copier mon prénom, même avec une faute.', 'J’ai beaucoup appris, surtout sur la façon de faire travailler un extra gratuitement.', 'Vous en aurez pour votre argent.', 'Ravis d’apprendre que le moins-disant l’emporte.', 'Le moins-disant l’emporte encore une fois.', 'Pas besoin de prendre autant de précautions, je ne suis pas en sucre.', 'Je survivrai très bien à celle-ci.', 'Je m’appelle Mathilde, pour vos fichiers.', 'Je ne doute pas que mon dossier a été étudié avec toute l’attention annoncée.', 'Je suis rassurée de savoir que l’orchestre a enfin trouvé quelqu’un capable de jouer aussi fort.', 'Ce sera sans doute plus clair pour le prochain poste.'],
    noMatch: ['Merci d’avoir pris le temps de me répondre.', 'Merci pour votre réponse rapide.', 'J’ai apprécié votre professionnalisme tout au long du processus.', 'Bravo à toute l’équipe pour le lancement du produit.', 'Je partage votre enthousiasme pour ce projet.', 'Rassurez-vous, je reste très motivée.', 'Vous m’excuserez pour ce délai de réponse.', 'Je m’en remettrai vite, et je garde un excellent souvenir de notre échange.', 'Votre dossier sera traité avec attention, m’avez-vous écrit : merci.', 'Encore une fois, merci pour cette belle occasion d’échanger.', 'Je reprends mot pour mot votre conseil : merci.', 'Je serai ravie d’apprendre que le projet a abouti.', 'Je prends bonne note de votre décision et vous remercie.', 'Ces quelques mots m’ont encouragé bien plus qu’une simple réponse type.', 'Votre message, loin d’une réponse type, m’a beaucoup aidé.', 'Leçon retenue, je révise mes tableaux croisés !', 'Ça m’arrange pour chercher ailleurs, merci de m’avoir prévenue vite.', 'J’ai une belle collection de timbres, si jamais le sujet vous intéresse.', 'Votre enthousiasme pour le projet m’a fait plaisir.', 'Je ne vais plus vous retenir : bonne soirée et merci encore.', 'Je vais donc m’inscrire à un atelier de théâtre cet hiver.', 'J’ai beaucoup appris, surtout sur la façon de dresser une assiette.', 'Nous sommes ravis d’apprendre que le projet démarre en mars.', 'Merci d’avoir pris le temps de m’expliquer le choix au lieu d’un mail type.', 'J’ai pris toutes les précautions pour le dossier.', 'Je m’appelle Mathilde Courtois et je vous remercie.', 'Je suis ravie de savoir que vous avez trouvé la bonne personne.', 'Mon CV sera plus clair pour le prochain poste, je le retravaille.'],
  },
  'lecon-apprise': {
    match: ['Leçon retenue : on ne m’y reprendra plus à vous faire confiance.', 'La leçon est retenue.', 'J’aurai au moins appris ce que signifie « bénévole » chez vous.'],
    noMatch: ['Je regrette encore mes dix minutes de retard ; la leçon est retenue.', 'Leçon retenue, je retravaille mon portfolio.', 'J’ai appris que le poste était pourvu en interne, merci de me l’avoir dit.'],
  },
  'politesse-moqueuse': {
    match: ['Cordialement (ou pas).', 'Cordialement… enfin presque.', 'Votre soi-disant processus de sélection.', 'Amicalement quand même.', 'Un entretien, si on peut dire.', 'Vous parlez d’un poste évolutif (sic).', 'J’ai la joie non feinte de prendre acte de votre refus.'],
    noMatch: ['Bien cordialement,', 'Que vous me reteniez ou non, merci.', 'Je vous remercie sincèrement.', 'Le poste (CDI) est pourvu, je le comprends.', 'Que le poste rouvre ou pas, je reste disponible.', 'Merci (vraiment) pour ce retour.'],
  },
  'regret-miroir': {
    match: ['Moi aussi j’ai le regret de vous informer que votre offre ne m’intéressait plus.', 'J’ai à mon tour le regret de vous dire que je décline.', 'J’ai le regret de vous informer que je retire ma candidature.'],
    noMatch: ['J’ai apprécié l’échange.', 'Je regrette de ne pas avoir pu vous rencontrer plus tôt, mais merci.'],
  },
  'vos-raisons': {
    match: ['Je suppose que vous avez vos raisons.', 'C’est votre perte.', 'Tant pis pour vous.', 'Vous passez à côté d’un bon profil.', 'Libre à vous de faire ce choix.', 'D’autres sauront m’apprécier.', 'Tu dois avoir tes raisons.', 'C’est votre droit le plus strict, évidemment.', 'Libre à vous de passer à côté d’un profil comme le mien.', 'Mais bon, c’est toi le coach.', 'Je sais bien que ce n’est pas votre problème.', 'Ce n’est évidemment pas votre problème.'],
    noMatch: ['Je comprends les raisons de votre choix.', 'Merci de m’avoir expliqué vos raisons.', 'Je comprends votre décision.', 'C’est votre choix et je le respecte.', 'C’est toi le coach qui m’a le plus appris cette saison.'],
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
  'injuste-emotion': {
    match: ['Votre décision est injuste.', 'Je trouve ça profondément injuste.', 'Une injustice de plus.', 'Un traitement injuste'],
    noMatch: ['Il ne serait pas injuste de dire que l’échange fut riche.', 'Je comprends votre décision.'],
  },
  'blessure': {
    match: ['Votre refus est blessant.', 'Je suis effondrée.', 'J’ai pleuré toute la soirée.', 'Quelle déception.', 'Je suis terriblement déçu.', 'Une immense déception pour moi.', 'Je suis dégoûté.', 'Je ne sais plus très bien vers quoi me tourner.', 'C’était ma dernière piste sérieuse avant la fin de mes droits.', 'Votre réponse tombe à un moment difficile.', 'Cette réponse arrive à un moment où je me demande si je dois continuer ; elle pèsera sans doute dans ma décision.', 'Cette réponse a été un choc.', 'J’y ai consacré toutes mes économies.', 'Je ne sais pas comment je vais m’en relever.', 'Votre réponse met un terme à trois ans de travail.', 'Ma famille s’en souviendra sans doute plus longtemps que vous.', 'Léo a pleuré tout le week-end après votre décision.', 'J’espère simplement que vous mesurez l’impact que ces choix peuvent avoir sur des enfants.', 'Ce refus signe très probablement la fin de notre équipe.', 'Trois ans de travail partent à la poubelle.', 'Je ne sais pas comment je vais l’annoncer lundi.', 'Je tâcherai d’expliquer un jour à mon fils pourquoi d’autres familles passaient avant lui.', 'Je suppose que la commission a mesuré ce que cela signifie.', 'J’espère que la commission mesure ce que cela représente pour ces enfants.', 'Je veux croire que le comité se rend compte de l’impact de ce choix.'],
    noMatch: ['Je suis un peu déçu, mais je comprends votre choix.', 'Je comprends votre décision.', 'Merci pour cet échange.', 'Je sais vers quoi me tourner : une formation en gestion.', 'Je ne sais pas comment vous remercier.', 'Cette réponse met un terme à mes questions, merci.', 'Ma famille se souviendra de votre accueil.', 'J’espère que vous mesurez ma gratitude.', 'Je ne sais pas comment vous remercier.', 'Ce projet signe la fin d’une belle étape, merci.', 'J’espère que le comité mesure ma gratitude.', 'J’espère que la commission se rend compte de notre reconnaissance.'],
  },
  'tout-investi': {
    match: ['Après tout ce que j’ai investi dans ce dossier, je ne comprends pas.', 'Je ne m’en remettrai pas.', 'J’y croyais tellement.', 'C’était le poste de mes rêves.', 'C’est la cinquième fois qu’on me refuse.', 'Tout ça pour ça.', 'Après des semaines passées sur ce dossier, un simple mail.'],
    noMatch: ['J’ai investi du temps dans la préparation et j’en ai beaucoup appris.', 'Je ne changerais cette expérience pour rien au monde.', 'De rien, avec plaisir.'],
  },

  'jugement-mepris': {
    match: ['Votre méthode de sélection est aberrante.', 'Une décision franchement ridicule.', 'Votre grille tient davantage du tirage au sort que d’une analyse.', 'Quelle mascarade.', 'C’est lamentable.', 'Le processus de recrutement était bâclé du début à la fin.', 'Ce genre d’investissement n’est pas simple à assumer pour une structure de votre taille.', 'N’hésitez pas à revenir vers moi le jour où votre budget le permettra.', 'Il faut un certain recul pour saisir un modèle comme le nôtre.', 'Un modèle de marketplace est difficile à appréhender sans expérience opérationnelle.', 'De toute façon votre pain est dégueulasse.', 'Vous parlez mal aux gens.', 'Votre café est infect.'],
    noMatch: ['C’était idiot de ma part d’oublier la pièce jointe.', 'Ma présentation était un peu bâclée, je le reconnais.', 'Le budget était ridicule à côté de vos ambitions ? Non, il était adapté.', 'Je ne dirais pas que votre décision est absurde.', 'Vous m’avez écrit que « le processus était bâclé » ; ce n’était pas mon impression.', 'C’est un arbitrage que je comprends très bien pour une structure de votre taille.', 'Il faut du recul pour progresser, et votre retour m’en donne.', 'Votre pain est excellent, je le regretterai.', 'Mon premier essai était nul, je l’admets.'],
  },
  'jugement-deni': {
    match: ['Ce n’est pas très professionnel de votre part.', 'Votre réponse manque cruellement de respect.', 'Un processus peu transparent, votre équipe le sait.', 'Aucun respect pour les candidats dans votre réponse.'],
    noMatch: ['Ce n’est pas juste une question de salaire pour moi.', 'Ce n’est pas très clair pour moi, je relirai votre message.', 'Votre équipe a été très professionnelle.', 'Je n’ai pas été assez rigoureux dans mon dossier.'],
  },
  'insulte-personne': {
    match: ['Vous êtes trop stupide pour comprendre.', 'Il a joué à l’hypocrite tout du long.', 'Une belle bande de pieds nickelés.', 'Vous êtes des amateurs.', 'Bande de moutons.', 'Quels clowns.', 'Bande de guignols.', 'Ces escrocs ne m’auront plus.', 'Je me suis senti traité comme un chien.'],
    noMatch: ['Je suis un amateur de jazz.', 'Je me sens un peu idiot d’avoir oublié la pièce jointe.', 'Nul doute que la personne retenue fera du bon travail.', 'Notre cahier des charges mentionnait des requins, c’était un aquarium.', 'Je conserve votre contact.'],
  },
  'menace-diffusion': {
    match: ['Je ne manquerai pas de raconter aux autres associations du secteur comment vous traitez les artisans.', 'Nous prendrons simplement le temps de décrire cette consultation sur votre fiche Google.', 'Je vais faire savoir autour de moi comment vous recrutez.', 'Je compte bien en parler à votre directrice générale.', 'Je ne manquerai pas de partager mon expérience de votre processus de recrutement avec les 12 000 personnes qui suivent mes publications.'],
    noMatch: ['Je vais partager vos actualités avec mon réseau, avec plaisir.', 'Je partagerai volontiers des ressources pertinentes.', 'Je parlerai de votre entreprise en bien autour de moi.', 'Je ne vais pas raconter cette histoire sur les réseaux.', 'Je partagerai volontiers mon expérience avec vos futurs candidats lors du salon, si vous le souhaitez.'],
  },
  'menace-presse': {
    match: ['J’ai justement un contact à la rédaction.', 'Les lecteurs du Progrès seront curieux d’apprendre comment la commune choisit ses associations.'],
    noMatch: ['J’ai lu votre article dans la presse locale avec intérêt.', 'Les habitants seront ravis de la fête, merci pour votre soutien.'],
  },
  'menace-avis': {
    match: ['Je vais laisser un avis sur Glassdoor.', 'Vous lirez bientôt mon témoignage sur Indeed.', 'Je publierai un avis détaillé.'],
    noMatch: ['J’ai lu les avis de vos salariés, très positifs.', 'Votre avis m’aiderait beaucoup.', 'Si vous avez un avis sur ma présentation, je suis preneur.', 'Mon avis d’imposition, joint à ce courrier, indique un revenu de 21 400 €.'],
  },
  'levier-relations': {
    match: ['Je connais d’ailleurs très bien Monsieur Perrin, votre directeur commercial.', 'Je connais bien votre directrice générale.', 'J’avais eu l’occasion d’échanger longuement sur ce programme avec Pierre Mazars, votre directeur général.', 'Je ne manquerai pas de lui en reparler à notre prochain déjeuner.', 'Je vais simplement en discuter avec le président du club.', 'Je vais en toucher un mot à la directrice.'],
    noMatch: ['Merci de transmettre mes salutations à votre directrice, que je connais bien.', 'Je connais bien votre secteur et je reste disponible.', 'J’ai échangé avec votre assistante pour fixer la date.', 'Je vais en discuter avec ma conseillère d’orientation.', 'J’en ai parlé avec mon ancien directeur, qui m’a encouragé à postuler ailleurs.'],
  },
  'copie-hierarchie': {
    match: ['Je me permets de mettre en copie Monsieur le Maire, qui suit les recrutements de près.', 'Je me permets de mettre en copie M. Vasseur, directeur régional.', 'Je me permets de mettre en copie Monsieur le Maire, que j’ai eu le plaisir de rencontrer à plusieurs reprises.', 'Je transmets cet échange à votre directeur.'],
    noMatch: ['Je mets en copie ma collègue qui suivra le dossier.', 'Merci de me mettre en copie de vos prochaines annonces.'],
  },
  'levier-retrait': {
    match: ['J’en profiterai pour revoir la liste des associations que ma famille soutient chaque année.', 'Nous allons réduire nos commandes auprès de votre groupe.', 'Si c’est comme ça, ne compte plus sur moi pour les astreintes du week-end.'],
    noMatch: ['Merci : je continuerai à soutenir votre association, avec plaisir.', 'Je vais revoir mon dossier pour la prochaine session.', 'Vous pouvez compter sur moi pour la passation.'],
  },
  'explication-simplifiee': {
    match: ['Je reste disponible si vous souhaitez que je vous le réexplique plus simplement.', 'Je peux vous réexpliquer les bases un jour.', 'Je vous réexpliquerai volontiers le concept.'],
    noMatch: ['Je peux vous réexpliquer le calendrier si besoin, il a changé.', 'Je peux vous expliquer le fonctionnement de l’outil si besoin.', 'Vous m’avez rappelé les bases du métier, merci.'],
  },
  'levier-hierarchie': {
    match: ['Je pense que votre directrice générale sera curieuse d’entendre comment s’est déroulé ce recrutement.', 'Votre hiérarchie devrait savoir comment vous traitez les candidats.'],
    noMatch: ['Merci de transmettre mes remerciements à votre directrice pour son accueil.', 'Votre directeur m’a beaucoup appris pendant l’entretien.'],
  },
  'vengeance': {
    match: ['Je me vengerai.', 'Vous allez me le payer.', 'Ça va se savoir.', 'Vous n’avez pas fini d’entendre parler de moi.'],
    noMatch: ['Je reste disponible.', 'Le monde du design est petit et je serai ravie de vous recroiser.'],
  },
  'pas-lu-ouvert': {
    match: ['Dommage que personne n’ait pris la peine d’ouvrir mon portfolio.', 'Il est évident que personne n’a ouvert le projet au-delà de la première page.', 'Vous avez visiblement survolé mon dossier.'],
    noMatch: ['Merci d’avoir pris le temps de lire mon dossier.', 'Personne n’est parfait, et j’en retiens une leçon.'],
  },
  'indignation': {
    match: ['Comment pouvez-vous refuser quelqu’un avec mon expérience ?', 'De quel droit jugez-vous mon parcours ?', 'Comment osez-vous me répondre ainsi ?'],
    noMatch: ['Comment pourrais-je renforcer ma candidature ?', 'Comment avez-vous vécu ce recrutement de votre côté ?'],
  },
  'eloge-ironique': {
    match: ['Merci pour ce retour si détaillé.', 'Cette réponse tellement personnalisée m’a touché.', 'Merci pour votre si précieux retour.', 'Merci pour ce message très personnel, qui commence par « Madame [NOM] ».', 'Un courrier si personnalisé, adressé à « Cher candidat ».'],
    noMatch: ['Merci pour votre retour très détaillé, il m’aide beaucoup.', 'Merci pour votre réponse si rapide 🙂', 'Votre retour était si clair que je sais quoi travailler.', 'Merci pour ton message si attentionné.', 'Merci pour ce message personnel, il m’a touchée.', 'Votre mail commençait par « Madame, Monsieur », ce n’est pas grave.'],
  },
  'eloge-points': {
    match: ['Un message type signé « le service RH », c’est très touchant…', 'Bravo 🙄', 'Quelle réactivité… trois mois pour une réponse.'],
    noMatch: ['C’est très gentil de votre part, merci.', 'Merci beaucoup pour votre retour...', 'Bravo à la personne retenue 🙂'],
  },
  'gout-du-jury': {
    match: ['Je comprends que le jury ait préféré, cette année, des démarches plus consensuelles et plus faciles à présenter au public.', 'Vous avez privilégié une offre plus commerciale, c’est votre choix.'],
    noMatch: ['Nous avons préféré une approche plus simple dans notre nouvelle offre, suite à vos remarques, et je vous en remercie.', 'Le jury a retenu un projet remarquable.', 'Je comprends que vous préfériez attendre la fin des travaux, c’est plus sage.'],
  },
  'mauvais-souhait': {
    match: ['Je vous souhaite beaucoup d’échecs dans vos recrutements.', 'En vous souhaitant de regretter ce choix.', 'Je vous prie d’agréer mon plus sincère dégoût.'],
    noMatch: ['Je vous souhaite beaucoup de succès dans vos recrutements.', 'Je vous souhaite de trouver la bonne personne.', 'Mes sincères salutations.'],
  },
  'echec-espere': {
    match: ['Si jamais ça coince en cours de route, tu sais où me trouver.', 'Je reste disponible si ce profil se révèle plus difficile à trouver que prévu.', 'Je souhaite à la personne retenue de tenir plus longtemps que les deux précédents.', 'Avec les ténors retenus, il faudra sans doute monter un peu le volume de l’orgue.', 'Vous viendrez me rappeler quand il aura laissé la toiture à moitié faite.', 'Tu me rappelleras bien quand ça coincera.', 'Bon courage avec votre prestataire low cost.', 'Bon courage avec lui !', 'Et si l’installation doit être reprise d’ici un an, vous aurez déjà mon numéro.', 'Le jour où les joints de la douche lâcheront, inutile de m’appeler en urgence.', 'Nous serons ravis de reprendre le sujet au moment de la levée des réserves.', 'Nous serons ravis de rattraper le chantier quand il le faudra.'],
    noMatch: ['Si un poste s’ouvre, vous savez où me trouver.', 'J’espère rester plus longtemps dans mon prochain poste.', 'Avec les choristes retenus, le concert sera beau, bravo à tous.', 'Vous pourrez me rappeler quand vous voulez.', 'Bon courage avec le lancement du projet !', 'Vous viendrez me voir au salon en mars ?', 'Si l’installation doit être reprise un jour, n’importe quel électricien saura le faire.', 'Le jour où vous lancerez le projet, je serai ravi de vous aider.', 'Je serai ravi de reprendre contact quand vous lancerez un nouvel appel.'],
  },
  'rappel-appuye': {
    match: ['Comme indiqué précédemment, nous souhaiterions connaître les motifs.', 'Ce qui ne me semble pas une demande démesurée.', 'Comme je vous l’avais déjà précisé, je suis disponible dès mars.', 'Sauf erreur de ma part, votre page affirme que chaque dossier est lu avec attention.'],
    noMatch: ['Comme indiqué dans votre courrier, le marché a été attribué le 3 mars.', 'Comme je l’ai appris pendant l’entretien, l’équipe grandit vite.', 'Sauf erreur de ma part dans le formulaire, je la corrigerai.'],
  },
  'compliment-revers': {
    match: ['Merci d’avoir répondu, c’est déjà plus que la plupart.', 'Je suppose qu’il avait des qualités que je n’ai pas.', 'Je ne suis pas sûr que vous serez les derniers à le regretter.', 'Ce qui n’est pas toujours le cas ailleurs.', 'J’imagine que certains avaient des arguments que je n’ai pas.', 'Nous lui souhaitons d’être à la hauteur du cahier des charges.', 'Bravo à Léa, elle a vraiment le physique du rôle.', 'Son offre était sans doute la plus compétitive en prix.', 'Je le proposerai à un autre quotidien, qui saura sans doute mieux en mesurer l’intérêt.', 'Vous le lirez chez eux.', 'L’équipe lauréate a sûrement su tirer parti de ses contacts.', 'J’aurais aimé que les comédiens bénéficient d’un dixième de cette attention.', 'Dommage que la maquette n’ait pas eu droit au même temps d’écoute : d’après SoundCloud, 41 secondes.'],
    noMatch: ['Votre retour m’aide plus que la plupart des conseils reçus.', 'Il avait des qualités que j’ai admirées en entretien.', 'Je lui souhaite une belle réussite sur ce projet.', 'Je vous lirai avec plaisir dans le prochain numéro.', 'Vous m’avez accordé un temps précieux, merci.'],
  },
  'raisins-verts': {
    match: ['Au fond c’est sans doute mieux comme ça pour moi.', 'Les horaires coupés ne m’auraient pas vraiment convenu.', 'Je ne perds pas grand-chose.', 'Je ne suis pas sûre que votre master m’aurait permis de m’épanouir.', 'J’ai d’autres pistes plus stimulantes de toute façon.', 'Tant mieux en fait, vu les horaires chez vous.', 'Je pense que j’aurais pas tenu deux mois.', 'Pas grave, j’ai eu mieux entre temps.', 'Votre salaire était en dessous du marché.', 'Votre entrepôt m’aurait pas fait rêver de toute façon.', 'Entre nous, le personnage était un peu caricatural.', 'Le festival a beaucoup perdu en qualité ces dernières années.', 'Je ne suis pas sûr que j’aurais aimé y être associé.', 'Certaines galeries sont faites pour les aquarelles de salon.', 'Votre catalogue est fait de ces livres qu’on achète à la gare et qu’on oublie dans le train.'],
    noMatch: ['Les horaires me conviennent tout à fait.', 'C’est mieux ainsi organisé, merci pour la précision.', 'J’ai d’autres pistes en cours, et je reste intéressé par votre équipe.', 'Tant mieux pour la candidate retenue, elle le mérite.', 'Votre proposition m’aurait beaucoup plu, merci encore.', 'Le personnage était passionnant et j’ai aimé le préparer.', 'Je ne suis pas sûr d’avoir été clair, je précise mon point.', 'Je peins aussi le dimanche, pour le plaisir.', 'J’ai acheté votre dernier roman à la gare et je l’ai adoré.'],
  },
  'contribution-amere': {
    match: ['Trois réunions, deux versions de maquettes et un atelier plus tard, je suis ravie d’avoir pu contribuer à votre réflexion.', 'J’espère qu’elle sera utile au prestataire retenu.'],
    noMatch: ['Merci pour ces trois réunions, j’ai beaucoup appris.', 'Deux ans plus tard, je serai heureuse de repostuler.'],
  },
  'rapidite-moquee': {
    match: ['Merci pour ce refus en 48h chrono, au moins vous êtes réactifs pour ça.', 'Merci pour votre retour, arrivé à peine quatre mois après l’entretien.', 'J’avoue que j’avais presque oublié avoir postulé.', 'En espérant que la réponse mette un peu moins de temps la prochaine fois.', 'Des qualités repérées en onze jours pour un texte de 400 pages.', 'C’est rassurant de voir qu’une unité en pénurie prend tout son temps pour choisir.', 'Merci pour ce courriel, envoyé à 23 h 48 un vendredi.', 'Merci pour votre réponse, rapide cette fois-ci.', 'Une réponse claire, pour une fois.', 'J’ai particulièrement apprécié la concision de votre courrier.', 'Deux lignes pour un mémoire de cent quarante pages.', 'C’est toujours agréable d’être enfin fixé.', 'Mon dossier a dû demander une étude très approfondie.', 'Je vous remercie d’avoir finalement trouvé le temps de me répondre.', 'Merci pour votre réponse du 14 juin à ma candidature du 9 janvier.', 'Vous m’aviez annoncé une réponse « sous huit jours ».', 'Je comprends que la période ait été chargée.', 'Bravo pour la rapidité, c’est très motivant pour les candidats.'],
    noMatch: ['Merci pour votre réponse rapide, c’est appréciable.', 'Merci pour ce refus clairement motivé.', 'Votre réponse est arrivée à peine deux jours après l’entretien, merci.', 'J’espère que la rentrée se passera bien pour toute l’équipe.', 'Prenez tout le temps qu’il vous faut pour la suite, merci encore.', 'Merci pour votre réponse rapide.', 'Cette fois, je serai prêt plus tôt.', 'J’ai apprécié la clarté de votre présentation.', 'Je suis content d’être fixé, merci.', 'Ce projet a demandé une étude très approfondie de notre part, et j’en suis fier.', 'J’ai enfin trouvé le temps de finir mon portfolio.', 'Merci pour votre réponse du 14 juin.', 'Vous avez quand même pris le temps de lire le manuscrit en entier, merci.', 'Votre retour m’a beaucoup motivé, merci.', 'C’est très motivant pour moi de savoir que mon dossier a plu.'],
  },
  'retard-souligne': {
    match: ['Merci pour la réponse, même tardive.', 'Je vous remercie de m’avoir tenue informée, même tardivement.'],
    noMatch: ['Merci pour votre réponse, même si je m’y attendais un peu.', 'Je rentrerai tard ce soir, je vous réponds demain.'],
  },
  'exploit-annonce': {
    match: ['Ce sera un véritable exploit, que nous suivrons avec intérêt.', 'Je ne doute pas qu’elle saura tenir les délais avec un prix inférieur de 18 % au nôtre.', 'Le jour où la chaudière lâche, pensez à rappeler celui qui était moins cher.', 'Je vous tiendrai informée quand d’autres auront fait le pari à votre place.', 'Je ne doute pas qu’elle ait été mûrement réfléchie, comme l’ont été les trois précédentes nominations.', 'Bonne continuation avec votre stagiaire à 600 balles.'],
    noMatch: ['Votre projet a été un véritable succès, bravo.', 'Je ne doute pas que la candidate retenue fera un excellent travail.', 'Je vous tiendrai informée de nos avancées.', 'Bonne continuation avec votre stagiaire, elle a de la chance.'],
  },
  'maniere-maison': {
    match: ['J’aurais simplement apprécié d’en être informée avant de découvrir la nomination.', 'Je suppose que c’est la manière de faire chez vous.'],
    noMatch: ['J’aurais apprécié de travailler avec vous, merci pour l’échange.', 'C’est la manière de faire que j’ai préférée en entretien.'],
  },
  'sous-entendu-appuye': {
    match: ['Je n’en dirai pas plus, chacun tirera ses conclusions.', 'Chacun en tirera les conclusions qui s’imposent.', 'Je vous laisse deviner la suite.', 'Je ne suis pas dupe.', 'Faut bien que quelqu’un mette les plots.', 'Nous en tirerons nos conclusions.', 'Chacun ses priorités.'],
    noMatch: ['Je vous laisse mes coordonnées.', 'Je tirerai les leçons de cet entretien.', 'Chacun sait que le poste était très demandé.', 'Je vous en dirai plus lors de notre rendez-vous.', 'J’en tirerai les leçons pour la suite.', 'Chacun ses priorités dans une équipe, et les vôtres sont claires.'],
  },
  'bravo-decideur': {
    match: ['Bravo pour ce choix très audacieux.', 'Félicitations pour votre sélection.', 'Bravo, vraiment.', 'Je tiens à vous féliciter pour votre sélectivité.'],
    noMatch: ['Bravo à la personne retenue.', 'Bravo à toute l’équipe pour ce beau projet.', 'Félicitations pour votre nouveau poste !', 'Bravo pour l’organisation de l’exposition.', 'Je tiens à vous féliciter pour ce nouveau poste.', 'Je tiens à féliciter la candidate retenue.'],
  },
  'attente-moqueuse': {
    match: ['J’attends avec curiosité de voir comment votre nouveau prestataire tiendra les délais.', 'L’avenir le dira.', 'Vous saurez où me trouver.', 'Les tarifs ne seront plus les mêmes.', 'Nous ne manquerons pas de suivre avec la plus grande attention la qualité des repas servis.', 'J’espère que tu n’auras pas de regrets.', 'Nous ne doutons pas que la transition se passera bien pour vous.', 'Je garde précieusement votre mail pour le jour où on annoncera notre série A.', 'Je vous souhaite de trouver un prestataire qui tienne vraiment les délais, cette fois.'],
    noMatch: ['J’ai hâte de voir le projet aboutir, bravo.', 'Je reste disponible si vos besoins évoluent.', 'Je suivrai avec intérêt la suite de vos projets.', 'J’espère que vous n’aurez pas trop de travail cet été.', 'Je garde votre contact pour de futures collaborations.', 'Je vous souhaite une belle fin d’année.'],
  },
  'insinuation': {
    match: ['Sans grande surprise, le marché revient au titulaire sortant.', 'On ne change pas une équipe qui gagne, j’imagine.', 'Le poste était sans doute déjà pourvu en interne, comme par hasard.', 'Évidemment, vous avez choisi le moins cher.', 'Comme d’habitude, ce sont les mêmes qui gagnent.', 'Apparemment, le réseau compte plus que le mérite chez vous.', 'Je suppose que mon âge a pesé plus lourd que mes compétences.', 'Voilà qui en dit long sur votre culture d’entreprise.', 'La perle rare que vous semblez chercher depuis un certain temps.', 'Votre message m’est parvenu un dimanche soir, ce qui en dit assez sur l’organisation de votre service.', 'Par souci de transparence, je souhaiterais connaître le parcours de la personne retenue.', 'Je me doutais que les places étaient réservées aux joueurs du centre de formation.', 'J’espère que le prestataire retenu sera aussi fiable à ce tarif-là.', 'Et la personne recrutée avait-elle déjà travaillé chez vous ?', 'Je suppose que la personne retenue était déjà bien connue des services de la mairie.', 'Je suppose que d’autres critères ont compté.', 'Je comprends que ce soit plus simple de prendre ceux qui viennent au barbecue du président.', 'Je comprends qu’il soit plus simple de recruter quelqu’un que l’on connaît déjà.', 'Les copains du président sont tous sélectionnés.', 'J’ai cru comprendre que c’est le fils de M. Rigal qui a été pris.', 'Il pourra compter sur de bons appuis.', 'Nous pensions naïvement que cela pesait dans la balance.', 'Je suppose que deux mois de CDI en plus valaient mieux que quatre ans de loyers payés sans retard.', 'J’imagine que ses deux années d’expérience ont su faire la différence face à mes dix-huit ans.', 'Sans doute les étudiants étrangers ne sont pas vraiment les bienvenus dans votre master.', 'Je vais chercher une université qui apprécie plus la diversité.', 'Une association aussi dynamique préfère des bénévoles un peu plus dans l’air du temps que moi.', 'J’ai vu que la personne retenue est la fille du directeur d’agence, ça doit aider.', 'Je commence à croire qu’il faut être fils de proprio pour louer un studio.', 'Ses nombreux déjeuners avec la direction l’auront aidé à cerner le poste.', 'Je me demande si mes 56 ans ont davantage compté que mes vingt ans d’expérience.', 'Il faut croire que l’exigence graphique n’est plus vraiment un critère chez vous.', 'Je le proposerai à des éditeurs qui prennent encore des risques.', 'L’association préfère aujourd’hui des animateurs plus jeunes.', 'L’argent va aux mêmes associations que chaque année.', 'Le stage, c’est surtout pour les étudiants des grandes écoles.', 'Je commence à comprendre comment fonctionnent les promotions ici.', 'Je comprends bien qu’une agence comme la vôtre préfère travailler avec des structures plus sérieuses.', 'Ravie d’apprendre que le poste a finalement été pourvu en interne.', 'Je comprends : il faut laisser la place aux nouveaux.', 'Kevin a passé pas mal de week-ends au golf avec le directeur régional.', 'Je suis sûr que ça n’a rien à voir.', 'Je suppose que mon nom de famille a simplifié votre tri.', 'L’équipe lauréate a sûrement tiré profit de sa longue collaboration avec deux membres du jury.', 'Les banques n’aiment les paysans que quand ils ont de l’argent, on le savait déjà.', 'J’avais libéré tous mes jeudis pour vous, mais je suppose que ça ne compte pas.', 'Je ne doute pas un instant que le choix s’est fait en toute transparence.', 'Nul doute que tout s’est fait en toute impartialité.', 'Les liens entre votre adjoint et le lauréat n’y ont joué aucun rôle, bien sûr.', 'L’ancienneté ne pèse visiblement plus grand-chose.', 'Le travail ne paie plus, visiblement.', 'La candidate retenue avait sans doute l’avantage de bien connaître les couloirs du laboratoire.', 'Il connaissait sans doute mieux le jury que moi.', 'La même régularité que celle qu’il met à partager vos pauses café depuis janvier.', 'Le fait qu’il connaisse déjà les équipes n’a été qu’un critère parmi d’autres.', 'Jsuis sûr que votre neveu va trop bien gérer au snack cet été 😇', 'C’est cool d’avoir pris quelqu’un qui a déjà 40k sur tiktok.', 'Mon nom est peut-être difficile à prononcer pour vous, et aussi difficile à choisir.', 'Comme quoi, les absents ont toujours tort !', 'Je comprends bien que chacun voie midi à sa porte.', 'Tout le monde connaissait le dénouement dès le lever de rideau.', 'Le fonds tient moins du comité que du ticket à gratter.', 'En France une parole de téléphone ne pèse pas beaucoup.'],
    noMatch: ['Sans surprise pour moi, le niveau était très élevé.', 'Je vous envoie, comme convenu, le document.', 'Bien sûr, je reste disponible.', 'Le prix a pesé plus lourd que la méthodologie, si je comprends bien votre courrier.', 'Je comprends que le réseau compte beaucoup dans ce secteur, et je vais le développer.', 'J’imagine que le choix n’a pas été simple avec des projets aussi proches.', 'Il est plus simple de me joindre par téléphone.', 'Je comprends que vous connaissiez déjà la candidate retenue.', 'Le fils de Mme Martin m’a accueilli avec gentillesse.', 'Je pourrai compter sur de bons conseils de votre part.', 'Je suppose que le dossier complet valait mieux, et je le comprends.', 'Votre expérience a fait la différence pour notre projet, merci.', 'Les bénévoles sont toujours les bienvenus, nous dites-vous.', 'Ma fille de huit ans a adoré la visite de l’atelier.', 'Je suis le fils d’un boulanger et j’aime ce métier.', 'Nos déjeuners d’équipe du vendredi me manqueront.', 'Le prix n’est pas un critère pour nous, seule la qualité compte : merci pour votre devis.', 'Nous travaillons avec des éditeurs qui publient de la BD depuis longtemps.', 'Je commence à comprendre le logiciel, merci pour la formation.', 'Ravie d’apprendre que le projet avance bien.', 'Je joue au golf avec mon père le dimanche, d’où ma disponibilité en semaine.', 'Je le savais déjà en postulant : le poste demandait l’allemand, que je travaille.', 'Notre paysage, on le sait déjà, date d’époques anciennes.', 'Je ne doute pas que vous trouverez la bonne personne.', 'L’expérience ne suffit pas toujours, je le sais.', 'L’ancienneté ne compte pas pour ce poste, je le sais.', 'La commission a statué en toute indépendance, conformément au règlement : je le note.', 'Elle a l’avantage de connaître déjà l’équipe, c’est logique.', 'Je connais bien la maison pour y avoir fait mon stage, et j’y ai beaucoup appris.', 'Nous avons partagé les pauses café pendant le salon, c’était un plaisir.', 'Je comprends qu’un profil interne colle mieux au calendrier de la migration.', 'Prendre quelqu’un qui connaît déjà l’équipe, ça se comprend.', 'Bon courage à votre fils pour ses examens, il le mérite.', 'Mon nom est difficile à prononcer : on m’appelle Seun.', 'La sélection s’est faite par tirage au sort, je comprends.', 'Je suis abonnée à votre compte Instagram depuis longtemps.'],
  },
  'vertu-ironique': {
    match: ['Je prends note de votre conception du respect des candidats.', 'C’est dire le sérieux de votre processus.', 'J’ai pu constater le professionnalisme de votre équipe, trois mois sans nouvelles.'],
    noMatch: ['J’ai pu constater le sérieux de votre processus et je vous en remercie.', 'C’est dire combien j’ai apprécié la qualité de votre accueil.', 'Votre conception du service client m’a vraiment inspirée pendant l’entretien.'],
  },
  'merci-ironique': {
    match: ['Merci de m’avoir fait perdre mon temps.', 'Merci pour ce long silence.', 'Merci pour la réponse automatique.', 'Vous êtes trop aimable.', 'Merci d’avoir daigné me répondre.', 'Merci d’avoir trouvé le temps de me répondre en deux lignes.', 'Je vous remercie pour cet entretien mené entre deux réunions.', 'Merci pour votre réponse, reçue au bout de sept semaines.', 'Merci de m’avoir appris qu’un dossier complet avec garant ne suffit pas.'],
    noMatch: ['Merci pour votre temps.', 'Merci quand même pour l’échange.', 'Merci pour votre patience.', 'Merci d’avoir pris le temps de me répondre en détail.', 'Merci pour notre échange de la semaine dernière.', 'Merci pour votre réponse, que j’ai lue avec attention après deux semaines de vacances.', 'pas de souci, merci quand meme davoir repondu si vite.', 'Merci de m’avoir appris autant de choses pendant ce stage.'],
  },
  'resignation-legere': {
    match: ['Je m’en doutais : votre décision ne me surprend pas.', 'C’était prévisible.', 'Enfin, c’est le jeu.'],
    noMatch: ['Je ne m’attendais pas à une réponse aussi détaillée, merci.', 'Le jeu en valait la chandelle.'],
  },
  'autodenigrement-resigne': {
    match: ['Je savais bien que je ne faisais pas le poids.', 'Je ne vous encombrerai plus avec mes candidatures.', 'Je n’avais aucune chance face aux autres.', 'Avec mes maigres compétences, je comprends.', 'Je me doutais qu’un profil comme le mien n’avait pas vraiment sa place chez vous.', 'Je vais sans doute revoir mes ambitions.'],
    noMatch: ['Je ne vous dérangerai pas plus longtemps.', 'Je savais que le niveau serait élevé et j’ai beaucoup appris.', 'Nos chances étaient réelles et je reste motivé.', 'Je trouverai ma place dans une autre équipe.'],
  },
  'supplication': {
    match: ['Je vous en supplie, reconsidérez ma candidature.', 'Je vous en prie, ne fermez pas complètement la porte.', 'Donnez-moi juste une chance, je ne vous décevrai pas.', 'Je suis prêt à accepter n’importe quel poste dans votre société.', 'J’ai vraiment besoin de ce travail.', 'Même un contrat d’une semaine me suffirait.', 'Laissez-moi une dernière chance de vous prouver ce que je vaux.', 'Je ferai tout ce que vous voudrez.'],
    noMatch: ['Je vous en prie de rien, c’était un plaisir.', 'Merci, je reste disponible si une autre occasion se présente.', 'J’ai besoin de temps pour préparer le dossier.', 'Je vous remercie de m’avoir donné ma chance en entretien.', 'N’importe quel jour de la semaine prochaine me convient pour un appel.'],
  },
  'moi-qui': {
    match: ['Moi qui ai passé mes soirées sur votre cahier des charges…', 'Moi qui y croyais tant.'],
    noMatch: ['C’est moi qui vous remercie.', 'Vous qui avez tant d’expérience, quelle compétence me conseilleriez-vous ?'],
  },
  'effort-compte': {
    match: ['J’ai passé deux week-ends sur votre cahier des charges.', 'Trois soirées passées à peaufiner votre maquette, pour rien.', 'Je comprends votre décision, même si j’avoue avoir consacré trois week-ends à votre proposition.', 'J’avais posé deux jours de congé et fait l’aller-retour à mes frais pour cet entretien, mais je comprends votre décision.', 'Après six ans à tenir le stand chaque samedi pour vous, je pensais avoir ma place.', 'Même si nous avions mobilisé trois personnes pendant deux semaines pour vous, sans rien facturer.', 'Pour mémoire, notre réponse a mobilisé onze jours d’ingénieur.'],
    noMatch: ['J’ai passé deux soirées à préparer le cas pratique et j’ai beaucoup appris.', 'Merci pour les deux heures que vous m’avez accordées.', 'Nous avons consacré trois semaines au projet pilote avec plaisir.', 'Je viendrai à mes frais si un entretien se présente, avec plaisir.', 'Notre réponse a mobilisé trois personnes, et nous avons beaucoup appris.'],
  },
  'cadeau': {
    match: ['Les deux week-ends passés à les peaufiner, considérez-les comme un cadeau de bienvenue.', 'Les maquettes, c’est cadeau.'],
    noMatch: ['Je vous offre volontiers un café si vous passez à Lyon.', 'Merci pour le cadeau de fin d’année.'],
  },
  'repetition-echec': {
    match: ['C’est la quatrième année que mon dossier revient avec la même lettre.', 'Une fois de plus, un refus.', 'Toujours la même réponse.', 'Un refus de plus.', 'Ce n’est pas grave, j’ai l’habitude.', 'C’est le onzième refus depuis janvier.', 'J’ai l’habitude maintenant.', 'Je commence à connaître la sensation par cœur.', 'Encore un non, le 14e ce mois-ci.', 'Je collectionne les médailles d’argent cette année.', 'Deuxième. Encore. Je vous souhaite une bonne continuation.', 'C’est le huitième refus ce mois-ci.', 'Personne ne voudra jamais de moi.', 'C’est le vingt-troisième refus, je vais finir par encadrer les lettres.', 'c’est le 9e refus ce mois ci'],
    noMatch: ['Merci une fois de plus pour votre accueil.', 'C’est la deuxième fois que je vous écris, et je vous remercie de votre patience.', 'J’ai l’habitude des entretiens techniques, et celui-ci m’a beaucoup appris.', 'Le 14 ce mois-ci, je serai disponible.', 'Encore merci pour votre accueil.', 'Ma troisième candidature chez vous avait abouti en 2019, merci encore.', 'Une fois de plus, je tiens à saluer la clarté des échanges avec votre département.', 'Une fois de plus, votre équipe achats a été d’une grande clarté.', 'Bravo, une fois de plus, pour le concert de Noël.'],
  },
  'victime': {
    match: ['Ces résidences ne sont pas faites pour les auteurs qui écrivent loin des grandes villes.', 'Les gens comme moi n’ont jamais leur chance.', 'Je n’ai décidément pas de chance.', 'J’en ai marre.', 'Je commence à me demander si je suis vraiment fait pour ce métier.', 'À quoi bon préparer un dossier aussi complet.', 'Je me demande si je dois continuer la peinture.', 'Je commence à me demander si j’ai vraiment ma place dans l’hôtellerie.', 'Je me demande juste ce qu’il faut faire de plus pour avoir une place.', 'À 56 ans on n’intéresse plus grand monde.', 'Éternel finaliste, je finis par m’y faire.', 'Je sais même plus pourquoi je continue à postuler.', 'À mon âge, on commence à avoir l’habitude d’être poliment remercié.', 'J’espère que le dossier que vous avez choisi en avait plus besoin que nous.', 'La petite a pleuré toute la soirée, mais bon, on va s’en remettre.', 'Nous avons l’habitude maintenant.', 'Nous ferons nos cours sans l’aide de personne.', 'Mes enfants qui ne voient plus leur maman.', 'Je pensais sincèrement que tu croyais en nous.', 'Je me retrouve sans contrat et je risque de perdre ma place au CFA.', 'J’avais refusé une autre entreprise la semaine dernière en me fiant à vos encouragements.'],
    noMatch: ['Ce poste n’était pas fait pour moi, je le comprends.', 'Des profils comme le mien sont rares en Bretagne, je reste disponible.', 'Je sais ce qu’il me reste à faire pour progresser.', 'Je sais pourquoi je continue : ce métier me plaît.', 'Les enfants ont adoré la visite de la maison, merci encore.', 'Nous avons l’habitude de travailler avec des bénévoles, merci pour votre retour.'],
  },
  'comme-d-habitude': {
    match: ['Comme d’habitude, un refus.', 'Comme chaque année, ma candidature n’est pas retenue.'],
    noMatch: ['Comme d’habitude avec ton équipe, l’échange a été clair et agréable.', 'Comme toujours, merci pour votre accueil.'],
  },

  'reproche-minimum': {
    match: ['La moindre des choses aurait été de m’appeler.', 'Un minimum de respect pour les candidats serait bienvenu.', 'On était en droit d’attendre au moins un appel.', 'Trois mois d’attente pour un mail de deux lignes.', 'Pas même un coup de fil après deux entretiens.', 'Un simple coup de fil aurait suffi.', 'Il aurait été plus élégant de me répondre avant la rentrée.', 'Dommage que vous n’ayez pas pris le temps de lire mon dossier jusqu’au bout.', 'Il aurait suffi d’un mail de deux lignes.', 'Merci de m’avoir répondu en deux lignes.', 'Il aurait sans doute été utile de savoir que le poste visait un profil plus senior.', 'J’aurais apprécié un minimum de retour après quatre entretiens.', 'J’aurais préféré être prévenu avant l’annonce publique.', 'Trois semaines sans nouvelles, c’est long.', 'Merci pour votre message, reçu sept semaines après notre entretien.', 'Je regrette simplement que l’entretien ait surtout porté sur mes savoir-être.', 'Merci, même si votre message m’a surpris après un entretien qui s’était aussi bien passé.', 'Je n’avais jamais appris une décision me concernant par un simple courriel.'],
    noMatch: ['Un mail de deux lignes suffit pour me dire si le poste se libère.', 'Merci pour votre message clair.', 'Je m’attendais à un processus exigeant, et il l’a été.', 'Il aurait suffi d’un document de plus pour compléter mon dossier, je le note.', 'Il aurait été plus simple de vous envoyer le dossier en PDF, je m’en excuse.', 'Dommage que nous n’ayons pas pu nous rencontrer.', 'Je vous réponds en deux lignes : merci !', 'Il aurait été utile de préciser ma disponibilité, je le note pour la suite.', 'J’aurais aimé savoir quels points renforcer en priorité.', 'Je regrette que nous n’ayons pas pu travailler ensemble.', 'Je vous réponds par un simple mail, sans pièce jointe.'],
  },
  'mepris-image': {
    match: ['J’ai eu l’impression de passer un casting pour un cirque.', 'Votre sélection tient du tirage au sort.', 'C’est un choix d’amateurs.', 'Une vraie loterie, ce recrutement.'],
    noMatch: ['Notre compagnie de cirque vous remercie pour votre retour.', 'J’ai vu votre spectacle au théâtre et je l’ai adoré.'],
  },
  'menace-juridique': {
    match: ['Notre service juridique a été saisi du dossier.', 'Je vais consulter un avocat.', 'Nous saisirons le tribunal administratif.', 'J’en ai parlé à une amie avocate, qui me rappelait combien le choix des locataires est encadré.', 'Je ne doute pas que tout ait été fait dans les règles.', 'Nous nous réservons naturellement la possibilité d’examiner avec notre conseil la régularité de la procédure.', 'Nous présenterons ce refus aux habitants, à quelques mois des élections.', 'Notre avocat examine actuellement la procédure.', 'Nous vous conseillons vivement de ne pas signer le marché d’ici là.'],
    noMatch: ['Je suis juriste de formation et je reste disponible.', 'Votre annonce mentionnait un poste au service juridique.', 'J’aurai recours à vos services avec plaisir.', 'Je me réserve un moment demain pour relire votre retour.', 'Merci pour vos conseils, que je garde précieusement.', 'Notre avocat nous a conseillé de vous écrire pour vous remercier.'],
  },
  'levier-consequences': {
    match: ['Nous espérons, dans votre intérêt, que tout a été fait dans les règles.', 'Nous ajusterons nos relations avec la Ville en conséquence.', 'Je m’en souviendrai.', 'Nous en tirerons les conséquences qui s’imposent.', 'Nos équipes détiennent l’historique complet et les codes d’accès de vos installations.', 'Nous en tiendrons compte dans notre décision de répondre à vos prochaines consultations.', 'Nous réfléchirons à répondre, ou non, à vos prochaines consultations.', 'Je continuerai à travailler dans le strict périmètre de ma fiche de poste.', 'Je m’en tiendrai désormais strictement à mon contrat.'],
    noMatch: ['Je m’en souviendrai avec plaisir.', 'J’adapterai ma candidature à vos critères.', 'Nous vous transmettrons les codes d’accès et l’historique lors de la passation.', 'Nous tiendrons compte de vos remarques pour la prochaine consultation.', 'Je m’en tiens à ma première proposition de date, le 12 mars.'],
  },
  'reponse-a-chaud': {
    match: ['Je vous réponds à chaud.', 'Je préfère vous écrire tant que c’est frais.', 'Je vous écris sous le coup de la colère.', 'Je viens de lire votre message et je vous réponds tout de suite.'],
    noMatch: ['Je n’ai pas voulu répondre à chaud, et je vous remercie.', 'Plutôt que de réagir à chaud, j’ai pris deux jours.'],
  },
  'citation-moqueuse': {
    match: ['Votre « processus rigoureux » aura duré vingt minutes.', 'Je comprends mieux, du coup, votre choix.', 'Vingt minutes en tout et pour tout, votre entretien.', 'Des critères taillés sur mesure pour vos partenaires habituels.', 'Le jour où vous voudrez des professionnels, appelez-moi.', 'Bonne continuation à vous et à votre « profil plus senior ».', 'Je retiens surtout qu’il fallait « plus de séniorité » pour votre poste.'],
    noMatch: ['Je comprends mieux vos attentes après cet échange.', 'Votre annonce parlait de « polyvalence », et je m’y retrouve.', 'Mon numéro n’a pas changé, au plaisir.', 'Le fameux « livre du Jugement » fut l’œuvre d’un roi.', 'Ton « pas pour nous, pas maintenant » est très clair et j’apprécie.', 'Je retiens surtout vos conseils sur mon portfolio.'],
  },
  'travail-gratuit': {
    match: ['J’ai monté toute la maquette sans toucher un centime.', 'Trois pistes créatives sans la moindre indemnisation.', 'Et voilà comment on me remercie.', 'Pour mémoire, notre équipe a consacré 62 heures à ce concours.', 'Belle récompense !', 'Drôle de reconnaissance pour trois mois de bénévolat.', 'Quarante ans de compte chez vous, et voilà comme on est remercié.'],
    noMatch: ['J’ai consacré plusieurs heures au cas pratique et j’ai beaucoup appris, merci.', 'Pour mémoire, je joins le devis révisé.', 'Figurer parmi les trois équipes admises était déjà une belle reconnaissance pour notre jeune agence.'],
  },

  'autodenigrement-merite': {
    match: ['Mon profil ne méritait sans doute pas autant d’égards.', 'Je ne suis pas au niveau de vos équipes.', 'J’ai été bien présomptueuse de postuler.', 'Pardon de vous encombrer avec ma candidature.', 'J’aurais dû m’en douter.'],
    noMatch: ['Je ne suis pas au niveau en anglais, je vais le travailler.', 'Votre équipe mérite d’être félicitée.'],
  },

  'lecon': {
    match: ['Vous devriez peut-être relire vos propres offres avant de juger les candidats.', 'Je vous conseille vivement de revoir vos critères.', 'Tu ferais bien de former tes recruteurs.', 'Un petit conseil : vos annonces gagneraient à préciser le niveau attendu.', 'Permettez-moi une suggestion pour vos prochains recrutements : prévenez les candidats avant le troisième entretien.', 'À l’avenir, il serait bon d’indiquer la fourchette de salaire dès l’annonce.', 'Pensez à relire les dossiers avant de les rejeter.', 'Sachez que je n’ai pas l’habitude qu’on me traite de cette façon.', 'Annoncer un refus un vendredi à 19 h ne donne pas une très bonne image de l’entreprise.', 'C’est un détail, mais les candidats y sont sensibles.', 'Petit conseil au passage : répondre au bout de deux mois n’est pas très encourageant.', 'Permettez-moi un conseil : regardez autre chose que les moyennes.', 'Une école qui prétend former des créatifs gagnerait à regarder autre chose.', 'Permettez-moi de vous faire remarquer que le dossier était complet.', 'Un refus gagnerait à être accompagné de deux lignes d’explication.', 'Un comité gagne toujours à avoir lu les rapports avant l’audition.', 'C’est la moindre des choses.', 'Permets-moi seulement de te rappeler que la fidélité compte.', 'C’est une leçon que beaucoup apprennent trop tard.', 'Je me permettrai simplement d’observer que je n’avais jamais été prévenu ainsi.', 'Votre prédécesseur aurait sans doute tenu à me le dire de vive voix.'],
    noMatch: ['Vous devriez recevoir mon attestation demain.', 'Vous devriez avoir reçu le dossier complet hier.', 'Pensez-vous que ma candidature pourrait convenir pour vos prochains recrutements ?', 'N’oubliez pas de me tenir au courant pour vos prochains recrutements.', 'À l’avenir, n’hésitez pas à me solliciter pour vos prochaines consultations.', 'Votre accueil donne une très bonne image de l’entreprise.', 'Merci pour ce petit conseil, je le garde en tête.', 'Auriez-vous un conseil pour la suite de mes recherches ?', 'Merci pour votre conseil, je le suivrai.', 'Permettez-moi de vous remercier encore pour cet échange.', 'Mon dossier gagnerait à être plus court, je le retravaille.', 'Permets-moi de te remercier pour cette saison.', 'Je suis arrivé trop tard au rendez-vous, désolé.', 'Je me permets de vous remercier encore.', 'Mon prédécesseur au poste m’a appris beaucoup de choses.'],
  },
  'levier-autorite': {
    match: ['Nos 280 adhérents, qui sont aussi des électeurs de la commune, apprécieront.', 'J’en parlerai à Monsieur le Maire, qui s’intéresse à la façon dont les entreprises locales sont traitées.', 'Je collabore régulièrement avec une revue de cinéma indépendant et j’aurai l’occasion d’en parler.'],
    noMatch: ['Merci de transmettre mes remerciements à Monsieur le Maire pour son accueil chaleureux.', 'Notre fédération vous remercie pour votre soutien.', 'Je vous prie d’agréer, Monsieur le Maire, l’expression de mes salutations respectueuses.', 'Madame la Présidente, je vous remercie pour votre courrier.', 'Je vais commencer par la presse locale de Thiès et je me permettrai de revenir vers vous.', 'Je vais y travailler via le conseil d’administration de l’association où je siège depuis janvier.'],
  },
  'sacrifice': {
    match: ['J’ai refusé deux autres propositions pour attendre votre réponse.', 'Il va falloir expliquer à mes enfants que nous ne déménagerons pas.', 'Vous savez ce que représente un refus pour une famille.', 'J’avais posé deux jours de congé pour venir passer vos entretiens.', 'J’avais décliné deux autres entreprises pour attendre votre réponse.', 'J’avais décliné la proposition d’un autre cabinet en attendant votre réponse.'],
    noMatch: ['J’ai décliné une autre proposition et je ne le regrette pas, merci pour cet échange.', 'Mes enfants m’ont encouragé à postuler, et j’ai beaucoup appris.', 'J’avais pris le train de 7 h pour être à l’heure : merci pour votre accueil.'],
  },

  'question-rhetorique': {
    match: ['Est-ce vraiment trop demander qu’un simple appel ?', 'Vous trouvez ça normal, trois mois sans nouvelles ?', 'C’est comme ça que vous traitez vos candidats ?', 'Sérieusement ?', 'À quoi sert un cas pratique si personne ne le lit ?', 'Faut-il comprendre que l’expérience ne compte plus chez vous ?', 'Dois-je en conclure que le poste était déjà attribué ?', 'Est-ce vraiment ainsi que vous traitez les candidats ?', 'Cela dit, à quoi bon être présent à tous les entraînements ?', 'À quoi bon insister.'],
    noMatch: ['Est-ce que vous recrutez aussi en alternance ?', 'Je trouve ça normal que vous choisissiez un profil plus senior.', 'Je me demande à quoi bon garder ce vieux logiciel, je vais le désinstaller.'],
  },
  'grief-constate': {
    match: ['Je constate que personne n’a pris la peine de me rappeler.', 'Force est de constater que votre équipe n’a jamais répondu à mes relances.'],
    noMatch: ['Je note que vous recherchez un profil plus senior, je comprends.', 'Je constate que mon dossier était incomplet, merci de me l’avoir signalé.'],
  },
  'ironie-seche': {
    match: ['Dont acte.', 'Heureusement que je ne comptais pas sur vous.', 'Rassurez-moi, vous avez lu la lettre ?', 'Merci pour cette belle leçon de management.', 'C’est fou comme les recruteurs sont pressés.', 'Je n’attends plus rien de votre part.', 'Je vous laisse à votre recrutement.', 'Je serai peut-être disponible, ou pas.', 'On verra si j’ai le temps, ou pas.', 'Instructif.', 'Très révélateur.', 'Comme vous voudrez.', 'Si vous le dites…', 'Libre à vous.', 'Logique.', 'Sans surprise.', 'Efficace.'],
    noMatch: ['Parfait, merci beaucoup pour votre retour 🙂', 'Bien noté, je vous envoie les documents demain.', 'C’est fou comme cette mission m’a appris de choses.', 'Inutile de me répondre, je voulais simplement vous remercier.', 'Je n’attends rien de particulier, merci encore pour ce retour.', 'Dites-moi si vous venez ou pas.', 'Je ne sais pas encore si je serai là ou pas, je vous le dirai.', 'Votre retour était très instructif, merci.', 'Un échange instructif, merci.', 'Libre à vous de me recontacter quand vous le souhaitez.', 'Comme vous voudrez bien le noter, je suis disponible dès mars.', 'C’est logique, merci de votre franchise.', 'Sans surprise, j’ai adoré l’échange.', 'Votre équipe est efficace et chaleureuse, merci.'],
  },

  'incompetence-supposee': {
    match: ['Je mesure combien il doit être malaisé d’apprécier un dossier de génie civil sans formation technique.', 'Sans la moindre compétence en la matière, votre jury ne pouvait pas juger mon projet.', 'Vous n’êtes visiblement pas prêts pour un profil comme le mien.', 'La qualité d’un entretien paysager est plus difficile à apprécier quand on n’est pas du métier.', 'Un parcours comme le mien peut être difficile à appréhender en début de carrière.', 'Ce type de profil demande un certain recul pour être correctement évalué.', 'Une structure de votre taille n’est pas encore en mesure d’accueillir un profil comme le mien.', 'Il faut une certaine maturité pour tirer parti de ce type d’expérience.', 'Je vous souhaite de bien grandir.', 'Notre approche demande une certaine culture technique pour être appréciée à sa juste valeur.', 'Une approche que toutes les entreprises n’ont pas encore atteinte.', 'Quand votre équipe aura eu le temps de monter en compétence, revenez vers nous.', 'Nous saurons être patients.', 'Un modèle difficile à appréhender sans un minimum de bagage technique.', 'Je comprends tout à fait qu’un modèle soit difficile à appréhender sans un minimum de bagage technique.', 'Il n’est pas évident, en début de carrière, d’évaluer un parcours comme le mien.', 'C’est quelque chose qui vient avec le temps, pour vous comme pour tout le monde.', 'Difficile de juger un dossier de vingt ans quand on débute.', 'Il n’est pas simple, pour une équipe RH encore jeune, de lire un parcours de vingt-cinq ans.', 'Cela vient avec l’expérience.', 'Je conçois fort bien qu’à votre âge on privilégie les animations ludiques.', 'Il faut bien que chaque génération découvre par elle-même ce que valent les choses.'],
    noMatch: ['Sans formation technique au départ, j’ai appris sur le terrain, et je le dirai en entretien.', 'Il est difficile d’évaluer un dossier en si peu de temps, je le comprends.', 'Faute de formation technique, je me suis formé seul, et j’en suis fier.', 'Pour un profil comme le mien, quelles compétences renforcer en priorité ?', 'Ce poste demande de l’expérience, je le comprends.', 'Un dossier difficile à évaluer, je m’en doute.', 'Je vous souhaite de bien profiter de l’été.', 'Nous saurons être présents le jour J.', 'Un dossier difficile à monter sans un minimum de temps.', 'Je comprends, un parcours comme le mien reste difficile à appréhender en début de carrière.', 'En début de carrière, j’ai appris à évaluer un projet avec mes mentors.', 'La confiance vient avec le temps, et j’en ai beaucoup gagné grâce à vous.', 'Ma confiance à l’oral viendra avec l’expérience, j’y travaille.', 'À mon âge, on apprend encore, et j’en suis heureux.'],
  },
};
