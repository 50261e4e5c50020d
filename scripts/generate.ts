// Files derived from the rule registry: the rules documentation and the
// settings schema of package.json. `npm run sync` writes them; the metadata
// test fails when they are out of date.

import { CATEGORIES, getTip, RULES, THRESHOLDS } from '../src/core';

const SEVERITY_FR = { warning: 'avertissement', information: 'information', hint: 'suggestion' } as const;

export function rulesDoc(): string {
  let out = '# Règles de Boomerang\n\n';
  out += '<!-- Généré par `npm run sync` à partir de src/core/registry.ts : ne pas modifier à la main. -->\n\n';
  out += 'Chaque règle a un identifiant (pour les réglages `boomerang.rules` et les commentaires `<!-- boomerang-disable … -->`), une catégorie et une gravité par défaut.\n\n';
  out += '| Règle | Catégorie | Gravité | Ce qu’elle vérifie |\n|---|---|---|---|\n';
  for (const r of RULES) out += `| [\`${r.id}\`](#${r.id}) | ${r.category} | ${SEVERITY_FR[r.severity]} | ${r.description} |\n`;
  for (const r of RULES) {
    const tip = getTip(r.tip);
    out += `\n## ${r.id}\n\n`;
    out += `- Catégorie : \`${r.category}\`\n- Gravité par défaut : ${SEVERITY_FR[r.severity]}\n\n${r.description}\n\n`;
    out += `Exemple :\n\n\`\`\`text\n${r.example}\n\`\`\`\n`;
    if (tip) {
      out += `\nConseil du guide — ${tip.titre} :\n\n`;
      for (const f of tip.faire) out += `- ${f}\n`;
    }
  }
  return out;
}

interface Manifest {
  contributes: { configuration: { properties: Record<string, Record<string, unknown>> } };
}

/** package.json with its `boomerang.rules` and `boomerang.thresholds` schema derived from the core. */
export function syncManifest<T extends Manifest>(pkg: T): T {
  const copy = JSON.parse(JSON.stringify(pkg)) as T;
  const props = copy.contributes.configuration.properties;
  props['boomerang.rules'].propertyNames = { enum: [...RULES.map((r) => r.id), ...CATEGORIES] };
  const thresholds: Record<string, unknown> = {};
  for (const t of THRESHOLDS) {
    thresholds[t.key] = { type: 'integer', default: t.default, minimum: t.min, maximum: t.max, markdownDescription: `%${thresholdNlsKey(t.key)}%` };
  }
  props['boomerang.thresholds'].properties = thresholds;
  return copy;
}

/** The package.nls key of a threshold's description (its French text lives in src/core/options.ts). */
export function thresholdNlsKey(key: string): string {
  return `configuration.thresholds.${key}.description`;
}

/**
 * package.nls.json (the French manifest strings) with the threshold descriptions
 * taken from the core; stale threshold keys are dropped, other keys are kept in order.
 */
export function syncNls(nls: Record<string, string>): Record<string, string> {
  const wanted = new Map<string, string>(THRESHOLDS.map((t) => [thresholdNlsKey(t.key), t.description]));
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(nls)) {
    if (/^configuration\.thresholds\.[^.]+\.description$/.test(k) && !wanted.has(k)) continue;
    out[k] = wanted.get(k) ?? v;
    wanted.delete(k);
  }
  for (const [k, v] of wanted) out[k] = v;
  return out;
}
