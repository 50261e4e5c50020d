import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as fc from 'fast-check';
import { convertIcsCalendar } from 'ts-ics';
import {
  calendarEvent,
  checkEmail,
  defaultOptions,
  eventFor,
  followupJson,
  followupReminder,
  followupTable,
  followupText,
  inZone,
  mailtoUrl,
  parseHeader,
  plainMessage,
  prefillSnippet,
  SCENARIOS,
  setHeaderField,
  summarizeText,
  type AnalyzeOptions,
  type DraftSummary,
} from '../../src/core';

const PARIS: AnalyzeOptions = { ...defaultOptions(), timeZone: 'Europe/Paris' };

/** A draft summary from header lines, as the workspace index reads it. */
function draft(file: string, header: Record<string, string>): DraftSummary {
  const lines = Object.entries(header).map(([k, v]) => `${k}: ${v}`);
  return summarizeText(file, `---\n${lines.join('\n')}\n---\nBonjour,\n`);
}

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Suivi: grouping by recipient', () => {
  const now = new Date('2026-03-20T10:00:00Z');

  it('puts « Mme Martin », « Madame Martin » and « martin » in one group, spelled as most drafts spell it', () => {
    const t = followupTable(
      [
        draft('a.reponse.md', { destinataire: 'Mme Martin', envoye: '2026-03-09 14:00' }),
        draft('b.reponse.md', { destinataire: 'Madame Martin', canal: 'linkedin' }),
        draft('c.reponse.md', { destinataire: 'martin' }),
        draft('d.reponse.md', { destinataire: 'Mme Martin', envoi_prevu: '2026-03-25 09:00' }),
      ],
      PARIS,
      now,
    );
    assert.equal(t.groups.length, 1);
    assert.equal(t.groups[0].label, 'Mme Martin');
    assert.deepEqual(
      t.groups[0].entries.map((e) => [e.file, e.status]),
      [
        ['a.reponse.md', 'envoye'],
        ['d.reponse.md', 'planifie'],
        ['b.reponse.md', 'brouillon'],
        ['c.reponse.md', 'brouillon'],
      ],
    );
  });

  it('matches accents, case and a company in brackets, as the multichannel rules do', () => {
    const t = followupTable(
      [draft('a.reponse.md', { destinataire: 'Mme Hélène Lefèvre (Acme)' }), draft('b.reponse.md', { destinataire: 'MADAME HELENE LEFEVRE' })],
      PARIS,
      now,
    );
    assert.equal(t.groups.length, 1);
    assert.equal(t.groups[0].entries.length, 2);
  });

  it('keeps « M. Bernard » and « Mme Bernard » apart, and a bare « Bernard » apart from both', () => {
    const t = followupTable(
      [
        draft('a.reponse.md', { destinataire: 'M. Bernard' }),
        draft('b.reponse.md', { destinataire: 'Monsieur Bernard' }),
        draft('c.reponse.md', { destinataire: 'Mme Bernard' }),
        draft('d.reponse.md', { destinataire: 'Bernard' }),
      ],
      PARIS,
      now,
    );
    const groups = t.groups.map((g) => g.entries.map((e) => e.file).join(',')).sort();
    assert.deepEqual(groups, ['a.reponse.md,b.reponse.md', 'c.reponse.md', 'd.reponse.md']);
  });

  it('lists drafts without recipient apart', () => {
    const t = followupTable([draft('x.reponse.md', { canal: 'sms' }), draft('y.reponse.md', { destinataire: 'Acme' })], PARIS, now);
    assert.deepEqual(
      t.unassigned.map((e) => e.file),
      ['x.reponse.md'],
    );
    assert.equal(t.groups[0].label, 'Acme');
  });

  it('gives each draft its status and date in French', () => {
    const t = followupTable(
      [
        draft('a.reponse.md', { destinataire: 'Acme', envoye: '2026-03-09 14:00', scenario: 'entretien' }),
        draft('b.reponse.md', { destinataire: 'Acme', envoi_prevu: '2026-04-01' }),
        draft('c.reponse.md', { destinataire: 'Acme', refus_recu: '2026-03-06 17:00' }),
      ],
      PARIS,
      now,
    );
    const lines = t.groups[0].entries.map((e) => `${e.status} ${nbsp(e.dateText)}`);
    assert.deepEqual(lines, ['brouillon refus reçu le vendredi 6 mars, 17 h', 'envoye envoyé le lundi 9 mars, 14 h', 'planifie prévu le mercredi 1er avril']);
  });
});

describe('Suivi: next contact across weekends and French public holidays', () => {
  const next = (sent: string, now: string, options: AnalyzeOptions = PARIS) =>
    followupTable([draft('a.reponse.md', { destinataire: 'Mme Martin', envoye: sent })], options, new Date(now)).groups[0].next;

  it('a check-in 60 days after a message sent on Monday 2 March 2026 falls on 1 May, a holiday and a Friday: it starts on Monday 4 May', () => {
    const n = next('2026-03-02 10:00', '2026-03-20T10:00:00Z');
    assert.ok(n);
    assert.equal(n.kind, 'check-in');
    assert.equal(n.state, 'a-venir');
    assert.equal(nbsp(n.text), 'check-in discret du lundi 4 mai au dimanche 31 mai');
    assert.equal(n.suggestedSend, '2026-05-04 09:00');
  });

  it('8 May (Victoire 1945) moves the start to Monday 11 May; Ascension (14 May) to Friday 15 May', () => {
    assert.equal(next('2026-03-09 10:00', '2026-03-20T10:00:00Z')?.suggestedSend, '2026-05-11 09:00');
    assert.equal(next('2026-03-15 10:00', '2026-03-20T10:00:00Z')?.suggestedSend, '2026-05-15 09:00');
  });

  it('Alsace-Moselle adds Good Friday: 3 April 2026 then Easter Monday push the start to Tuesday 7 April', () => {
    assert.equal(next('2026-02-02 10:00', '2026-02-10T10:00:00Z')?.suggestedSend, '2026-04-03 09:00');
    assert.equal(next('2026-02-02 10:00', '2026-02-10T10:00:00Z', { ...PARIS, alsaceMoselle: true })?.suggestedSend, '2026-04-07 09:00');
  });

  it('follows checkInDays and the working hours of the settings', () => {
    const options = { ...PARIS, thresholds: { ...PARIS.thresholds, checkInDays: 90 }, workingHours: { start: 8 * 60 + 30, end: 17 * 60 } };
    // 2 March + 90 days = Sunday 31 May; Monday 1 June is not a holiday in 2026 (Pentecost Monday is 25 May).
    assert.equal(next('2026-03-02 10:00', '2026-03-20T10:00:00Z', options)?.suggestedSend, '2026-06-01 08:30');
  });

  it('says when the window is open, and when it has passed (overdue)', () => {
    const open = followupTable([draft('a.reponse.md', { destinataire: 'Mme Martin', envoye: '2026-03-02 10:00' })], PARIS, new Date('2026-05-05T10:00:00Z'));
    assert.equal(open.groups[0].next?.state, 'maintenant');
    assert.equal(open.groups[0].overdue, false);
    assert.deepEqual(
      followupReminder(open).checkIns.map((g) => g.label),
      ['Mme Martin'],
    );
    const late = followupTable([draft('a.reponse.md', { destinataire: 'Mme Martin', envoye: '2026-03-02 10:00' })], PARIS, new Date('2026-06-01T10:00:00Z'));
    assert.equal(late.groups[0].next?.state, 'en-retard');
    assert.equal(late.groups[0].overdue, true);
  });

  it('a planned draft is the next contact; planned for today, it is due; planned yesterday and unsent, it is overdue', () => {
    const drafts = [draft('a.reponse.md', { destinataire: 'Acme', envoye: '2026-03-02 10:00' }), draft('b.reponse.md', { destinataire: 'Acme', envoi_prevu: '2026-05-04 09:00', scenario: 'checkin' })];
    const today = followupTable(drafts, PARIS, new Date('2026-05-04T05:00:00Z'));
    assert.equal(today.groups[0].next?.kind, 'envoi');
    assert.equal(today.groups[0].next?.state, 'maintenant');
    assert.deepEqual(
      followupReminder(today).planned.map((e) => e.file),
      ['b.reponse.md'],
    );
    assert.deepEqual(followupReminder(today).checkIns, [], 'a planned check-in is not reminded twice');
    const after = followupTable(drafts, PARIS, new Date('2026-05-05T08:00:00Z'));
    assert.equal(after.groups[0].next?.state, 'en-retard');
    assert.equal(after.groups[0].entries[1].due, 'en-retard');
  });

  it('before anything is sent, the next contact is the reply window: 24 to 48 business hours across the weekend', () => {
    const t = followupTable([draft('a.reponse.md', { destinataire: 'Acme', refus_recu: '2026-03-06 17:00' })], PARIS, new Date('2026-03-07T10:00:00Z'));
    const n = t.groups[0].next;
    assert.equal(n?.kind, 'reponse');
    assert.equal(n?.state, 'a-venir');
    assert.equal(nbsp(n?.text ?? ''), 'réponse au refus du lundi 9 mars, 17 h au mardi 10 mars, 17 h');
  });

  it('sorts overdue recipients first, then those due now, then by date', () => {
    const t = followupTable(
      [
        draft('a.reponse.md', { destinataire: 'Later', envoye: '2026-04-20 10:00' }),
        draft('b.reponse.md', { destinataire: 'Overdue', envoye: '2026-01-05 10:00' }),
        draft('c.reponse.md', { destinataire: 'Now', envoye: '2026-03-02 10:00' }),
        draft('d.reponse.md', { destinataire: 'Nothing' }),
      ],
      PARIS,
      new Date('2026-05-05T10:00:00Z'),
    );
    assert.deepEqual(
      t.groups.map((g) => g.label),
      ['Overdue', 'Now', 'Later', 'Nothing'],
    );
  });
});

describe('Suivi: time zones', () => {
  const sent = (value: string, zone: string, now = '2026-03-20T10:00:00Z') =>
    followupTable([draft('a.reponse.md', { destinataire: 'Acme', envoye: value })], { ...PARIS, timeZone: zone }, new Date(now)).groups[0].next;

  it('a sending time with an offset is read in the writer’s zone: 23:30 UTC on 8 March is 9 March in Paris, 8 March in New York', () => {
    // Paris: 9 March + 60 = Friday 8 May, a holiday → Monday 11 May. New York: 8 March + 60 = Thursday 7 May.
    assert.equal(sent('2026-03-08T23:30:00Z', 'Europe/Paris')?.suggestedSend, '2026-05-11 09:00');
    assert.equal(sent('2026-03-08T23:30:00Z', 'America/New_York')?.suggestedSend, '2026-05-07 09:00');
  });

  it('« today » is the writer’s day: at 22:30 UTC on 3 May the Paris window has opened, the Montreal one not yet', () => {
    assert.equal(sent('2026-03-02 10:00', 'Europe/Paris', '2026-05-03T22:30:00Z')?.state, 'maintenant');
    assert.equal(sent('2026-03-02 10:00', 'America/Montreal', '2026-05-03T22:30:00Z')?.state, 'a-venir');
  });

  it('writes dates in JSON with the offset of the zone, summer time included', () => {
    const t = followupTable([draft('a.reponse.md', { destinataire: 'Acme', envoye: '2026-03-27 10:00' }), draft('b.reponse.md', { destinataire: 'Acme', envoi_prevu: '2026-03-30 10:00' })], PARIS, new Date('2026-03-28T10:00:00Z'));
    const json = followupJson(t, 'Europe/Paris');
    assert.equal(json.recipients[0].drafts[0].date, '2026-03-27T10:00:00.000+01:00');
    assert.equal(json.recipients[0].drafts[1].date, '2026-03-30T10:00:00.000+02:00');
  });
});

describe('Suivi: the table as text', () => {
  it('prints a headline per recipient and a row per draft', () => {
    const t = followupTable(
      [draft('dir/a.reponse.md', { destinataire: 'Mme Martin', envoye: '2026-03-02 10:00', scenario: 'entretien', email: 'claire.martin@acme.fr' }), draft('dir/n.reponse.md', { canal: 'sms' })],
      PARIS,
      new Date('2026-05-05T10:00:00Z'),
    );
    const text = nbsp(followupText(t, 'Europe/Paris'));
    assert.match(text, /^Suivi au mardi 5 mai, 12 h \(Europe\/Paris\)/);
    assert.match(text, /\nMme Martin — maintenant : check-in discret du lundi 4 mai au dimanche 31 mai <claire\.martin@acme\.fr>\n/);
    assert.match(text, /\n {2}envoyé +mail +entretien +envoyé le lundi 2 mars, 10 h +dir\/a\.reponse\.md\n/);
    assert.match(text, /\nSans destinataire .*\n {2}brouillon +SMS/);
  });

  it('says when there is no draft', () => {
    assert.match(followupText(followupTable([], PARIS, new Date()), 'Europe/Paris'), /Aucun brouillon de réponse\.\n$/);
  });
});

describe('Suivi: the message as the recipient reads it', () => {
  const body = (s: string) => plainMessage(s).body;

  it('drops the front matter, comments and quoted lines, and takes the subject apart', () => {
    const text = [
      '---',
      'canal: mail',
      'destinataire: Mme Martin',
      '---',
      '<!-- boomerang-disable-next-line champ-a-remplir -->',
      '**Objet :** Merci pour votre retour',
      '',
      'Bonjour Madame Martin, <!-- à vérifier -->',
      '',
      '> Nous avons le regret de vous informer…',
      '',
      'Merci pour votre retour.',
      '<!--',
      'note : ne pas parler du salaire',
      '-->',
      'Bien cordialement,',
      'Camille',
      '',
    ].join('\r\n');
    assert.deepEqual(plainMessage(text), { subject: 'Merci pour votre retour', body: 'Bonjour Madame Martin,\n\nMerci pour votre retour.\nBien cordialement,\nCamille' });
  });

  it('turns emphasis into text, leaving stars and underscores that are not emphasis', () => {
    assert.equal(body('J’ai **beaucoup** apprécié *notre* échange, __vraiment__ _sincèrement_.'), 'J’ai beaucoup apprécié notre échange, vraiment sincèrement.');
    assert.equal(body('***Très*** bien, et **_vraiment_** merci'), 'Très bien, et vraiment merci');
    assert.equal(body('Le fichier mon_projet_final.pdf et 5 * 3 = 15'), 'Le fichier mon_projet_final.pdf et 5 * 3 = 15');
    assert.equal(body('Une étoile seule * ici, et **non fermé'), 'Une étoile seule * ici, et **non fermé');
    assert.equal(body('Échappés : \\*pas d’italique\\* et \\_ni là\\_'), 'Échappés : *pas d’italique* et _ni là_');
  });

  it('keeps typographic spaces and French quotes as typed', () => {
    const s = 'Merci\u202f! « *Vraiment* » :\u00a0à bientôt';
    assert.equal(plainMessage(s).body, 'Merci\u202f! « Vraiment » :\u00a0à bientôt');
  });

  it('writes links as text and address, autolinks and e-mail links as the address, images as their description', () => {
    assert.equal(body('Mon [portfolio](https://exemple.fr/camille) et [https://exemple.fr](https://exemple.fr)'), 'Mon portfolio (https://exemple.fr/camille) et https://exemple.fr');
    assert.equal(body('Écrivez-moi : <camille@exemple.fr> ou [camille@exemple.fr](mailto:camille@exemple.fr)'), 'Écrivez-moi : camille@exemple.fr ou camille@exemple.fr');
    assert.equal(body('![Logo de Camille](logo.png) Camille'), 'Logo de Camille Camille');
    assert.equal(body('[Prénom Nom] – [LinkedIn]'), '[Prénom Nom] – [LinkedIn]');
  });

  it('keeps code and placeholders readable, drops heading marks, keeps list items', () => {
    const text = '# Réponse\n\n- un point\n* un autre\n\nLe module `parse_*` et <date> restent.\nUne ligne<br>coupée\n\n\n\n1. premier\n';
    assert.equal(plainMessage(text).body, 'Réponse\n\n- un point\n- un autre\n\nLe module parse_* et <date> restent.\nUne ligne\ncoupée\n\n1. premier');
  });

  it('has no subject when the draft has none (LinkedIn, SMS)', () => {
    const m = plainMessage('---\ncanal: linkedin\n---\nBonjour Léa,\nMerci pour nos échanges.\nCamille\n');
    assert.equal(m.subject, undefined);
    assert.equal(m.body, 'Bonjour Léa,\nMerci pour nos échanges.\nCamille');
  });

  it('never throws, and never adds characters that are not in the draft (apart from link brackets, list dashes and line breaks)', () => {
    const alphabet = fc.constantFrom('*', '_', '`', '[', ']', '(', ')', '<', '>', '!', '\\', '&', '#', '-', ' ', '\n', 'a', 'é', '\u00a0', '"', '@', ':', ';');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), (text) => {
        const m = plainMessage(text);
        const allowed = new Set([...text, ' ', '-', '(', ')', '\n', '’', '«', '»', '…', '–', '—', '<', '>', '&']);
        for (const ch of m.body + (m.subject ?? '')) assert.ok(allowed.has(ch), `${JSON.stringify(ch)} from ${JSON.stringify(text)}`);
      }),
      { numRuns: 500 },
    );
  });

  it('copes with broken input: an unclosed header, an unclosed comment, a lone backtick', () => {
    assert.equal(plainMessage('---\ncanal: mail\nBonjour,\nMerci.').body, 'Bonjour,\nMerci.');
    assert.equal(plainMessage('Bonjour,\n<!-- jamais fermé\nMerci.').body, 'Bonjour,');
    assert.equal(plainMessage('Un ` seul et ``deux`` ').body, 'Un ` seul et deux');
  });
});

describe('Suivi: e-mail address and mailto link', () => {
  it('accepts ordinary addresses and explains what is wrong with others', () => {
    assert.equal(checkEmail('claire.martin@acme.fr'), undefined);
    assert.equal(checkEmail('Claire Martin <claire.martin+rh@acme-groupe.fr>'), undefined);
    assert.match(checkEmail('claire.martin.acme.fr') ?? '', /il manque « @ »/);
    assert.match(checkEmail('claire@acme') ?? '', /domaine/);
    assert.match(checkEmail('a@b.fr, c@d.fr') ?? '', /une seule adresse/);
    assert.match(checkEmail('') ?? '', /vide/);
  });

  it('the header reports an invalid address as a header problem', () => {
    const text = '---\nemail: claire.martin.acme.fr\n---\nBonjour,\n';
    assert.equal(summarizeText('a', text).email, undefined);
    assert.equal(summarizeText('a', '---\nemail: claire@acme.fr\n---\n').email, 'claire@acme.fr');
  });

  it('encodes subject and body as UTF-8 with CRLF line breaks', () => {
    const r = mailtoUrl('claire.martin@acme.fr', 'Merci & à bientôt', 'Bonjour,\nMerci\u00a0!');
    assert.deepEqual(r, { ok: true, url: 'mailto:claire.martin@acme.fr?subject=Merci%20%26%20%C3%A0%20bient%C3%B4t&body=Bonjour%2C%0D%0AMerci%C2%A0!' });
  });

  it('refuses a link longer than the limit and says how long it would be', () => {
    const r = mailtoUrl('a@b.fr', 'Objet', 'é'.repeat(400));
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.length > 2000);
  });
});

describe('Suivi: calendar event (RFC 5545)', () => {
  it('writes a check-in event that a calendar reads back, with CRLF lines and escaped text', () => {
    const t = followupTable([draft('a.reponse.md', { destinataire: 'Mme Martin, RH', envoye: '2026-03-02 10:00' })], PARIS, new Date('2026-03-20T10:00:00Z'));
    const g = t.groups[0];
    assert.ok(g.next?.suggestedMoment);
    const ics = calendarEvent(eventFor({ kind: 'check-in', recipient: g.label, channel: 'mail', moment: g.next.suggestedMoment, windowText: g.next.text }, 'a.reponse.md', new Date('2026-03-20T10:00:00Z')));
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'), ics);
    assert.ok(!/[^\r]\n/.test(ics), 'every line ends with CRLF');
    assert.match(ics, /\r\nSUMMARY:Check-in discret : Mme Martin\\, RH \(mail\)\r\n/);
    assert.match(ics, /\r\nDTSTART:20260504T070000Z\r\n/, '9:00 in Paris in summer is 7:00 UTC');
    const back = convertIcsCalendar(undefined, ics);
    const ev = back.events?.[0];
    assert.ok(ev);
    assert.equal(ev.summary, 'Check-in discret : Mme Martin, RH (mail)');
    assert.equal(ev.start.date.toISOString(), '2026-05-04T07:00:00.000Z');
    assert.match(ev.description ?? '', /Préparer le check-in/);
  });

  it('a day without a time becomes an all-day event, and the same draft keeps the same UID', () => {
    const start = inZone(Date.UTC(2026, 4, 11, 10), 'Europe/Paris');
    const target = { kind: 'envoi' as const, recipient: 'Acme', channel: 'mail', file: 'file:///w/a.reponse.md', moment: start, allDay: true };
    const a = calendarEvent(eventFor(target, 'a.reponse.md', new Date()));
    const b = calendarEvent(eventFor(target, 'a.reponse.md', new Date(Date.now() + 60_000)));
    assert.match(a, /\r\nDTSTART;VALUE=DATE:20260511\r\n/);
    assert.match(a, /\r\nDTEND;VALUE=DATE:20260512\r\n/);
    assert.equal(/UID:(.*)\r\n/.exec(a)?.[1], /UID:(.*)\r\n/.exec(b)?.[1]);
  });
});

describe('Suivi: writing the header', () => {
  const apply = (text: string, e: { start: number; end: number; newText: string }) => text.slice(0, e.start) + e.newText + text.slice(e.end);

  it('adds envoye before the closing line, replaces it when present, keeps CRLF', () => {
    const text = '---\r\ncanal: mail\r\n---\r\nBonjour,\r\n';
    const once = apply(text, setHeaderField(text, 'envoye', '2026-03-10 14:05'));
    assert.equal(once, '---\r\ncanal: mail\r\nenvoye: 2026-03-10 14:05\r\n---\r\nBonjour,\r\n');
    assert.equal(apply(once, setHeaderField(once, 'envoye', '2026-03-11 09:00')), once.replace('2026-03-10 14:05', '2026-03-11 09:00'));
    assert.equal(apply('---\nenvoye:\n---\n', setHeaderField('---\nenvoye:\n---\n', 'envoye', '2026-03-10 14:05')), '---\nenvoye: 2026-03-10 14:05\n---\n');
  });

  it('creates the header of a draft that has none, and closes one left open', () => {
    assert.equal(apply('Bonjour,\n', setHeaderField('Bonjour,\n', 'envoye', '2026-03-10 14:05')), '---\nenvoye: 2026-03-10 14:05\n---\nBonjour,\n');
    const open = '---\ncanal: mail\nBonjour,\n';
    const fixed = apply(open, setHeaderField(open, 'envoye', '2026-03-10 14:05'));
    assert.equal(parseHeader(fixed).meta.sentAt?.day, 10);
    assert.equal(parseHeader(fixed).meta.channel, 'mail');
  });

  it('the check-in scenario takes the channel, the address and the planned send of « Préparer le check-in »', () => {
    const checkin = SCENARIOS.find((s) => s.id === 'checkin');
    assert.ok(checkin);
    const body = prefillSnippet(checkin.body, { recipient: 'Mme Martin', refusalReceived: '2026-03-02', channel: 'linkedin', plannedSend: '2026-05-04 09:00', email: 'claire@acme.fr' });
    const header = body.slice(0, body.indexOf('\n---', 3));
    assert.equal(header, '---\nscenario: checkin\ncanal: linkedin\ndestinataire: Mme Martin\nemail: claire@acme.fr\nrefus_recu: 2026-03-02\nenvoi_prevu: 2026-05-04 09:00');
  });
});

describe('Suivi: the manifest', () => {
  const root = resolve(__dirname, '../../..');
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    contributes: {
      viewsContainers: { activitybar: { id: string; icon: string }[] };
      views: Record<string, { id: string; icon?: string }[]>;
      viewsWelcome: { view: string; contents: string; when?: string }[];
      menus: Record<string, { command: string; when?: string }[]>;
      configuration: { properties: Record<string, { type: string; default: unknown }> };
    };
    activationEvents: string[];
  };
  const nls = JSON.parse(readFileSync(resolve(root, 'package.nls.json'), 'utf8')) as Record<string, string>;

  it('puts the « Suivi » view in its own container with an icon that ships, and an empty state for both cases', () => {
    const container = pkg.contributes.viewsContainers.activitybar.find((c) => c.id === 'boomerang');
    assert.ok(container);
    const view = pkg.contributes.views.boomerang.find((v) => v.id === 'boomerang.suivi');
    assert.ok(view?.icon);
    assert.ok(existsSync(resolve(root, container.icon)) && existsSync(resolve(root, view.icon)));
    const welcome = pkg.contributes.viewsWelcome.filter((w) => w.view === 'boomerang.suivi');
    assert.deepEqual(welcome.map((w) => w.when).sort(), ['workbenchState != empty', 'workbenchState == empty']);
    assert.match(nls[welcome[0].contents.slice(1, -1)], /command:boomerang\.nouvelleReponse/);
  });

  it('offers the context actions only where they apply, and starts with a workspace that holds drafts', () => {
    const item = pkg.contributes.menus['view/item/context'];
    const markSent = item.filter((m) => m.command === 'boomerang.marquerEnvoye').map((m) => m.when ?? '');
    assert.ok(markSent.length > 0 && markSent.every((w) => w.includes('view == boomerang.suivi') && w.includes('draft\\.(brouillon|planifie)')), 'only on drafts not sent yet');
    assert.ok(item.some((m) => m.command === 'boomerang.preparerCheckin' && /group\\?\.checkin/.test(m.when ?? '')));
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/*.reponse.md'));
    assert.equal(pkg.contributes.configuration.properties['boomerang.followUpReminder'].default, true);
  });
});
