// Category `modele`: placeholders of a template left unfilled. The recipient
// would read « Bonjour [Nom], » as it is.

import type { RuleDefinition } from '../rule';
import type { Fix } from '../types';

/**
 * Placeholder shapes, matched on the prose (comments, code and quotes are
 * blanked). A Markdown link `[texte](url)` or reference `[texte][ref]` is not a
 * placeholder. The prose is folded (lower case, no accents), so the patterns
 * need no `i` flag; lookbehinds come after the first characters, so that the
 * engine can skip ahead to them. Both keep the patterns fast on long texts.
 */
export const PLACEHOLDERS: readonly { re: RegExp; note: string }[] = [
  { re: /(?<!\])\[[^[\]\n]{1,60}\](?![([:])/g, note: 'Champ entre crochets, comme dans les modèles du guide : [Nom], [date], [X].' },
  { re: /(?:x(?<![\p{L}\p{N}]x)x{2,}|_(?<![\p{L}\p{N}]_)_{2,})(?![\p{L}\p{N}])/gu, note: 'XXX ou ___ : un blanc à remplir.' },
  { re: /(?:…|\.{3})(?<=(?:^|\s)(?:…|\.{3}))(?=[\s,;:)]|$)/gmu, note: '« … » seul entre deux espaces : un blanc à remplir.' },
  { re: /\(a (?:completer|remplir|preciser|adapter|personnaliser)\)/g, note: '(à compléter) et ses variantes.' },
  { re: /(?:todo|tbd|a completer)(?<![\p{L}\p{N}](?:todo|tbd|a completer))(?![\p{L}\p{N}])/gu, note: 'TODO, TBD, À COMPLÉTER écrits en toutes lettres.' },
  { re: /\{\{[^{}\n]{1,60}\}\}|<(?:nom|prenom|date|entreprise|poste)>/g, note: 'Variables de publipostage {{nom}} ou <nom>.' },
];

export const champARemplir: RuleDefinition = {
  id: 'champ-a-remplir',
  category: 'modele',
  severity: 'warning',
  description: 'Un champ du modèle n’a pas été rempli ([Nom], [date], XXX, « … », (à compléter)).',
  tip: 'modele',
  recap: { rows: [6], why: 'Un champ [Nom] envoyé tel quel est l’embrouille la plus visible (réflexes à adopter avant l’envoi).' },
  blocks: { why: 'Un champ [Nom] ou [date] envoyé tel quel se voit tout de suite.' },
  example: 'Bonjour [Nom],\nMerci pour votre retour et pour l’entretien du [date].',
  counterExample: 'Bonjour Madame Martin,\nMerci pour votre retour et pour l’entretien du 4 mars (voir [le compte rendu](https://exemple.fr/cr)).',
  *check(draft) {
    const found: { start: number; end: number }[] = [];
    const name = draft.meta.recipient;
    for (const { re } of PLACEHOLDERS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(draft.prose)) !== null) {
        const start = m.index;
        const end = start + m[0].length;
        if (found.some((f) => f.start < end && start < f.end)) continue;
        // A Markdown task list checkbox « - [ ] » or « - [x] » is not a placeholder.
        if (/^\[[ x]\]$/i.test(m[0]) && /^\s*(?:[-*+]|\d+[.)])\s+$/.test(draft.prose.slice(draft.prose.lastIndexOf('\n', start) + 1, start))) continue;
        found.push({ start, end });
        const original = draft.text.slice(start, end);
        const fixes: Fix[] = [];
        if (name && /^\[(?:nom|nom du destinataire|destinataire|madame\/monsieur)\]$/i.test(original)) {
          fixes.push({ title: `Remplacer par « ${name} » (destinataire de l’en-tête)`, edits: [{ start, end, newText: name }], preferred: true });
        }
        yield {
          start,
          end,
          message: `Champ à remplir : « ${original} ». Le destinataire le lirait tel quel.`,
          fixes,
        };
      }
    }
  },
};

export const modeleRules: readonly RuleDefinition[] = [champARemplir];
