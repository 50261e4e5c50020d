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
  { key: 'maxLines', default: 8, min: 1, max: 500, description: 'Nombre maximal de lignes du corps du message, entre la salutation et la formule de fin (le guide conseille 5 à 8 lignes en tout).' },
  { key: 'lineWidth', default: 130, min: 20, max: 1000, description: 'Largeur d’une ligne de messagerie, en caractères : un paragraphe plus long compte pour plusieurs lignes.' },
  { key: 'maxWords', default: 135, min: 10, max: 10000, description: 'Nombre de mots au-delà duquel le message devient un pavé.' },
  { key: 'novelWords', default: 700, min: 10, max: 100000, description: 'Nombre de mots du « roman justificatif » (« personne ne lit 700 mots de défense »).' },
  { key: 'maxSentenceWords', default: 35, min: 5, max: 1000, description: 'Nombre de mots au-delà duquel une phrase est trop longue.' },
  { key: 'maxQuestions', default: 2, min: 0, max: 100, description: 'Nombre maximal de questions (le guide conseille 1 à 2 questions ciblées).' },
  { key: 'channelWindowDays', default: 7, min: 1, max: 365, description: 'Fenêtre, en jours, dans laquelle écrire à une même personne par deux canaux différents (mail, LinkedIn, SMS…) fait pression.' },
  { key: 'followUpDays', default: 7, min: 0, max: 365, description: 'Écart minimal, en jours, entre deux messages à une même personne (le guide : une ressource 1 à 2 semaines après).' },
  { key: 'checkInDays', default: 60, min: 0, max: 730, description: 'Écart minimal, en jours, avant un check-in discret (`scenario: checkin` ; le guide : 2 à 3 mois).' },
] as const satisfies readonly ThresholdSpec[];

export type ThresholdKey = (typeof THRESHOLDS)[number]['key'];
export type Thresholds = Record<ThresholdKey, number>;

/** A rule or category setting: off, on with its default severity, or on with another severity. */
export type RuleSetting = 'off' | 'on' | Severity;
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'on', ...SEVERITIES];

/** Working hours of a business day, in minutes after midnight ([start, end)). */
export interface WorkingHours {
  start: number;
  end: number;
}

export const DEFAULT_WORKING_HOURS = '09:00-18:00';

export interface AnalyzeOptions {
  /** Keys are rule ids or categories; a rule's own key wins over its category. */
  rules: Record<string, RuleSetting>;
  thresholds: Thresholds;
  /** The reference time for timing checks; defaults to now. */
  now?: Date;
  /** Texts longer than this many characters are not analysed (one information finding instead). */
  maxChars: number;
  /** The user's own expressions (`.boomerang.json` or `boomerang.expressions`). */
  expressions: UserExpression[];
  /** The user's exceptions: a finding of a wording rule inside one of these phrases is dropped. */
  exceptions: string[];
  /** IANA time zone of the writer: front matter dates without an offset are read in it. */
  timeZone: string;
  /** Working hours, for the 24–48 business hours of the timing rules. */
  workingHours: WorkingHours;
  /** Count Alsace-Moselle's two extra public holidays (Good Friday, 26 December). */
  alsaceMoselle: boolean;
}

/** A phrase the user wants flagged, matched with the same normalisation as the built-in ones (never a regular expression). */
export interface UserExpression {
  phrase: string;
  /** The rule that reports it: a rule whose definition accepts user expressions. */
  rule: string;
  /** French message shown instead of the default one. */
  message?: string;
  /** Suggested replacements, preferred first. */
  rewrites: string[];
}

/** What settings validation needs to know of a rule (the registry's rules have it). */
export interface KnownRule {
  id: string;
  category: Category;
  /** See `RuleDefinition.expressions`. */
  expressions?: 'accepted' | 'main';
}

/**
 * The names a user expression's `rule` may take and the rule each one means:
 * the rules that accept user expressions, and the category of a `main` one,
 * which stands for it.
 */
export function expressionRules(rules: readonly KnownRule[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) if (r.expressions) out[r.id] = r.id;
  for (const r of rules) if (r.expressions === 'main') out[r.category] = r.id;
  return out;
}

const MAX_USER_ENTRIES = 500;
const MAX_PHRASE_LENGTH = 200;

export const DEFAULT_MAX_CHARS = 2_000_000;

/** The options of calls without options (never handed out to be changed). */
let sharedDefaults: AnalyzeOptions | undefined;

/**
 * Fresh default options. What they derive from is resolved at first need and
 * once per process: the machine's time zone is read from Intl only when a
 * front matter date asks for it (the first `Intl.DateTimeFormat` of a process
 * costs more than ten milliseconds, the zone tens of microseconds per call),
 * so a draft without a date never touches Intl or the date libraries.
 */
export function defaultOptions(): AnalyzeOptions {
  return buildDefaults();
}

/** The default working hours, `09:00-18:00`. */
const DEFAULT_HOURS: WorkingHours = { start: 9 * 60, end: 18 * 60 };

function buildDefaults(): AnalyzeOptions {
  const thresholds = {} as Thresholds;
  for (const t of THRESHOLDS) thresholds[t.key] = t.default;
  return machineZone({
    rules: {},
    thresholds,
    maxChars: DEFAULT_MAX_CHARS,
    timeZone: 'UTC',
    workingHours: { ...DEFAULT_HOURS },
    alsaceMoselle: false,
    expressions: [],
    exceptions: [],
  });
}

/** Options objects whose `timeZone` is still the machine's, not yet read: they need no check of the zone. */
const unreadZones = new WeakSet<object>();

/**
 * Gives `o` the machine's time zone, read on first access (an enumerable
 * accessor: spreading or serialising the options reads it; assigning another
 * zone replaces it).
 */
function machineZone(o: AnalyzeOptions): AnalyzeOptions {
  let zone: string | undefined;
  unreadZones.add(o);
  Object.defineProperty(o, 'timeZone', {
    get: () => {
      unreadZones.delete(o);
      return (zone ??= runtimeTimeZone());
    },
    set: (v: string) => {
      unreadZones.delete(o);
      zone = v;
    },
    enumerable: true,
    configurable: true,
  });
  return o;
}

/**
 * The zone the calendar is handed for options that still hold the machine's
 * zone unread (`zoneOf`): dates are then the runtime's own local dates, the
 * same wall clock without asking Intl (calendar.ts). Not a zone name: Intl
 * rejects it, so no setting can hold it.
 */
export const MACHINE_ZONE = '(machine)';

/** The zone the calendar works in for these options: MACHINE_ZONE while their zone is the machine's, unread. */
export function zoneOf(o: AnalyzeOptions): string {
  return unreadZones.has(o) ? MACHINE_ZONE : o.timeZone;
}

/** The name of a zone given by `zoneOf`, for a message. */
export function zoneName(zone: string): string {
  return zone === MACHINE_ZONE ? runtimeTimeZone() : zone;
}

let runtimeZone: string | undefined;

/** The time zone of the machine (or browser), UTC when the runtime does not say. Read once per process. */
export function runtimeTimeZone(): string {
  return (runtimeZone ??= readRuntimeZone());
}

function readRuntimeZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

const knownZones = new Map<string, boolean>();

/** True for a time zone the runtime knows (`Europe/Paris`, `UTC`). Each name is checked once. */
export function isTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.trim() === '' || zone.length > 64) return false;
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size >= 256) knownZones.clear();
    knownZones.set(zone, known);
  }
  return known;
}

function wellFormedExpressions(list: unknown): list is UserExpression[] {
  return (
    Array.isArray(list) &&
    list.every((e) => isRecord(e) && typeof e.phrase === 'string' && typeof e.rule === 'string' && Array.isArray(e.rewrites) && e.rewrites.every((r) => typeof r === 'string') && (e.message === undefined || typeof e.message === 'string'))
  );
}

const completed = new WeakMap<object, AnalyzeOptions>();

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Options the analysis can use, from any value: complete options are returned
 * as they are; `undefined`, `null`, `{}`, a partial object or fields of the
 * wrong type get the defaults where they fall short (once per object, then
 * cached). Programs that build options by hand cannot make `analyze` throw.
 */
export function usableOptions(raw: unknown): AnalyzeOptions {
  if (!isRecord(raw)) return (sharedDefaults ??= buildDefaults());
  const cached = completed.get(raw);
  if (cached) return cached;
  const o = raw as Partial<AnalyzeOptions>;
  const thresholdsOk = isRecord(o.thresholds) && THRESHOLDS.every((t) => Number.isFinite((o.thresholds as Record<string, unknown>)[t.key]));
  const hoursOk = isRecord(o.workingHours) && Number.isFinite(o.workingHours.start) && Number.isFinite(o.workingHours.end) && o.workingHours.start < o.workingHours.end;
  const nowOk = o.now === undefined || (o.now instanceof Date && Number.isFinite(o.now.getTime()));
  if (
    isRecord(o.rules) &&
    thresholdsOk &&
    typeof o.maxChars === 'number' &&
    o.maxChars >= 0 &&
    wellFormedExpressions(o.expressions) &&
    Array.isArray(o.exceptions) &&
    o.exceptions.every((e) => typeof e === 'string') &&
    (unreadZones.has(o) || (typeof o.timeZone === 'string' && isTimeZone(o.timeZone))) &&
    hoursOk &&
    typeof o.alsaceMoselle === 'boolean' &&
    nowOk
  ) {
    completed.set(raw, o as AnalyzeOptions);
    return o as AnalyzeOptions;
  }
  const d = defaultOptions();
  const thresholds = { ...d.thresholds };
  if (isRecord(o.thresholds)) {
    for (const t of THRESHOLDS) {
      const v = (o.thresholds as Record<string, unknown>)[t.key];
      if (typeof v === 'number' && Number.isFinite(v)) thresholds[t.key] = v;
    }
  }
  const fixed: AnalyzeOptions = {
    rules: isRecord(o.rules) ? (o.rules as Record<string, RuleSetting>) : d.rules,
    thresholds,
    maxChars: typeof o.maxChars === 'number' && o.maxChars >= 0 ? o.maxChars : d.maxChars,
    expressions: Array.isArray(o.expressions) ? o.expressions.filter((e) => wellFormedExpressions([e])) : d.expressions,
    exceptions: Array.isArray(o.exceptions) ? o.exceptions.filter((e) => typeof e === 'string') : d.exceptions,
    timeZone: 'UTC',
    workingHours: hoursOk ? (o.workingHours as WorkingHours) : d.workingHours,
    alsaceMoselle: typeof o.alsaceMoselle === 'boolean' ? o.alsaceMoselle : d.alsaceMoselle,
    ...(nowOk && o.now ? { now: o.now } : {}),
  };
  // A zone given and known is kept; else the machine's, read at first need.
  if (!unreadZones.has(o) && typeof o.timeZone === 'string' && isTimeZone(o.timeZone)) fixed.timeZone = o.timeZone;
  else machineZone(fixed);
  completed.set(raw, fixed);
  return fixed;
}

const HOURS = /^\s*(\d{1,2})\s*(?:[:h]\s*(\d{2})?)?\s*(?:-|–|—|à)\s*(\d{1,2})\s*(?:[:h]\s*(\d{2})?)?\s*$/i;

/** Parses `09:00-18:00` (also `9h-18h`, `9 h 30 – 17 h 30`); undefined when invalid. */
export function parseWorkingHours(value: string): WorkingHours | undefined {
  const m = HOURS.exec(value);
  if (!m) return undefined;
  const [h1, m1, h2, m2] = [m[1], m[2] ?? '0', m[3], m[4] ?? '0'].map(Number);
  if (h1 > 24 || h2 > 24 || m1 > 59 || m2 > 59) return undefined;
  const start = h1 * 60 + m1;
  const end = h2 * 60 + m2;
  if (end > 24 * 60 || end - start < 60) return undefined;
  return { start, end };
}

export interface ResolvedOptions {
  options: AnalyzeOptions;
  /** French messages, one per invalid value. */
  problems: string[];
}

/**
 * Validates raw settings (from VS Code, a JSON file or the command line)
 * against `registry`, the registry's rules (`RULES`).
 */
export function resolveOptions(raw: unknown, registry: readonly KnownRule[], prefix = 'boomerang'): ResolvedOptions {
  const options = defaultOptions();
  const knownRules = new Set(registry.map((x) => x.id));
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
  if (r.expressions !== undefined && r.expressions !== null) options.expressions = readExpressions(r.expressions, expressionRules(registry), `${prefix}.expressions`, problems);
  if (r.exceptions !== undefined && r.exceptions !== null) options.exceptions = readExceptions(r.exceptions, `${prefix}.exceptions`, problems);

  if (r.timeZone !== undefined && r.timeZone !== null && r.timeZone !== '') {
    const v = r.timeZone;
    if (typeof v !== 'string' || !isTimeZone(v)) {
      problems.push(`${prefix}.timeZone : fuseau horaire ${JSON.stringify(v)} inconnu (attendu un nom comme « Europe/Paris ») ; fuseau de la machine (${options.timeZone}) utilisé.`);
    } else options.timeZone = v.trim();
  }

  if (r.workingHours !== undefined && r.workingHours !== null && r.workingHours !== '') {
    const v = r.workingHours;
    const hours = typeof v === 'string' ? parseWorkingHours(v) : undefined;
    if (!hours) {
      problems.push(`${prefix}.workingHours : attendu des heures ouvrées comme « 09:00-18:00 » (au moins une heure, de 00:00 à 24:00), reçu ${JSON.stringify(v)} ; ${DEFAULT_WORKING_HOURS} utilisé.`);
    } else options.workingHours = hours;
  }

  if (r.alsaceMoselle !== undefined && r.alsaceMoselle !== null) {
    const v = r.alsaceMoselle;
    if (typeof v !== 'boolean') problems.push(`${prefix}.alsaceMoselle : attendu true ou false, reçu ${JSON.stringify(v)} ; false utilisé.`);
    else options.alsaceMoselle = v;
  }
  return { options, problems };
}

/** A phrase is usable when it is a short string with at least one letter or digit. */
function phraseProblem(v: unknown): string | undefined {
  if (v === undefined) return 'la clé « phrase » manque';
  if (typeof v !== 'string') return `une expression (texte) est attendue, reçu ${JSON.stringify(v)}`;
  if (!/[\p{L}\p{N}]/u.test(v)) return `l’expression « ${v} » ne contient aucune lettre`;
  if (v.length > MAX_PHRASE_LENGTH) return `l’expression « ${v.slice(0, 30)}… » dépasse ${MAX_PHRASE_LENGTH} caractères`;
  return undefined;
}

function readExpressions(raw: unknown, targets: Readonly<Record<string, string>>, where: string, problems: string[]): UserExpression[] {
  if (!Array.isArray(raw)) {
    problems.push(`${where} : une liste est attendue, par exemple [ "c’est du vol", { "phrase": "ça m’apprendra", "rule": "drame" } ] ; ignoré.`);
    return [];
  }
  const out: UserExpression[] = [];
  raw.slice(0, MAX_USER_ENTRIES).forEach((item, i) => {
    const at = `${where}[${i}]`;
    const entry = typeof item === 'string' ? { phrase: item } : item;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${at} : attendu un texte ou un objet { "phrase", "rule", "message", "rewrites" } ; entrée ignorée.`);
      return;
    }
    const e = entry as Record<string, unknown>;
    // The unknown key first: a misspelt « phrase » is the usual reason the phrase is missing.
    const unknownKey = Object.keys(e).find((k) => !['phrase', 'rule', 'message', 'rewrites'].includes(k));
    if (unknownKey) problems.push(`${at} : clé « ${unknownKey} » inconnue (clés possibles : phrase, rule, message, rewrites) ; ignorée.`);
    const p = phraseProblem(e.phrase);
    if (p) {
      problems.push(`${at}.phrase : ${p} ; entrée ignorée.`);
      return;
    }
    const ruleName = e.rule === undefined ? 'ton' : e.rule;
    const rule = typeof ruleName === 'string' && Object.hasOwn(targets, ruleName) ? targets[ruleName] : undefined;
    if (!rule) {
      problems.push(`${at}.rule : « ${String(ruleName)} » n’est pas une règle de formulation (${Object.keys(targets).join(', ')}) ; entrée ignorée.`);
      return;
    }
    let message: string | undefined;
    if (e.message !== undefined) {
      if (typeof e.message === 'string' && e.message.trim() !== '' && e.message.length <= 500) message = e.message;
      else problems.push(`${at}.message : un texte de 1 à 500 caractères est attendu ; message par défaut utilisé.`);
    }
    const rewrites: string[] = [];
    if (e.rewrites !== undefined) {
      const list = typeof e.rewrites === 'string' ? [e.rewrites] : e.rewrites;
      if (!Array.isArray(list)) problems.push(`${at}.rewrites : une liste de textes est attendue ; ignorée.`);
      else
        for (const r of list) {
          if (typeof r === 'string' && r.length <= MAX_PHRASE_LENGTH) rewrites.push(r);
          else problems.push(`${at}.rewrites : ${JSON.stringify(r)} n’est pas un texte de ${MAX_PHRASE_LENGTH} caractères au plus ; ignoré.`);
        }
    }
    out.push({ phrase: (e.phrase as string).trim(), rule, ...(message ? { message } : {}), rewrites });
  });
  if (raw.length > MAX_USER_ENTRIES) problems.push(`${where} : plus de ${MAX_USER_ENTRIES} expressions ; les suivantes sont ignorées.`);
  return out;
}

function readExceptions(raw: unknown, where: string, problems: string[]): string[] {
  if (!Array.isArray(raw)) {
    problems.push(`${where} : une liste de phrases est attendue, par exemple [ "bonne chance pour la suite" ] ; ignoré.`);
    return [];
  }
  const out: string[] = [];
  raw.slice(0, MAX_USER_ENTRIES).forEach((item, i) => {
    const p = phraseProblem(item);
    if (p) problems.push(`${where}[${i}] : ${p} ; ignorée.`);
    else out.push((item as string).trim());
  });
  if (raw.length > MAX_USER_ENTRIES) problems.push(`${where} : plus de ${MAX_USER_ENTRIES} exceptions ; les suivantes sont ignorées.`);
  return out;
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

/**
 * Merges two raw settings objects before validation: `override` wins for
 * `rules`, `thresholds` and `maxChars` key by key; `expressions` and
 * `exceptions` are concatenated. Used to layer `.boomerang.json` under the
 * editor settings or under `--config`. Values that are not of the expected
 * shape are passed through so that `resolveOptions` reports them.
 */
export function mergeRawOptions(base: unknown, override: unknown): unknown {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(base)) return override ?? base;
  if (!isObj(override)) return override === undefined || override === null ? base : override;
  const out: Record<string, unknown> = { ...base, ...override };
  for (const key of ['rules', 'thresholds']) {
    if (isObj(base[key]) && isObj(override[key])) out[key] = { ...base[key], ...override[key] };
    else if (override[key] === undefined || override[key] === null) out[key] = base[key];
  }
  for (const key of ['expressions', 'exceptions']) {
    const a = base[key];
    const b = override[key];
    if (Array.isArray(a) && Array.isArray(b)) out[key] = [...a, ...b];
    else if (b === undefined || b === null) out[key] = a;
  }
  return out;
}
