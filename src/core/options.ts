// Analysis options and their validation. Settings (editor), the CLI and tests
// all go through `resolveOptions`, which never throws: an invalid value gets
// one clear French message and its default is used.

import { CATEGORIES, SEVERITIES, type Category, type Severity } from './types';

export interface ThresholdSpec {
  key: string;
  default: number;
  min: number;
  max: number;
  /** French, for the settings UI and the docs. */
  description: string;
}

/** Every numeric threshold, with its bounds. package.json's settings are checked against this table. */
export const THRESHOLDS = [
  { key: 'maxLines', default: 8, min: 1, max: 500, description: 'Nombre maximal de lignes du message (le guide conseille 5 à 8).' },
  { key: 'lineWidth', default: 160, min: 20, max: 1000, description: 'Largeur d’une ligne de messagerie, en caractères : un paragraphe plus long compte pour plusieurs lignes.' },
  { key: 'maxWords', default: 180, min: 10, max: 10000, description: 'Nombre de mots au-delà duquel le message devient un pavé.' },
  { key: 'novelWords', default: 700, min: 10, max: 100000, description: 'Nombre de mots du « roman justificatif » (« personne ne lit 700 mots de défense »).' },
  { key: 'maxSentenceWords', default: 35, min: 5, max: 1000, description: 'Nombre de mots au-delà duquel une phrase est trop longue.' },
  { key: 'maxQuestions', default: 2, min: 0, max: 100, description: 'Nombre maximal de questions (le guide conseille 1 à 2 questions ciblées).' },
] as const satisfies readonly ThresholdSpec[];

export type ThresholdKey = (typeof THRESHOLDS)[number]['key'];
export type Thresholds = Record<ThresholdKey, number>;

/** A rule or category setting: off, on with its default severity, or on with another severity. */
export type RuleSetting = 'off' | 'on' | Severity;
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'on', ...SEVERITIES];

export interface AnalyzeOptions {
  /** Keys are rule ids or categories; a rule's own key wins over its category. */
  rules: Record<string, RuleSetting>;
  thresholds: Thresholds;
  /** The reference time for timing checks; defaults to now. */
  now?: Date;
  /** Texts longer than this many characters are not analysed (one information finding instead). */
  maxChars: number;
}

export const DEFAULT_MAX_CHARS = 2_000_000;

export function defaultOptions(): AnalyzeOptions {
  const thresholds = {} as Thresholds;
  for (const t of THRESHOLDS) thresholds[t.key] = t.default;
  return { rules: {}, thresholds, maxChars: DEFAULT_MAX_CHARS };
}

export interface ResolvedOptions {
  options: AnalyzeOptions;
  /** French messages, one per invalid value. */
  problems: string[];
}

/**
 * Validates raw settings (from VS Code, a JSON file or the command line).
 * `knownRules` are the rule ids of the registry.
 */
export function resolveOptions(raw: unknown, knownRules: ReadonlySet<string>, prefix = 'boomerang'): ResolvedOptions {
  const options = defaultOptions();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { options, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`Réglages ${prefix} : un objet est attendu ; réglages par défaut utilisés.`);
    return { options, problems };
  }
  const r = raw as Record<string, unknown>;

  const rules = r.rules;
  if (rules !== undefined && rules !== null) {
    if (typeof rules !== 'object' || Array.isArray(rules)) {
      problems.push(`${prefix}.rules : un objet { "règle ou catégorie": "off" | "warning" | "information" | "hint" } est attendu ; ignoré.`);
    } else {
      for (const [key, value] of Object.entries(rules as Record<string, unknown>)) {
        if (!knownRules.has(key) && !(CATEGORIES as readonly string[]).includes(key)) {
          problems.push(`${prefix}.rules : règle ou catégorie « ${key} » inconnue ; ignorée.`);
          continue;
        }
        const v = value === false ? 'off' : value === true ? 'on' : value;
        if (typeof v !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(v)) {
          problems.push(`${prefix}.rules.${key} : valeur ${JSON.stringify(value)} invalide (attendu off, on, warning, information ou hint) ; réglage par défaut utilisé.`);
          continue;
        }
        options.rules[key] = v as RuleSetting;
      }
    }
  }

  const thresholds = r.thresholds;
  if (thresholds !== undefined && thresholds !== null) {
    if (typeof thresholds !== 'object' || Array.isArray(thresholds)) {
      problems.push(`${prefix}.thresholds : un objet est attendu ; seuils par défaut utilisés.`);
    } else {
      const t = thresholds as Record<string, unknown>;
      for (const key of Object.keys(t)) {
        const spec = THRESHOLDS.find((s) => s.key === key);
        if (!spec) {
          problems.push(`${prefix}.thresholds.${key} : seuil inconnu ; ignoré.`);
          continue;
        }
        const v = t[key];
        if (typeof v !== 'number' || !Number.isInteger(v) || v < spec.min || v > spec.max) {
          problems.push(
            `${prefix}.thresholds.${key} : attendu un nombre entier de ${spec.min} à ${spec.max}, reçu ${JSON.stringify(v)} ; valeur par défaut (${spec.default}) utilisée.`,
          );
          continue;
        }
        options.thresholds[spec.key] = v;
      }
    }
  }

  if (r.maxChars !== undefined) {
    const v = r.maxChars;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1000 || v > 100_000_000) {
      problems.push(`${prefix}.maxChars : attendu un nombre entier de 1000 à 100000000 ; valeur par défaut (${DEFAULT_MAX_CHARS}) utilisée.`);
    } else options.maxChars = v;
  }
  return { options, problems };
}

/** The effective severity of a rule, or undefined when it is off. */
export function effectiveSeverity(
  rule: { id: string; category: Category; severity: Severity },
  settings: Record<string, RuleSetting>,
): Severity | undefined {
  const s = settings[rule.id] ?? settings[rule.category] ?? 'on';
  if (s === 'off') return undefined;
  return s === 'on' ? rule.severity : s;
}
