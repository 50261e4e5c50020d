// Greetings and closing formulas that mark the parts of a reply. Data only:
// each entry is a phrase (see `phraseSource` for the notation) with a note.

export interface FormulaEntry {
  forms: readonly string[];
  note: string;
}

/** How a message may open. Matched at the start of the first line after the subject. */
export const GREETINGS: readonly FormulaEntry[] = [
  { forms: ['bonjour', 'bonsoir'], note: 'Ouverture standard, adaptée à tous les canaux.' },
  { forms: ['madame', 'monsieur', 'mesdames', 'messieurs', 'madame, monsieur'], note: 'Ouverture formelle (appel d’offres, administration).' },
  { forms: ['cher', 'chère', 'chers', 'chères'], note: '« Cher Monsieur », « Chère Léa » : ouverture chaleureuse.' },
  { forms: ['hello', 'salut', 'coucou', 'allô'], note: 'Ouverture familière, réservée au tutoiement.' },
  { forms: ["à l'attention de"], note: 'En-tête de courrier formel.' },
];

/** Closing formulas. The signature follows them, on the same line or below. */
export const CLOSINGS: readonly FormulaEntry[] = [
  { forms: ['bien cordialement', 'très cordialement', 'cordialement'], note: 'La formule la plus courante, sobre.' },
  { forms: ['bien à vous', 'bien à toi'], note: 'Sobre, un peu plus personnel.' },
  { forms: ['bonne journée', 'belle journée', 'bonne fin de journée', 'bonne soirée', 'bonne semaine', 'belle semaine', 'bon week-end'], note: 'Formule de fin chaleureuse, comme dans les exemples du guide.' },
  { forms: ['au plaisir', 'au plaisir de vous relire', 'au plaisir de rester en contact', 'au plaisir d’échanger'], note: 'Garde la porte ouverte.' },
  { forms: ['à bientôt', 'à très vite', 'à très bientôt'], note: 'Familier ou amical.' },
  { forms: ['sincères salutations', 'meilleures salutations', 'salutations distinguées', 'salutations', 'sincèrement', 'respectueusement'], note: 'Formules de politesse classiques.' },
  { forms: ["veuillez agréer", "je vous prie d'agréer", "je vous prie de croire"], note: 'Formule de courrier formel.' },
  { forms: ['amicalement', 'bien amicalement', 'amitiés', 'belle continuation', 'bonne continuation'], note: 'Ton amical ; « bonne continuation » seule est sincère.' },
  { forms: ['merci encore', 'encore merci', 'avec mes remerciements', 'avec tous mes remerciements', 'merci pour votre temps', 'merci de votre temps'], note: 'Un remerciement qui sert de formule de fin.' },
];
