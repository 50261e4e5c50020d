// The method, as data: every tip comes from the guide Boomerang enforces
// (« Transformer un refus en effet boomerang »). Hovers, diagnostics, the
// report and the docs all read from here.

import { draftChannelChoice } from './channels';

export interface RecapRow {
  /** The meme of the guide's recap table. */
  meme: string;
  /** Its useful advice. */
  advice: string;
}

export interface Tip {
  id: string;
  /** Short French title. */
  title: string;
  /** The guide's section number (1–6), for the report's checklist. */
  section: RecapSection;
  /** « Ce qu'on croit ». */
  belief?: string;
  /** « Ce qui se passe vraiment ». */
  reality?: string;
  /** « Ce qu'il faut faire », one item per line. */
  advice: readonly string[];
  /** Where this tip comes from in the guide, for maintainers. */
  note: string;
}

/** Rows of the recap table: 1 timing, 2 thanks and brevity, 3 questions, 4 radar, 5 contesting, 6 anti-embrouilles. */
export type RecapSection = 1 | 2 | 3 | 4 | 5 | 6;
export const RECAP_SECTIONS: readonly RecapSection[] = [1, 2, 3, 4, 5, 6];

/** The guide's « Liste récapitulative », one row per section. */
export const RECAP: Readonly<Record<RecapSection, RecapRow>> = {
  1: { meme: '« Pas de rage-reply. »', advice: 'Répondez dans les 24–48 h, sobrement, avec un objet clair.' },
  2: { meme: '« Merci ≠ roman triste. »', advice: 'Remerciez, acceptez, demandez 1–2 axes d’amélioration, restez disponible.' },
  3: { meme: '« Feedback > ego. »', advice: 'Posez des questions précises et actionnables ; acceptez un refus de feedback.' },
  4: { meme: '« Rester dans le radar. »', advice: 'Connectez, apportez une ressource pertinente, faites un check-in discret.' },
  5: { meme: '« Contester, mais pas la gravité. »', advice: 'N’intervenez que pour corriger un fait ou une mise à jour majeure.' },
  6: { meme: '« Anti-embrouilles. »', advice: 'Pas d’émotion à chaud ; concision, politesse, et suivi organisé.' },
};

const list: Tip[] = [
  {
    id: 'timing',
    title: 'Le bon timing : 24 à 48 h ouvrées',
    section: 1,
    belief: 'Répondre dans la minute montre qu’on est motivé.',
    reality: 'Ça respire la précipitation et le message peut manquer de recul, c’est-à-dire de politesse stratégique.',
    advice: ['Timing recommandé : 24 à 48 h ouvrées : vous montrez du respect sans disparaître des radars.'],
    note: 'Section 1, « Pas de rage-reply ».',
  },
  {
    id: 'objet',
    title: 'Un objet clair',
    section: 1,
    advice: [
      'Objets efficaces : « Merci pour votre retour — demande de feedback », « Suite à votre décision — reste disponible ».',
      'Un message LinkedIn ou un SMS n’a pas d’objet.',
    ],
    note: 'Section 1, « Objet efficace ».',
  },
  {
    id: 'ouverture',
    title: 'Remercier, reconnaître, garder la porte entrouverte',
    section: 1,
    advice: ['Ouverture utile : remercier, reconnaître la décision et garder la porte entrouverte.'],
    note: 'Section 1, « Ouverture utile ».',
  },
  {
    id: 'concision',
    title: 'Concision utile : 5 à 8 lignes, un objectif',
    section: 2,
    belief: 'Il faut s’excuser, se justifier, tout réexpliquer… de fil en aiguille, on écrit un pavé.',
    reality: 'Trop d’explications brouillent le message : la concision marque des points.',
    advice: [
      'Structure éclair : remerciement → compréhension → (optionnel) courte demande → disponibilité.',
      'Concision utile : 5–8 lignes, un objectif par message.',
    ],
    note: 'Section 2, « Merci ≠ roman triste », et la checklist de la section 6.',
  },
  {
    id: 'roman',
    title: 'Pas de roman justificatif',
    section: 6,
    reality: 'Personne ne lit 700 mots de défense.',
    advice: ['Gardez une idée par phrase et un objectif par message.'],
    note: 'Section 6, « Roman justificatif ».',
  },
  {
    id: 'ton',
    title: 'Sobre, positive, zéro drama',
    section: 2,
    belief: 'Il faut dire ce qu’on a sur le cœur.',
    reality: 'Les mails envoyés sous émotion vieillissent mal.',
    advice: ['Tonalité : sobre, positive, zéro drama.', 'Une phrase utile : « Merci pour votre retour ; j’ai apprécié l’échange et j’aimerais m’améliorer. »'],
    note: 'Section 2 (tonalité) et section 6 (« Réagir à chaud »).',
  },
  {
    id: 'passif-agressif',
    title: 'Pas de passif-agressif',
    section: 6,
    reality: '« Bonne chance quand même. » Non.',
    advice: ['Un souhait sincère et sans réserve, ou rien.'],
    note: 'Section 6, « Passif-agressif ».',
  },
  {
    id: 'excuses',
    title: 'Remercier sans s’excuser de vivre',
    section: 2,
    belief: 'Il faut s’excuser, se justifier, tout réexpliquer.',
    reality: 'Les excuses en cascade affaiblissent le message.',
    advice: ['Remplacez les excuses par un remerciement : « Merci pour votre retour ».'],
    note: 'Section 2, titre « remercier avec classe, sans s’excuser de vivre ».',
  },
  {
    id: 'feedback',
    title: 'Feedback > ego : 1–2 questions ciblées',
    section: 3,
    belief: '« Avez-vous des retours ? » suffit.',
    reality: 'Question trop large = aucune réponse ou banalités.',
    advice: [
      '« Quel élément a le plus pesé dans la décision ? »',
      '« Quelle compétence concrète devrais-je renforcer en priorité pour ce type de poste/projet ? »',
      'Si politique « pas de feedback » : « Je comprends. Merci quand même ; je travaillerai [compétence X] à court terme. »',
    ],
    note: 'Section 3.',
  },
  {
    id: 'radar',
    title: 'Rester dans le radar, sans harceler',
    section: 4,
    belief: 'Après un refus, silence radio jusqu’à la fin des temps.',
    reality: 'Au fil du temps, les besoins changent : on revient si on reste pertinent.',
    advice: [
      'Connecter proprement : une invitation LinkedIn pour rester en veille.',
      'Apporter de la valeur : une ressource utile 1–2 semaines après.',
      'Check-in discret : 2–3 mois plus tard.',
    ],
    note: 'Section 4.',
  },
  {
    id: 'multicanal',
    title: 'Un seul canal à la fois',
    section: 6,
    reality: 'Mail + LinkedIn + SMS = pression.',
    advice: ['Choisissez un canal ; laissez vos coordonnées dans la signature.'],
    note: 'Section 6, « Multicanal envahissant ».',
  },
  {
    id: 'contester',
    title: 'Corriger un fait, pas une opinion',
    section: 5,
    belief: '« Je vais plaider ma cause : ils vont changer d’avis. »',
    reality: 'Sauf erreur factuelle claire, ça crispe : on risque de griller la relation.',
    advice: [
      'Quand contester : une erreur factuelle (un document fourni mais réputé manquant) ou une mise à jour majeure (certification, référence signée, contrainte levée).',
      'Comment : calme, précis, une seule demande, une pièce jointe courte.',
    ],
    note: 'Section 5.',
  },
  {
    id: 'coordonnees',
    title: 'Coordonnées visibles',
    section: 6,
    advice: ['Signature claire, lien LinkedIn.'],
    note: 'Section 6, « Coordonnées visibles ».',
  },
  {
    id: 'disponibilite',
    title: 'Rester disponible',
    section: 2,
    advice: ['Finir sur la disponibilité : « Je reste disponible si vos besoins évoluent à l’avenir. »'],
    note: 'Section 2, structure éclair, dernier temps.',
  },
  {
    id: 'modele',
    title: 'Un modèle se remplit avant l’envoi',
    section: 6,
    advice: ['Remplacez chaque champ entre crochets ([Nom], [date], [X]) par sa valeur.'],
    note: 'Les exemples du guide ont des champs [Nom], [date], [X] à compléter.',
  },
  {
    id: 'entete',
    title: 'L’en-tête du brouillon',
    section: 6,
    advice: [
      `canal : ${draftChannelChoice()}.`,
      'destinataire : la personne ou l’organisation.',
      'refus_recu / envoi_prevu / envoye : AAAA-MM-JJ HH:MM.',
    ],
    note: 'Suivi organisé (section 6, « Trace pro ») : l’en-tête garde la trace de chaque échange.',
  },
];

export const TIPS: ReadonlyMap<string, Tip> = new Map(list.map((t) => [t.id, t]));

export function getTip(id: string): Tip | undefined {
  return TIPS.get(id);
}
