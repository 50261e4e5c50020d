// The « Suivi » table as French plain text (terminal, tooltips) and as JSON
// (scripts). Both come from `followupTable`; nothing is computed here.

import { formatMoment, type ZonedDate } from '../calendar';
import { channelLabel } from '../channels';
import { baseName as fileName } from '../rules/multicanal';
import { DUE_STATE_LABELS, FOLLOWUP_STATUS_LABELS, type FollowupEntry, type FollowupTable, type NextContact, type RecipientGroup } from './schedule';

/** « Mme Martin — en retard : check-in discret du … ». */
export function groupHeadline(g: RecipientGroup): string {
  return g.next ? `${g.label} — ${nextLine(g.next)}` : `${g.label} — rien de prévu`;
}

/** « en retard : check-in discret du … ». */
export function nextLine(n: NextContact): string {
  return `${DUE_STATE_LABELS[n.state]} : ${n.text}`;
}

/** « envoyé · mail · entretien · envoyé le lundi 9 mars, 14 h ». */
export function entryLine(e: FollowupEntry): string {
  const parts = [FOLLOWUP_STATUS_LABELS[e.status], channelLabel(e.channel), e.scenario ?? 'sans scénario', e.dateText];
  if (e.due === 'en-retard') parts.push('envoi prévu dépassé');
  else if (e.due === 'maintenant') parts.push('à envoyer aujourd’hui');
  return parts.join(' · ');
}

function pad(s: string, width: number): string {
  return s.length >= width ? `${s} ` : s + ' '.repeat(width - s.length);
}

function entryRow(e: FollowupEntry, file: (f: string) => string): string {
  const due = e.due === 'en-retard' ? ' (envoi prévu dépassé)' : e.due === 'maintenant' ? ' (à envoyer aujourd’hui)' : '';
  return `  ${pad(FOLLOWUP_STATUS_LABELS[e.status], 10)}${pad(channelLabel(e.channel), 10)}${pad(e.scenario ?? '—', 15)}${pad(e.dateText + due, 48)}${file(e.file)}`;
}

/**
 * The table as text: one block per recipient (headline, then one row per
 * draft), drafts without recipient last. `file` names each draft (a relative
 * path in a terminal).
 */
export function followupText(table: FollowupTable, timeZone: string, file: (f: string) => string = (f) => f): string {
  const out: string[] = [`Suivi au ${formatMoment(table.now)} (${timeZone})`, ''];
  if (table.groups.length === 0 && table.unassigned.length === 0) return `${out[0]}\n\nAucun brouillon de réponse.\n`;
  const overdue = table.groups.filter((g) => g.overdue).length;
  if (overdue > 0) out.push(overdue === 1 ? '1 destinataire en retard.' : `${overdue} destinataires en retard.`, '');
  for (const g of table.groups) {
    out.push(groupHeadline(g) + (g.email ? ` <${g.email}>` : ''));
    for (const e of g.entries) out.push(entryRow(e, file));
    out.push('');
  }
  if (table.unassigned.length > 0) {
    out.push('Sans destinataire (ajoutez « destinataire: » à l’en-tête)');
    for (const e of table.unassigned) out.push(entryRow(e, file));
    out.push('');
  }
  return out.join('\n');
}

function iso(t: ZonedDate | undefined): string | undefined {
  return t?.toISOString();
}

function day(t: ZonedDate | undefined): string | undefined {
  return t?.toISOString().slice(0, 10);
}

function entryJson(e: FollowupEntry, file: (f: string) => string) {
  return {
    file: file(e.file),
    recipient: e.recipient ?? null,
    channel: e.channel,
    scenario: e.scenario ?? null,
    status: e.status,
    date: iso(e.moment) ?? null,
    refusal: iso(e.refusal) ?? null,
    due: e.due ?? null,
    text: e.dateText,
  };
}

/** The table as a JSON-ready object: dates in ISO 8601 with the offset of the time zone. */
export function followupJson(table: FollowupTable, timeZone: string, file: (f: string) => string = (f) => f) {
  return {
    now: iso(table.now),
    timeZone,
    recipients: table.groups.map((g) => ({
      recipient: g.label,
      email: g.email ?? null,
      channel: g.channel,
      overdue: g.overdue,
      next: g.next
        ? {
            kind: g.next.kind,
            state: g.next.state,
            from: g.next.kind === 'check-in' ? day(g.next.from) : iso(g.next.from),
            until: g.next.kind === 'check-in' ? day(g.next.until) : (iso(g.next.until) ?? null),
            text: g.next.text,
            ...(g.next.suggestedSend ? { suggestedSend: g.next.suggestedSend } : {}),
            ...(g.next.file ? { file: file(g.next.file) } : {}),
          }
        : null,
      drafts: g.entries.map((e) => entryJson(e, file)),
    })),
    unassigned: table.unassigned.map((e) => entryJson(e, file)),
  };
}

/** The file name of a path or URI. */
export { fileName };
