// Shorthand of messages typed on a phone (SMS, WhatsApp, LinkedIn): the tokens
// read them as the words they stand for, so that every rule sees « jvous ai
// laissé un msg » as « je vous ai laissé un message ». Keys are folded (lower
// case, no accents); a key that is also an ordinary French word or a common
// abbreviation elsewhere is left out, with the reason. The tokenizer also reads
// « j » glued to a consonant as « je » (« jvais », « jpasserai », « jsuis »);
// NOT_JE lists the words that start that way without being one.

export interface Shorthand {
  /** Folded words it stands for, in order (each gets a share of the original span). */
  words: readonly string[];
  note: string;
}

export const SHORTHAND: Readonly<Record<string, Shorthand>> = {
  msg: { words: ['message'], note: '« un msg sur insta »' },
  msgs: { words: ['messages'], note: 'pluriel de msg' },
  insta: { words: ['instagram'], note: 'le réseau, abrégé' },
  bcp: { words: ['beaucoup'], note: '« merci bcp »' },
  qd: { words: ['quand'], note: '« qd vous aurez le temps »' },
  pk: { words: ['pourquoi'], note: '« pk pas moi »' },
  pq: { words: ['pourquoi'], note: 'variante de pk' },
  cmb: { words: ['combien'], note: '« jai eu cmb a l ecrit »' },
  cmbien: { words: ['combien'], note: 'variante de cmb' },
  cb: { words: ['combien'], note: '« cb de places y avait » ; aussi « carte bancaire » (« payer par cb »), que « combien » ne fausse pas : aucune règle ne lit la carte' },
  cmt: { words: ['comment'], note: '« cmt on fait un recours »' },
  cmnt: { words: ['comment'], note: 'variante de cmt' },
  dsl: { words: ['desole'], note: '« dsl du retard »' },
  tjr: { words: ['toujours'], note: '« tjr dispo »' },
  tjrs: { words: ['toujours'], note: 'variante de tjr' },
  ptet: { words: ['peut', 'etre'], note: '« ptet une autre fois » (peut-être : deux mots pour les formes)' },
  vrmt: { words: ['vraiment'], note: '« vrmt dommage »' },
  slt: { words: ['salut'], note: 'salutation' },
  bjr: { words: ['bonjour'], note: 'salutation' },
  mrc: { words: ['merci'], note: 'remerciement' },
  mci: { words: ['merci'], note: 'remerciement' },
  jsp: { words: ['je', 'sais', 'pas'], note: '« jsp trop quoi penser »' },
  chui: { words: ['je', 'suis'], note: '« chui déçue »' },
  chuis: { words: ['je', 'suis'], note: 'variante de chui' },
  dac: { words: ["d'", 'accord'], note: '« dac merci »' },
  dacc: { words: ["d'", 'accord'], note: 'variante de dac' },
  ct: { words: ["c'", 'etait'], note: '« ct le 3e refus »' },
  ctait: { words: ["c'", 'etait'], note: 'variante de ct' },
  cque: { words: ['ce', 'que'], note: '« dites moi cque je dois changer »' },
  mattendais: { words: ["m'", 'attendais'], note: '« je mattendais a rien »' },
  mattendait: { words: ["m'", 'attendait'], note: 'variante de mattendais' },
  ckoi: { words: ["c'", 'est', 'quoi'], note: '« ckoi le motif »' },
  cki: { words: ["c'", 'est', 'qui'], note: '« cki qui a eu le poste »' },
  cest: { words: ["c'", 'est'], note: 'c’est sans apostrophe' },
  cetait: { words: ["c'", 'etait'], note: 'c’était sans apostrophe' },
  jai: { words: ["j'", 'ai'], note: 'j’ai sans apostrophe' },
  javais: { words: ["j'", 'avais'], note: 'j’avais sans apostrophe' },
  jaurais: { words: ["j'", 'aurais'], note: 'j’aurais sans apostrophe' },
  jespere: { words: ["j'", 'espere'], note: 'j’espère sans apostrophe' },
  jesperais: { words: ["j'", 'esperais'], note: 'j’espérais sans apostrophe' },
  jattends: { words: ["j'", 'attends'], note: 'j’attends sans apostrophe' },
  jaime: { words: ["j'", 'aime'], note: 'j’aime sans apostrophe' },
  quil: { words: ["qu'", 'il'], note: 'qu’il sans apostrophe' },
  quon: { words: ["qu'", 'on'], note: 'qu’on sans apostrophe' },
  daccord: { words: ["d'", 'accord'], note: '« je suis pas daccord »' },
  davoir: { words: ["d'", 'avoir'], note: 'd’avoir sans apostrophe' },
  detre: { words: ["d'", 'etre'], note: 'd’être sans apostrophe' },
  mavoir: { words: ["m'", 'avoir'], note: '« merci de mavoir répondu »' },
  mavez: { words: ["m'", 'avez'], note: '« vous mavez dit »' },
  menvoyer: { words: ["m'", 'envoyer'], note: '« merci de menvoyer la grille »' },
  menvoyez: { words: ["m'", 'envoyez'], note: 'variante de menvoyer' },
  mexpliquer: { words: ["m'", 'expliquer'], note: '« pouvez-vous mexpliquer »' },
  mexpliquez: { words: ["m'", 'expliquez'], note: 'variante de mexpliquer' },
  mappeler: { words: ["m'", 'appeler'], note: '« vous pouvez mappeler »' },
  mindiquer: { words: ["m'", 'indiquer'], note: '« pouvez-vous mindiquer »' },
  maider: { words: ["m'", 'aider'], note: '« ça pourrait maider »' },
  mameliorer: { words: ["m'", 'ameliorer'], note: '« comment jpeux mameliorer »' },
  minscrire: { words: ["m'", 'inscrire'], note: '« je peux minscrire »' },
  mavait: { words: ["m'", 'avait'], note: '« il mavait promis »' },
  jetais: { words: ["j'", 'etais'], note: 'j’étais sans apostrophe' },
  jaimerais: { words: ["j'", 'aimerais'], note: 'j’aimerais sans apostrophe' },
  rdv: { words: ['rendez', 'vous'], note: 'rendez-vous (deux mots pour les formes)' },
  tt: { words: ['tout'], note: '« tt le monde »' },
  vs: { words: ['vous'], note: '« vs avez pris qui ? » (« versus » s’écrit rarement ainsi dans une réponse)' },
  tte: { words: ['toute'], note: '« tte l’année »' },
  ttes: { words: ['toutes'], note: 'pluriel de tte' },
  tjs: { words: ['toujours'], note: 'variante de tjr' },
  qqn: { words: ["quelqu'un"], note: '« vous avez pris qqn ? »' },
  qqch: { words: ['quelque', 'chose'], note: '« qqch à améliorer ? »' },
  mtn: { words: ['maintenant'], note: '« je fais quoi mtn »' },
  pcq: { words: ['parce', 'que'], note: '« pcq j’ai pas le permis ? »' },
  pck: { words: ['parce', 'que'], note: 'variante de pcq' },
  ya: { words: ['y', 'a'], note: '« ya d’autres postes ? » : « (il) y a », parlé' },
  yaura: { words: ['y', 'aura'], note: '« yaura une autre session ? »' },
  yavait: { words: ['y', 'avait'], note: '« yavait combien de candidats ? »' },
  davance: { words: ["d'", 'avance'], note: 'd’avance sans apostrophe' },
  tkt: { words: ["t'", 'inquiete'], note: '« tkt je ferai passer le mot »' },
  pb: { words: ['probleme'], note: '« c’était quoi le pb ? »' },
  pbs: { words: ['problemes'], note: 'pluriel de pb' },
  // Left out: « cc » (copie carbone in mail headers), « pr » (professeur: the tokenizer reads it as « pour » in lower case only), « ds » (devoir surveillé),
  // « tel » (« tel que »), « c » and « g » (one letter: the tokenizer reads them as « c'est » and « j'ai » only where a clause
  // opens, see phoneLetter), « mm » (millimètres).
};

/** Words that start with « j » and a consonant without being « je » + a verb (file types, tools). */
export const NOT_JE: ReadonlySet<string> = new Set(['jpeg', 'jpg', 'js', 'json', 'jsx', 'jquery', 'jdk', 'jvm', 'jre', 'jwt', 'jt', 'jk', 'jdd', 'jrc', 'jmj']);
