// Labels and examples of the conventions of data/conventions.ts: how people
// write each form (the table of docs/regles.md), texts each entry must
// recognise and near misses it must not. Kept apart from the entries so that
// they stay out of the extension bundles; test/unit/conventions.test.ts runs
// them all, each in the place of a draft where the convention lives (see the
// test for how each part is put in a draft), and requires both kinds for every
// entry. Many come from the blind batch b13-1 (/work/blind/b13-1/conventions.json),
// the others from the layouts of real French letters and mails.

import type { ConventionExamples } from './conventions';

export const EXAMPLES: Readonly<Record<string, ConventionExamples>> = {
  // ---- Greetings (placed as the first line of a mail).
  'bonjour': {
    label: '« Bonjour, », « Bonjour Sophie, », « Bonsoir à tous, », « Bonjour Mme Lambert, merci pour… » (SMS)',
    recognise: ['bonjour madame lopez, merci pour votre appel.', '**Bonjour Paul,**', 'Bonjour,', 'Bonjour Sophie,', 'Bonjour Mme Lambert, merci pour votre appel et pour votre franchise.', 'Bonsoir Julien !', 'Bonjour', 'Bonjour Jean-Pierre Le Goff,', 'Bonjour Paul merci pour ton retour.', 'Bonjour et merci pour votre message.', 'BONJOUR MADAME,'],
    notThis: ['« Bonjour » était le titre de notre campagne d’affichage.', 'Bonjournée à vous.', 'Bonne journée à toute l’équipe.'],
  },
  'salut': {
    label: '« Salut Karim, », « Hello Paul ! », « Coucou, », « Dear Paul, »',
    recognise: ['Salut Karim, merci pour ton retour rapide.', 'Hello Paul !', 'Coucou,', 'Hey Léa,', 'Dear Paul,'],
    notThis: ['Salue toute l’équipe de ma part.', 'Saluez Marc pour moi.', 'Hello World était notre premier atelier.'],
  },
  'madame-monsieur': {
    label: '« Madame, », « Madame, Monsieur, », « Mesdames, Messieurs, », « Madame ou Monsieur, », « Madame, ⏎ Monsieur, »',
    recognise: ['Madame, Monsieur,', 'Madame,\nMonsieur,', 'Mesdames, Messieurs,', 'Madame ou Monsieur,', 'Madame,', 'Monsieur,', 'Mesdames et Messieurs,', 'Madame Leroy,', 'Madame, Monsieur', 'Madame X / Monsieur X,'],
    notThis: ['Madame Martin m’a transmis votre réponse.', 'Monsieur Garcia nous a reçus vendredi avec son équipe.', 'Madame ou Monsieur Roy vous recevra, selon les disponibilités.', 'Madame Hélène ROCHE'],
  },
  'titre-de-fonction': {
    label: '« Madame la Directrice, », « Monsieur le Président, », « Mesdames et Messieurs les membres du jury, »',
    recognise: ['Madame la Directrice,', 'Monsieur le Président,', 'Madame la Présidente du jury,', 'Mesdames et Messieurs les membres du jury,', 'Monsieur le Maire,', 'Madame l’Adjointe à la culture,', "Monsieur l'Inspecteur,"],
    notThis: ['Madame la Directrice des ressources humaines', 'Monsieur le Président du comité scientifique\n5, avenue de la Boisse', 'Mesdames et Messieurs les membres du jury ont délibéré le 3 juin.'],
  },
  'titre-seul': {
    label: '« Maître, », « Docteur, », « Professeur, »',
    recognise: ['Maître,', 'Docteur,', 'Professeur,', 'Coach Traoré,', 'Mon coach,'],
    notThis: ['Maîtresse de conférences – UMR 6412 CNRS', 'Docteur en géographie depuis 2021, je postule à nouveau.', 'Professeur associé à l’université de Lille', 'Coach sportif diplômé, je postule pour la saison prochaine.'],
  },
  'civilite-abregee': {
    label: '« Bonjour M. Durand, », « Bonjour Mme Lambert, »',
    recognise: ['Bonjour M. Durand,', 'Bonjour Mme Lambert,', 'Bonjour Mlle Roux,', 'Bonjour Dr Martin,'],
    notThis: ['M. Durand m’a appelé mardi pour me l’annoncer.', 'Mme Lambert était présente lors de l’entretien.', 'Dr Martin a présidé le jury.'],
  },
  'cher': {
    label: '« Cher Paul, », « Chère Madame Leroy, », « Chers collègues, »',
    recognise: ['Cher Paul,', 'Chère Madame Leroy,', 'Chers collègues,', 'Chère Léa', 'Cher Monsieur,', 'Chers membres du jury,'],
    notThis: ['Ce cher projet nous tenait à cœur depuis l’automne.', 'Merci, chère collègue, pour votre relecture attentive.', 'Cher et long, ce projet nous a appris beaucoup.'],
  },
  'a-tous': {
    label: '« Bonjour à tous, », « Bonjour à toutes et à tous, », « Bonjour tout le monde ! »',
    recognise: ['Bonjour à tous,', 'Bonjour à toutes et à tous,', 'Bonjour tout le monde !', 'Bonjour à l’équipe Produit,', 'Bonjour à toute l’équipe de programmation,'],
    notThis: ['Bonjour à toute l’équipe de ma part.', 'Bonjour à vous transmettre de ma part.'],
  },

  // ---- Closings (placed just above the name).
  'cordialement': {
    label: '« Cordialement, », « Bien cordialement, », « Bien à vous, », « Bàv, », « Cdlt »',
    recognise: ['**Cordialement,**', 'Bien cordialement,', 'Cordialement,', 'Bien à vous,', 'Bàv,', 'Cdlt', 'Très cordialement', 'Bien à toi,'],
    notThis: ['Nous avons été reçus bien cordialement par votre équipe.', 'Vos équipes nous ont accueillis cordialement.', 'C’était bien à vous de trancher, je le comprends.', 'BAV : bon à valider avant impression'],
  },
  'salutations': {
    label: '« Sincères salutations, », « Salutations distinguées. », « Respectueusement, », « Bien sincèrement, »',
    recognise: ['Sincères salutations,', 'Salutations distinguées.', 'Respectueusement,', 'Bien sincèrement,', 'Bien respectueusement,', 'Meilleures salutations'],
    notThis: ['Nous avons respectueusement pris acte de la décision.', 'Transmettez mes salutations à toute l’équipe, ce fut un plaisir de vous rencontrer.', 'Sincèrement, je ne m’attendais pas à ce choix.'],
  },
  'bonne-journee': {
    label: '« Belle journée, », « Bonne fin de journée, », « Bon week-end, », « Excellente continuation, », « Je vous souhaite une bonne fin de journée. »',
    recognise: ['Belle journée,', 'Bonne fin de journée,', 'Bon week-end !', 'Excellente continuation,', 'Bonne journée, Kévin Martin', 'Belle journée à vous,', 'Je vous souhaite une bonne journée.', 'Je vous souhaite une bonne fin de journée.', 'Très bonne journée à vous, et encore merci !', 'Bonne route à toute l’équipe,', 'Bonne saison à tous,', 'Bon courage pour la suite,'],
    notThis: ['Ce fut une belle journée d’échanges à Lyon.', 'Une bonne journée d’immersion m’a suffi pour comprendre vos besoins.', 'Bonne continuation avec ton prestataire idéal, tu verras bien ce que ça donne et je te laisse juger par toi-même.', 'Bon courage aux équipes qui reprennent le chantier en janvier, nous leur avons laissé les plans annotés.'],
  },
  'merci-seul': {
    label: '« Merci ! » puis le prénom, « Merci d’avance, », « En vous remerciant, », « Avec mes remerciements, »',
    recognise: ['Merci !\nHugo', 'Merci,', 'Merci d’avance,', 'En vous remerciant,', 'Avec mes remerciements,', 'Encore merci,', 'Merci beaucoup !', 'Merci encore et à bientôt !'],
    notThis: ['Merci pour votre retour et pour l’entretien de mardi.', 'Merci de me tenir informé si un poste se libère.', 'En vous remerciant pour votre retour, je reste disponible si un poste se libère.'],
  },
  'a-bientot': {
    label: '« À bientôt, », « Amitiés, », « Amicalement, », « Bises, »',
    recognise: ['À bientôt,', 'Amitiés,', 'Amicalement,', 'Bises,', 'À très vite !', 'Au revoir,'],
    notThis: ['À bientôt pour un nouveau projet, je l’espère vraiment de tout cœur et sans attendre trop longtemps.', 'Nous nous reverrons à bientôt deux reprises au salon.'],
  },
  'au-plaisir': {
    label: '« Au plaisir de rester en contact, », « Dans l’attente de votre retour, »',
    recognise: ['Au plaisir de rester en contact,', 'Au plaisir,', 'Dans l’attente de votre retour,', 'Au plaisir de retravailler ensemble,', 'Au plaisir de vous lire.'],
    notThis: ['C’est avec plaisir que j’ai échangé avec l’équipe produit.', 'Dans l’attente des résultats, nous avions suspendu le recrutement.', 'Au plaisir que j’ai eu à vous rencontrer s’ajoute une vraie déception.'],
  },
  'en-anglais': {
    label: '« Best regards, », « Kind regards, », « Regards, », « Best, »',
    recognise: ['Best regards,', 'Kind regards,', 'Regards,', 'Best,', 'Thanks!'],
    notThis: ['Best regards to your team for the launch, it was a pleasure to meet you all.', 'Regarding the delay, I understand.'],
  },
  'formule-de-politesse': {
    label: '« Je vous prie d’agréer, Madame, l’expression de mes salutations distinguées. », « Veuillez agréer… », « Nous vous prions de recevoir… », « Dans l’attente de votre retour, je vous prie de croire… »',
    recognise: [
      'Je vous prie d’agréer, Madame, l’expression de mes salutations distinguées.',
      'Je vous prie d’agréer, Madame la Directrice, l’expression de mes\nsalutations distinguées.',
      'Veuillez agréer, Monsieur le Directeur, l’expression de nos salutations distinguées.',
      'Dans l’attente de votre retour, je vous prie de croire, Monsieur le Président, à l’assurance de ma haute considération.',
      'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
      'Je vous prie de recevoir, Madame la Directrice, mes respectueuses salutations.',
      'Je vous adresse mes sincères salutations.',
      'Veuillez accepter, cher Monsieur, l’expression de mes sentiments les meilleurs.',
    ],
    notThis: ['Je vous prie de m’excuser pour ce retard.', 'Je vous prie d’agréer ma demande de report d’entretien.', 'Veuillez trouver ci-joint notre devis n° D-2026-044.', 'Nous vous prions de nous indiquer le critère décisif.', 'Je vous prie de recevoir mon dossier complété.', 'Je vous remercie pour la considération portée à ma candidature.'],
  },

  // ---- Signatures (placed below « Bien cordialement, »).
  'nom': {
    label: '« Camille Durand », « Pierre BERTRAND », « DURAND Camille », « J.-C. Moreau », « Hugo »',
    recognise: ['**Jean Dupont**', 'Camille Durand', 'Pierre BERTRAND\nGérant', 'DURAND Camille', 'J.-C. Moreau', 'Hugo', 'Anne de La Tour', 'Céline (maman de Noé)'],
    notThis: ['Camille Durand a été retenue pour le poste.', 'Pierre Bertrand, notre gérant, a présenté l’offre en commission.', 'Nadia Ouali, cheffe de projet, m’a transmis votre réponse.'],
  },
  'bloc-signature': {
    label: 'Nom, fonction, société, téléphone, site, LinkedIn, sur autant de lignes qu’il faut',
    recognise: ['Jean Dupont\nchargé de recrutement\n📞 06 12 34 56 78', 'Sébastien Roux\nResponsable commercial – Infoservices Bretagne\n02 99 41 27 63 · 06 33 18 90 42\nwww.infoservices-bretagne.fr', 'Nadia\n\nNadia Ouali\nCheffe de projet éditorial – Studio Ondes\n06 44 90 12 35', 'Nora Belkacem\nDocteure en géographie – UMR 8504 Géographie-cités (CNRS)\nnora.belkacem@parisgeo.fr | 07 81 26 54 03', 'Julie MARCHAND\nDirectrice associée\n8, place Jean-Jaurès\n42000 SAINT-ÉTIENNE'],
    notThis: ['Nos références sont présentées sur www.infoservices-bretagne.fr.', '- l’évaluation de la partie consacrée à l’enseignement.', 'Je reste disponible au 06 44 90 12 35 si besoin.'],
  },
  'separateur': {
    label: '« -- » (ou « — », « ___ ») seul sur sa ligne, puis la signature',
    recognise: ['-- \nInès Haddad\nData analyst\n06 12 34 56 78\nlinkedin.com/in/ines-haddad', '—\nMarc Lefèvre\nPhotographe', '___\nLéa Martin'],
    notThis: ['Je vous ai écrit -- trop vite peut-être -- après l’entretien.', 'Le lot 3 — menuiseries intérieures — a été attribué à un autre candidat.'],
  },
  'ligne-barres': {
    label: '« Thomas Girard | Chef d’équipe | 06 70 45 12 88 | thomas.girard@… »',
    recognise: ['Thomas Girard | Chef d’équipe logistique | 06 70 45 12 88 | thomas.girard@gmail.com', 'Marc Lefèvre | Photographe | marclefevre-photo.fr | 06 58 12 77 30', 'Léa Martin · Cheffe de projet · linkedin.com/in/lea-martin'],
    notThis: ['| Critère | Note |\n|---|---|', 'Je reste disponible | joignable au besoin | merci encore.'],
  },
  'coordonnees': {
    label: '« 06 12 34 56 78 », « Tél. 02 40 63 18 52 », « linkedin.com/in/… », « www.… », une adresse e-mail',
    recognise: ['Hugo\n06 71 22 40 18', 'Léa Martin\nTél. 02 40 63 18 52', 'Léa Martin\n+33 6 12 34 56 78', 'Léa Martin\nlinkedin.com/in/lea-martin', 'Léa Martin\nlea.martin@exemple.fr'],
    notThis: ['Vous pouvez me joindre au 06 71 22 40 18 si besoin.', 'Je vous ai écrit à lea.martin@exemple.fr la semaine dernière.'],
  },

  // ---- After the signature (placed below the name).
  'signature-mobile': {
    label: '« Envoyé de mon iPhone », « Envoyé depuis mon mobile », « Obtenir Outlook pour Android »',
    recognise: ['Envoyé de mon iPhone', 'Envoyé depuis mon mobile Orange', 'Obtenir Outlook pour Android'],
    notThis: ['Envoyé trop vite, mon premier message contenait une erreur de date.', 'J’ai envoyé depuis mon téléphone la pièce manquante.'],
  },
  'pieces-jointes': {
    label: '« PJ : CV », « P.J. : 1 catalogue », « Pièces jointes : … », « Annexe : … »',
    recognise: ['PJ : CV', 'P.J. : 1 catalogue', 'Pièces jointes : CV, lettre de motivation', 'Annexe : attestation d’assurance'],
    notThis: ['Je joins mon CV mis à jour, en pièce jointe de ce mail.', 'Annexe du cahier des charges, le point 4 restait ouvert.'],
  },
  'post-scriptum': {
    label: '« P.-S. : … », « PS : … » sous la signature',
    recognise: ['P.-S. : je serai au salon de Lille en mai.', 'PS : mon portfolio a été mis à jour.', 'P.S. Merci encore pour la visite.', 'Copie : M. le Directeur régional', 'Cc : service des ressources humaines'],
    notThis: ['Psychologue du travail, je postule à nouveau en septembre.', 'Pscht, notre boisson phare, était au menu.'],
  },
  'confidentialite': {
    label: '« Ce message et ses pièces jointes sont confidentiels… », « Pensez à l’environnement avant d’imprimer ce mail. »',
    recognise: [
      'Ce message et toutes les pièces jointes sont confidentiels et établis à l’intention exclusive de leurs destinataires.',
      'Si vous avez reçu ce message par erreur, merci d’en avertir l’expéditeur.',
    ],
    notThis: ['Je crois que mon dossier a été classé par erreur.', 'Ces informations restent confidentielles entre nous.'],
  },

  // ---- Head lines (placed above « Madame, »).
  'objet': {
    label: '« Objet : … », « OBJET : … », « **Objet :** … », « Obj. : … », « Objet de l’e-mail : … », « Concerne : … »',
    recognise: ['RE: Votre candidature – poste de comptable', 'Objet : Merci pour votre retour', 'Objet de l’e-mail : Re : Votre candidature au poste de responsable logistique', 'OBJET : Consultation pour la refonte du site internet de la commune', 'Objet : RE : Proposition de maintenance du parc informatique', 'Objet : Re: Devis reportage photo – mariage du 20 juin', 'Obj. : Votre courrier du 3 juin', 'Objet : Merci + 1 question', '**Objet :** Merci pour votre retour', 'Objet : Merci pour votre retour – candidature Data analyst (réf. DA-0312)', 'Sujet : Votre décision', 'Concerne : candidature au poste de comptable'],
    notThis: ['Retour sur expérience : notre premier lot livré en 2024.', 'Re-bonjour, je reviens vers vous.', 'L’objet de ma demande est simple : un retour sur mon entretien.', 'L’objet de l’e-mail précédent était incomplet, je vous prie de m’en excuser.', 'Cet objet de recherche reste au cœur de notre programme.', 'Retour sur expérience : notre premier lot livré en 2024.', 'L’objet du marché était la rénovation du groupe scolaire.', 'Objectif : décrocher un poste d’ATER l’an prochain.', 'Merci + 1 question, si vous le permettez : quel critère a primé ?'],
  },
  'v-ref': {
    label: '« V/Réf. : RH-2026-114 », « N/Réf. : AO-2025-118 », « V/réf. MPT/br », « V/Lettre du 9 mars 2026 »',
    recognise: ['V/Réf. : RH-2026-114', 'N/Réf. : AO-2025-118', 'V/Réf. : MAPA 2025-41 – lot 3 (menuiseries intérieures)', 'V/réf. MPT/br', 'V/Lettre du 9 mars 2026', 'N/R : 96-102'],
    notThis: ['Vous trouverez nos références clients sur notre site.', 'Nos références : la SNCF et trois collectivités de l’Ouest.', 'Le lot 3 (menuiseries intérieures) a été attribué à un autre candidat.'],
  },
  'reference': {
    label: '« Réf. : dossier n° FAR-2026-0412 », « VOTRE RÉFÉRENCE : CONS-2026-18 », « Dossier suivi par : … »',
    recognise: ['Réf. : dossier n° FAR-2026-0412', 'VOTRE RÉFÉRENCE : CONS-2026-18', 'Référence : 96-198A', 'Dossier suivi par : Hélène Roche', 'Réf. DA-0312'],
    notThis: ['En référence à votre courrier du 9 mars, je vous remercie.', 'Votre référence en la matière reste notre modèle.', 'Référencée chez vous depuis 2019, notre agence connaît vos attentes.'],
  },
  'votre-lettre-du': {
    label: '« Votre lettre du 9 mars 2026 », « Votre courrier du 3 juin », « Votre message du … »',
    recognise: ['Votre lettre du 9 mars 2026', 'Votre courrier du 3 juin', 'Votre message du 12/03/2026'],
    notThis: ['Votre lettre du 9 mars m’est bien parvenue.', 'Votre courrier du 3 juin m’a beaucoup touchée.'],
  },
  'mention-d-envoi': {
    label: '« Lettre recommandée avec accusé de réception », « LRAR », « Copie : … »',
    recognise: ['Lettre recommandée avec accusé de réception', 'LRAR', 'Copie : Direction des ressources humaines'],
    notThis: ['Une lettre recommandée me semblait excessive pour vous remercier.', 'Copier-coller cette réponse ne suffira pas, je le sais.'],
  },
  'entete-de-mail': {
    label: '« De : … », « À : … », « Cc : … », « Date : … » en tête d’un mail collé',
    recognise: ['De : Camille Durand <camille.durand@exemple.fr>', 'À : recrutement@exemple.fr', 'Cc : Hélène Roche', 'Date : lundi 9 mars 2026'],
    notThis: ['De plus, je reste disponible pour un échange.', 'À la suite de notre entretien, je vous remercie.'],
  },

  // ---- Address blocks (placed at the top, with no greeting below: they must be read as head by their own marks).
  'bloc-expediteur': {
    label: 'Bloc de l’expéditeur : prénom NOM, adresse, code postal et ville, téléphone, e-mail',
    recognise: ['Camille DURAND\n14, rue des Capucins\n69001 Lyon\n06 48 21 73 90\ncamille.durand@laposte.net', 'Léa MOREAU\nMaîtresse de conférences\nLaboratoire Territoires et Montagnes – UMR 6412 CNRS\n38058 GRENOBLE Cedex 9', 'Thomas MARTIN\n3 rue Neuve\n75003 PARIS'],
    notThis: ['J’habite désormais au 14, rue des Capucins, à Lyon.', 'Le laboratoire (UMR 6412 CNRS) accueille deux doctorants cette année.'],
  },
  'bloc-destinataire': {
    label: 'Bloc du destinataire : société, civilité et NOM, fonction, adresse (aligné à droite ou non)',
    recognise: ['Groupe hôtelier Rive Gauche\nMadame Hélène ROCHE\nDirectrice des ressources humaines\n22, quai Saint-Antoine\n69002 LYON', '                                        Madame Hélène ROCHE\n                                        69002 LYON', 'Clinique du Parc\nDirection des ressources humaines\n2, avenue de la Libération\n76100 ROUEN'],
    notThis: ['Madame Hélène Roche m’a reçue au 22, quai Saint-Antoine.', '    - l’adéquation de mon projet avec le profil du laboratoire ;'],
  },
  'a-l-attention-de': {
    label: '« À l’attention de Monsieur Karim BENALI », « À l’att. de … », « Aux bons soins de … »',
    recognise: ['Mairie de Villars-les-Prés\nÀ l’attention de Monsieur Karim BENALI\nDirecteur de la communication', 'À l’att. de Madame Roche\nService recrutement'],
    notThis: ['Merci d’avoir porté notre dossier à l’attention de Monsieur Benali.', 'À l’attention portée à mon dossier s’ajoute votre gentillesse.'],
  },
  'adresse-postale': {
    label: '« 14, rue des Capucins », « 69002 LYON », « 38058 GRENOBLE Cedex 9 », « BP 123 »',
    recognise: ['Commune de Carquefou\nHôtel de ville – Place de la Mairie\n44470 CARQUEFOU', 'Cabinet Aubry & Associés\n45, cours de l’Intendance\n33000 BORDEAUX', 'Société Dulac\nBP 768\n75009 Paris Cedex 16'],
    notThis: ['Je serai à Lyon le 14, rue des Capucins étant sur mon chemin.', 'Nos bureaux du 3 bis avenue Foch ont fermé en 2020.'],
  },
  'en-tete-societe': {
    label: 'En-tête de société en capitales, « SIRET 512 348 907 00021 », « SARL au capital de … »',
    recognise: ['MENUISERIES BERTRAND SARL\nZA de la Cour Neuve – 3, allée des Charmes\n44700 ORVAULT\nSIRET 512 348 907 00021', 'AGENCE LUMEN – Conseil en communication\n8, place Jean-Jaurès\n42000 SAINT-ÉTIENNE'],
    notThis: ['Notre SARL est installée à Orvault depuis 2009.', 'Notre SIRET figure sur le devis envoyé en février.'],
  },

  // ---- Place and date (placed above « Madame, »).
  'lieu-date': {
    label: '« À Lyon, le 12 mars 2026 », « Orvault, le 4 février 2026 », « Fait à Rouen, le 5 mai 2026 », « Paris, le 1er juin 2026 », « Lyon, le 12/03/2026 »',
    recognise: ['À Lyon, le 12 mars 2026', 'Orvault, le 4 février 2026', 'Saint-Étienne, le 9 avril 2026', 'Fait à Rouen, le 5 mai 2026', 'Paris, le 1er juin 2026', 'Lyon, le 12/03/2026', 'Aix-en-Provence, le lundi 2 mars 2026'],
    notThis: ['À Lyon, le poste a finalement été pourvu en interne.', 'Orvault, le siège de notre entreprise, compte douze salariés.', 'Saint-Étienne reste notre principal client depuis 2019.', 'Fait à noter : la commission se réunit le 5 mai 2026.', 'Paris a accueilli le 1er juin la remise des prix.'],
  },
  'date-seule': {
    label: '« Le 18 janvier 2026 », « Le lundi 18 janvier 2026 »',
    recognise: ['Le 18 janvier 2026', 'Le lundi 18 janvier 2026', '18 janvier 2026'],
    notThis: ['Le 18 janvier 2026, j’ai passé le second entretien.', 'Le lundi suivant, vous m’avez rappelé.'],
  },

  // ---- The message being answered (placed below the signature).
  'message-d-origine': {
    label: '« Le 9 mars 2026 à 10:14, Hélène Roche <…> a écrit : », « -----Message d’origine----- », « De : … ⏎ Envoyé : … » sous la réponse',
    recognise: [
      'Le lun. 9 mars 2026 à 10:14, Hélène Roche <helene.roche@exemple.fr> a écrit :\nNous avons le regret de vous informer que votre candidature n’a pas été retenue.',
      '-----Message d’origine-----\nDe : Hélène Roche\nEnvoyé : lundi 9 mars 2026 10:14\nObjet : Votre candidature\nNous avons le regret de vous informer que votre candidature n’a pas été retenue.',
      'De : Hélène Roche <helene.roche@exemple.fr>\nEnvoyé : lundi 9 mars 2026 10:14\nÀ : Camille Durand\nNous avons le regret de vous informer que votre candidature n’a pas été retenue.',
    ],
    notThis: ['Le 9 mars, vous m’avez écrit que le poste était pourvu.', 'Le comité a écrit : nous reviendrons vers vous.'],
  },

  // ---- Template leftovers (placed in the body of a complete mail).
  'crochets': {
    label: '« [Nom] », « [date] », « [Prénom Nom] », « [X] »',
    recognise: ['Bonjour [Nom],', 'Merci pour l’entretien du [date].', 'un poste proche de [X] s’ouvre', '[Prénom Nom]'],
    notThis: ['« Votre dossier […] n’a pas été retenu », m’écriviez-vous.', 'Mon profil : [LinkedIn](https://www.linkedin.com/in/lea).', 'Voir [la note][1].', '- [ ] relire'],
  },
  'accolades': {
    label: '« {{prenom}} », « {nom} », « %NOM% »',
    recognise: ['Bonjour {{prenom}},', 'Merci {nom} pour votre retour.', 'Bonjour %NOM%,'],
    notThis: ['Bonjour Prune,', 'Le code {x: 1} ne vous dira rien.', 'Une remise de 10 % à 20 % reste possible.'],
  },
  'chevrons': {
    label: '« <date> », « <Nom du recruteur> », « «Prénom» » (champ de fusion)',
    recognise: ['Merci pour l’entretien du <date>.', 'Bonjour <Nom du recruteur>,', 'Bonjour «Prénom»,'],
    notThis: ['Merci pour l’entretien du 3 juin.', 'Traductrice technique EN/DE > FR', 'Mon site : <https://exemple.fr>', 'Collaboration podcast « Terrains communs »'],
  },
  'parentheses-consigne': {
    label: '« (préciser le poste) », « (à compléter) », « (indiquer la date) »',
    recognise: ['au poste de (préciser le poste)', 'Je travaillerai (à compléter) à court terme.', 'le (indiquer la date) prochain'],
    notThis: ['notre devis n° D-2026-044 (voir pièce jointe)', 'un bref échange (10 min)'],
  },
  'parentheses-champ': {
    label: '« (nom du destinataire) », « (date) », « (intitulé du poste) », « (votre nom) »',
    recognise: ['Bonjour (nom du destinataire),', 'Merci pour l’entretien du (date).', 'au poste de (intitulé du poste)', 'Bien à vous, (votre nom)'],
    notThis: ['Nora Belkacem – UMR 8504 Géographie-cités (CNRS)', 'le lot 3 (menuiseries intérieures)', 'une date (à confirmer) en avril', 'mon poste (de nuit) à l’hôpital'],
  },
  'x-comme-nom': {
    label: '« Madame X », « Bonjour M. Y, », « Monsieur Untel »',
    recognise: ['Bonjour Madame X,', 'Merci Monsieur Y pour votre retour.', 'Bonjour Monsieur Untel,', 'Bonjour X,'],
    notThis: ['Vos remarques sur l’axe X de votre grille m’ont été utiles.', 'Un tel retour m’aiderait beaucoup.', 'la génération Y et ses attentes'],
  },
  'xxx': {
    label: '« XXX », « xxxx »',
    recognise: ['Bonjour Monsieur XXX,', 'pour le projet XXX', 'au poste de xxxx'],
    notThis: ['Cette tradition remonte au XXe siècle.', 'Le XXIe siècle sera numérique.'],
  },
  'blanc-souligne': {
    label: '« ___ », « M. ___, »',
    recognise: ['Bonjour M. ___,', 'Le poste ___ me plaisait.'],
    notThis: ['Vous trouverez le fichier rapport_final_v2.pdf en pièce jointe.', '________'],
  },
  'pointilles': {
    label: '« n° ……… », « …… », « ..... », « … » seul entre deux espaces',
    recognise: ['Réf. : candidature n° ………', 'Merci pour l’entretien du ……', 'pour le projet … que nous avons évoqué', 'au poste de .........'],
    notThis: ['Réf. : dossier n° FAR-2026-0412', 'Je reste disponible… si un poste se libère un jour.', 'Et puis… je reste motivé.'],
  },
  'masque-de-date': {
    label: '« JJ/MM/AAAA », « jj/mm/aa », « HH:MM »',
    recognise: ['Merci pour l’entretien du JJ/MM/AAAA.', 'le jj/mm/aa à HH:MM'],
    notThis: ['Merci pour l’entretien du 12/03/2026.', 'Rendez-vous à 14:30.'],
  },
  'a-completer': {
    label: '« TODO », « TBD », « À COMPLÉTER », « À PRÉCISER »',
    recognise: ['Je travaillerai TODO à court terme.', 'Montant : TBD', 'Poste : À COMPLÉTER'],
    notThis: ['Mon dossier était à compléter, vous aviez raison.', 'Il me reste un point à préciser avec vous.'],
  },
  'civilite-a-choisir': {
    label: '« Madame/Monsieur », « Cher/Chère », « Chère Madame/Cher Monsieur », « M./Mme »',
    recognise: ['Madame/Monsieur X,', 'Cher/Chère collègue,', 'Chère Madame/Cher Monsieur,', 'Bonjour M./Mme Durand,'],
    notThis: ['Madame, Monsieur,', 'Madame ou Monsieur,'],
  },
  'genre-a-choisir': {
    label: '« Cher(e) », « ravi(e) » ou « séduit·e » dit de soi, « Chargé(e) de mission » dans sa signature',
    recognise: ['Cher(e) collègue,', 'Je serais ravi(e) de rester en contact.', 'bien que votre entreprise m’ait séduit·e sur plusieurs aspects', 'Je reste très motivé.e pour la suite.', 'Même si je suis déçu de ne pas avoir été retenu(e), je vous remercie.'],
    notThis: ['Chère collègue,', 'Je serai ravi d’en reparler à l’automne.', 'J’adresse mes félicitations aux lauréat·e·s.', 'Bonne chance au ou à la candidat(e) retenu(e).'],
  },

  // ---- Not leftovers: `recognise` is left alone, `notThis` is the leftover next to it.
  'ecriture-inclusive': {
    label: '« les lauréat·e·s », « candidat(e)s », « au ou à la candidat·e retenu·e »',
    recognise: ['J’adresse mes félicitations aux lauréat·e·s.', 'Merci à tous les candidat(e)s de cette session.', 'Je souhaite le meilleur au ou à la candidat·e retenu·e.', 'les collègues ravi.e.s de votre choix'],
    notThis: ['Je serais ravi(e) de rester en contact.', 'Cher(e) collègue,'],
  },
  'case-a-cocher': {
    label: '« - [ ] relire », « - [x] envoyer le CV », « [ ] »',
    recognise: ['- [ ] relire', '- [x] envoyer le CV', '* [X] vérifier la date', 'Case à cocher : [ ]'],
    notThis: ['Bonjour [Nom],', 'un poste proche de [X] s’ouvre'],
  },
  'parenthese-ordinaire': {
    label: '« (voir pièce jointe) », « (CNRS) », « (menuiseries intérieures) », « (réf. DA-0312) »',
    recognise: ['Notre devis (voir pièce jointe) reste consultable.', 'UMR 8504 Géographie-cités (CNRS)', 'le lot 3 (menuiseries intérieures)', 'candidature Data analyst (réf. DA-0312)'],
    notThis: ['Au poste de (préciser le poste).', '(nom du destinataire)'],
  },
  'crochets-de-citation': {
    label: '« […] », « [sic] », « [1] », un lien « [profil](https://…) »',
    recognise: ['« Votre candidature […] n’a pas été retenue. »', '« Nous avons retenu un profil [sic] plus senior. »', 'Voir la note [1].', 'Mon profil : [LinkedIn](https://www.linkedin.com/in/lea).'],
    notThis: ['Bonjour [Nom],', 'le [date] à 10 h'],
  },
  'vraie-valeur': {
    label: '« n° D-2026-044 », « l’axe X de votre grille », « la génération X », « Je reste disponible… »',
    recognise: ['notre devis n° D-2026-044', 'l’axe X de votre grille d’évaluation', 'Je reste disponible… si un poste se libère un jour.', 'Merci pour l’entretien du 12/03/2026.'],
    notThis: ['notre devis n° ………', 'Bonjour Madame X,'],
  },
  'symboles-de-signature': {
    label: '« EN/DE > FR », « rapport_final_v2.pdf », « ________ » seul sur sa ligne',
    recognise: ['Traductrice technique EN/DE > FR', 'Vous trouverez le fichier rapport_final_v2.pdf en pièce jointe.', '________'],
    notThis: ['l’entretien du <date>', 'Bonjour M. ___,'],
  },

  // ---- Capitals that are conventions (`recognise`: no « cris »; `notThis`: shouting in the body).
  'majuscules-en-tete': {
    label: '« MENUISERIES BERTRAND SARL », « OBJET : … », « VOTRE RÉFÉRENCE : … », « 69002 LYON »',
    recognise: ['MENUISERIES BERTRAND SARL\nZA de la Cour Neuve\n44700 ORVAULT', 'OBJET : CONSULTATION POUR LA REFONTE DU SITE INTERNET', 'VOTRE RÉFÉRENCE : CONS-2026-18', 'Madame Hélène ROCHE\n22, quai Saint-Antoine\n69002 LYON'],
    notThis: ['JE CONTESTE FORMELLEMENT CETTE DÉCISION', 'RÉPONDEZ-MOI AVANT VENDREDI'],
  },
  'majuscules-nom': {
    label: '« Pierre BERTRAND ⏎ Gérant », « DURAND Camille », « Julie MARCHAND » dans la signature',
    recognise: ['Pierre BERTRAND\nGérant', 'DURAND Camille', 'Julie MARCHAND\nDIRECTRICE ASSOCIÉE – AGENCE LUMEN'],
    notThis: ['VOUS N’AVEZ RIEN COMPRIS À MON PROFIL', 'C’EST INADMISSIBLE DE TRAITER LES GENS AINSI'],
  },
  'sigles': {
    label: '« conformément au RGPD », « la SNCF », « un MAPA », « UMR 8504 (CNRS) »',
    recognise: ['Vous pouvez conserver mon CV, conformément au RGPD.', 'Nous avons travaillé pour la SNCF sur un MAPA similaire.', 'Docteure en géographie – UMR 8504 (CNRS)'],
    notThis: ['MERCI DE ME RAPPELER AU PLUS VITE', 'NOTRE OFFRE ÉTAIT LA MOINS CHÈRE', 'L’ensemble des pièces avait été transmis COMPLET et DANS LES DÉLAIS.'],
  },
};
