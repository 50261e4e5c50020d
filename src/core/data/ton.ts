// Wording that the guide warns against, category `ton`: rage reply, passive
// aggression, apologies and self-deprecation, drama. One entry per expression
// family; see data/expression.ts for the notation of `forms`.

import type { Expression } from './expression';

const THANKS = 'Merci pour votre retour.';
const AVAILABLE = 'Je reste disponible si vos besoins évoluent.';

/** Rage reply: accusations, contempt, anger, threats, insults (section 1 « Pas de rage-reply », section 6 « Réagir à chaud »). */
export const AGGRESSIVE: readonly Expression[] = [
  {
    id: 'honte',
    rule: 'ton-agressif',
    forms: ['honteu{x|se|ses}', "c'est {une|la} honte", 'quelle honte', 'une honte', 'scandaleu{x|se|ses}', "c'est {un|du} scandale", 'un scandale', 'inadmissible[s]', 'inacceptable[s]', 'lamentable[s]', 'pathetique[s]', 'minable[s]', 'pitoyable[s]', 'grotesque[s]', 'honteusement', 'une mascarade', 'une farce', 'un simulacre'],
    except: ['pas honteux', 'aucune honte', 'sans honte'],
    explanation: 'Un jugement moral sur la décision ou le recruteur : c’est la « rage-reply » que le guide déconseille ; les mails envoyés sous émotion vieillissent mal.',
    sentenceRewrites: ['Je comprends votre décision.'],
    deleteSentence: true,
  },
  {
    id: 'n-importe-quoi',
    rule: 'ton-agressif',
    forms: ['{c\'est|c\'était} {vraiment |franchement |}se moquer {des gens|du monde|des candidats|de moi}', 'quelle perte de temps', '{une|une vraie|une belle|une pure} perte de temps', 'c\'est la dernière fois que je {postule|candidate|réponds|travaille|vous}', 'je ne {postulerai|candidaterai|travaillerai|répondrai|soumissionnerai} plus {jamais |}{chez vous|pour vous|avec vous}', 'plus jamais chez vous', 'vous ne me reverrez {plus|pas|jamais}', "du grand n'importe quoi", "c'est n'importe quoi", "n'importe quoi", 'du foutage de gueule', 'foutage de gueule', 'vous {vous |}foutez de', 'tu te fous de', 'on se fout de', 'vous vous moquez {du monde|de moi|des gens|des candidats}', 'de qui se moque-t-on', 'vous vous prenez pour qui', 'pour qui vous prenez-vous', 'pour qui te prends-tu', 'vous plaisantez', "c'est une blague", "j'hallucine", 'ridicule[s]', 'absurdit{e|es}', 'ubuesque'],
    except: ["je suis prêt à faire n'importe quoi"],
    explanation: 'Du mépris pour la décision : le guide demande un ton sobre, positif, zéro drama.',
    sentenceRewrites: ['Je comprends votre décision.'],
    deleteSentence: true,
  },
  {
    id: 'incompetence',
    rule: 'ton-agressif',
    forms: ['arrogant[e][s]', 'arrogance', 'hautain[e][s]', 'prétentieu{x|se|ses}', 'malpoli[e][s]', 'impoli[e][s]', 'grossier[s]', 'grossière[s]', 'odieu{x|se|ses}', '{aucun|zéro|pas le moindre} respect', 'comme des {numéros|moins que rien|pions|chiens}', 'comme un {numéro|moins que rien|pion|chien}', 'ghosté[e][s]', 'ghosting', 'traiter les {gens|candidats} {comme ça|ainsi|de la sorte}', 'incompetent[e][s]', 'incompetence', 'amateurisme', 'bande {d|de}', 'vous ne savez pas recruter', 'vous ne savez pas lire', 'tu ne sais pas lire', 'vous ne connaissez rien', 'vous ne comprenez rien', "vous n'avez rien compris", "tu n'as rien compris", 'aucun professionnalisme', 'manque de professionnalisme', 'manque {total |flagrant |}de {respect|consideration|serieux|courtoisie}', 'peu professionnel[le][s]', 'pas tres professionnel[le][s]', 'pas professionnel[le][s]', 'non professionnel[le][s]', 'irrespectueu{x|se|ses}', 'irrespect', 'meprisant[e][s]', 'mepris', 'condescendant[e][s]', 'dilettante[s]', 'je me suis fait avoir', 'une arnaque', 'arnaqueur[s]', 'escroquerie', 'escroc[s]', 'voleur[s]', "c'est du vol"],
    except: ['sans mepris', 'aucun mepris'],
    explanation: 'Une accusation contre le recruteur ou le client : elle crispe et grille la relation que le guide veut garder entrouverte.',
    sentenceRewrites: ['Je comprends votre décision et vous remercie pour le temps consacré à ma candidature.'],
    deleteSentence: true,
  },
  {
    id: 'pas-lu',
    rule: 'ton-agressif',
    forms: ['{pas|vraiment pas} été {cool|sympa|fair-play|réglo|classe}', '{tu aurais|vous auriez} pu {me le dire|m\'avertir|le dire|me le faire savoir}', 'je te {pensais|croyais|imaginais} {plus|moins}', '{tu te rends|vous vous rendez} compte', 'rendez-vous compte', '{pas|vraiment pas|pas très|pas du tout} {cool|sympa|fair-play|réglo|classe|élégant|élégante|glorieux}', 'vous auriez {pu|dû} {au moins|quand même|tout de même|au minimum|me prévenir|m\'appeler|me téléphoner|me répondre|prendre la peine|avoir la décence|avoir la politesse|avoir l\'honnêteté|avoir le courage}', 'tu aurais {pu|dû} {au moins|quand même|tout de même|me prévenir|m\'appeler|me répondre|prendre la peine}', '{c\'est|c\'était} {un peu |quand même |franchement |vraiment |}{limite|fort de café|un peu fort}', 'je {pensais|croyais} que vous étiez {une entreprise |un cabinet |une équipe |une structure |des gens |}{plus |}{sérieux|sérieuse|sérieuses|professionnel|professionnelle|professionnels|différent|différente|différents|honnête|honnêtes|correct|correcte|corrects}', 'je vous {croyais|pensais|imaginais} {plus|moins|sérieux|sérieuse|professionnel|professionnelle|différent|différente}', "vous n'avez {même |meme |}pas {lu|regardé|ouvert|pris la peine|daigné|pris le temps}", "tu n'as {même |}pas {lu|regardé|ouvert|pris la peine|pris le temps}", "vous n'avez visiblement pas {lu|regardé|compris}", 'sans {même |}{lire|avoir lu|regarder|ouvrir}', 'sans même prendre la peine', "vous n'avez jamais {lu|ouvert}", "personne n'a {lu|ouvert|regardé}", 'avez-vous {seulement|au moins|même} lu', 'as-tu {seulement|au moins|même} lu', 'vous avez lu … en diagonale', 'lu en diagonale'],
    explanation: 'Reprocher au destinataire de ne pas avoir lu le dossier, c’est contester sous le coup de l’émotion : s’il manquait un fait, corrigez-le calmement (« Petite précision factuelle : … »).',
    sentenceRewrites: ['Petite précision factuelle : [l’élément exact].'],
    deleteSentence: true,
  },
  {
    id: 'menace',
    rule: 'ton-agressif',
    forms: ['{j\'en informerai|je vais en informer|je compte en informer|j\'en parlerai à|je vais en parler à} {votre|ta|la} {direction|hiérarchie|directeur|directrice|DRH|patron|PDG}', 'je vais contacter {votre|la} direction', '{vous|tu} {le regretterez|le regretteras|allez le regretter|vas le regretter|vous en mordrez les doigts|t’en mordras les doigts}', 'vous allez vous en mordre les doigts', 'mon avocat', 'mes avocats', '{consulter|contacter|saisir|prendre|mandater} un avocat', 'porter plainte', 'je porterai plainte', "prud'hom{m|}es", "{laisser|publier|poster|mettre|écrire|rédiger} un avis {négatif|public|sur glassdoor|sur google|détaillé}", 'un avis négatif', '{raconter|dénoncer|exposer|balancer|afficher} … sur {les réseaux|linkedin|glassdoor|internet}', 'je vais en parler sur', 'je ferai savoir', 'je vais le faire savoir', 'je le ferai savoir', 'tout le monde saura', 'mauvaise publicité', 'mauvaise pub', 'vous entendrez parler de moi', 'tu entendras parler de moi', 'vous aurez de mes nouvelles', 'ça ne va pas se passer comme ça', 'ça ne se passera pas comme ça', 'je ne compte pas en rester là', "je n'en resterai pas là", 'je ne vais pas en rester là', 'je ne recommanderai {jamais |plus |pas }', 'je déconseillerai', 'je vais {prévenir|alerter|informer} {votre|ta} {direction|hiérarchie|directeur|directrice|DRH|patron|manager}', 'votre direction sera informée'],
    explanation: 'Une menace (avis public, avocat, réseaux sociaux) ferme la porte pour de bon : le guide conseille de garder la porte entrouverte.',
    deleteSentence: true,
    sentenceRewrites: [AVAILABLE],
  },
  {
    id: 'insulte',
    rule: 'ton-agressif',
    forms: ['connard[s]', 'connasse[s]', 'con{|ne}[s]', 'putain', 'merde[s]', 'merdique[s]', 'bordel', 'fait chier', 'faire chier', 'chier', 'foutu[e][s]', 'enfoire[e][s]', 'abruti[e][s]', 'cretin[e][s]', 'debile[s]', 'imbecile[s]', 'idiot{|e|s|es}', 'guignol[s]', 'clown[s]', 'bouffon[s]', 'tocard[s]', 'naze[s]', 'bande de nuls', '{vous etes|tu es|t es|vous êtes vraiment|c est|c\'est} {nul|nuls|nulle|nulles}', 'nullissime', 'nullite', 'allez vous faire {foutre|voir}', 'va te faire {foutre|voir}', 'fdp', 'ntm', 'wtf', 'salaud[s]', 'salopard[s]', 'pourri[e][s]', 'grr', 'grrr', 'grrrr', 'pfff', 'pffff'],
    except: ['nul doute', 'match nul', 'pas nul', 'con amore'],
    explanation: 'Une insulte ou un gros mot : aucun destinataire ne le lit sans se braquer. Le guide : « Pas de rage-reply ».',
    deleteSentence: true,
  },
  {
    id: 'colere',
    rule: 'ton-agressif',
    forms: ['mécontentement', 'mécontent[e][s]', 'je vous rappelle que', 'dois-je vous rappeler', 'faut-il vous rappeler', 'c\'est personnel', 'quelque chose contre moi', 'un problème avec moi', 'en travers de la gorge', 'je l\'ai mauvaise', 'j\'ai la rage', 'j\'ai la haine', 'j\'ai les boules', '{ça|cela} me {dégoûte|dégoute|écœure|fout en l\'air|rend fou|rend folle|tue}', 'je suis {furieux|furieuse|en colere|hors de moi|outré|outrée|révolté|révoltée|scandalisé|scandalisée|indigné|indignée|écœuré|écœurée|ecoeure|ecoeuree}', 'furieu{x|se}', 'en colere', 'hors de moi', 'ca me {revolte|rend malade|met en rage|met hors de moi|degoute}', 'ça me {révolte|rend malade|met en rage|dégoûte}', 'quelle audace', 'quel culot', 'vous avez du culot', 'sans vergogne', 'de qui se moque'],
    except: ['pas en colere', 'sans colere', 'aucune colere'],
    explanation: 'La colère écrite à chaud : le guide recommande d’attendre 24 à 48 h et de répondre sobrement.',
    deleteSentence: true,
    sentenceRewrites: [THANKS],
  },
];

/** Passive aggression (section 6 « Passif-agressif : “Bonne chance quand même.” Non. »). */
export const PASSIVE_AGGRESSIVE: readonly Expression[] = [
  {
    id: 'bonne-chance-quand-meme',
    rule: 'passif-agressif',
    forms: ['{bonne chance|bon courage|bonne continuation|belle continuation|bonne suite|bonne route|bon vent} {quand meme|tout de meme|malgre tout|malgre cela|malgre ça|neanmoins|hein}', 'bonne chance quand meme', 'bonne chance a vous … quand meme', 'bonne chance pour la suite … quand meme'],
    explanation: '« Bonne chance quand même » : le guide le cite mot pour mot comme le passif-agressif à éviter. Un souhait sincère et sans réserve, ou rien.',
    rewrites: ['Bonne continuation', 'Bon succès sur le projet'],
    deleteSentence: true,
  },
  {
    id: 'souhait-aigre',
    rule: 'passif-agressif',
    forms: ['{bonne chance|bon courage|bonne continuation|belle continuation|félicitations|tous mes vœux|tous mes voeux|bonne route} {avec|pour|à} … {candidat|candidate|profil|prestataire|fournisseur|recrue|élu|élue|perle} {idéal|idéale|parfait|parfaite|rêvé|rêvée|miracle|rare|moins cher|moins chère|pistonné|pistonnée|providentiel|providentielle}', '{bonne chance|bon courage} pour trouver {mieux|meilleur|quelqu\'un de mieux|quelqu\'un de meilleur|la perle rare|le mouton à cinq pattes|moins cher}', '{votre|ton} {candidat|candidate|profil|prestataire|recrue} {idéal|idéale|parfait|parfaite|rêvé|rêvée|miracle|pistonné|pistonnée}', 'moins cher{|e} … évidemment', 'comme par hasard', 'quelle surprise', 'bonne chance {avec|pour} {ça|cela}', 'bon courage avec {ça|cela}', 'je vous souhaite bien du courage', 'bien du plaisir', 'grand bien vous fasse', 'grand bien te fasse'],
    except: ['je ne suis pas la perle rare'],
    explanation: 'Un souhait qui pique (« votre candidat idéal », « bien du courage ») se lit comme du passif-agressif. Le guide : un souhait sincère ou rien.',
    sentenceRewrites: ['Bonne continuation, et merci pour le temps consacré à ma candidature.', 'Bon succès sur le projet.'],
    deleteSentence: true,
  },
  {
    id: 'regretter',
    rule: 'passif-agressif',
    forms: ['j\'espère pour toi', 'j\'espère {qu\'il|qu\'elle|que votre prestataire|que ton prestataire|que votre candidat|que ton graphiste|que votre nouveau prestataire} tiendra {les délais|ses promesses|la route|la distance}', "j'espere {pour vous |sincerement |vraiment |}que vous ne {le|la} regretterez pas", "j'espere {pour vous |}que vous ne regretterez pas", "j'espere {pour toi |}que tu ne le regretteras pas", "j'espere que vous n'aurez pas à le regretter", "j'espere {pour vous |}que vous avez fait le bon choix", "j'espere {pour toi |}que tu as fait le bon choix", 'en espérant que vous ne le regrettiez pas', 'en espérant que ce soit le bon choix', "j'ose esperer que", "j'espère pour vous", 'pour votre bien', "l'avenir {dira|nous dira|vous dira} qui avait raison", "l'avenir {me donnera|nous dira si|vous dira si}", 'qui vivra verra', 'vous verrez bien'],
    explanation: '« J’espère que vous ne le regretterez pas » : une menace déguisée en souhait. Le guide conseille de finir sur la disponibilité.',
    sentenceRewrites: [AVAILABLE],
    deleteSentence: true,
  },
  {
    id: 'sarcasme',
    rule: 'passif-agressif',
    forms: ['{un|une|du} {copier-coller|copié-collé|mail type|réponse type|lettre type|message type|courrier type}', 'vous perdez {un|une} {bon|bonne|excellent|excellente|sacré|sacrée|vrai|vraie|précieux|précieuse}', '{entretiens|mois|semaines|relances|heures|jours|étapes|tests} pour {un mail|ça|rien|un refus|un simple mail|une réponse type|un simple refus|un non|me dire non|finalement rien}', '{un|deux|trois|quatre|six|1|2|3|4|6} {mois|semaines} pour {me dire non|me répondre|une réponse|un refus|ça|un non}', 'vous m\'avez fait attendre', 'tu m\'as fait attendre', 'bon ben', 'ben voilà', 'pas grave, de toute façon', '{de toute façon|de toute manière|au fond} … {pas|plus} {vraiment |très |si |}{intéressé|intéressée|motivé|motivée|emballé|emballée|convaincu|convaincue|fait pour|faite pour}', 'je n\'étais pas {vraiment |si |très |tellement |}{intéressé|intéressée|emballé|emballée|motivé|motivée} {par|de toute façon|non plus}', '{votre|ce|cet|cette} {poste|offre|projet|mission|entreprise} ne {m\'intéressait|me convenait|me correspondait|me plaisait|m\'attirait} {pas|plus|guère} {vraiment |}{de toute façon|finalement|tant que ça|non plus|tellement}', '{ça|cela} m\'arrange', 'tant mieux pour {lui|elle|vous|toi|eux|l\'heureux élu|l\'heureuse élue|le candidat retenu|la candidate retenue}', 'j\'espère {qu\'il|qu\'elle|que votre candidat|que votre candidate|que la personne retenue|que le candidat retenu|que votre prestataire} {sera|saura être|soit} à la hauteur', 'on verra ce que {ça|cela} donne', '{ça|cela} ne m\'étonne pas', '{ça|cela} ne m\'étonne guère', 'je ne suis pas {surpris|surprise|étonné|étonnée}', 'pas étonnant', 'enfin une réponse', '{réponse|retour}, enfin', 'il {vous |t\'|}aura fallu', 'mieux vaut tard que jamais', 'il était temps', 'vous avez mis le temps', 'tu as mis le temps', '{même pas|pas même} {un appel|un coup de fil|un mot|une explication|un merci|un entretien}', 'permettez-moi d\'en douter', 'j\'en doute', 'vous {avez manqué|avez raté|ratez|manquez|venez de rater|venez de manquer} {une|un|la} {belle |bonne |sacrée |vraie |}{occasion|opportunité|perle|pépite|bon profil}', "merci de m'avoir fait perdre mon temps", 'merci pour {le|ce|mon} temps perdu', "merci {de m'avoir|pour m'avoir} fait {perdre|attendre|venir pour rien|déplacer pour rien}", 'merci pour rien', 'merci {du|pour le} {mépris|silence|manque de respect}', 'merci {pour|de} {cette|votre|ce} {magnifique|superbe|formidable|sublime|belle|merveilleuse|charmante|délicieuse} {réponse|lettre|mail|message|refus}', 'merci pour {ce|votre|cette} {mail|message|réponse|refus|lettre} {type|automatique|générique|standard|copié-collé|copier-coller|tout fait|toute faite}', '{réponse|mail|lettre|message|refus} {type|automatique|générique|standard|copié-collé|copier-coller}', 'bravo pour {ce|votre|cette|ton|ta} {choix|décision|recrutement|processus|sélection|professionnalisme|réactivité|flair|discernement|clairvoyance|sens}', 'bravo, vraiment', 'félicitations pour {votre|ce|cette|ton|ta} {choix|décision|professionnalisme|processus|réactivité|flair|discernement}', 'quel professionnalisme', 'quelle réactivité', 'quelle efficacité', 'belle leçon de', 'quel flair', 'chapeau bas', 'au moins vous avez {répondu|eu la politesse|pris la peine|eu la décence}', 'au moins {tu as|vous avez} répondu', "c'est déjà ça", 'trop aimable', "c'est trop d'honneur", "c'est gentil de {m'avoir|me} prévenir … {mois|semaines} après", 'après {deux|trois|quatre|six|2|3|4|6} {mois|semaines} {de silence|d\'attente|sans nouvelles}', 'mdr', 'lol', 'ptdr', 'no comment', 'sans commentaire', 'ben voyons', 'sans rancune'],
    except: ['merci pour rien de moins que', 'sans rancune aucune'],
    explanation: 'Le sarcasme ne passe pas à l’écrit : le destinataire lit du passif-agressif. Le guide : remercier avec classe, sobrement.',
    sentenceRewrites: ['Merci d’avoir pris le temps de me répondre.'],
    deleteSentence: true,
  },
  {
    id: 'politesse-moqueuse',
    rule: 'passif-agressif',
    forms: ['(ou pas)', '(enfin presque)', '(ou presque)', '(si peu)', '{cordialement|sincèrement|respectueusement|amicalement|bien à vous|salutations} … {quand même|malgré tout|ou pas|enfin presque|si on peut dire|si l\'on peut dire}', '{cordialement|sincèrement|amicalement} {quand même|malgré tout|tout de même|hein}', 'si on peut dire', "si l'on peut dire", 'soi-disant', 'soi disant', 'prétendu[e][s]'],
    except: ['que ce soit le cas ou pas', 'que vous retenir ou pas', 'si vous le souhaitez ou pas', 'retenu ou pas', 'que ce soit ou pas', 'ou presque tous', 'ou pas du tout'],
    explanation: 'Une politesse moquée (« Cordialement (ou pas) ») : le destinataire retient la pique, pas la formule. Le guide : politesse stratégique, zéro drama.',
    rewrites: [''],
    deleteSentence: false,
  },
  {
    id: 'regret-miroir',
    rule: 'passif-agressif',
    forms: ["moi aussi {j'ai le|je suis au} regret", "j'ai {moi aussi|moi-même|également|à mon tour|aussi|à mon tour moi aussi} le regret de", "à mon tour, j'ai le regret", "j'ai le regret de vous {informer|annoncer|dire|faire savoir}", "je suis {moi aussi |également |à mon tour |}au regret de vous {informer|annoncer|dire}", 'nous avons le regret {nous aussi|également}'],
    explanation: 'Renvoyer la formule du refus (« moi aussi j’ai le regret de… ») : c’est la réaction que le guide demande justement de ravaler. Respirez, puis remerciez.',
    sentenceRewrites: ['Merci d’avoir pris le temps de me répondre.'],
    deleteSentence: true,
  },
  {
    id: 'vos-raisons',
    rule: 'passif-agressif',
    forms: ['{bref|enfin|bon|soit|ok|bon ben}, c\'est {votre|ton|leur} {choix|décision|problème|affaire}', 'je suppose que vous {avez|aviez} vos raisons', '{vous devez|vous deviez|tu dois|tu devais} avoir {vos|tes} raisons', 'vous {avez|aviez} {sans doute|sûrement|certainement|bien sûr|surement} vos raisons', "j'imagine que vous {avez|aviez} vos raisons", 'tu {as|avais} {sans doute|sûrement|surement} tes raisons', "c'est votre perte", "c'est ta perte", 'tant pis pour {vous|toi}', 'votre perte', 'vous passez à côté {d|de|du}', 'vous êtes passé[e][s] à côté {d|de|du}', 'tu passes à côté {d|de|du}', "c'est vous qui voyez", "c'est toi qui vois", 'libre à vous', 'libre à toi', 'si vous le dites', 'si tu le dis', 'comme vous voudrez', 'comme vous voulez', 'ce sera votre problème', "c'est votre problème", "c'est votre choix, pas le mien", 'vous ne savez pas ce que vous perdez', 'tu ne sais pas ce que tu perds', 'dommage pour vous', 'dommage pour toi', 'à votre place, je', "d'autres sauront {m'apprécier|apprécier|reconnaître}", "d'autres {entreprises|clients|recruteurs} {sauront|seront ravis}"],
    explanation: '« Je suppose que vous avez vos raisons », « c’est votre perte » : le destinataire y entend le reproche. Le guide : reconnaître la décision, sans réserve.',
    sentenceRewrites: ['Je comprends votre décision.'],
    deleteSentence: true,
  },
];

/** Apologies and self-deprecation (section 2 « sans s’excuser de vivre »). Order matters: ordinary apologies first. */
export const APOLOGIES: readonly Expression[] = [
  {
    id: 'excuse-delai',
    rule: 'excuses',
    kind: 'ordinary',
    forms: ['{je suis |}{désolé|désolée|navré|navrée|sincèrement désolé|sincèrement désolée} {pour|de} {ce|le|mon|cet|ma|cette} {délai|retard|réponse tardive|délai de réponse|long délai|retour tardif}', '{je suis |}{désolé|désolée|navré|navrée} de {répondre|vous répondre|revenir vers vous|ne répondre qu\'} {si|aussi|un peu|seulement|si tard|tard|maintenant|aujourd\'hui}', '{je suis |}{désolé|désolée|navré|navrée} de ne pas avoir répondu plus tôt', '{toutes mes excuses|pardon|excusez-moi|veuillez m\'excuser|veuillez excuser|je vous prie de m\'excuser|je m\'excuse} {pour|de} {ce|le|mon|cet|ma|cette} {délai|retard|réponse tardive|délai de réponse|long délai|retour tardif}', 'je vous prie {de m\'excuser|d\'excuser} {ce|mon|le} {délai|retard}', 'pardon pour le retard'],
    explanation: 'Une excuse ordinaire pour une réponse tardive : seule, elle est polie ; accumulée avec d’autres, elle affaiblit le message.',
    rewrites: ['Merci pour votre patience'],
    deleteSentence: true,
  },
  {
    id: 'excuse-deranger',
    rule: 'excuses',
    kind: 'mild',
    forms: ['{désolé[e][s]|navré[e][s]|pardon|excusez-moi} {d\'insister|de vous relancer encore|de revenir encore vers vous}', '{je suis |}{désolé[e][s]|navré[e][s]} de vous {déranger|importuner|embêter|ennuyer|solliciter|relancer|écrire|écrire à nouveau|déranger à nouveau|déranger encore|faire perdre du temps|prendre du temps}', '{excusez-moi|pardon|pardonnez-moi|veuillez m\'excuser} de vous {déranger|importuner|embêter|ennuyer|solliciter|relancer|écrire}', '{je m\'excuse|excusez-moi|pardon} {pour le|du} dérangement', '{désolé[e][s]|navré[e][s]} {pour le|du} dérangement', 'en m\'excusant {pour le|du} dérangement', '{je suis |}{désolé[e][s]|navré[e][s]} de te {déranger|relancer|solliciter|embêter}', 'excuse-moi de te {déranger|relancer|embêter}', "je m'excuse de {te|vous} {déranger|relancer|solliciter|écrire}", 'sans vouloir vous {déranger|importuner}', 'sans vouloir te déranger', 'si {cela|ça} ne vous dérange pas trop', 'si ce n\'est pas trop demander', 'je sais que vous êtes {très |}{occupé[e][s]|débordé[e][s]}', 'je ne veux pas vous {déranger|importuner|embêter} {plus longtemps|davantage}', 'je ne vous dérangerai plus', 'je ne vous embêterai plus', "n'hésitez pas à m'ignorer"],
    explanation: '« Désolé de vous déranger » : vous ne dérangez pas en répondant à un refus. Le guide : remercier avec classe, sans s’excuser de vivre.',
    rewrites: ['Merci pour votre retour'],
    deleteSentence: true,
  },
  {
    id: 'excuse-generique',
    rule: 'excuses',
    kind: 'mild',
    forms: ["je m'excuse", "je m'en excuse", 'je vous prie de m\'excuser', 'je vous prie de bien vouloir m\'excuser', 'veuillez m\'excuser', 'veuillez me pardonner', 'excusez-moi', 'excuse-moi', 'pardonnez-moi', 'pardonne-moi', 'je vous demande pardon', 'je te demande pardon', 'toutes mes excuses', 'mille excuses', 'mes excuses', 'mes plus plates excuses', 'pardon', 'je suis {vraiment |sincèrement |tellement |profondément |terriblement |}{désolé[e]|navré[e]}', '{vraiment |sincèrement |tellement |profondément |terriblement |}{désolé[e][s]|navré[e][s]}'],
    except: ['pas désolé[e][s]', 'ne suis pas désolé[e]', 'ne suis pas navré[e]', 'pas besoin de vous excuser', 'sans vous excuser', 'sans m\'excuser', 'ne m\'excuse pas', 'je ne m\'en excuse pas', 'désolé[e] d\'apprendre', 'désolé[e] pour vous', 'désolée pour vous'],
    explanation: 'Une excuse sans objet affaiblit le message : il n’y a pas de faute à se faire pardonner. Le guide : remercier avec classe, sans s’excuser de vivre.',
    rewrites: ['Merci pour votre retour'],
    deleteSentence: true,
  },
  {
    id: 'autodenigrement',
    rule: 'excuses',
    forms: ['je ne {fais|faisais|ferai} pas le poids', 'm\'excuser de vous {déranger|importuner|embêter|solliciter|relancer}', 'je m\'en veux', 'je m\'en voudrai', 'j\'ai honte de {moi|ma|mon|mes}', 'j\'ai honte', 'je ne suis {sans doute |probablement |certainement |}pas {assez|suffisamment} {bon|bonne|bien|compétent|compétente|qualifié|qualifiée|intéressant|intéressante|brillant|brillante}', '{mon|ma} {petit|petite|modeste|humble|pauvre} {profil|candidature|dossier|personne|expérience}', 'je n\'ai pas été à la hauteur', 'ne pas avoir été à la hauteur', "je n'aurais {jamais |pas |sans doute pas |probablement pas |peut-être pas |}dû {postuler|candidater|répondre|vous écrire|me présenter|envoyer ma candidature|tenter ma chance|y croire|soumissionner|déposer}", "je n'aurais jamais dû", "je n'étais pas à la hauteur", 'je ne suis pas à la hauteur', 'je ne serai jamais à la hauteur', 'pas à la hauteur de vos attentes', 'je sais {bien |}que je ne suis pas {à la hauteur|assez|suffisamment|le bon profil|la bonne personne|qualifié|qualifiée|compétent|compétente|le profil idéal|parfait|parfaite}', "je sais {bien |}que je n'ai pas {le niveau|les compétences|l'expérience|le profil}", 'je ne vaux rien', 'je suis {nul|nulle|un incapable|une incapable|un imposteur|une imposteure|bon à rien|bonne à rien|un raté|une ratée|trop nul|trop nulle|idiot|idiote|stupide|bête}', "j'ai été {nul|nulle|mauvais|mauvaise|lamentable|pitoyable|catastrophique|ridicule}", 'je me suis ridiculisé[e]', "je n'ai pas le niveau", "je n'avais pas le niveau", 'je ne mérite pas', 'je ne méritais pas', "je ne mérite rien", "c'est {entièrement |totalement |}{ma faute|de ma faute}", 'tout est {de |}ma faute', "j'ai tout raté", "j'ai tout gâché", 'pardon d\'exister', "{désolé[e]|pardon|excusez-moi} de vous avoir fait perdre {votre|du} temps", '{désolé[e]|pardon|excusez-moi} d\'avoir {postulé|candidaté|osé|pris votre temps|pris de votre temps|soumissionné}', "{quelqu'un|un profil|un candidat|une candidate|une personne} {de |}{bien |}{mieux|meilleur|meilleure|plus compétent|plus compétente|plus qualifié|plus qualifiée|plus brillant|plus brillante} que moi", '{bien |}{mieux|meilleur[e][s]|plus compétent[e][s]|plus qualifié[e][s]} que moi', 'je ne suis {qu\'un|qu\'une} {simple |modeste |petit |petite |}{débutant|débutante|junior|étudiant|étudiante|stagiaire|freelance|indépendant|indépendante}', 'personne ne veut de moi', "je n'y arriverai jamais", 'je ne trouverai jamais'],
    except: ['je ne suis pas nul[le] en', 'ne pas avoir été à la hauteur de vos attentes sur ce point'],
    explanation: 'Se dévaloriser (« je ne suis pas à la hauteur ») n’aide ni le destinataire ni votre prochaine candidature. Le guide : remercier, accepter, demander 1–2 axes d’amélioration.',
    sentenceRewrites: ['J’aimerais recueillir 1 ou 2 pistes d’amélioration pour mieux aligner mes prochains dossiers.'],
    deleteSentence: true,
  },
];

/** Drama (section 2 « Tonalité : sobre, positive, zéro drama »). */
export const DRAMA: readonly Expression[] = [
  {
    id: 'injuste',
    rule: 'drame',
    forms: ['injuste[s]', 'injustement', 'injustice[s]', 'deloyal[e][s]', 'cruel[le][s]', 'cruauté'],
    except: ['pas injuste', 'sans être injuste', 'sans etre injuste', 'serait injuste de', 'ne pas être injuste', 'pas cruel'],
    explanation: '« Injuste » : un jugement chargé d’émotion sur la décision. Le guide : sobre, positif, zéro drama ; ne contestez qu’une erreur factuelle.',
    sentenceRewrites: ['Je comprends votre décision.'],
    deleteSentence: true,
  },
  {
    id: 'blessure',
    rule: 'drame',
    forms: ['{ça|cela} me {déçoit|décevait|déçoit beaucoup}', 'déçu[e][s] de {ta|votre|leur} part', 'amer', 'amère', 'amertume', 'un goût amer', 'choqué[e][s]', 'je m\'étais {pourtant |tellement |vraiment |}donné{|e} à fond', 'donné{|e} à fond', 'je me suis {tellement|énormément|vraiment beaucoup} investi[e]', 'sans voix', 'je tombe des nues', '{ça|cela} {fait|m\'a fait|me fait} {très |vraiment |tellement |}mal', "j'y {ai|avais} mis tout mon {cœur|coeur}", 'je ne sais {pas|plus} comment je vais {rebondir|m\'en remettre|faire|m\'en sortir}', 'je ne sais plus quoi faire', 'découragé[e][s]', 'démoralisé[e][s]', 'démotivé[e][s]', 'le moral à zéro', 'moral au plus bas', 'je suis {vraiment|très|tellement|profondément} triste', '{très|vraiment|tellement|extrêmement|profondément|terriblement} décevant[e][s]', 'à quoi bon', 'je baisse les bras', 'j\'abandonne', 'blessant[e][s]', 'je suis {très |profondément |vraiment |}blessé[e]', 'blessé[e] par', 'humiliant[e][s]', 'humilié[e]', 'humiliation', 'vexant[e][s]', 'vexé[e]', 'je suis {anéanti|anéantie|effondré|effondrée|dévasté|dévastée|brisé|brisée|détruit|détruite|démoli|démolie|abattu|abattue|dégoûté|dégoûtée|dégouté|dégoutée|écœuré|écœurée|choqué|choquée|sous le choc|en larmes|à terre}', 'anéanti[e]', 'effondré[e]', 'dévasté[e]', 'le cœur brisé', 'le coeur brisé', 'un coup de massue', 'une gifle', 'en larmes', "j'ai pleuré", 'je pleure', 'mes larmes', "je n'en dors plus", 'nuits blanches', 'une nuit blanche', 'quelle déception', '{une|ma|cette} {immense|énorme|terrible|grosse|profonde|grande|cruelle} déception', '{terriblement|profondément|extrêmement|énormément|immensément|tellement|cruellement|vraiment très} déçu[e][s]', 'dégoûté[e][s]', 'dégouté[e][s]', 'déprimé[e]', 'déprimant[e]', 'je suis {au fond du trou|à bout|désespéré|désespérée}', 'désespéré[e]', 'désespérant[e]'],
    except: ['pas choqué[e]', 'sans être choqué[e]', 'pas blessé[e]', 'sans vouloir être blessant', 'pas de déception', 'sans déception', 'pas {découragé|démotivé|démoralisé}[e][s]', 'nullement {découragé|démotivé}[e]', 'pas triste'],
    explanation: 'Dire sa peine (« blessant », « effondré ») transforme la réponse en « roman triste ». Le guide : tonalité sobre, positive, zéro drama.',
    sentenceRewrites: ['Je comprends votre décision.'],
    deleteSentence: true,
  },
  {
    id: 'tout-investi',
    rule: 'drame',
    forms: ['j\'ai {bossé|travaillé|passé|sacrifié} {tout le week-end|tout mon week-end|toute la nuit|des nuits|des week-ends|mes week-ends|mes soirées|des soirées entières|des heures et des heures}', 'après tout ce {qu\'on a|que nous avons|que j\'ai} {fait|vécu|construit|traversé|partagé|accompli} {ensemble|pour vous|pour toi|pour cette}', '{ça fait|c\'est} la {deuxième|troisième|quatrième|cinquième|énième|nième|xième} fois que', "après tout ce que j'ai {investi|fait|donné|sacrifié|préparé|mis|apporté}", "après tout ce que nous avons {investi|fait|donné|préparé}", "après {tout le temps|tous les efforts|toutes les heures|tout le travail|toute l'énergie|tant d'efforts|tant d'heures|des semaines|des jours|des heures|des nuits} {que j'ai|que nous avons|passé|passées|passés|consacré|consacrés|consacrées|investi|investis}", "j'ai tout donné", "j'ai tout misé", "j'y ai {tellement |vraiment |}cru", "j'y croyais {tellement|vraiment|dur comme fer}", "j'étais {tellement |si |}{sûr|sûre|persuadé|persuadée|convaincu|convaincue|certain|certaine} {de|d'|que}", "c'était le poste de mes rêves", "c'était {mon|notre} rêve", 'le job de mes rêves', 'le poste de mes rêves', 'mon dernier espoir', "je ne m'en remettrai {pas|jamais}", "je ne m'en remets pas", 'je ne comprends plus rien', "{c'est|c'était} la {troisième|quatrième|cinquième|dixième|énième|nième|xième|vingtième} fois", '{encore|toujours} {un refus|refusé|refusée|recalé|recalée}', 'un refus de plus', 'encore un refus', 'comme à chaque fois', "à chaque fois c'est pareil", 'toujours la même chose', 'toujours pareil', 'tout ça pour ça', 'tout ça pour rien'],
    
    explanation: 'Rappeler tout ce qu’on a investi ou ses échecs passés, c’est le « roman triste » du guide : le destinataire n’y peut rien. Remerciez, acceptez, restez disponible.',
    sentenceRewrites: ['J’ai apprécié l’échange et j’aimerais m’améliorer.'],
    deleteSentence: true,
  },
];
