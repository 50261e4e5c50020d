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
    forms: ["je ne suis {pas|absolument pas|pas du tout|vraiment pas|toujours pas} d'accord", "je suis en désaccord", "je suis en total désaccord", "je ne partage pas {votre|ton|cette|cet|vos|tes} {avis|analyse|point de vue|évaluation|appréciation|décision|conclusion|conclusions|jugement}", 'permettez-moi de ne pas être d\'accord', "{je conteste|je me permets de contester|je tiens à contester|je souhaite contester|je dois contester|nous contestons|je dois contester} {votre|ta|cette|la|vos|les|le|ce} {décision|choix|évaluation|notation|note|notes|appréciation|classement|analyse|jugement|refus|résultat|résultats|motif|motifs}", 'je conteste', 'nous contestons', 'contester {votre|cette|la} décision', 'je {refuse|n\'accepte pas|ne peux pas accepter|ne peux accepter} {votre|cette|la|ce} {décision|refus|choix|évaluation}', 'je ne peux pas {accepter|admettre|comprendre} {que|qu\'|cette|votre|ce}', 'inacceptable'],
    except: ['je ne conteste pas', 'sans contester', 'il ne s\'agit pas de contester', 'loin de moi l\'idée de contester', 'je ne souhaite pas contester', 'je ne cherche pas à contester'],
    explication: 'Contester une décision ou un avis crispe et risque de griller la relation (section 5) ; ne revenez que sur une erreur factuelle claire, calmement.',
    sentenceRewrites: [ACCEPT, FACT],
    deleteSentence: true,
    examples: {
      match: ['Je ne suis pas d’accord avec votre décision.', 'Je ne suis pas du tout d’accord.', 'Je conteste votre évaluation.', 'Je ne partage pas votre analyse.', 'Je refuse cette décision.', 'Je ne peux pas accepter que ma candidature soit écartée.'],
      noMatch: ['Je ne conteste pas votre décision.', 'Je suis d’accord pour échanger 10 minutes.', 'Petite précision factuelle : le document a bien été transmis le 3 mars.'],
    },
  },
  {
    id: 'vous-vous-trompez',
    rule: 'conteste-la-decision',
    forms: ['vous {faites|commettez|avez fait|avez commis|allez faire|êtes en train de faire} {une|une grave|une grosse|une énorme|une belle|l\'} erreur', 'vous faites erreur', 'tu {fais|as fait|commets} {une|une grave|une grosse} erreur', 'vous {faites|avez fait|avez pris} {le mauvais|un mauvais} choix', 'tu {as fait|fais} {le mauvais|un mauvais} choix', 'vous faites fausse route', 'vous {vous trompez|vous êtes trompé|vous êtes trompée|vous êtes trompés|vous êtes lourdement trompé|vous trompez lourdement}', 'tu te trompes', "tu t'es trompé[e]", "{c'est|c'était|votre décision est|ce choix est} une {grave |grosse |énorme |}erreur", "{c'est|c'était} {un mauvais choix|le mauvais choix|une erreur de jugement|une erreur de casting}", 'une erreur de jugement', 'grave erreur', 'erreur de casting', 'vous auriez dû {me|nous} {choisir|retenir|prendre|recruter|faire confiance}', 'vous auriez dû', 'tu aurais dû', 'vous avez {mal lu|mal compris|mal évalué|mal jugé|sous-estimé|ignoré|négligé|écarté à tort|oublié de regarder}', 'à tort', 'vous êtes passé[e][s] à côté de {mon|ma|mes|notre|nos} {profil|candidature|compétences|expérience|offre|proposition|dossier}', "vous n'avez pas {su voir|su reconnaître|vu que|remarqué que|compris que|compris mon|tenu compte|pris en compte|su évaluer|su apprécier}", "si vous aviez {bien |vraiment |seulement |}{lu|regardé|étudié|examiné|ouvert}", 'relisez {mon|ma|notre|nos|mes}', 'je vous invite à relire', 'vous auriez vu que'],
    except: ['sauf erreur de ma part', 'sans doute à tort', 'peut-être à tort', 'je me suis peut-être trompé', 'à tort ou à raison', 'si je me trompe', 'pas tort'],
    explication: 'Dire au destinataire qu’il se trompe (« vous faites une erreur ») plaide contre sa décision : ça crispe (section 5). Corrigez un fait, pas une opinion.',
    sentenceRewrites: [ACCEPT, FACT],
    deleteSentence: true,
    examples: {
      match: ['Vous faites une erreur.', 'Vous vous trompez sur mon profil.', 'C’est une grave erreur de votre part.', 'Vous auriez dû me choisir.', 'Vous avez sous-estimé mon expérience.', 'Si vous aviez bien lu mon dossier, vous auriez vu que j’ai ce diplôme.', 'Tu fais une erreur.', 'Vous avez fait le mauvais choix.'],
      noMatch: ['Sauf erreur de ma part, le document a bien été transmis le 3 mars.', 'Je me suis peut-être mal exprimé.', 'Merci pour votre retour.'],
    },
  },
  {
    id: 'reconsiderer',
    rule: 'conteste-la-decision',
    forms: ['{merci de|je vous demande de|je vous prie de|pourriez-vous|pouvez-vous|je souhaite que vous|je vous invite à} {réexaminer|revoir|reconsidérer|réétudier|relire} {mon|ma|notre|nos|mes} {dossier|candidature|offre|proposition|réponse|mémoire}', '{reconsidérer|revoir|réviser|réexaminer|repenser} {votre|ta|cette|la|vos} {décision|position|choix|jugement|évaluation|classement|notation}', 'revenir sur {votre|ta|cette|la} décision', 'changer d\'avis', 'changiez d\'avis', 'changer votre décision', 'me {donner|laisser|accorder} une {seconde|deuxième|dernière|autre|nouvelle} chance', 'me redonner une chance', 'nous {donner|laisser|accorder} une {seconde|deuxième|dernière|autre|nouvelle} chance', 'une seconde chance', 'une deuxième chance', 'faire marche arrière', 'je vous demande de {reconsidérer|revoir|réexaminer|revenir}', 'je vous {demande|prie|supplie} de {me reprendre|me retenir|me rappeler}', 'je vous supplie', 'je demande {des explications|une explication|une justification|un réexamen|une révision|à être reçu[e]|un nouvel entretien|un second entretien}', 'je vous demande {des explications|une explication|de justifier|une justification|un nouvel entretien}', 'j\'exige', 'nous exigeons', 'je mérite {une explication|des explications|mieux|ce poste|ce contrat|ce marché|d\'être retenu[e]|une réponse}', 'je méritais {ce poste|mieux|ce contrat|ce marché|d\'être retenu[e]|ma place}', 'justifiez', 'justifier {votre|ce|cette} {décision|choix|refus}'],
    except: ['si vous changez d\'avis', 'si vos besoins évoluent', 'si vous deviez changer d\'avis', 'si cela change votre évaluation'],
    explication: 'Demander au destinataire de revenir sur sa décision, c’est plaider sa cause : le guide n’y voit de place qu’après une erreur factuelle ou une mise à jour majeure, avec une seule demande et une preuve courte.',
    sentenceRewrites: ['Si cela change votre évaluation, je peux fournir la preuve ci-jointe et me tenir disponible pour un bref échange (10 min).', 'Je reste disponible si vos besoins évoluent à l’avenir.'],
    deleteSentence: true,
    examples: {
      match: ['Je vous demande de reconsidérer votre décision.', 'Pourriez-vous revoir votre position ?', 'Merci de me donner une seconde chance.', 'J’exige des explications.', 'Je méritais ce poste.', 'Je demande un nouvel entretien.', 'Pouvez-vous revenir sur votre décision ?'],
      noMatch: ['Si cela change votre évaluation, je peux fournir la preuve ci-jointe.', 'Si vos besoins évoluent, je reste disponible.', 'Si jamais vous changez d’avis, je reste joignable.'],
    },
  },
  {
    id: 'meilleur-candidat',
    rule: 'conteste-la-decision',
    forms: ['j\'ai {vraiment |beaucoup |un peu |}du mal à comprendre', 'je comprends mal', 'je m\'explique mal', 'je m\'interroge sur {vos|les|la|votre|ce|cette} {critères|décision|choix|pertinence|évaluation|notation}', 'je reste perplexe', 'perplexe', 'je ne vois {pas|vraiment pas} {en quoi|pourquoi|ce qui|ce que|comment}', '{vous m\'aviez|on m\'avait|vous m\'avez|tu m\'avais|vous nous aviez|on nous avait} {promis|assuré|garanti|laissé entendre}', '{ne tient|ne tiennent|n\'a pas tenu|n\'ont pas tenu|sans tenir} {pas |}compte {de mon|de ma|de mes|de notre|de nos}', 'je suis {le|la} {meilleur|meilleure} {candidat|candidate|profil|choix|option|personne}', 'je suis {le|la} {candidat|candidate|profil|personne} {idéal|idéale|parfait|parfaite|qu\'il vous faut}', "j'étais {le|la} {meilleur|meilleure|candidat idéal|candidate idéale|profil idéal|meilleur choix}", 'je {suis|reste|demeure} {convaincu|convaincue|persuadé|persuadée|certain|certaine|sûr|sûre} {d\'être|que je suis|que j\'étais|que mon profil|que ma candidature|que mon offre|que notre offre|que notre proposition|que notre dossier} {le|la|les|était|est|correspond|répond|meilleur|meilleure}', 'vous ne trouverez {pas|personne|jamais} {mieux|de mieux|de plus|meilleur|plus}', 'personne ne {fera|ferait|peut faire|pourra faire} mieux', 'personne ne correspond mieux', 'je coche toutes les cases', 'je cochais toutes les cases', 'mon profil {correspond|correspondait|colle|collait} {parfaitement|exactement|à cent pour cent|à 100 %|en tout point|point par point}', 'je {corresponds|correspondais} {parfaitement|exactement|en tout point}', "j'ai {pourtant|bien|largement} {toutes les|les} {compétences|qualifications|qualités|diplômes|expériences}", "j'avais {pourtant |}toutes les {compétences|qualifications|qualités|cartes}", "{j'ai|je suis|j'avais|j'étais|nous avons|nous étions|notre offre était|notre offre est|mon offre était|ma candidature était|mon dossier était|notre dossier était|notre proposition était|mon profil était} pourtant", 'pourtant, {j\'ai|je suis|nous avons|notre offre|mon profil}', "{notre|mon|ma} {offre|proposition|devis|dossier|candidature|réponse} {était|est|étaient} {clairement|objectivement|de loin|nettement|pourtant|bien|largement|indéniablement|la|le} {la meilleure|le meilleur|la moins chère|le moins cher|moins chère|moins cher|supérieure|supérieur|plus complète|plus complet|plus compétitive|plus compétitif|meilleure|meilleur}", "{notre|mon|ma} {offre|proposition|devis|dossier} {était|est} {la meilleure|le meilleur|la moins chère|le moins cher|la plus complète|la plus compétitive}", 'de loin {la meilleure|le meilleur|la moins chère|le moins cher|le plus qualifié|la plus qualifiée}', 'objectivement {supérieur|supérieure|meilleur|meilleure|plus}', "j'ai {bien |largement |}plus {d'expérience|de compétences|de diplômes|de références} que", "plus {qualifié|qualifiée|compétent|compétente|expérimenté|expérimentée} que {le candidat|la candidate|la personne|le profil|celui|celle|votre|l'autre}", 'mieux que {le candidat|la candidate|la personne|le profil|celui|celle|votre candidat|l\'autre|le prestataire|nos concurrents|le concurrent}', 'je ne comprends pas {votre|cette|la|vos|ce|ton|ta} {décision|choix|refus|raisonnement|évaluation|notation|classement}', 'je ne comprends pas {pourquoi|comment|ce qui|qu\'on|que vous}', "je n'arrive pas à comprendre", 'incompréhensible[s]', 'incompréhension', 'comment est-ce possible', 'comment {avez-vous|as-tu|pouvez-vous|peux-tu|vous avez|tu as} pu', 'arbitraire[s]', 'infondé[e][s]', 'discutable[s]', 'contestable[s]', 'décision {absurde|injuste|incohérente|aberrante|hâtive|précipitée|partiale}', 'aberrant[e][s]', 'partial[e]', 'partiaux', 'il y a {forcément|sûrement|certainement|obligatoirement} {une erreur|erreur}', 'piston', 'pistonné[e][s]', 'copinage', 'déjà choisi {d\'avance|à l\'avance|en interne}', 'joué d\'avance', 'jouée d\'avance', 'poste {déjà |}pourvu d\'avance'],
    except: ['je ne comprends pas tout à fait ce que', 'si je comprends bien', 'non discutable'],
    explication: 'Plaider sa cause (« je suis le meilleur candidat », « je ne comprends pas votre décision ») ne fait pas changer d’avis : ça crispe (section 5). Reconnaissez la décision ; ne corrigez qu’un fait.',
    sentenceRewrites: [ACCEPT, 'Si c’est possible, quel élément a le plus pesé dans la décision ?'],
    deleteSentence: true,
    examples: {
      match: ['Je suis le meilleur candidat pour ce poste.', 'Je reste convaincue d’être la meilleure candidate.', 'Vous ne trouverez pas mieux.', 'Je coche toutes les cases de l’annonce.', 'J’ai pourtant dix ans d’expérience.', 'Notre offre était clairement la moins chère.', 'Je ne comprends pas votre décision.', 'Une décision arbitraire.', 'Le poste était joué d’avance.', 'Pourtant, j’ai toutes les compétences demandées.'],
      noMatch: ['Je comprends votre décision.', 'Le candidat retenu a sans doute un profil plus proche de vos besoins.', 'Si je comprends bien, le critère décisif était le délai.', 'Petite précision factuelle : le document a bien été transmis le 3 mars.'],
    },
  },
  {
    id: 'recours',
    rule: 'conteste-la-decision',
    forms: ['{un|le|mon|notre|d\'un|former|engager|déposer|introduire|exercer} recours', 'recours {gracieux|contentieux|hiérarchique|en annulation}', 'référé {précontractuel|contractuel}', 'tribunal administratif', 'le tribunal', 'en justice', 'devant les tribunaux', 'je me réserve le droit', 'nous nous réservons le droit', 'mise en demeure', 'saisir {le médiateur|la justice|le tribunal|les instances|la commission}'],
    except: ['sans recours', 'sans avoir recours', 'avoir recours à vos services', 'recours à un prestataire', 'le recours à'],
    explication: 'Brandir un recours transforme la réponse en litige : le guide conseille de corriger un fait calmement, ou de rester disponible pour la suite.',
    sentenceRewrites: ['Je reste disponible pour vos prochaines consultations.'],
    deleteSentence: true,
    examples: {
      match: ['Nous nous réservons le droit d’engager un recours.', 'Nous envisageons un référé précontractuel.', 'Nous saisirons le tribunal administratif.', 'Je me réserve le droit de donner suite.'],
      noMatch: ['Nous restons disponibles pour vos prochaines consultations.', 'Le recours à un prestataire externe est une bonne idée.'],
    },
  },
];
