// The conventions of a French letter, e-mail, LinkedIn message or SMS that
// the draft model recognises (src/core/layout.ts) and the template leftovers
// that `champ-a-remplir` looks for (src/core/rules/modele.ts). Data only: each
// entry names a part, the words its reader looks for when the form is made of
// words, and a note; its French label for the table of docs/regles.md lives
// with its examples.
// The examples each entry must and must not recognise live in
// conventions.examples.ts (out of the bundles); test/unit/conventions.test.ts
// runs them all.
//
// `forms` are folded (lower case, no accents, ASCII apostrophe): the readers
// compare them with folded text, whole words only.

export type ConventionPart =
  | 'greeting'
  | 'closing'
  | 'signature'
  | 'subject'
  | 'reference'
  | 'address'
  | 'place-date'
  | 'mail-header'
  | 'trailer'
  | 'quoted'
  | 'placeholder'
  | 'not-placeholder'
  | 'not-shouting';

export interface Convention {
  /** Stable id, unique. */
  id: string;
  part: ConventionPart;
  /** Folded words or phrases the reader of the part looks for; none when the form is a layout. */
  forms?: readonly string[];
  /** For a closing in a full sentence: the sentence must also hold one of these. */
  with?: readonly string[];
  /** Why the form is read this way (French). */
  note: string;
}

/** The docs' label and the examples of an entry, in conventions.examples.ts (out of the bundles). */
export interface ConventionExamples {
  /** The form as people write it (French), for the table of docs/regles.md. */
  label: string;
  /** Texts in which the entry's part must be recognised (for `not-…` parts: texts that must be left alone). */
  recognise: readonly string[];
  /** Near misses that must not be read as that part (for `not-…` parts: the leftover or shout next to it). */
  notThis: readonly string[];
}

export const CONVENTIONS: readonly Convention[] = [
  // ---- Greetings: the first line of the message (after the head of a letter).
  {
    id: 'bonjour',
    part: 'greeting',
    forms: ['bonjour', 'bonsoir', 'rebonjour', 're-bonjour', 're bonjour', 'bjr'],
    note: 'L’ouverture la plus courante ; elle peut rester seule, nommer la personne ou être suivie du message sur la même ligne.',
  },
  {
    id: 'salut',
    part: 'greeting',
    forms: ['salut', 'hello', 'coucou', 'hey', 'hi', 'slt', 'dear', 'allo', 'allô'],
    note: 'Ouvertures familières, avec le tutoiement ; « Allô » est le « Salut » écrit du Québec.',
  },
  {
    id: 'madame-monsieur',
    part: 'greeting',
    forms: ['madame', 'monsieur', 'mademoiselle', 'mesdames', 'messieurs', 'mesdemoiselles'],
    note: 'Formule d’appel d’un courrier ou d’un mail formel, toujours suivie d’une virgule.',
  },
  {
    id: 'titre-de-fonction',
    part: 'greeting',
    forms: ['le', 'la', 'les', "l'"],
    note: 'La civilité suivie du titre : l’usage des courriers à une autorité. Sans virgule, c’est une ligne d’adresse.',
  },
  {
    id: 'titre-seul',
    part: 'greeting',
    forms: ['maitre', 'docteur', 'professeur', 'mon capitaine', 'mon commandant', 'mon colonel', 'mon lieutenant', 'mon lieutenant-colonel', 'mon general', 'mon adjudant', 'mon adjudant-chef', 'monseigneur', 'coach', 'mon coach'],
    note: 'Le titre seul tient lieu de civilité (avocat, notaire, médecin, universitaire ; « Mon Capitaine » chez les militaires et les pompiers ; « Coach Traoré » dans un club de sport).',
  },
  {
    id: 'civilite-abregee',
    part: 'greeting',
    forms: ['m', 'mme', 'mmes', 'mlle', 'mlles', 'mm', 'mr', 'dr', 'pr', 'me'],
    note: 'Après « Bonjour » ou « Cher », jamais en tête de ligne (« M. Durand m’a appelé » est une phrase).',
  },
  {
    id: 'cher',
    part: 'greeting',
    forms: ['cher', 'chere', 'chers', 'cheres', 'tres cher', 'tres chere', 'tres chers', 'tres cheres', 'mon cher', 'ma chere', 'mes chers', 'mes cheres'],
    note: 'Ouverture chaleureuse ; « Cher(e) » laissé tel quel reste une salutation, mais un champ à remplir.',
  },
  {
    id: 'a-tous',
    part: 'greeting',
    forms: ['a toutes et a tous', 'a tous et a toutes', 'a toutes et tous', 'a tous et toutes', 'a vous tous', 'a vous deux', 'a tous', 'a toutes', 'a vous', 'a toi', 'tout le monde', "a toute l'equipe", "a l'equipe", "l'equipe", 'a toute l equipe', 'a l equipe', 'l equipe', "toute l'equipe", 'toute l equipe', 'toute la team', 'les amis', 'la team'],
    note: 'Un groupe salué après « Bonjour » ; la ligne doit s’arrêter là (« Bonjour à toute l’équipe de ma part » n’en est pas une). « l equipe » : l’apostrophe tapée comme une espace, sur un téléphone.',
  },

  // ---- Closings: standalone formulas, and formulas inside a full sentence.
  {
    id: 'cordialement',
    part: 'closing',
    forms: ['bien cordialement', 'tres cordialement', 'cordialement votre', 'cordialement', 'bien a vous', 'bien a toi', 'bav', 'cdlt', 'bien cdt', 'cdt', 'cordt'],
    note: 'Formules sobres de fin de mail, seules sur leur ligne ou suivies du nom.',
  },
  {
    id: 'salutations',
    part: 'closing',
    forms: ['avec mes salutations distinguees', 'mes salutations distinguees', 'salutations distinguees', 'sinceres salutations', 'meilleures salutations', 'mes meilleures salutations', 'respectueuses salutations', 'mes respectueuses salutations', 'cordiales salutations', 'salutations cordiales', 'avec mes salutations', 'salutations', 'bien sincerement', 'sincerement', 'tres sincerement', 'bien respectueusement', 'tres respectueusement', 'respectueusement', 'avec mon respect', 'avec mes respects', 'avec ma consideration'],
    note: 'Formules de politesse courtes, sans verbe.',
  },
  {
    id: 'bonne-journee',
    part: 'closing',
    forms: ['tres bonne journee', 'tres belle journee', 'excellente journee', 'bonne fin de journee', 'belle fin de journee', 'bonne journee', 'belle journee', 'bonne soiree', 'belle soiree', 'bonne fin de semaine', 'bonne semaine', 'belle semaine', 'bon week-end', 'bon weekend', 'bon apres-midi', 'bonne apres-midi', "bonne fin d'apres-midi", 'bonne continuation', 'belle continuation', 'excellente continuation', 'bonne route', 'bon vent', 'bon courage', 'bonne saison', 'belle saison', 'bonne rentree', 'belle rentree', "bonne fin d'annee", 'bonnes fetes', 'joyeuses fetes', 'bonne annee', 'bon dimanche', 'bonne fin de week-end', 'je vous souhaite', 'je te souhaite', 'nous vous souhaitons'],
    note: 'Souhait de fin, chaleureux, comme dans les exemples du guide.',
  },
  {
    id: 'merci-seul',
    part: 'closing',
    forms: ['merci et bonne journee', 'merci et a bientot', 'merci encore', 'encore merci', 'merci beaucoup', "merci d'avance", 'merci par avance', 'mille mercis', 'merci a vous', 'merci a toi', 'merci pour tout', 'merci pour votre temps', 'merci de votre temps', 'avec tous mes remerciements', 'avec mes sinceres remerciements', 'avec mes remerciements', 'en vous remerciant par avance', "en vous remerciant d'avance", 'en vous remerciant', 'en te remerciant', 'je vous remercie par avance', 'merci'],
    note: 'Un remerciement seul sur sa ligne, juste avant le nom, sert de formule de fin ; « Merci pour votre retour » en tête de message n’en est pas une.',
  },
  {
    id: 'a-bientot',
    part: 'closing',
    forms: ['a tres bientot', 'a bientot', 'a tres vite', 'a plus tard', 'a plus', 'a+', 'au revoir', 'a la prochaine', 'bien amicalement', 'tres amicalement', 'amicalement', 'amities', 'grosses bises', 'bises', 'bisous'],
    note: 'Fins amicales ou familières.',
  },
  {
    id: 'au-plaisir',
    part: 'closing',
    forms: ['au plaisir de rester en contact', 'au plaisir de vous relire', 'au plaisir de vous lire', 'au plaisir de te lire', "au plaisir d'echanger", 'au plaisir de vous revoir', 'au plaisir de collaborer', 'au plaisir de travailler ensemble', 'au plaisir', 'dans l\'attente de votre retour', 'dans l\'attente de votre reponse', "dans l'attente de vous lire", "dans l'attente de vous rencontrer"],
    note: 'Garde la porte ouverte ; seule sur sa ligne avant le nom, c’est la formule de fin.',
  },
  {
    id: 'en-anglais',
    part: 'closing',
    forms: ['best regards', 'kind regards', 'warm regards', 'warmest regards', 'regards', 'best wishes', 'best', 'cheers', 'many thanks', 'thanks', 'thank you'],
    note: 'Formules anglaises qu’on croise dans les mails professionnels français, seules sur leur ligne.',
  },
  {
    id: 'formule-de-politesse',
    part: 'closing',
    forms: ['je vous prie', 'nous vous prions', 'je te prie', 'vous prie', 'vous prions', 'veuillez', 'veuille', 'recevez', 'agreez', 'acceptez', 'croyez', 'je vous adresse', 'nous vous adressons', 'je vous presente', 'nous vous presentons'],
    with: ['salutations', 'sentiments', 'ma consideration', 'ma haute consideration', 'ma parfaite consideration', 'ma consideration distinguee', 'notre consideration', 'nos salutations', 'hommages', 'mes respects', 'mon respect', 'devouement', "l'expression de", "l'assurance de"],
    note: 'La formule de politesse d’un courrier : une phrase entière (verbe de politesse et « salutations », « sentiments », « considération »…), souvent coupée sur deux lignes. « Je vous prie de m’excuser » ou « Veuillez trouver ci-joint » n’en sont pas.',
  },

  // ---- Signatures: the block after the closing formula.
  {
    id: 'nom',
    part: 'signature',
    note: 'Un nom seul sur sa ligne : prénom, nom (en capitales ou non), initiales.',
  },
  {
    id: 'bloc-signature',
    part: 'signature',
    note: 'Toutes les lignes sous le nom (fonction, société, coordonnées, adresse) appartiennent à la signature : elles ne comptent pas dans la longueur.',
  },
  {
    id: 'separateur',
    part: 'signature',
    note: 'Le séparateur des clients de messagerie : tout ce qui le suit est la signature.',
  },
  {
    id: 'ligne-barres',
    part: 'signature',
    note: 'Une signature sur une ligne, champs séparés par « | », « · » ou « – ».',
  },
  {
    id: 'coordonnees',
    part: 'signature',
    forms: ['tel', 'tel.', 'telephone', 'tel portable', 'portable', 'port', 'mobile', 'mob', 'fax', 'standard', 'ligne directe', 'email', 'e-mail', 'mail', 'courriel', 'site', 'web', 'linkedin', 'adresse'],
    note: 'Coordonnées : téléphone, adresse e-mail, site, profil LinkedIn, avec ou sans étiquette.',
  },

  // ---- After the signature.
  {
    id: 'signature-mobile',
    part: 'trailer',
    forms: ['envoye de mon', 'envoye depuis mon', 'envoye a partir de', 'envoye avec', 'envoye depuis', 'sent from my', 'obtenir outlook', 'telecharger outlook', 'get outlook'],
    note: 'Ajouté par le téléphone : ni message ni signature.',
  },
  {
    id: 'pieces-jointes',
    part: 'trailer',
    forms: ['pj', 'p.j.', 'p.j', 'p. j.', 'piece jointe', 'pieces jointes', 'piece-jointe', 'pieces-jointes', 'annexe', 'annexes', 'en annexe'],
    note: 'La liste des pièces jointes, en tête (sous l’objet) ou sous la signature.',
  },
  {
    id: 'post-scriptum',
    part: 'trailer',
    forms: ['p.-s.', 'p.-s', 'p.s.', 'p.s', 'ps', 'p-s', 'copie :', 'copie:', 'copies :', 'copie a :', 'copie pour information :', 'cc :', 'cc:', 'cci :'],
    note: 'Un post-scriptum suit la signature ; il ne fait pas partie du corps compté. Une ligne « Copie : … » ou « Cc : … » sous la signature se lit de même (à qui la lettre est montrée).',
  },
  {
    id: 'confidentialite',
    part: 'trailer',
    forms: ['confidentiel', 'confidentiels', 'confidentielle', 'confidentielles', 'par erreur', 'avant d\'imprimer', "pensez a l'environnement", 'destinataire exclusif', 'destinataires exclusifs'],
    note: 'Mentions ajoutées sous la signature par l’entreprise.',
  },

  // ---- Head of the message: subject, references, mail headers.
  {
    id: 'objet',
    part: 'subject',
    forms: ["objet de l'e-mail", "objet de l'email", "objet de l'e mail", 'objet du mail', 'objet du courriel', 'objet du message', 'objet', 'obj', 'sujet', 'concerne', 're', 'tr', 'fwd', 'fw'],
    note: 'La ligne d’objet, en tête du mail ou sous les références d’un courrier ; « Re : » et « TR : » font partie de sa valeur, ou en tiennent lieu au début d’un mail collé.',
  },
  {
    id: 'v-ref',
    part: 'reference',
    forms: ['v/reference', 'n/reference', 'v/references', 'n/references', 'v/ref', 'n/ref', 'v/refs', 'n/refs', 'v/r', 'n/r', 'v/lettre', 'n/lettre', 'v/courrier', 'n/courrier', 'v/dossier', 'n/dossier', 'v/commande', 'n/commande'],
    note: 'Références abrégées du destinataire (V/) et de l’expéditeur (N/), avec ou sans deux-points.',
  },
  {
    id: 'reference',
    part: 'reference',
    forms: ['votre reference', 'notre reference', 'vos references', 'nos references', 'votre ref', 'notre ref', 'vos ref', 'nos ref', 'references', 'reference', 'refs', 'ref', 'dossier suivi par', 'affaire suivie par', 'dossier', 'n° de dossier', 'numero de dossier', 'affaire', 'n° d\'offre', 'offre n°', 'candidature n°', 'code'],
    note: 'Une étiquette de référence suivie de deux-points (« Réf. » abrégé peut s’en passer).',
  },
  {
    id: 'votre-lettre-du',
    part: 'reference',
    forms: ['votre lettre du', 'votre courrier du', 'votre message du', 'votre mail du', 'votre e-mail du', 'votre courriel du', 'votre demande du', 'votre offre du'],
    note: 'La lettre à laquelle on répond, seule sur sa ligne ; suivie d’un verbe, c’est une phrase.',
  },
  {
    id: 'mention-d-envoi',
    part: 'reference',
    forms: ['lettre recommandee avec accuse de reception', 'lettre recommandee avec avis de reception', 'lettre recommandee avec ar', 'lettre recommandee', 'recommande avec accuse de reception', 'recommande avec ar', 'envoi recommande', 'lrar', 'par lettre recommandee', 'copie a', 'copie'],
    note: 'Mentions d’envoi en tête d’un courrier.',
  },
  {
    id: 'entete-de-mail',
    part: 'mail-header',
    forms: ['de', 'a', 'cc', 'cci', 'bcc', 'date', 'envoye le', 'envoye', 'expediteur', 'destinataires', 'destinataire', 'pour', 'from', 'to', 'sent'],
    note: 'Les en-têtes recopiés d’un client de messagerie, avant la salutation.',
  },

  // ---- Address blocks and place-date line of a postal letter.
  {
    id: 'bloc-expediteur',
    part: 'address',
    note: 'En haut à gauche d’un courrier ; hors du message.',
  },
  {
    id: 'bloc-destinataire',
    part: 'address',
    note: 'Sous l’expéditeur ou à droite ; « Madame la Directrice » sans virgule y est une ligne d’adresse.',
  },
  {
    id: 'a-l-attention-de',
    part: 'address',
    forms: ["a l'attention de", "a l'att. de", "a l'att de", "a l'intention de", 'aux bons soins de', 'attn', 'c/o'],
    note: 'Ligne du bloc destinataire, pas une salutation.',
  },
  {
    id: 'adresse-postale',
    part: 'address',
    forms: ['rue', 'avenue', 'av', 'bd', 'boulevard', 'place', 'pl', 'chemin', 'allee', 'impasse', 'quai', 'cours', 'route', 'rte', 'voie', 'square', 'passage', 'cite', 'residence', 'lotissement', 'hameau', 'lieu-dit', 'za', 'zi', 'zac', 'parc', 'faubourg', 'fg', 'promenade', 'esplanade', 'rond-point', 'sentier', 'mail', 'bp', 'cs', 'tsa', 'cedex'],
    note: 'Numéro et voie, code postal et ville (souvent en capitales), boîte postale : les repères d’un bloc d’adresse.',
  },
  {
    id: 'en-tete-societe',
    part: 'address',
    forms: ['siret', 'siren', 'rcs', 'tva', 'n° tva', 'ape', 'naf', 'capital', 'sarl', 'sas', 'sasu', 'eurl', 'sci', 'scop', 'sa', 'association loi 1901'],
    note: 'Mentions légales d’un papier à en-tête : hors du message, et leurs capitales ne crient pas.',
  },
  {
    id: 'lieu-date',
    part: 'place-date',
    forms: ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'janv', 'fevr', 'fev', 'avr', 'juil', 'sept', 'oct', 'nov', 'dec'],
    note: 'Lieu et date seuls sur leur ligne ; suivis d’un verbe, c’est une phrase.',
  },
  {
    id: 'date-seule',
    part: 'place-date',
    forms: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    note: 'La date sans le lieu, seule sur sa ligne.',
  },

  // ---- The message being answered, pasted below the reply.
  {
    id: 'message-d-origine',
    part: 'quoted',
    forms: ['a ecrit', 'ont ecrit', 'wrote', "message d'origine", 'message original', 'original message', 'message transfere', 'forwarded message'],
    note: 'Ce qui suit est le message d’origine recopié par le client de messagerie : ni compté ni relu, comme une citation « > ».',
  },

  // ---- Template leftovers (champ-a-remplir).
  {
    id: 'crochets',
    part: 'placeholder',
    note: 'Les champs des modèles du guide et de Boomerang.',
  },
  {
    id: 'accolades',
    part: 'placeholder',
    note: 'Variables de publipostage.',
  },
  {
    id: 'chevrons',
    part: 'placeholder',
    note: 'Un champ nommé entre chevrons ou guillemets collés.',
  },
  {
    id: 'parentheses-consigne',
    part: 'placeholder',
    forms: ['a completer', 'a remplir', 'a preciser', 'a adapter', 'a personnaliser', 'a modifier', 'a definir', 'a choisir', 'preciser', 'indiquer', 'completer', 'remplir', 'adapter', 'personnaliser', 'inserer', 'ajouter', 'mettre', 'choisir', 'citer', 'rayer', 'modifier', 'remplacer', 'ecrire', 'nommer', 'renseigner'],
    note: 'Une consigne du modèle entre parenthèses.',
  },
  {
    id: 'parentheses-champ',
    part: 'placeholder',
    forms: ['nom', 'prenom', 'prenom nom', 'nom prenom', 'nom et prenom', 'prenom et nom', 'date', 'jour', 'heure', 'lieu', 'ville', 'poste', 'intitule', 'intitule du poste', 'titre du poste', 'entreprise', 'societe', 'structure', 'organisme', 'etablissement', 'destinataire', 'recruteur', 'recruteuse', 'interlocuteur', 'interlocutrice', 'numero', 'n°', 'adresse', 'telephone', 'montant', 'fonction', 'competence', 'civilite', 'signature', 'votre nom', 'votre prenom', 'vos coordonnees', 'ton prenom', 'ton nom'],
    note: 'Le nom d’un champ seul entre parenthèses (ou suivi de « du/de la … »).',
  },
  {
    id: 'x-comme-nom',
    part: 'placeholder',
    forms: ['untel', 'unetelle', 'untelle'],
    note: 'Une lettre seule (X, Y, Z) ou « Untel » à la place du nom, après une civilité ou un « Bonjour ».',
  },
  {
    id: 'xxx',
    part: 'placeholder',
    note: 'Trois X ou plus : un blanc à remplir.',
  },
  {
    id: 'blanc-souligne',
    part: 'placeholder',
    note: 'Trois soulignés ou plus entre deux espaces ; pas dans un nom de fichier, ni seuls sur leur ligne (séparateur).',
  },
  {
    id: 'pointilles',
    part: 'placeholder',
    note: 'Des pointillés à remplir ; des points de suspension collés à un mot sont de la ponctuation.',
  },
  {
    id: 'masque-de-date',
    part: 'placeholder',
    note: 'Le format d’une date ou d’une heure au lieu de sa valeur.',
  },
  {
    id: 'a-completer',
    part: 'placeholder',
    forms: ['todo', 'tbd', 'a completer', 'a remplir', 'a preciser'],
    note: 'Une note de travail laissée dans le texte.',
  },
  {
    id: 'civilite-a-choisir',
    part: 'placeholder',
    note: 'Deux civilités séparées par « / » : le modèle laissait choisir.',
  },
  {
    id: 'genre-a-choisir',
    part: 'placeholder',
    forms: ['e', 'es', 'se', 'euse', 'rice', 'trice', 'ne', 'le', 'te', 'ere', 've', 'fe', 'ice'],
    note: 'Un « (e) » sur un mot qui parle de l’auteur (après « je », « me », « moi », dans la signature) ou dans la salutation : le modèle laissait choisir. Voir docs/regles.md, « (e) et écriture inclusive ».',
  },

  // ---- What is not a leftover.
  {
    id: 'ecriture-inclusive',
    part: 'not-placeholder',
    note: 'L’écriture inclusive sur un nom de groupe ou sur une tierce personne est un choix de l’auteur.',
  },
  {
    id: 'case-a-cocher',
    part: 'not-placeholder',
    note: 'Une case à cocher Markdown n’est pas un champ.',
  },
  {
    id: 'parenthese-ordinaire',
    part: 'not-placeholder',
    note: 'Une parenthèse ordinaire : précision, sigle, référence.',
  },
  {
    id: 'crochets-de-citation',
    part: 'not-placeholder',
    note: 'Coupure ou remarque dans une citation, renvoi, lien Markdown.',
  },
  {
    id: 'vraie-valeur',
    part: 'not-placeholder',
    note: 'Une valeur réelle : un numéro, un X qui est un nom d’axe, des points de suspension collés au mot.',
  },
  {
    id: 'symboles-de-signature',
    part: 'not-placeholder',
    note: 'Paire de langues, nom de fichier, séparateur de signature.',
  },

  // ---- Capitals that are conventions, not shouting (the `cris` rule reads the message only).
  {
    id: 'majuscules-en-tete',
    part: 'not-shouting',
    note: 'En-tête, objet, références et adresses sont hors du message : leurs capitales ne sont pas lues.',
  },
  {
    id: 'majuscules-nom',
    part: 'not-shouting',
    note: 'Le nom de famille en capitales est l’usage des courriers et des signatures.',
  },
  {
    id: 'sigles',
    part: 'not-shouting',
    note: 'Les sigles dans une phrase ne sont pas des cris.',
  },
];

const byId = new Map(CONVENTIONS.map((c) => [c.id, c]));

/** The folded forms of an entry (empty when it has none). */
export function formsOf(id: string): readonly string[] {
  return byId.get(id)?.forms ?? [];
}

/** The `with` words of an entry (empty when it has none). */
export function withOf(id: string): readonly string[] {
  return byId.get(id)?.with ?? [];
}
