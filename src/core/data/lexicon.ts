// The lexicon the wording rules compose: who is who in a reply (the writer,
// the reader, the deciders, the decision, the chosen candidate) and the word
// classes the rules combine with them (negative and positive evaluations,
// insults, threats, effort counted back…). Each class is a list of forms in
// the notation of prose/patterns.ts (inflections as `[e][s]` and `{x|se}`), with
// a note saying what it is for. A rule entry names a class as `@name`.

export interface WordClass {
  name: string;
  note: string;
  forms: readonly string[];
}

const DET = '{le|la|les|l\'|votre|vos|ton|ta|tes|ce|cet|cette|ces|leur|leurs|son|sa|ses|un|une|des|du|de|d\'}';

export const CLASSES: readonly WordClass[] = [
  // Who is who.
  {
    name: 'reader',
    note: 'The person the reply is addressed to, as a pronoun or possessive (vous, tu).',
    forms: ['vous', 'votre', 'vos', 'tu', 'toi', 'te', 'ton', 'ta', 'tes'],
  },
  {
    name: 'writer',
    note: 'The writer and their side (je, nous for a company replying).',
    forms: ['je', 'me', 'moi', 'mon', 'ma', 'mes', 'nous', 'notre', 'nos'],
  },
  {
    name: 'decider_noun',
    note: 'Nouns of the people or bodies that decided: the jury, the recruiter, the client, the firm.',
    forms: [
      'jury[s]', 'comite[s]', 'commission[s]', 'recruteur[s]', 'recruteuse[s]', 'rh', 'drh', 'service[s] rh', 'ressources humaines', 'equipe[s]', 'entreprise[s]', 'societe[s]', 'cabinet[s]', 'direction[s]', 'directeur[s]', 'directrice[s]', 'manager[s]', 'responsable[s]', 'acheteur[s]', 'acheteuse[s]', 'client[e][s]', "maitre[s] d'ouvrage", 'pouvoir adjudicateur', 'collectivite[s]', 'mairie[s]', 'conseil[s]', 'association[s]', 'bureau[x]', 'fondation[s]', 'laboratoire[s]', 'labo[s]', 'ecole[s]', 'universite[s]', 'structure[s]', 'agence[s]', 'employeur[s]', 'dirigeant[e][s]', 'patron[ne][s]', 'interlocut{eur|eurs|rice|rices}', 'examinat{eur|eurs|rice|rices}', 'evaluat{eur|eurs|rice|rices}', 'rapporteur[s]', 'selectionneur[s]', 'organisme[s]', 'institution[s]', 'boite[s]', 'studio[s]', 'club[s]', 'service[s]', 'gens', 'recrutement', 'groupe', 'maison', 'etablissement[s]', 'instance[s]', 'experts', 'membres', 'decideurs',
    ],
  },
  {
    name: 'decider',
    note: 'A decider as a noun phrase (« votre équipe », « le jury ») or as « vous ».',
    forms: [`${DET} @decider_noun`, 'vous', 'tu', "l'@decider_noun", 'on'],
  },
  {
    name: 'decision_noun',
    note: 'Nouns of the decision and of how it was made: the choice, the ranking, the grid, the process, the answer.',
    forms: [
      'decision[s]', 'choix', 'classement[s]', 'note[s]', 'notation[s]', 'processus', 'procedure[s]', 'process', 'critere[s]', 'grille[s]', 'evaluation[s]', 'refus', 'selection[s]', 'methode[s]', 'arbitrage[s]', 'analyse[s]', 'jugement[s]', 'recrutement[s]', 'attribution[s]', 'resultat[s]', 'verdict[s]', 'appreciation[s]', 'raisonnement[s]', 'lecture[s]', 'conclusion[s]', 'motif[s]', 'motivation[s]', 'justification[s]', 'reponse[s]', 'retour[s]', 'entretien[s]', 'consultation[s]', "appel[s] d'offres", 'mise en concurrence', 'comparaison[s]', 'examen[s]', 'bareme[s]', 'ponderation[s]', 'tri', 'audition[s]', 'sentence', 'position[s]', 'politique', 'facon de faire', 'manieres', 'pratique[s]', 'gestion', 'organisation', 'courrier', 'mail', 'message', 'lettre', 'explication[s]', 'argument[s]', 'avis', 'feedback', 'copie',
    ],
  },
  {
    name: 'decision',
    note: 'The decision as a noun phrase (« votre décision », « ce classement », « la grille »).',
    forms: [`${DET} @decision_noun`, `${DET} {premier|premiere|dernier|derniere|nouveau|nouvelle|seul|seule} @decision_noun`],
  },
  {
    name: 'target',
    note: 'What a judgement in a reply would be about: the reader, the deciders or the decision.',
    forms: ['@decider', '@decision', '@reader'],
  },
  {
    name: 'chosen',
    note: 'The candidate, firm or offer that was chosen instead of the writer (praising it is sincere, comparing with it is pleading).',
    forms: [
      `${DET} {candidat|candidate|personne|profil|prestataire|entreprise|cabinet|agence|offre|societe|equipe|agence|concurrent|concurrente|freelance|consultant|consultante|fournisseur|collegue|recrue} {retenu|retenue|retenus|retenues|choisi|choisie|choisis|choisies|selectionne|selectionnee|selectionnes|laureat|laureate|gagnant|gagnante}`,
      `${DET} {laureat|laureate|laureats|laureates|attributaire|attributaires|gagnant|gagnante|heureux elu|heureuse elue|elu|elue|concurrent|concurrente|concurrents|titulaire}`,
      `${DET} {nouveau|nouvelle} {prestataire|recrue|collaborateur|collaboratrice|fournisseur|agence|cabinet|graphiste|developpeur|developpeuse}`,
      `${DET} autre{|s} {candidat|candidate|candidats|candidates|profil|profils|prestataire|prestataires|offre|offres|entreprise|entreprises|agence|agences|dossier|dossiers|personne}`,
    ],
  },
  {
    name: 'writer_thing',
    note: 'What the writer submitted or is: their offer, file, profile, background, work (a value claim about it pleads their case).',
    forms: [
      `{mon|ma|mes|notre|nos} {offre|offres|proposition|propositions|devis|dossier|dossiers|candidature|profil|parcours|experience|experiences|cv|competences|competence|travail|projet|projets|reponse|memoire|solution|solutions|prestation|prestations|expertise|references|realisations|portfolio|niveau|qualifications|diplomes|savoir-faire|methode|approche|prix|tarif|tarifs|equipe|mission|missions|these|article|manuscrit|creation|creations|maquette|maquettes|chiffrage|candidature|lettre|motivation|presentation|production|productions|oeuvre|travaux|resultats|bilan|annees}`,
    ],
  },
  // Evaluations.
  {
    name: 'contempt',
    note: 'Contempt or moral condemnation of the decision, the process or the people (a tone fault).',
    forms: [
      'aberrant[e][s]', 'absurde[s]', 'ridicule[s]', 'grotesque[s]', 'lamentable[s]', 'pitoyable[s]', 'pathetique[s]', 'minable[s]', 'honteu{x|se|ses}', 'scandaleu{x|se|ses}', 'inadmissible[s]', 'inacceptable[s]', 'indigne[s]', 'inqualifiable[s]', 'insultant[e][s]', 'humiliant[e][s]', 'meprisant[e][s]', 'condescendant[e][s]', 'irrespectueu{x|se|ses}', 'bacle[e][s]', 'expediti{f|ve|fs|ves}', 'deplorable[s]', 'navrant[e][s]', 'affligeant[e][s]', 'consternant[e][s]', 'mediocre[s]', 'nul[le][s]', 'stupide[s]', 'idiot[e][s]', 'debile[s]', 'insense[e][s]', 'delirant[e][s]', 'hallucinant[e][s]', 'surrealiste[s]', 'ubuesque[s]', 'kafkaien[ne][s]', 'risible[s]', 'truque[e][s]', 'bidon', 'malhonnete[s]', 'hypocrite[s]', 'incompetent[e][s]', 'irresponsable[s]', 'grossier[s]', 'grossiere[s]', 'impoli[e][s]', 'malpoli[e][s]', 'odieu{x|se|ses}', 'detestable[s]', 'execrable[s]', 'catastrophique[s]', 'desastreu{x|se|ses}', 'lache[s]', 'sournois[e][s]', 'cynique[s]', 'arrogant[e][s]', 'hautain[e][s]', 'pretentieu{x|se|ses}', 'amateur[s]', 'amateuriste[s]', 'approximati{f|ve|fs|ves}', 'indecent[e][s]', 'mesquin[e][s]', 'vexatoire[s]', 'degradant[e][s]', 'choquant[e][s]', 'revoltant[e][s]', 'ecoeurant[e][s]', 'nauseabond[e][s]', 'pourri[e][s]', 'foireu{x|se|ses}', 'merdique[s]', 'archaique[s]', 'depasse[e][s]', 'ringard[e][s]', 'stupidite', 'betise', 'honte', 'mascarade', 'farce', 'simulacre', 'parodie', 'comedie', 'cirque', 'loterie', 'tirage au sort', 'pile ou face', 'arnaque', 'escroquerie', 'foutage de gueule', 'amateurisme', 'incompetence', 'hypocrisie', 'mepris', 'desinvolture', 'legerete', 'negligence', 'mauvaise foi', 'manque de respect', 'manque de serieux', 'manque de professionnalisme', 'manque de consideration', 'manque de courtoisie', 'manque de courage', 'manque de transparence', 'manque d\'elegance', 'irrespect', 'imposture',
    ],
  },
  {
    name: 'wrong',
    note: 'The decision judged wrong, unfair or unfounded (contesting an opinion).',
    forms: [
      'injuste[s]', 'injustifie[e][s]', 'infonde[e][s]', 'arbitraire[s]', 'inexplicable[s]', 'incomprehensible[s]', 'incoherent[e][s]', 'illogique[s]', 'discutable[s]', 'contestable[s]', 'errone[e][s]', 'inexact[e][s]', 'partial[e]', 'partiaux', 'partiales', 'biaise[e][s]', 'subjecti{f|ve|fs|ves}', 'hati{f|ve|fs|ves}', 'precipite[e][s]', 'superficiel[le][s]', 'sommaire[s]', 'opaque[s]', 'flou[e][s]', 'obscur[e][s]', 'injustice', 'erreur', 'erreurs', 'tort', 'meprise', 'aberration', 'contresens', 'incoherence[s]', 'iniquite', 'inequitable[s]', 'deloyal[e][s]', 'deloyaux', 'fausse[s]', 'faux', 'mal fonde[e][s]', 'mal place[e][s]', 'mal avise[e][s]', 'regrettable[s]', 'dommageable[s]', 'erreur de jugement', 'erreur de casting', 'mauvais choix', 'mauvaise decision', 'mauvaise lecture', 'mauvaise appreciation', 'court[e][s]', 'reducteur', 'reductrice', 'reducteurs', 'simpliste[s]',
    ],
  },
  {
    name: 'positive',
    note: 'Positive evaluations: denied (« pas sérieux », « peu professionnel ») they judge; over-stressed or followed by « … » they mock.',
    forms: [
      'serieu{x|se|ses}', 'professionnel[le][s]', 'juste[s]', 'logique[s]', 'coherent[e][s]', 'objecti{f|ve|fs|ves}', 'equitable[s]', 'fonde[e][s]', 'justifie[e][s]', 'transparent[e][s]', 'honnete[s]', 'respectueu{x|se|ses}', 'correct[e][s]', 'fair-play', 'elegant[e][s]', 'classe', 'rigoureu{x|se|ses}', 'pertinent[e][s]', 'clair[e][s]', 'comprehensible[s]', 'raisonnable[s]', 'normal[e]', 'normaux', 'acceptable[s]', 'loyal[e][s]', 'loyaux', 'impartial[e][s]', 'sense[e][s]', 'serieux', 'reglo', 'sympa', 'cool', 'courtois[e][s]', 'poli[e][s]', 'delicat[e][s]', 'attentionne[e][s]', 'humain[e][s]', 'bienveillant[e][s]',
    ],
  },
  {
    name: 'praise',
    note: 'Praise words that sarcasm reuses (« quel professionnalisme », « c’est très touchant… »).',
    forms: [
      'touchant[e][s]', 'gentil[le][s]', 'aimable[s]', 'sympathique[s]', 'charmant[e][s]', 'adorable[s]', 'delicat[e][s]', 'attentionne[e][s]', 'chaleureu{x|se|ses}', 'personnalise[e][s]', 'original[e][s]', 'rapide[s]', 'efficace[s]', 'detaille[e][s]', 'complet', 'complete[s]', 'precis[e][s]', 'constructi{f|ve|fs|ves}', 'exhausti{f|ve|fs|ves}', 'instructi{f|ve|fs|ves}', 'eclairant[e][s]', 'genial[e][s]', 'geniaux', 'formidable[s]', 'magnifique[s]', 'superbe[s]', 'parfait[e][s]', 'brillant[e][s]', 'remarquable[s]', 'exemplaire[s]', 'impressionnant[e][s]', 'admirable[s]', 'audacieu{x|se|ses}', 'visionnaire[s]', 'inspire[e][s]', 'avise[e][s]', 'judicieu{x|se|ses}', 'flatteu{x|se|ses}', 'emouvant[e][s]', 'passionnant[e][s]', 'interessant[e][s]', 'edifiant[e][s]', 'elegant[e][s]', 'professionnel[le][s]', 'genereu{x|se|ses}', 'reactif', 'reactive', 'attentif', 'attentive', 'soigne[e][s]', 'poli[e][s]', 'courtois[e][s]', 'respectueu{x|se|ses}', 'transparent[e][s]', 'clair[e][s]', 'limpide[s]', 'convaincant[e][s]', 'classe', 'top', 'super', 'extra',
      'professionnalisme', 'elegance', 'delicatesse', 'reactivite', 'transparence', 'courtoisie', 'politesse', 'consideration', 'clairvoyance', 'flair', 'discernement', 'sens', 'efficacite', 'rapidite', 'ecoute', 'bienveillance', 'gentillesse', 'generosite', 'precision', 'clarte', 'rigueur', 'audace', 'originalite', 'attention',
    ],
  },
  {
    name: 'intensifier',
    note: 'Intensifiers that, before praise, turn it into sarcasm in a reply to a refusal (« ce retour si détaillé »).',
    forms: ['si', 'tellement', 'aussi', 'o combien', 'vraiment tres', 'tout a fait', 'extremement', 'particulierement', 'incroyablement', 'terriblement', 'formidablement', 'remarquablement', 'merveilleusement', 'absolument'],
  },
  // Insults.
  {
    name: 'person_insult',
    note: 'Nouns and adjectives that insult a person (said of the reader or the deciders, or anywhere as a noun).',
    forms: [
      'stupide[s]', 'idiot[e][s]', 'imbecile[s]', 'cretin[e][s]', 'abruti[e][s]', 'debile[s]', 'hypocrite[s]', 'menteur[s]', 'menteuse[s]', 'incompetent[e][s]', 'amateur[s]', 'guignol[s]', 'clown[s]', 'bouffon[s]', 'charlatan[s]', 'escroc[s]', 'voleur[s]', 'voleuse[s]', 'rigolo[s]', 'pignouf[s]', 'mufle[s]', 'goujat[s]', 'rustre[s]', 'malotru[e][s]', 'ignare[s]', 'ignorant[e][s]', 'borne[e][s]', 'demeure[e][s]', 'attarde[e][s]', 'nul[le][s]', 'nullard[e][s]', 'bon[s] a rien', 'bonne[s] a rien', 'incapable[s]', 'minable[s]', 'pauvre[s] type[s]', 'pauvre[s] con[s]', 'tocard[e][s]', 'naze[s]', 'nase[s]', 'blaireau[x]', 'baltringue[s]', 'branquignol[s]', 'pieds nickeles', 'zozo[s]', 'andouille[s]', 'cornichon[s]', 'truffe[s]', 'boulet[s]', 'lache[s]', 'fumiste[s]', 'profiteur[s]', 'profiteuse[s]', 'exploiteur[s]', 'escroc[s]', 'arnaqueur[s]', 'arnaqueuse[s]', 'manipulat{eur|eurs|rice|rices}', 'pervers', 'sadique[s]', 'tyran[s]', 'dictateur[s]', 'despote[s]', 'clowns', 'amateurs', 'branleur[s]', 'glandeur[s]', 'jean-foutre', 'dilettante[s]', 'imposteur[s]', 'girouette[s]', 'faux-cul[s]', 'faux cul[s]', 'traitre[s]', 'traitresse[s]', 'sot[te][s]', 'niais[e][s]', 'benet[s]', 'cancre[s]', 'ringard[e][s]', 'has been', 'pantin[s]', 'marionnette[s]', 'larbin[s]', 'sous-fifre[s]',
    ],
  },
  {
    name: 'animal',
    note: 'Animal names used as insults; ordinary words otherwise, so they count only when aimed at the reader (« vous êtes des ânes », « bande de moutons »).',
    forms: ['ane[s]', 'bourrique[s]', 'mouton[s]', 'pingouin[s]', 'dindon[s]', 'dinde[s]', 'buse[s]', 'veau[x]', 'singe[s]', 'chien[s]', 'chienne[s]', 'porc[s]', 'cochon[s]', 'truie[s]', 'rat[s]', 'vautour[s]', 'requin[s]', 'dinosaure[s]', 'serpent[s]', 'vipere[s]', 'charognard[s]', 'hyene[s]', 'chacal', 'chacals', 'rapace[s]', 'sangsue[s]', 'larve[s]', 'cafard[s]', 'vermine', 'poule[s] mouillee[s]', 'moule[s]', 'huitre[s]', 'limace[s]', 'pou', 'poux', 'oie[s]', 'chameau[x]', 'mule[s]', 'ours mal leche[s]'],
  },
  {
    name: 'person_insult_or_animal',
    note: 'Insulting nouns and animal names together, for the constructions that aim them at someone.',
    forms: ['@person_insult', '@animal', '@profanity'],
  },
  // Threats.
  {
    name: 'audience',
    note: 'Where a threat sends the story: review sites, networks, the press, the reader’s management, lawyers.',
    forms: [
      'glassdoor', 'indeed', 'google', 'trustpilot', 'linkedin', 'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'welcome to the jungle', 'avis verifies', 'pages jaunes', 'les reseaux[ sociaux]', 'reseaux sociaux', 'internet', 'le web', 'la presse', 'les journaux', 'les medias', 'un journaliste', 'des journalistes', 'mon reseau', 'mes reseaux', 'mes contacts', 'mes relations', 'mon entourage', 'autour de moi', 'tout le monde', 'toute la profession', 'la profession', 'le secteur', 'le milieu', "l'ensemble du secteur", 'les autres candidats', 'les prochains candidats', 'les futurs candidats', 'les autres {associations|entreprises|agences|prestataires|artisans|candidats|freelances|independants|clients|parents|collegues|structures}', 'mes {collegues|confreres|consoeurs|pairs|amis|anciens collegues}', 'vos {clients|salaries|collaborateurs|partenaires|financeurs|concurrents|candidats}', '{votre|ta|la} {hierarchie|direction|direction generale}', '{votre|ton|ta|le|la} {superieur|superieure|n+1|patron|patronne|pdg|dg|president|presidente|directeur|directrice|directeur general|directrice generale|manager|responsable|drh|conseil d\'administration|maire|elu|elus|tutelle|actionnaires}', "{l'|un|mon|mes|des} avocat[s]", 'la justice', 'le tribunal', 'les tribunaux', "les prud'hommes", "l'inspection du travail", 'le defenseur des droits', 'la cnil', 'la dgccrf', 'le mediateur', 'la prefecture', 'le prefet', 'le ministere', 'les syndicats', 'un syndicat', 'ma banque', 'votre fiche', 'votre page', 'vos avis', 'un avis', 'un commentaire', 'un temoignage', 'un post', 'un article', 'un billet',
    ],
  },
  {
    name: 'spread',
    note: 'Verbs that tell others what happened (at any tense the threat constructions combine).',
    forms: [
      '{raconter|raconterai|raconterons|racontera|raconte|racontais}', '{parler|parlerai|parlerons|parlera}', '{partager|partagerai|partagerons}', '{dire|dirai|dirons}', '{expliquer|expliquerai|expliquerons}', '{decrire|decrirai|decrirons}', '{faire savoir|ferai savoir|ferons savoir|faire connaitre|ferai connaitre|ferons connaitre}', '{signaler|signalerai|signalerons}', '{publier|publierai|publierons}', '{poster|posterai|posterons}', '{ecrire|ecrirai|ecrirons}', '{laisser|laisserai|laisserons}', '{rediger|redigerai|redigerons}', '{mettre|mettrai|mettrons} en ligne', '{rapporter|rapporterai|rapporterons}', '{relater|relaterai}', '{temoigner|temoignerai|temoignerons}', '{prevenir|previendrai|previendrons}', '{informer|informerai|informerons}', '{alerter|alerterai|alerterons}', '{avertir|avertirai|avertirons}', '{denoncer|denoncerai|denoncerons}', '{exposer|exposerai|exposerons}', '{balancer|balancerai}', '{afficher|afficherai}', '{transmettre|transmettrai|transmettrons}', '{faire remonter|ferai remonter|ferons remonter}', '{noter|noterai|noterons}', '{evaluer|evaluerai}', '{contacter|contacterai|contacterons}', '{saisir|saisirai|saisirons}', '{ecrire|ecrirai} a', 'entendre', 'savoir', 'apprendre', 'connaitre', '{en|le} {parler|dire|raconter}', 'faire de la publicite', 'faire de la pub', '{mentionner|mentionnerai}', '{evoquer|evoquerai}', '{consulter|consulterai}', '{mandater|mandaterai}',
    ],
  },
  {
    name: 'intent',
    note: 'The writer announcing what they will do: future, « je vais », « je compte », « je ne manquerai pas de ».',
    forms: [
      '{je|j\'|nous} {vais|allons|irai|compte|comptons|veux|voulons|souhaite|souhaitons|envisage|envisageons|pense|pensons|vais devoir|allons devoir|serai oblige de|serai obligee de|serai contraint de|serai contrainte de|me reserve le droit de|nous reservons le droit de|prendrai le temps de|prendrons le temps de|prendrai soin de|prendrons soin de|me ferai un plaisir de|nous ferons un plaisir de|me chargerai de|ne manquerai pas de|ne manquerons pas de|n\'hesiterai pas a|n\'hesiterons pas a|pourrais|pourrions|pourrai|pourrons|devrai|devrons|tiens a|tenons a}',
      '{je|j\'|nous} {ne vais pas me priver de|ne me priverai pas de|ne nous priverons pas de}',
      '{je|j\'|nous} {raconterai|raconterons|parlerai|parlerons|partagerai|partagerons|dirai|dirons|expliquerai|expliquerons|decrirai|decrirons|ferai|ferons|signalerai|signalerons|publierai|publierons|posterai|posterons|ecrirai|ecrirons|laisserai|laisserons|redigerai|redigerons|mettrai|mettrons|rapporterai|rapporterons|temoignerai|temoignerons|previendrai|previendrons|informerai|informerons|alerterai|alerterons|avertirai|avertirons|denoncerai|denoncerons|exposerai|exposerons|transmettrai|transmettrons|noterai|noterons|contacterai|contacterons|saisirai|saisirons|consulterai|consulterons|mandaterai|mandaterons}',
      '{je|j\'|nous} {en |le |leur |lui |vous |}{raconterai|raconterons|parlerai|parlerons|dirai|dirons|ferai|ferons|informerai|informerons}',
    ],
  },
  {
    name: 'how_treated',
    note: 'The way the reader treats people, named as the story to tell (« comment vous traitez les candidats »).',
    forms: [
      '{comment|la facon dont|la maniere dont|de quelle facon|de quelle maniere} {vous|tu|votre entreprise|votre equipe|votre cabinet|votre service|votre agence|on|ils|elle|il} {traitez|traites|traite|traitent|avez traite|as traite|a traite|ont traite|traitiez|traitait|recrutez|recrute|recrutent|choisissez|choisit|selectionnez|selectionne|consultez|consulte|gerez|gere|avez gere|a gere|repondez|repond|menez|mene|conduisez|conduit}',
      '{comment|la facon dont|la maniere dont} {s\'est deroule|s\'est passe|se deroule|se passe|s\'est deroulee|a ete mene|a ete menee|a ete conduit|a ete conduite|a ete gere|a ete geree|a ete traite|a ete traitee} {ce|cette|le|la|votre|mon|ma} {recrutement|consultation|selection|processus|procedure|appel d\'offres|dossier|candidature|entretien|affaire}',
      'a quoi {s\'attendre|ils doivent s\'attendre|elles doivent s\'attendre}',
      '{ce qui s\'est passe|ce qui se passe} {chez vous|ici|dans votre entreprise}',
    ],
  },
  // Effort counted back, fate.
  {
    name: 'effort',
    note: 'Effort counted in time: « deux week-ends », « mes soirées », « des heures ».',
    forms: [
      '{des|mes|nos|deux|trois|quatre|cinq|six|dix|plusieurs|de nombreuses|de nombreux|tous mes|toutes mes|tout mon|toute ma|des dizaines de|des centaines d\'|2|3|4|5|6|8|10|15|20|30|40|50|100} {week-ends|weekends|soirees|nuits|heures|journees|jours|semaines|mois|samedis|dimanches|vacances|conges|heures sup|heures supplementaires|annees}',
      '{tout|tout le|tout mon|toute la|toute ma} {week-end|temps|soiree|nuit|journee|energie|mois|ete|vacances}',
      "{tout le|tant de|tout ce} {temps|travail|energie|efforts|heures} {que j'ai|que nous avons|passe|consacre|investi|donne|offert|perdu}",
    ],
  },
  {
    name: 'reproach_marker',
    note: 'Words that turn effort or praise into a reproach: « pour rien », « gratuitement », « un cadeau ».',
    forms: ['pour rien', 'gratuitement', 'gratuit', 'gratis', 'benevolement', 'en pure perte', 'pour finalement', 'pour au final', 'et voila', 'tout ca pour', 'sans contrepartie', 'cadeau', 'cadeaux', 'offert[e][s]', 'pour la gloire', 'sans meme', 'meme pas', 'a perte', 'pour des prunes', 'dans le vide', 'pour du beurre', 'considerez', 'considere'],
  },
  // Reconsidering.
  {
    name: 'reconsider',
    note: 'Asking the reader to go back on the decision (re-read, re-examine, reopen, change their mind).',
    forms: [
      '{reconsiderer|reconsideriez|reconsiderez|reexaminer|reexaminiez|reexaminez|reetudier|reetudiez|reevaluer|reevaluez|reevaluiez|rouvrir|rouvriez|rouvrez|repenser|repensiez|reviser|revisiez|revisez|reouvrir}',
      '{revoir|revoyiez|revoyez|revenir sur|reveniez sur|relire|relisiez|relisez} {votre|ta|cette|la|vos|ce|le|mon|ma|mes|notre|nos|leur|y|un}',
      '{second|deuxieme|nouveau|autre|dernier} {regard|examen|tour|coup d\'oeil|avis}',
      '{seconde|deuxieme|nouvelle|derniere|autre} {chance|lecture|evaluation|analyse|etude|audition}',
      'y repenser', 'y reflechir {a nouveau|encore|une seconde fois|davantage|a deux fois}', "changer d'avis", "changiez d'avis", "change d'avis", "changer d'idee", 'revenir en arriere', 'faire marche arriere', "me laisser {une|ma} chance", "me donner {une|ma} chance", "me prouver", "vous prouver", 'vous le prouver', 'vous en convaincre', 'vous convaincre', 'te convaincre', 'relecture', 'reexamen', 'reconsideration', 'revision', "{pas|n'est pas|n'etait pas} definiti{f|ve}", 'encore temps', 'rien n\'est joue', 'je me permets d\'insister', "j'insiste", "permettez-moi d'insister", 'insister',
    ],
  },
  {
    name: 'value_claim',
    note: 'Value claims of absolute fit or superiority (« clairement la plus avantageuse », « colle parfaitement »): an opinion, not a fact.',
    forms: [
      'clairement', 'objectivement', 'largement', 'de loin', 'nettement', 'parfaitement', 'exactement', 'pleinement', 'totalement', 'entierement', 'point par point', 'en tout point[s]', 'a tous les egards', 'a 100 %', 'a cent pour cent', 'indeniablement', 'incontestablement', 'sans conteste', 'sans aucun doute', "a l'evidence", 'evidemment', 'manifestement', 'de toute evidence', 'bien plus', 'beaucoup plus', 'bien meilleur[e][s]', 'le meilleur', 'la meilleure', 'les meilleur[e]s', 'le plus', 'la plus', 'les plus', 'superieur[e][s]', 'ideal[e][s]', 'parfait[e][s]', 'imbattable[s]', 'irreprochable[s]', 'sans equivalent', 'sans egal', 'inegale[e][s]', 'taille[e][s] pour', 'fait[e][s] pour', 'toutes les cases', 'tous les criteres', 'toutes les exigences', 'toutes les competences', 'toutes les qualites', 'plus que suffisant[e][s]', 'largement suffisant[e][s]', 'tout a fait adapte[e][s]', 'le profil ideal', 'la candidate ideale', 'le candidat ideal', 'mieux que', 'plus {qualifie|qualifiee|competent|competente|experimente|experimentee|adapte|adaptee|pertinent|pertinente|solide|complet|complete|avantageux|avantageuse|interessant|interessante} que', 'moins cher{|e} que',
    ],
  },
  {
    name: 'opinion',
    note: 'The writer stating an opinion as certain (« je reste convaincu que », « il est évident que »).',
    forms: [
      '{je|j\'} {pense|estime|considere|trouve|crois|juge|maintiens|affirme|persiste a penser|reste convaincu|reste convaincue|reste persuade|reste persuadee|suis convaincu|suis convaincue|suis persuade|suis persuadee|suis certain|suis certaine|suis sur|suis sure|demeure convaincu|demeure convaincue|ai la conviction|ai la certitude|sais} {que|qu\'}',
      'il est {evident|clair|certain|indeniable|incontestable|manifeste} {que|qu\'}', 'force est de constater', 'il faut bien reconnaitre', 'a mon sens', 'a mon avis', 'selon moi', "d'apres moi", 'pour moi', 'de mon point de vue',
    ],
  },
  {
    name: 'fact',
    note: 'What makes a correction factual: a document, a reference, an attachment (numbers and dates are read from the tokens).',
    forms: ['ci-joint', 'ci-jointe', 'ci-joints', 'en piece[s] jointe[s]', 'piece[s] jointe[s]', 'justificatif[s]', 'attestation[s]', 'certificat[s]', 'accuse[s] de reception', 'recepisse[s]', 'preuve[s]', 'capture[s] d\'ecran', 'horodatage', 'reference[s]', 'ref', 'numero', 'n°', 'dossier n°', 'bordereau', 'depot', 'plateforme', 'envoye le', 'transmis le', 'depose le', 'signe le', 'obtenu le', 'recu le', 'date du', 'en date du'],
  },
];

/** The classes by name, as the phrase engine reads them. */
export const LEXICON: Readonly<Record<string, readonly string[]>> = Object.fromEntries(CLASSES.map((c) => [c.name, c.forms]));
