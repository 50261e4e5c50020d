// Category `multicanal`: « Multicanal envahissant : Mail + LinkedIn + SMS =
// pression ». Within one draft, the sender says they reach the reader through
// other channels too (a channel in the signature is what the guide recommends
// and does not count); across drafts, one recipient gets messages through
// several channels within a few days, or more often than the guide's rhythm
// (a resource 1–2 weeks later, a check-in after 2–3 months).

import { calendarDaysBetween, dayOf, formatDay, inZone, toInstant, type ZonedDate } from '../calendar';
import { addDays } from 'date-fns';
import { channelInfo, channelList } from '../channels';
import type { DraftSummary, RuleContext } from '../context';
import { RHYTHMS } from '../data/channels';
import { DELAYS, MAX_WORDS_BETWEEN } from '../data/followUps';
import type { Draft, LocalDateTime } from '../draft';
import { zoneOf } from '../options';
import { frenchList, plural } from '../french';
import { checkedRange, proseOf } from '../prose/analysis';
import { recipientKey, sameKey, summaryRecipientKey } from '../recipient';
import type { RuleDefinition } from '../rule';
import { countWords, fold, phraseSource, wholeWords } from '../text';
import { FOLLOW_UP_LISTS } from '../prose/families';
import { phraseListHits } from '../prose/wording';
import type { RelatedLocation, Report } from '../types';
import { deleteSentence } from '../fixes';

/** The compiled lists of data/followUps.ts: announced follow-ups, then delays. */
const FOLLOW_UP_NAMES = [`followUps.${FOLLOW_UP_LISTS.recontact}`, `followUps.${FOLLOW_UP_LISTS.delays}`];

// ---------------------------------------------------------------- one draft

interface Range {
  start: number;
  end: number;
}

const MAX_REPORTS = 20;
const MAX_RELATED = 5;

const RECAP_CHANNELS = { rows: [4, 6], why: 'Rester dans le radar sans harceler (section 4) ; « Multicanal envahissant » est dans l’anti-embrouilles (section 6).' } as const;
const BLOCKS_CHANNELS = { why: '« Mail + LinkedIn + SMS = pression. »' } as const;

export const multicanalAnnonce: RuleDefinition = {
  id: 'multicanal-annonce',
  category: 'multicanal',
  severity: 'warning',
  description: 'Le message annonce d’autres canaux (« je vous ai aussi écrit sur LinkedIn », « laissé un message vocal ») : Mail + LinkedIn + SMS = pression. Les coordonnées de la signature ne comptent pas.',
  tip: 'multicanal',
  recap: RECAP_CHANNELS,
  blocks: BLOCKS_CHANNELS,
  example: 'Je vous ai aussi écrit sur LinkedIn et laissé un message vocal.',
  counterExample: 'Je vous envoie une invitation LinkedIn pour rester en veille sur vos actualités.',
  *check(draft, ctx) {
    const { flagged, others, total, pressure, relaunches, elsewhere } = ctx.figures.channels;
    if (!pressure) return;
    // A message whose channel is unknown (it says « ici » of it) names every channel it recounts.
    const own = elsewhere ? undefined : draft.meta.channel;
    const thisMessage = own ? channelInfo(own).thisMessage : 'ce message';
    const relaunch = relaunches.length > 0 ? ` La relance (« ${draft.text.slice(relaunches[0].start, relaunches[0].end)} ») ajoute à la pression.` : '';
    const count = total >= 3 ? ` : ${total} canaux pour une seule personne` : '';
    // A pathological text (the same sentence a thousand times) must stay linear: a few reports, a few links each.
    for (const m of flagged.slice(0, MAX_REPORTS)) {
      const related: RelatedLocation[] = [
        ...flagged
          .filter((o) => o !== m)
          .slice(0, MAX_RELATED)
          .map((o) => ({ start: o.start, end: o.end, message: `Autre canal annoncé : ${channelList(o.channels.filter((c) => c !== own))}.` })),
        ...relaunches.slice(0, MAX_RELATED).map((r) => ({ start: r.start, end: r.end, message: 'Relance.' })),
      ];
      const report: Report = {
        start: m.start,
        end: m.end,
        message: `Multicanal envahissant : ${thisMessage} annonce aussi ${channelList(others)}${count}. Le guide : « Mail + LinkedIn + SMS = pression ». Gardez un seul canal ; vos coordonnées dans la signature suffisent.${relaunch}`,
        fixes: [deleteSentence(draft.text, m.start, m.end)],
      };
      if (related.length > 0) report.related = related;
      yield report;
    }
  },
};

export const relanceInsistante: RuleDefinition = {
  id: 'relance-insistante',
  category: 'multicanal',
  severity: 'warning',
  description: 'Le message reproche le silence (« sans réponse de votre part », « je n’ai pas eu de retour ») : après un refus, c’est une relance qui met la pression, même sur un seul canal.',
  tip: 'multicanal',
  recap: RECAP_CHANNELS,
  blocks: BLOCKS_CHANNELS,
  example: 'Sans réponse de votre part à mon précédent mail, je me permets de vous relancer.',
  counterExample: 'Je me permets de revenir vers vous pour partager un article sur la logistique urbaine.',
  *check(draft, ctx) {
    const { contacts, relaunches } = ctx.figures.channels;
    const silence = relaunches.find((r) => r.silence);
    if (!silence) return;
    // Announcing another channel as well: multicanal-annonce already names the relaunch.
    if (contacts.length > 0) return;
    const s = silence.sentence;
    yield {
      start: s.start,
      end: s.end,
      message: `Relance insistante : « ${draft.text.slice(silence.start, silence.end)} » reproche le silence et met la pression. Le guide : rester visible « sans harceler » ; remerciez et restez disponible, sans relancer.`,
      fixes: [deleteSentence(draft.text, s.start, s.end)],
    };
  },
};


/** The sentence the guide would write instead of announcing a follow-up. */
const STAY_AVAILABLE = 'Je reste disponible si vos besoins évoluent.';

export const relanceAnnoncee: RuleDefinition = {
  id: 'relance-annoncee',
  category: 'multicanal',
  severity: 'warning',
  description:
    'Le message annonce déjà la prochaine relance, à brève échéance (« je reviendrai vers vous la semaine prochaine », « je vous relancerai vendredi ») : le guide espace les suivis (une ressource 1 à 2 semaines après, un check-in discret après 2 à 3 mois ; seuil `followUpDays`).',
  tip: 'radar',
  recap: RECAP_CHANNELS,
  example: 'Merci pour votre retour. Je reviendrai vers vous la semaine prochaine pour savoir si ma candidature peut être reconsidérée.',
  counterExample: 'Merci pour votre retour. Je reviendrai vers vous dans quinze jours avec l’article dont nous avions parlé.',
  *check(draft, ctx) {
    const min = ctx.options.thresholds.followUpDays;
    const range = checkedRange(draft);
    if (min <= 0 || range.end <= range.start) return;
    // Announced follow-ups and delays, on the prose analysis's tokens (data/followUps.ts, compiled with the wording).
    const [recontacts, delayHits] = phraseListHits(proseOf(draft), FOLLOW_UP_NAMES);
    const delays = delayHits.map((h) => ({ start: h.start, end: h.end, entry: DELAYS[h.entry] }));
    if (delays.length === 0) return;
    // A sentence that multicanal-annonce reports (another channel) already says it: walked once, in order.
    const flagged = ctx.figures.channels.pressure ? ctx.figures.channels.flagged : [];
    // The sentences of the prose analysis, asked for only once a follow-up is found, and walked in order.
    let sentences: readonly Range[] | undefined;
    let k = 0;
    let f = 0;
    let d = 0;
    let reported = 0;
    for (const hit of recontacts) {
      while (d < delays.length && delays[d].start < hit.end) d++;
      if (d >= delays.length) return;
      const delay = delays[d];
      // Its date: right after it (« je vous relancerai sans faute dès lundi »), and sooner than the guide's rhythm.
      if (delay.entry.days >= min) continue;
      if (delay.start - hit.end > 80 || countWords(draft.prose, hit.end, delay.start) > MAX_WORDS_BETWEEN) continue;
      sentences ??= proseOf(draft).sentences;
      while (k < sentences.length && sentences[k].end <= hit.start) k++;
      const s = k < sentences.length && sentences[k].start <= hit.start ? sentences[k] : { start: hit.start, end: delay.end };
      if (delay.end > s.end) continue;
      while (f < flagged.length && flagged[f].end < hit.end) f++;
      if (f < flagged.length && flagged[f].start <= hit.start) continue;
      const quoted = draft.text.slice(hit.start, delay.end).replace(/\s+/g, ' ');
      yield {
        start: s.start,
        end: s.end,
        message: `« ${quoted} » : vous annoncez déjà une relance, à moins de ${plural(min, 'jour', 'jours')}. Après un refus, le guide espace les suivis : une ressource utile 1 à 2 semaines après, un check-in discret après 2 à 3 mois. Restez disponible sans fixer d’échéance.`,
        fixes: [
          { title: `Remplacer la phrase par « ${STAY_AVAILABLE} »`, edits: [{ start: s.start, end: s.end, newText: STAY_AVAILABLE }], preferred: true },
          deleteSentence(draft.text, s.start, s.end),
        ],
      };
      if (++reported >= MAX_REPORTS) return;
    }
  },
};

// ---------------------------------------------------------------- across drafts

export { recipientKey, sameRecipient, type RecipientKey } from '../recipient';

interface Dated {
  summary: DraftSummary;
  moment: ZonedDate;
  day: ZonedDate;
}

let rhythmRes: { kind: 'check-in' | 'suivi'; re: RegExp }[] | undefined;

function rhythmOf(scenario: string | undefined): 'check-in' | 'suivi' {
  if (!scenario) return 'suivi';
  rhythmRes ??= RHYTHMS.map((r) => ({ kind: r.kind, re: new RegExp(wholeWords(r.forms.map(phraseSource).join('|')), 'u') }));
  const f = fold(scenario);
  return rhythmRes.find((r) => r.re.test(f))?.kind ?? 'suivi';
}

/**
 * The file name of a path or URI, for messages. Only a URI (`file:///…/a%20b`,
 * as the editor names drafts) is percent-decoded; a path (the command line's)
 * is shown as it is: `a%41.reponse.md` is a real file name, not `aA`.
 */
export function baseName(file: string): string {
  const last = file.split(/[\\/]/).pop() ?? file;
  if (!/^[a-z][a-z0-9+.-]+:/i.test(file)) return last;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function when(d: Dated, year: number): string {
  const verb = d.summary.dateKey === 'envoye' ? 'envoyé' : 'prévu';
  return `${channelInfo(d.summary.channel).aMessage} ${verb} le ${formatDay(d.day, year)} (${baseName(d.summary.file)})`;
}

function related(d: Dated, year: number): RelatedLocation {
  const a = d.summary.anchor;
  return {
    file: d.summary.file,
    start: a?.start ?? 0,
    end: a?.end ?? 0,
    ...(a ? { position: a.position } : { position: { line: 0, column: 0, endLine: 0, endColumn: 0 } }),
    message: `${when(d, year).replace(/^./, (c) => c.toUpperCase())}.`,
  };
}

/** This draft and the earlier dated drafts to the same recipient, or undefined when the check does not apply. */
function earlierToSameRecipient(draft: Draft, ctx: RuleContext): { me: Dated; earlier: Dated[]; range: Range } | undefined {
  const meta = draft.meta;
  const field = draft.frontMatter?.fields.get('destinataire');
  if (!meta.recipient || !field || ctx.siblings.length === 0) return undefined;
  const mine = recipientKey(meta.recipient);
  const same = ctx.siblings.filter((s) => s.date && s.file !== ctx.file && sameKey(mine, summaryRecipientKey(s)));
  // Zoned dates cost an Intl call each: none until another draft to the same person is known.
  if (same.length === 0) return undefined;
  const zone = zoneOf(ctx.options);
  const date: LocalDateTime | undefined = meta.sentAt ?? meta.plannedSend;
  // A draft without a date is being written now.
  const moment = date ? toInstant(date, zone) : inZone(ctx.now, zone);
  const day = date ? dayOf(date, zone) : dayOf({ year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate(), hour: 0, minute: 0, hasTime: false }, zone);
  const me: Dated = {
    summary: { file: ctx.file ?? '', recipient: meta.recipient, channel: meta.channel, date, scenario: meta.scenario },
    moment,
    day,
  };
  const earlier: Dated[] = [];
  for (const s of same) {
    const m = toInstant(s.date as LocalDateTime, zone);
    const before = m.getTime() < moment.getTime() || (m.getTime() === moment.getTime() && s.file < (ctx.file ?? ''));
    if (before) earlier.push({ summary: s, moment: m, day: dayOf(s.date as LocalDateTime, zone) });
  }
  if (earlier.length === 0) return undefined;
  earlier.sort((a, b) => a.moment.getTime() - b.moment.getTime() || (a.summary.file < b.summary.file ? -1 : 1));
  return { me, earlier, range: { start: field.valueStart, end: field.valueEnd } };
}

function spanText(days: number): string {
  return days === 0 ? 'le même jour' : `sur ${days + 1} jours`;
}

/** Earlier drafts to the same recipient through another channel, within the channel window. */
function otherChannels(me: Dated, earlier: readonly Dated[], windowDays: number): Dated[] {
  return earlier.filter((d) => d.summary.channel !== me.summary.channel && calendarDaysBetween(d.day, me.day) < windowDays);
}

/** The examples of the checks across drafts: a thank-you mail already sent to Mme Martin on 9 March. */
const WORKSPACE = [
  {
    file: 'merci.reponse.md',
    text: '---\ncanal: mail\ndestinataire: Mme Martin\nenvoye: 2026-03-09 10:00\n---\nObjet : Merci pour votre retour\n\nBonjour Madame Martin,\nMerci pour votre retour. Je comprends votre décision.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  },
] as const;

export const multicanalDestinataire: RuleDefinition = {
  id: 'multicanal-destinataire',
  category: 'multicanal',
  severity: 'warning',
  description: 'Un autre brouillon écrit à la même personne par un autre canal à quelques jours d’intervalle (seuil `channelWindowDays`) : Mail + LinkedIn + SMS = pression.',
  tip: 'multicanal',
  recap: RECAP_CHANNELS,
  blocks: BLOCKS_CHANNELS,
  example: '---\ncanal: linkedin\ndestinataire: Mme Martin\nenvoi_prevu: 2026-03-10 10:00\n---\nBonjour Madame Martin, merci encore pour nos échanges.\nLéa',
  counterExample: '---\ncanal: linkedin\ndestinataire: Mme Martin\nenvoi_prevu: 2026-05-12 10:00\n---\nBonjour Madame Martin, merci encore pour nos échanges.\nLéa',
  workspace: WORKSPACE,
  *check(draft, ctx) {
    const found = earlierToSameRecipient(draft, ctx);
    if (!found) return;
    const { me, earlier, range } = found;
    const others = otherChannels(me, earlier, ctx.options.thresholds.channelWindowDays);
    if (others.length === 0) return;
    const year = me.day.getFullYear();
    const channels = new Set([me.summary.channel, ...others.map((o) => o.summary.channel)]);
    const span = calendarDaysBetween(others[0].day, me.day);
    const list = others.map((o) => when(o, year));
    const listText = frenchList(list);
    yield {
      ...range,
      message: `${me.summary.recipient} reçoit déjà ${listText}. Avec ${channelInfo(me.summary.channel).thisMessage}, cela fait ${channels.size} canaux ${spanText(span)} : multicanal envahissant (« Mail + LinkedIn + SMS = pression »). Gardez un seul canal.`,
      related: others.map((o) => related(o, year)),
    };
  },
};

export const relanceTropRapprochee: RuleDefinition = {
  id: 'relance-trop-rapprochee',
  category: 'multicanal',
  severity: 'warning',
  description: 'Un message à la même personne suit le précédent de trop près : le guide espace les suivis (une ressource 1 à 2 semaines après, un check-in discret après 2 à 3 mois ; seuils `followUpDays` et `checkInDays`).',
  tip: 'radar',
  recap: RECAP_CHANNELS,
  blocks: BLOCKS_CHANNELS,
  example: '---\ncanal: mail\ndestinataire: Madame Martin\nenvoi_prevu: 2026-03-11 10:00\n---\nObjet : Un article\n\nBonjour Madame Martin,\nVoici l’article dont nous avions parlé.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  counterExample: '---\ncanal: mail\ndestinataire: Madame Martin\nenvoi_prevu: 2026-03-23 10:00\n---\nObjet : Un article\n\nBonjour Madame Martin,\nVoici l’article dont nous avions parlé.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78',
  workspace: WORKSPACE,
  *check(draft, ctx) {
    const found = earlierToSameRecipient(draft, ctx);
    if (!found) return;
    const { me, earlier, range } = found;
    const { followUpDays, checkInDays, channelWindowDays } = ctx.options.thresholds;
    const last = earlier[earlier.length - 1];
    // Another channel within the window is already said by multicanal-destinataire.
    if (otherChannels(me, [last], channelWindowDays).length > 0) return;
    const rhythm = rhythmOf(me.summary.scenario);
    const min = rhythm === 'check-in' ? Math.max(checkInDays, followUpDays) : followUpDays;
    const gap = calendarDaysBetween(last.day, me.day);
    if (gap >= min) return;
    const year = me.day.getFullYear();
    const wait = formatDay(addDays(last.day, min), year);
    const ago = gap === 0 ? 'le même jour' : gap === 1 ? 'la veille' : `${gap} jours plus tôt`;
    const advice =
      rhythm === 'check-in'
        ? `un check-in discret vient 2 à 3 mois après le dernier échange. Attendez le ${wait}.`
        : `une ressource utile 1 à 2 semaines après, puis un check-in discret après 2 à 3 mois. Attendez le ${wait}.`;
    yield {
      ...range,
      message: `Un autre message à ${me.summary.recipient} ${ago} : ${when(last, year)}. Le guide espace les suivis : ${advice}`,
      related: [related(last, year)],
      severity: rhythm === 'check-in' && gap >= followUpDays ? 'information' : undefined,
    };
  },
};

export const multicanalRules: readonly RuleDefinition[] = [multicanalAnnonce, relanceInsistante, relanceAnnoncee, multicanalDestinataire, relanceTropRapprochee];
