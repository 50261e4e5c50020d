// The guide's scenarios, one complete reply each. The replies themselves live in
// snippets/reponse.json (VS Code snippet syntax), bundled at build time so that
// the editor (desktop and web), the command line and the tests share them.

import raw from '../../snippets/reponse.json';
import { parseDateTime } from './draft';
import { parseSnippet, renderSnippet, serializeSnippet, type SnippetNode } from './snippetSyntax';
import { fold } from './text';
import type { RecapSection } from './tips';

/** The prefix every scenario answers to, so that typing it lists them all. */
export const SHARED_PREFIX = 'refus';

export interface Scenario {
  /** Stable id: the `scenario:` value of the reply's front matter. */
  id: string;
  /** French title (the snippet's name). */
  name: string;
  /** French description, for completions and the quick pick. */
  description: string;
  /** Prefixes of this scenario (the shared one included). */
  prefixes: readonly string[];
  /** The snippet source, lines joined with `\n`. */
  body: string;
  /** The guide's section the scenario comes from (1–6). */
  section: RecapSection;
}

/** Where each scenario comes from in the guide. */
const SECTIONS: Readonly<Record<string, RecapSection>> = {
  remerciement: 1,
  entretien: 2,
  proposition: 3,
  radar: 4,
  precision: 5,
  checkin: 4,
  'sans-feedback': 3,
};

interface RawSnippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

function load(): Scenario[] {
  const out: Scenario[] = [];
  for (const [name, s] of Object.entries(raw as Record<string, RawSnippet>)) {
    const body = Array.isArray(s.body) ? s.body.join('\n') : s.body;
    const id = /^scenario: *([^\s$]+)$/m.exec(body)?.[1] ?? name;
    out.push({
      id,
      name,
      description: s.description ?? name,
      prefixes: Array.isArray(s.prefix) ? s.prefix : [s.prefix],
      body,
      section: SECTIONS[id] ?? 6,
    });
  }
  return out;
}

export const SCENARIOS: readonly Scenario[] = load();

export function getScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

export interface Prefill {
  /** Replaces the tab stop of the `destinataire:` line, and becomes the default of `[Nom]` placeholders. */
  recipient?: string;
  /** Replaces the tab stop of the `refus_recu:` line (AAAA-MM-JJ or AAAA-MM-JJ HH:MM). */
  refusalReceived?: string;
  /** Replaces the scenario's `canal:` value (a check-in goes through the channel of the last message). */
  channel?: string;
  /** Adds `envoi_prevu:` to the header (AAAA-MM-JJ HH:MM). */
  plannedSend?: string;
  /** Adds `email:` after `destinataire:`. */
  email?: string;
}

/**
 * The scenario's snippet with what the user already gave filled in: the
 * recipient and the date of the refusal become plain text, and the greeting's
 * `[Nom]` placeholder suggests the recipient (still selected, to adapt).
 */
export function prefillSnippet(body: string, fill: Prefill): string {
  const { nodes } = parseSnippet(body);
  const out: SnippetNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const prev = out[out.length - 1];
    if (n.kind === 'tabstop' && prev?.kind === 'text') {
      const key = /(?:^|\n)(destinataire|refus_recu): *$/.exec(prev.value)?.[1];
      const value = key === 'destinataire' ? fill.recipient : key === 'refus_recu' ? fill.refusalReceived : undefined;
      if (value !== undefined && value.trim() !== '') {
        out[out.length - 1] = { kind: 'text', value: prev.value + oneLine(value) };
        continue;
      }
    }
    if (n.kind === 'tabstop' && fill.recipient?.trim() && n.children.length === 1 && n.children[0].kind === 'text' && n.children[0].value === '[Nom]') {
      out.push({ ...n, children: [{ kind: 'text', value: oneLine(fill.recipient) }] });
      continue;
    }
    if (n.kind === 'text' && prev?.kind === 'text') {
      out[out.length - 1] = { kind: 'text', value: prev.value + n.value };
      continue;
    }
    out.push(n);
  }
  return withHeaderLines(serializeSnippet(out), fill);
}

/** Sets `canal:` and adds `email:` and `envoi_prevu:` in the header of a serialized snippet (plain values: nothing to escape). */
function withHeaderLines(snippet: string, fill: Prefill): string {
  if (!snippet.startsWith('---\n')) return snippet;
  const close = snippet.indexOf('\n---', 3);
  if (close < 0) return snippet;
  let header = snippet.slice(0, close);
  const plain = (v: string | undefined) => (v && /^[^\r\n$}\\]+$/.test(v.trim()) ? v.trim() : undefined);
  const channel = plain(fill.channel);
  if (channel) header = /^canal: .*$/m.test(header) ? header.replace(/^canal: .*$/m, `canal: ${channel}`) : `${header}\ncanal: ${channel}`;
  const email = plain(fill.email);
  if (email) header = /^destinataire: .*$/m.test(header) ? header.replace(/^(destinataire: .*)$/m, `$1\nemail: ${email}`) : `${header}\nemail: ${email}`;
  const planned = plain(fill.plannedSend);
  if (planned) header = `${header}\nenvoi_prevu: ${planned}`;
  return header + snippet.slice(close);
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').trim();
}

/** `AAAA-MM-JJ` of a date, in local time. */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Checks the date a refusal was received, as typed by the user. Returns a
 * French message when it is not a date or lies in the future, else undefined.
 */
export function checkRefusalDate(value: string, now: Date): string | undefined {
  const v = value.trim();
  if (v === '') return 'Indiquez la date du refus (AAAA-MM-JJ).';
  const d = parseDateTime(v);
  if (typeof d === 'string') return d.charAt(0).toUpperCase() + d.slice(1);
  const local = new Date(d.year, d.month - 1, d.day, d.hour, d.minute);
  const received = d.offsetMinutes === undefined ? local.getTime() : Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute) - d.offsetMinutes * 60_000;
  const limit = d.hasTime ? now.getTime() : new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  if (received > limit) return 'Cette date est dans le futur : indiquez le jour où le refus est arrivé.';
  return undefined;
}

/** A file name for a new draft: `2026-03-10-entretien-mme-martin.reponse.md` (the caller adds -2, -3… on a clash). */
export function draftFileName(scenario: string, recipient: string | undefined, date: Date, n = 1): string {
  const slug = fold(recipient ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const base = [isoDate(date), scenario, slug].filter((s) => s !== '').join('-');
  return `${base}${n > 1 ? `-${n}` : ''}.reponse.md`;
}

/**
 * The word a scenario prefix is being typed as, when the text before the
 * cursor on its line is only that word (letters, digits, hyphens) in lower
 * case; undefined otherwise. A sentence starts with a capital, so typing one
 * never pops up the scenarios; an empty line gives '' (Ctrl+Espace lists all).
 */
export function scenarioPrefixAt(lineBefore: string): string | undefined {
  const m = /^\s*([\p{L}\p{N}-]*)$/u.exec(lineBefore);
  if (!m || m[1] !== m[1].toLowerCase()) return undefined;
  return m[1];
}

/** What a scenario inserts, with its fields shown as they are and the date as AAAA-MM-JJ. */
export function scenarioPreview(s: Scenario): string {
  const dates: Record<string, string> = { CURRENT_YEAR: 'AAAA', CURRENT_MONTH: 'MM', CURRENT_DATE: 'JJ' };
  return renderSnippet(parseSnippet(s.body).nodes, { variable: (name, def) => dates[name] ?? def }).trimEnd();
}
