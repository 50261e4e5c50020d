// The channels, each once, and the phrases that mention them: data only, each
// entry with a note. Read through the channel model (channels.ts), which the
// draft's front matter, the multichannel rules, the report and the hovers ask.
// Phrases use the wording notation of src/core/prose/patterns.ts (folded,
// `[e]` optional letters, `{a|b}` alternatives, `_` any word) and are matched
// on the prose analysis's tokens, sentence by sentence, by the same engine as
// the wording rules (compiled at build time with them).

export interface ChannelEntry {
  channel: string;
  /** How the channel is named in a French message: « SMS », « LinkedIn ». */
  label: string;
  /** A message through it, for lists: « un SMS ». */
  aMessage: string;
  /** This draft, when written for it: « ce SMS ». */
  thisMessage: string;
  /**
   * Values of the front matter's `canal` that name it (folded). Only the
   * channels a draft is written for have some; the others can only be mentioned.
   */
  aliases: readonly string[];
  /** Words and phrases that name it in prose. Where forms overlap, the first entry wins. */
  forms: readonly string[];
  /** How a way to reach the sender through it shows in a signature (regular expression sources, case-insensitive). */
  contact?: readonly string[];
  /** What a hover on one of its words says. */
  hover: string;
  note: string;
}

/**
 * Every channel. Order matters: it is the order of lists in messages and in
 * the report, and where forms overlap the first entry wins at a given position
 * (« courrier électronique » is a mail, not a letter).
 */
export const CHANNELS = [
  {
    channel: 'mail',
    label: 'mail',
    aMessage: 'un mail',
    thisMessage: 'ce mail',
    aliases: ['mail', 'email', 'e-mail', 'courriel', 'mel'],
    forms: ['courrier[s] electronique[s]', 'mail[s]', 'e-mail[s]', 'email[s]', 'courriel[s]', 'mél', 'boite mail', 'boite de reception'],
    // Bounded, and tried only where a run of address characters starts: linear on any signature.
    contact: ['(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,8}\\.[\\p{L}]{2,24}'],
    hover: 'Le canal par défaut d’une réponse à un refus, avec un objet clair.',
    note: 'Le courrier électronique, sous tous ses noms.',
  },
  {
    channel: 'linkedin',
    label: 'LinkedIn',
    aMessage: 'un message LinkedIn',
    thisMessage: 'ce message LinkedIn',
    aliases: ['linkedin'],
    forms: ['linkedin', 'linked in', 'inmail[s]'],
    contact: ['linkedin'],
    hover: 'Réseau professionnel : une invitation pour rester en veille, un message court sans objet.',
    note: 'LinkedIn et sa messagerie InMail.',
  },
  {
    channel: 'sms',
    label: 'SMS',
    aMessage: 'un SMS',
    thisMessage: 'ce SMS',
    aliases: ['sms', 'texto'],
    forms: ['sms', 'texto[s]', 'message[s] texte', 'imessage'],
    hover: 'Canal intrusif pour une réponse à un refus : réservé à qui vous l’a proposé.',
    note: 'Message texte sur le téléphone.',
  },
  {
    channel: 'whatsapp',
    label: 'WhatsApp',
    aMessage: 'un message WhatsApp',
    thisMessage: 'ce message WhatsApp',
    aliases: [],
    forms: ['whatsapp', 'whats app', 'whatsap'],
    hover: 'Messagerie personnelle : même prudence que le SMS.',
    note: 'Messagerie WhatsApp.',
  },
  {
    channel: 'telephone',
    label: 'téléphone',
    aMessage: 'un appel',
    thisMessage: 'cet appel',
    aliases: ['telephone', 'tel', 'appel'],
    forms: ['telephone', 'message[s] vocal', 'messages vocaux', 'vocal', 'messagerie vocale', 'boite vocale', 'repondeur', 'coup de fil', 'coup de telephone', 'appel[s] telephonique[s]', 'portable'],
    // International (« +33 6 … », « 00 41 … »), France and Morocco (« 06 12 34 56 78 »), Switzerland (« 078 615 42 90 »),
    // Belgium (« 04 355 28 71 », « 0486 41 27 53 »), North America (« 819 555-0147 », « (514) 555-0193 »), Senegal
    // (« 77 123 45 67 »). Bounded, no nested repetition: linear on any line.
    contact: [
      '(?:\\+|00)\\d[\\d\\s.-]{7,20}\\d',
      '(?<!\\d)0[1-9](?:[\\s.-]?\\d{2}){4}(?!\\d)',
      '(?<!\\d)0\\d{1,2}[\\s.]\\d{3}[\\s.]\\d{2}[\\s.]\\d{2}(?!\\d)',
      '(?<![\\d-])(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}(?!\\d)',
      '(?<!\\d)7[05678][\\s.]\\d{3}[\\s.]\\d{2}[\\s.]\\d{2}(?!\\d)',
    ],
    hover: 'Un appel se propose, il ne s’impose pas.',
    note: 'Appel, message vocal, répondeur (« appel » seul n’en est pas un : « appel d’offres »).',
  },
  {
    channel: 'courrier',
    label: 'courrier',
    aMessage: 'un courrier',
    thisMessage: 'ce courrier',
    aliases: [],
    forms: ['courrier postal', 'par courrier', 'lettre recommandee', 'courrier recommande', 'recommande avec accuse', 'en recommande', 'par recommande', 'par la poste', 'voie postale'],
    hover: 'Un courrier papier après un refus par mail pèse plus qu’il n’aide.',
    note: 'Courrier papier (« lettre » seule désigne souvent la lettre de motivation : pas retenue).',
  },
  {
    channel: 'visite',
    label: 'visite',
    aMessage: 'une visite',
    thisMessage: 'cette visite',
    aliases: [],
    forms: ['de vive voix', 'en personne', 'en main propre[s]', 'vous rendre visite', 'te rendre visite', 'passer vous voir', 'passer te voir', 'venir vous voir', 'venir te voir', '{passerai|repasserai|viendrai|reviendrai} {vous|te} voir'],
    hover: 'Passer en personne après un refus met le destinataire devant le fait accompli : c’est le canal le plus pressant.',
    note: 'Se présenter en personne (« je passerai à la boutique », « de vive voix »).',
  },
  {
    channel: 'messagerie',
    label: 'messagerie',
    aMessage: 'un message sur une autre messagerie',
    thisMessage: 'ce message',
    aliases: [],
    forms: ['messenger', 'telegram', 'sur signal', 'via signal', 'sur teams', 'via teams', 'slack', 'instagram', 'facebook', 'twitter', 'discord', 'viadeo', 'xing', "sur l'ent", "via l'ent", 'sur pronote', 'via pronote'],
    hover: 'Une messagerie personnelle ou un réseau social : le destinataire ne l’a pas choisie pour parler de ce refus.',
    note: 'Autres messageries et réseaux (Signal et Teams seulement précédés de « sur » ou « via » : ce sont aussi des mots courants ; l’ENT et Pronote d’une école, de même).',
  },
] as const satisfies readonly ChannelEntry[];

type Entry = (typeof CHANNELS)[number];
/** A way to reach someone, written or mentioned. */
export type ChannelId = Entry['channel'];
/** A channel a draft is written for (`canal:` in the front matter): those with aliases. */
export type Channel = Extract<Entry, { aliases: readonly [string, ...string[]] }>['channel'];
/** The channels a draft can be written for, in order. */
export const DRAFT_CHANNELS: readonly Channel[] = CHANNELS.filter((c) => c.aliases.length > 0).map((c) => c.channel as Channel);

/** Phrases that look like a channel but are not one; a channel name inside them is ignored. */
export const NOT_CHANNELS: readonly { forms: readonly string[]; note: string }[] = [
  { forms: ["appel[s] d'offre[s]", 'appel[s] a projet[s]', 'appel[s] a candidature[s]'], note: 'Un appel d’offres est un marché, pas un coup de téléphone.' },
  { forms: ['adresse mail', 'adresse e-mail', 'adresse email', 'numero de telephone', 'numero de portable', 'profil linkedin', 'page linkedin'], note: 'Des coordonnées données ou mentionnées, pas un message envoyé.' },
  { forms: ["{pour|afin d'|afin de} {en|vous en|t'en|vous|te|y} {parler|discuter|echanger|revenir} de vive voix"], note: '« Je vous passerai un coup de fil pour en parler de vive voix » : la voix du téléphone, pas une visite ; une visite se dit par son verbe (« passer vous voir »).' },
];

/** Up to three words, two words, one word (« je vous ai aussi écrit »). */
const W3 = '{_|} {_|} {_|}';
/** Where a visit goes (« à la boutique », « chez vous »). */
const PLACE = `{à|a|au|aux|chez|dans|devant} {la|le|l'|votre|vos|ton|ta|tes|les|} {boutique|magasin|agence|bureau|bureaux|atelier|cabinet|restaurant|salon|mairie|local|locaux|accueil|grille|portail|crèche|creche|siège|siege|entreprise|société|societe|école|ecole|club|stade|chantier|garage|usine|entrepôt|entrepot|laboratoire|labo|hôtel|hotel|pharmacie|clinique|vous}`;
const W2 = '{_|} {_|}';
const W1 = '{_|}';
/** Nouns of a message one sends. */
const MESSAGE = '{message[s]|msg|mail[s]|e-mail[s]|email[s]|courriel[s]|sms|texto[s]|petit mot|petit sms|petit message|petit mail|petit texto|petit vocal|mot|invitation[s]|vocal|vocaux|courrier[s]|relance[s]|whatsapp|inmail[s]|demande de connexion|demande de mise en relation}';

export interface CueEntry {
  /** Phrases in the wording notation (src/core/prose/patterns.ts), matched within one sentence. */
  forms: readonly string[];
  /** Phrases in which a hit is not a cue. */
  except?: readonly string[];
  /** The channel the phrase means when the sentence names none (« je vous ai appelé » → téléphone). */
  implies?: ChannelId;
  note: string;
}

/** The sender reaching the reader (or announcing it). Phrases where the reader is invited to reach the sender are not cues. « Tu » (te, t’) as well as « vous ». */
export const CONTACT_CUES: readonly CueEntry[] = [
  { forms: [`je {vous|t'} {ai|avais} ${W3} {ecrit|laisse|relance|relancee|recontacte|recontactee|contacte|contactee|sollicite|sollicitee|repondu|reecrit|renvoye}`], note: '« Je vous ai aussi écrit sur LinkedIn », « je vous ai laissé un message », « je vous ai également répondu par mail ».' },
  { forms: [`je {vous|t'} {ai|avais} ${W3} {appele|appelee|appeles|appelees|telephone}`], implies: 'telephone', note: '« Je vous ai appelé ce matin », « je vous ai appelée au bureau ».' },
  { forms: [`je {vous|t'} ai ${W2} {double|redouble|duplique|relaye|renvoye} ${W2} {ce|mon|le|cet|ma} ${MESSAGE}`], note: '« Je vous ai doublé ce mail par SMS » : le même message sur un autre canal.' },
  { forms: [`{je rappellerai|je rappelle|je rappellerais|je recontacterai|je relancerai|je contacterai|j'appellerai|j'appelle} {votre|ton|ta|vos|tes|le} {assistante|assistant|secretariat|secretaire|standard|accueil|equipe|service|collegue|responsable}`], implies: 'telephone', note: '« Je rappellerai votre assistante demain », « j’appellerai le standard ».' },
  { forms: [`je {vous|t'} {ai|avais} ${W3} {envoye|adresse|transmis|fait parvenir} ${W2} ${MESSAGE}`], note: '« Je vous ai envoyé un SMS » (et non « envoyé ma candidature »).' },
  { forms: [`j'ai ${W3} {essaye|tente|cherche} de {vous|te|t'} {joindre|appeler|telephoner}`], implies: 'telephone', note: '« J’ai essayé de vous joindre ».' },
  { forms: [`j'ai ${W3} {essaye|tente|cherche} de {vous|te|t'} {ecrire|contacter|relancer}`], note: '« J’ai tenté de vous contacter sur LinkedIn ».' },
  { forms: [`j'ai ${W2} laisse ${W2} {message|mot|vocal}`], implies: 'telephone', note: '« J’ai laissé un message vocal » : sans autre canal nommé, c’est un répondeur.' },
  { forms: [`je {vous|te|t'} ${W2} {ecris|ecrirai|relance|relancerai|recontacte|recontacterai|contacterai}`], except: [`je {vous|te|t'} ${W2} {ecris|ecrirai|reponds|repondrai} ${W2} {plutot|au lieu} {que|qu'|de|d'}`], note: '« Je vous écris également sur WhatsApp » (pas « je t’écris ici plutôt que par courriel » : le canal écarté n’est pas annoncé).' },
  { forms: [`je {vous|te|t'} ${W2} {appelle|appellerai|telephone|telephonerai}`], implies: 'telephone', note: '« Je vous appellerai demain » (« je vous rappelle » seul peut vouloir dire « je vous signale »).' },
  { forms: [`je {vous|te|t'} ${W2} {envoie|adresse|transmets|enverrai|adresserai|ferai parvenir|laisse|laisserai|laisserais|enverrais} ${W2} ${MESSAGE}`, `je vais {vous|te|t'} ${W1} laisser ${W2} ${MESSAGE}`], note: '« Je vous envoie également un SMS », « je vous envoie une invitation LinkedIn ».' },
  { forms: [`je vais {vous|te|t'} ${W1} {ecrire|envoyer|relancer|recontacter|contacter|laisser}`], note: '« Je vais vous écrire sur LinkedIn ».' },
  { forms: [`je vais {vous|te|t'} ${W1} {appeler|telephoner}`], implies: 'telephone', note: '« Je vais vous appeler ».' },
  { forms: [`je me {permets|permettrai|permettrais} de {vous|te|t'} ${W1} {relancer|ecrire|contacter|recontacter|solliciter|envoyer|laisser}`], note: '« Je me permets de vous relancer par SMS », « je me permettrai de vous écrire ».' },
  { forms: [`je me {permets|permettrai|permettrais} de {vous|te|t'} ${W1} {appeler|telephoner}`], implies: 'telephone', note: '« Je me permets de vous appeler », « je me permettrai de vous appeler jeudi ».' },
  { forms: [`je {vous|te|t'} {l'|le|la|les} ${W2} {adresse|envoie|transmets|fais parvenir|adresserai|enverrai|transmettrai|ferai parvenir|ai adresse|ai envoye|ai transmis|ai fait parvenir}`], note: '« Je vous l’adresse également par LinkedIn » : le même message par un autre canal.' },
  { forms: [`{mon|ma|mes} ${W2} {message|messages|mail|mails|e-mail|email|courriel|sms|texto|textos|vocal|invitation|relance}`], note: '« Suite à mon SMS d’hier », « avez-vous reçu mon message LinkedIn ? ».' },
  { forms: [`je {passerai|repasserai|viendrai|reviendrai|vais passer|vais repasser|compte passer|peux passer|pourrais passer|passe|repasse} ${W3} ${PLACE}`, `je {passerai|repasserai|viendrai|vais passer|compte passer} ${W1} {deposer|apporter|remettre|porter|laisser} ${W3} ${PLACE}`], except: [`je {passerai|repasserai|vais passer|vais repasser|compte passer|peux passer|pourrais passer|passe|repasse} {un|mon|le|l'|des|mes|les|une|ma|la|cet|ce|cette} {_|} {entretien|entretiens|test|tests|concours|examen|examens|oral|oraux|epreuve|epreuves|essai|casting|audition|stage|periode} ${W2} ${PLACE}`, `je {passerai|repasserai|viendrai|reviendrai|vais passer|vais repasser|compte passer|peux passer|pourrais passer|passe|repasse} ${W3} ${PLACE} {en|comme} {client|cliente|clients|clientes|visiteur|visiteuse|visiteurs|spectateur|spectatrice|spectateurs|voisin|voisine|ami|amie|simple client|simple cliente|simple visiteur|simple visiteuse}`, `je {passerai|repasserai|vais passer|vais repasser|compte passer|passe|repasse} ${W3} ${PLACE} pour {le prochain drop|les soldes|acheter|faire des achats|une commande|recuperer ma commande|le prochain arrivage|faire mes courses|les nouveautes|la nouvelle collection}`, `je {passerai|repasserai|viendrai|reviendrai|vais passer|vais repasser|compte passer|peux passer|pourrais passer|passe|repasse} ${W3} ${PLACE} pour {acheter|le vernissage|l'inauguration|l'ouverture|vous soutenir|faire mes courses|faire des courses|une commande|commander|dejeuner|diner|manger|boire un cafe|le concert|le spectacle|l'exposition|l'expo}`, `{premiere|deuxieme|seconde|troisieme|quatrieme|derniere} fois que je {passe|viens|repasse|passais|venais} ${W3} ${PLACE}`, `je {passerai|repasserai|vais passer|vais repasser|passe|repasse|viendrai} {chercher|prendre|recuperer|deposer|recherche} {mon|ma|mes|notre|nos|le|la|les} ${W2} ${PLACE}`], implies: 'visite', note: '« Je passerai samedi à la boutique » : une visite annoncée (pas « je passe un entretien chez vous », ni « c’est la deuxième fois que je passe chez vous », qui raconte, ni « je passerai chercher mon fils à l’école », qui va chercher quelqu’un).' },
  { forms: [`je {passerai|repasserai|viendrai|vais passer|compte passer|pourrais passer|peux passer|passe} ${W2} {vous|te} {deposer|apporter|remettre|porter|montrer|presenter|faire gouter|faire essayer|livrer}`], except: [`je {passerai|repasserai|viendrai|vais passer|compte passer|pourrais passer|peux passer|passe} ${W1} {volontiers|avec plaisir|a l'occasion|un jour|si besoin} ${W1} {vous|te} {deposer|apporter|remettre|porter|montrer|presenter|faire gouter|faire essayer|livrer}`, `{si vous l'acceptez|si vous le souhaitez|si vous voulez|si vous le voulez|si cela vous convient|si ca vous dit|si vous etes d'accord|si vous le permettez} , je {passerai|repasserai|viendrai|vais passer|compte passer|pourrais passer|peux passer|passe} ${W2} {vous|te} {deposer|apporter|remettre|porter|montrer|presenter|faire gouter|faire essayer|livrer}`], implies: 'visite', note: '« Je passerai samedi midi vous déposer quelques échantillons » : une visite annoncée, sans lieu nommé (pas une offre : « je repasserai volontiers vous montrer ma pièce », « si vous l’acceptez, je passerai vous la montrer »).' },
  { forms: [`{je me|nous nous} {permets|permettrai|permettrais|permettons|permettrons|permettrions} de {doubler|completer|accompagner|relayer|prolonger} ${W2} {ce|mon|le|cet|ma|notre} ${MESSAGE}`], note: '« Nous nous permettrons de doubler ce courriel d’un message LinkedIn » : le même message sur un autre canal.' },
  { forms: [`nous {vous|t'} avons ${W3} {ecrit|laisse|relance|relancee|recontacte|recontactee|contacte|contactee|sollicite|sollicitee|envoye|adresse}`], note: 'Une entreprise qui écrit « nous » : « nous vous avons aussi écrit sur LinkedIn ».' },
  { forms: [`nous {vous|t'} avons ${W3} {appele|appelee|appeles|appelees|telephone}`, `nous {vous|te|t'} ${W2} {appelons|appellerons|rappellerons|telephonerons}`, `nous {rappellerons|recontacterons|relancerons|appellerons|contacterons} {votre|vos} {assistante|assistant|secretariat|secretaire|standard|accueil|equipe|service|responsable}`], implies: 'telephone', note: '« Nous vous appellerons jeudi », « nous rappellerons votre standard ».' },
  { forms: [`nous {vous|te|t'} ${W2} {ecrirons|relancerons|recontacterons|contacterons|enverrons|adresserons}`], note: '« Nous vous écrirons également sur LinkedIn ».' },
  { forms: [`je {rappelle|rappellerai|recontacte|recontacterai|relance|relancerai} {l'agence|votre agence|le cabinet|votre cabinet|l'accueil|la production|le bureau|votre bureau|la boutique|le magasin} ${W2} {demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|cet apres-midi|ce soir|la semaine prochaine|au cas ou}`], implies: 'telephone', note: '« Je rappelle l’agence demain au cas où ».' },
  { forms: [`{pour|afin de} {vous|te|t'} {ecrire|relancer|contacter} {aussi|egalement} {la-bas|la bas|dessus|par la|par ce biais}`], note: '« Je vous ajoute sur LinkedIn pour vous écrire aussi là-bas ».' },
  { forms: [`, de {vous|te|t'} {envoyer|adresser|laisser|ecrire} ${W2} ${MESSAGE}`], note: '« Je me permets de vous ajouter sur LinkedIn, de vous envoyer un SMS la semaine prochaine… » : une relance de plus dans la liste.' },
  { forms: [`{et|,} de {rappeler|relancer|recontacter|contacter|appeler} {votre|ton|ta} {assistante|assistant|secretariat|secretaire|standard|accueil|equipe|service|collegue|responsable}`], implies: 'telephone', note: '« … et de rappeler votre assistante jeudi ».' },
  { forms: [`{je suis|nous sommes} ${W1} {passe|passee|passes|passees|venu|venue|venus|venues|alle|allee|alles|allees|repasse|repassee} ${W2} ${PLACE}`], except: [`{je suis|nous sommes} ${W1} {passe|passee|passes|passees|venu|venue|venus|venues|alle|allee|repasse|repassee} ${W2} ${PLACE} {pour|en} {l'entretien|mon entretien|un entretien|entretien|le casting|l'audition|la visite|le rendez-vous|un rendez-vous|mon rendez-vous|le test|l'essai}`, `{jour|date|heure|matin|apres-midi|moment|convocation} {ou|a laquelle|auquel} {je suis|nous sommes} ${W1} {passe|passee|passes|passees|venu|venue|venus|venues|alle|allee|repasse|repassee} ${W2} ${PLACE}`], implies: 'visite', note: '« Je suis passée à l’agence cet après-midi déposer une copie » : une visite faite (pas « je suis venu à l’agence pour l’entretien », ni « le vendredi 15 mars, jour où je suis venue à l’accueil », qui racontent le recrutement).' },
  { forms: [`je {vous|te|t'} {rappelle|rappellerai} {demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|cet apres-midi|ce soir|dans la journee|dans l'apres-midi|la semaine prochaine|en fin de journee|tout a l'heure}`], implies: 'telephone', note: '« Je vous rappelle demain matin » : un appel annoncé (« je vous rappelle » seul peut vouloir dire « je vous signale »).' },
  { forms: [`je {vous|te|t'} ${W2} {envoie|enverrai|laisse|donne|transmets|transmettrai} {mon|mes} {numero|coordonnees|contact} ${W1} {sur|par|via}`], note: '« Je vous envoie mon numéro sur WhatsApp » : un message de plus, sur le canal nommé.' },
  { forms: [`je {vous|te|t'} ${W2} {passerai|passe|passerais|donnerai|donne|ferai|fais} ${W1} {un|une} {petit |}{coup de fil|coup de telephone|appel|coup de bigo|telephone}`], implies: 'telephone', note: '« Je vous passerai un petit coup de fil jeudi ».' },
  { forms: [`je {ferai|fais|vais faire|ferais|compte faire} {un|une} {petit |}{saut|tour|crochet|passage} ${W2} {à|a|au|aux|sur|par|chez|dans} {la|le|l'|votre|vos|ton|ta|tes|les|} {stand|boutique|magasin|agence|bureau|bureaux|atelier|cabinet|salon|local|locaux|accueil|entreprise|société|societe|chantier|garage|usine}`], implies: 'visite', note: '« Je ferai un saut sur votre stand au salon » : une visite annoncée.' },
  { forms: [`{mon|mes} ${W2} appel[s]`], except: [`{mon|mes} ${W2} appel[s] {d'offre[s]|a projet[s]|a candidature[s]}`], implies: 'telephone', note: '« Suite à mon appel de ce matin » (pas « mon appel d’offres »).' },
];

/**
 * The message pointing at its own channel (« je repasse par ici », « je vous
 * écris ici ») while it recounts another one: when the front matter does not
 * name the draft's channel, the draft is not taken for a mail, so a mail it
 * recounts counts as another channel.
 */
export const HERE_PHRASES: readonly { forms: readonly string[]; note: string }[] = [
  { forms: ['{par|via} ici', `{ecrire|ecris|ecrit|repasse|repasser|relance|relancer|laisse|laisser|poste|poster|envoie} ${W2} ici`, 'ici {aussi|egalement}', 'sur ce fil', 'sur cette messagerie', 'par ce canal', 'par ce biais'], note: '« Je repasse par ici », « je me permets de vous écrire ici ».' },
];

/**
 * Connecting calmly, as the guide recommends (« Je vous envoie une invitation
 * LinkedIn pour rester en veille sur vos actualités ») — not pressure by
 * itself, but a channel all the same.
 */
export const CONNECT_PHRASES: readonly { forms: readonly string[]; note: string }[] = [
  { forms: ['invitation linkedin', 'invitation sur linkedin', 'invitation a rejoindre mon reseau', 'demande de connexion', 'demande de mise en relation'], note: 'L’invitation LinkedIn du guide (section 4, « Connecter proprement »).' },
  { forms: ["{je vous|je t'|je te} {ai|avais|} ${W1} {ajoute|ajoutee|ajoutes|ajoutees|ajouterai|ajoute} {sur|a|dans} {linkedin|mon reseau|mes contacts|mes relations}", "je vais {vous|te|t'} ajouter {sur|a|dans} {linkedin|mon reseau|mes contacts}"], note: '« Je vous ai ajoutée sur LinkedIn pour suivre vos prochains événements » : une mise en relation déjà faite.' },
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
