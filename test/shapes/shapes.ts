// Generated inputs that have made (or could make) an analysis grow faster than
// the text: every rule's trigger repeated, pathological whitespace, long tokens,
// nested brackets, every line-break style, and the shapes of issue 17. Shared by
// the shape bench (bench/shapes.mjs, `npm run bench`) and the unit guard
// (test/unit/shapes.test.ts). A shape is a short unit repeated up to a size,
// between an optional head and tail.

export interface Shape {
  name: string;
  /** Written once at the top (front matter, greeting). */
  head?: string;
  /** Repeated until the text reaches the size. */
  unit: string;
  /** Written once at the end. */
  tail?: string;
  /** Settings for this shape (user phrases), raw as in `.boomerang.json`. */
  settings?: Record<string, unknown>;
}

const GREETING = 'Bonjour Madame Martin,\n\n';
const CLOSING = '\n\nBien cordialement,\nCamille Durand\ncamille.durand@example.fr\n';
const FM = '---\ncanal: mail\ndestinataire: Mme Martin\nrefus_recu: 2026-03-09 10:00\nenvoi_prevu: 2026-03-10 14:00\n---\n';

/** The shapes, in the order the bench prints them. */
export const SHAPES: readonly Shape[] = [
  // The wording rules' triggers, repeated.
  { name: 'bonne chance quand même', head: GREETING, unit: 'Bonne chance quand même. ', tail: CLOSING },
  { name: 'désolé', head: GREETING, unit: 'Désolé. ', tail: CLOSING },
  { name: 'avez-vous des retours ?', head: GREETING, unit: 'Avez-vous des retours ? ', tail: CLOSING },
  { name: 'capitales criées', head: GREETING, unit: 'VOUS ETES NULS. ', tail: CLOSING },
  { name: 'capitales ?!', head: GREETING, unit: 'VOUS N’AVEZ MÊME PAS LU MON DOSSIER ?! ', tail: CLOSING },
  { name: 'ton agressif', head: GREETING, unit: 'C’est honteux : vous n’avez même pas lu mon dossier. ', tail: CLOSING },
  { name: 'drame', head: GREETING, unit: 'Après tout ce que j’ai investi, votre décision est injuste. ', tail: CLOSING },
  { name: 'contestation', head: GREETING, unit: 'Je ne suis pas d’accord avec votre décision : je suis le meilleur candidat. ', tail: CLOSING },
  { name: 'questions en rafale', head: GREETING, unit: 'Pourquoi ? Qui a été retenu ? Sur quels critères ? ', tail: CLOSING },
  { name: 'a? répété', head: GREETING, unit: 'a?', tail: CLOSING },
  { name: 'multicanal', head: GREETING, unit: 'Je vous ai aussi écrit sur LinkedIn et laissé un message vocal. ', tail: CLOSING },
  { name: 'relance', head: GREETING, unit: 'Sans réponse de votre part à mon précédent mail, je me permets de vous relancer. ', tail: CLOSING },
  { name: 'phrase longue sans point', head: GREETING, unit: 'je reste disponible et ', tail: CLOSING },
  // One long question of alternatives after « est-ce » (the first inverted subject is looked for once per sentence).
  { name: '« ou est-ce » en rafale', head: GREETING + 'Le test était éliminatoire', unit: ', ou est ce le prix', tail: ' ?' + CLOSING },
  { name: 'paragraphes courts', head: GREETING, unit: 'Merci pour votre retour.\n\n', tail: CLOSING },
  // Scopes: a negation, a supposition or reported speech repeated in one clause (each used to mark to the clause's end).
  { name: 'sans répété', head: GREETING, unit: 'sans ', tail: CLOSING },
  { name: 'ne pas répété', head: GREETING, unit: 'ne pas ', tail: CLOSING },
  { name: 'si vous répété', head: GREETING, unit: 'si vous ', tail: CLOSING },
  { name: 'vous dites que répété', head: GREETING, unit: 'vous dites que ', tail: CLOSING },
  { name: 'selon vous répété', head: GREETING, unit: 'selon vous ', tail: CLOSING },
  // Templates and placeholders.
  { name: '[Nom] répété', head: GREETING, unit: 'Merci [Nom]. ', tail: CLOSING },
  { name: 'XXX répété', head: GREETING, unit: 'XXX ', tail: CLOSING },
  { name: 'points de suspension espacés', head: GREETING, unit: ' … ', tail: CLOSING },
  { name: '[[a]] répété', head: GREETING, unit: '[[a]]', tail: CLOSING },
  { name: '{{nom}} répété', head: GREETING, unit: '{{nom}} ', tail: CLOSING },
  { name: 'crochets imbriqués ouverts', head: GREETING, unit: '[', tail: CLOSING },
  { name: 'crochets imbriqués', head: GREETING, unit: '[[[[[[[[a]]]]]]]] ', tail: CLOSING },
  { name: 'parenthèses ouvertes', head: GREETING, unit: '(', tail: CLOSING },
  { name: 'accolades ouvertes', head: GREETING, unit: '{', tail: CLOSING },
  { name: 'guillemets ouverts', head: GREETING, unit: '« ', tail: CLOSING },
  { name: 'chevrons ouverts', head: GREETING, unit: '<', tail: CLOSING },
  // Structure: subject, greeting, closing, signature.
  { name: 'objet suivi d’espaces', unit: ' ', head: 'Objet :', tail: `\n${GREETING}Merci.${CLOSING}` },
  { name: 'lignes Objet répétées', unit: 'Objet : merci\n', tail: CLOSING },
  { name: 'salutations répétées', unit: 'Bonjour Madame,\n', tail: CLOSING },
  { name: 'formules de fin répétées', head: GREETING, unit: 'Bien cordialement,\n' },
  { name: 'signature de lettres sans @', head: `${GREETING}Merci.\n\nBien cordialement,\n`, unit: 'abcdefghij' },
  { name: 'signature a@a@a', head: `${GREETING}Merci.\n\nBien cordialement,\n`, unit: 'a@' },
  { name: 'adresses électroniques', head: GREETING, unit: 'camille.durand@example.fr ', tail: CLOSING },
  { name: 'liens', head: GREETING, unit: 'https://example.fr/a?b=c ', tail: CLOSING },
  // Front matter, directives, masked text.
  { name: 'valeur d’en-tête suivie d’espaces', head: '---\ndestinataire: Mme Martin', unit: ' ', tail: `x\n---\n${GREETING}Merci.${CLOSING}` },
  { name: 'clé d’en-tête suivie d’espaces', head: '---\ndestinataire', unit: ' ', tail: `\n---\n${GREETING}Merci.${CLOSING}` },
  { name: 'en-tête non fermé', head: '---\n', unit: 'canal: mail\n', tail: CLOSING },
  { name: 'paires disable/enable', head: GREETING, unit: '<!-- boomerang-disable multicanal --> Je vous ai écrit sur LinkedIn. <!-- boomerang-enable multicanal -->\n', tail: CLOSING },
  { name: 'paires disable/enable autour d’excuses', head: GREETING, unit: '<!-- boomerang-disable ton --> Désolé. <!-- boomerang-enable ton -->\n', tail: CLOSING },
  { name: 'disable-next-line', head: GREETING, unit: '<!-- boomerang-disable-next-line -->\nDésolé.\n', tail: CLOSING },
  { name: 'directive non fermée', head: `${GREETING}<!-- boomerang-disable`, unit: ' ', tail: CLOSING },
  { name: 'commentaires HTML', head: GREETING, unit: 'Merci <!-- note --> pour tout. ', tail: CLOSING },
  { name: 'commentaire non fermé', head: `${GREETING}<!--`, unit: 'Désolé. ', tail: CLOSING },
  { name: 'citations', head: GREETING, unit: '> Nous avons retenu un autre candidat.\n', tail: CLOSING },
  { name: 'blocs de code non fermés', head: `${GREETING}\`\`\`\n`, unit: 'Désolé.\n', tail: CLOSING },
  { name: 'code en ligne', head: GREETING, unit: '`a` ', tail: CLOSING },
  // Whitespace and line breaks.
  { name: 'première ligne d’espaces', unit: ' ', tail: `\n${GREETING}Désolé.${CLOSING}` },
  { name: 'première ligne d’espaces puis un mot', unit: ' ', tail: `x\n${GREETING}Merci.${CLOSING}` },
  { name: 'espaces', head: `${GREETING}Merci`, unit: ' ', tail: `pour tout.${CLOSING}` },
  { name: 'tabulations', head: `${GREETING}Merci`, unit: '\t', tail: `pour tout.${CLOSING}` },
  { name: 'espaces insécables', head: `${GREETING}Merci`, unit: '\u00a0\u202f', tail: `pour tout.${CLOSING}` },
  { name: 'lignes vides', head: GREETING, unit: '\n', tail: CLOSING },
  { name: 'fins de ligne CRLF', head: GREETING.replace(/\n/g, '\r\n'), unit: 'Je vous ai écrit sur LinkedIn. Pourquoi ?\r\n', tail: CLOSING.replace(/\n/g, '\r\n') },
  { name: 'fins de ligne CR', head: GREETING.replace(/\n/g, '\r'), unit: 'Je vous ai écrit sur LinkedIn. Pourquoi ?\r', tail: CLOSING.replace(/\n/g, '\r') },
  { name: 'fins de ligne mêlées', head: GREETING, unit: 'Je vous ai écrit sur LinkedIn.\r\nMerci.\rPourquoi ?\n\u2028', tail: CLOSING },
  { name: 'fins de ligne CR avec excuses', head: GREETING.replace(/\n/g, '\r'), unit: 'Désolé, avez-vous des retours ?\r', tail: CLOSING.replace(/\n/g, '\r') },
  { name: 'CR répétés', head: GREETING, unit: '\r', tail: CLOSING },
  // Long tokens and punctuation runs.
  { name: 'un seul mot', head: GREETING, unit: 'a', tail: CLOSING },
  { name: 'mot à traits d’union', head: GREETING, unit: 'a-', tail: CLOSING },
  { name: 'apostrophes', head: GREETING, unit: 'l’', tail: CLOSING },
  { name: 'points d’exclamation', head: GREETING, unit: '!', tail: CLOSING },
  { name: 'points d’interrogation', head: GREETING, unit: '?', tail: CLOSING },
  { name: 'points', head: GREETING, unit: '.', tail: CLOSING },
  { name: 'tirets', head: GREETING, unit: '-', tail: CLOSING },
  { name: 'emoji', head: GREETING, unit: '🙂', tail: CLOSING },
  { name: 'brouillon ordinaire', head: FM + GREETING, unit: 'Merci pour votre retour et pour le temps consacré à ma candidature. Je reste disponible pour un échange. ', tail: CLOSING },
];

/**
 * User phrases built from every character of the phrase notation (`[e]`,
 * `{a|b}`, `-`, `'`, `…`, spaces) and the characters a regular expression
 * would treat specially, each run on one adversarial 100 KB draft.
 */
export const PHRASES: readonly string[] = [
  'merci - vraiment',
  'merci - - vraiment',
  `b${'[a]'.repeat(28)}`,
  'merci … vraiment',
  'merci … … … vraiment',
  '{a|b|} {c|} {|d}',
  'l’ l’ l’ autre',
  "a ' ' ' b",
  'désolé[e][s] de vous déranger',
  '[',
  ']]',
  '{',
  '}|{',
  '.*+?^${}()|\\/',
  '- - - - - -',
  '… … … …',
  `${'a '.repeat(60)}b`,
];

/** A 100 KB draft built to make phrase matching backtrack: long whitespace runs (an HTML comment), letter runs, separators. */
export function adversarialPhraseDraft(chars: number): string {
  const comment = `<!--${' '.repeat(2000)}-->`;
  const unit = `Merci ${comment} pour tout. merci - - - vraiment ${'a'.repeat(40)}z b${'a'.repeat(30)}z l' ' ' autre … … … { | } [ ] \n`;
  return build({ name: 'phrases', head: GREETING, unit, tail: CLOSING }, chars);
}

/** The shape's text at (about) `chars` characters: head, whole units, tail. */
export function build(shape: Shape, chars: number): string {
  const head = shape.head ?? '';
  const tail = shape.tail ?? '';
  const room = Math.max(0, chars - head.length - tail.length);
  const count = Math.max(1, Math.ceil(room / shape.unit.length));
  return head + shape.unit.repeat(count) + tail;
}
