// Deterministic French inputs for the benchmark: drafts of a given size made of
// varied sentences (accents, elisions, typographic apostrophes and spaces,
// Markdown), with a few phrases the guide warns about in every paragraph, and
// the ~300-phrase dictionary the peers and the regex floor search for.

/** A small seeded generator (mulberry32), so every run sees the same text. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Merci d’avoir pris le temps de me répondre.',
  'Je comprends votre décision et vous remercie pour la considération portée à ma candidature.',
  'J’ai apprécié l’échange et je comprends votre choix actuel.',
  'Si c’est possible, auriez-vous un ou deux retours concrets sur mon dossier ?',
  'Quel élément a le plus pesé dans la décision ?',
  'Quelle compétence devrais-je renforcer en priorité pour ce type de poste ?',
  'Je reste disponible si vos besoins évoluent à l’avenir.',
  'En fonction de votre réponse, je peux préparer une version ajustée pour un prochain besoin.',
  'Je vous envoie une invitation LinkedIn pour rester en veille sur vos actualités.',
  'Depuis notre entretien, j’ai obtenu la certification **AWS Solutions Architect**.',
  'L’équipe m’a paru très soudée ; c’est une belle réussite.',
  'Aujourd’hui, j’ai renforcé mes compétences en gestion de projet et livré [projet Y].',
  'Pour mémoire, le devis détaillé est disponible [ici](https://exemple.fr/devis).',
  'Les délais annoncés (douze semaines) tenaient compte de la phase de recette.',
  'Nous étions prêts à démarrer dès le mois prochain, à l’échéance prévue.',
  'À première vue, ça pique, mais c’est un « pas maintenant », pas un « jamais ».',
  'Peut-être qu’une prochaine opportunité se présentera d’ici quelques mois.',
  'Je partagerai volontiers des ressources pertinentes sur le thème de la qualité.',
  'Vous trouverez ci-joint la preuve de dépôt du document manquant.',
  'Au fil du temps, les besoins changent et je serai heureux d’en reparler.',
  'Le prix proposé incluait la maintenance pendant deux ans, hors options.',
  'J’ai noté votre remarque sur l’expérience en _management_ d’équipe.',
  'Cette expérience m’apprend beaucoup sur la façon de présenter mes réalisations.',
  'Où en êtes-vous du recrutement pour le poste d’ingénieur·e qualité ?',
  'Bref, l’essentiel est dit : merci, et à bientôt peut-être.',
];

/** Phrases the guide warns about; a few go into every paragraph. */
const FLAGGED = [
  'Bonne chance quand même.',
  'Désolé de vous déranger, encore une fois.',
  'Je ne suis pas d’accord avec votre décision.',
  'Je suis vraiment déçu par votre réponse.',
  'Sans vouloir insister, je me permets de vous relancer.',
  'C’est inadmissible, une honte pour votre entreprise.',
  'Vous auriez dû lire mon dossier plus attentivement.',
  'Bonjour [Nom], merci pour votre retour du [date].',
  'Je vous prie de m’excuser pour ce long message.',
  'Je reviens vers vous par SMS et sur LinkedIn dès demain.',
  'Avez-vous des retours ?',
  'Je pense que vous faites une erreur en choisissant un autre candidat.',
];

const MARKDOWN_LINES = [
  '- Point clé : la certification obtenue depuis.',
  '- Référence signée avec un client du secteur public.',
  '1. Compétence à renforcer : la négociation.',
  '> Nous avons le regret de vous informer que votre candidature n’a pas été retenue.',
  '<!-- note pour moi : relire avant l’envoi -->',
  '## Points à retenir',
];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function paragraph(r) {
  const parts = [];
  const n = 3 + Math.floor(r() * 4);
  const flagged = 1 + Math.floor(r() * 2);
  const at = new Set();
  while (at.size < flagged) at.add(Math.floor(r() * n));
  for (let i = 0; i < n; i++) {
    let s = at.has(i) ? pick(r, FLAGGED) : pick(r, SENTENCES);
    // Vary typography: straight apostrophes, narrow no-break spaces before ? and :.
    if (r() < 0.3) s = s.replace(/’/g, "'");
    if (r() < 0.3) s = s.replace(/ ([?:;!])/g, '\u202f$1');
    parts.push(s);
  }
  let p = parts.join(' ');
  if (r() < 0.25) p += '\n' + pick(r, MARKDOWN_LINES);
  return p;
}

/** A draft of about `size` characters: header, subject, greeting, paragraphs, closing, signature. */
export function makeDraft(size, seed = 42) {
  const r = rng(seed + size);
  const head = `---\ncanal: mail\ndestinataire: Mme Martin\nrefus_recu: 2026-03-10 09:30\nenvoi_prevu: 2026-03-11 10:00\n---\nObjet : Merci pour votre retour\n\nBonjour [Nom],\n\n`;
  const tail = `\nBien cordialement,\nCamille Durand – 06 12 34 56 78\n`;
  let body = '';
  while (head.length + body.length + tail.length < size) body += paragraph(r) + '\n\n';
  return head + body.slice(0, Math.max(0, size - head.length - tail.length)).replace(/\S*$/, '') + tail;
}

/**
 * About 300 French phrases a reviewer of rejection replies would flag
 * (passive-aggressive, apologetic, contesting, emotional), generated
 * deterministically from stems and variants. Written as plain text with
 * accents and typographic apostrophes; the floor folds them.
 */
export function phraseDictionary() {
  const stems = [
    'bonne chance quand même', 'bon courage quand même', 'tant pis pour vous', 'c’est votre perte', 'vous le regretterez',
    'désolé de vous déranger', 'désolée de vous déranger', 'pardon de vous déranger', 'excusez-moi de vous déranger', 'je suis désolé',
    'je suis désolée', 'je m’excuse', 'veuillez m’excuser', 'je vous prie de m’excuser', 'navré de', 'navrée de',
    'je ne suis pas d’accord', 'je conteste votre décision', 'votre décision est injuste', 'c’est injuste', 'c’est inadmissible',
    'c’est une honte', 'c’est scandaleux', 'vous vous trompez', 'vous faites une erreur', 'vous auriez dû',
    'vous n’avez pas lu', 'vous n’avez pas compris', 'je suis déçu', 'je suis déçue', 'très déçu', 'très déçue',
    'profondément déçu', 'je ne comprends pas', 'comment est-ce possible', 'sans vouloir insister', 'je me permets de vous relancer',
    'je me permets d’insister', 'je relance', 'comme je vous l’ai déjà dit', 'pour rappel', 'je vous rappelle que',
    'n’hésitez pas', 'dans l’attente de votre retour', 'en espérant une réponse rapide', 'au plus vite', 'dans les plus brefs délais',
    'j’exige', 'je demande une explication', 'je mérite', 'je vaux mieux', 'c’est votre problème',
    'peu importe', 'ce n’est pas grave', 'de toute façon', 'à quoi bon', 'je m’en doutais',
    'évidemment', 'bien sûr que', 'sans surprise', 'encore une fois', 'une fois de plus',
  ];
  const prefixes = ['', 'vraiment ', 'franchement ', 'sincèrement ', 'honnêtement '];
  const out = [];
  for (const p of prefixes) for (const s of stems) out.push(p + s);
  return out;
}
