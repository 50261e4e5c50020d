// Examples of the contestation entries: texts each entry must and must not match.
// Kept apart from the entries so that they stay out of the extension bundles;
// test/unit/expressions.test.ts runs them all and requires one per entry.

import type { ExpressionExamples } from './expression';

export const EXAMPLES: Readonly<Record<string, ExpressionExamples>> = {
  'pas-d-accord': {
    match: ['Je ne suis pas d’accord avec votre décision.', 'Je ne suis pas du tout d’accord.', 'Je conteste votre évaluation.', 'Je ne partage pas votre analyse.', 'Je refuse cette décision.', 'Je ne peux pas accepter que ma candidature soit écartée.'],
    noMatch: ['Je ne conteste pas votre décision.', 'Je suis d’accord pour échanger 10 minutes.', 'Petite précision factuelle : le document a bien été transmis le 3 mars.'],
  },
  'vous-vous-trompez': {
    match: ['Vous faites une erreur.', 'Vous vous trompez sur mon profil.', 'C’est une grave erreur de votre part.', 'Vous auriez dû me choisir.', 'Vous avez sous-estimé mon expérience.', 'Si vous aviez bien lu mon dossier, vous auriez vu que j’ai ce diplôme.', 'Tu fais une erreur.', 'Vous avez fait le mauvais choix.'],
    noMatch: ['Sauf erreur de ma part, le document a bien été transmis le 3 mars.', 'Je me suis peut-être mal exprimé.', 'Merci pour votre retour.'],
  },
  'reconsiderer': {
    match: ['Je vous demande de reconsidérer votre décision.', 'Pourriez-vous revoir votre position ?', 'Merci de me donner une seconde chance.', 'J’exige des explications.', 'Je méritais ce poste.', 'Je demande un nouvel entretien.', 'Pouvez-vous revenir sur votre décision ?'],
    noMatch: ['Si cela change votre évaluation, je peux fournir la preuve ci-jointe.', 'Si vos besoins évoluent, je reste disponible.', 'Si jamais vous changez d’avis, je reste joignable.'],
  },
  'meilleur-candidat': {
    match: ['Je suis le meilleur candidat pour ce poste.', 'Je reste convaincue d’être la meilleure candidate.', 'Vous ne trouverez pas mieux.', 'Je coche toutes les cases de l’annonce.', 'J’ai pourtant dix ans d’expérience.', 'Notre offre était clairement la moins chère.', 'Je ne comprends pas votre décision.', 'Une décision arbitraire.', 'Le poste était joué d’avance.', 'Pourtant, j’ai toutes les compétences demandées.', 'La personne retenue sortait d’école ; avec huit ans de terrain, j’aurais été opérationnelle plus rapidement.', 'Mon stage me permettrait d’être opérationnel rapidement.'],
    noMatch: ['Je comprends votre décision.', 'Le candidat retenu a sans doute un profil plus proche de vos besoins.', 'Si je comprends bien, le critère décisif était le délai.', 'Petite précision factuelle : le document a bien été transmis le 3 mars.', 'J’aurais pu mieux préparer l’étude de cas.'],
  },
  'recours': {
    match: ['Nous nous réservons le droit d’engager un recours.', 'Nous envisageons un référé précontractuel.', 'Nous saisirons le tribunal administratif.', 'Je me réserve le droit de donner suite.'],
    noMatch: ['Nous restons disponibles pour vos prochaines consultations.', 'Le recours à un prestataire externe est une bonne idée.'],
  },

  'jugement-tort': {
    match: ['Ce rejet est injuste.', 'Votre décision est inexplicable.', 'Je pense que c’est une erreur.', 'Une notation franchement arbitraire.', 'Ma candidature a été écartée sans motif.'],
    noMatch: ['C’était une erreur de ma part d’envoyer le mauvais fichier.', 'Sauf erreur de ma part, le document a été transmis le 3 mars.', 'Je ne dirais pas que votre décision est injuste.', 'Si je me suis trompé de service, pardonnez-moi.', 'Il me semble qu’une erreur de date s’est glissée : l’accusé de réception joint indique le 12 mai.', 'Il me semble qu’une erreur s’est glissée dans l’étude : le revenu retenu correspond à mon ancien contrat.'],
  },
  'lecteur-tort': {
    match: ['Vous avez tort.', 'Le jury s’est trompé.', 'Vous avez mal lu mon dossier.', 'Ma mission a été sous-estimée.', 'Contrairement à ce que laisse entendre votre mail, mon niveau suffit.', 'Vous êtes passés à côté de mon expérience.'],
    noMatch: ['J’avais tort de penser que le poste était junior.', 'Je me suis peut-être trompé de service.', 'À tort ou à raison, j’avais imaginé une autre organisation.'],
  },
  'lecteur-pas-vu': {
    match: ['Vous n’avez pas su voir la valeur de mon expérience.', 'Vous n’avez visiblement pas pris en compte mon parcours.', 'Il semble ne pas avoir lu la section 3, où le protocole est décrit.'],
    noMatch: ['Vous n’avez pas pris en compte l’attestation envoyée le 3 mars (réf. 2024-118).', 'Vous n’avez pas encore reçu mon dossier complet.', 'Il semble ne pas avoir reçu mon dossier : je vous le renvoie en pièce jointe.'],
  },
  'plaidoyer-direct': {
    match: ['Je pense sincèrement avoir le profil que vous recherchez.', 'Il me semble correspondre aux profils habituellement admis dans votre formation.', 'Tu m’avais dit que mon essai était le meilleur de la journée.', 'Tu m’avais dit toi-même en décembre qu’il avait sa place.'],
    noMatch: ['Je pense avoir besoin de quelques mois pour progresser.', 'Vous m’aviez dit que le poste serait pourvu en mars, c’est noté.'],
  },
  'plaidoyer-valeur': {
    match: ['Mon offre était clairement la plus avantageuse.', 'Mon parcours colle parfaitement à votre annonce.', 'Mon niveau en statistiques est largement suffisant pour ce stage.', 'Aucun autre candidat n’apportait notre niveau de finition.', 'Notre proposition reste de loin la plus intéressante.', 'Je tiens à souligner que j’étais le seul candidat à avoir rendu le cas pratique dans les temps.', 'Je comprends votre décision, même si je reste convaincue que mes quatre années en réanimation auraient été un vrai atout.'],
    noMatch: ['Notre offre était la moins chère : 12 400 € HT contre 13 100 €.', 'Je suis tout à fait disponible pour un échange.', 'Le candidat retenu était le plus expérimenté, je le comprends.', 'Bravo à l’équipe retenue, la plus solide sans doute.', 'Je reste convaincue que cet échange me servira.'],
  },
  'reconsiderer-demande': {
    match: ['Si vous acceptez de rouvrir ma candidature, je serai ravie.', 'Je vous invite à y repenser avant de signer.', 'Le comité gagnerait à revoir ce point.', 'Si votre choix n’est pas définitif, je reste disponible.', 'Un second regard permettra de mesurer l’utilité du projet.', 'Je me permets d’insister.', 'Je me permets de vous demander de bien vouloir réétudier sa candidature.', 'Est-ce que je pourrais repasser l’audition ?', 'Je reste persuadé qu’un nouvel échange permettrait de le démontrer.', 'Tu pourrais pas en reparler avec Sophie avant de valider ?', 'Je pense que ça mérite d’être rediscuté.'],
    noMatch: ['J’espère vous revoir lors d’un prochain recrutement.', 'Je vais relire votre annonce avec attention.', 'Je vous soumettrai une nouvelle candidature l’an prochain.', 'Si vos besoins évoluent, je reste disponible.', 'Si les auditions rouvrent l’an prochain, je serai heureuse de me représenter.', 'Si jamais vous changez d’avis ou si un autre projet se présente, je suis partante.', 'J’insiste sur mes remerciements pour la matinée d’immersion.', 'Je repasserai l’audition l’an prochain.', 'Ce point mérite d’être souligné : merci pour votre accueil.'],
  },

  'desaccord-evaluation': {
    match: ['Cette note ne reflète pas la qualité réelle de notre offre.', 'Notre projet n’a pas été apprécié à sa juste valeur.', 'Avec tout le respect que je vous dois, le dossier était complet.', 'Or c’est justement ce point qui fait l’intérêt du projet.', 'Mes résultats précédents parlent pour moi.', 'Notre projet était bien plus abouti que le laisse entendre la grille.', 'Vous évoquez un manque d’aisance à l’oral ; je pense plutôt que le format laissait peu de place.', 'Cette note nous paraît sévère.', 'Notre note ne reflète sans doute pas tout à fait la qualité de la proposition.', 'J’ai du mal à voir ce qui a pu manquer à mon dossier.', 'Plusieurs lecteurs professionnels m’ont assuré qu’il s’inscrivait dans votre collection.', 'Mes anciens clients n’ont jamais relevé ce point.', 'Permettez-moi de nuancer votre appréciation sur mon niveau d’anglais.', 'Permettez-moi de m’étonner de ce choix.', 'Vous évoquez un manque d’autonomie ; permettez-moi de nuancer.', 'La note de 12/20 attribuée à notre mémoire technique nous surprend.', 'Une relecture attentive le montrerait sans difficulté.', 'Je pensais que cet élément pèserait davantage dans l’évaluation.', 'Sans remettre en cause le classement, mon mémoire de M2 a obtenu 17/20.', 'Mes revenus représentent 2,8 fois le loyer, ce qui est tout de même très proche des trois fois demandées.', 'Le dossier me semblait donc solide.', 'Mon temps me place pourtant dans les temps des athlètes retenus.', 'J’ai encadré une équipe de cinq développeurs, ce qui me semble plutôt montrer le contraire.', 'Je me permets de préciser que ce choix était délibéré.', 'C’est curieux, car mes lecteurs y ont vu le point fort du roman.', 'Elle me surprend un peu, car mes deux précédents employeurs ont toujours souligné ma rigueur.', 'Je me permet de revenir sur votre choix.', 'Permettez-moi de revenir sur vos trois motifs.', 'Je me permets de penser que mon dossier répondait à vos critères.', 'Ces éléments ne reflètent pas vraiment mon profil.', 'Je me permets de penser que ce ralentissement est voulu.', 'Je me permets d’exprimer, respectueusement, mon désaccord avec l’analyse de votre service des risques.', 'La qualifier d’« instable » ne correspond pas à la réalité de mes comptes.', 'Je suis un peu étonnée par le motif, car votre collection a publié deux polars portuaires.', 'Avec tout le respect que je dois au jury, la suite a été évaluée selon des critères qui ne figuraient pas dans le règlement.', 'Il me paraîtrait juste d’en tenir compte dans l’appréciation de ma prestation.', 'Nous regrettons qu’un critère prix pondéré à 60 % puisse l’emporter à ce point sur la qualité.', 'Il doit sûrement y avoir une erreur : nous ne voyons pas comment son dossier a pu être écarté.', 'Je me permets toutefois de revenir sur le motif évoqué.', 'Nous nous permettons cependant de contester respectueusement l’appréciation selon laquelle notre projet manquerait d’ancrage.', 'Cette analyse du risque me paraît excessivement prudente.', 'Je ne comprends pas sur quels critères Emma a été écartée alors que ses chronos sont meilleurs.', 'Le prestataire retenu ne dispose d’aucune référence en milieu hospitalier, ce qui ne laisse pas de nous surprendre.', 'Nous espérons que ce point a été pleinement pris en compte dans l’analyse des offres.', 'Je dois vous faire part de mon désaccord.', 'La grille d’évaluation ne mesure pas l’originalité de notre approche.', 'La note sur la faisabilité ne me paraît pas justifiée.'],
    noMatch: ['Votre retour reflète bien ce que je dois travailler.', 'Le candidat retenu était bien plus expérimenté, je le comprends.', 'Je pense plutôt me former cette année, merci du conseil.', 'Cette note me paraît juste.', 'J’ai du mal à trancher entre les deux formations que vous citez : laquelle conseilleriez-vous ?', 'Je tiens à souligner que j’ai beaucoup apprécié votre accueil.', 'Permettez-moi de revenir sur votre proposition de rester en contact : avec plaisir.', 'Sans remettre en cause votre décision, je reste disponible pour la suite.', 'Votre réponse rapide me surprend agréablement.', 'C’est curieux comme l’entretien m’a aidée à y voir clair : merci.', 'Je me permets de revenir vers vous dans quelques mois.', 'Permettez-moi de vous remercier pour vos remarques.', 'Ce report était voulu par notre équipe, et je vous remercie de votre patience.', 'Je suis ravie par votre réponse rapide.', 'Nous regrettons que le calendrier ne nous permette pas de nous rencontrer.', 'Il me paraîtrait juste de vous remercier encore.', 'Mon désaccord avec mon ancien employeur est derrière moi.', 'Nous n’avons pas encore validé notre prix auprès de vrais clients.', 'Ce qui ne laisse pas de me réjouir.', 'Je vous fais part de mon accord pour la date proposée.', 'Ce délai ne me paraît pas long, merci.'],
  },
  'representer-dossier': {
    match: ['Nous souhaiterions que le dossier soit présenté de nouveau à la commission.', 'Si votre choix n’est pas encore signé, je serais ravie d’en rediscuter.', 'Cette appréciation mériterait d’être revue.', 'Je vous saurais gré de soumettre à nouveau mon dossier.'],
    noMatch: ['Je postulerai de nouveau à la prochaine session.', 'Au plaisir d’en reparler autour d’un café.', 'Nous espérons avoir l’occasion de vous présenter à nouveau nos actions.'],
  },

  'malentendu': {
    match: ['Le « manque d’expérience terrain », je ne m’y reconnais pas du tout.', 'Il y a sûrement eu un malentendu sur mon parcours.', 'Je serais surprise qu’elle ait déjà piloté seule une consolidation.', 'Son utilité sociale ne fait débat chez aucun de nos partenaires.', 'Je vous invite à vous attarder à nouveau sur la série, qui a pu passer inaperçue.'],
    noMatch: ['Je me reconnais bien dans votre description du poste.', 'Il y a peut-être eu un problème d’envoi : le fichier est joint.', 'Ce que je fais depuis six ans me passionne toujours.'],
  },
};
