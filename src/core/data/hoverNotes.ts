// Notes shown in hovers: what each front matter key means and the header as a
// whole (the channel words' notes are in the channel model, data/channels.ts).
// Data only: each entry has a French title or label, short lines, and a note
// saying where it comes from.

import { draftChannelChoice } from '../channels';
import type { FRONT_MATTER_KEYS } from '../draft';

export interface HoverNote {
  title: string;
  lines: readonly string[];
  note: string;
}

export const FRONT_MATTER_HELP: Readonly<Record<(typeof FRONT_MATTER_KEYS)[number], HoverNote>> = {
  canal: {
    title: 'canal — le canal de ce message',
    lines: [
      `Valeurs : ${draftChannelChoice()} (mail par défaut).`,
      'Un message LinkedIn ou un SMS n’a pas d’objet ; un mail en a un.',
      'Un seul canal à la fois : mail + LinkedIn + SMS = pression.',
    ],
    note: 'Section 6, « Multicanal envahissant ».',
  },
  destinataire: {
    title: 'destinataire — à qui vous répondez',
    lines: [
      'La personne ou l’organisation, écrite de la même façon dans tous vos brouillons.',
      'Boomerang repère ainsi plusieurs relances au même destinataire.',
    ],
    note: 'Section 6, « Trace pro » et « Multicanal envahissant ».',
  },
  email: {
    title: 'email — l’adresse du destinataire',
    lines: [
      'Une seule adresse : prenom.nom@exemple.fr (ou « Nom <adresse> »).',
      '« Ouvrir dans la messagerie » la met dans le champ « À » ; elle n’est jamais envoyée ailleurs.',
      'Facultative : sans elle, la messagerie s’ouvre avec l’objet et le texte, à vous de choisir le destinataire.',
    ],
    note: 'Section 6, « Trace pro » : la fiche garde le contact.',
  },
  refus_recu: {
    title: 'refus_recu — quand le refus est arrivé',
    lines: ['Format : AAAA-MM-JJ, avec l’heure si vous la connaissez (2026-03-12 14:30).', 'Répondez 24 à 48 h ouvrées après : ni à chaud, ni trop tard.'],
    note: 'Section 1, « Timing recommandé : 24 à 48 h ouvrées ».',
  },
  envoi_prevu: {
    title: 'envoi_prevu — quand vous comptez envoyer',
    lines: ['Format : AAAA-MM-JJ HH:MM.', 'Visez la fenêtre de 24 à 48 h ouvrées après le refus.'],
    note: 'Section 1, timing.',
  },
  envoye: {
    title: 'envoye — quand le message est parti',
    lines: ['Format : AAAA-MM-JJ HH:MM.', 'Gardez la trace : elle sert à espacer les relances (check-in discret 2 à 3 mois après).'],
    note: 'Section 6, « Trace pro », et section 4, check-in.',
  },
  scenario: {
    title: 'scenario — la situation de cette réponse',
    lines: ['La situation du guide que suit ce brouillon ; les modèles de Boomerang la remplissent.'],
    note: 'Les six exemples du guide, plus la réponse courte à une politique « pas de feedback ».',
  },
};

/** The general help of the header, shown on its `---` lines. */
export const FRONT_MATTER_INTRO: HoverNote = {
  title: 'L’en-tête du brouillon',
  lines: ['Ces lignes ne sont pas envoyées : elles gardent la trace de l’échange (section 6, « Trace pro »).', 'Une clé par ligne : « clé: valeur ».'],
  note: 'Section 6, « Trace pro : classez la réponse, taggez la fiche ».',
};

/** What the hover says about a part of a letter that is not the message (data/conventions.ts lists the forms). */
export const LETTER_PART_NOTES: Readonly<Record<'address' | 'place-date' | 'reference' | 'mail-header' | 'postscript' | 'trailer', HoverNote>> = {
  address: {
    title: 'Bloc d’adresse',
    lines: ['L’adresse de l’expéditeur ou du destinataire, ou l’en-tête d’une société.', 'Hors du message : ni comptée dans la longueur, ni relue pour le ton (ses capitales ne crient pas).'],
    note: 'Présentation d’un courrier : expéditeur en haut à gauche, destinataire en dessous ou à droite.',
  },
  'place-date': {
    title: 'Lieu et date',
    lines: ['« À Lyon, le 12 mars 2026 » : la ligne de date d’un courrier, hors du message.'],
    note: 'Présentation d’un courrier.',
  },
  reference: {
    title: 'Références',
    lines: ['V/Réf., N/Réf., pièces jointes, mention d’envoi : des repères pour le classement, hors du message.'],
    note: 'Présentation d’un courrier : les références précèdent l’objet.',
  },
  'mail-header': {
    title: 'En-tête de mail recopié',
    lines: ['« De : », « À : », « Cc : » : recopiés du client de messagerie, hors du message.'],
    note: 'Un mail collé dans le brouillon avec ses en-têtes.',
  },
  postscript: {
    title: 'Post-scriptum',
    lines: ['Après la signature : il ne compte pas dans la longueur du corps.', 'Un P.-S. se lit souvent en premier : gardez-le court et sobre.'],
    note: 'Section 6, « Concision utile ».',
  },
  trailer: {
    title: 'Mention sous la signature',
    lines: ['« Envoyé de mon iPhone », pièces jointes, mention de confidentialité : ajoutés sous la signature, hors du message.'],
    note: 'Ajoutés par le téléphone, le client de messagerie ou l’entreprise.',
  },
};
