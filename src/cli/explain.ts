// `boomerang explain [RÈGLE|CATÉGORIE]...`: a rule's documentation page in the
// terminal, from the same data as docs/regles.md (src/core/ruleDocs.ts).
// Exit codes: 0 pages printed, 2 unknown rule or usage error.

import { categoryRules, closeRuleIds, normalizeRuleName, rulePage, rulePages, RULES, SEVERITY_WORDS, type RulePage } from '../core';

export const EXPLAIN_USAGE = `Usage : boomerang explain [RÈGLE|CATÉGORIE]...

Affiche la documentation d’une règle (ce qu’elle vérifie, un exemple, le conseil du guide),
ou la liste des règles d’une catégorie ; sans argument, la liste de toutes les règles.
  boomerang explain ton-agressif
  boomerang explain ton`;

/** package.json's `repository`, written into dist/cli.js by scripts/build.mjs (absent in tests). */
declare const REPOSITORY: unknown;

/**
 * The online page of a rule when package.json names a GitHub repository (the
 * project's own), else undefined: the command line never prints a URL the
 * project does not control. Accepts npm's forms: `owner/name`, `github:owner/name`,
 * `https://github.com/owner/name(.git)`, `git+https://…`, `git@github.com:owner/name.git`,
 * or `{ url, directory }`.
 */
export function onlineDocs(repository: unknown, rule?: string): string | undefined {
  let url: unknown = repository;
  let directory = '';
  if (repository && typeof repository === 'object') {
    const r = repository as { url?: unknown; directory?: unknown };
    url = r.url;
    if (typeof r.directory === 'string') directory = r.directory.replace(/^\/+|\/+$/g, '');
  }
  if (typeof url !== 'string') return undefined;
  const m =
    /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(url.trim()) ??
    /^(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url.trim()) ??
    /^git@github\.com:([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url.trim());
  if (!m || directory.split('/').some((part) => part === '..')) return undefined;
  const name = m[2].replace(/\.git$/, '');
  const base = `https://github.com/${m[1]}/${name}/blob/HEAD/${directory ? `${directory}/` : ''}docs/regles.md`;
  return rule ? `${base}#${rule}` : base;
}

function repository(): unknown {
  return typeof REPOSITORY === 'undefined' ? undefined : REPOSITORY;
}

/**
 * The closing line of `check --format report` when there are findings: how to
 * read a rule's page (« boomerang explain <règle> », and the project's online
 * page once package.json names its repository).
 */
export function explainHint(rules: readonly string[]): string {
  if (rules.length === 0) return '';
  const online = onlineDocs(repository());
  return `Le détail d’une règle : boomerang explain <règle>, par exemple « boomerang explain ${rules[0]} »${online ? ` ; en ligne : ${online}` : ''}.\n`;
}

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((l) => (l === '' ? l : by + l))
    .join('\n');

/** A rule's page as terminal text. */
export function formatRulePage(p: RulePage, bold: (s: string) => string = (s) => s): string {
  let out = `${bold(p.id)}\nCatégorie : ${p.category} · gravité par défaut : ${SEVERITY_WORDS[p.severity]}\n`;
  out += `Liste récapitulative : ${p.recap.join(' ; ')}\nBloque l’envoi : ${p.blocking}\n`;
  if (p.expressions) out += `Vos expressions : ${p.expressions.map((e) => `"rule": "${e}"`).join(' ou ')}\n`;
  out += `\n${p.description}\n`;
  for (const d of p.workspace ?? []) out += `\nDans le même dossier, ${d.file} :\n${indent(d.text, '    ')}\n`;
  out += `\nExemple signalé :\n${indent(p.example, '    ')}\n\nContre-exemple, non signalé :\n${indent(p.counterExample, '    ')}\n`;
  if (p.advice) {
    out += `\nConseil du guide — ${p.advice.title} :\n`;
    for (const line of p.advice.lines) out += `  - ${line}\n`;
  }
  const online = onlineDocs(repository(), p.id);
  if (online) out += `\nEn ligne : ${online}\n`;
  return out;
}

function ruleList(pages: readonly RulePage[], withCategory: boolean): string {
  const width = Math.max(...pages.map((p) => p.id.length));
  const categoryWidth = Math.max(...pages.map((p) => p.category.length));
  return pages.map((p) => `  ${p.id.padEnd(width)}  ${withCategory ? `${p.category.padEnd(categoryWidth)}  ` : ''}${p.description}\n`).join('');
}

interface Output {
  write(s: string): unknown;
}

export function explain(args: readonly string[], out: Output = process.stdout, err: Output = process.stderr, color = false): number {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s);
  if (args.includes('--help') || args.includes('-h')) {
    out.write(`${EXPLAIN_USAGE}\n`);
    return 0;
  }
  const option = args.find((a) => a.startsWith('-'));
  if (option) {
    err.write(`boomerang : option inconnue « ${option} ».\n\n${EXPLAIN_USAGE}\n`);
    return 2;
  }
  if (args.length === 0) {
    out.write(`Les ${RULES.length} règles de Boomerang (boomerang explain RÈGLE pour le détail) :\n\n${ruleList(rulePages(), true)}`);
    return 0;
  }
  let code = 0;
  const pages: string[] = [];
  for (const arg of args) {
    const page = rulePage(normalizeRuleName(arg));
    const inCategory = page ? undefined : categoryRules(arg);
    if (page) pages.push(formatRulePage(page, bold));
    else if (inCategory) pages.push(`${bold(`Catégorie ${normalizeRuleName(arg)}`)} (boomerang explain RÈGLE pour le détail) :\n\n${ruleList(inCategory, false)}`);
    else {
      code = 2;
      const close = closeRuleIds(arg);
      // What the user typed goes back to the terminal: no control characters (escape sequences).
      // eslint-disable-next-line no-control-regex
      const typed = arg.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\uFFFD');
      const shown = typed.length > 60 ? `${typed.slice(0, 60)}…` : typed;
      err.write(
        close.length > 0
          ? `boomerang : règle inconnue « ${shown} ». Règles proches : ${close.join(', ')}.\n`
          : `boomerang : règle inconnue « ${shown} ». Lancez « boomerang explain » pour la liste des règles.\n`,
      );
    }
  }
  if (pages.length > 0) out.write(pages.join('\n'));
  return code;
}
