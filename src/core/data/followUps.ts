// Follow-ups announced in a reply, for `relance-annoncee`: the sender says
// they will get back to the reader, and when. Data only, each entry with a
// note. Phrases use the wording notation (src/core/prose/patterns.ts), compiled
// at build time and matched on the prose analysis's tokens. Only future forms:
// « je reviens vers vous » also means « I am answering you now ».

/** The sender announcing that they will reach the reader again. */
export const RECONTACT_PHRASES: readonly { forms: readonly string[]; note: string }[] = [
  {
    forms: ['je vous relancerai', 'je te relancerai', 'je me permettrai de vous relancer', 'je me permettrai de te relancer', 'nous vous relancerons', 'nous nous permettrons de vous relancer'],
    note: 'La relance annoncée en toutes lettres.',
  },
  {
    forms: [
      'je reviendrai vers vous', 'je reviendrai vers toi', 'je me permettrai de revenir vers vous', 'nous reviendrons vers vous',
      'je vous recontacterai', 'je te recontacterai', 'je me permettrai de vous recontacter', 'nous vous recontacterons',
      'je reprendrai contact avec vous', 'je reprendrai contact', 'nous reprendrons contact avec vous',
    ],
    note: 'Revenir vers quelqu’un, reprendre contact : une relance sous un autre nom.',
  },
  {
    forms: ['je vous rappellerai', 'je te rappellerai', 'je vous réécrirai', 'je te réécrirai', 'je vous écrirai', 'je t’écrirai', 'je vous appellerai', 'je t’appellerai', 'je vous téléphonerai', 'je te téléphonerai', 'je ferai le point avec vous'],
    note: 'Un appel ou un message promis (le canal lui-même est l’affaire de `multicanal-annonce`).',
  },
];

/**
 * When: `days` is the shortest wait the phrase can mean, compared with the
 * `followUpDays` threshold (the guide: a resource 1 to 2 weeks later, a
 * check-in after 2 to 3 months). A weekday counts as one day: said on the eve,
 * it is tomorrow.
 */
export const DELAYS: readonly { forms: readonly string[]; days: number; note: string }[] = [
  { forms: ['dès aujourd’hui', 'dans la journée', 'd’ici ce soir', 'ce soir', 'cet après-midi', 'très vite', 'très rapidement', 'sans tarder', 'dès que possible', 'au plus vite', 'sous 24 h', 'sous 24 heures', 'dans les 24 h', 'dans les 24 heures'], days: 0, note: 'Le jour même.' },
  { forms: ['demain', 'dès demain', 'sous 48 h', 'sous 48 heures', 'dans les 48 h', 'dans les 48 heures', 'dans les prochains jours', 'dans les jours qui viennent', 'dans un jour', 'dans 1 jour'], days: 1, note: 'Le lendemain, ou presque.' },
  { forms: ['après-demain', 'dans deux jours', 'dans 2 jours', 'dans quelques jours', 'd’ici quelques jours', 'sous quelques jours'], days: 2, note: 'Deux jours.' },
  { forms: ['dans trois jours', 'dans 3 jours'], days: 3, note: 'Trois jours.' },
  { forms: ['dans quatre jours', 'dans 4 jours'], days: 4, note: 'Quatre jours.' },
  { forms: ['dans cinq jours', 'dans 5 jours'], days: 5, note: 'Cinq jours.' },
  { forms: ['dans six jours', 'dans 6 jours'], days: 6, note: 'Six jours.' },
  {
    forms: ['cette semaine', 'en fin de semaine', 'd’ici la fin de la semaine', 'avant la fin de la semaine', 'la semaine prochaine', 'en début de semaine prochaine', 'd’ici la semaine prochaine'],
    days: 1,
    note: 'Cette semaine ou la suivante : de quelques jours à une semaine, moins que les 1 à 2 semaines du guide.',
  },
  {
    forms: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'dès lundi', 'lundi prochain', 'mardi prochain', 'mercredi prochain', 'jeudi prochain', 'vendredi prochain'],
    days: 1,
    note: 'Un jour de la semaine, juste après le verbe (« je vous relancerai vendredi ») : dans les jours qui viennent.',
  },
  { forms: ['dans une semaine', 'dans 1 semaine', 'dans huit jours', 'dans 8 jours'], days: 7, note: 'Une semaine : au seuil par défaut, pas avant.' },
  { forms: ['dans quinze jours', 'dans 15 jours', 'dans deux semaines', 'dans 2 semaines'], days: 14, note: 'Deux semaines : le rythme du guide pour une ressource utile.' },
];

/** At most this many words between the announced follow-up and its date (« je vous recontacterai sans faute dès lundi »). */
export const MAX_WORDS_BETWEEN = 4;
