// Hovers: what the guide says about the part of the draft under the cursor.
// Pure: the adapter renders the sections (and escapes the draft's own text).

import { channelInfo, channelLabel, channelWordAt } from './channels';
import { FRONT_MATTER_HELP, FRONT_MATTER_INTRO, LETTER_PART_NOTES, type HoverNote } from './data/hoverNotes';
import type { Draft, LocalDateTime } from './draft';
import { placeholderAt } from './rules/modele';
import { getScenario, SCENARIOS } from './scenarios';
import { getTip, RECAP, type Tip } from './tips';
import type { Finding } from './types';

/** One line of a hover: plain French text (may quote the draft), optionally labelled or shown as a list item. */
export interface HoverLine {
  label?: string;
  text: string;
  item?: boolean;
}

export interface HoverSection {
  title: string;
  lines: HoverLine[];
  /** The rules whose findings this section explains: the adapter links each to its documentation. */
  rules?: string[];
}

export interface HoverInfo {
  /** The range the hover is about. */
  start: number;
  end: number;
  sections: HoverSection[];
}

export interface HoverContext {
  /**
   * The send window for a refusal received at `refus_recu`, as French lines
   * (for instance « Fenêtre conseillée : du mardi 10 mars 10:00 au mercredi
   * 11 mars 10:00 »). The timing checks provide it; without it the hover gives
   * the guide's general advice.
   */
  sendWindow?: (refusalReceived: LocalDateTime, draft: Draft) => readonly string[] | undefined;
}

/** The tip as a hover section: the guide's three steps and its recap row. */
export function tipSection(tip: Tip): HoverSection {
  const lines: HoverLine[] = [];
  if (tip.belief) lines.push({ label: 'Ce qu’on croit', text: tip.belief });
  if (tip.reality) lines.push({ label: 'Ce qui se passe vraiment', text: tip.reality });
  if (tip.advice.length === 1) lines.push({ label: 'Ce qu’il faut faire', text: tip.advice[0] });
  else if (tip.advice.length > 1) {
    lines.push({ label: 'Ce qu’il faut faire', text: '' });
    for (const f of tip.advice) lines.push({ text: f, item: true });
  }
  const recap = RECAP[tip.section];
  if (recap) lines.push({ label: `Récap ${recap.meme}`, text: recap.advice });
  return { title: tip.title, lines };
}

function helpSection(help: HoverNote): HoverSection {
  return { title: help.title, lines: help.lines.map((text) => ({ text })) };
}

interface Part {
  start: number;
  end: number;
  section: HoverSection;
  tip?: string;
}

/**
 * What to show when hovering `offset`: the advice behind the findings under
 * the cursor, then what the guide says about that part of the draft.
 */
export function hoverAt(draft: Draft, findings: readonly Finding[], offset: number, ctx: HoverContext = {}): HoverInfo | undefined {
  if (!Number.isFinite(offset) || offset < 0 || offset > draft.text.length) return undefined;
  const parts: Part[] = [];
  const tips = new Map<string, string[]>();
  const rulesSeen = new Set<string>();
  for (const f of findings) {
    if (!(f.start <= offset && offset <= f.end) || (f.start === f.end && f.start !== offset)) continue;
    const tip = getTip(f.tip);
    if (!tip) continue;
    // One section per tip, naming each rule behind it once.
    let rules = tips.get(tip.id);
    if (!rules) {
      rules = [];
      tips.set(tip.id, rules);
      parts.push({ start: f.start, end: f.end, section: { ...tipSection(tip), rules }, tip: tip.id });
    }
    if (!rulesSeen.has(f.rule)) {
      rulesSeen.add(f.rule);
      rules.push(f.rule);
    }
  }
  const part = partAt(draft, offset, ctx);
  if (part && !(part.tip && tips.has(part.tip))) parts.push(part);
  if (parts.length === 0) return undefined;
  // The range is the narrowest of what the hover talks about.
  const narrowest = parts.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  return { start: narrowest.start, end: narrowest.end, sections: parts.map((p) => p.section) };
}

function within(r: { start: number; end: number } | undefined, offset: number): boolean {
  return r !== undefined && r.start <= offset && offset <= r.end;
}

function tipPart(id: string, start: number, end: number, extra: HoverLine[] = []): Part | undefined {
  const tip = getTip(id);
  if (!tip) return undefined;
  const section = tipSection(tip);
  section.lines.unshift(...extra);
  return { start, end, section, tip: id };
}

function partAt(draft: Draft, offset: number, ctx: HoverContext): Part | undefined {
  const fm = draft.frontMatter;
  if (fm && offset >= fm.start && offset <= fm.end) return frontMatterPart(draft, offset, ctx);
  if (draft.excluded.some((r) => r.start <= offset && offset < r.end)) return undefined;

  const placeholder = placeholderAt(draft, offset);
  if (placeholder) {
    return tipPart('modele', placeholder.start, placeholder.end, [{ label: 'Champ à remplir', text: draft.text.slice(placeholder.start, placeholder.end) }]);
  }
  const channel = channelAt(draft, offset);
  if (channel) return channel;
  if (within(draft.subject, offset)) {
    const s = draft.subject as NonNullable<Draft['subject']>;
    const extra: HoverLine[] =
      draft.meta.channel === 'mail' ? [] : [{ text: `Ce brouillon est ${channelInfo(draft.meta.channel).aMessage} : la ligne « Objet : » ne sera pas lue comme un objet.` }];
    return tipPart('objet', s.start, s.end, extra);
  }
  if (within(draft.greeting, offset)) {
    const g = draft.greeting as NonNullable<Draft['greeting']>;
    return tipPart('ouverture', g.start, g.end, [{ text: 'La salutation ouvre la structure éclair : remerciement → compréhension → (optionnel) courte demande → disponibilité.' }]);
  }
  if (within(draft.closing, offset) || within(draft.signature, offset)) {
    const start = (draft.closing ?? draft.signature)?.start ?? offset;
    const end = (draft.signature ?? draft.closing)?.end ?? offset;
    return tipPart('coordonnees', start, end, [{ text: 'Formule de fin puis signature : prénom, nom et un moyen de vous joindre.' }]);
  }
  // Address blocks, place and date, references, post-scriptum, « Envoyé de mon iPhone »: not the message.
  for (const p of draft.parts) {
    if (p.start > offset) break;
    if (offset > p.end) continue;
    const note = (LETTER_PART_NOTES as Record<string, HoverNote | undefined>)[p.kind];
    if (note) return { start: p.start, end: p.end, section: helpSection(note) };
  }
  return undefined;
}

function frontMatterPart(draft: Draft, offset: number, ctx: HoverContext): Part | undefined {
  const fm = draft.frontMatter;
  if (!fm) return undefined;
  for (const field of fm.fields.values()) {
    if (offset < field.lineStart || offset > field.lineEnd) continue;
    const help = (FRONT_MATTER_HELP as Record<string, HoverNote | undefined>)[field.key];
    if (!help) return undefined;
    const section = helpSection(help);
    if (field.key === 'refus_recu' && draft.meta.refusalReceived) {
      const window = safe(() => ctx.sendWindow?.(draft.meta.refusalReceived as LocalDateTime, draft));
      if (window?.length) section.lines.push(...window.map((text) => ({ label: 'Fenêtre d’envoi', text })));
    }
    if (field.key === 'scenario') {
      const s = getScenario(field.value.trim());
      if (s) {
        section.lines.push({ label: s.name, text: s.description });
        const recap = RECAP[s.section];
        if (recap) section.lines.push({ label: `Récap ${recap.meme}`, text: recap.advice });
      } else section.lines.push({ label: 'Valeurs connues', text: SCENARIOS.map((x) => x.id).join(', ') });
    }
    return { start: field.lineStart, end: field.lineEnd, section };
  }
  // The delimiters and anything else of the header.
  return { start: fm.start, end: fm.end, section: helpSection(FRONT_MATTER_INTRO), tip: 'entete' };
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

function channelAt(draft: Draft, offset: number): Part | undefined {
  const word = channelWordAt(draft, offset);
  if (!word) return undefined;
  const channel = channelInfo(word.channel);
  return tipPart('multicanal', word.start, word.end, [
    { label: channel.label, text: channel.hover },
    { label: 'Canal de ce brouillon', text: channelLabel(draft.meta.channel) + (draft.meta.channelExplicit ? '' : ' (par défaut : ajoutez « canal: » dans l’en-tête)') },
  ]);
}
