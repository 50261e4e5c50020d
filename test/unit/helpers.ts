import { analyze, defaultOptions, type AnalyzeOptions, type Finding } from '../../src/core';

/** Findings of one rule on a text. */
export function findingsOf(text: string, rule: string, options?: Partial<AnalyzeOptions>): Finding[] {
  return analyze(text, { ...defaultOptions(), ...options }).filter((f) => f.rule === rule);
}

/** A complete, good reply (the guide's job-application example, filled in). */
export const GOOD_MAIL = `---
canal: mail
destinataire: Mme Martin
---
Objet : Merci pour votre retour

Bonjour Madame Martin,

Merci pour votre retour et pour l’entretien du 4 mars. J’ai apprécié l’échange et je comprends votre choix actuel.
Si c’est possible, auriez-vous un ou deux retours concrets (compétences à renforcer, exemple manquant) ?
Je serais ravie de rester en contact si un poste proche s’ouvre.

Bonne journée,
Camille Durand – linkedin.com/in/camille-durand
`;

/** Applies a finding's fix to the text. */
export function applyFix(text: string, f: Finding, index = 0): string {
  const edits = [...f.fixes[index].edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
