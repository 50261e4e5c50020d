// Each rule's documentation page, from the registry and the guide's tips: one
// source for docs/regles.md (`npm run sync`), the page the editor opens from a
// rule link, and `boomerang explain <règle>` in the terminal.

import { getRule, RULES } from './registry';
import type { ExampleDraft, RuleDefinition } from './rule';
import { fold } from './text';
import { getTip, RECAP } from './tips';
import { CATEGORIES, type Category, type Severity } from './types';

/** A default severity as the documentation writes it. */
export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = {
  warning: 'avertissement',
  information: 'information',
  hint: 'suggestion',
};

export interface RulePage {
  id: string;
  category: Category;
  severity: Severity;
  /** What the rule checks, one French sentence. */
  description: string;
  /** The rows of the guide's « Liste récapitulative » the rule feeds, as « 6. « Anti-embrouilles. » ». */
  recap: readonly string[];
  /** Whether its warnings block the draft (« À ne pas envoyer tel quel »), and why, in French. */
  blocking: string;
  /** The `"rule"` values of user expressions it reports (its id, and its category when it stands for it). */
  expressions?: readonly string[];
  /** For checks across drafts: the other drafts of the workspace, for both examples. */
  workspace?: readonly ExampleDraft[];
  /** A draft excerpt that triggers the rule. */
  example: string;
  /** A near miss that does not trigger it. */
  counterExample: string;
  /** The guide's advice behind the rule. */
  advice?: { title: string; lines: readonly string[] };
}

function blockingText(r: RuleDefinition): string {
  if (!r.blocks) return 'non (au plus « À retravailler »)';
  const which = r.blocks.tips ? ` (seulement : ${r.blocks.tips.map((t) => getTip(t)?.title ?? t).join(', ')})` : '';
  return `oui, ses avertissements rendent le brouillon « À ne pas envoyer tel quel »${which} — ${r.blocks.why}`;
}

function pageOf(r: RuleDefinition): RulePage {
  const tip = getTip(r.tip);
  return {
    id: r.id,
    category: r.category,
    severity: r.severity,
    description: r.description,
    recap: r.recap.rows.map((n) => `${n}. ${RECAP[n].meme}`),
    blocking: blockingText(r),
    expressions: r.expressions ? (r.expressions === 'main' ? [r.id, r.category] : [r.id]) : undefined,
    workspace: r.workspace?.length ? r.workspace : undefined,
    example: r.example,
    counterExample: r.counterExample,
    advice: tip ? { title: tip.title, lines: tip.advice } : undefined,
  };
}

/** The page of a rule, or undefined for an unknown id. */
export function rulePage(id: string): RulePage | undefined {
  const r = getRule(id);
  return r ? pageOf(r) : undefined;
}

/** The pages of every rule, in the registry's order. */
export function rulePages(): RulePage[] {
  return RULES.map(pageOf);
}

/** The Markdown heading of a rule's section: its id, so that the section's anchor is `#<id>`. */
export function ruleHeading(id: string): string {
  return `## ${id}`;
}

/** A block of example text; the fence is longer than any run of backticks inside. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}\n`;
}

/** The whole documentation, as docs/regles.md holds it. */
export function rulesDoc(): string {
  const pages = rulePages();
  let out = '# Règles de Boomerang\n\n';
  out += '<!-- Généré par `npm run sync` à partir de src/core/registry.ts : ne pas modifier à la main. -->\n\n';
  out += 'Chaque règle a un identifiant (pour les réglages `boomerang.rules` et les commentaires `<!-- boomerang-disable … -->`), une catégorie et une gravité par défaut.\n\n';
  out += '| Règle | Catégorie | Gravité | Ce qu’elle vérifie |\n|---|---|---|---|\n';
  for (const p of pages) out += `| [\`${p.id}\`](#${p.id}) | ${p.category} | ${SEVERITY_WORDS[p.severity]} | ${p.description} |\n`;
  for (const p of pages) {
    out += `\n${ruleHeading(p.id)}\n\n`;
    out += `- Catégorie : \`${p.category}\`\n- Gravité par défaut : ${SEVERITY_WORDS[p.severity]}\n`;
    out += `- Liste récapitulative : ${p.recap.join(' ; ')}\n`;
    out += `- Bloque l’envoi : ${p.blocking}\n`;
    if (p.expressions) out += `- Vos expressions : ${p.expressions.map((e) => `\`"rule": "${e}"\``).join(' ou ')}\n`;
    out += `\n${p.description}\n\n`;
    for (const d of p.workspace ?? []) out += `Dans le même dossier, \`${d.file}\` :\n\n${fenced(d.text)}\n`;
    out += `Exemple signalé :\n\n${fenced(p.example)}\n`;
    out += `Contre-exemple, non signalé :\n\n${fenced(p.counterExample)}`;
    if (p.advice) {
      out += `\nConseil du guide — ${p.advice.title} :\n\n`;
      for (const line of p.advice.lines) out += `- ${line}\n`;
    }
  }
  return out;
}

/** A typed rule name as an id: case, accents, spaces and underscores do not count (« Ton agressif » → ton-agressif). */
export function normalizeRuleName(input: string): string {
  return fold(input.slice(0, 200).trim())
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');
}

/** The rules of a category, when `name` is one. */
export function categoryRules(name: string): RulePage[] | undefined {
  const id = normalizeRuleName(name);
  if (!(CATEGORIES as readonly string[]).includes(id)) return undefined;
  return rulePages().filter((p) => p.category === id);
}

/**
 * The rule ids closest to a mistyped name, closest first: those within a few
 * edits (a third of the length, at least 2), and those that contain it or that
 * it contains. Linear in the number of rules; the name is cut at 64 characters.
 */
export function closeRuleIds(name: string, limit = 3): string[] {
  const typed = normalizeRuleName(name).slice(0, 64);
  if (typed === '') return [];
  const scored: { id: string; score: number }[] = [];
  for (const r of RULES) {
    const distance = editDistance(typed, r.id);
    const contains = typed.length >= 3 && (r.id.includes(typed) || typed.includes(r.id));
    if (distance <= Math.max(2, Math.floor(r.id.length / 3)) || contains) scored.push({ id: r.id, score: contains ? Math.min(distance, 1) : distance });
  }
  scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  return scored.slice(0, limit).map((s) => s.id);
}

/** Optimal string alignment distance (insertions, deletions, substitutions, swaps of neighbours). */
function editDistance(a: string, b: string): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}
