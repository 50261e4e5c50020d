// Channels, contact phrases and relaunch phrases for the `multicanal` rules.
// Data only, each entry with a note. Phrases use the notation of `phraseSource`
// (folded, `[e]` optional letters); `cue` patterns are regular expression
// sources over folded text (lower case, no accents, ASCII apostrophes).

/** A way to reach someone. `canal` values of the front matter are a subset. */
export type ChannelId = 'mail' | 'linkedin' | 'sms' | 'whatsapp' | 'telephone' | 'courrier' | 'messagerie';

export interface ChannelEntry {
  channel: ChannelId;
  /** How the channel is named in a French message: « SMS », « LinkedIn ». */
  label: string;
  forms: readonly string[];
  note: string;
}

/**
 * Channel names. Order matters where forms overlap: the first entry wins at a
 * given position (« courrier électronique » is a mail, not a letter).
 */
export const CHANNEL_NAMES: readonly ChannelEntry[] = [
  { channel: 'mail', label: 'mail', forms: ['courrier[s] electronique[s]', 'mail[s]', 'e-mail[s]', 'email[s]', 'courriel[s]', 'mél', 'boite mail', 'boite de reception'], note: 'Le courrier électronique, sous tous ses noms.' },
  { channel: 'linkedin', label: 'LinkedIn', forms: ['linkedin', 'linked in', 'inmail[s]'], note: 'LinkedIn et sa messagerie InMail.' },
  { channel: 'sms', label: 'SMS', forms: ['sms', 'texto[s]', 'message[s] texte', 'imessage'], note: 'Message texte sur le téléphone.' },
  { channel: 'whatsapp', label: 'WhatsApp', forms: ['whatsapp', 'whats app', 'whatsap'], note: 'Messagerie WhatsApp.' },
  {
    channel: 'telephone',
    label: 'téléphone',
    forms: ['telephone', 'message[s] vocal', 'messages vocaux', 'vocal', 'messagerie vocale', 'boite vocale', 'repondeur', 'coup de fil', 'coup de telephone', 'appel telephonique', 'portable'],
    note: 'Appel, message vocal, répondeur.',
  },
  { channel: 'courrier', label: 'courrier', forms: ['courrier postal', 'par courrier', 'lettre recommandee', 'recommande avec accuse', 'par la poste', 'voie postale'], note: 'Courrier papier (« lettre » seule désigne souvent la lettre de motivation : pas retenue).' },
  {
    channel: 'messagerie',
    label: 'messagerie',
    forms: ['messenger', 'telegram', 'sur signal', 'via signal', 'sur teams', 'via teams', 'slack', 'instagram', 'facebook', 'twitter', 'discord', 'viadeo', 'xing'],
    note: 'Autres messageries et réseaux (Signal et Teams seulement précédés de « sur » ou « via » : ce sont aussi des mots courants).',
  },
];

/** Phrases that look like a channel but are not one; a channel name inside them is ignored. */
export const NOT_CHANNELS: readonly { forms: readonly string[]; note: string }[] = [
  { forms: ["appel[s] d'offre[s]", 'appel[s] a projet[s]', 'appel[s] a candidature[s]'], note: 'Un appel d’offres est un marché, pas un coup de téléphone.' },
  { forms: ['adresse mail', 'adresse e-mail', 'adresse email', 'numero de telephone', 'numero de portable', 'profil linkedin', 'page linkedin'], note: 'Des coordonnées données ou mentionnées, pas un message envoyé.' },
];

/** A word and the spaces after it (folded text), for « je vous ai aussi écrit ». */
const W = "[\\p{L}\\p{N}'-]+\\s+";
/** Nouns of a message one sends. */
const MESSAGE = '(?:messages?|mails?|e-mails?|emails?|courriels?|sms|textos?|petit mot|mot|invitations?|vocal|vocaux|courriers?|relances?|whatsapp|inmails?|demande de (?:connexion|mise en relation))';

export interface CueEntry {
  /** Regular expression source over folded prose. */
  cue: string;
  /** The channel the phrase means when the sentence names none (« je vous ai appelé » → téléphone). */
  implies?: ChannelId;
  note: string;
}

/** The sender reaching the reader (or announcing it). Phrases where the reader is invited to reach the sender are not cues. « Tu » (te, t’) as well as « vous ». */
export const CONTACT_CUES: readonly CueEntry[] = [
  { cue: `je (?:vous |t')ai (?:${W}){0,3}?(?:ecrit|laisse|relance|recontacte|contacte|sollicite)(?![\\p{L}])`, note: '« Je vous ai aussi écrit sur LinkedIn », « je vous ai laissé un message ».' },
  { cue: `je (?:vous |t')ai (?:${W}){0,3}?(?:appele|telephone)(?![\\p{L}])`, implies: 'telephone', note: '« Je vous ai appelé ce matin ».' },
  { cue: `je (?:vous |t')ai (?:${W}){0,3}?(?:envoye|adresse|transmis|fait parvenir)\\s+(?:${W}){0,2}?${MESSAGE}(?![\\p{L}])`, note: '« Je vous ai envoyé un SMS » (et non « envoyé ma candidature »).' },
  { cue: `j'ai (?:${W}){0,3}?(?:essaye|tente|cherche) de (?:vous |te |t')(?:joindre|appeler|telephoner)(?![\\p{L}])`, implies: 'telephone', note: '« J’ai essayé de vous joindre ».' },
  { cue: `j'ai (?:${W}){0,3}?(?:essaye|tente|cherche) de (?:vous |te |t')(?:ecrire|contacter|relancer)(?![\\p{L}])`, note: '« J’ai tenté de vous contacter sur LinkedIn ».' },
  { cue: `j'ai (?:${W}){0,2}?laisse (?:${W}){0,2}?(?:message|mot|vocal)(?![\\p{L}])`, implies: 'telephone', note: '« J’ai laissé un message vocal » : sans autre canal nommé, c’est un répondeur.' },
  { cue: `je (?:vous |te |t')(?:${W}){0,2}?(?:ecris|ecrirai|relance|relancerai|recontacte|recontacterai|contacterai)(?![\\p{L}])`, note: '« Je vous écris également sur WhatsApp ».' },
  { cue: `je (?:vous |te |t')(?:${W}){0,2}?(?:appelle|appellerai|telephone|telephonerai)(?![\\p{L}])`, implies: 'telephone', note: '« Je vous appellerai demain » (« je vous rappelle » seul peut vouloir dire « je vous signale »).' },
  { cue: `je (?:vous |te |t')(?:${W}){0,2}?(?:envoie|adresse|transmets|enverrai|adresserai|ferai parvenir|laisse)\\s+(?:${W}){0,2}?${MESSAGE}(?![\\p{L}])`, note: '« Je vous envoie également un SMS », « je vous envoie une invitation LinkedIn ».' },
  { cue: `je vais (?:vous |te |t')(?:${W}){0,1}?(?:ecrire|envoyer|relancer|recontacter|contacter|laisser)(?![\\p{L}])`, note: '« Je vais vous écrire sur LinkedIn ».' },
  { cue: `je vais (?:vous |te |t')(?:${W}){0,1}?(?:appeler|telephoner)(?![\\p{L}])`, implies: 'telephone', note: '« Je vais vous appeler ».' },
  { cue: `je me permets de (?:vous |te |t')(?:${W}){0,1}?(?:relancer|ecrire|contacter|recontacter|solliciter|envoyer|laisser)(?![\\p{L}])`, note: '« Je me permets de vous relancer par SMS ».' },
  { cue: `je me permets de (?:vous |te |t')(?:${W}){0,1}?(?:appeler|telephoner)(?![\\p{L}])`, implies: 'telephone', note: '« Je me permets de vous appeler ».' },
  { cue: `(?:mon|ma|mes) (?:${W}){0,2}?(?:message|messages|mail|mails|e-mail|email|courriel|sms|texto|textos|vocal|invitation|relance)(?![\\p{L}])`, note: '« Suite à mon SMS d’hier », « avez-vous reçu mon message LinkedIn ? ».' },
  { cue: `(?:mon|mes) (?:${W}){0,2}?appels?(?![\\p{L}])(?!\\s*(?:d'offres?|a projets?|a candidatures?))`, implies: 'telephone', note: '« Suite à mon appel de ce matin » (pas « mon appel d’offres »).' },
];

/**
 * Connecting calmly, as the guide recommends (« Je vous envoie une invitation
 * LinkedIn pour rester en veille sur vos actualités ») — not pressure by
 * itself, but a channel all the same.
 */
export const CONNECT_PHRASES: readonly { forms: readonly string[]; note: string }[] = [
  { forms: ['invitation linkedin', 'invitation sur linkedin', 'invitation a rejoindre mon reseau', 'demande de connexion', 'demande de mise en relation'], note: 'L’invitation LinkedIn du guide (section 4, « Connecter proprement »).' },
  { forms: ['me connecter avec vous', 'nous connecter', 'rester connecte[e][s]', 'ajouter a mon reseau', 'rejoindre mon reseau', 'ajouter a vos contacts'], note: 'Se connecter pour rester en veille.' },
];

/** The channel a connect phrase means when the sentence names none. */
export const CONNECT_IMPLIES: ChannelId = 'linkedin';

/** Relaunching: pressure that adds to several channels. */
export const RELAUNCH_PHRASES: readonly { forms: readonly string[]; note: string; silence?: boolean }[] = [
  { forms: ['je me permets de vous relancer', 'je vous relance', 'je relance', 'petite relance', 'je me permets de revenir vers vous'], note: 'La relance explicite.' },
  { forms: ['sans reponse de votre part', 'sans retour de votre part', 'sans nouvelles de votre part', 'toujours sans nouvelles', 'faute de reponse', 'reste[e] sans reponse', 'reste[e] sans suite'], silence: true, note: 'Le reproche du silence : une pression à lui seul, même sur un seul canal.' },
  { forms: ["n'ayant pas eu de retour", "n'ayant pas eu de reponse", "n'ayant pas recu de reponse", "je n'ai pas eu de retour", "je n'ai pas eu de reponse", "je n'ai pas recu de reponse", "je n'ai pas eu de nouvelles", "je n'ai pas de nouvelles", "pas eu de retour a mon"], silence: true, note: 'Le silence constaté : une pression à lui seul, même sur un seul canal.' },
  { forms: ['mon precedent message', 'mon precedent mail', 'mon dernier message', 'mon dernier mail', 'avez-vous bien recu mon', 'avez-vous pu prendre connaissance', 'avez-vous eu le temps de lire'], note: 'Le rappel d’un message précédent.' },
];

/** How each rhythm of the guide (section 4, « Rester dans le radar ») is named in `scenario`. */
export const RHYTHMS: readonly { kind: 'check-in' | 'suivi'; forms: readonly string[]; note: string }[] = [
  { kind: 'check-in', forms: ['check-in', 'checkin', 'check in', 'nouvelles', 'prise de nouvelles', 'point trimestriel'], note: 'Check-in discret : 2 à 3 mois après (seuil `checkInDays`).' },
  { kind: 'suivi', forms: ['suivi', 'ressource', 'radar', 'partage', 'benchmark', 'relance', 'veille'], note: 'Ressource utile : 1 à 2 semaines après (seuil `followUpDays`).' },
];

/** How the draft's own channel is called in a message: « ce mail ». */
export const OWN_CHANNEL: Readonly<Record<string, string>> = {
  mail: 'ce mail',
  linkedin: 'ce message LinkedIn',
  sms: 'ce SMS',
  telephone: 'cet appel',
};

/** A message through a channel, for lists: « un mail », « un message LinkedIn ». */
export const A_MESSAGE: Readonly<Record<ChannelId, string>> = {
  mail: 'un mail',
  linkedin: 'un message LinkedIn',
  sms: 'un SMS',
  whatsapp: 'un message WhatsApp',
  telephone: 'un appel',
  courrier: 'un courrier',
  messagerie: 'un message sur une autre messagerie',
};

/** Civilities and titles in `destinataire`: mapped to a civility, or dropped (''). */
export const CIVILITIES: Readonly<Record<string, string>> = {
  mme: 'madame',
  madame: 'madame',
  mlle: 'madame',
  mademoiselle: 'madame',
  m: 'monsieur',
  mr: 'monsieur',
  monsieur: 'monsieur',
  dr: '',
  docteur: '',
  pr: '',
  professeur: '',
  me: '',
  maitre: '',
};
