// Data behind the « Vérifier le ton » report: which row of the guide's
// « Liste récapitulative » each finding belongs to, and which findings make a
// draft « à ne pas envoyer tel quel ».

import type { Category } from '../types';

/** Rows of the recap table (RECAP in tips.ts): 1 timing, 2 thanks and brevity, 3 questions, 4 radar, 5 contesting, 6 anti-embrouilles. */
export type RecapSection = 1 | 2 | 3 | 4 | 5 | 6;
export const RECAP_SECTIONS: readonly RecapSection[] = [1, 2, 3, 4, 5, 6];

/**
 * Rows of a finding by category, when its rule has no entry in RULE_ROWS.
 * A finding may belong to several rows.
 */
export const CATEGORY_ROWS: Readonly<Record<Category, { rows: readonly RecapSection[]; note: string }>> = {
  delai: { rows: [1], note: '« Pas de rage-reply » : répondre dans les 24–48 h.' },
  longueur: { rows: [2, 6], note: '« Merci ≠ roman triste » et la « concision » de l’anti-embrouilles : les deux lignes parlent de brièveté.' },
  structure: { rows: [2], note: 'Remercier, accepter, rester disponible : la structure éclair de la section 2.' },
  modele: { rows: [6], note: 'Un champ [Nom] envoyé tel quel est l’embrouille la plus visible (réflexes à adopter avant l’envoi).' },
  questions: { rows: [3], note: '« Feedback > ego » : 1–2 questions précises et actionnables.' },
  multicanal: { rows: [4, 6], note: 'Rester dans le radar sans harceler (section 4) ; « Multicanal envahissant » est dans l’anti-embrouilles (section 6).' },
  contestation: { rows: [5], note: '« Contester, mais pas la gravité » : seulement un fait ou une mise à jour majeure.' },
  ton: { rows: [6], note: '« Pas d’émotion à chaud ; … politesse » : passif-agressif, réaction à chaud.' },
};

/** Rules whose row differs from their category's. */
export const RULE_ROWS: Readonly<Record<string, { rows: readonly RecapSection[]; note: string }>> = {
  'objet-manquant': { rows: [1], note: 'Section 1 : « avec un objet clair ».' },
  'objet-vide': { rows: [1], note: 'Section 1 : « avec un objet clair ».' },
  'signature-manquante': { rows: [6], note: 'Section 6 : « Coordonnées visibles : signature claire ».' },
  'coordonnees-absentes': { rows: [6], note: 'Section 6 : « Coordonnées visibles : … lien LinkedIn ».' },
  'entete-invalide': { rows: [6], note: 'Section 6 : « suivi organisé », « Trace pro » : l’en-tête garde la trace de l’échange.' },
  excuses: { rows: [2], note: 'Section 2 : « remercier avec classe, sans s’excuser de vivre ».' },
  drame: { rows: [2, 6], note: 'Section 2 : « Tonalité : sobre, positive, zéro drama » ; section 6 : pas d’émotion à chaud.' },
  'document-illisible': { rows: [6], note: 'Un fichier qui n’est pas un brouillon ne passe aucune ligne ; il est rangé avec les réflexes à adopter.' },
};

/**
 * Warnings of these categories make a draft « À ne pas envoyer tel quel »:
 * the recipient would read them as a blunder, not as a slightly long message.
 * Other warnings make it « À retravailler ».
 */
export const BLOCKING_CATEGORIES: Readonly<Partial<Record<Category, string>>> = {
  modele: 'Un champ [Nom] ou [date] envoyé tel quel se voit tout de suite.',
  ton: 'Passif-agressif ou réaction à chaud : « Les mails envoyés sous émotion vieillissent mal. »',
  contestation: 'Plaider sa cause « crispe » et risque de griller la relation.',
  delai: 'Répondre dans la minute « respire la précipitation ».',
  multicanal: '« Mail + LinkedIn + SMS = pression. »',
};

/** Tips whose warnings block whatever their category: the « roman justificatif ». */
export const BLOCKING_TIPS: Readonly<Record<string, string>> = {
  roman: '« Personne ne lit 700 mots de défense. »',
};
