// The lexicon the wording rules compose: who is who in a reply (the writer,
// the reader, the deciders, the decision, the chosen candidate) and the word
// classes the rules combine with them (negative and positive evaluations,
// insults, threats, effort counted back…). Each class is a list of forms in
// the notation of prose/patterns.ts (inflections as `[e][s]` and `{x|se}`), with
// a note saying what it is for. A rule entry names a class as `@name`.

import { PROFANITY } from './profanity.generated';

export interface WordClass {
  name: string;
  note: string;
  forms: readonly string[];
}

const DET = '{le|la|les|l\'|votre|vos|ton|ta|tes|ce|cet|cette|ces|leur|leurs|un|une|des|du|de|d\'}';

export const CLASSES: readonly WordClass[] = [
  // Read by the engine itself (prose/patterns.ts, TRANSPARENT_CLASS).
  {
    name: 'transparent',
    note: 'Adverbs and polite asides a writer slips between the words of a phrase without changing what it says (« je suis vraiment très déçu », « vous avez sans doute raison », « j’aurais aimé, si cela ne vous dérange pas, obtenir ») : the engine steps over one or two of them between two elements of a form. Not the negation (« pas », « jamais », « plus »), not « mais », not « même », nor the words that also join clauses (« si », « donc », « alors », « assez »).',
    forms: [
      'vraiment', 'sincerement', 'franchement', 'honnetement', 'reellement', 'veritablement', 'profondement', 'vivement', 'tres',
      'tout de meme', 'quand meme', 'egalement', 'aussi', 'toujours', 'encore', 'deja', 'bien', 'sans doute', 'probablement', 'peut-etre', 'peut etre',
      'certainement', 'surement', 'simplement', 'juste', 'surtout', 'particulierement', 'totalement', 'completement', 'absolument', 'parfaitement',
      'evidemment', 'naturellement', 'forcement', 'visiblement', 'manifestement', 'apparemment', 'clairement', 'personnellement', 'vraisemblablement',
      'finalement', 'bel et bien', 'un peu', 'tellement', 'au moins', 'du moins', 'respectueusement', 'humblement', 'poliment', 'modestement', 'excessivement', 'exagerement', 'trop', 'bien trop', 'un peu trop', 'toutefois', 'cependant', 'neanmoins', 'pourtant', 'en realite', 'en fait', 'selon nous', 'selon moi', 'a mon sens', 'a notre sens', 'a mon avis', 'a notre avis',
      'si possible', 'si cela ne vous derange pas', 'si ca ne vous derange pas', 'si vous le permettez', 'si je puis me permettre', 'si vous le voulez bien', 'si cela est possible', "si c'est possible", "si c'est envisageable", 'si vous le pouvez',
    ],
  },
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
      'jury[s]', 'comite[s]', 'commission[s]', 'recruteur[s]', 'recruteuse[s]', 'rh', 'drh', 'service[s] rh', 'ressources humaines', 'equipe[s]', 'entreprise[s]', 'societe[s]', 'cabinet[s]', 'direction[s]', 'directeur[s]', 'directrice[s]', 'manager[s]', 'responsable[s]', 'acheteur[s]', 'acheteuse[s]', 'client[e][s]', "maitre[s] d'ouvrage", 'pouvoir adjudicateur', 'collectivite[s]', 'mairie[s]', 'conseil[s]', 'association[s]', 'bureau[x]', 'fondation[s]', 'laboratoire[s]', 'labo[s]', 'ecole[s]', 'universite[s]', 'structure[s]', 'agence[s]', 'employeur[s]', 'dirigeant[e][s]', 'patron[ne][s]', 'interlocut{eur|eurs|rice|rices}', 'examinat{eur|eurs|rice|rices}', 'evaluat{eur|eurs|rice|rices}', 'rapporteur[s]', 'selectionneur[s]', 'organisme[s]', 'institution[s]', 'boite[s]', 'studio[s]', 'club[s]', 'service[s]', 'recrutement', 'groupe', 'maison', 'etablissement[s]', 'instance[s]', 'experts', 'membres', 'decideurs',
    ],
  },
  {
    name: 'decider',
    note: 'A decider as a noun phrase (« votre équipe », « le jury ») or as « vous ».',
    forms: [`${DET} @decider_noun`, 'vous', 'tu', "l'@decider_noun", '{ces|vos|tes} gens'],
  },
  {
    name: 'decision_noun',
    note: 'Nouns of the decision and of how it was made: the choice, the ranking, the grid, the process, the answer.',
    forms: [
      'decision[s]', 'choix', 'comportement[s]', 'maniere', 'facon', 'fonctionnement', 'rejet[s]', 'non', 'recalage', 'elimination', 'eviction', 'decision finale', 'issue', 'classement[s]', 'note[s]', 'notation[s]', 'processus', 'procedure[s]', 'process', 'critere[s]', 'grille[s]', 'evaluation[s]', 'refus', 'selection[s]', 'methode[s]', 'arbitrage[s]', 'analyse[s]', 'jugement[s]', 'recrutement[s]', 'attribution[s]', 'resultat[s]', 'verdict[s]', 'appreciation[s]', 'raisonnement[s]', 'lecture[s]', 'conclusion[s]', 'motif[s]', 'motivation[s]', 'justification[s]', 'reponse[s]', 'retour[s]', 'entretien[s]', 'consultation[s]', "appel[s] d'offres", 'mise en concurrence', 'examen[s]', 'bareme[s]', 'ponderation[s]', 'tri', 'audition[s]', 'sentence', 'politique', 'facon de faire', 'manieres', 'pratique[s]', 'gestion', 'organisation', 'courrier', 'mail', 'message', 'lettre', 'explication[s]', 'argument[s]', 'avis', 'feedback', 'copie',
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
      `${DET} {candidat|candidate|personne|profil|prestataire|entreprise|cabinet|agence|offre|societe|equipe|agence|concurrent|concurrente|freelance|consultant|consultante|fournisseur|collegue|recrue} {retenu|retenue|retenus|retenues|choisi|choisie|choisis|choisies|selectionne|selectionnee|selectionnes|laureat|laureate|gagnant|gagnante|recrute|recrutee|recrutes|recrutees|embauche|embauchee|engage|engagee|nomme|nommee}`,
      `${DET} {laureat|laureate|laureats|laureates|attributaire|attributaires|gagnant|gagnante|heureux elu|heureuse elue|elu|elue|concurrent|concurrente|concurrents|titulaire}`,
      `${DET} {nouveau|nouvelle} {prestataire|recrue|collaborateur|collaboratrice|fournisseur|agence|cabinet|graphiste|developpeur|developpeuse}`,
      `${DET} autre{|s} {candidat|candidate|candidats|candidates|profil|profils|prestataire|prestataires|offre|offres|entreprise|entreprises|agence|agences|dossier|dossiers|personne}`,
      '{votre|ta|la} {recrue|perle rare|heureux elu|heureuse elue|heureuse elu|poulain|protege|protegee|nouvelle recrue|nouveau prestataire|nouvelle agence}',
      `${DET} {athlete|athletes|joueur|joueurs|joueuse|joueuses|eleve|eleves|etudiant|etudiants|etudiante|etudiantes|artiste|artistes|auteur|auteurs|autrice|autrices|projet|projets|dossier|dossiers|locataire|locataires|stagiaire|stagiaires|equipe|equipes|laureat|laureats} {retenu|retenue|retenus|retenues|choisi|choisie|choisis|choisies|selectionne|selectionnee|selectionnes|selectionnees|admis|admise|admises|recrute|recrutee|recrutes}`,
    ],
  },
  {
    name: 'writer_thing',
    note: 'What the writer submitted or is: their offer, file, profile, background, work (a value claim about it pleads their case).',
    forms: ['{mon|ma|mes|notre|nos} {photo|photos|cliche|cliches|portrait|portraits|serie|series|cadrage|cadrages|mise en page|mises en page|typographie|logo|logos|visuel|visuels|illustration|illustrations|dessin|dessins|design|charte|charte graphique|site|prototype|prototypes|scenographie|traduction|traductions|concept|concepts|idee|idees|planche|planches|choregraphie|mise en scene|menu|menus|storyboard|story-board|animation|animations|video|videos|montage|composition|compositions|enregistrement|maquettage|interface|interfaces|identite visuelle|proposition graphique|reportage|reportages|plan|plans|croquis|prototype}', 
      "{le|la|les} {calendrier|planning|budget|chiffrage|prix|tarif|solution|methode|approche|offre|projet|dossier|devis|proposition|maquette|delai|delais} {propose|proposee|proposes|proposees|remis|remise|soumis|soumise|presente|presentee}",
      `{mon|ma|mes|notre|nos} {statut|cabinet|agence|societe|entreprise|structure|association|compagnie|atelier|studio|collectif|troupe|bureau|capacites|qualites|aptitudes|potentiel|francais|anglais|orthographe|redaction|offre|offres|proposition|propositions|devis|dossier|dossiers|candidature|profil|parcours|experience|experiences|cv|competences|competence|travail|projet|projets|reponse|memoire|solution|solutions|prestation|prestations|expertise|references|realisations|portfolio|niveau|qualifications|diplomes|savoir-faire|methode|approche|prix|tarif|tarifs|equipe|mission|missions|these|article|manuscrit|creation|creations|maquette|maquettes|chiffrage|candidature|lettre|motivation|presentation|production|productions|oeuvre|travaux|resultats|bilan|annees|interpretation|audition|performance|piece|album|demo|film|court-metrage|court metrage|scenario|roman|recueil|photographies|esquisse|pitch|soumission|soumissions|pli|plis|produit|produits|gamme|gammes|marque|marques|service|services|creation|collection|collections}`,
      "{ma|mon|notre|nos|mes} {lecture|lectures|vision|version} {du|de la|de l'|des|de ce|de cette|de ces}",
      "{mes|nos} {#|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt|longues|nombreuses|} {ans|annees} {d'experience|de metier|d'expertise|de carriere|d'anciennete|de pratique|de terrain}",
      "{mon|notre} {experience|anciennete|expertise} de {#|deux|trois|cinq|dix|quinze|vingt|plusieurs} {ans|annees}",
      '@like_me',
      "{avec|fort de|forte de|forts de|fortes de|riche de|apres} {#|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt} {ans|annees} {d'experience|de metier|d'expertise|de carriere|de pratique|de terrain}",
      '{mes|nos} {#|deux|trois|quatre|cinq|six|sept|huit|dix|douze|quinze|vingt} {ans|annees}',
      '{mon|ma|mes|notre|nos} {stage|stages|alternance|formation|formations|master|diplome|doctorat|these|memoire|certification|certifications|cdi|epargne|garant|revenus|bulletins|notes|resultats|temps|chrono|record|palmares|carnet de commandes|chiffre d\'affaires}',"{mon|ma|mes|notre|nos} {revenus|salaire|salaires|ressources|garant|garants|garanties|apport|finances|moyenne|notes|temps|chronos|chrono|stats|statistiques|classement|score|scores|bulletins|dossier locatif|fiches de paie}"
    ],
  },
  // Evaluations.
  {
    name: 'contempt',
    note: 'Contempt or moral condemnation of the decision, the process or the people (a tone fault).',
    forms: ['un peu leger[e][s]', 'frileu{x|se|ses}', 'paresseu{x|se|ses}', 'timore[e][s]', 'conformiste[s]', 'etrique[e][s]', 'sans imagination', 'sans ambition', 'sans vision', 'sans audace', 'borne[e][s]', 'obtu{s|se|ses}', "ferme[e][s] d'esprit", 'sectaire[s]', 'deconnecte[e][s]', 'court-termiste[s]', 'ringard[e][s]', 'poussiereu{x|se|ses}', 'archaique[s]', 'retrograde[s]', 'faineant[e][s]', 'pusillanime[s]', 'moutonnier[s]', 'moutonniere[s]', 'myope[s]', 
      'degueulasse[s]', 'degoutant[e][s]', 'immonde[s]', 'infect[e][s]', 'imbuvable[s]', 'immangeable[s]', 'merdique[s]', 'foireu{x|se|ses}', 'aberrant[e][s]', 'absurde[s]', 'cavalier[s]', 'cavaliere[s]', 'desinvolte[s]', 'brutal[e][s]', 'brutaux', 'cassant[e][s]', 'expeditive', 'lapidaire[s]', 'indelicat[e][s]', 'goujat[e][s]', 'mufle[s]', 'ridicule[s]', 'grotesque[s]', 'lamentable[s]', 'pitoyable[s]', 'pathetique[s]', 'minable[s]', 'honteu{x|se|ses}', 'scandaleu{x|se|ses}', 'inadmissible[s]', 'inacceptable[s]', 'indigne[s]', 'inqualifiable[s]', 'insultant[e][s]', 'humiliant[e][s]', 'meprisant[e][s]', 'condescendant[e][s]', 'irrespectueu{x|se|ses}', 'bacle[e][s]', 'expediti{f|ve|fs|ves}', 'deplorable[s]', 'navrant[e][s]', 'affligeant[e][s]', 'consternant[e][s]', 'mediocre[s]', 'nul[le][s]', 'stupide[s]', 'idiot[e][s]', 'debile[s]', 'insense[e][s]', 'delirant[e][s]', 'hallucinant[e][s]', 'surrealiste[s]', 'ubuesque[s]', 'kafkaien[ne][s]', 'risible[s]', 'truque[e][s]', 'bidon', 'malhonnete[s]', 'hypocrite[s]', 'incompetent[e][s]', 'irresponsable[s]', 'impoli[e][s]', 'malpoli[e][s]', 'odieu{x|se|ses}', 'detestable[s]', 'execrable[s]', 'catastrophique[s]', 'desastreu{x|se|ses}', 'lache[s]', 'sournois[e][s]', 'cynique[s]', 'arrogant[e][s]', 'hautain[e][s]', 'pretentieu{x|se|ses}', 'amateur[s]', 'amateuriste[s]', 'approximati{f|ve|fs|ves}', 'indecent[e][s]', 'mesquin[e][s]', 'vexatoire[s]', 'degradant[e][s]', 'choquant[e][s]', 'revoltant[e][s]', 'ecoeurant[e][s]', 'nauseabond[e][s]', 'pourri[e][s]', 'foireu{x|se|ses}', 'merdique[s]', 'archaique[s]', '{completement|totalement|tellement|tres|vraiment|un peu|carrement|franchement|bien|si} depasse[e][s]', 'depassee[s]', 'depasses', 'ringard[e][s]', 'stupidite', 'betise', 'honte', 'mascarade', 'farce', 'simulacre', 'parodie', 'comedie', 'cirque', 'loterie', 'tirage au sort', 'pile ou face', 'arnaque', 'escroquerie', 'foutage de gueule', 'amateurisme', 'incompetence', 'hypocrisie', 'mepris', 'desinvolture', 'legerete', 'negligence', 'mauvaise foi', 'manque de respect', 'manque de serieux', 'manque de professionnalisme', 'manque de consideration', 'manque de courtoisie', 'manque de courage', 'manque de transparence', 'manque d\'elegance', 'irrespect', 'imposture',
    ],
  },
  {
    name: 'wrong',
    note: 'The decision judged wrong, unfair or unfounded (contesting an opinion).',
    forms: [
      'injuste[s]', 'injustifie[e][s]', 'infonde[e][s]', 'arbitraire[s]', 'inexplicable[s]', 'incomprehensible[s]', 'incoherent[e][s]', 'illogique[s]', 'discutable[s]', 'contestable[s]', 'errone[e][s]', 'inexact[e][s]', 'partial[e]', 'partiaux', 'partiales', 'biaise[e][s]', 'subjecti{f|ve|fs|ves}', 'hati{f|ve|fs|ves}', 'precipite[e][s]', 'superficiel[le][s]', 'sommaire[s]', 'opaque[s]', 'flou[e][s]', 'obscur[e][s]', 'injustice', 'erreur', 'erreurs', 'tort', 'meprise', 'aberration', 'contresens', 'incoherence[s]', 'iniquite', 'inequitable[s]', 'deloyal[e][s]', 'deloyaux', 'fausse[s]', 'faux', 'mal fonde[e][s]', 'mal place[e][s]', 'mal avise[e][s]', 'regrettable[s]', 'dommageable[s]', 'erreur de jugement', 'erreur de casting', 'mauvais choix', 'mauvaise decision', 'mauvaise lecture', 'mauvaise appreciation', '{un peu|bien|trop|vraiment|tres|plutot|assez} court[e][s]', 'reducteur', 'reductrice', 'reducteurs', 'simpliste[s]',
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
      'touchant[e][s]', 'gentil[le][s]', 'aimable[s]', 'sympathique[s]', 'charmant[e][s]', 'adorable[s]', 'delicat[e][s]', 'attentionne[e][s]', 'chaleureu{x|se|ses}', 'personnalise[e][s]', 'original[e][s]', 'rapide[s]', 'efficace[s]', 'detaille[e][s]', 'complet', 'complete[s]', 'precis[e][s]', 'constructi{f|ve|fs|ves}', 'exhausti{f|ve|fs|ves}', 'instructi{f|ve|fs|ves}', 'eclairant[e][s]', 'genial[e][s]', 'geniaux', 'formidable[s]', 'magnifique[s]', 'superbe[s]', 'parfait[e][s]', 'brillant[e][s]', 'remarquable[s]', 'exemplaire[s]', 'impressionnant[e][s]', 'admirable[s]', 'audacieu{x|se|ses}', 'visionnaire[s]', 'inspire[e][s]', 'avise[e][s]', 'judicieu{x|se|ses}', 'flatteu{x|se|ses}', 'emouvant[e][s]', 'passionnant[e][s]', 'interessant[e][s]', 'edifiant[e][s]', 'elegant[e][s]', 'precieu{x|se|ses}', 'utile[s]', 'enrichissant[e][s]', 'aimable[s]', 'professionnel[le][s]', 'genereu{x|se|ses}', 'reactif', 'reactive', 'attentif', 'attentive', 'soigne[e][s]', 'poli[e][s]', 'courtois[e][s]', 'respectueu{x|se|ses}', 'transparent[e][s]', 'clair[e][s]', 'limpide[s]', 'convaincant[e][s]', 'classe', 'top', 'super', 'extra',
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
    name: 'person_insult_strong',
    note: 'Nouns and adjectives that insult a person whatever the construction (« ces hypocrites », « une bande d’escrocs »).',
    forms: [
      'idiot[e][s]', 'imbecile[s]', 'cretin[e][s]', 'abruti[e][s]', 'hypocrite[s]', 'menteur[s]', 'menteuse[s]', 'charlatan[s]', 'escroc[s]', 'arnaqueur[s]', 'arnaqueuse[s]', 'bouffon[s]', 'guignol[s]', 'tocard[e][s]', 'baltringue[s]', 'branquignol[s]', 'pieds nickeles', 'pignouf[s]', 'mufle[s]', 'goujat[s]', 'malotru[e][s]', 'rustre[s]', 'ignare[s]', 'imposteur[s]', 'traitre[s]', 'traitresse[s]', 'faux-cul[s]', 'faux cul[s]', 'profiteur[s]', 'profiteuse[s]', 'exploiteur[s]', 'exploiteuse[s]', 'manipulat{eur|eurs|rice|rices}', 'fumiste[s]', 'jean-foutre', 'larbin[s]', 'incompetent[e][s]', 'nullard[e][s]', 'minable[s]', 'pauvre[s] type[s]', 'pauvre[s] con[s]', 'stupide[s]', 'debile[s]',
    ],
  },
  {
    name: 'person_insult_weak',
    note: 'Words that insult a person only when aimed at someone (« vous êtes des amateurs »); ordinary words otherwise (« un amateur de jazz »).',
    forms: [
      'amateur[s]', 'nul[le][s]', 'grossier[s]', 'grossiere[s]', 'ignorant[e][s]', 'borne[e][s]', 'demeure[e][s]', 'attarde[e][s]', 'sot[te][s]', 'niais[e][s]', 'benet[s]', 'cancre[s]', 'ringard[e][s]', 'has been', 'pantin[s]', 'marionnette[s]', 'sous-fifre[s]', 'girouette[s]', 'boulet[s]', 'truffe[s]', 'cornichon[s]', 'zozo[s]', 'rigolo[s]', 'dilettante[s]', 'incapable[s]', 'lache[s]', 'clown[s]', 'blaireau[x]', 'naze[s]', 'nase[s]', 'bon[s] a rien', 'bonne[s] a rien', 'branleur[s]', 'glandeur[s]', 'sadique[s]', 'pervers', 'tyran[s]', 'despote[s]', 'dictateur[s]', 'gamin[s]', 'gamine[s]', 'guignols', 'rigolos', 'bras casses', 'pieds nickeles', 'amateuriste[s]', 'requin[s]', "rapia[s]", "radin[e][s]", "pingre[s]", "grippe-sou[s]", "rat[s]"
    ],
  },
  {
    name: 'person_insult',
    note: 'Every word that insults a person.',
    forms: ['@person_insult_strong', '@person_insult_weak'],
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
  {
    name: 'profanity',
    note: 'Swear words and slurs: the plain French entries of the french-badwords-list package minus the ordinary words listed in profanityExclusions.ts.',
    forms: PROFANITY,
  },
  {
    name: 'self_ask',
    note: 'A question about oneself that asks the reader for a permission or a status (« je peux passer ? », « je suis toujours sur liste d’attente ? »), not one wondered aloud.',
    forms: ["{vaut-il|vaudrait-il} mieux {que je|que j'|que nous|viser|postuler|candidater|attendre|passer}", "{est-il|serait-il} preferable {que je|que j'|que nous|de}", '{me conseillez-vous|me conseilleriez-vous|nous conseillez-vous|nous conseilleriez-vous}', "{que|qu'} {faudrait-il|faut-il} que {je|j'|nous}", "{que|qu'} {faudrait-il|faut-il} {faire|changer|ameliorer|revoir}", 
      "{quelle|quel} {note|rang|classement|score|place|position|resultat} {avons-nous|ai-je|avais-je|avions-nous|aurais-je|aurions-nous}", "{quel rang|quelle place|quelle position} {sommes-nous|suis-je|etions-nous|etais-je}",
      "{devrai-je|devrons-nous|devons-nous|pouvons-nous|pourrons-nous|pourrions-nous|pourrai-je|devrions-nous|aurai-je|aurons-nous|serai-je|serons-nous}", "{je|nous|on} {finis|finit|finissons|commence|commencons|passe|passons|joue|jouons|viens|venons|arrive|arrivons|dois venir|dois arriver|travaille|travaillons|suis} {a quelle heure|quand|ou|quel jour|avec qui|a quel poste|a quel endroit}", "{,|} c'est ca {?|$}","^ {c'est|c'etait|est-ce|etait-ce|ce serait|ce sont|c'etaient|ca vient|ca venait}", "{je peux|je pourrais|je pourrai|puis-je|pourrais-je|je dois|je devrais|dois-je|devrais-je|je peux encore|je pourrais encore|faut-il que je|je suis autorise|je suis autorisee}", "{je suis|je reste|suis-je} {toujours |encore |quand meme |bien |donc |}{sur|dans|en|inscrit|inscrite|retenu|retenue|classe|classee|admissible|admis|admise|candidat|candidate|prioritaire|sur liste}", "{j'étais|j'ai été|je m'en suis sorti|je m'en suis sortie|je me suis débrouillé|je me suis débrouillée} comment", "verdict {?|$}"],
  },
  {
    name: 'cheaper',
    note: 'The chosen offer named by its lower price (« avec un prix inférieur de 18 % »): beside a confident prediction, irony about the cheaper winner.',
    forms: ['prix inferieur', 'prix plus bas', 'moitie prix', 'a ce prix', 'pour ce prix', 'a ce tarif', 'pour ce tarif', 'avec ce budget', 'moins cher[e][s]', 'moins-disant[e][s]', 'moins disant[e][s]', 'au rabais', 'low cost', 'prix casse[s]'],
  },
  {
    name: 'courtesy',
    note: 'Courtesy that is not thanks (« je vous serais reconnaissant », « au plaisir », « bonne continuation »): enough for a reply not to read as curt.',
    forms: ['reconnaissant[e][s]', 'au plaisir', '{bonne|belle} {continuation|journee|soiree|fin de journee|semaine|route|chance}', 'bon {courage|week-end|weekend|dimanche|match|chantier|succes|vent}', 'tous mes voeux', 'tous mes vœux', 'je vous souhaite', 'je te souhaite', 'nous vous souhaitons', 'disponible[s]', 'joignable[s]', 'a votre disposition', 'a ta disposition', 'a votre ecoute', 'au plaisir de', 'a bientot', 'bien a vous', 'bien a toi', 'amicalement', 'bises', 'bisous', 'chaleureusement', 'des bisous'],
  },
  {
    name: 'sour_marker',
    note: 'Words of sour grapes or resignation (« de toute façon », « comme d’hab », « au moins ») : one alone is harmless, beside another cue aimed at the reader they read as bitterness.',
    forms: ['de toute {facon|maniere}', "{comme|comme d'} {d'hab|d'habitude|toujours|prevu|par hasard}", 'au moins', 'encore une fois', 'pour changer', 'bien entendu', 'sans surprise', 'evidemment', 'forcement', 'decidement', 'finalement'],
  },
  {
    name: 'irony_mark',
    note: 'Marks that turn praise into irony: suspension points, eye-rolling or smirking emoji, « lol » (`=` reads a form literally).',
    forms: ['@ellipsis', '@irony_strong', 'hein',
      'soit dit en passant',
      'entre nous',
      "si je ne m'abuse",
      'si je ne me trompe',
    ],
  },
  {
    name: 'story',
    note: 'What happened, named as the story a threat would tell (« cette expérience », « ce recrutement », « vos pratiques »).',
    forms: [
      '{cette|ce|cet} {experience|histoire|mesaventure|consultation|recrutement|processus|procedure|episode|affaire|traitement|comportement|refus|appel d\'offres|selection|fiasco|gachis}',
      '{votre|ta|la} {facon|maniere} de {faire|proceder|recruter|traiter|travailler|choisir|selectionner}',
      "ce qui s'est passe", 'ce que vous avez fait', 'ce que vous faites', 'tout ca', 'tout cela', 'vos pratiques', 'vos methodes', 'votre fonctionnement', 'vos agissements', '{mon|notre} {parcours|experience|histoire|aventure} {de candidat|de candidate|chez vous|avec vous|dans votre entreprise|de prestataire}', '{mon|notre|cette} {parcours|experience|histoire|aventure|ressenti|vecu} {de|avec|chez|dans|aupres de|face a} {votre|vos|ton|ta|tes}',
    ],
  },
  {
    name: 'review',
    note: 'A public review, the favourite threat of an angry candidate or supplier.',
    forms: [
      '{un|des|mon|notre|quelques|plusieurs} {avis|commentaire|commentaires|temoignage|temoignages|retour d\'experience|post|billet|article|note|etoile|etoiles}',
      '{votre|ta|leur} {fiche|page|profil|note} {google|glassdoor|indeed|linkedin|trustpilot|facebook|pages jaunes}',
      'glassdoor', 'trustpilot', 'indeed', 'avis google', 'avis verifies',
      "{site|sites|plateforme|plateformes} d'avis",
      'avis employeur[s]',
      "{site|sites} de notation",
    ],
  },
  {
    name: 'hierarchy',
    note: 'The reader’s own management: naming it to the reader is leverage.',
    forms: [
      '{votre|ta|ton|vos} {hierarchie|direction|direction generale|superieur|superieure|superieurs|n+1|patron|patronne|pdg|dg|president|presidente|directeur|directrice|directeur general|directrice generale|manager|managers|responsable|responsables|drh|conseil d\'administration|maire|adjoint|adjointe|elus|tutelle|actionnaires|associes|associe|associee|gerant|gerante|fondateur|fondatrice|chef|cheffe|employeur|siege|maison mere}',
      "{directeur|directrice} {regional|regionale|general|generale|commercial|commerciale|des ressources humaines|du site|de l'agence|d'agence|de site|adjoint|adjointe|national|nationale|financier|financiere|des operations}",
      "{votre|le|la} {president|presidente|pdg|dg|drh} {du groupe|de la societe|de l'association|du conseil}",
    ],
  },
  {
    name: 'setback',
    note: 'A refusal or a failure named as such (for « comme d’habitude, un refus »).',
    forms: ['refuse[e][s]', 'pas le {bon |}profil', 'pas {pris|prise|admis|admise|selectionne|selectionnee|choisi|choisie}', 'non {selectionne|selectionnee|selectionnes|admis|admise}', 'retoque[e][s]', 'portes fermees', 'porte fermee', 'encore {un|une} {non|refus}', 'refus', 'echec[s]', 'recale[e][s]', 'pas retenu[e][s]', 'non retenu[e][s]', 'rejete[e][s]', 'ecarte[e][s]', 'elimine[e][s]', 'negati{f|ve}', 'meme lettre', 'meme reponse', 'meme formule', 'meme refrain', 'meme chanson', 'sans suite', 'pas de suite'],
  },
  {
    name: 'fit_claim',
    note: 'A claim of perfect fit with the offer or the criteria (an opinion, however sincere).',
    forms: ['{ecrit|ecrite|taille|taillee|cousu|cousue} {pour moi|pour nous|sur mesure pour moi|pile pour moi|expres pour moi|exactement pour moi}', 
      "{correspondait|correspond|collait|colle|repondait|repond} {pile|exactement|parfaitement|pile poil|tout a fait} {a|au|aux} {ce que|votre|vos|l'annonce|la demande|l'offre|la fiche|vos attentes|votre recherche}",
      "{m'allait|me va|m'irait|nous allait|nous va|nous irait|lui allait|lui va} comme un gant", "exactement ce dont {vous avez|votre|vos|ton|ta|tu as|le service a|l'equipe a} … besoin",
      "tout le profil {attendu|recherche|demande|requis|voulu}",
      "{j'ai|nous avons|j'avais|nous avions|je possede|je possedais|nous possedons|je reunis|je reunissais|nous reunissons} {bien |largement |pourtant |deja |clairement |} {toutes les|largement les} {capacites|competences|qualites|aptitudes} {pour|requises|necessaires|attendues|demandees|voulues}",
      '{correspond|correspondait|correspondaient|correspondent|correspondais|corresponds|colle|collait|collent|collaient|collais|colles|repond|repondait|repondent|repondaient|repondais|convient|convenait|conviennent|cadre|cadrait|cadrent|s\'aligne|s\'alignait|cochait|coche|cochent|cochaient|cochais|remplit|remplissait|remplissent|remplissaient|remplissais|satisfait|satisfaisait|satisfont|satisfaisaient|epouse|epousait} {parfaitement|exactement|pleinement|totalement|entierement|point par point|en tout point|en tous points|a tous les egards|a 100 %|a la lettre|trait pour trait|idealement|precisement|mot pour mot|completement|tout a fait|largement|clairement|objectivement|sans conteste|indeniablement|incontestablement}',
      '{toutes les|tous les|chacun des|chacune des|l\'ensemble des} {cases|criteres|exigences|prerequis|competences requises|qualifications requises|conditions|attendus|points}',
      '{parfaitement|exactement|pleinement|totalement|tout a fait|idealement} {adapte|adaptee|adaptes|adaptees|aligne|alignee|alignes|alignees|qualifie|qualifiee|qualifies|qualifiees|competent|competente|competents|competentes|armee|arme|outille|outillee|taille|taillee|conforme|conformes|legitime|legitimes|capable|capables|a la hauteur|dans la cible}',
      '{taille|taillee|taillees|tailles|fait|faite|faits|faites} pour {ce|cette|le|la|votre} {poste|mission|marche|projet|role|fonction|job|contrat|chantier|programme}',
      '{le|ce} poste {etait|est} fait pour moi',
      '{largement|amplement|plus que|bien plus que} {suffisant|suffisante|suffisants|suffisantes|qualifie|qualifiee|adapte|adaptee|capable}',
      "{<correspondre>|<coller>|<repondre>|<convenir>|<cocher>} {parfaitement|exactement|pleinement|totalement|entierement|point par point|en tout point|en tous points|a tous les egards|a 100 %|a la lettre|trait pour trait|idealement|tout a fait}",
      "{<correspondre>|<repondre>} {exactement|parfaitement|vraiment|tout a fait|bien|pleinement} {a ce que|aux besoins|a vos besoins|a vos attentes|au profil|au poste|a l'annonce|a votre annonce|a votre besoin}",
      "{<correspondre>|<repondre>} {a ce que|au profil que} {vous cherchiez|vous recherchiez|vous attendiez|vous cherchez|vous recherchez|vous decriviez|vous decrivez}",
    ],
  },
  {
    name: 'superiority',
    note: 'A claim of superiority over the other candidates or offers (an opinion unless it carries a verifiable figure).',
    forms: [
      "{plus|bien plus|nettement plus|largement plus} {innovant|innovante|solide|complet|complete|original|originale|ambitieux|ambitieuse|abouti|aboutie|qualifie|qualifiee|pertinent|pertinente|serieux|serieuse} que la moyenne", "{au-dessus|bien au-dessus|largement au-dessus|nettement au-dessus} de la moyenne", "{je suis|j'etais|nous sommes|nous etions|je serais|nous serions} {le bon choix|la bonne personne|la bonne candidate|le bon candidat|le bon profil|la personne ideale|le candidat ideal|la candidate ideale|le partenaire ideal|la bonne equipe|le meilleur choix}", "{j'avais|j'ai|nous avions|nous avons|j'ai fait|j'avais fait|nous avons fait|nous avions fait} {clairement |sans doute |objectivement |de loin |}{le meilleur|la meilleure|les meilleurs|les meilleures} {book|dossier|audition|copie|offre|prestation|note|portfolio|projet|devis|entretien|performance|essai|demo|score|temps|resultat|resultats|notes}", "{plus|davantage|autant|mieux} que {tous|toutes} les autres {candidats|candidates|postulants|postulantes|concurrents|concurrentes|participants|participantes}", "{une meilleure|un meilleur|de meilleures|de meilleurs} … que {la moitie|la plupart|certains|certaines|plusieurs|beaucoup|bien} des", "{c'etait|c'est|il etait|elle etait} {pourtant |bien |clairement |sans doute |objectivement |de loin |}{le|la} {projet|dossier|offre|proposition|candidature|book|audition|prestation|copie|film|piece|texte|maquette|devis|memoire} {le plus|la plus} {abouti|aboutie|solide|complet|complete|original|originale|ambitieux|ambitieuse|convaincant|convaincante|serieux|serieuse|pertinent|pertinente}",
      "{major|premier|premiere|tete} de {ma|notre|la|sa} {promotion|promo|classe|liste|section|filiere}", "{classe|classee|arrive|arrivee|sorti|sortie} {premier|premiere|1er|1re|1ere|major} {de|du|au}",
      "{mon|ma|mes|notre|nos} {dossier|candidature|offre|proposition|projet|profil|devis|travail|lecture|prestation|audition|memoire|copie} {etait|est|etaient|sont|serait|reste} {l'un|l'une|un|une} des {meilleurs|meilleures|plus adaptes|plus adaptees|plus solides|plus complets|plus completes|plus pertinents|plus pertinentes|plus aboutis|plus abouties|plus convaincants|plus convaincantes|plus qualifies|plus qualifiees|plus serieux|plus serieuses|plus originaux|plus originales|plus ambitieux|plus ambitieuses|plus innovants|plus innovantes|plus competitifs|plus competitives|plus avantageux|plus avantageuses|plus forts|plus fortes|plus justes|mieux notes|mieux notees|mieux places|mieux placees}",
      '{le|la|les} {meilleur|meilleure|meilleurs|meilleures|mieux-disant|mieux disant|moins-disant|moins disant} {offre|offres|proposition|candidat|candidate|profil|dossier|choix|option|solution|prestataire|rapport qualite-prix|rapport qualite prix}',
      '{est|sont|etait|etaient|figure|figurent} parmi les {meilleurs|meilleures}',
      '{le|la|les} plus {coherent|coherente|coherents|juste|justes|fidele|fideles|proche|adequat|adequate|legitime|legitimes|performant|performante|productif|productive|avantageux|avantageuse|avantageuses|interessant|interessante|interessantes|complet|complete|completes|competitif|competitive|competitives|qualifie|qualifiee|qualifies|experimente|experimentee|adapte|adaptee|solide|pertinent|pertinente|serieux|serieuse|fiable|abouti|aboutie|qualitatif|qualitative|economique|innovant|innovante}',
      '{le|la|les} moins {cher|chere|chers|cheres|couteux|couteuse|couteuses|risque|risquee}', '{le|la|les} plus {abouti|aboutie|aboutis|abouties|solide|solides|original|originale|pertinent|pertinente|complet|complete|qualifie|qualifiee|innovant|innovante|ambitieux|ambitieuse|rigoureux|rigoureuse|competitif|competitive|convaincant|convaincante|credible|robuste|fiable}',
      '{de loin|nettement|largement|clairement|objectivement|bien|beaucoup} {la meilleure|le meilleur|les meilleurs|les meilleures|superieur|superieure|superieurs|superieures|meilleur|meilleure|moins cher|moins chere}',
      'superieur[e][s] {a|aux} {celle|celui|celles|ceux|la|le|les|l\'|toutes|tous|vos|votre}', 'mieux que {le|la|les|l\'|celui|celle|ceux|celles|tout|tous|toutes|n\'importe}', 'plus {qualifie|qualifiee|competent|competente|experimente|experimentee|adapte|adaptee|pertinent|pertinente|solide|complet|complete|avantageux|avantageuse|interessant|interessante|serieux|serieuse} que {le|la|les|l\'|celui|celle|ceux|celles|mes|nos|tous|toutes}',
      'sans {equivalent|egal|pareil|concurrence}', "contrairement a {nous|moi} {qui|,}", '{au-dessus|au dessus|bien au-dessus|largement au-dessus|nettement au-dessus} {de la moyenne|du lot|des autres|du niveau demande|du niveau attendu|des attentes}', 'imbattable[s]', 'irreprochable[s]', 'incomparable[s]', 'inegale[e][s]', 'hors pair', 'sans rival',
      '{le|la} {profil|candidat|candidate|personne|offre|prestataire} {ideal|ideale|parfait|parfaite|qu\'il vous faut|qu\'il vous fallait|rêvé|revee|reve}',
      "{aucun|aucune|personne} {autre |}{candidat|candidate|prestataire|concurrent|concurrente|dossier|offre|agence|entreprise|profil|} {n'|ne} {avait|apportait|offrait|proposait|presentait|possedait|garantissait|atteignait|a|apporte|offre|propose|garantit|atteint|pouvait|peut|pourra|pourrait|fera|ferait|arrive|arrivait}",
      "personne {ne|n'} {fera|ferait|peut faire|pourra faire|pouvait faire|aurait fait} mieux", 'personne ne correspond mieux', '{vous ne trouverez|tu ne trouveras} {pas|personne|jamais} {mieux|de mieux|de plus|meilleur|plus}',
      "{j'etais|je suis|nous etions|nous sommes|j'ai ete|nous avons ete} {le seul|la seule|les seuls|les seules|l'unique} {candidat|candidate|candidats|candidates|prestataire|prestataires|entreprise|personne|dossier|offre|a|qui|profil}",
    ],
  },
  {
    name: 'writer_subject',
    note: 'The writer as subject (for a question the writer asks themself, and value claims about themself).',
    forms: ['je', "j'", 'moi', 'nous'],
  },
  {
    name: 'self_question',
    note: 'Questions the writer asks themself or rhetorical ones: not requests.',
    forms: ['que retenir', 'que dire', 'que faire', 'qui sait', 'pourquoi pas', 'comment dire', 'et maintenant', 'et apres', 'et ensuite', 'la suite', 'que demander de plus', "qu'en retenir", "qu'en retenir", 'a quoi bon'],
  },
  {
    name: 'request_frame',
    note: 'What opens a request to the reader, with or without a question mark (« pourriez-vous m’indiquer », « j’aimerais savoir »).',
    forms: [
      // Typed on a phone: « c pour savoir pk… », « c'est pour savoir si… », « je voulais juste savoir… ».
      "{c|c'est|cest|c'etait|cetait} {juste |}pour {savoir|demander|comprendre}",
      // « c possible d'avoir … ? », « ce serait possible de … », « y a moyen de … »: typed or spoken.
      "^ {c|cest|ce serait|ca serait|ça serait|est-ce|est ce} possible {de|d'} _", "^ {y a|ya|y'a} moyen {de|d'} _",
      // « jpeux avoir le détail de la note, le commentaire du jury et l'adresse ? »: asked at the start of a question.
      "^ {je peux|je pourrais|est-ce que je peux|on peut|on pourrait} {avoir|recevoir|obtenir|récupérer|recuperer} _",
      "{j'apprecierais|nous apprecierions|j'aurais apprecie} {un|une|des|de|d'|le|la|les|votre|vos}", "{je sollicite|nous sollicitons} {un|une|des|le|la|les} {entretien|rendez-vous|copie|retour|debriefing|entretien de debriefing}", "{j'aimerais|je voudrais|je souhaiterais} que {tu|vous} {m'expliques|m'expliquiez|me dises|me disiez}", "il me serait {utile|precieux|tres utile|tres precieux|agreable} {de|d'}", "il serait {precieux|utile|tres utile} pour moi {de|d'}", "{je serais|nous serions} {heureux|heureuse|ravi|ravie|ravis} {d'obtenir|de recevoir|d'avoir}", "{j'aimerais|je voudrais|je souhaiterais|nous aimerions} que vous me {disiez|dites|indiquiez|expliquiez|precisiez|donniez|communiquiez}", "il serait {bien|bon|utile|appreciable|souhaitable|preferable|gentil|sympa} que {vous|tu} {me|m'|nous}", "{merci|je vous remercie|nous vous remercions|je te remercie} de {preciser|indiquer|communiquer|transmettre|detailler|confirmer|expliquer|envoyer|fournir|faire parvenir|faire savoir|lister}", "{je vous demande|nous vous demandons|je vous saurais gre|nous vous saurions gre} {de bien vouloir|de|d'}",
      "{j'aimerais|nous aimerions|je voudrais|nous voudrions|je souhaiterais|nous souhaiterions|j'aimerai} en savoir {un peu |}{plus|davantage} {sur|concernant|quant a}",
      "{je sollicite|nous sollicitons|je viens solliciter|je me permets de solliciter|je sollicite respectueusement|nous sollicitons respectueusement} {de |}{votre|votre haute} {bienveillance|indulgence|bonte|obligeance} {de bien vouloir|afin de|pour}",
      "{je sollicite|nous sollicitons|je viens solliciter|je me permets de solliciter|je sollicite respectueusement|nous sollicitons respectueusement} de {votre|votre haute} {bienveillance|indulgence|bonte|obligeance} {quelques|des|un|une|les}",
      "{je sollicite|nous sollicitons|je me permets de solliciter|je sollicite respectueusement} {la communication|l'envoi|la transmission|la copie|la production}",
      '{pourriez|pouvez|auriez|accepteriez|voudriez|sauriez|seriez|aurez|pourrez|voulez}-{vous|tu}',
      '{pourrais|peux|aurais|accepterais|voudrais|saurais|serais|pourras|veux}-tu',
      '{j\'aimerais|je voudrais|je veux bien|je souhaiterais|je souhaite|je desirerais|nous aimerions|nous voudrions|nous souhaiterions|nous souhaitons|j\'aurais aime|je serais preneur|je serais preneuse|je suis preneur|je suis preneuse|je reste preneur|je reste preneuse} {beaucoup |vraiment |bien |volontiers |aussi |egalement |simplement |juste |surtout |en particulier |par ailleurs |en outre |de plus |enfin |}{savoir|comprendre|connaitre|avoir|obtenir|recevoir|recueillir|disposer|etre eclaire|etre eclairee|etre informe|etre informee|vous demander|avoir votre avis|avoir un retour|avoir des precisions|avoir des elements|connaitre|consulter|que vous|qu\'on|d\'un|de|d\'|des|du|un|une|votre|vos}',
      '{je vous serais|je te serais|nous vous serions} {tres |vraiment |}{reconnaissant|reconnaissante|reconnaissants|oblige|obligee} {de|d\'|si}',
      // Without « vous » (« je serais reconnaissant de connaître … »), and the closing that asks (« dans l’attente de savoir …, de vos précisions sur … »).
      '{je serais|nous serions|je suis|nous sommes|je reste|nous restons|je resterais} {tres |vraiment |}{reconnaissant|reconnaissante|reconnaissants|reconnaissantes|oblige|obligee|obliges} {de|d\'}', "dans l'attente {de|d'} {savoir|connaitre|comprendre|vos precisions|vos explications|vos reponses|vos eclaircissements|vos indications|vos elements}",
      "{je vous demanderais|nous vous demanderions|je te demanderais|je vous demanderai|nous vous demanderons} {aussi |également |egalement |volontiers |enfin |}{un|une|des|le|la|les|votre|vos|l'}",
      '{serait-il|est-il|serait il|est il|serait-ce|est-ce} {possible|envisageable|imaginable|permis}', "{y aurait-il|y aurait il|y a-t-il|y a t il|y aurait t il} moyen {de|d'}",
      'y a-t-il', 'y aurait-il', 'existe-t-il', 'puis-je', 'pourrais-je', 'pourrait-on', 'peut-on', 'est-ce que', "qu'est-ce que", "qu'est-ce qui",
      'merci de {me|m\'|nous|bien vouloir}', 'merci de bien vouloir', '{je vous remercie|nous vous remercions|je te remercie} de {me|m\'|nous|bien vouloir}', '{je vous prie|nous vous prions} de {me|m\'|nous|bien vouloir}', '{nous vous saurions|je vous saurais|nous te saurions} gré', '{si vous pouviez|si tu pouvais|si vous pourriez|si jamais vous pouviez|si jamais tu pouvais} {me|m\'|nous|}', '{ce serait|ça serait|cela serait|ce serait vraiment} {top|super|génial|genial|sympa|parfait|idéal|ideal|précieux|precieux|utile|chouette|cool|formidable}', 'je voudrais {aussi |également |egalement |}vous proposer', 'je {vous|te} propose {aussi |également |}{un|une|de}', '{seriez|serais}-{vous|tu} {disponible|disponibles|partant|partante|d\'accord|ouvert|ouverte}', '{pourrions|pourrait|pourriez}-{nous|on|vous} {prévoir|prevoir|caler|organiser|fixer|envisager|échanger|echanger|nous voir|nous appeler|convenir}',
      'je me {demande|demandais|permets de vous demander|permets de demander}',
      "{tout|toute|tous|toutes} {eclairage|element|indication|retour|conseil|precision|information|piste|commentaire|remarque|explication|eclairages|elements|indications|retours|conseils|precisions|informations|pistes|commentaires|remarques|explications} {que vous pourriez|que vous pourrez|que vous voudrez|que vous voudriez|que vous accepteriez de|que vous auriez|que vous jugeriez utile de|que vous jugerez utile de}",
      'nous nous {demandons|demandions|permettons de vous demander|permettons de demander}', '{et|,|mais} nous {nous |}{demandons|demandions} {par ailleurs |aussi |egalement |enfin |}{si|s\'|quand|comment|pourquoi|combien|ce que|ce qui|ce qu\'|quel|quelle|quels|quelles}',
      '{je voulais|je souhaitais|nous voulions|nous souhaitions|on voulait|on voudrait|on aimerait|on souhaitait|on souhaiterait} {aussi |egalement |simplement |juste |donc |}{savoir|vous demander|connaitre|avoir votre avis|comprendre}',
      '{et|,|mais} me {demande|demandais} {si|s\'|quand|comment|pourquoi|combien|ce que|ce qui|ce qu\'|quel|quelle|quels|quelles}',
      '{je prends|je suis preneur|je suis preneuse|je serais preneur|je serais preneuse|je reste preneur|je reste preneuse|preneur|preneuse|ca m\'aiderait|cela m\'aiderait|ça m\'aiderait|ce serait precieux|ce serait utile|ca me serait utile|cela me serait utile}', 'je vous {demande|demanderais|saurais gre}', 'je te {demande|demanderais}',
      "n'hesite{|z} pas a {me|m'|nous} {dire|indiquer|preciser|faire part|transmettre|communiquer|donner|envoyer|expliquer|partager}",
      '{dites|dis|indiquez|precisez|expliquez|communiquez|transmettez|envoyez|faites|donnez}-moi',
      '{si possible|si vous le pouvez|si tu peux|si vous pouvez|si cela est possible|si c\'est possible}, {pourriez|pouvez|auriez}',
      "{je serais|je suis|nous serions|nous sommes} {tres |vraiment |}{curieux|curieuse|curieuses|interesse|interessee|interesses|heureux|heureuse|ravi|ravie|ravis} {de|d'} {savoir|connaitre|comprendre|avoir|recevoir|lire|entendre|decouvrir}",
      "{on serait|on est|on serait vraiment|on serait tres} {curieux|curieuse|curieuses|interesse|interessee|interesses|heureux|ravis|contents} {de|d'} {savoir|connaitre|comprendre|avoir|recevoir|en savoir}",
      "{je serais|nous serions|je serai|nous serons} {ravi|ravie|ravis|ravies|heureux|heureuse|heureuses|enchante|enchantee|enchantes} {de|d'} {vous|te} {accueillir|recevoir|inviter|rencontrer|retrouver|compter parmi|presenter|faire visiter|montrer|offrir|payer}",
      "{vous pourriez|tu pourrais|vous pouvez|tu peux|vous voudriez bien|tu voudrais bien|vous auriez|tu aurais} {me|m'|nous} {dire|indiquer|preciser|expliquer|envoyer|transmettre|donner|communiquer|faire savoir|faire parvenir|confirmer}",
      "{dites|dis|indiquez|precisez|expliquez} {moi|nous}",
      "{me|nous} {serait|seraient|serai} {tres |vraiment |bien |particulierement |}{precieux|precieuse|precieuses|utile|utiles|d'une grande aide|d'un grand secours}",
      "{m'|me|nous} {aiderait|aideraient} {beaucoup|enormement|vraiment|grandement}",
      "{j'aurais|j'ai|nous aurions|nous avons|j'avais} {besoin|grand besoin} {de|d'} {savoir|connaitre|comprendre|avoir|recevoir|obtenir}",
      "{me|m'|nous} {ferait|feraient|ferais} {tres |vraiment |beaucoup |grand |}plaisir",
      "{je me permets|je me permettrais|nous nous permettons} de vous {soumettre|poser|adresser|transmettre|presenter} {plusieurs|quelques|deux|trois|quatre|diverses|quelques petites} {demandes|questions|points|sujets|elements|precisions|interrogations}",
      "{je me permets|je me permet|je voudrais|je souhaiterais|j'aurais|j'ai|je vous adresse|je vous fais|nous aurions|nous avons|nous nous permettons|nous voudrions|nous souhaiterions|nous vous adressons|on aurait|on a} {plusieurs|quelques|deux|trois|quatre|diverses|plusieurs petites|quelques petites} {demandes|questions|requetes|sollicitations|points|sujets|elements|precisions|interrogations}",
      "{je m'interroge|nous nous interrogeons|je m'interrogeais|je me pose des questions|nous nous posons des questions|je reste perplexe|je reste curieux|je reste curieuse} sur {plusieurs|quelques|deux|trois|quatre|certains|divers} {points|aspects|sujets|elements|choses|questions}",
      "n'hesite{|z} {surtout |vraiment |donc |absolument |}pas a {me|m'|nous} {dire|indiquer|preciser|faire part|transmettre|communiquer|donner|envoyer|expliquer|partager|signaler}","il {faudrait|faut|faudra} {que vous|que tu} {m'|me|nous} {expliquiez|expliquies|disiez|dises|donniez|envoyiez|précisiez|indiquiez|transmettiez|communiquiez|montriez|fassiez}", "{serait|seraient|serai} {le bienvenu|la bienvenue|les bienvenus|les bienvenues|très apprécié|très appréciée|grandement apprécié|grandement appréciée|appréciée|apprécié|précieux|précieuse|précieuses|très précieux|très précieuse}", "{voudrait|aimerait|souhaiterait|voudraient|aimeraient|souhaiteraient} {savoir|comprendre|connaître}", "{j'ai|j'aurais|nous avons|nous aurions} {plein de|beaucoup de|plusieurs|de nombreuses|mille|des tas de|pas mal de} questions", "^ {savoir|connaître|connaitre|comprendre} {si|s'|ce que|ce qui|quel|quelle|quels|quelles|pourquoi|comment|où|combien}", "^ {aussi |et |sinon |et sinon |et aussi |par contre |au fait |} {vous|vs|tu} {auriez|aurais|auriez pas|aurais pas|avez pas|as pas} {d'autres|un autre|une autre|d'autre|des autres}", "^ {et |sinon |} {vous|tu|vs} {me|nous} {direz|diras|preciserez|indiquerez|expliquerez|confirmerez|preciseras|indiqueras|expliqueras|confirmeras|ferez savoir|feras savoir}", "{je serais|je suis|nous serions|nous sommes} {tres |vraiment |}{curieux|curieuse|curieuses|interesse|interessee|interesses} {d'apprendre|d'en apprendre davantage sur|d'en apprendre plus sur}"
    ],
  },
  {
    name: 'vague_noun',
    note: 'Feedback named in general (« des retours », « vos remarques », « un avis »).',
    forms: ['ce que {tu en as|vous en avez} pense', 'des choses a me dire', 'quelque chose a me dire', "comment je m'en suis sorti", 'de maniere generale', 'je voudrais comprendre , tout simplement', 'des choses a dire', 'tout ouie', 'quelque chose que je pourrais {ameliorer|changer|mieux faire|revoir}', 'faire mieux', '{fait|feriez|ferais|ferait|feraient} a ma place', 'tout ce qui a {guide|motive|pese|joue}', 'des choses a revoir', 'ce qui pourrait etre mieux', 'de tout et de rien', 'retour[s]', 'avis', 'conseil[s]', 'piste[s]', 'suggestion[s]', 'recommandation[s]', 'feedback[s]', 'tip[s]', 'astuce[s]', 'tout savoir', 'le pourquoi du comment', "tout ce qui {va|allait} pas", 'ce qui cloche', 'ce qui coince', 'faire autrement', 'fait autrement', 'raisonnement', "tout ce que j'aurais pu {faire|ameliorer|changer|mieux faire}", 'tout ce que vous {jugerez|jugeriez|trouverez|trouveriez} utile', 'bilan complet', 'toutes vos recommandations', "tout ce que {vous|tu} {pourriez|pourrais|voudrez|voudriez|aurez|auriez|pouvez|pourrez} {me|m'} {dire|apprendre|transmettre|partager|signaler}", 'en dire {plus|davantage|un peu plus}', "m'en dire {plus|davantage|un peu plus}", "m'eclairer", 'me eclairer', 'commentaire[s]', 'remarque[s]', 'suggestion[s]', 'impression[s]', 'ressenti', 'observation[s]', 'critique[s]', 'un mot', 'un petit mot', 'des pistes', 'quelque chose', 'ce qui a coince', 'ce qui a cloche', "ce qui n'allait pas", 'ce qui a manque', 'explication[s]', 'eclairage[s]', 'precision[s]', 'elements de reponse', 'appreciation[s]', 'debrief[s]', 'retour[s] d\'experience',
      'regard[s]',
      'regard exterieur',
      // Everything asked for at once: « tous les éléments qui ont conduit à… », « tout ce que vous pouvez ».
      "tout ce qui {pourrait|pourra|peut|pourrait vous sembler|vous semble} {m'aider|m'etre utile|me servir|me faire progresser|nous aider|nous etre utile}",
      "tout ce que {je|j'|nous} {pourrais|pourrai|peux|devrais|dois|pourrions|pourrons|devrions} {faire|ameliorer|changer|revoir|travailler|corriger}",
      "{je pourrais|je pourrai|je peux|je devrais|je dois|nous pourrions|nous devrions|j'aurais pu|nous aurions pu} {faire|ameliorer} de mieux",
      "ce qui n'a pas {fonctionne|marche|plu|convenu|ete}",
      "{puis|pourrais|dois|devrais} je faire de mieux",
      "{aurais|aurions} {je|nous} {du|pu} faire {differemment|autrement|mieux}",
      "d'autres {informations|elements|precisions}",
      "{dites-moi|dis-moi|dites moi|dis moi} tout",
      "tout ce que {vous pensez|vous en pensez|tu penses|tu en penses}",
      "{ce qui|qu'est-ce qui|qu'est ce qui} {pourrait|peut|pourra} me faire progresser",
      "qu'en {avez|as|auriez|aviez} {vous|tu} pense",
      "que me {conseilleriez|conseillez|recommanderiez|recommandez|suggereriez|suggerez} vous",
      "{qu'est-ce que|qu'est ce que|que} {je|j'|nous} {dois|devrais|peux|pourrais|devons|devrions} {retenir|en retenir|ameliorer|changer|travailler}",
      "{l'ensemble des elements|toute information|toutes les informations|tous les elements|toute piste|tout element|toute forme de retour|tout element d'information}",
      'tous les {elements|details|motifs}',
      "tout ce que {vous|tu} {pouvez|pourrez|pourriez|peux|pourras|pourrais}",
      '{revoir|reprendre|passer en revue|repasser} {ensemble |avec vous |}{ma|mon|notre|nos|mes} {candidature|dossier|offre|proposition|projet} {point par point|en detail|etape par etape}',
      'oeil exterieur',
      "comment {mon|ma|notre|nos|mes} {dossier|candidature|profil|offre|entretien|prestation|projet|proposition|audition|presentation} {a ete|avait ete|a pu etre|est|ont ete} {percu|percue|percus|recu|recue|juge|jugee|evalue|evaluee|ressenti|ressentie|vu|vue|lu|lue|apprecie|appreciee}",
      "ce que vous en {avez pense|pensez|avez retenu|retenez}",
      "ce que vous {pensez|avez pense} de {mon|ma|notre|mes|nos}",
      "ce que vous {avez pense|pensez} de {moi|nous}",
      "ce que vous pensez de moi",
      // « Pourquoi ? » alone asks for every reason at once; « Qu'auriez-vous aimé voir de plus ? » for anything missing.
      "^ {pourquoi|pk|pq} {?|!|@ellipsis|$}",
      "{qu'|que} {auriez|aviez|attendiez|attendez|voudriez|vouliez} {vous|tu} {aimé voir|voulu voir|attendu|aimé lire|voulu lire|aimé entendre|souhaité voir|aimé trouver|voulu trouver|aimé} {de plus|de mieux|en plus|d'autre}",
      // The reader's opinion asked on everything at once (« Vous en avez pensé quoi ? », « Que pensez-vous de tout cela ? »).
      "{vous|tu} en {avez|as|auriez|aviez} pense quoi",
      "{que|qu'est-ce que} {pensez|penses} {vous|tu} de {tout cela|tout ca|tout ceci|cela|ca|moi|nous|mon profil|ma candidature|mon dossier|mon parcours|ma situation|notre situation|notre dossier|notre candidature|notre offre|ma prestation|mon audition|mon travail}",
      "{que|qu'est-ce que} {vous pensez|tu penses} de {tout cela|tout ca|tout ceci|cela|ca|moi|nous|mon profil|ma candidature|mon dossier|mon parcours|ma situation|notre situation|notre dossier|notre candidature|notre offre|ma prestation|mon audition|mon travail}",
      "tout ce qui {pourrait|pourra|peut|pourrait vous sembler|vous semblerait|vous semble} {m'aider|m'etre utile|utile|me servir|me faire progresser}",
      "{meme|y compris} ce qui {vous semblerait|vous semble|pourrait sembler|semblerait} {sans importance|anodin|secondaire|accessoire|mineur}","{qu'est-ce|quoi|ce|c'est quoi|c'était quoi} qui {n'allait pas|allait pas|clochait|cloche|coinçait|coince|a coincé|n'a pas marché|a pas marché|a pas été|n'a pas été|a bloqué|bloquait|va pas|ne va pas|n'a pas plu|a pas plu}", "ce que {t'en as|tu en as|vous en avez|t'as|tu as|vous avez} pensé", "{j'étais|j'ai été|je m'en suis sorti|je m'en suis sortie|je me suis débrouillé|je me suis débrouillée|c'était} comment", "tout ce que vous {voulez|pouvez|souhaitez|pensez} {sur|de|à propos de|au sujet de|concernant}", "des trucs {que je peux|que jpeux|à|que je pourrais|que je dois} {faire|améliorer|changer|travailler|revoir}", "{expliquer|m'expliquer|nous expliquer|détailler} un peu tout {ça|ca|cela}", "{c'était quoi|c'est quoi|c quoi|qu'est-ce que c'était} le {souci|problème|probleme|pb|hic|bug}"
    ],
  },
  {
    name: 'vague_marker',
    note: 'Words that make a request for feedback vague on purpose (« quel qu’il soit », « en vrac »).',
    forms: ['{une idee|des idees} de ce que je pourrais', '{recommandation[s]|conseil[s]|piste[s]|remarque[s]|suggestion[s]} {general|generale|generales|generaux}', 'tout ce qui , selon vous ,', 'quelque chose a {ameliorer|revoir|retravailler|changer|corriger|travailler} ?', 'globalement', 'tout ce que vous {voudrez|voudriez|pourrez|pourriez|jugerez|souhaiterez} {bien |}{nous|me} {dire|transmettre|communiquer|partager}', '{impressions|impression|avis|retour|retours|ressenti} {general|generale|generales|generaux}', "n'importe {lesquelles|lesquels|laquelle|lequel}", 'quelconque[s]', 'tout savoir', 'le pourquoi du comment', 'genre tout', 'sans restriction', 'bilan complet', 'toutes vos recommandations', "tout ce que j'aurais pu", 'tout ce que vous {jugerez|jugeriez}', "quel qu'il soit", "quelle qu'elle soit", "quels qu'ils soient", "quelles qu'elles soient", "n'importe {quoi|lequel|laquelle|lesquels|lesquelles|quel|quelle|comment}", 'en vrac', 'tout retour', 'toute remarque', 'tout commentaire', 'tout conseil', 'toute suggestion', "l'ensemble de", 'en general', 'globalement', 'de maniere generale', "d'une maniere generale", "d'une facon generale", 'tout ce que', 'sur tout', 'sur le tout', 'dans n\'importe quel sens', 'dans tous les sens', 'quel que soit le sujet', 'sur tout ca', 'sur tout cela', 'de tout ca', 'de tout cela', 'de tout', 'preneur de tout', 'preneuse de tout', 'un peu plus', 'general', 'generale', 'generaux', 'de tout ordre', 'de toute sorte', 'de tous ordres', 'quoi que ce soit', 'un peu tout', 'en gros',
      'global[e]',
      'globaux',
      '{sous|dans} tous {ses|les|leurs} aspects',
      'dans {son|leur} ensemble',
      "dans l'ensemble",
      'tous azimuts',
      'de a a z',
      '{en bien comme en mal|le bon comme le moins bon|le positif comme le negatif|les points forts comme les points faibles}',
      'ce qui vous a plu comme ce qui',
      'sans filtre',
      'sans detour[s]',
      'a coeur ouvert',
      'tout ce qui vous vient',
      // « n’hésite pas, tout m’intéresse », « je prends tout »: everything welcome, nothing named.
      "tout ce qui {pourrait|pourra|peut} {m'aider|m'etre utile|me servir|me faire progresser|nous aider|nous etre utile}",
      "{tout savoir|tout comprendre|dites-moi tout|dis-moi tout|toute information|de facon generale|de facon globale}",
      "{tout m'interesse|tout nous interesse|tout me va|je prends tout|tout est bon a prendre|tout me sera utile|vraiment tout|absolument tout}",
      // Asking for everything at once (« un retour sur tous les points », « chaque étape », « point par point »).
      'tous les {points|elements|details|aspects|criteres|motifs}',
      '{toute forme de|tout element|tout element d\'information|toute information complementaire}',
      'chaque {point|etape|element|aspect|critere|epreuve}',
      '{point par point|etape par etape|critere par critere|ligne par ligne}',"tout ce que vous {voulez|pouvez|souhaitez|pensez|avez}", "{,|} en gros {?|,|$|.}", "{alors|bon|bref|et} {,|} verdict"
    ],
  },
  {
    name: 'courtesy_formula',
    note: 'A whole sentence of courtesy that opens or closes a letter (« J’espère que vous allez bien. », « Je vous souhaite une bonne journée. »): the learned models do not judge it, whatever its words (« vous allez » weighs toward a threat in the tone model).',
    forms: [
      "{j'espere|jespere|nous esperons|en esperant|esperant} {que|qu'} {vous|tu|toute l'equipe|votre equipe|tout le monde} {allez|vas|va|vous portez|te portes|se porte|se portent} {bien|tres bien|au mieux|bien de votre cote|bien de ton cote}",
      "{je vous souhaite|je te souhaite|nous vous souhaitons|en vous souhaitant|belle|bonne|tres bonne|excellente} {une |un |}{bonne|belle|tres bonne|excellente|agreable} {journee|soiree|semaine|fin de semaine|fin de journee|week-end|weekend|continuation|rentree|fete|annee|fin d'annee}",
    ],
  },
  {
    name: 'availability_offer',
    note: 'The closing offer of a letter (« Je reste à votre disposition pour toute information complémentaire », « n’hésitez pas à me contacter »): it offers, it asks nothing, however vague its object.',
    forms: [
      "{je reste|nous restons|je demeure|nous demeurons|je me tiens|nous nous tenons|je suis|nous sommes|je resterai|nous resterons|reste|restons} {bien sur |evidemment |naturellement |volontiers |bien entendu |}{a votre disposition|a votre entiere disposition|a ta disposition|a votre ecoute|disponible|disponibles|joignable|joignables}",
      "{n'hesitez pas|n'hesite pas|ne pas hesiter} a {me|nous} {contacter|joindre|solliciter|recontacter|ecrire|appeler|faire signe}",
      "pour toute {information|question|precision|demande} {complementaire |supplementaire |}{,|} {je|nous} {reste|restons|suis|sommes|demeure|demeurons}",
    ],
  },
  {
    name: 'vague_ask',
    note: 'Advice asked on how to do better, about nothing named: vague whatever its words, unless the sentence names a criterion or a skill outside it (« Comment je peux faire pour être prise la prochaine fois ? », « Vous feriez quoi à ma place ? », « Qu’est-ce que vous me suggérez pour m’améliorer ? », « Auriez-vous quelques pistes pour que je progresse ? »). « Comment renforcer mon anglais écrit ? » names the skill: targeted.',
    forms: [
      // Advice on what to do, asked of the reader.
      "{me|nous|m'} {conseillez|conseilleriez|conseilles|conseillerais|suggerez|suggereriez|suggeres|suggererais|recommandez|recommanderiez|recommandes|recommanderais} {de faire|pour|afin de|de tenter|de changer|de travailler|de revoir}",
      "{me|nous|m'} {conseillez|conseilleriez|conseilles|conseillerais|suggerez|suggereriez|suggeres|suggererais|recommandez|recommanderiez|recommandes|recommanderais} {vous|tu} {de faire|pour|afin de|de tenter|de changer|de travailler|de revoir}",
      "{qu'est-ce que|que|quoi} … {me|nous|m'} {conseillez|conseilleriez|conseilles|conseillerais|suggerez|suggereriez|suggeres|suggererais|recommandez|recommanderiez|recommandes|recommanderais}",
      "{me|nous|m'} {conseillez|conseilleriez|conseilles|conseillerais|suggerez|suggereriez|suggeres|suggererais|recommandez|recommanderiez|recommandes|recommanderais} {quoi|quelque chose}",
      // The same with its goal (« Qu'est-ce que vous me suggérez pour m'améliorer ? »): the goal is part of the vague ask, no criterion.
      "{qu'est-ce que|que|quoi} … {me|nous|m'} {conseillez|conseilleriez|conseilles|conseillerais|suggerez|suggereriez|suggeres|suggererais|recommandez|recommanderiez|recommandes|recommanderais} {pour|afin de|de} {progresser|m'ameliorer|nous ameliorer|ameliorer|avancer|reussir|etre pris|etre prise|etre retenu|etre retenue|etre retenus|etre selectionne|etre selectionnee|etre accepte|etre acceptee|decrocher|y arriver|faire mieux|mieux faire|rebondir|la prochaine fois|la suite|l'avenir|mes futures candidatures|mes prochaines candidatures|ma prochaine candidature}",
      "{me|nous|m'} {conseillez|conseilleriez|conseilles|conseillerais|suggerez|suggereriez|suggeres|suggererais|recommandez|recommanderiez|recommandes|recommanderais} {vous|tu|} {pour|afin de|de} {progresser|m'ameliorer|nous ameliorer|ameliorer|avancer|reussir|etre pris|etre prise|etre retenu|etre retenue|etre retenus|etre selectionne|etre selectionnee|etre accepte|etre acceptee|decrocher|y arriver|faire mieux|mieux faire|rebondir|la prochaine fois|la suite|l'avenir|mes futures candidatures|mes prochaines candidatures|ma prochaine candidature}",
      // What the reader would do in the writer's place.
      '{vous|tu} {feriez|ferais} quoi',
      '{que|qu\'est-ce que} {vous|tu} {feriez|ferais}',
      '{feriez|ferais} {vous|tu} a ma place',
      // How to do better next time, asked as a question.
      "comment {je|j'|on|nous} {peux|pourrais|dois|devrais|fais|ferais|pourrai|pourrait|peut|doit|devrait|pouvons|pourrions|devons|devrions} {faire |m'y prendre |nous y prendre |s'y prendre |}pour {progresser|m'ameliorer|nous ameliorer|ameliorer|avancer|reussir|etre pris|etre prise|etre retenu|etre retenue|etre retenus|etre selectionne|etre selectionnee|etre accepte|etre acceptee|decrocher|y arriver|faire mieux|mieux faire|que ca marche|que ca passe|la prochaine fois|la suite|rebondir|garder la motivation}",
      "comment {faire|m'y prendre|progresser|m'ameliorer|avancer|reussir|y arriver|faire mieux|mieux faire} {pour|la prochaine fois|a l'avenir|desormais}",
      "{je fais|on fait|je dois faire|je devrais faire|on doit faire|je peux faire|jfais|jdois faire|jpeux faire} comment {pour|la prochaine fois|a l'avenir}",
      "{je fais|on fait|je dois faire|je devrais faire|on doit faire|je peux faire|jfais|jdois faire|jpeux faire} comment pour {progresser|m'ameliorer|nous ameliorer|ameliorer|avancer|reussir|etre pris|etre prise|etre retenu|etre retenue|etre retenus|etre selectionne|etre selectionnee|etre accepte|etre acceptee|decrocher|y arriver|faire mieux|mieux faire|rebondir|la prochaine fois|la suite|l'avenir|mes futures candidatures|mes prochaines candidatures|ma prochaine candidature}",
      "{je|j'|on} {dois|devrais|peux|pourrais|doit|devrait|peut|pourrait} {faire|changer|travailler|ameliorer|revoir|corriger|modifier} quoi",
      "{quelle|quel} {serait|est|seraient|sont|pourrait etre} {la meilleure|le meilleur|les meilleures|les meilleurs|la bonne|le bon} {facon|maniere|moyen|chose|strategie|voie|chemin|approche|facons|manieres|moyens|choses|strategies} {de|d'|pour|a} … {avancer|progresser|reussir|m'ameliorer|ameliorer|faire|rebondir|continuer|m'y prendre|y arriver|la prochaine fois|mes chances}",
      // What to improve, asked with nothing named (« Qu'est-ce que je dois améliorer selon vous ? », « Comment je peux m'améliorer ? »).
      "{qu'est-ce que|que|qu'est-ce qu'|quoi} {je|j'|on|nous} {dois|devrais|pourrais|peux|aurais du|aurais pu|doit|devrait|pourrait|devons|devrions} {ameliorer|changer|travailler|revoir|corriger|mieux faire|faire autrement|faire de mieux|retravailler|modifier}",
      "{que|qu'est-ce que} {pensez-vous|vous pensez|penses-tu|tu penses} {que|qu'} {je|j'} {devrais|dois|pourrais|aurais du} {ameliorer|changer|travailler|revoir|corriger|retravailler|modifier|faire}",
      "comment {je|j'|puis-je|pourrais-je|dois-je|devrais-je} {peux|pourrais|dois|devrais|} {m'ameliorer|progresser|faire mieux|mieux faire|evoluer|rebondir}",
      "{qu'est-ce qui|quoi|ce qui|qu'est ce qui} {pourrait|pourra|ferait|peut|pourrait bien} faire la difference",
      // Lessons or changes asked with nothing named (« Quelles leçons en tirer, selon vous ? », « Que faudrait-il changer ? »).
      "{quelles|quelle} {lecons|lecon|enseignements|enseignement|conclusions|conclusion} {en tirer|tirer|dois-je en tirer|devrais-je en tirer|en retenir|retenir}",
      "{que|qu'} {faudrait|faut|faudra} il {changer|ameliorer|revoir|modifier|travailler|retravailler|corriger|faire autrement|faire de mieux} {$|,}",
      // Weak points asked with nothing named (« Quels sont mes points faibles ? », « des axes d'amélioration à me suggérer ? »).
      "{quels|quelles} {sont|seraient|étaient|etaient} {selon vous |d'après vous |à votre avis |}{mes|nos} {points faibles|lacunes|faiblesses|défauts|defauts|axes d'amelioration|points d'amelioration|points a ameliorer|points a travailler|points a revoir|points a retravailler|axes de progres|axes de progression}",
      "{des|quelques|vos|les|d'} {axes|points|pistes} {d'amelioration|de progres|de progression|a travailler|a ameliorer}",
      "comment {je|j'|on} {dois|devrais|peux|pourrais|fais|ferais} {m'y prendre|faire|s'y prendre|proceder|m'y prendre maintenant} {$|,|maintenant|desormais|a l'avenir|la prochaine fois|du coup|alors}",
      // The same, inverted (« Que dois-je améliorer ? ») or bare (« Comment m'améliorer ? »). « Qu'aurais-je pu faire
      // autrement ? » is not here: the writer often asks it of themself (« … Je vais y réfléchir. »).
      "{que|qu'} {dois|devrais|pourrais|peux|puis|devons|devrions|pourrions} {je|nous|on} {ameliorer|changer|travailler|revoir|corriger|retravailler|modifier|retenir|en retenir|mieux faire|faire de mieux|faire autrement|faire differemment} {$|,}",
      "{que|qu'} {dois|devrais|pourrais|peux|puis|devons|devrions|pourrions} {je|nous|on} faire {maintenant|desormais|a present|ensuite|alors|du coup|la prochaine fois|pour progresser|pour avancer|pour reussir|pour y arriver|pour etre pris|pour etre prise|pour etre retenu|pour etre retenue|$}",
      "^ {comment|que faire pour|quoi faire pour} {m'ameliorer|nous ameliorer|progresser|faire mieux|mieux faire|evoluer|rebondir|avancer|reussir|y arriver} $",
      "{je fais|on fait|je dois faire|on doit faire|je peux faire|jfais} quoi {maintenant|alors|du coup|desormais|a present|la prochaine fois|moi|$}",
      "{du coup|bah|alors|et} {je fais|on fait} quoi",
      // Ideas, leads or advice for doing better, named in general.
      "{des|quelques|vos|une|un|d'|de|les|tes} {pistes|piste|idees|idee|recommandations|recommandation|suggestions|suggestion|conseils|conseil|astuces|tuyaux|mots|mot} … {pour|afin} … {progresser|m'ameliorer|nous ameliorer|avancer|reussir|garder la motivation|la prochaine fois|mieux faire|faire mieux|rebondir|mes futures candidatures|mes prochaines candidatures|ma prochaine candidature|la suite|l'avenir|que je progresse|que je m'ameliore|que je reussisse|que ca marche|garde la motivation|garde le moral|reste motive|reste motivee|retrouve confiance|retrouve la motivation}","{qu'est-ce que|quoi} {je|j'} {devrais|dois|pourrais|aurais dû|aurais pu|peux} {améliorer|changer|revoir|travailler|retravailler|corriger|faire de mieux|faire autrement|faire différemment}", "{j'aurais dû|j'aurais pu|je devrais|il fallait|fallait|il aurait fallu|j'aurais du} faire quoi", "{qu'est-ce que|que} j'aurais {dû|du|pu} faire {de plus|de mieux|autrement|différemment|}", "comment {fait-on|on fait|faire|fait-on donc|je fais|je peux faire} pour {être|etre} {sélectionné|sélectionnée|pris|prise|retenu|retenue|recruté|recrutée|admis|admise|choisi|choisie}", "{que|qu'} {faudrait-il|faut-il|faudra-t-il} que {je|j'} {change|améliore|revoie|fasse|travaille|corrige|modifie}", "^ {j'aimerais|je voudrais|je souhaiterais|j'aurais aimé} {comprendre|savoir|comprendre pourquoi|juste comprendre} {.|!|@ellipsis|$}", "si vous avez des {pistes|conseils|retours|idées|suggestions|remarques} {,|} n'hésitez pas", "est-ce que vous {pourriez|pouvez|sauriez} me conseiller {?|$}", "{vos|tes} {impressions|remarques|retours|commentaires|avis|conseils} m'{intéresseraient|intéresseront|intéressent|aideraient} {beaucoup |vraiment |énormément |}{.|!|$}", "^ {qu'en pensez-vous|qu'en penses-tu|vous en pensez quoi|t'en penses quoi|tu en penses quoi} {?|$}", "{que dois-je|qu'est-ce que je dois|que devrais-je} {retenir|comprendre|en tirer|en retenir} {de tout cela|de tout ça|de cette expérience|de ce refus}", "{juste |c'est |c |}pour savoir ce qui {a pas marché|n'a pas marché|a pas fonctionné|n'a pas fonctionné|a coincé|a cloché|a pas été|n'a pas été}", "^ {votre|ton|vos|tes} {avis|retour|regard|ressenti|impressions|commentaires} m'{intéresse|intéressent|intéresserait|intéresseraient} {beaucoup |vraiment |}{.|!|$}", "{pouvez-vous|pourriez-vous|tu peux|vous pouvez|peux-tu} {m'expliquer|me détailler|m'éclairer sur} {la|votre|cette|ta} {décision|choix|refus} {?|$|.}"
    ],
  },
  {
    name: 'targeted',
    note: 'What makes a request for feedback precise: a criterion, a skill, an example, a part of the file.',
    forms: ['concret', 'concrete[s]', 'concrets', 'precis', 'precise[s]', 'cible[e][s]', 'competence[s]', 'critere[s]', 'element[s]', 'point[s]', 'prix', 'tarif[s]', 'delai[s]', 'exemple[s]', 'pese', 'renforcer', 'priorite', 'prioritaire[s]', 'axe[s]', 'aspect[s]', 'manquant[e][s]', 'decisi{f|ve|fs|ves}', '1', '2', 'un ou deux', 'une ou deux', 'principal', 'principale', 'principaux', 'le plus', 'la plus', 'volet', 'partie', 'section', 'presentation', 'test', 'cas pratique', 'exercice', 'portfolio', 'budget', 'methodologie', 'chiffrage', 'planning', 'reference[s]', 'maquette[s]', 'demo', 'entretien technique', 'technique', 'grille', 'note', 'notation', 'classement', 'lettre de motivation', 'cv', 'experience', 'niveau', 'anglais', 'managerial', 'manageriale', 'oral', 'ecrit', 'memoire', 'projet de recherche', 'budget previsionnel', 'offre financiere', 'offre technique', 'memoire technique', 'soutenance', 'pitch', 'ameliorer', 'progresser', 'travailler', 'developper', 'approfondir'],
  },
  {
    name: 'reader_tu',
    note: 'The reader addressed as « tu ».',
    forms: ['tu', 'toi', 'te', 'ton', 'ta', 'tes'],
  },
  {
    name: 'detail_praise',
    note: 'Praise of the content of an answer: the usual target of sarcasm when the answer had none (« ce retour si détaillé »).',
    forms: ['detaille[e][s]', 'complet', 'complete[s]', 'complets', 'personnalise[e][s]', 'precis[e][s]', 'constructi{f|ve|fs|ves}', 'exhausti{f|ve|fs|ves}', 'argumente[e][s]', 'circonstancie[e][s]', 'eclairant[e][s]', 'instructi{f|ve|fs|ves}', 'chaleureu{x|se|ses}', 'humain[e][s]', 'motive[e][s]', 'fourni[e][s]', 'riche[s]', 'approfondi[e][s]', 'nuance[e][s]', 'explicite[s]', 'limpide[s]', 'touchant[e][s]', 'attentionne[e][s]', 'soigne[e][s]', 'original[e][s]', 'unique[s]', 'sur mesure'],
  },
  {
    name: 'sincere_marks',
    note: 'What makes praise sincere in the same sentence: naming the chosen candidate, a warm emoji, « sincèrement ».',
    forms: [
      "{il|elle|ils|elles} le {merite|meritait|meritent|meritaient} {vraiment|bien|amplement|largement|totalement|pleinement|mille fois|cent fois}", "amplement merite[e][s]",'sincerement', 'sinceres', 'de tout coeur', 'de tout cœur', "j'ai apprecie", "j'ai vraiment apprecie", 'nous avons apprecie', '🙂', '😊', '🙏', '☺', '😀', '😃', '❤', '❤️', '💪', '{bravo|felicitations|chapeau} {a|au|aux} @chosen'],
  },
  {
    name: 'gain_marks',
    note: 'What the writer gained from the process, told as a gain (« j’ai beaucoup appris », « m’ont permis de mieux connaître votre équipe », « un vrai plaisir »): counted steps told with it are not a bill. Not « merci » alone: thanks open many a bill (« merci pour ces trois mois d’échanges (quatre entretiens, …) »).',
    forms: [
      // Attachment told as the reason for the disappointment (« trois entretiens, un cas pratique, on s’attache au projet »).
      "{on s'attache|je m'attache|on s'est attache|je me suis attache|je me suis attachee|on finit par s'attacher|je m'etais attache|je m'etais attachee} {au|a|aux}",
      "encourageant[e][s]", "bon signe", "motivant[e][s]", "je progresse", "progres",'bien mene[e]', 'bien organise[e]', '{prendre|pris|prends|prendrais|prenais|prendre} plaisir', '{prendre|pris|prends|prendrais|prenais|prendrai|y prendre} gout', 'adore[e]', 'riche[s]', 'passionnant[e][s]', '{processus|process|recrutement|echanges|parcours|selection} {aussi |si |tres |vraiment |particulierement |}{bien mene|bien menee|bien organise|bien organisee|fluide|soigne|soignee|respectueux|humain|clair|agreable}', 'rarement vecu', 'appris', 'apprendre', 'enrichissant[e][s]', 'formateur', 'formatrice', 'stimulant[e][s]', 'passionnant[e][s]', '{un|une} {vrai |reel |grand |veritable |}plaisir', 'avec plaisir', 'ravi[e][s]', 'apprecie[e][s]', '{permis|permet} de {mieux |}{connaitre|decouvrir|comprendre|progresser|rencontrer|cerner|voir}', 'decouvert[e][s]'],
  },
  {
    name: 'grateful_marks',
    note: 'Gratitude or learning in the same sentence: effort mentioned with them is not counted back (« j’ai passé deux soirées à préparer l’étude de cas et j’ai beaucoup appris »).',
    forms: ['merci', 'remercie', 'remercions', 'remercier', 'remerciant', 'reconnaissant[e][s]', 'gratitude', 'apprecie', 'appris', 'plaisir', 'enrichissant[e][s]', 'formateur', 'formatrice', 'stimulant[e][s]', 'passionnant[e][s]', 'ravi[e][s]', 'heureu{x|se|ses}', 'volontiers', 'avec joie', 'interessant[e][s]'],
  },
  {
    name: 'kind_words',
    note: 'Words that make telling others about the reader kind, not a threat (« j’en parlerai en bien autour de moi »).',
    forms: ['{va|vont|allez|va bien|vont bien} se plaire {chez vous|avec vous|dans votre equipe|parmi vous|chez toi|avec toi}', 'se plaira {chez vous|avec vous|dans votre equipe|parmi vous|chez toi}', '{vous allez|tu vas|vous allez bien|vous passerez|tu passeras} passer {une|un} {belle|excellente|super|tres belle|bonne|magnifique|superbe|beau|excellent|tres bon} {soiree|journee|fete|saison|annee|edition|rentree|ceremonie|mariage|evenement|moment|week-end|festival}', 'merite un bon', 'merite une bonne', 'merite le meilleur', 'bien vous servir', 'vous servira bien', 'est remarquable', 'sont remarquables', 'est magnifique', 'est superbe', "l'air {solide|super|top|genial|geniale|chouette|sympa|tres bien|prometteur|prometteuse|soude|soudee|formidable}", "pour l'organisation", "et a toute l'equipe", 'entre de bonnes mains', 'en bien', 'positivement', 'chaleureusement', 'avec plaisir', 'volontiers', 'recommander', 'recommanderai', 'recommanderons', 'recommande', 'avec enthousiasme', 'le plus grand bien', 'que du bien', 'vos actualites', 'vos offres', 'votre annonce', 'vos projets', 'vos publications', 'vos reussites', 'des ressources', 'une ressource', 'invitation', 'pour rester en contact', 'rester en contact', 'garder le contact', 'suivre'],
  },
  {
    name: 'reader_future',
    note: 'The reader in the future, as a threat addresses them (« vous verrez », « vous allez lire »).',
    forms: ['{vous|tu} {allez|vas|aurez|auras|verrez|verras|saurez|sauras|entendrez|entendras|lirez|liras|decouvrirez|decouvriras|trouverez|trouveras|constaterez|constateras}'],
  },
  {
    name: 'resolve_marks',
    note: 'The writer going on after the refusals they count (« je continue de me former », « je retenterai plus tôt », « toujours aussi motivé », « sans rancune », « je sais que les places sont rares »): the history told as a fact of the road, not a bill for the reader.',
    forms: [
      '{je continue|nous continuons|je continuerai|nous continuerons} {de|a|d\'}', '{je retenterai|nous retenterons|je retente|nous retentons|je repostulerai|nous repostulerons|je reviendrai|nous reviendrons}',
      '{toujours|plus que jamais|tout aussi|toujours aussi} {motive|motivee|motives|motivees|determine|determinee|determines|decide|decidee}', 'sans rancune',
      '{je sais|nous savons|je mesure|nous mesurons} que {les places|les postes|les logements|les financements|les contrats} sont {rares|peu nombreux|limites|tres demandes}',
      '{mais|et} {je comprends|nous comprenons|je le comprends}', '{je prepare|nous preparons|je me prepare|je me forme|nous nous formons|je me formerai} {mon|ma|mes|notre|nos|pour|a|en|deja}',
    ],
  },
  {
    name: 'next_time',
    note: 'A later application, not this decision (« lors d’un prochain recrutement »): asking to be considered then is not contesting.',
    forms: [
      "{la|lors de la|pour la|une|une autre} {session|campagne|vague|commission|edition|saison|promotion|rentree} {de|d'} {janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|printemps|automne|ete|hiver|#}","d'ici {la fin de|la fin du|quelques|deux|trois|six|le|l'|la rentree|l'automne|l'ete|l'hiver|le printemps}", "dans {quelques|deux|trois|six|plusieurs} {semaines|mois}", "{a partir de|a|dans|sous|selon} {quel|quelle|quels|quelles} {seuil|niveau|montant|pourcentage|conditions|condition|cas|delai|moment|apport|note}", '{a|dans|sous} quelles conditions', 'prochain', 'prochaine', 'prochains', 'prochaines', "l'an prochain", 'futur', 'future', 'futurs', 'futures', 'a venir', 'a l\'avenir', 'plus tard', 'ulterieur', 'ulterieure', 'ulterieurement', 'une autre occasion', 'nouvelle session', 'nouvel appel', 'nouvelle campagne', 'suivant', 'suivante', 'suivants', 'suivantes', 'promo', 'promotion suivante', 'cohorte', 'resultats', 'mes progres', 'si je'],
  },
  {
    name: 'quality_adj',
    note: 'Qualities a refusal or an offer is described with; between quotation marks, the writer mocks them (« un budget "abordable" »).',
    forms: ['abordable[s]', 'raisonnable[s]', 'competiti{f|ve|fs|ves}', 'serieu{x|se|ses}', 'experimente[e][s]', 'motive[e][s]', 'creati{f|ve|fs|ves}', 'dynamique[s]', 'junior[s]', 'senior[s]', 'atypique[s]', 'economique[s]', 'accessible[s]', 'modeste[s]', 'solide[s]', 'adapte[e][s]', 'bienveillant[e][s]', 'equitable[s]', 'objecti{f|ve|fs|ves}', 'transparent[e][s]', 'rigoureu{x|se|ses}', 'exigeant[e][s]', 'ambitieu{x|se|ses}', 'qualifie[e][s]', 'ideal[e][s]', 'parfait[e][s]', 'meilleur[e][s]', 'mieux', 'correct[e][s]', 'pertinent[e][s]', 'innovant[e][s]', 'agile[s]', 'bienveillance', 'humain[e][s]', 'familial[e][s]', 'jeune[s]', 'proche[s]', 'rapide[s]', 'efficace[s]', 'chance', 'opportunite', 'experience', 'talent[s]', 'expert[s]', 'expertise', 'merite', 'valeur[s]'],
  },
  {
    name: 'self_blame',
    note: 'The writer taking the blame: a judgement word with it is about the writer (« c’était idiot de ma part »).',
    forms: ['de ma part', 'de mon cote', 'de notre part', 'de notre cote', 'ma faute', 'notre faute', 'mon erreur', 'notre erreur', 'mes erreurs', "{j'ai|nous avons|j'avais|nous avions} {sous-estime|sous-estimee|neglige|oublie|mal|rate|manque|omis|sous-evalue|trop|pas assez|pas su|pas pris}", 'mea culpa', '{vient|venait|viendrait|provient|provenait} {de moi|de nous|de mon cote|de notre cote|de ma part|de notre part|de chez nous}', 'je le reconnais', 'je reconnais', '{je regrette|je regrettais|nous regrettons} {encore |vraiment |sincerement |beaucoup |}{mon|ma|mes|notre|nos}', '{desole|desolee|navre|navree} {pour|de} {mon|ma|mes|notre|nos}', 'je me suis trompe', 'je me suis trompee', "j'ai eu tort", "j'avais tort", 'par ma faute', 'de moi',
      "{j'aurais|nous aurions} {du|pu|gagne a|mieux fait de} {mieux |davantage |plus |}{le|la|les|l'|travailler|preparer|preciser|insister|mettre|developper|approfondir|detailler|anticiper|expliquer|montrer|presenter|soigner|relire|verifier|illustrer|chiffrer|structurer}",
      "{j'ai|nous avons|j'avais|nous avions} … {un peu vite|trop vite|trop tot|a la hate|dans la precipitation|sans assez|sans suffisamment|trop tard}",
      "j'avoue que {j'ai|nous avons|j'avais|nous avions|je n'ai|nous n'avons|je me suis|nous nous sommes}", "{j'ai|nous avons|j'avais|nous avions} fait {une|des|l'|cette|une petite|une grosse|une belle} {erreur|erreurs|faute|betise|maladresse|boulette}", "{je regrette|je regrettais|nous regrettons} {vraiment |sincerement |beaucoup |}de ne pas avoir {ete|su|pu|mieux|assez|plus|davantage|pris|fait|mis|prepare|insiste|montre|detaille|anticipe}", "{j'ai|j'avais|nous avons|nous avions} {commis|fait} {une|des|plusieurs} {erreur|erreurs|faute|fautes|oubli|oublis|maladresse|maladresses|coquille|coquilles}"
    ],
  },
  {
    name: 'writer_self',
    note: 'The writer as the subject of a claim about themself (« je suis », « j’avais », « je corresponds »).',
    forms: ["{je|j'|nous|moi} {suis|etais|serais|reste|restais|demeure|me sens|me sentais|corresponds|correspondais|reponds|repondais|coche|cochais|remplis|remplissais|avais|ai|aurais|sommes|etions|serions|restons|avons|avions|aurions|etais}",
      "{j'en|nous en} {ai|avais|ai eu|avons|avions|compte|comptais|totalise|cumule}",
    ],
  },
  {
    name: 'ellipsis',
    note: 'Suspension points as written (« … » or « ... »): inside the alternatives of a form a bare « … » is a gap, so forms name the mark through this class.',
    forms: ['=…', '=...', '=....'],
  },
  {
    name: 'laughing_emoji',
    note: 'Laughter at oneself (« mdr je me suis trompée de date 😂 »): beside « mdr » or « lol », it makes the joke the writer’s own, not a sneer.',
    forms: ['=😂', '=🤣', '=😄', '=😅', '=😆', '=😁', '=😀', '=😃'],
  },
  {
    name: 'smiling_emoji',
    note: 'A plain smile (🙂 😊 ☺️) right after a reassurance in « tu » (« t’inquiète pas pour moi 🙂 »): between friends it softens, it does not sneer.',
    forms: ['=🙂', '=😊', '=☺', '=☺️', '=🤗'],
  },
  {
    name: 'heart_emoji',
    note: 'A heart or flowers after a compliment (« trop gentil le petit mot, merci ❤️ », « merci à vous deux 💐 »): affection, which irony does not send.',
    forms: ['=❤️', '=❤', '=💛', '=💙', '=💚', '=💜', '=🧡', '=💕', '=💖', '=🥰', '=😍', '=💐', '=🌸', '=🌷', '=🌹'],
  },
  {
    name: 'clap_emoji',
    note: 'Applause: sincere after « bravo à Léa », ironic in a row after a plain « merci de m’avoir prévenu » (« 👏👏👏 »).',
    forms: ['=👏', '=👏🏻', '=👏🏼', '=👏🏽', '=👏🏾', '=👏🏿'],
  },
  {
    name: 'thanks_emoji',
    note: 'Hands joined after thanks (« merci quand même 🙏 »): gratitude, which a sneer does not send.',
    forms: ['=🙏', '=🙏🏻', '=🙏🏼', '=🙏🏽', '=🙏🏾', '=🙏🏿'],
  },
  {
    name: 'irony_strong',
    note: 'Marks that make a compliment ironic on their own: eye-rolling, smirking or blank-faced emoji (😐), « lol ». Not 👏: applause is as often sincere (« bravo à Inès pour le rôle 👏 »).',
    forms: ['=😒', '=🙄', '=😏', '=🙃', '=🤡', '=;)', '=;-)', 'mdr', 'lol', 'ptdr', 'haha', 'hihi', 'ahah', 'hehe', 'xd', "😐", "😑"],
  },
  {
    name: 'feeler',
    note: 'The writer as the one who feels (« je suis déçu », « nous sommes choqués »): a feeling word is about the writer only with it.',
    forms: ['je', "j'", 'moi', 'me', "m'", "nous {sommes|etions|avons ete|serons|restons|nous sentons|nous sommes sentis|nous sommes senties|sortons}"],
  },
  {
    name: 'contempt_image',
    note: 'Images of contempt for a recruitment or a decision (« un casting pour un cirque », « une vraie loterie »).',
    forms: ['cirque', 'zoo', 'foire', 'mascarade', 'farce', 'comedie', 'guignol', 'cinema', 'theatre de guignol', 'loterie', 'tombola', 'usine', 'abattoir', 'bordel', 'marche aux bestiaux', 'maison de fous', 'cour de recreation', 'cour d\'ecole', 'club de copains', 'entre-soi', 'pantomime', 'parodie', 'simulacre', 'tirage au sort', 'pile ou face', 'republique bananiere', 'kermesse'],
  },
  {
    name: 'legal',
    note: 'Lawyers, courts and authorities brought into a reply: a threat.',
    forms: ['{mon|notre} conseil {examinera|examine|verifiera|etudiera|analysera|regardera|se penchera}', 'service juridique', 'services juridiques', '{mon|notre} conseil $', '{mon|notre} conseil {habituel|juridique}', '{mon|notre} conseil {,|qui|juridique|habituel}', 'avec {mon|notre|nos} {conseil|conseils}', '{la|sa} regularite de {la|cette} procedure', 'mon avocat', 'notre avocat', 'direction juridique', 'conseil juridique', 'juriste[s]', 'avocat[s]', 'avocate[s]', 'huissier[s]', 'tribunal', 'tribunaux', 'tribunal administratif', 'justice', 'contentieux', 'refere', 'mise en demeure', 'plainte', 'prud\'hom{m|}es', 'inspection du travail', 'defenseur des droits', 'cnil', 'dgccrf', 'prefet', 'prefecture', 'procureur', 'gendarmerie', 'police', 'poursuites', 'action en justice', 'recours {gracieux|contentieux|hierarchique|en annulation}', 'saisi le', 'saisir le', 'saisirons le', 'saisirai le',
      "{un|une|mon|ma|notre|nos|mes} {ami|amie|amis|cousin|cousine|frere|soeur|beau-frere|belle-soeur|voisin|voisine|connaissance|proche|oncle|tante|parent} {avocat|avocate|juriste|huissier|notaire|magistrat|magistrate|juge}",
    ],
  },
  {
    name: 'meeting_ask',
    note: 'A call, a meeting or a coffee proposed to the reader: each one is an ask of its own.',
    // « un moment », not « le moment venu » (when the time comes).
    forms: ["{un|une|d'un|d'une|le|la} {appel|echange|rendez-vous|rdv|cafe|rencontre|visio|visioconference|call|point|coup de fil|dejeuner|entretien telephonique|creneau|temps d'echange|meeting|reunion}", "{un|d'un} moment"],
  },
  {
    name: 'staff_reps',
    note: 'The bodies an employee turns to against a decision (staff representatives, a union, the labour inspectorate): naming them as informed of the refusal is leverage.',
    forms: [
      '{le|la|les|un|une|mon|ma|mes|notre|nos} {representant|representante|representants|representantes|delegue|deleguee|delegues|deleguees|elu|elue|elus|elues} du personnel', '{mon|notre|le|un|au|du} syndicat', '{le|au|du} cse', "l'inspection du travail", '{mon|ma|notre} {avocat|avocate|conseil juridique}', '{la|une} representation du personnel',
    ],
  },
  {
    name: 'authority',
    note: 'Voters, elected officials, the press or a federation invoked in a reply to a refusal: leverage.',
    forms: ['{votent|voteront|votaient|voterons|votons} {aussi|egalement|eux aussi|elles aussi|nous aussi} {aux|aux prochaines|pour}', 'aux municipales', 'aux prochaines elections', 'electeur[s]', 'electrice[s]', 'electorat', 'votant[s]', 'les municipales', 'les legislatives', 'les regionales', 'les departementales', 'les europeennes', 'le correspondant {de|du|d\'}', 'un correspondant {de|du|d\'}', '{en toucher|toucherai|toucherons|toucher} {un mot|deux mots}', "{je me demande|on se demande|je me demandais} ce {qu'en|que} {penserait|penseraient|dirait|diraient}", 'prochaines elections', 'elections municipales', 'aux urnes', '{monsieur|madame} le {maire|prefet|depute|senateur|president|ministre}', '{monsieur|madame} la {maire|prefete|deputee|senatrice|presidente|ministre}', 'le maire', 'la maire', 'la presse', 'la presse locale', 'les journalistes', 'un journaliste', 'les medias', 'la presse regionale', 'le journal local', 'la gazette', 'le conseil municipal', 'les elus', 'nos elus', 'vos elus', '{saisir|saisirai|saisirons|saisi|informer|informerai|informerons|informe|alerter|alerterai|alerterons|alerte|prevenir|previendrai|previendrons|previens|ecrire a|ecrirai a|ecrirons a|ecris a|en parler a|en parlerai a|en parlerons a|signaler a|signalerai a|signalerons a|remonter a|remonterai a|en referer a|en refererai a|en refererons a|transmettre a|transmettrai a|transmettrons a} la federation', 'je siege', 'nous siegeons', 'vos financeurs', 'vos tutelles', 'votre tutelle', 'le conseil departemental', 'le conseil regional', 'la prefecture',
      "{je collabore|je travaille|j'ecris|je tiens|j'anime|je publie|je contribue|je pige|je suis chroniqueur|je suis chroniqueuse} {regulierement |souvent |parfois |}{avec|pour|dans|a} {une|un|la|le} {revue|magazine|journal|webzine|podcast|newsletter|chaine|media|blog|emission|radio}",
    ],
  },
  {
    name: 'reader_reason',
    note: 'The reader’s reason or remark named before being answered (« vous évoquez », « selon vous », « il fallait »).',
    forms: [
      "vous {evoquez|mentionnez|parlez|pointez|relevez|soulignez|citez|estimez|jugez|dites|ecrivez|indiquez|avancez|invoquez|regrettez|considerez|notez|signalez|m'opposez|me reprochez|nous reprochez|nous opposez|retenez}",
      "vous {m'avez|nous avez} {dit|ecrit|indique|reproche|oppose|explique|repondu}", 'selon vous', "d'apres vous", 'a vous lire', 'a vous entendre', "{il fallait|il manquait|il me manquait|il nous manquait|il aurait fallu}",
      "{votre|le} {motif|argument|reproche|critere|point faible} {de|d'|du|selon|serait|etait|est}",
      "{concernant|quant a|s'agissant de|sur} {la|votre|vos|les|le|l'} {remarque|remarques|commentaire|commentaires|critique|critiques|reproche|observation|observations|appreciation|evaluation|reserve|reserves}",
    ],
  },
  {
    name: 'rebut_contrast',
    note: 'What sets one’s own version against the reader’s (« alors que », « pourtant », « or », « en réalité »); « mais » is left out, it also opens a lesson learnt.',
    forms: ['alors que', 'alors qu\'', 'pourtant', 'or', 'tandis que', 'en realite', 'au contraire', 'plutot', 'en fait', 'bien que', 'quand bien meme',
      'pour ma part',
      'pour notre part',
      'de mon cote',
      'quant a moi',
    ],
  },
  {
    name: 'own_feeling',
    note: 'The writer granting a feeling of their own (« certes, la nouvelle m’a un peu déçu »): conceded before « mais », it is not the reader’s point answered.',
    forms: [
      "{m'a|m'avait|m'aura|nous a|nous avait} {decu[e][s]|attriste[e][s]|peine[e][s]|touche[e][s]|surpris[e][s]|frustre[e][s]|ebranle[e][s]|contrarie[e][s]|chagrine[e][s]|refroidi[e][s]|coupe[e][s] les jambes|fait de la peine|fait un pincement}",
      "{je suis|j'etais|j'ai ete|je me suis senti[e]|nous sommes|nous etions|nous avons ete} {decu[e][s]|triste[s]|surpris[e][s]|frustre[e][s]|attriste[e][s]|peine[e][s]|contrarie[e][s]}",
      '{ma|la|notre|une|un peu de} {deception|tristesse|frustration|surprise|peine}', 'un pincement',
    ],
  },
  {
    name: 'turn',
    note: 'Where a sentence turns after thanks or acceptance (« même si », « bien que », « quoique », « mais », « tout en notant que »): what follows is read on its own for a reproach.',
    forms: ['meme si', 'bien que', "bien qu'", 'quoique', "quoiqu'", 'mais', 'encore que', "encore qu'", 'tout en {notant|constatant|regrettant|remarquant|observant|soulignant} que', "tout en {notant|constatant|regrettant|remarquant|observant|soulignant} qu'"],
  },
  {
    name: 'concession',
    note: 'A point granted before being answered (« certes », « il est vrai que », « j’admets que »): with « mais » and a claim about oneself, a rebuttal.',
    forms: ['certes', 'il est vrai que', "il est vrai qu'", "j'admets que", "je reconnais que", "j'entends bien que", "je concois que", 'effectivement', "je vous accorde que"],
  },
  {
    name: 'topic_opener',
    note: 'How a reply takes up a point of the feedback in turn (« sur la faisabilité, », « quant au calendrier, »).',
    forms: ["^ {sur|concernant|s'agissant de|s'agissant du|s'agissant des|pour ce qui est de|pour ce qui est du|pour ce qui concerne|quant a|quant au|quant aux|au sujet de|au sujet du|a propos de|a propos du|enfin, sur|et sur} {le|la|les|l'|ce|cette|ces|votre|vos|mon|ma|mes|notre|nos|} _ {,|:}", "{;|,} {sur|concernant|quant a|quant au|quant aux|s'agissant de|s'agissant du|pour ce qui est de|pour ce qui est du|enfin sur|et sur} {le|la|les|l'|ce|cette|ces|votre|vos|mon|ma|mes|notre|nos|} _ {,|:}"],
  },
  {
    name: 'acceptance',
    note: 'Words that take feedback on board (« je retiens », « vous avez raison »): a point taken up this way is not a rebuttal.',
    forms: ['retiens', 'retenons', 'retenu', 'note', 'notons', 'prends note', 'comprends', 'comprenons', 'merci', 'juste', 'justes', 'raison', 'pertinent[e][s]', 'travaille', 'travaillerai', 'travaillerons', 'ameliorer', 'ameliorerai', 'renforcer', 'renforcerai', 'progresser', 'approfondir', 'approfondirai', 'appris', 'utile[s]', 'precieu{x|se|ses}', 'reconnais', 'reconnaissons', "d'accord", 'vous avez raison', 'effectivement', 'en effet', 'je vais', 'nous allons'],
  },
  {
    name: 'acceptance_strong',
    note: 'Acceptance that makes « je note que… » a neutral acknowledgement (« je note que vous recherchez un profil plus senior, je comprends »).',
    forms: ['je comprends', 'nous comprenons', '{je|nous} {le|la|les|l\'} {comprends|comprenons}', "{je|j'|nous} {respecte|respectons|accepte|acceptons|prends acte de|prenons acte de|comprends|comprenons} {pleinement |tout à fait |bien |entièrement |naturellement |}{votre|ta|cette|la|leur|vos} {décision|decision|choix|position|réponse|reponse}", "{je|nous} {prends|prenons} acte", "{je|nous} {félicite|felicite|félicitons|felicitons} {la|le|les|votre|vos} {personne|candidat|candidate|candidats|lauréat|laureat|lauréate|laureate|lauréats|laureats|équipe|equipe|entreprise|attributaire}", 'je retiens', 'nous retenons', 'je travaillerai', 'nous travaillerons', 'tout a fait', 'bien comprehensible', 'c\'est comprehensible', 'c\'est legitime', 'legitime', 'logique', 'normal', '{ca|cela|c|ceci} se comprend', '{ca|cela} se tient'],
  },
  {
    name: 'decision_stands',
    note: 'A correction that says it leaves the decision standing (« …, alors que j’avais postulé pour celui d’assistant, mais cela ne change rien à votre réponse »): a mix-up set right, not a rebuttal.',
    forms: [
      "{ca|cela|c'|ce qui|ceci} ne change {rien|evidemment rien|bien sur rien|strictement rien} {a|au|aux} {votre|ta|la|le|vos|tes|cette|ce} {reponse|decision|choix|refus|conclusion|verdict|avis}",
      "{ca|cela|ce qui} ne remet {pas|evidemment pas|bien sur pas|en rien} en cause {votre|ta|la|le|cette|ce} {reponse|decision|choix|refus|conclusion|verdict}","{rien de grave|ce n'est pas grave|sans gravité|pas grave} {,|;} {c'est|c'était} {seulement|juste|simplement|uniquement} pour {vos fichiers|votre fichier|vos dossiers|vos archives|la mise à jour|votre information|information|vos registres}", "{c'est|c'était} {seulement|juste|simplement|uniquement} pour {vos fichiers|votre fichier|vos archives|la mise à jour de votre fichier|vos registres}"
    ],
  },
  {
    name: 'judge_verb',
    note: 'Verbs of judging a file (« apprécier », « juger », « évaluer »): with « sans formation technique », the reader’s competence is in question.',
    forms: ['<apprecier>', '<juger>', '<evaluer>', '<estimer>', '<noter>', '<mesurer>', '<comprendre>'],
  },
  {
    name: 'negative',
    note: 'Ordinary negative words that, aimed at the reader, weigh toward a reproach (a cue, never a fault alone).',
    forms: ['silence', 'attente', 'retard', 'tardi{f|ve|fs|ves}', 'sans nouvelles', 'sans reponse', 'sans explication', 'sans retour', 'sans un mot', 'sans suite', 'impersonnel[le][s]', 'automatique[s]', 'generique[s]', 'standard', 'copie-colle', 'copier-coller', 'laconique[s]', 'sec', 'seche[s]', 'froid[e][s]', 'brutal[e][s]', 'brutaux', 'en vain', 'pour rien', 'perdu[e][s]', 'perte', 'gachis', 'gache[e][s]', 'inutile[s]', 'vain[e][s]', 'dommage', 'malheureusement', 'helas', 'decevant[e][s]', 'deception', 'frustrant[e][s]', 'frustration', 'etonnant[e][s]', 'etonne[e][s]', 'surpris[e]', 'surprenant[e][s]', 'curieu{x|se|ses}', 'etrange[s]', 'bizarre[s]', 'desinteresse[e][s]', 'distrait[e][s]', 'presse[e][s]', 'a peine', 'meme pas', 'pas meme', 'rien', 'jamais', "personne {ne|n'}", 'aucun', 'aucune', 'n\'importe', 'camera coupee', 'en retard', 'telephone', 'portable', 'oublie[e][s]', '<ignorer>', '<oublier>', '<negliger>', '<zapper>', '<snober>', '<mepriser>', '<balayer>', '<expedier>', '<bacler>', '<survoler>'],
  },
  {
    name: 'flaw',
    note: 'A measured flaw (slowness, coldness, haste, vagueness, disorder): said of the reader\'s process or people in a judging sentence, a reproach in polite words (« d\'une lenteur remarquable », « pour le moins confuse »). Words that are also praise or plain description (long, bref, simple, rapide) are left out.',
    forms: [
      'lenteur', 'froideur', 'legerete', 'precipitation', 'confusion', 'opacite', 'desorganisation', 'approximation[s]', 'imprecision[s]', 'rigidite', 'secheresse', 'distance', 'indifference', 'desinvolture', 'negligence', 'improvisation', 'amateurisme', 'flou', 'manque de {nuance|clarte|transparence|rigueur|respect|tact|consideration|serieux|ecoute|courtoisie|professionnalisme|suivi|preparation|coherence|discernement|recul|egards|delicatesse|organisation|reactivite}',
      'lent[e][s]', 'froid[e][s]', 'confus[e][es]', 'flou[e][s]', 'opaque[s]', 'desorganise[e][s]', 'approximati{f|ve|fs|ves}', 'hati{f|ve|fs|ves}', 'precipite[e][s]', 'presse[e][s] {d\'en finir|de conclure|d\'en terminer|de passer}', 'expediti{f|ve|fs|ves}', 'superficiel[le][s]', 'sommaire[s]', 'maladroit[e][s]', 'brouillon[ne][s]', 'rigide[s]', 'arbitraire[s]', 'partial[e][s]', 'partiaux', 'contradictoire[s]', 'incoherent[e][s]', 'evasi{f|ve|fs|ves}', 'distant[e][s]', 'impersonnel[le][s]', 'desagreable[s]', 'inattenti{f|ve|fs|ves}', 'peu {clair|claire|clairs|claires|professionnel|professionnelle|rigoureux|rigoureuse|serieux|serieuse|respectueux|respectueuse|attentif|attentive|aimable|courtois|courtoise|organise|organisee|transparent|transparente|coherent|coherente}',
      'un interrogatoire', 'une formalite', 'un tribunal', 'une loterie', 'un monologue', 'un proces', 'un examen de passage', 'une mascarade', 'un simulacre',
    ],
  },
  {
    name: 'reader_failing',
    note: 'A failing laid at the reader’s door: « vous n’avez pas… », « personne n’a… », « pas une question ».',
    forms: ["{vous|tu} {n'avez|n'as|n'aviez|n'avais|ne m'avez|ne m'as|ne nous avez} {pas|jamais|même pas|meme pas|guère|rien}", "{personne|aucun de vous|aucun d'entre vous|nul} {n'|ne}", '{pas|sans} {une|un} {seule |seul |}{question|mot|ligne|regard|appel|retour|explication|minute}', "{vous|tu} {ne|n'} {m'|nous|me} … {pas|jamais|même pas}", '{même|meme} pas {un|une|de}', 'sans même', 'sans meme', "{vous|tu} {n'ayez|n'aies|ne m'ayez|ne nous ayez|ne m'aies} {pas|jamais|meme pas|guere|rien}", "{passer|passe|passes|passez|passe|passee|passes|passees|etes passe|etes passes|etes passee|etes passees|soyez passe|soyez passes} a cote {de|d'}", "{n'etes|n'etiez|n'est|n'etait|ne soyez|ne semblez|ne sembliez} {visiblement |manifestement |clairement |simplement |peut-etre |sans doute |tout simplement |}pas {pret|prete|prets|pretes|mur|mure|murs|mures|a la hauteur}"],
  },
  {
    name: 'contrast',
    note: 'Words that oppose two things: a compliment turned into a reproach, a fact turned into a plea.',
    forms: ['mais', 'pourtant', 'alors que', 'tandis que', 'quand meme', 'tout de meme', "d'autant plus", 'malgre', 'cependant', 'neanmoins', 'toutefois', 'or', 'par contre', 'en revanche', 'au lieu de', 'plutot que'],
  },
  {
    name: 'number_word',
    note: 'A count written in words, two to ninety-nine and a few round figures (« quarante », « soixante-deux », « quatre-vingts », « une centaine de »), next to `#` for digits. Written with spaces: the tokenizer splits « soixante-deux » at the hyphen.',
    forms: ['{une douzaine de|une demi douzaine de|une demi-douzaine de|des douzaines de|une bonne douzaine de|une bonne quinzaine de|une huitaine de}', 
      '{deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante}', 'dix {sept|huit|neuf}',
      '{vingt|trente|quarante|cinquante|soixante} {deux|trois|quatre|cinq|six|sept|huit|neuf|et un|et une}',
      'soixante {dix|onze|douze|treize|quatorze|quinze|seize|dix sept|dix huit|dix neuf}', 'quatre vingt[s]', 'quatre vingt {deux|trois|cinq|dix|quinze}',
      '{cent|deux cents|trois cents|mille|plusieurs|des dizaines de|une dizaine de|une quinzaine de|une vingtaine de|une trentaine de|une quarantaine de|une cinquantaine de|une soixantaine de|une centaine de|des centaines de|une bonne dizaine de|une bonne vingtaine de}',
    ],
  },
  // Irony by figures: praise of speed or care that a figure in the same breath contradicts (data/cues.ts, COMBINATIONS).
  {
    name: 'speed_praise',
    note: 'Praise of the reader’s speed or efficiency (« bravo pour la rapidité », « quelle réactivité »): ironic when the same breath counts weeks or months.',
    forms: [
      'rapidite', 'celerite', 'reactivite', 'promptitude', 'diligence', 'efficacite', 'vitesse', '{rapide[s]|reacti{f|ve|fs|ves}|efficace[s]|prompt[e][s]|diligent[e][s]|expeditif|expeditive}', 'express', 'eclair',
      '{en un temps|dans un temps|un delai|un temps} record', '{sens|gout} de {l\'urgence|la diligence}', '{vous n\'avez pas|on ne peut pas dire que vous avez|vous n\'avez guere} {traine|lambine|perdu de temps}',
    ],
  },
  {
    name: 'care_praise',
    note: 'Praise of the care given to the writer’s file (reading, attention, depth, concision, a reading « peu commune »): ironic when the same breath counts minutes against pages or candidates.',
    forms: ['murement {reflechi|reflechie|reflechis|reflechies|pese|pesee|pesees|peses}', 
      '{capacite|capacites|vitesse|rapidite|faculte|talent|sens} {de lecture|d\'analyse|de synthese|de concentration|de discernement}', '{esprit|sens} de synthese', 'concision', 'brievete', 'laconisme',
      '{attention|soin|minutie|serieux|rigueur|application|profondeur|finesse|patience|exhaustivite|efficacite}', '{lecture|etude|analyse|examen|evaluation|ecoute|deliberation|deliberations|instruction} {attentive|attentives|approfondie|approfondies|minutieuse|minutieuses|detaillee|detaillees|soignee|soignees|serieuse|serieuses|rigoureuse|rigoureuses|exemplaire|exemplaires|remarquable|remarquables|exhaustive|exhaustives}',
      '{peu commun[e][s]|hors du commun|hors norme[s]|exceptionnel[le][s]|remarquable[s]|impressionnant[e][s]|prodigieu{x|se|ses}|admirable[s]|exemplaire[s]|stupefiant[e][s]|epoustouflant[e][s]}', '{bel|bon|parfait|superbe|magnifique|bel et bon} exemple', '{exploit|prouesse|performance|tour de force}',
    ],
  },
  {
    name: 'long_delay',
    note: 'A wait counted in weeks or months (« neuf semaines », « plus de trois mois », « quatre mois après »).',
    forms: ['{#|@number_word} {semaines|mois}', '{plus|pres|plus|bien plus} {d\'un|de #|de @number_word} {mois|semaines}', '{un|deux|trois|quatre|cinq|six} {bons|longs|grands|interminables} mois'],
  },
  {
    name: 'just_in_case',
    note: 'A supposition kept in reserve (« au cas où », « si jamais », « le cas échéant », « on ne sait jamais »): beside records kept or a chosen party’s failure, it turns a remark into a veiled warning.',
    forms: ['au cas ou', 'pour le cas ou', 'dans le cas ou', 'si jamais', 'le cas echeant', 'a toutes fins utiles', 'on ne sait jamais', 'si besoin etait', 'si un jour'],
  },
  {
    name: 'as_planned',
    note: 'A deadline or a plan the chosen party must keep (« comme prévu », « dans les délais », « à temps »): wished to a rival who won, it says one doubts they will.',
    forms: ['comme prevu', 'comme annonce', 'dans les delais', 'dans les temps', 'a temps', 'a la date prevue', 'sans retard', 'au planning', 'en temps et en heure', 'sans encombre'],
  },
  {
    name: 'short_time',
    note: 'A time counted in minutes, seconds or a few hours (« en quarante minutes », « moins de deux heures après »).',
    forms: ["en {une|un} {seule |seul |petite |petit |}{matinee|apres-midi|soiree|heure|demi-journee|quart d'heure|pause cafe|pause dejeuner|nuit}", '{#|@number_word|quelques|une|un} {minutes|minute|secondes|seconde}', 'moins {d\'une|de #|de @number_word|de deux|de trois} {heure|heures|minute|minutes|journee}', '{#|@number_word|quelques|une} {heure|heures} {a peine|seulement|apres|plus tard|chrono|top chrono}', '{le jour meme|le soir meme|dans la foulee|dans l\'heure|la meme matinee|le lendemain matin}'],
  },
  {
    name: 'large_input',
    note: 'A volume of work the reader would have had to read or weigh (« un dossier de quarante pages », « soixante-deux candidats », « trois entretiens »).',
    forms: [
      '{#|@number_word} {pages|candidats|candidates|dossiers|copies|offres|candidatures|projets|diapositives|slides|annexes|maquettes|livrables|entretiens|tours|visites|auditions|titres|morceaux|heures de travail|jours de travail|pages d\'annexes}',
    ],
  },
  {
    name: 'small_output',
    note: 'A few lines or words of answer (« deux lignes », « quatre mots », « un message de trois phrases »).',
    forms: ['{#|@number_word|une|un} {lignes|ligne|mots|mot|phrases|phrase}'],
  },
  {
    name: 'cost_item',
    note: 'One counted item of what applying cost the writer (« quatre entretiens », « deux allers-retours », « quatorze heures », « un dimanche », « 300 km »): two or more in one sentence make an inventory (data/cues.ts, INVENTORY).',
    forms: ['{des|mes|nos} {week-ends|weekends|soirees|dimanches|nuits|samedis|vacances|journees} {entiers|entieres}', '{ma|mon|mes|notre|nos} {propre|propres} {voiture|vehicule|argent|deniers|materiel|fonds|economies}', 'de ma poche', 'de notre poche', 'a mes frais', 'a nos frais', '{#|@number_word} saisons', "{#|@number_word} mois {d'echanges|d'entretiens|de rendez-vous|d'attente}", 
      '{#|@number_word} {€|euros|eur} {de|d\'} {impression|impressions|maquettes|maquette|traduction|traductions|frais|timbres|envoi|envois|reliure|tirages|photocopies|materiel|fournitures}', '{mobilise|mobilisee|mobilises|a mobilise|ont mobilise} {#|@number_word} {benevoles|personnes|salaries|collaborateurs|consultants|ingenieurs|membres}',
      // Work given for free, counted back (« la maquette et l’audit que j’avais préparés sans facturer »).
      '{sans facturer|sans le facturer|sans les facturer|sans rien facturer|sans contrepartie|a titre gracieux|benevolement|gratuitement|a mes frais|a nos frais|a mes propres frais|de ma poche|de notre poche}',
      "{deplace|deplacee|deplaces|venu|venue|passe|passee} {#|@number_word|deux|trois|quatre} fois", "{un|une|des|deux|trois} {jour|journee|jours|journees} {sans solde|de conge|de conges|de rtt|de repos|de vacances}", "{#|@number_word} {€|euros|eur|balles} de {train|transport|transports|trajet|billet|billets|essence|peage|taxi|bus|avion|deplacement}", "{un|le|mon} samedi {matin|apres-midi|entier}", "{ma|mes|une|des} {soiree|soirees} {sur|a|pour} {le|la|les|mon|ma|mes|votre|ce|cette} {chiffrage|devis|dossier|plans|maquette|metre|metres|estimation|calculs}",
      "{#|@number_word} stages {non gratifies|non remuneres|non payes|gratuits|benevoles}", "{#|@number_word} {jours|journees|heures|demi-journees|semaines} de travail {non factures|non facturees|non payes|non remuneres|gratuits|offerts|benevoles}", "{fait|faire|un|deux|trois} {l'aller-retour|aller-retour|allers-retours|l'aller retour|aller retour}", "{monte|prepare|realise|produit} une maquette {complete|entiere|detaillee}", "{l'ete|l'hiver|mes vacances|tout l'ete|un ete|mon ete|tout mon ete|mes week-ends|mes soirees} {passe|passes|passee|passees|consacre|consacres|consacree|consacrees|sacrifie|sacrifies|sacrifiee|sacrifiees} a", "{les|des|aux} {seminaires|reunions|soirees|permanences|formations|repetitions} du {lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche} {soir|matin}",
      "{#|@number_word} {entrainements|entrainement|seances|cours|matchs|competitions|tournois|stages|repetitions} {par semaine|par mois|hebdomadaires|chaque semaine|par an}", "{les|des|nos|mes} stages {de la toussaint|de noel|d'ete|de paques|de fevrier|pendant les vacances|des vacances|de vacances}", "{#|@number_word} {pages|page} de {justificatifs|pieces|documents|dossier|annexes}",
      "{#|@number_word} {fins de semaine|fin de semaine|fds|ponts|lettres d'appui|lettres d'appuis|lettres de soutien|lettres de recommandation|heures de travail|heures de benevolat|heures benevoles} ", "{#|@number_word} heures de travail {benevole|gratuit|non paye|non remunere|non remunerees}", "loin de {mes|nos} {enfants|enfant|proches|filles|fils|petits}",
      '{#|@number_word} mois de {procedure|negociation|negociations|discussions|consultation}',
      '{un|mon|notre|le} {dossier|memoire|rapport|book|portfolio} de {#|@number_word} pages',
      '{#|@number_word} {semaines|semaine|mois|jours|journees} de {travail|preparation|redaction|montage|recherche|ecriture|repetitions|prospection}', '{#|@number_word} {reunions|reunion|lettres de soutien|lettres de recommandation|ateliers|seances de travail|reunions de partenaires}', '{l\'essentiel de|la moitie de|une partie de|tous} {mes|nos} {conges|vacances|week-ends|soirees|nuits}',
      '{m\'a|nous a|m\'ont|nous ont|m\'aura|nous aura|m\'avait|nous avait|m\'auront|nous auront} {pris|demande|coute|mobilise|necessite|exige|occupe} {#|@number_word|un|une} {semaines|semaine|jours|journees|mois|heures|soirees|week-ends|nuits}',
      // Person-days count only as spent (« consacré 60 jours-homme »): in a quote they are its size (« devis initial (18 jours-homme) »).
      '{consacre|consacres|consacree|consacrees|investi|investis|passe|passes|mobilise|mobilises|depense|depenses|engage|engages|offert|offerts|donne|donnes} {pres de |plus de |environ |pas moins de |}{#|@number_word} {jours-homme|jours homme}',
      '{#|@number_word|un|une} {entretiens|entretien|tours|rendez-vous|visites|visite|auditions|tests|test|cas pratiques|cas pratique|etudes de cas|etude de cas|epreuves|mises en situation|presentations|allers-retours|aller-retour|trajets|trajet|deplacements|deplacement|billets de train|billets|nuits d\'hotel|heures|soirees|soiree|nuits|nuit|week-ends|week-end|dimanches|samedis|jours de conge|jours de conges|journees de conge|demi-journees|demi-journee|jours de rtt|relances|maquettes|esquisses|versions|jours d\'ingenieur|heures de travail|heures de preparation|pages de dossier}',
      // A distance is a cost only when travelled (« 300 km aller-retour », « fait 80 km »); « situé à 80 km » is where a place is.
      '{fait|parcouru|roule|avale|effectue|fais|faisais|faisions|faire|soit|au total|en tout|total de|cumule} {#|@number_word} {km|kilometres}', '{#|@number_word} {km|kilometres} {aller-retour|aller retour|allers-retours|de route|de trajet|de voiture|en voiture|en train|pour venir|a pied|a velo|chaque jour|par jour|dans la journee}',
      '{un|mon|le} {dimanche|samedi|jour ferie|soir de reveillon} {entier|complet|passe|sacrifie}', '{rendu|rendue|fait|faite|prepare|preparee|passe|passee} {un dimanche|un samedi|un jour ferie|de nuit|en pleine nuit|pendant mes conges|pendant mes vacances}',
      '{#|@number_word} {euros|eur|€|francs} de {frais|train|transport|deplacement|deplacements|billets|essence|hotel|garde}',
    ],
  },
  // Favouritism insinuated: a tie between the chosen one and the house, and a wink at what it bought (data/cues.ts, COMBINATIONS).
  {
    name: 'insider_tie',
    note: 'A tie between the chosen one (or the others) and the deciders: knowing the house, the corridors, the right people; family, friends, the network; coffee breaks, lunches, training with the coach; an earlier job for the same client. Told alone it is often sincere (« la personne retenue connaît déjà bien la maison »); with a wink it insinuates.',
    forms: [
      "<connaître> {la|le|votre|leur} {cadre|cadre de sante|chef|cheffe|chef de service|responsable|directeur|directrice|manager|drh|gerant|gerante|patron|patronne} {depuis|deja|bien|personnellement|tres bien}",
      "{partenaire|partenaires|compagnon|compagne|copain|copine|camarade|camarades} de {golf|tennis|chasse|peche|bridge|squash|voile|randonnee|jogging|promo|promotion|regiment|chambree|loge|club}", "sous la direction {du|de la|de l'|de son|de sa} {president|presidente|directeur|directrice|membre|rapporteur|rapporteure|responsable}", "{partage|partagent|partageait} {l'agent|le meme agent|l'avocat|le coach|l'attache de presse|l'agence|le manager}", "le meme {agent|avocat|coach|attache de presse|manager|parrain} {que|qu'}", "{le bras long|les bras longs|bras long}",
      "{sa|son|leur|ses} {these|doctorat|postdoc|post-doc|master|memoire|contrat|ater|habilitation} … {dans votre|dans vos|chez vous|au sein de votre|dans votre propre|sous votre direction|avec vous}", "votre propre {equipe|laboratoire|labo|service|departement|unite|groupe|ecole|promotion|cabinet}",
      "{moins de|deux pas de|tout pres de|cote de|pied de|en face de} … {vos bureaux|votre siege|vos locaux|la mairie|chez vous|votre porte|vos portes}",
      '<connaître> {deja |bien |tres bien |parfaitement |visiblement |mieux |mieux que nous |mieux que moi |deja si bien |si bien |deja tres bien |}{la maison|l\'equipe|les lieux|les couloirs|les bonnes personnes|du monde|tout le monde|le directeur|la directrice|le president|la presidente|le maire|le coach|l\'entraineur|le jury|le dossier de l\'interieur|les rouages|la musique|vos equipes|votre equipe|vos services|votre service|vos collaborateurs|vos elus|vos interlocuteurs|vos decideurs|la direction|votre direction}',
      '{proche|proches|ami|amie|amis|amies|copain|copine|copains|neveu|niece|fils|fille|cousin|cousine|gendre|belle-fille|beau-frere|belle-soeur|femme|mari|conjoint|conjointe|filleul|filleule|protege|protegee} {de|du|d\'un|d\'une} {votre|vos|ton|tes|la|le|l\'|un|une|quelqu\'un|quelqu\'une|membres|directeur|directrice|president|presidente|maire|elu|elue|responsable|coach|entraineur|gerant|gerante|patron|patronne}',
      '{votre|ton|ta|leur|son|sa} {neveu|niece|fils|fille|cousin|cousine|gendre|belle-fille|beau-frere|belle-soeur|filleul|filleule|ami|amie|copain|copine|protege|protegee}',
      '{des|ses|leurs|les|de} {liens|attaches|relations|entrees|accointances|amities} {anciens |anciennes |etroits |etroites |privilegies |privilegiees |de longue date |historiques |particuliers |particulieres |}{avec|dans|a|au|aupres}',
      '{liens|relations|entrees} de longue date', '{pauses|pause|pauses-cafe|pause-cafe|cafes|cafe|dejeuners|dejeuner|diners|diner|aperos|apero|barbecues|soirees|parties de golf|parties de tennis|seances de sport|footings|week-ends} {avec|en compagnie de|partages avec|partagees avec} {le|la|votre|ton|son|sa|leur|les}',
      '{s\'entrainent|s\'entraine|s\'entrainaient|jouent|joue|travaillent|travaille|travaillait|travaillaient|dejeunent|dejeune|sortent|sort} {avec|deja avec|chez} {le coach|l\'entraineur|le directeur|la directrice|votre directeur|votre directrice|vous|le president|la presidente|le maire|le jury}',
      '{meme|la meme|le meme} {ecole|promo|promotion|club|loge|association|village|famille|cercle|reseau|cabinet|entreprise|paroisse|parti}', '{piston|pistonne|pistonnee|coopte|cooptee|cooptation|copinage|copinages|entre-soi|renvoi d\'ascenseur}',
      '{deja|precedemment|l\'an dernier|l\'an passe|auparavant} {realise|realisee|mene|menee|conduit|conduite|travaille|effectue|effectuee} {une|l\'|la|le|des|plusieurs} … {pour|avec|chez} {vous|la commune|la ville|l\'agglomeration|le departement|la region|votre|vos|la mairie}',
      '{son|ses|leur|leurs|sa} {stage|stages|alternance|apprentissage|cdd|interim|mission|missions|annees|ans|mois} … {chez vous|dans votre|dans la maison|au sein de votre|dans vos|a vos cotes|pour vous}',
      '{qu\'elle|qu\'il|qu\'ils|qu\'elles|que vous|qu\'on|que l\'on} {connait|connaissait|connaissent|connaissaient|connaissez|connaissiez} {deja|bien|deja bien|deja un peu|un peu}', 'par l\'intermediaire {de ses|de vos|d\'un de vos|d\'une de vos|de leurs|de son|de votre} {collaborateurs|collaboratrices|salaries|equipes|connaissances|relations|amis|reseaux|reseau|membres}', '{recommande|recommandee|recommandes|recommandees|pousse|poussee|parraine|parrainee} par {un|une|votre|vos|le|la|son|sa} {collaborateur|collaboratrice|directeur|directrice|membre|elu|elue|ami|amie|proche}',
      '{domicilie|domiciliee|domicilies|domiciliees|installe|installee|base|basee|implante|implantee|etabli|etablie} {dans la commune|dans votre commune|sur la commune|dans le village|a deux pas de la mairie|dans la ville|en ville|dans le quartier}',
      '{qui assurait|qui assure|qui assurait deja|qui assure deja|assurait|assure} {deja |}l\'interim', 
      '{#|@number_word} des {#|@number_word} … … {sont|etaient} {tous |toutes |}{accompagnes|accompagnees|suivis|suivies|signes|signees|produits|produites|manages|managees|representes|representees|soutenus|soutenues|parraines|parrainees|issus|issues} {par|de|chez}', '{accompagnes|accompagnees|suivis|suivies|signes|signees|manages|representes|representees|soutenus|parraines} par {le meme|la meme|un meme|une meme}',
      '{le|la|l\'} {titulaire|prestataire|equipe} {sortant|sortante|en place|historique}', '{candidat|candidate|candidature|profil} {interne|maison|de la maison}', 'en interne',
    ],
  },
  {
    name: 'tie_accepted',
    note: 'A tie to the house told as a fair reason (« c’est bien normal », « ça se comprend », « je comprends ce choix »): it undoes the wink. Not « je comprends mieux », which is one, nor « je comprends tout à fait », which frames a wink as often as it accepts.',
    forms: ['{c\'est|c\'etait|ce qui est|ce qui me parait|cela me parait|ca me parait|ce qui est tout} {bien |tout a fait |parfaitement |assez |tres |}{normal|logique|legitime|comprehensible|naturel|coherent}', '{ca|cela|c} se {comprend|concoit|tient}', '{je comprends|on comprend|nous comprenons|je comprends bien|on comprend bien} {ce choix|votre choix|cette decision|votre decision|ce parti|la decision|le choix|tout a fait la decision}', 'a juste titre', 'en toute logique'],
  },
  {
    name: 'wink',
    note: 'What turns a tie into an insinuation: the wink at what it bought (« ça aide », « le hasard fait bien les choses », « ce n’est sans doute pas étranger », « je n’en tire aucune conclusion », « c’est souvent ainsi », 😉).',
    forms: [
      "{du|dû} {peser|jouer|compter|aider|faire pencher}", "{ce qui|cela|ca} {simplifie|simplifiait|facilite|facilitait|aide|aidait} {sans doute |certainement |surement |bien |toujours |}{beaucoup |}{les choses|la tache|le choix}", "peser {un peu |beaucoup |lourd |un peu plus |}dans la balance",
      "{c'est|c'etait} {plus simple|plus facile|plus pratique|plus confortable} pour tout le monde",
      "{je decouvre|j'apprends|j'ai decouvert|j'ai appris|je decouvre au passage|dont je decouvre} {sur linkedin|sur facebook|sur instagram|sur internet|par hasard|au passage|avec surprise|avec interet|non sans surprise}", "{dont je decouvre|dont j'apprends|je decouvre|j'apprends} {que|qu'}", "{je remarque|nous remarquons|je releve|nous relevons|je constate simplement|j'observe} {que|qu'}",
      "{heureux|joli|drole de|curieux|etrange|beau|sacre|bienheureux} hasard", "{ce doit etre|ca doit etre|c'est sans doute|c'est surement|ce doit etre sans doute} la qualite",
      "{ces|ce genre de|de telles|ces petites} coincidences", "{sont|etaient|restent} {frequentes|courantes|habituelles|monnaie courante|frequents|courants} {dans|chez|en}",
      "{je note|nous notons|je remarque|nous remarquons|je constate|nous constatons|je releve|nous relevons|j'observe|nous observons} {avec interet|avec amusement|au passage|non sans amusement|non sans surprise|avec curiosite|en passant} {que|qu'}",
      "{avait|avaient|ont|aurait|auraient|avait vraiment} l'air {de|d'} {deja|bien|tres bien|deja tres bien|deja bien|}", "l'air {de|d'} {deja|deja tres bien|deja bien|deja si bien}",
      '{ca|cela|ceci} {aide|aidait|a aide|aura aide|doit aider|a du aider|a sans doute aide|aide toujours|aide bien|aide beaucoup|ne nuit pas|ne nuit jamais|ne gache rien|ne fait pas de mal|ne peut pas nuire|compte|a compte|joue|a joue|a du jouer|pese|a pese|a du peser|facilite|a facilite|a du faciliter|doit compter}',
      '{comme par hasard|le hasard fait bien les choses|pur hasard|simple hasard|sans doute un hasard|hasard du calendrier|coincidence|simple coincidence|pure coincidence|drole de coincidence}', '{n\'est|n\'etait|n\'y est|n\'y etait|ne sont|ne soit} {sans doute |surement |certainement |probablement |peut-etre |pas |}{pas |}etranger[e][s]',
      '{je n\'en tire|je ne tire|je n\'en tirerai|je n\'en deduis|je ne deduis|sans en tirer|je ne tire aucune} {aucune|pas de|rien|de} {conclusion|conclusions}', '{je dis ca|je dis ca je dis rien|je ne dis rien|je ne fais que constater|je constate simplement|je constate juste|suivez mon regard|on se comprend|chacun en tirera|a chacun d\'en tirer|j\'en tire mes conclusions|j\'en tirerai mes conclusions|vous en tirerez}',
      '{c\'est|c\'etait} {souvent|toujours|parfois|ainsi|comme ca|la regle|le jeu|la vie} {ainsi|comme ca|dans ce milieu|chez vous|dans ce cas|quand on connait|}', '{cela|ca} {ouvre|ouvrait|a ouvert|ouvre toujours|ouvre bien} des portes', '{mieux vaut|il vaut mieux|il vaut toujours mieux} {un|avoir|connaitre|etre}',
      '{ont|a|aura|auront|auraient|aurait|avait|avaient} {sans doute |un peu |bien |beaucoup |certainement |surement |probablement |peut-etre |forcement |}{aide|joue|pese|compte|facilite|fait la difference}', '{c\'est ainsi|c\'est comme ca|voila comment|c\'est de cette facon|c\'est de cette maniere} {que|qu\'} {fonctionnent|fonctionne|marchent|marche|tournent|tourne|se passent|se passe|se font|se fait}', '{dispose|disposait|a|avait|possede|possedait} {sans doute |certainement |surement |visiblement |manifestement |}{d\'atouts|des atouts|d\'arguments|des arguments|d\'avantages|des avantages|de qualites|d\'autres atouts|d\'autres arguments} {que|qu\'}', '{cela|ceci|ca} {eclaire|explique} {a posteriori|retrospectivement|apres coup|mieux|bien des choses}', '{difficile|impossible|dur|compliqué|complique} de {lutter|rivaliser|concourir|se battre} {contre|avec|face a}', 'je comprends mieux', 'tout s\'explique', 'ceci explique cela', '{cela|ca} explique {bien des choses|beaucoup de choses|beaucoup|tout}', '{un atout|un avantage|un sacre atout|un sacre avantage|un petit avantage|un petit plus|un sacre plus|l\'avantage} {certain|non negligeable|decisif|indeniable|}', '😉', '😇', '🙄', '😏', '🤷', '🤷‍♀️', '🤷‍♂️', 'je suppose que', 'j\'imagine que', 'j\'imagine bien',
    ],
  },
  // Word of mouth announced: the writer will tell third parties what happened (data/cues.ts, COMBINATIONS).
  {
    name: 'tell_future',
    note: 'The writer announcing they will tell what happened, in the future (« je leur expliquerai les choses telles qu’elles se sont passées », « nous leur raconterons », « j’en parlerai »).',
    forms: [
      '{je|nous|on} {leur|lui} {reponds|repondons|repond|dis|disons|dit|raconte|racontons|explique|expliquons} {toujours|systematiquement|volontiers|franchement|avec franchise|en toute franchise|sans detour|la verite|ce qu\'il en est}',
      '{je|j\'|nous|on} {leur|lui|en|le|la|les|vous|} {raconterai|raconterons|racontera|expliquerai|expliquerons|expliquera|dirai|dirons|dira|parlerai|parlerons|parlera|reparlerai|reparlerons|reparlera|rapporterai|rapporterons|decrirai|decrirons|ferai part|ferons part|fera part|ferai savoir|ferons savoir|transmettrai|transmettrons|relaterai|relaterons|partagerai|partagerons|temoignerai|temoignerons}',
      '{je|nous} {vais|allons|compte|comptons|ne manquerai pas de|ne manquerons pas de} {leur|lui|en|} {raconter|expliquer|dire|parler|reparler|faire part|faire savoir|partager|decrire|relater|temoigner}',
    ],
  },
  {
    name: 'third_party',
    note: 'People outside the exchange who would hear the story: neighbours, parents, clients, colleagues, owners, members (« les propriétaires de la résidence », « beaucoup de parents du quartier »).',
    forms: [
      '{parents|familles|voisins|voisines|proprietaires|coproprietaires|locataires|residents|collegues|clients|clientes|patients|patientes|adherents|adherentes|membres|habitants|habitantes|amis|amies|internes|infirmieres|infirmiers|commercants|confreres|consoeurs|benevoles|licencies|joueurs|eleves|etudiants|etudiantes|anciens|abonnes|followers|contacts|entourage|reseau|autres candidats|autres familles|autres parents|autres entreprises|autres artisans}',
    ],
  },
  // An unfavourable comparison: another house that did what the reader did not (data/cues.ts, COMBINATIONS).
  {
    name: 'elsewhere',
    note: 'Another house than the reader\'s: other firms, schools or landlords, the reader\'s competitor or neighbour (« d\'autres cabinets », « votre concurrent direct », « une autre agence »). Named alone it is news (« j\'ai rejoint une autre agence »); beside a courtesy it did, a comparison.',
    forms: [
      "{la ville de|la mairie de|la commune de|l'universite de|l'universite|les beaux-arts de|la fondation de france|l'agence d'en face|l'agence d'a cote|le cabinet d'en face|mon ancienne boite|mon ancien employeur|mon ancienne entreprise|mon ancien poste|mon ancienne agence|mon ancien cabinet|mon ancienne ecole|le conseil departemental|la region|la metropole}",
      "{d'autres|les autres|certains|certaines|plusieurs|bien d'autres|la plupart des|toutes les|tous les} {cabinets|entreprises|recruteurs|recruteuses|employeurs|structures|agences|ecoles|jurys|maisons|societes|organismes|collectivites|mairies|studios|galeries|editeurs|festivals|fondations|proprietaires|bailleurs|etablissements|boites|clients|acheteurs|donneurs d'ordre|rh|drh|commissions|universites|theatres|compagnies|enseignes|banques|associations}",
      "{votre|vos|ton|tes} {concurrent|concurrente|concurrents|concurrentes|voisin|voisins|voisine|homologue|homologues|confrere|confreres|consoeur|consoeurs} {direct|directe|directs|directes|principal|principale|le plus proche|}",
      "{la|vos|tes|votre|ta} concurrence", "chez {vos|tes|un de vos|l'un de vos|un|une} {concurrent|concurrente|concurrents|confrere|consoeur|voisin}",
      "{une|un|l'|la|le} autre {entreprise|agence|cabinet|structure|ecole|societe|maison|client|cliente|employeur|recruteur|recruteuse|galerie|editeur|studio|bailleur|proprietaire|jury|commission|mairie|banque|festival|compagnie|boite|enseigne|association|universite|theatre}",
    ],
  },
  {
    name: 'done_right',
    note: 'A courtesy some house did: answered within a day, took the time, called back, explained its choice, sent a detailed feedback (« a pris le temps de m\'appeler », « savent encore répondre aux candidats »).',
    forms: [
      "{prend|prennent|prenait|prenaient} {toujours |bien |encore |au moins |}le temps", "{m'a|m'ont|nous a|nous ont|m'avait|m'avaient} {rappele|rappelee|rappeles|recontacte|recontactee|repondu} {en|sous|dans|le jour meme|le lendemain|aussitot|tout de suite}", "{accueilli|accueillie|accueillis|accueillies|recu|recue} {les bras ouverts|a bras ouverts|chaleureusement}", "{retenu|accepte|selectionne|finance|soutenu|prime} {ce meme|le meme|exactement le meme} {dossier|projet|texte|film|devis|book|spectacle|manuscrit}", "{on appelait|nous appelions|on rappelait|nous rappelions|on repondait|nous repondions|on recevait|nous recevions} {les|aux|a tous les|chaque|tous les} {candidats|candidates|postulants|gens|refuses}", "{trouve|juge|estime} {le|ce|notre|mon} {projet|dossier|texte|film|spectacle|manuscrit} {pertinent|interessant|excellent|solide|prometteur|remarquable}",
      "{envoient|envoie|envoyaient|repondent|repond|repondaient|donnent|donne|donnaient|font|fait|faisaient|accordent|accorde} {un retour|une reponse|des nouvelles|un mot|un appel|la peine de repondre|un retour personnalise|un retour detaille} {sous|en|dans|avant|personnalise|personnalisee|detaille|argumente|a chaque|a tous|aux candidats|,|.|$}", "{repondent|repond|repondaient|rappellent|rappelle} {sous|en|dans|a chaque|a tous|aux candidats|systematiquement|toujours|meme}",
      "{m'a|m'ont|nous a|nous ont|m'avait|m'avaient|nous avait|nous avaient|ont|avait|avaient|ont su} {pris|prendre} le temps", "{m'a|m'ont|nous a|nous ont|m'avait|m'avaient|nous avait|nous avaient|ont|avait|avaient} {pourtant|au moins|meme} {pris|prendre} le temps", "pris le temps {de|d'} {m'appeler|me repondre|m'expliquer|me rappeler|repondre|expliquer|appeler|rappeler|m'ecrire|ecrire|me recevoir|recevoir}",
      "{savent|sait|ont su|savaient|savait|prennent|prend} {encore |toujours |au moins |pourtant |bien |meme |}{repondre|rappeler|expliquer|ecrire|justifier|motiver|accuser reception|prevenir|appeler|remercier|le temps}",
      "{m'a|m'ont|nous a|nous ont|m'avait|m'avaient|on m'a|on nous a|on m'avait|on nous avait} {pourtant |au moins |meme |bien |}{repondu|rappele|rappelee|appele|appelee|ecrit|explique|prevenu|prevenue|recu|recue|reçu|remercie|remerciee} {en|sous|dans|des|le jour meme|le lendemain|personnellement|au telephone|pour|avec}",
      "{un|des|leur|son|sa} {retour|retours|reponse|compte rendu|debriefing|debrief} {detaille|detailles|detaillee|personnalise|personnalisee|argumente|argumentee|circonstancie|complet|complete|precis|precise|ecrit|ecrite} {,|et|en|sous|dans|le|des|$|.}",
    ],
  },
  // Sour grapes: what was lost, run down afterwards (data/cues.ts, COMBINATIONS).
  {
    name: 'lost_thing',
    note: 'What the writer did not get, named as a thing that could be run down: the flat, the post, the job, the school, the team, the gallery.',
    forms: ["{l'|le|la|ce|cet|cette|votre|ton|ta|leur|son|sa} {appartement|appart|logement|studio|maison|t2|t3|t4|f2|f3|kot|chambre|local|bureau|poste|job|boulot|emploi|stage|alternance|contrat|mission|equipe|boite|entreprise|societe|ecole|formation|master|club|galerie|salle|quartier|residence|immeuble|lieu|cadre|projet|role|programme|festival|prix}"],
  },
  {
    name: 'consolation',
    note: 'The consolation sour grapes come with (« de toute façon », « finalement », « au fond », « tant mieux », « pas plus mal », « un mal pour un bien », « avec le recul »).',
    forms: [
      "{m'arrange|m'arrangeait|nous arrange|nous arrangeait|m'arrange plutot|m'arrange finalement}", "{ca tombe|cela tombe|ca tombait|cela tombait} {plutot |assez |finalement |au fond |}bien",
      "{les choses sont|tout est} {donc |finalement |au fond |peut-etre |sans doute |decidement |}bien {faites|fait}",'de toute {facon|maniere}', 'finalement', 'au fond', 'tant mieux', 'pas plus mal', 'mieux ainsi', 'mieux comme ca', 'un mal pour un bien', 'en y repensant', 'avec le recul', 'a la reflexion', 'tout compte fait', 'au final', 'en vrai', 'entre nous', 'je m\'en sors bien', 'je l\'ai echappe belle', 'on l\'a echappe belle', 'ce n\'est pas une grosse perte', 'pas une grosse perte', 'aucun regret', 'sans regret', 'pas de regret'],
  },
  {
    name: 'disparage',
    note: 'Running a place or a post down (« bruyant », « sombre », « mal payé », « pas terrible », « un peu étroit »): said of what one has just lost, it is sour grapes.',
    forms: [
      "{assez |plutot |un peu |tres |franchement |}convenu[e][s]", "{ambiance|atmosphere|climat} … {tendue|pesante|lourde|froide|bizarre|speciale|electrique|toxique}",
      'bruyant[e][s]', 'sombre[s]', 'humide[s]', 'vetuste[s]', 'delabre[e][s]', 'insalubre[s]', 'mal {situe|situee|situes|situees|desservi|desservie|paye|payee|payes|payees|isole|isolee|entretenu|entretenue|organise|organisee|fichu|fichue|foutu|foutue|frequente|frequentee}', 'sans charme', 'sans ame', 'sans interet', 'sans vue', 'en vis-a-vis', 'vis-a-vis',
      'pas {terrible|top|fou|folle|genial|geniale|si bien|si genial|si geniale|si interessant|si interessante|extraordinaire|fameux|fameuse|ouf}', 'bof', 'surcote[e][s]', 'hors de prix', 'trop cher[e][s]', 'trop loin', 'trop petit[e][s]', 'trop etroit[e][s]', 'trop sombre[s]', 'trop bruyant[e][s]',
      'ennuyeu{x|se|ses}', 'routinier', 'routiniere', 'sous-paye[e][s]', 'mal paye[e][s]', 'precaire[s]', 'ringard[e][s]', 'vieillot[te][s]', 'poussiereu{x|se|ses}', 'etouffant[e][s]', 'toxique[s]', 'desorganise[e][s]', 'mal gere[e][s]', 'bancal[e][s]', 'mediocre[s]', 'minable[s]', 'quelconque[s]',
    ],
  },
  // Condescension about the reader's size or youth (data/cues.ts, COMBINATIONS).
  {
    name: 'reader_wanted',
    note: 'What the reader asked for, recalled by the writer (« vous cherchiez… », « on m’a demandé dix ans d’expérience »): beside the choice that contradicts it, a jab (data/cues.ts, exigence-retournee).',
    forms: [
      'vous {vouliez|cherchiez|demandiez|exigiez|souhaitiez|recherchiez|attendiez|reclamiez|pretendiez chercher|disiez chercher|disiez vouloir}',
      'tu {voulais|cherchais|demandais|exigeais|recherchais}',
      "on {m'a|nous a|m'avait|nous avait} {demande|exige|reclame|reclamait}",
      "{votre|l'|cette|la} {annonce|offre|fiche de poste|fiche|cahier des charges|consultation|reglement|grille} {demandait|exigeait|reclamait|precisait|mentionnait|voulait|prevoyait|imposait|parlait de|insistait sur}",
    ],
  },
  {
    name: 'reader_chose',
    note: 'The reader’s choice told as an act (« vous avez choisi quelqu’un qui… », « c’est quelqu’un qui sort d’école qui est pris »).',
    forms: [
      "vous {avez choisi|avez retenu|retenez|choisissez|avez pris|prenez|avez recrute|recrutez|avez prefere|preferez|avez selectionne|selectionnez|avez engage|engagez|avez embauche|embauchez}",
      "tu {as choisi|as retenu|retiens|choisis|as pris|prends|as prefere|preferes}",
      "{c'est|c'etait} {quelqu'un|un candidat|une candidate|un profil|une personne|un jeune|une jeune} qui",
      'qui {est|a ete|sont|ont ete} {pris|prise|pris|prises|retenu|retenue|retenus|choisi|choisie|choisis|embauche|embauchee}',
    ],
  },
  {
    name: 'reader_smallness',
    note: 'The reader’s organisation sized up (« une structure de votre taille », « une équipe encore jeune », « une petite association comme la vôtre »).',
    forms: [
      "{une|la|votre|ta|cette} {structure|entreprise|boite|start-up|startup|equipe|societe|agence|association|pme|jeune pousse} {qui demarre|qui debute|qui se lance|naissante|en construction|en devenir|encore jeune|aussi jeune|si jeune|en lancement|en phase de lancement}","{les|des|dans les|pour les} {structures|entreprises|equipes|boites|associations|agences|societes|start-up|startups|galeries} {de votre taille|comme la votre|comme les votres|de cette taille|aussi jeunes|aussi petites}", "{equipe|structure|entreprise|boite|start-up|startup|association|agence|societe|galerie|maison} {est|etait|reste} {encore |toute |si |}{jeune|petite|naissante|en construction|en rodage}", "{une|votre|cette|la} {jeune|petite|toute jeune|nouvelle|si jeune} {galerie|structure|entreprise|equipe|association|maison|agence|revue|compagnie|start-up|startup|boite|ecole|collection|edition|salle|scene}", "{une|la|votre|cette} {structure|entreprise|equipe|boite|association|mairie|commune|collectivite|pme|tpe|start-up|startup|agence|societe|maison|organisation|equipe rh|equipe de recrutement} {de votre taille|comme la votre|de cette taille|aussi petite|aussi jeune|si petite|si jeune|encore jeune|encore petite|encore jeunes|naissante|en construction}", "{votre|ta} {jeune|petite} {equipe|structure|entreprise|boite|association|agence|societe|equipe rh}"],
  },
  {
    name: 'not_yet',
    note: 'What the writer says the reader is not ready for yet (« n’a pas encore les repères », « un peu en avance », « ça viendra avec le temps », « le moment venu », « c’est humain »).',
    forms: [
      "{paraitre|sembler|etre|paru|semble} {un peu |trop |assez |bien |}intimidant[e][s]",
      "{intimidant|intimidante|impressionnant|impressionnante|effrayant|effrayante|deroutant|deroutante} {a integrer|a manager|a encadrer|a gerer|pour une jeune equipe|pour une petite equipe|pour vous}", "{reaction|reflexe|crainte|peur|prudence} {tres |bien |assez |tout a fait |}{naturelle|normale|comprehensible|humaine|legitime} pour une {jeune|petite} {equipe|structure|entreprise|start-up|startup|boite}",
      "il faut du temps pour {savoir|apprendre a|pouvoir|etre capable de|etre en mesure de}", "{savoir|apprendre a} {exploiter|utiliser|valoriser|integrer|gerer|manager|encadrer|accueillir} {ce genre de|ce type de|ces|de tels|un tel|une telle|des} {parcours|profil|profils|experience|experiences|expertise|competences|seniors|personnalites}","{n'ait|n'a|n'avait|n'aient|n'ont} pas {forcement |necessairement |toujours |encore |}{en interne |}{les competences|l'expertise|les moyens|le bagage|les outils|les ressources|le recul} {pour|de|d'}", "ne vous inquietez pas", "{je ne doute pas que|nul doute que|je suis sur que|je suis sure que} {vous|tu} y {parviendrez|arriverez|viendrez|parviendras|arriveras}", "{lorsque|quand} ce sera le cas", "il faut du temps {pour|a|avant}", "{apprenne|apprennent|apprendre|apprendrez} a reconnaitre", "pas encore {tout a fait |vraiment |completement |}{les reperes|la maturite|l'experience|les outils|le recul|les moyens|les epaules|le niveau|pret|prete|prets|pretes|mur|mure|murs|mures}", "{un peu |sans doute |peut-etre |beaucoup |}en avance", "{ca|cela} viendra {avec le temps|avec l'experience|avec les annees|avec la maturite|plus tard|un jour}", "le moment venu", "c'est humain", "c'est normal a ce stade", "a ce stade de {developpement|croissance|maturite}", "au pied du mur", "quand vous serez {pret|prete|prets|pretes|plus grand|plus grande|plus grands|plus grandes|prets a}", "le jour ou vous {y serez|serez pret|serez prets|serez prete|aurez grandi}", "{c'est|c'etait|c'est bien} {une question|une affaire|un probleme} de moyens"],
  },
  {
    name: 'time_counted',
    note: 'A time counted at the reader (« trois mois », « vingt minutes », « après deux entretiens »).',
    forms: ['{#|une|un|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt|trente|quarante|plusieurs} {minutes|minute|heures|jours|semaines|mois|ans|annees|entretiens|relances|tours|etapes}', 'apres {#|deux|trois|quatre|cinq|six|plusieurs} {semaines|mois|entretiens|relances}'],
  },
  // Threats.
  {
    name: 'audience',
    note: 'Where a threat sends the story: review sites, networks, the press, the reader’s management, lawyers.',
    forms: [
      'glassdoor', 'indeed', 'google', 'trustpilot', 'linkedin', 'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'welcome to the jungle', 'avis verifies', 'pages jaunes', 'les reseaux[ sociaux]', 'reseaux sociaux', 'internet', 'le web', 'la presse', 'les journaux', 'les medias', 'un journaliste', 'des journalistes', 'mon reseau', 'mes reseaux', 'mes contacts', 'mes relations', 'mon entourage', 'autour de moi', '{mes|nos} {abonnes|abonnees|followers|lecteurs|lectrices|publications|posts|stories|videos|contacts linkedin}', '{personnes|gens|abonnes|membres|lecteurs|professionnels|recruteurs} qui {me suivent|nous suivent|suivent mes publications|suivent mon compte|suivent ma page|me lisent|nous lisent}', '# {abonnes|abonnees|followers|lecteurs|contacts|personnes qui me suivent}', '{vos|tes} {futurs|futures|prochains|prochaines} {candidats|candidates|postulants|clients|partenaires}', 'tout le monde', 'toute la profession', 'la profession', 'le secteur', 'le milieu', "l'ensemble du secteur", 'les autres candidats', 'les prochains candidats', 'les futurs candidats', 'les futurs postulants', 'les postulants', '{les|des|sur les|sur des} sites', 'les forums', 'des forums', 'les groupes', '{monsieur|madame} le {maire|president|prefet|depute|senateur}', 'le maire', 'la mairie', 'les elus', 'le conseil municipal', 'la federation', 'ma federation', 'notre federation', 'les electeurs', "{mme|madame|m.|monsieur|le|la} {le |la |}{vice-presidente|vice-president|vice presidente|vice president|presidente|president|directrice|directeur|maire|prefete|prefet|deputee|depute|senatrice|senateur|ministre|rectrice|recteur|adjointe au maire|adjoint au maire|dg|pdg|drh}", '{aux|les|nos|des} {habitants|administres|riverains|usagers|familles du quartier}', 'nos adherents', 'nos membres', 'la presse locale', 'les journaux locaux', 'les autres {associations|entreprises|agences|prestataires|artisans|candidats|freelances|independants|clients|parents|collegues|structures}', 'mes {collegues|confreres|consoeurs|pairs|amis|anciens collegues}', 'vos {clients|salaries|collaborateurs|partenaires|financeurs|concurrents|candidats}', '{votre|ta|la} {hierarchie|direction|direction generale}', '{votre|ton|ta|le|la} {superieur|superieure|n+1|patron|patronne|pdg|dg|president|presidente|directeur|directrice|directeur general|directrice generale|manager|responsable|drh|conseil d\'administration|maire|elu|elus|tutelle|actionnaires}', "{l'|un|mon|mes|des} avocat[s]", 'la justice', 'le tribunal', 'les tribunaux', "les prud'hommes", "l'inspection du travail", 'le defenseur des droits', 'la cnil', 'la dgccrf', 'le mediateur', 'la prefecture', 'le prefet', 'le ministere', 'les syndicats', 'un syndicat', 'ma banque', 'votre fiche', 'votre page', 'vos avis', 'un avis', 'un commentaire', 'un temoignage', 'un post', 'un article', 'un billet',
    ],
  },
  {
    name: 'spread',
    note: 'Verbs that tell others what happened (at any tense the threat constructions combine).',
    forms: [
      '{raconter|raconterai|raconterons|racontera|raconte|racontais}', '{parler|parlerai|parlerons|parlera}', '{partager|partagerai|partagerons}', '{dire|dirai|dirons}', '{expliquer|expliquerai|expliquerons}', '{decrire|decrirai|decrirons}', '{faire savoir|ferai savoir|ferons savoir|faire connaitre|ferai connaitre|ferons connaitre}', '{faire part|ferai part|ferons part}', '{signaler|signalerai|signalerons}', '{publier|publierai|publierons}', '{poster|posterai|posterons}', '{ecrire|ecrirai|ecrirons}', '{laisser|laisserai|laisserons}', '{rediger|redigerai|redigerons}', '{mettre|mettrai|mettrons} en ligne', '{rapporter|rapporterai|rapporterons}', '{relater|relaterai}', '{temoigner|temoignerai|temoignerons}', '{prevenir|previendrai|previendrons}', '{informer|informerai|informerons}', '{alerter|alerterai|alerterons}', '{avertir|avertirai|avertirons}', '{denoncer|denoncerai|denoncerons}', '{exposer|exposerai|exposerons}', '{presenter|presenterai|presenterons} {cette|votre|la|ta} {decision|refus|reponse}', '{balancer|balancerai}', '{afficher|afficherai}', '{transmettre|transmettrai|transmettrons}', '{faire remonter|ferai remonter|ferons remonter}', '{noter|noterai|noterons}', '{evaluer|evaluerai}', '{contacter|contacterai|contacterons}', '{saisir|saisirai|saisirons}', '{ecrire|ecrirai} a', 'entendre', 'savoir', 'apprendre', 'connaitre', '{en|le} {parler|dire|raconter}', 'faire de la publicite', 'faire de la pub', '{mentionner|mentionnerai}', '{evoquer|evoquerai}', '{consulter|consulterai}', '{mandater|mandaterai}',
    ],
  },
  {
    name: 'intent',
    note: 'The writer announcing what they will do: future, « je vais », « je compte », « je ne manquerai pas de ».',
    forms: [
      '{je|nous} {me sentirai|me sentirais|nous sentirons|nous sentirions} {libre|libres|en droit} de', '{je|j\'|nous} {vais|allons|irai|compte|comptons|veux|voulons|souhaite|souhaitons|envisage|envisageons|pense|pensons|vais devoir|allons devoir|serai oblige de|serai obligee de|serai contraint de|serai contrainte de|me reserve le droit de|nous reservons le droit de|me ferai un plaisir de|nous ferons un plaisir de|me chargerai de|ne manquerai pas de|ne manquerons pas de|n\'hesiterai pas a|n\'hesiterons pas a|pourrais|pourrions|pourrai|pourrons|devrai|devrons|tiens a|tenons a}',
      '{je|j\'|nous} {ne vais pas me priver de|ne me priverai pas de|ne nous priverons pas de}',
      '{je|j\'|nous} {prendrai|prendrons|vais prendre|allons prendre|prends|prenons} {simplement |juste |volontiers |bien |tout de meme |quand meme |donc |alors |}{le temps|soin|la peine|la liberte} {de|d\'}',
      '{je|j\'|nous} {raconterai|raconterons|parlerai|parlerons|partagerai|partagerons|dirai|dirons|expliquerai|expliquerons|decrirai|decrirons|ferai|ferons|signalerai|signalerons|publierai|publierons|posterai|posterons|ecrirai|ecrirons|laisserai|laisserons|redigerai|redigerons|mettrai|mettrons|rapporterai|rapporterons|temoignerai|temoignerons|previendrai|previendrons|informerai|informerons|alerterai|alerterons|avertirai|avertirons|denoncerai|denoncerons|exposerai|exposerons|transmettrai|transmettrons|noterai|noterons|contacterai|contacterons|saisirai|saisirons|consulterai|consulterons|mandaterai|mandaterons}',
      '{je|j\'|nous} {en |le |leur |lui |vous |}{raconterai|raconterons|parlerai|parlerons|dirai|dirons|ferai|ferons|informerai|informerons}',
      "{je|j'|nous} {aurai|aurons} {sans doute |sûrement |surement |certainement |probablement |bientot |forcement |}l'occasion {de|d'}",
      '{je|j\'|nous} {prendrai|prendrons|vais prendre|allons prendre} {le temps|soin|la peine|la liberte}',
    ],
  },
  {
    name: 'how_treated',
    note: 'The way the reader treats people, named as the story to tell (« comment vous traitez les candidats »).',
    forms: [
      '{mon|notre|ma|nos} {experience|experiences|mesaventure|mesaventures|histoire|parcours} {avec|chez|aupres de|aupres d\'} {votre|vos|ton|ta|tes|cette|ce|cet}', '{comment|la facon dont|la maniere dont|de quelle facon|de quelle maniere} {vous|tu|votre entreprise|votre equipe|votre cabinet|votre service|votre agence|on|ils|elle|il} {traitez|traites|traite|traitent|avez traite|as traite|a traite|ont traite|traitiez|traitait|recrutez|recrute|recrutent|choisissez|choisit|selectionnez|selectionne|consultez|consulte|gerez|gere|avez gere|a gere|repondez|repond|menez|mene|conduisez|conduit}',
      '{comment|la facon dont|la maniere dont} {s\'est deroule|s\'est passe|se deroule|se passe|s\'est deroulee|a ete mene|a ete menee|a ete conduit|a ete conduite|a ete gere|a ete geree|a ete traite|a ete traitee} {ce|cette|le|la|votre|mon|ma} {recrutement|consultation|selection|processus|procedure|appel d\'offres|dossier|candidature|entretien|affaire}',
      'a quoi {s\'attendre|ils doivent s\'attendre|elles doivent s\'attendre}',
      '{la facon|la maniere|comment} dont {les|nos|vos|ses} … {sont|ont ete|etaient|seront|sont-ils} {traites|traitees|recus|recues|consideres|considerees|respectes|respectees|ecoutes|ecoutees|accueillis|accueillies|evalues|evaluees}', '{comment|la facon dont|la maniere dont} {les|nos|vos} _ {sont|ont ete|etaient} {traites|traitees|recus|recues|consideres|considerees}',
      '{ce qui s\'est passe|ce qui se passe} {chez vous|ici|dans votre entreprise}',
      "{comment|la facon dont|la maniere dont} {ce|cette|le|la|votre|mon|ma|l'|notre} {recrutement|consultation|selection|processus|procedure|appel d'offres|dossier|candidature|entretien|affaire|jury|audition|commission|attribution|echange|echanges} {s'est deroule|s'est deroulee|a ete mene|a ete menee|a ete conduit|a ete conduite|a ete gere|a ete geree|a ete traite|a ete traitee|s'est passe|s'est passee|a ete organise|a ete organisee|a ete instruit|a ete instruite}",
    ],
  },
  // Effort counted back, fate.
  {
    name: 'effort',
    note: 'Effort counted in time: « deux week-ends », « mes soirées », « des heures ».',
    forms: [
      '{#|deux|trois|quatre|cinq|six|sept|huit|dix|onze|douze|quinze|vingt|plusieurs} {personnes|ingenieurs|collaborateurs|collaboratrices|consultants|salaries|developpeurs|architectes|jours d\'ingenieur|jours-homme|jours homme|hommes-jours|jours de travail|visites de site|visites|maquettes|esquisses|prototypes|versions}',
      '{#|des|mes|nos|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|vingt-cinq|trente|quarante|cinquante|soixante|cent|plusieurs|de nombreuses|de nombreux|tous mes|toutes mes|tout mon|toute ma|des dizaines de|des centaines d\'} {week-ends|weekends|soirees|nuits|heures|journees|jours|semaines|mois|samedis|dimanches|vacances|conges|heures sup|heures supplementaires|annees}',
      '{tout|tout le|tout mon|toute la|toute ma} {week-end|temps|soiree|nuit|journee|energie|mois|ete|vacances}',
      "{tout le|tant de|tout ce} {temps|travail|energie|efforts|heures} {que j'ai|que nous avons|passe|consacre|investi|donne|offert|perdu}",
    ],
  },
  {
    name: 'reproach_marker',
    note: 'Words that turn effort or praise into a reproach: « pour rien », « gratuitement », « un cadeau ».',
    forms: [
      "{ne pese|ne pesait|ne compte|ne comptait|ne vaut|ne valait} {pas lourd|pas grand-chose|guere|rien}", "{secondaire|accessoire|un detail} pour {votre|vous|ton|toi}",'pour rien', 'gratuitement', 'gratuit', 'gratis', 'benevolement', 'en pure perte', 'pour finalement', 'pour au final', 'et voila', 'tout ca pour', 'sans contrepartie', 'cadeau', 'cadeaux', 'offert[e][s]', 'pour la gloire', 'sans meme', 'meme pas', 'a perte', 'pour des prunes', 'dans le vide', 'pour du beurre', 'considerez', 'considere', 'a titre gracieux', 'gracieusement', 'sans rien facturer', 'sans rien vous facturer', 'sans rien nous facturer', 'sans facturer', 'sans etre paye[e][s]', 'sans etre remunere[e][s]', 'pro bono', 'pour memoire', 'pour rappel', 'faut-il le rappeler', 'je rappelle que', 'rappelons-le', '{rendu|rendue|rendus|rendues|envoye|envoyee|livre|livree|fait|faite|prepare|preparee|redige|redigee|boucle|bouclee} {un dimanche|un samedi|un jour ferie|le week-end|en pleine nuit|pendant mes vacances|pendant mes conges|la nuit}'],
  },
  // Reconsidering.
  {
    name: 'reconsider',
    note: 'Asking the reader to go back on the decision (re-read, re-examine, reopen, change their mind).',
    forms: [
      '{<reconsiderer>|<reexaminer>|<reetudier>|<reevaluer>}', '{<rouvrir>|<repenser>|<reviser>|<reouvrir>} &&@decision|@writer_thing',
      '{revoir|revoyiez|revoyez} {votre|ta|cette|la|vos|ce|leur|le} {decision|position|choix|copie|jugement|evaluation|classement|notation|avis|analyse|point|dossier|candidature|lecture|appreciation|conclusions|grille|note|notes|selection|verdict|reponse|arbitrage}', '{revoir|revoyiez|revoyez|relire|relisiez|relisez|rouvrir|repasser|reexaminer} {mon|ma|mes|notre|nos} {dossier|candidature|offre|proposition|note|notes|copie|devis|memoire|projet|cv|lettre|portfolio|evaluation}', '{revenir|reveniez|reveniez|revenez} sur {votre|ta|cette|la|vos|ce|leur|le} {decision|position|choix|jugement|evaluation|classement|refus|avis}', '{porter|presenter|soumettre|remettre|reporter} {a nouveau|de nouveau|une nouvelle fois|une seconde fois} {notre|mon|ma|nos|mes|le|la|ce|cette} {dossier|candidature|offre|proposition|projet|demande} {devant|a|aupres}',
      '{second|deuxieme} {regard|examen|coup d\'oeil}', 'nouvel examen', '{nouveau|autre} {regard|examen|tour|coup d\'oeil|avis} &&@decision|@writer_thing|@reader', 'dernier {regard|examen|coup d\'oeil|avis} &&@decision|@writer_thing|@reader',
      '{seconde|deuxieme|nouvelle|derniere|autre} {chance|lecture|evaluation|analyse|etude} &&@decision|@writer_thing|@reader', "{me|m'|nous} {accorder|donner|proposer|offrir|permettre|laisser|accordiez|donniez|proposiez} {une|un} {seconde|deuxieme|nouvelle|derniere|autre|second|deuxieme|nouvel} {audition|entretien|chance|lecture|examen}", "{une|un} {seconde|deuxieme|nouvelle|autre|second|nouvel} {chance|lecture|relecture|evaluation|analyse|etude|audition|examen|regard} {pourrait|pourraient|meriterait|serait|se justifierait|s'imposerait|vaudrait} {se justifier|etre justifiee|etre justifie|etre utile|etre envisagee|etre envisage|la peine|opportune|opportun|pertinente|pertinent|utile|justifiee|justifie}",
      'y repenser', 'y reflechir {a nouveau|encore|une seconde fois|davantage|a deux fois}', '{merci de|je vous prie de|veuillez|pourriez-vous|pouvez-vous|vous pourriez|serait-il possible de|est-il possible de|possible de|pourrait-on|peut-on|on pourrait|tu pourrais|pourrais-tu} {revoir|reconsiderer|reexaminer|reetudier} {ca|cela|ce point|ce classement|cette selection|la selection|le classement|la liste|ce choix}',
      "{merite|meriterait|meritent|meriteraient} {bien |vraiment |au moins |}{d'etre|d'en|qu'on|que l'on|que vous|qu'on en|que l'on en|qu'on le|qu'on la} {rediscute|rediscutee|revu|revue|reexamine|reexaminee|reconsidere|reconsideree|reetudie|reetudiee|rouvert|rouverte|repense|repensee|reevalue|reevaluee|rediscuter|reparler|reparle|revoir|reconsiderer|rediscutions|reparlions}",
      '{repasser|refaire|retenter|rejouer|recommencer|reprogrammer} {l\'audition|l\'entretien|l\'essai|le test|l\'epreuve|le casting|l\'oral|les tests|les epreuves|la selection|les selections}',
      "{un nouvel|un autre|un second|un deuxieme|une nouvelle|une autre|une seconde} {echange|entretien|rendez-vous|appel|essai|rencontre|audition} {permettrait|pourrait|suffirait|vous permettrait} {de|d'|a} {le demontrer|le prouver|vous convaincre|vous le demontrer|vous le prouver|lever vos doutes|vous rassurer|en juger|vous montrer|le montrer}",
      "{en reparler|en parler|plaider ma cause|glisser un mot|intercéder|interceder|toucher un mot} {avec|a|au|aupres de} … {avant de|avant qu'} {valider|trancher|decider|confirmer|clore|arreter}", '{revoir|reexaminer|relire|reetudier|reevaluer|reclasser|renoter} {les|des|toutes les|l\'ensemble des} {candidatures|dossiers|offres|propositions|copies|notes|classements|evaluations|choix|candidats}', '{juger|voir|considerer|apprecier|evaluer|lire|envisager|penser|percevoir} {autrement|differemment|sous un autre angle|sous un autre jour|d\'un autre oeil}', "changer d'avis", "changiez d'avis", "change d'avis", "changer d'idee", 'revenir en arriere', 'faire marche arriere', "me laisser {une|ma} chance", "me donner {une|ma} chance", "me prouver &&@writer_thing|@writer_self|@decision", "vous prouver &&@writer_thing|@writer_self|@decision", 'vous le prouver &&@writer_thing|@writer_self|@decision', 'vous en convaincre', 'vous convaincre &&@writer_thing|@writer_self|@decision', 'te convaincre &&@writer_thing|@writer_self|@decision', 'relecture &&@decision|@writer_thing', 'reexamen', 'reconsideration', 'revision &&@decision|@writer_thing', "{pas|n'est pas|n'etait pas} definiti{f|ve}", 'encore temps', 'rien n\'est joue', 'je me permets d\'insister', "j'insiste", "permettez-moi d'insister", 'insister &&@reader|@writer',
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
    name: 'like_me',
    note: 'The writer held up as a kind apart (« un profil comme le mien », « de mon calibre »): self-praise that turns a refusal into the reader’s loss.',
    forms: [
      "{un|une|des|de} {profil|profils|candidat|candidate|candidats|personne|personnes|offre|proposition|approche|agence|equipe|prestataire|dossier|candidature|talent|talents|gens|quelqu'un|modele|concept|idee|vision|projet|demarche|univers|style} {comme|tel que|telle que|tels que|telles que} {le mien|la mienne|les miens|les miennes|moi|nous|le notre|la notre|les notres}",
      "quelqu'un comme moi", '{de ma|de mon|de notre} {trempe|calibre|envergure|niveau|acabit}',
    ],
  },
  {
    name: 'reader_virtue',
    note: 'The reader’s manners or process named as a virtue (« le sérieux de votre processus », « votre conception du respect »): praise, or irony when something points at it.',
    forms: [
      "{le|la|l'} {serieux|professionnalisme|rigueur|respect|consideration|courtoisie|elegance|politesse|reactivite|transparence|efficacite|delicatesse|bienveillance|qualite|humanite|sens de l'ecoute|sens du contact} {de votre|de vos|dont vous|de ton|de tes|de ce|de cette}",
      "{votre|ta} {conception|vision|definition|idee|notion|sens|facon de voir|maniere de voir} {du|de la|de l'|des} {respect|politesse|courtoisie|professionnalisme|serieux|consideration|communication|recrutement|transparence|dialogue|bienveillance|ecoute|ethique|candidats|candidat|relation|relations|service|partenariat|collaboration|management|valeurs|confiance|egalite|equite}",
    ],
  },
  {
    name: 'bland',
    note: 'Dismissive words for what the deciders preferred (« plus consensuel », « plus facile à vendre »): praise of the winner turned into a jab at the jury.',
    forms: [
      '{consensuel|consensuelle|consensuels|consensuelles|convenu|convenue|convenus|convenues|lisse|lisses|tiede|tiedes|sage|sages|commercial|commerciale|commerciaux|commerciales|vendeur|vendeuse|vendeurs|vendeuses|conventionnel|conventionnelle|conventionnels|conventionnelles|formate|formatee|formates|formatees|aseptise|aseptisee|aseptises|aseptisees|bien-pensant|bien-pensante|bien-pensants|mainstream|calibre|calibree|calibres|calibrees|attendu|attendue|attendus|attendues|rassurant|rassurante|rassurants|rassurantes|inoffensif|inoffensive|inoffensifs|banal|banale|banals|banales}',
      '{plus|moins} {facile|faciles|simple|simples|aise|aisee} a {vendre|presenter|expliquer|defendre|faire passer|financer|comprendre}', 'politiquement correct[e][s]', 'grand public', 'sans risque', 'moins risque[e][s]', 'moins {audacieu{x|se|ses}|exigeant[e][s]|derangeant[e][s]|ambitieu{x|se|ses}}',
    ],
  },
  {
    name: 'prefer',
    note: 'The deciders preferring, favouring or choosing something (the frame of a jab at their taste).',
    forms: ['<preferer>', '<privilegier>', '<favoriser>', 'opte pour', 'opter pour', 'a opte', 'ont opte', 'ait opte', 'aient opte', '<miser> sur', '<choisir>', 'retenu[e][s]'],
  },
  {
    name: 'reader_process',
    note: 'How the reader recruits or buys: their ads, interviews, criteria, files (what unsolicited advice is about).',
    forms: [
      "{vos|votre|les|ces|ses|leurs|des} {annonce|annonces|offre d'emploi|offres d'emploi|fiche de poste|fiches de poste|entretien|entretiens|recrutement|recrutements|processus|process|procedure|procedures|candidat|candidats|candidate|candidates|postulant|postulants|dossier|dossiers|grille|grilles|critere|criteres|methode|methodes|pratique|pratiques|jury|jurys|consultation|consultations|appel d'offres|appels d'offres|cahier des charges|cahiers des charges|courrier|courriers|reponse|reponses|selection|selections|equipe rh|service rh|ressources humaines|mails de refus|lettres de refus}",
      "{l'|la|le} {annonce|offre d'emploi|fiche de poste|entretien|recrutement|processus|procedure|grille|selection|consultation}",
      "{vos|votre} {prochain|prochains|prochaine|prochaines|futur|futurs|futures} {recrutement|recrutements|candidat|candidats|consultation|consultations|appel|appels|annonce|annonces|selection|selections|entretien|entretiens}",
    ],
  },
  {
    name: 'advice_frame',
    note: 'Unsolicited advice about to be given (« un petit conseil : », « à l’avenir, il serait bon de », « pensez à »).',
    forms: [
      "^ {un|petit|juste un|une|simple} {petit |petite |simple |}{conseil|suggestion|remarque|recommandation} {:|,|pour}", "^ {permettez-moi|laissez-moi|je me permets de vous faire|je me permets de vous donner|je me permets|si je peux me permettre} {une|un} {petite |petit |simple |}{suggestion|conseil|remarque|recommandation}",
      "{a l'avenir|pour l'avenir|la prochaine fois|a l'occasion|desormais|dorenavant} {,|} {il serait|il serait peut-etre|ce serait|il vaudrait|il faudrait|pensez|evitez|prevenez|indiquez|precisez|relisez|prenez|soyez|faites}",
      "il {serait|serait peut-etre|serait sans doute|vaudrait|vaudrait peut-etre|faudrait|faudrait peut-etre} {bon|judicieux|souhaitable|preferable|opportun|sage|mieux|temps} {de|d'}",
      "^ {pensez a|n'oubliez pas de|veillez a|evitez de|songez a|prenez le temps de|essayez de} {relire|lire|prevenir|preciser|indiquer|repondre|informer|verifier|mettre a jour|regarder|respecter|traiter|former|clarifier|actualiser|publier|remercier}",
      "^ {prevenez|relisez|precisez|indiquez|lisez|informez|traitez|respectez|remerciez} @reader_process",
    ],
  },
  {
    name: 'candidates',
    note: 'The candidates or bidders in general (for a fairness complaint made in their name).',
    forms: ["{les|des|aux|autres|envers les|vis-a-vis des|pour les} {candidats|candidates|postulants|postulantes|soumissionnaires|prestataires|participants|participantes|entreprises|artistes|auteurs|porteurs de projet}"],
  },
  {
    name: 'insist_frame',
    note: 'The writer insisting on a point (« je tiens à souligner », « je me permets de rappeler »): with a claim about oneself, pleading.',
    forms: ["{je tiens a|je me permets de|je me dois de|permettez-moi de|je voudrais|je souhaite|je souhaiterais|nous tenons a|nous nous permettons de} {souligner|rappeler|insister|signaler|faire remarquer|relever|preciser|redire|repeter}",
      "{je me permets|permettez-moi|je tiens a} de le {rappeler|souligner|preciser|redire}",
    ],
  },
  {
    name: 'job',
    note: 'What was at stake: the post, the contract, the prize, the file (the subject of a bitter question).',
    forms: ["{le|ce|votre|un|mon|notre|la|cette} {poste|marche|contrat|prix|concours|stage|financement|appel|projet|logement|place|mission|dossier|candidature|bourse|subvention|selection|residence|alternance}"],
  },
  {
    name: 'form_word',
    note: 'A form letter named as such (« formule », « réponse type »).',
    forms: ['formule[s]', 'formulation[s]', 'reponse type', 'lettre type', 'message type', 'courrier type', 'mail type', 'modele', 'copier-coller', 'copie-colle'],
  },
  {
    name: 'find_me',
    note: 'The writer saying where to find them (« vous savez où me trouver »).',
    forms: ["{vous savez|tu sais|vous connaissez|tu connais|vous avez|tu as|vous aurez|tu auras|vous gardez|tu gardes} {déjà |toujours |bien |}{où me trouver|où me joindre|mon numéro|mes coordonnées|mon contact|mon adresse}"],
  },
  {
    name: 'bare_ack',
    note: 'A bare acknowledgement standing as a whole sentence (« Noté. », « Pris note. », « Bien reçu. »): with no thanks beside it, the reply reads as a door closed.',
    forms: ['^ {note|bien note|pris note|c\'est note|bien recu|recu|ok|okay|entendu|compris|dont acte|soit|d\'accord|ca marche|je prends note|nous prenons note|pris acte|je prends acte} {.|…|...|!|,|} $'],
  },
  {
    name: 'thanks_given',
    note: 'Thanks actually given (« merci pour votre retour », « je vous remercie », « merci ! »), not the « merci de » of a request (« merci de supprimer mes données »).',
    forms: ["merci {pour|de votre|de ton|de ta|de vos|de tes|de la|de l'|du|de ce|de cette|d'avoir|de m'avoir|de nous avoir|beaucoup|bien|encore|infiniment|mille fois|a vous|à vous|a toi|à toi|quand meme|en tout cas|$|!|.|,}", "{je|nous} {vous|te} {remercie|remercions}", 'remerciements', 'merci bcp', 'mercii', 'thanks'],
  },
  {
    name: 'thanks_word',
    note: 'A thank-you to the reader, the frame of an ironic one when the reader’s haste or delay is named beside it.',
    forms: ['merci', 'remercie', 'remercions', 'remercier', 'remerciements'],
  },
  {
    name: 'declined',
    note: 'The writer having turned something down (another offer, another firm): the sacrifice a reply then counts.',
    forms: ["{j'avais|j'ai|nous avions|nous avons} {decline|refuse|laisse passer|renonce a|ecarte|repousse|mis de cote}"],
  },
  {
    name: 'others_praise',
    note: 'Other people’s praise brought in to answer the reader (« mes précédents employeurs ont toujours souligné ma rigueur »).',
    forms: [
      "{mes|nos} {premiers|premieres|anciens|anciennes|fideles|nombreux|nombreuses} {lecteurs|lectrices|relecteurs|relectrices|clients|clientes|spectateurs|auditeurs|eleves|patients} {l'ont|les ont|m'ont|nous ont|l'avaient} {trouve|trouvee|trouves|juge|jugee|qualifie|qualifiee|dit|trouve tres|trouvee tres}",
      "{plusieurs|des|de nombreux|beaucoup de|tous les|d'autres} {professionnels|experts|membres|spectateurs|participants|clients|collegues|candidats|enseignants|professeurs|jures} {me l'ont|nous l'ont|l'ont} {confirme|dit|assure|garanti|affirme|souligne|reconnu}",
      "{la|le|les|me|nous|l'} {considere|considerent|trouve|trouvent|voit|voient|jugent|juge|decrit|decrivent} comme {l'une des|l'un des|la|le|les} {meilleures|meilleurs|meilleure|meilleur|plus douees|plus doues|plus douee|plus doue|plus talentueuses|plus talentueux|plus prometteuses|plus prometteurs}",
      "{mes|nos} {#|deux|trois|quatre|} {anciens|precedents|anciennes|precedentes|derniers|dernieres} {clients|clientes|employeurs|managers|collegues|responsables|professeurs|enseignants|tuteurs|tutrices|maitres de stage} {ont|m'ont|avaient|m'avaient|nous ont} {toujours |souvent |unanimement |tous |toutes |}{souligne|salue|reconnu|apprecie|releve|vante|loue|felicite|mis en avant}",
      "{mes|nos} {lecteurs|lectrices|lecteurs beta|beta-lecteurs|relecteurs|relectrices|clients|proches|collegues|professeurs|pairs} {,|} … {y ont vu|ont trouve|ont juge|ont adore|ont apprecie|m'ont dit|m'ont assure|trouvent|jugent}",
      "{mon|ma|mes|notre|nos} {directeur|directrice|tuteur|tutrice|encadrant|encadrante|professeur|professeure|ancien employeur|ancienne employeuse|manager|responsable|maitre de stage|maitresse de stage|collegues|professeurs|pairs|mentor|coach|entraineur|entraineuse} … … {estimait|estime|estimaient|estiment|pensait|pense|pensaient|pensent|trouvait|trouve|trouvaient|trouvent|jugeait|juge|jugeaient|jugent|considerait|considere|m'a dit|m'ont dit|nous a dit|nous ont dit|disait|disaient|m'assurait|m'assure} {que|qu'} &@superiority|@fit_claim|@value_claim",
      "{plusieurs|d'autres|beaucoup de|la plupart des|certains|certaines|tous les|toutes les|de nombreux|de nombreuses} {comediens|comediennes|candidats|candidates|participants|participantes|personnes|collegues|membres|spectateurs|clients|clientes|parents|jures|observateurs|professionnels|musiciens|joueurs|joueuses|entraineurs|benevoles} … … {m'ont dit|nous ont dit|m'ont assure|nous ont assure|ont trouve|ont juge|ont estime|trouvaient|estimaient|disaient|m'ont confie|m'ont fait remarquer} {que|qu'} &@superiority|@fit_claim|@value_claim",
    ],
  },
  {
    name: 'surprise',
    note: 'The writer surprised or puzzled by the outcome (« je reste surpris », « à mon grand étonnement »): disagreement in a polite word.',
    forms: [
      '{surpris|surprise|surprises|etonne|etonnee|etonnes|etonnees|interloque|interloquee|interloques|stupefait|stupefaite|sidere|sideree|decontenance|decontenancee|dubitatif|dubitative|circonspect|circonspecte}',
      '{a ma|a notre} {grande |}surprise', '{mon|notre} {etonnement|incomprehension}',
    ],
  },
  {
    name: 'opinion',
    note: 'The writer stating an opinion as certain (« je reste convaincu que », « il est évident que »).',
    forms: [
      '{je|j\'} {pense|estime|considere|trouve|crois|juge|maintiens|affirme|persiste a penser|reste convaincu|reste convaincue|reste persuade|reste persuadee|suis convaincu|suis convaincue|suis persuade|suis persuadee|suis certain|suis certaine|suis sur|suis sure|demeure convaincu|demeure convaincue|ai la conviction|ai la certitude|sais} {que|qu\'}',
      "{je|j'} {me permets de vous dire|tiens a vous dire|tiens a dire|vous assure} {que|qu'}",
      'nous {restons|sommes|demeurons} {convaincus|convaincues|persuades|persuadees|certains|certaines|surs|sures} {que|qu\'}', 'nous {pensons|estimons|croyons|considerons|maintenons} {que|qu\'}',
      'il est {evident|clair|certain|indeniable|incontestable|manifeste} {que|qu\'}', 'force est de constater', 'il faut bien reconnaitre', 'a mon sens', 'a mon avis', 'selon moi', "d'apres moi", 'pour moi', 'de mon point de vue',
      "{je|j'|nous} {pense|pensons|crois|croyons|estime|estimons|considere|considerons|juge|jugeons} {meriter|avoir merite|etre le|etre la|etre les|correspondre|avoir toute ma place|avoir toute notre place|avoir ma place|avoir notre place}",
      "{je|j'} {pense|estime|considere|crois|reste convaincu|reste convaincue|suis convaincu|suis convaincue|suis persuade|suis persuadee} {vraiment|sincerement|toujours|encore|profondement|reellement|au fond|honnetement|franchement} {que|qu'}",
    ],
  },
  {
    name: 'argued_fact',
    note: 'A figure put to work as an argument, not as a correction (« 4 buts, plus que n’importe quel attaquant retenu », « 15 de moyenne, ce n’est pas insuffisant », « des chiffres assez parlants »): the sentence weighs the facts against the verdict, so it does not earn the factual allowance.',
    forms: [
      "{plus|moins|mieux} que {n'importe quel|n'importe quelle|n'importe qui|tous|toutes|la plupart|les autres|l'autre|celui|celle|ceux|celles|le candidat|la candidate|le prestataire|la personne} {retenu|retenue|retenus|retenues|choisi|choisie|choisis|d'un|d'une|de|des|du|}",
      "{n'est|n'etait|c'est|c'etait|ce n'est|ce n'etait} {pas|guere|quand meme pas|tout de meme pas} {insuffisant|insuffisante|rien|negligeable|peu|mal|mauvais|mauvaise|faible|si mal|si faible|ridicule|anodin}",
      '{assez|plutot|tres|particulierement|} {parlant|parlante|parlants|parlantes|eloquent|eloquente|eloquents|eloquentes|edifiant|edifiante|edifiants} &@writer|@writer_thing|@decision',
      '{difficilement|a peine|rarement} {plus|mieux|moins} {sur|sure|solide|fiable|complet|complete|qualifie|qualifiee|serieux|serieuse|interessant|interessante}',
      '{sans doute|bien|largement|nettement} plus {sur|sure|solide|fiable|que}',
      "# … de plus {que|qu'}", "{quand nous en|alors que nous en|quand j'en|alors que j'en} {presentons|presentions|avons|avions|ai|avais|comptons|comptions} #",
      "{objectivement|clairement|de loin|indeniablement|incontestablement|sans conteste|a l'evidence|de toute evidence} {le plus|la plus|les plus|le meilleur|la meilleure|les meilleurs|les meilleures|superieur|superieure|meilleur|meilleure|plus}",
      "pourtant … {le plus|la plus|les plus|le meilleur|la meilleure|les meilleurs|les meilleures}",
      "{nous en sommes|j'en suis|nous en restons|j'en reste} {convaincus|convaincu|convaincue|convaincues|persuades|persuade|persuadee|certains|certain|certaine|surs|sur|sure}",
      "{je pense|je crois|j'estime|nous pensons|nous estimons|nous croyons} {sincerement |vraiment |honnetement |}{que|qu'} … … {le plus|la plus|les plus|le meilleur|la meilleure|les meilleurs|les meilleures|le seul|la seule}",
      "{ne pas comprendre|je ne comprends pas|je comprends pas|j'avoue ne pas comprendre|nous ne comprenons pas|je ne m'explique pas|je m'explique pas|je m'explique mal|je ne m'explique toujours pas|nous ne nous expliquons pas} {trop |vraiment |bien |tres bien |du tout |toujours |}{comment|pourquoi}",
      "alors {qu'il|qu'elle|que mon|que ma|que notre|que nos|que mes} … {correspond|correspondait|répond|repond|répondait|repondait|coche|cochait|remplit|remplissait}",
      "plus que {quelqu'un|une personne|un candidat|une candidate|celui|celle} qui {vient|venait} {d'arriver|de commencer|d'etre embauche|d'etre embauchee|de debuter}",
      "{objectivement|clairement|de loin|indeniablement|incontestablement|sans conteste|a l'evidence|de toute evidence} … {le plus|la plus|les plus|le meilleur|la meilleure|les meilleurs|les meilleures}",
      // Evidence put to work for the writer's merit (« ma moyenne et mon stage montrent que j'ai toutes les capacités »).
      "{montre|montrent|prouve|prouvent|demontre|demontrent|atteste|attestent|temoigne|temoignent} {bien |clairement |pourtant |largement |assez |} {que|qu'} {j'ai|je suis|j'etais|j'avais|nous avons|nous sommes|nous etions|nous avions|mon|ma|mes|notre|nos|je|j'}",
      // A conviction the figures are brought to serve (« avec 96 % de clients satisfaits, je reste persuadé que… »).
      "{je reste|je demeure|nous restons|nous demeurons|je suis toujours|nous sommes toujours} {persuade|persuadee|persuades|persuadees|convaincu|convaincue|convaincus|convaincues} {que|qu'}",
      "{dans ces conditions|dans ce contexte|au vu de ces|au regard de ces|compte tenu de ces|fort de ces|forte de ces|forts de ces}","{amplement|largement|plus que|bien plus que|tout à fait|parfaitement} {suffisant|suffisante|suffisants|suffisantes|acceptable|acceptables|raisonnable|raisonnables|correct|correcte|convenable}", "faire pencher la balance en {notre|ma|leur|sa} faveur", "{parfaitement|tout à fait|largement|pleinement} {reconnu|reconnue|admis|admise|accepté|acceptée|standard|courant|courante|normal|normale|conforme|suffisant|suffisante}", "{remplissait|remplit|cochait|coche|respectait|respecte} tous les critères"
    ],
  },
  {
    name: 'fact',
    note: 'What makes a correction factual: a document, a reference, an attachment (numbers and dates are read from the tokens).',
    forms: ["{je vous joins|je joins|joins|vous trouverez|veuillez trouver|je vous adresse|je vous transmets|je vous envoie|je vous renvoie} {une copie|copie|la copie|un scan|le scan|une photo|la photocopie|une photocopie|le document|les documents|le releve|le certificat|le justificatif|l'attestation|le courrier|la preuve|une capture|la capture}", '{est|sont} bien {situe|situee|situes|situees|base|basee|bases|basees|heberge|hebergee|heberges|hebergees} {en|a|au|aux|dans}', '{numero|n°} {siret|siren|de tva|tva|de dossier|de reference|d\'enregistrement|fiscal|de facture|de commande}', 'siret', 'kbis', 'k-bis', 'ci-joint', 'ci-jointe', 'ci-joints', "{une|d'une|cette|l'} {petite |}erreur {de saisie|materielle|de frappe|de transcription|de report|d'enregistrement|de numerotation|d'affichage|de date|de montant|de prenom|de nom|de numero|de reference|d'adresse|de calcul|d'orthographe|de destinataire}", 'en piece[s] jointe[s]', 'piece[s] jointe[s]', 'justificatif[s]', 'attestation[s]', 'certificat[s]', 'accuse[s] de reception', 'recepisse[s]', 'capture[s] d\'ecran', 'horodatage', 'ref', 'n°', '{et non|et non pas|au lieu de|au lieu des|au lieu du} {#|a #|de #|le #|la #|les #|du #|des #|en #}', 'bordereau', 'envoye le', 'transmis le', 'depose le', 'signe le', 'obtenu le', 'recu le', 'date du', 'en date du', '{est|sont} joint[e][s] {a|au|a ce|a cette}', 'en annexe', 'ci-annexe[e][s]', "lot #", "lot n° #", "lots # et #", "{une|petite|simple} verification :", "{mentionne|cite|nomme|designe|vise|evoque|fait reference a|concerne|porte sur} {le projet|le dossier|la societe|l'entreprise|le nom|la candidature de|l'association|le lot|la reference|un autre|une autre|un projet|un dossier}", "{confusion|inversion|melange} {entre|de} {deux|les|nos} {dossiers|candidatures|projets|noms|candidats|fichiers|lots}"],
  },
];

/** The classes by name, as the phrase engine reads them. */
export const LEXICON: Readonly<Record<string, readonly string[]>> = Object.fromEntries(CLASSES.map((c) => [c.name, c.forms]));
