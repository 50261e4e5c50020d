// What each front matter key means, for hovers and the docs. Data only: each
// entry has a French title, short lines, and a note saying where it comes from.

import type { FRONT_MATTER_KEYS } from '../draft';

export interface KeyHelp {
  titre: string;
  lignes: readonly string[];
  note: string;
}

export const FRONT_MATTER_HELP: Readonly<Record<(typeof FRONT_MATTER_KEYS)[number], KeyHelp>> = {
  canal: {
    titre: 'canal — le canal de ce message',
    lignes: [
      'Valeurs : mail, linkedin, sms ou telephone (mail par défaut).',
      'Un message LinkedIn ou un SMS n’a pas d’objet ; un mail en a un.',
      'Un seul canal à la fois : mail + LinkedIn + SMS = pression.',
    ],
    note: 'Section 6, « Multicanal envahissant ».',
  },
  destinataire: {
    titre: 'destinataire — à qui vous répondez',
    lignes: [
      'La personne ou l’organisation, écrite de la même façon dans tous vos brouillons.',
      'Boomerang repère ainsi plusieurs relances au même destinataire.',
    ],
    note: 'Section 6, « Trace pro » et « Multicanal envahissant ».',
  },
  refus_recu: {
    titre: 'refus_recu — quand le refus est arrivé',
    lignes: ['Format : AAAA-MM-JJ, avec l’heure si vous la connaissez (2026-03-12 14:30).', 'Répondez 24 à 48 h ouvrées après : ni à chaud, ni trop tard.'],
    note: 'Section 1, « Timing recommandé : 24 à 48 h ouvrées ».',
  },
  envoi_prevu: {
    titre: 'envoi_prevu — quand vous comptez envoyer',
    lignes: ['Format : AAAA-MM-JJ HH:MM.', 'Visez la fenêtre de 24 à 48 h ouvrées après le refus.'],
    note: 'Section 1, timing.',
  },
  envoye: {
    titre: 'envoye — quand le message est parti',
    lignes: ['Format : AAAA-MM-JJ HH:MM.', 'Gardez la trace : elle sert à espacer les relances (check-in discret 2 à 3 mois après).'],
    note: 'Section 6, « Trace pro », et section 4, check-in.',
  },
  scenario: {
    titre: 'scenario — la situation de cette réponse',
    lignes: ['La situation du guide que suit ce brouillon ; les modèles de Boomerang la remplissent.'],
    note: 'Les six exemples du guide, plus la réponse courte à une politique « pas de feedback ».',
  },
};

/** The general help of the header, shown on its `---` lines. */
export const FRONT_MATTER_INTRO: KeyHelp = {
  titre: 'L’en-tête du brouillon',
  lignes: ['Ces lignes ne sont pas envoyées : elles gardent la trace de l’échange (section 6, « Trace pro »).', 'Une clé par ligne : « clé: valeur ».'],
  note: 'Section 6, « Trace pro : classez la réponse, taggez la fiche ».',
};

export interface ChannelWord {
  forms: readonly string[];
  canal: string;
  note: string;
}

/** Words of the prose that name a channel. */
export const CHANNEL_WORDS: readonly ChannelWord[] = [
  { forms: ['linkedin'], canal: 'LinkedIn', note: 'Réseau professionnel : une invitation pour rester en veille, un message court sans objet.' },
  { forms: ['sms', 'texto[s]'], canal: 'SMS', note: 'Canal intrusif pour une réponse à un refus : réservé à qui vous l’a proposé.' },
  { forms: ['whatsapp'], canal: 'WhatsApp', note: 'Messagerie personnelle : même prudence que le SMS.' },
  { forms: ['mail[s]', 'e-mail[s]', 'email[s]', 'courriel[s]'], canal: 'mail', note: 'Le canal par défaut d’une réponse à un refus, avec un objet clair.' },
  { forms: ['téléphone', 'appel[s] téléphonique[s]'], canal: 'téléphone', note: 'Un appel se propose, il ne s’impose pas.' },
];
