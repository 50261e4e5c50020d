// Files derived from the rule registry: the rules documentation, the
// settings schema of package.json, the `.boomerang.json` schema and the
// README's tables. `npm run sync` writes them; the metadata test fails when
// they are out of date.

import { CATEGORIES, RULE_SETTINGS, RULES, rulesDoc as rulePagesDoc, SEVERITY_WORDS, THRESHOLDS, USER_EXPRESSION_RULES } from '../src/core';
import { CONVENTIONS, type ConventionPart } from '../src/core/data/conventions';
import { EXAMPLES as CONVENTION_EXAMPLES } from '../src/core/data/conventions.examples';

/**
 * docs/regles.md: the rules documentation, as the editor and `boomerang explain`
 * show it (src/core/ruleDocs.ts), then the table of the letter conventions
 * recognised, made from their examples (kept out of the bundles).
 */
export function rulesDoc(): string {
  return rulePagesDoc() + conventionsDoc();
}

const PART_FR: Record<ConventionPart, string> = {
  greeting: 'Salutation',
  closing: 'Formule de fin',
  signature: 'Signature',
  trailer: 'Sous la signature',
  subject: 'Objet',
  reference: 'Références',
  'mail-header': 'En-tête de mail',
  address: 'Bloc d’adresse',
  'place-date': 'Lieu et date',
  quoted: 'Message d’origine',
  placeholder: 'Champ à remplir (signalé)',
  'not-placeholder': 'Pas un champ (laissé tel quel)',
  'not-shouting': 'Capitales qui ne crient pas',
};

/** The forms of a letter that Boomerang recognises, from src/core/data/conventions.ts and its examples. */
export function conventionsDoc(): string {
  let out = '\n## Conventions de lettre reconnues\n\n';
  out += 'Boomerang lit un brouillon comme un courrier ou un mail français. Avant la salutation, les blocs d’adresse, le lieu et la date, les références, l’objet et les en-têtes recopiés d’un client de messagerie forment l’en-tête du courrier ; après la formule de fin, la signature s’étend sur autant de lignes qu’il faut ; sous elle viennent le post-scriptum, les pièces jointes, « Envoyé de mon iPhone » et les mentions de confidentialité ; le message d’origine recopié sous la réponse n’est pas lu. ';
  out += 'La longueur ne compte que le corps (entre la salutation et la formule de fin), en rejoignant les lignes coupées par un client de messagerie ; le ton n’est relu que de la salutation à la signature.\n\n';
  out += 'Chaque forme a ses exemples à reconnaître et ses faux amis, vérifiés par les tests (src/core/data/conventions.examples.ts).\n\n';
  out += '| Partie | Forme | Reconnu | Pas reconnu |\n|---|---|---|---|\n';
  for (const c of CONVENTIONS) {
    const e = CONVENTION_EXAMPLES[c.id];
    const cell = (t: string | undefined) => (t === undefined ? '' : `« ${tableCell(t)} »`);
    out += `| ${PART_FR[c.part]} | ${tableCell(e?.label ?? c.id)} | ${cell(e?.recognise[0])} | ${cell(e?.notThis[0])} |\n`;
  }
  out += '\n### « (e) » et écriture inclusive\n\n';
  out += 'Un « (e) », un « ·e » ou un « .e » sur un mot singulier qui parle de l’auteur est un reste de modèle : « Je serais ravi(e) », « m’ait séduit·e » (un « je », « me » ou « moi » dans les huit mots qui précèdent, dans la même phrase), « Chargé(e) de mission » dans sa propre signature, et « Cher(e) » ou tout « (e) » dans la salutation. `champ-a-remplir` le signale et propose les deux formes.\n\n';
  out += 'L’écriture inclusive est un choix de l’auteur, laissé tel quel : sur un pluriel (« les lauréat·e·s », « candidat(e)s », « ravi.e.s ») et sur une autre personne que l’auteur (« au ou à la candidat·e retenu·e », un déterminant juste avant le mot). Une case à cocher Markdown (« - [ ] », « - [x] ») n’est pas un champ, ni une parenthèse ordinaire (« (voir pièce jointe) », « (CNRS) »).\n';
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
  props['boomerang.rules'].additionalProperties = { enum: [...RULE_SETTINGS] };
  const expression = (props['boomerang.expressions'] as ExpressionsSchema).items.anyOf[1].properties.rule;
  expression.enum = Object.keys(USER_EXPRESSION_RULES);
  const thresholds: Record<string, unknown> = {};
  for (const t of THRESHOLDS) {
    thresholds[t.key] = { type: 'integer', default: t.default, minimum: t.min, maximum: t.max, markdownDescription: `%${thresholdNlsKey(t.key)}%` };
  }
  props['boomerang.thresholds'].properties = thresholds;
  return copy;
}

// ---- README.md: the blocks between <!-- regles:debut --> … <!-- regles:fin -->
// and <!-- reglages:debut --> … <!-- reglages:fin -->.

/** Text made safe for one cell of a Markdown table: one line, no table or inline syntax. */
export function tableCell(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/\n+/g, ' ⏎ ');
}

/** A value of package.json, with `%key%` looked up in package.nls.json (the default, French strings). */
function localized(value: unknown, nls: Record<string, string>): string {
  if (typeof value !== 'string') return '';
  const m = /^%([^%]+)%$/.exec(value);
  if (!m) return value;
  const text = nls[m[1]];
  if (text === undefined) throw new Error(`package.nls.json has no key ${m[1]}`);
  return text;
}

/** The rules table of the README: id (linked to docs/regles.md, where its examples are), category, default severity, what it checks. */
export function readmeRules(): string {
  let out = '<!-- Généré par `npm run sync` à partir de src/core/registry.ts : ne pas modifier à la main. -->\n\n';
  out += '| Règle | Catégorie | Gravité par défaut | Ce qu’elle vérifie |\n|---|---|---|---|\n';
  for (const r of RULES) out += `| [\`${r.id}\`](docs/regles.md#${r.id}) | ${r.category} | ${SEVERITY_WORDS[r.severity]} | ${tableCell(r.description)} |\n`;
  return out;
}

function defaultCell(value: unknown): string {
  if (value === undefined) return '';
  if (value === '') return '(vide)';
  if (typeof value === 'number') return `\`${value}\``;
  if (typeof value === 'string') return `\`${value.replace(/\|/g, '\\|')}\``;
  return `\`${JSON.stringify(value).replace(/\|/g, '\\|')}\``;
}

/** A Markdown description (settings are `markdownDescription`) made fit for a table cell: keeps code spans and emphasis. */
function markdownCell(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ');
}

type Schema = Record<string, unknown> & { default?: unknown; description?: string; markdownDescription?: string; properties?: Record<string, Schema> };

/** The settings table of the README, from package.json's `contributes.configuration` (French text from package.nls.json). */
export function readmeSettings(pkg: { contributes: { configuration: { properties: Record<string, Schema> } } }, nls: Record<string, string>): string {
  const describe = (s: Schema) => localized(s.markdownDescription ?? s.description, nls);
  let out = '<!-- Généré par `npm run sync` à partir de package.json (contributes.configuration) : ne pas modifier à la main. -->\n\n';
  out += '| Réglage | Par défaut | Rôle |\n|---|---|---|\n';
  const nested: string[] = [];
  for (const [key, schema] of Object.entries(pkg.contributes.configuration.properties)) {
    out += `| \`${key}\` | ${defaultCell(schema.default)} | ${markdownCell(describe(schema))} |\n`;
    if (schema.properties) {
      let sub = `\n\`${key}\` accepte :\n\n| Clé | Par défaut | Rôle |\n|---|---|---|\n`;
      for (const [k, s] of Object.entries(schema.properties)) sub += `| \`${k}\` | ${defaultCell(s.default)} | ${markdownCell(describe(s))} |\n`;
      nested.push(sub);
    }
  }
  return out + nested.join('');
}

/** Replaces the text between `<!-- NAME:debut -->` and `<!-- NAME:fin -->`; fails when the markers are missing. */
export function replaceBlock(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:debut -->`;
  const end = `<!-- ${name}:fin -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end, i + start.length);
  if (i < 0 || j < 0) throw new Error(`README.md: markers ${start} … ${end} not found`);
  return `${text.slice(0, i + start.length)}\n${content}${text.slice(j)}`;
}

/** README.md with its generated blocks (rules, settings) brought up to date. */
export function syncReadme(readme: string, pkg: Parameters<typeof readmeSettings>[0], nls: Record<string, string>): string {
  return replaceBlock(replaceBlock(readme, 'regles', readmeRules()), 'reglages', readmeSettings(pkg, nls));
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

type ExpressionsSchema = { items: { anyOf: [Record<string, unknown>, { properties: { rule: { enum?: string[] } } }] } };

/**
 * The JSON schema of `.boomerang.json`: the same keys as the `boomerang.*`
 * settings they mirror (rules, thresholds, expressions, exceptions), from the
 * synced package.json, with the French text of package.nls.json in place of
 * `%key%` (a JSON schema outside the manifest cannot use them).
 */
export function configSchema(pkg: { contributes: { configuration: { properties: Record<string, Schema> } } }, nls: Record<string, string>): Record<string, unknown> {
  const props = pkg.contributes.configuration.properties;
  const french = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(french);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = (k === 'markdownDescription' || k === 'description') && typeof v === 'string' ? localized(v, nls) : french(v);
    return out;
  };
  // The file's keys have no default of their own: an absent key leaves the setting as it is.
  const setting = (key: string, description: string) => {
    const schema = french(props[`boomerang.${key}`]) as Record<string, unknown>;
    delete schema.default;
    return { ...schema, markdownDescription: description };
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Réglages Boomerang du dossier de travail (.boomerang.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      expressions: setting('expressions', 'Vos propres expressions à signaler.'),
      exceptions: setting('exceptions', 'Des phrases à ne jamais signaler : un constat de ton, de contestation ou de question situé dans l’une d’elles est ignoré (ex. « bonne chance quand même pour le marathon »).'),
      rules: setting('rules', 'Comme le réglage `boomerang.rules` ; le réglage l’emporte.'),
      thresholds: setting('thresholds', 'Comme le réglage `boomerang.thresholds` ; le réglage l’emporte.'),
    },
  };
}
