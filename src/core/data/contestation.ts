// Category `contestation` (section 5 « On conteste… parfois ») : contesting
// the decision or an opinion. Correcting a fact calmly (« Petite précision
// factuelle : le document a bien été transmis le 3 mars ») is what the guide
// recommends and matches nothing here.

import type { Expression } from './expression';

const ACCEPT = 'Je comprends votre décision.';
const FACT = 'Petite précision factuelle : [l’élément exact].';

export const CONTESTATION: readonly Expression[] = [
  {
    id: 'pas-d-accord',
    rule: 'conteste-la-decision',
    forms: ["je ne suis {pas|absolument pas|pas du tout|vraiment pas|toujours pas} d'accord", "je suis en désaccord", "je suis en total désaccord", "je ne partage {pas|pas du tout|absolument pas|vraiment pas|nullement|guère|aucunement|pas tout à fait|pas vraiment} {votre|ton|cette|cet|vos|tes|leur|la|le|les|ce} {avis|analyse|point de vue|évaluation|appréciation|décision|conclusion|conclusions|jugement|lecture|vision|position|raisonnement|constat|diagnostic|interprétation|choix}", "je ne suis {pas|absolument pas|pas du tout} {en phase|aligné|alignée|convaincu|convaincue} {avec|par} {votre|ta|cette|ce|vos|la|le|les}", "je me permets de {contester|douter|ne pas être d'accord|vous contredire}", 'permettez-moi de ne pas être d\'accord', "{je conteste|je me permets de contester|je tiens à contester|je souhaite contester|je dois contester|nous contestons|je dois contester} {votre|ta|cette|la|vos|les|le|ce} {décision|choix|évaluation|notation|note|notes|appréciation|classement|analyse|jugement|refus|résultat|résultats|motif|motifs}", 'je conteste', 'nous contestons', 'contester {votre|cette|la} décision', 'je {refuse|n\'accepte pas|ne peux pas accepter|ne peux accepter} {votre|cette|la|ce} {décision|refus|choix|évaluation}', 'je ne peux pas {accepter|admettre|comprendre} {que|qu\'|cette|votre|ce}', 'inacceptable &&@target'],
    except: ['je ne conteste pas', 'sans contester', 'il ne s\'agit pas de contester', 'loin de moi l\'idée de contester', 'je ne souhaite pas contester', 'je ne cherche pas à contester'],
    explanation: 'Contester une décision ou un avis crispe et risque de griller la relation (section 5) ; ne revenez que sur une erreur factuelle claire, calmement.',
    sentenceRewrites: [ACCEPT, FACT],
    deleteSentence: true,
  },
  {
    id: 'vous-vous-trompez',
    rule: 'conteste-la-decision',
    forms: ['vous {faites|commettez|avez fait|avez commis|allez faire|êtes en train de faire} {une|une grave|une grosse|une énorme|une belle|l\'} erreur', 'vous faites erreur', 'tu {fais|as fait|commets} {une|une grave|une grosse} erreur', 'vous {faites|avez fait|avez pris} {le mauvais|un mauvais} choix', 'tu {as fait|fais} {le mauvais|un mauvais} choix', 'vous faites fausse route', 'vous {vous trompez|vous êtes trompé|vous êtes trompée|vous êtes trompés|vous êtes lourdement trompé|vous trompez lourdement}', 'tu te trompes', "tu t'es trompé[e]", "{c'est|c'était|votre décision est|ce choix est} une {grave |grosse |énorme |}erreur &&@target|@writer_thing", "{c'est|c'était} {un mauvais choix|le mauvais choix|une erreur de jugement|une erreur de casting}", 'une erreur de jugement &&@target|@writer_thing', 'grave erreur &&@target|@writer_thing', 'erreur de casting &&@target|@writer_thing', 'vous auriez dû {me|nous} {choisir|retenir|prendre|recruter|faire confiance}', 'vous avez {mal lu|mal compris|mal évalué|mal jugé|sous-estimé|ignoré|négligé|écarté à tort|oublié de regarder}', 'à tort &&@target|@writer_thing', 'vous êtes passé[e][s] à côté de {mon|ma|mes|notre|nos} {profil|candidature|compétences|expérience|offre|proposition|dossier}', "vous n'avez pas {su voir|su reconnaître|vu que|remarqué que|compris que|compris mon|tenu compte|pris en compte|su évaluer|su apprécier}", "si vous aviez {bien |vraiment |seulement |}{lu|regardé|étudié|examiné|ouvert}", 'relisez {mon|ma|notre|nos|mes}', 'je vous invite à relire', 'vous auriez vu que'],
    except: ['sauf erreur de ma part', 'sans doute à tort', 'peut-être à tort', 'je me suis peut-être trompé', 'à tort ou à raison', 'si je me trompe', 'pas tort'],
    explanation: 'Dire au destinataire qu’il se trompe (« vous faites une erreur ») plaide contre sa décision : ça crispe (section 5). Corrigez un fait, pas une opinion.',
    sentenceRewrites: [ACCEPT, FACT],
    deleteSentence: true,
  },
  {
    id: 'reconsiderer',
    rule: 'conteste-la-decision',
    forms: ['revoir {votre|ta|sa|leur} copie', 'je {sollicite|demande|réclame|souhaite obtenir|exige} … {explication|explications|justification|justifications}', '{que vous m\'expliquiez|que vous me justifiiez|que vous justifiiez}', 'je réclame &&@target|@reader|@writer_thing', 'nous réclamons &&@target|@reader|@writer_thing', '{merci de|je vous demande de|je vous prie de|pourriez-vous|pouvez-vous|je souhaite que vous|je vous invite à} {réexaminer|revoir|reconsidérer|réétudier|relire} {mon|ma|notre|nos|mes} {dossier|candidature|offre|proposition|réponse|mémoire}', '{reconsidérer|revoir|réviser|réexaminer|repenser} {votre|ta|cette|la|vos} {décision|position|choix|jugement|évaluation|classement|notation}', 'revenir sur {votre|ta|cette|la} décision', 'changer d\'avis', 'changiez d\'avis', 'changer votre décision', 'me {donner|laisser|accorder} une {seconde|deuxième|dernière|autre|nouvelle} chance', 'me redonner une chance', 'nous {donner|laisser|accorder} une {seconde|deuxième|dernière|autre|nouvelle} chance', 'une seconde chance &&@target|@reader|@writer_thing', 'une deuxième chance &&@target|@reader|@writer_thing', 'faire marche arrière', 'je vous demande de {reconsidérer|revoir|réexaminer|revenir}', 'je vous {demande|prie|supplie} de {me reprendre|me retenir|me rappeler}', 'je vous supplie &&@decision|@writer_thing', 'je demande {des explications|une explication|une justification|un réexamen|une révision|à être reçu[e]|un nouvel entretien|un second entretien}', 'je vous demande {des explications|une explication|de justifier|une justification|un nouvel entretien}', 'j\'exige &&@target|@reader|@writer_thing', 'nous exigeons &&@target|@reader|@writer_thing', 'je mérite {une explication|des explications|mieux|ce poste|ce contrat|ce marché|d\'être retenu[e]|une réponse}', 'je méritais {ce poste|mieux|ce contrat|ce marché|d\'être retenu[e]|ma place}', 'justifiez &&@target|@reader|@writer_thing', 'justifier {votre|ce|cette} {décision|choix|refus}'],
    except: ['si vous changez d\'avis', 'si vos besoins évoluent', 'si vous deviez changer d\'avis', 'si cela change votre évaluation'],
    explanation: 'Demander au destinataire de revenir sur sa décision, c’est plaider sa cause : le guide n’y voit de place qu’après une erreur factuelle ou une mise à jour majeure, avec une seule demande et une preuve courte.',
    sentenceRewrites: ['Si cela change votre évaluation, je peux fournir la preuve ci-jointe et me tenir disponible pour un bref échange (10 min).', 'Je reste disponible si vos besoins évoluent à l’avenir.'],
    deleteSentence: true,
  },
  {
    id: 'meilleur-candidat',
    rule: 'conteste-la-decision',
    forms: ['{n\'a|n\'ont|n\'avez|n\'as} {manifestement|visiblement|clairement|absolument|vraiment|tout simplement|rien} {pas |}compris', '{n\'a|n\'ont|n\'avez|n\'as} pas compris {l\'intérêt|la valeur|la pertinence|mon|ma|notre|nos|mes}', '{n\'a|n\'ont|n\'avez|n\'as} pas su {voir|apprécier|évaluer|reconnaître|comprendre|mesurer}', '{j\'ai|j\'ai beaucoup|j\'ai vraiment} du mal à {accepter|admettre|digérer}', 'je {peine|n\'arrive pas} à {accepter|admettre|digérer}', '{ne repose|ne reposait|ne s\'appuie|ne s\'appuyait} sur aucun', 'aucun critère objectif', 'critères {opaques|flous|subjectifs|obscurs}', 'manque de transparence', '{nous regrettons|je regrette} {vivement |profondément |sincèrement |fortement |}{votre|cette|ce} {choix|décision}', '{je reste|je demeure|je suis toujours|je reste intimement|je suis intimement} {persuadé|persuadée|convaincu|convaincue|certain|certaine|sûr|sûre} {que mon profil|que ma candidature|que mon dossier|que mes compétences|que mon expérience|que notre offre|que notre proposition|que notre dossier|d\'être|que le choix|que votre choix|que cette décision|que votre décision}', '{je reste|je demeure|je suis toujours|je reste intimement|je suis intimement} {persuadé|persuadée|convaincu|convaincue|certain|certaine|sûr|sûre} que je {suis|serais|étais|corresponds|correspondais|méritais|mérite|ferais}', '{je reste|je demeure|je suis toujours|je reste intimement|je suis intimement} {persuadé|persuadée|convaincu|convaincue|certain|certaine|sûr|sûre} que j\'{étais|avais|aurais}', '{je reste|je demeure|je suis toujours|je reste intimement|je suis intimement} {persuadé|persuadée|convaincu|convaincue|certain|certaine|sûr|sûre} que vous {faites|avez fait|commettez|vous trompez}', '{mon|ma|mes|notre|nos} {expérience|expériences|profil|compétences|candidature|offre|proposition|expertise|références} {aurait|auraient} {fait|pu faire} la différence', 'que vous n\'ayez pas {pris en compte|pris en considération|tenu compte|considéré|remarqué|vu que|lu}', '{sans|pas} {pris|prendre|avoir pris} en {considération|compte} {mes|mon|ma|notre|nos}', 'peu {cohérent|cohérente|cohérents|logique|logiques|objectif|objective|justifié|justifiée|fondé|fondée|compréhensible|équitable|transparent|transparente}', 'incohérent[e][s] &&@target|@writer_thing|@setback', 'illogique[s] &&@target|@writer_thing|@setback', 'injustifié[e][s] &&@target|@writer_thing|@setback', '{notre|mon|ma|nos|mes} {proposition|offre|candidature|dossier|projet|travail|profil} {méritait|méritaient|mérite|méritent} {mieux|davantage|plus|d\'être retenu|d\'être retenue|une autre issue|une meilleure note}', 'moins {expérimenté|expérimentée|expérimentés|qualifié|qualifiée|qualifiés|compétent|compétente|compétents|diplômé|diplômée|diplômés} que moi', '{un profil|quelqu\'un|une personne|un candidat|une candidate} moins {expérimenté|expérimentée|qualifié|qualifiée|compétent|compétente|diplômé|diplômée}', 'je ne comprends {toujours|vraiment|absolument|décidément|franchement} pas', 'ce qui a pu {vous déplaire|clocher|coincer|poser problème|vous gêner}', '{mon dossier|ma candidature|mon entretien|notre offre|notre dossier|mon profil} {était|étaient} parfait[e][s]', 'j\'ai {vraiment |beaucoup |un peu |}du mal à comprendre &&@target|@writer_thing|@setback', 'je comprends mal &&@target|@writer_thing|@setback', 'je m\'explique mal &&@target|@writer_thing|@setback', 'je m\'interroge sur {vos|les|la|votre|ce|cette} {critères|décision|choix|pertinence|évaluation|notation}', 'je reste perplexe &&@target|@writer_thing|@setback', 'perplexe &&@target|@writer_thing|@setback', 'je ne vois {pas|vraiment pas} {en quoi|pourquoi|ce qui|ce que|comment} &&@target|@writer_thing|@setback', '{vous m\'aviez|on m\'avait|vous m\'avez|tu m\'avais|vous nous aviez|on nous avait} {promis|assuré|garanti|laissé entendre}', '{ne tient|ne tiennent|n\'a pas tenu|n\'ont pas tenu|sans tenir} {pas |}compte {de mon|de ma|de mes|de notre|de nos}', 'je suis {le|la} {meilleur|meilleure} {candidat|candidate|profil|choix|option|personne}', 'je suis {le|la} {candidat|candidate|profil|personne} {idéal|idéale|parfait|parfaite|qu\'il vous faut}', "j'étais {le|la} {meilleur|meilleure|candidat idéal|candidate idéale|profil idéal|meilleur choix}", 'je {suis|reste|demeure} {convaincu|convaincue|persuadé|persuadée|certain|certaine|sûr|sûre} {d\'être|que je suis|que j\'étais|que mon profil|que ma candidature|que mon offre|que notre offre|que notre proposition|que notre dossier} {le|la|les|était|est|correspond|répond|meilleur|meilleure}', 'vous ne trouverez {pas|personne|jamais} {mieux|de mieux|de plus|meilleur|plus}', 'personne ne {fera|ferait|peut faire|pourra faire} mieux', 'personne ne correspond mieux', 'je coche toutes les cases', 'je cochais toutes les cases', 'mon profil {correspond|correspondait|colle|collait} {parfaitement|exactement|à cent pour cent|à 100 %|en tout point|point par point}', 'je {corresponds|correspondais} {parfaitement|exactement|en tout point}', "j'ai {pourtant|bien|largement} {toutes les|les} {compétences|qualifications|qualités|diplômes|expériences}", "j'avais {pourtant |}toutes les {compétences|qualifications|qualités|cartes}", "{j'ai|je suis|j'avais|j'étais|nous avons|nous étions|notre offre était|notre offre est|mon offre était|ma candidature était|mon dossier était|notre dossier était|notre proposition était|mon profil était} pourtant", 'pourtant, {j\'ai|je suis|nous avons|notre offre|mon profil}', "{notre|mon|ma} {offre|proposition|devis|dossier|candidature|réponse} {était|est|étaient} {clairement|objectivement|de loin|nettement|pourtant|bien|largement|indéniablement|la|le} {la meilleure|le meilleur|la moins chère|le moins cher|moins chère|moins cher|supérieure|supérieur|plus complète|plus complet|plus compétitive|plus compétitif|meilleure|meilleur}", "{notre|mon|ma} {offre|proposition|devis|dossier} {était|est} {la meilleure|le meilleur|la moins chère|le moins cher|la plus complète|la plus compétitive}", 'de loin {la meilleure|le meilleur|la moins chère|le moins cher|le plus qualifié|la plus qualifiée}', 'objectivement {supérieur|supérieure|meilleur|meilleure|plus}', "j'ai {bien |largement |}plus {d'expérience|de compétences|de diplômes|de références} que", "plus {qualifié|qualifiée|compétent|compétente|expérimenté|expérimentée} que {le candidat|la candidate|la personne|le profil|celui|celle|votre|l'autre}", 'mieux que {le candidat|la candidate|la personne|le profil|celui|celle|votre candidat|l\'autre|le prestataire|nos concurrents|le concurrent}', 'je ne comprends pas {votre|cette|la|vos|ce|ton|ta} {décision|choix|refus|raisonnement|évaluation|notation|classement}', 'je ne comprends pas {pourquoi|comment|ce qui|qu\'on|que vous} &&@target|@writer_thing|@setback', "je n'arrive pas à comprendre &&@target|@writer_thing|@setback", 'incompréhensible[s] &&@target|@writer_thing|@setback', 'incompréhension &&@target|@writer_thing|@setback', 'comment est-ce possible &&@target|@writer_thing|@setback', 'comment {avez-vous|as-tu|pouvez-vous|peux-tu|vous avez|tu as} pu', 'arbitraire[s] &&@target|@writer_thing|@setback', 'infondé[e][s] &&@target|@writer_thing|@setback', 'discutable[s] &&@target|@writer_thing|@setback', 'contestable[s] &&@target|@writer_thing|@setback', 'décision {absurde|injuste|incohérente|aberrante|hâtive|précipitée|partiale}', 'aberrant[e][s] &&@target|@writer_thing|@setback', 'partial[e] &&@target|@writer_thing|@setback', 'partiaux &&@target|@writer_thing|@setback', 'il y a {forcément|sûrement|certainement|obligatoirement} {une erreur|erreur}', 'piston &&@target|@writer_thing|@setback', 'pistonné[e][s] &&@target|@writer_thing|@setback', 'copinage &&@target|@writer_thing|@setback', 'déjà choisi {d\'avance|à l\'avance|en interne}', 'joué d\'avance', 'jouée d\'avance', 'poste {déjà |}pourvu d\'avance'],
    except: ['je ne comprends pas tout à fait ce que', 'si je comprends bien', 'non discutable'],
    explanation: 'Plaider sa cause (« je suis le meilleur candidat », « je ne comprends pas votre décision ») ne fait pas changer d’avis : ça crispe (section 5). Reconnaissez la décision ; ne corrigez qu’un fait.',
    sentenceRewrites: [ACCEPT, 'Si c’est possible, quel élément a le plus pesé dans la décision ?'],
    deleteSentence: true,
  },
  {
    id: 'recours',
    rule: 'conteste-la-decision',
    forms: ['{un|le|mon|notre|d\'un|former|engager|déposer|introduire|exercer} recours &&@writer|@intent', 'recours {gracieux|contentieux|hiérarchique|en annulation} &&@writer|@intent', 'référé {précontractuel|contractuel} &&@writer|@intent', 'tribunal administratif &&@writer|@intent', 'le tribunal &&@writer|@intent', 'en justice &&@writer|@intent', 'devant les tribunaux &&@writer|@intent', 'je me réserve le droit &&@writer|@intent', 'nous nous réservons le droit &&@writer|@intent', 'mise en demeure &&@writer|@intent', 'saisir {le médiateur|la justice|le tribunal|les instances|la commission} &&@writer|@intent'],
    except: ['sans recours', 'sans avoir recours', 'avoir recours à vos services', 'recours à un prestataire', 'le recours à', '{voies|voie|délai|délais|delai|delais|possibilité|possibilites|possibilités} de recours', 'aucun recours'],
    explanation: 'Brandir un recours transforme la réponse en litige : le guide conseille de corriger un fait calmement, ou de rester disponible pour la suite.',
    sentenceRewrites: ['Je reste disponible pour vos prochaines consultations.'],
    deleteSentence: true,
  },

  {
    id: 'jugement-tort',
    rule: 'conteste-la-decision',
    forms: [
      '@decision … {est|était|etait|sont|étaient|etaient|reste|restent|semble|semblait|paraît|parait|me semble|me paraît|me parait|m\'apparaît|fut|a été|a ete|ont été|demeure|demeurent|serait|seraient} … @wrong',
      '@decision {vraiment |franchement |totalement |complètement |assez |plutôt |un peu |bien |si |tellement |très |trop |particulièrement |profondément |parfaitement |}@wrong',
      "{c'est|c'était|c'etait|ce serait|ce fut|cela reste|ça reste|ca reste|voilà|je trouve ça|je trouve cela|je trouve ce choix|je trouve cette décision} {vraiment |franchement |clairement |tout simplement |selon moi |à mon sens |à mon avis |profondément |assez |plutôt |un peu |très |}{une |un |}{grave |grosse |énorme |vraie |véritable |belle |réelle |profonde |}{@wrong}",
      '{je pense|je crois|j\'estime|je trouve|je considère|je reste convaincu|je reste convaincue|il me semble|je suis convaincu|je suis convaincue|je maintiens} {que|qu\'} … @wrong',
      '{injustement|arbitrairement|hâtivement|trop vite|un peu vite|sans raison|sans motif|sans justification|sans fondement} &&@decision|@writer_thing|@decider|@writer_subject',
      'injustice[s] &&@decision|@decider', 'injuste[s] &&@decision|@decider', 'deloyal[e][s] &&@decision|@decider', 'deloyaux &&@decision|@decider',
    ],
    without: ['@self_blame'],
    except: ['{c\'est|ce serait|c\'était|ce fut} une erreur de {croire|penser|prendre|confondre|supposer|imaginer|dire|considérer|voir|juger|vouloir|chercher|réduire}', 'en dernière analyse', "l'erreur venait de moi", 'une erreur dans mon', 'une erreur de ma', 'une erreur de saisie', 'une erreur matérielle', 'une erreur de transmission', 'une erreur technique', "sauf erreur", 'à tort ou à raison', 'serait injuste de', 'ce serait injuste'],
    explanation: 'Qualifier la décision d’injuste, d’arbitraire ou d’erreur, c’est contester une opinion : ça crispe et risque de griller la relation (section 5). Ne revenez que sur un fait, calmement.',
    sentenceRewrites: ['Je comprends votre décision.', 'Petite précision factuelle : [l’élément exact].'],
    deleteSentence: true,
  },
  {
    id: 'lecteur-tort',
    rule: 'conteste-la-decision',
    forms: [
      "{vous|tu} {avez|as|aviez|avais|aurez|auriez|auras} {eu |}{tort|tort de}",
      "{vous|tu} {vous|te} {trompez|trompes|êtes trompé|êtes trompée|êtes trompés|êtes trompées|es trompé|es trompée|étiez trompé|étiez trompés|êtes lourdement trompé|êtes lourdement trompés|trompez lourdement|êtes fourvoyé|êtes fourvoyés|fourvoyez|méprenez|êtes mépris}",
      "@decider {s'est|se sont|se serait|se seraient|s'était|s'étaient|s'etait} {lourdement |complètement |visiblement |manifestement |}{trompé|trompée|trompés|trompées|fourvoyé|fourvoyée|fourvoyés|mépris|méprise}",
      "@decider {a|ont|aurait|auraient|avait|avaient|as|avez} {fait|commis} {une|une grave|une grosse|une belle|une énorme|une lourde|l'|un} {erreur|faute|contresens|erreur de jugement|mauvais choix}",
      "{vous|tu|@decider} {avez|as|a|ont|aviez|avait|auriez|aurait} {mal|très mal|complètement mal|bien mal|un peu vite|trop vite|hâtivement|superficiellement|sommairement|mal} {lu|compris|évalué|jugé|interprété|apprécié|analysé|estimé|noté|considéré|mesuré|regardé|étudié|examiné|saisi|perçu}",
      "{vous|tu|@decider} {avez|as|a|ont|aviez|avait} {largement |clairement |complètement |visiblement |manifestement |}{sous-estimé|sous estimé|sous-évalué|sous evalue|mésestimé|mal estimé|ignoré|négligé|écarté à tort|minimisé|dévalorisé|méconnu|occulté|zappé|balayé|sous-noté}",
      "{vous|tu|@decider} {êtes|es|est|sont|étiez|était} {passé|passée|passés|passées} à côté", '{a|ont|aurait|auraient|avait|avaient} été {largement |clairement |complètement |visiblement |manifestement |}{sous-estimé|sous-estimée|sous-estimés|sous-estimées|sous-évalué|sous-évaluée|sous-évalués|mal évalué|mal évaluée|mal compris|mal comprise|mal lu|mal lue|mal interprété|mal interprétée|mal noté|mal notée|minimisé|minimisée|négligé|négligée|ignoré|ignorée|mal jugé|mal jugée}',
      '{contrairement à|contrairement a} ce {que|qu\'} {laisse|laissait|laissent|dit|disait|affirme|affirmait|indique|indiquait|suggère|suggérait|écrit|semble|pense|pensez|dites|affirmez|écrivez|croyez|estimez}',
      'vous {faites|faisiez} erreur', 'à tort &&@target|@writer_thing', 'a tort &&@target|@writer_thing',
    ],
    except: ['à tort et à travers', 'a tort et a travers', 'sans doute à tort', 'peut-être à tort', 'à tort ou à raison', 'pas tort', 'a tort ou a raison', "je me suis {peut-être |sans doute |}trompé", "j'ai eu tort", "j'avais tort"],
    explanation: 'Dire au destinataire qu’il se trompe, qu’il a mal lu ou sous-estimé votre dossier, c’est contester son avis : ça crispe (section 5). Corrigez un fait, pas une opinion.',
    sentenceRewrites: ['Je comprends votre décision.', 'Petite précision factuelle : [l’élément exact].'],
    deleteSentence: true,
  },
  {
    id: 'lecteur-pas-vu',
    rule: 'conteste-la-decision',
    forms: [
      "{vous|tu|@decider} {n'avez|n'as|n'a|n'ont|n'aviez|n'avait} pas {su|pu|voulu} {voir|reconnaître|reconnaitre|apprécier|apprecier|évaluer|evaluer|mesurer|comprendre|saisir|percevoir|déceler|lire|entendre}",
      "{vous|tu|@decider} {n'avez|n'as|n'a|n'ont|n'aviez|n'avait} {pas|jamais|visiblement pas|manifestement pas} {vu|compris|remarqué|perçu|saisi|mesuré|apprécié|pris en compte|tenu compte|considéré|noté|relevé|retenu|valorisé}",
      "{sans|pas} {avoir |}{tenu compte|pris en compte|pris en considération} {de mon|de ma|de mes|de notre|de nos|mon|ma|mes|notre|nos}",
    ],
    unlessFact: true,
    explanation: 'Reprocher au destinataire de ne pas avoir vu ou pris en compte votre valeur, c’est plaider contre sa décision. S’il manque un fait (un document, une date), dites-le comme une précision factuelle, avec la pièce.',
    sentenceRewrites: ['Petite précision factuelle : [l’élément exact].'],
    deleteSentence: true,
  },
  {
    id: 'plaidoyer-valeur',
    rule: 'conteste-la-decision',
    forms: ['@fit_claim', '@superiority'],
    with: ['@writer_thing|@writer_self'],
    within: 'clause',
    unlessFact: true,
    except: ['{je suis|nous sommes} {tout à fait |pleinement |parfaitement |entièrement |totalement |}{disponible|disponibles|conscient|consciente|d\'accord|ouvert|ouverte|motivé|motivée}'],
    explanation: 'Affirmer que votre offre ou votre profil était le meilleur ou collait parfaitement, c’est une opinion : le destinataire y lit que vous contestez son choix. Le guide : ne revenir que sur un fait vérifiable (une date, un chiffre, une pièce).',
    sentenceRewrites: ['Je comprends votre décision.', 'Petite précision factuelle : [l’élément exact].'],
    deleteSentence: true,
  },
  {
    id: 'reconsiderer-demande',
    rule: 'conteste-la-decision',
    forms: ['@reconsider'],
    stances: ['said', 'supposed'],
    except: ['si vos besoins {évoluent|changent}', 'si cela change votre évaluation', 'revoir {votre|ton} {annonce|offre d\'emploi|site}', "changer d'avis sur moi", 'vous convaincre lors {d\'un|du} prochain', 'lors {d\'un|du} prochain {recrutement|appel|poste|concours}', 'pour {un|le|mon|notre} prochain', 'la prochaine fois', 'à la prochaine session', "l'an prochain", "l'année prochaine", 'une autre fois', 'une prochaine fois'],
    without: ['@next_time'],
    explanation: 'Demander au destinataire de revoir, relire ou rouvrir sa décision, c’est plaider sa cause : le guide n’y voit de place qu’après une erreur factuelle ou une mise à jour majeure, avec une seule demande et une preuve courte.',
    sentenceRewrites: ['Je reste disponible si vos besoins évoluent à l’avenir.'],
    deleteSentence: true,
  },
];
