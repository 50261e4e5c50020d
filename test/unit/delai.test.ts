import * as assert from 'node:assert/strict';
import { analyze, defaultOptions, parseDraft, resolveOptions, RULES, sendWindow, sendWindowLines, type AnalyzeOptions, type Finding } from '../../src/core';
import { applyFix } from './helpers';

// Every test runs in the Paris time zone, whatever the machine's.
const PARIS = { ...defaultOptions(), timeZone: 'Europe/Paris' };
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function draft(header: string): string {
  return `---\ncanal: mail\n${header}\n---\nObjet : Merci pour votre retour\n\nBonjour Madame,\n\nMerci pour votre retour.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78\n`;
}

function timing(text: string, now: string, options: Partial<AnalyzeOptions> = {}): Finding[] {
  return analyze(text, { ...PARIS, ...options, now: new Date(now) }).filter((f) => f.category === 'delai');
}

function windowOf(refusal: string, options: Partial<AnalyzeOptions> = {}, now = '2026-01-01T00:00:00Z') {
  const w = sendWindow(parseDraft(draft(`refus_recu: ${refusal}`)).meta, { ...PARIS, ...options }, new Date(now));
  assert.ok(w);
  return w;
}

describe('delai: when to answer a refusal (24 to 48 business hours)', () => {
  // refus_recu → earliest, latest (Paris wall clock, in French), earliest instant in UTC.
  const windows: [string, string, string, string, Partial<AnalyzeOptions>?][] = [
    ['a Monday morning', '2026-03-09 10:00', 'mardi 10 mars, 10 h', 'mercredi 11 mars, 10 h'],
    ['the guide’s example (Monday 9:15)', '2024-03-11 09:15', 'mardi 12 mars, 9 h 15', 'mercredi 13 mars, 9 h 15'],
    ['a Friday afternoon: the weekend does not count', '2026-03-13 15:30', 'lundi 16 mars, 15 h 30', 'mardi 17 mars, 15 h 30'],
    ['the eve of 14 July', '2026-07-13 11:00', 'mercredi 15 juillet, 11 h', 'jeudi 16 juillet, 11 h'],
    ['the eve of 1 May (a Thursday): holiday, then weekend', '2026-04-30 16:00', 'lundi 4 mai, 16 h', 'mardi 5 mai, 16 h'],
    ['the eve of Ascension (Easter-based)', '2026-05-13 10:00', 'vendredi 15 mai, 10 h', 'lundi 18 mai, 10 h'],
    ['Good Friday outside Alsace-Moselle: Easter Monday is off', '2026-04-03 10:00', 'mardi 7 avril, 10 h', 'mercredi 8 avril, 10 h'],
    ['Good Friday in Alsace-Moselle: a holiday there', '2026-04-03 10:00', 'mercredi 8 avril, 9 h', 'jeudi 9 avril, 9 h', { alsaceMoselle: true }],
    ['an evening: the clock starts the next morning', '2026-03-09 20:00', 'mercredi 11 mars, 9 h', 'jeudi 12 mars, 9 h'],
    ['a Saturday', '2026-03-14 11:00', 'mardi 17 mars, 9 h', 'mercredi 18 mars, 9 h'],
    ['before opening', '2026-03-09 07:10', 'mardi 10 mars, 9 h', 'mercredi 11 mars, 9 h'],
    ['other working hours', '2026-03-09 17:30', 'mercredi 11 mars, 8 h 30', 'jeudi 12 mars, 8 h 30', { workingHours: { start: 8 * 60 + 30, end: 17 * 60 } }],
    ['a date without a time: next opening to the closing two days later', '2026-03-09', 'mardi 10 mars, 9 h', 'mercredi 11 mars, 18 h'],
    ['a year end: 25 December and New Year’s Day', '2026-12-24 10:00', 'lundi 28 décembre, 10 h', 'mardi 29 décembre, 10 h'],
  ];
  for (const [name, refusal, earliest, latest, options] of windows) {
    it(`${name}: ${refusal} → from ${earliest} to ${latest}`, () => {
      const w = windowOf(refusal, options);
      assert.equal(nbsp(w.earliestText).replace(/ 20\d\d,/, ','), earliest);
      assert.equal(nbsp(w.latestText).replace(/ 20\d\d,/, ','), latest);
    });
  }

  it('counts calendar days across a daylight saving change (spring): same wall-clock time, one hour less in UTC', () => {
    const w = windowOf('2026-03-27 10:00');
    assert.equal(new Date(w.refusal.getTime()).toISOString(), '2026-03-27T09:00:00.000Z');
    assert.equal(new Date(w.earliest.getTime()).toISOString(), '2026-03-30T08:00:00.000Z');
    assert.equal(nbsp(w.earliestText), 'lundi 30 mars, 10 h');
  });

  it('counts calendar days across a daylight saving change (autumn)', () => {
    const w = windowOf('2026-10-23 17:45');
    assert.equal(new Date(w.earliest.getTime()).toISOString(), '2026-10-26T16:45:00.000Z');
    assert.equal(nbsp(w.earliestText), 'lundi 26 octobre, 17 h 45');
  });

  it('reads a refusal with an explicit offset as that instant', () => {
    const w = windowOf('2026-03-09T09:00:00Z');
    assert.equal(nbsp(w.refusalText), 'lundi 9 mars, 10 h');
  });

  it('judges envoi_prevu when present, else now', () => {
    const planned = sendWindow(parseDraft(draft('refus_recu: 2026-03-13 15:30\nenvoi_prevu: 2026-03-16 16:00')).meta, PARIS, new Date('2026-03-13T15:00:00Z'));
    assert.equal(planned?.referenceSource, 'envoi_prevu');
    assert.equal(planned?.status, 'in-window');
    const now = sendWindow(parseDraft(draft('refus_recu: 2026-03-13 15:30')).meta, PARIS, new Date('2026-03-13T15:00:00Z'));
    assert.equal(now?.referenceSource, 'now');
    assert.equal(now?.status, 'too-early');
    assert.equal(now?.suggestedValue, '2026-03-16 15:30');
    assert.equal(sendWindow(parseDraft(draft('canal: mail')).meta, PARIS, new Date()), undefined);
  });

  // refus_recu, envoi_prevu (or none: now), now (UTC) → the rule expected, or none.
  const cases: [string, string, string | undefined, string, string | undefined][] = [
    ['Friday afternoon refusal, answer the same afternoon', '2026-03-13 15:30', '2026-03-13 16:00', '2026-03-13T15:00:00Z', 'reponse-trop-rapide'],
    ['Friday afternoon refusal, answer on Saturday', '2026-03-13 15:30', '2026-03-14 10:00', '2026-03-13T15:00:00Z', 'reponse-trop-rapide'],
    ['Friday afternoon refusal, answer Monday morning', '2026-03-13 15:30', '2026-03-16 10:00', '2026-03-13T15:00:00Z', 'reponse-trop-rapide'],
    ['Friday afternoon refusal, answer Monday late afternoon', '2026-03-13 15:30', '2026-03-16 16:00', '2026-03-13T15:00:00Z', undefined],
    ['Friday afternoon refusal, answer Wednesday', '2026-03-13 15:30', '2026-03-18 10:00', '2026-03-13T15:00:00Z', 'reponse-tardive'],
    ['eve of 14 July, answer on the 14th', '2026-07-13 11:00', '2026-07-14 11:30', '2026-07-13T10:00:00Z', 'reponse-trop-rapide'],
    ['eve of 14 July, answer on the 15th', '2026-07-13 11:00', '2026-07-15 11:30', '2026-07-13T10:00:00Z', undefined],
    ['no envoi_prevu, now is too early', '2026-03-09 10:00', undefined, '2026-03-09T10:00:00Z', 'reponse-trop-rapide'],
    ['no envoi_prevu, now is in the window', '2026-03-09 10:00', undefined, '2026-03-10T13:00:00Z', undefined],
    ['no envoi_prevu, now is late', '2026-03-02 10:00', undefined, '2026-03-10T13:00:00Z', 'reponse-tardive'],
    ['a planned day without a time on the first good day', '2026-03-09 10:00', '2026-03-10', '2026-03-09T10:00:00Z', undefined],
    ['a planned day without a time the same day', '2026-03-09 10:00', '2026-03-09', '2026-03-09T10:00:00Z', 'reponse-trop-rapide'],
    ['a planned evening inside the window', '2026-03-06 10:00', '2026-03-09 23:30', '2026-03-06T10:00:00Z', 'envoi-hors-heures-ouvrees'],
  ];
  for (const [name, refusal, planned, now, rule] of cases) {
    it(`${name} → ${rule ?? 'nothing'}`, () => {
      const t = draft(`refus_recu: ${refusal}${planned ? `\nenvoi_prevu: ${planned}` : ''}`);
      assert.deepEqual(
        timing(t, now).map((f) => f.rule),
        rule ? [rule] : [],
      );
    });
  }

  it('too early: a warning « Pas de rage-reply » naming the earliest good moment, on envoi_prevu', () => {
    const t = draft('refus_recu: 2026-03-13 15:30\nenvoi_prevu: 2026-03-13 16:00');
    const [f] = timing(t, '2026-03-13T15:00:00Z');
    assert.equal(f.severity, 'warning');
    assert.equal(t.slice(f.start, f.end), '2026-03-13 16:00');
    assert.match(nbsp(f.message), /^Pas de rage-reply : .*Envoyez à partir de lundi 16 mars, 15 h 30, idéalement avant mardi 17 mars, 15 h 30\./);
  });

  it('too early without envoi_prevu: the finding sits on refus_recu', () => {
    const t = draft('refus_recu: 2026-03-09 10:00');
    const [f] = timing(t, '2026-03-09T10:00:00Z');
    assert.equal(t.slice(f.start, f.end), '2026-03-09 10:00');
    assert.match(nbsp(f.message), /à partir de mardi 10 mars, 10 h/);
  });

  it('« Planifier l’envoi » inserts envoi_prevu with the earliest good moment', () => {
    const t = draft('refus_recu: 2026-03-13 15:30');
    const [f] = timing(t, '2026-03-13T15:00:00Z');
    assert.equal(f.fixes[0].title, 'Planifier l’envoi (2026-03-16 15:30)');
    const fixed = applyFix(t, f);
    assert.match(fixed, /^---\ncanal: mail\nrefus_recu: 2026-03-13 15:30\nenvoi_prevu: 2026-03-16 15:30\n---\n/);
    assert.deepEqual(timing(fixed, '2026-03-13T15:00:00Z'), []);
  });

  it('« Planifier l’envoi » replaces an envoi_prevu that is too early', () => {
    const t = draft('refus_recu: 2026-07-13 11:00\nenvoi_prevu: 2026-07-14 08:00');
    const fixed = applyFix(t, timing(t, '2026-07-13T10:00:00Z')[0]);
    assert.match(fixed, /\nenvoi_prevu: 2026-07-15 11:00\n/);
    assert.equal(fixed.match(/envoi_prevu/g)?.length, 1);
    assert.deepEqual(timing(fixed, '2026-07-13T10:00:00Z'), []);
  });

  it('« Planifier l’envoi » fills an empty envoi_prevu and keeps CRLF line ends', () => {
    const t = draft('refus_recu: 2026-03-09 10:00\nenvoi_prevu:').replace(/\n/g, '\r\n');
    const f = timing(t, '2026-03-09T10:00:00Z').find((x) => x.rule === 'reponse-trop-rapide');
    assert.ok(f);
    assert.match(applyFix(t, f), /\r\nenvoi_prevu: 2026-03-10 10:00\r\n---\r\n/);
  });

  it('too late: information, said kindly', () => {
    const [f] = timing(draft('refus_recu: 2026-03-02 10:00\nenvoi_prevu: 2026-03-12 10:00'), '2026-03-02T10:00:00Z');
    assert.equal(f.severity, 'information');
    assert.match(f.message, /la réponse reste utile/);
  });

  it('an evening send inside the window: information, with a fix to the next working hour', () => {
    const t = draft('refus_recu: 2026-03-06 10:00\nenvoi_prevu: 2026-03-09 23:30');
    const [f] = timing(t, '2026-03-06T10:00:00Z');
    assert.equal(f.severity, 'information');
    assert.match(nbsp(f.message), /Préférez mardi 10 mars, 9 h\./);
    assert.deepEqual(timing(applyFix(t, f), '2026-03-06T10:00:00Z'), []);
  });

  it('says nothing once the reply is sent (envoye), or without refus_recu', () => {
    assert.deepEqual(timing(draft('refus_recu: 2026-03-09 10:00\nenvoye: 2026-03-09 10:05'), '2026-03-09T10:00:00Z'), []);
    assert.deepEqual(timing(draft('envoi_prevu: 2026-03-09 10:05'), '2026-03-09T10:00:00Z'), []);
  });

  it('does not depend on the machine’s time zone when the setting is given', () => {
    const t = draft('refus_recu: 2026-03-27 10:00');
    for (const zone of ['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'UTC']) {
      const w = sendWindow(parseDraft(t).meta, { ...defaultOptions(), timeZone: zone }, new Date('2026-03-27T09:00:00Z'));
      assert.equal(nbsp(w?.earliestText ?? ''), 'lundi 30 mars, 10 h', zone);
    }
  });
});

describe('timing settings', () => {
  it('accepts a time zone, working hours and Alsace-Moselle', () => {
    const { options, problems } = resolveOptions({ timeZone: 'Europe/Paris', workingHours: '8h30-17h', alsaceMoselle: true }, RULES);
    assert.deepEqual(problems, []);
    assert.equal(options.timeZone, 'Europe/Paris');
    assert.deepEqual(options.workingHours, { start: 510, end: 1020 });
    assert.equal(options.alsaceMoselle, true);
  });
  it('defaults to the machine’s time zone and 9:00–18:00', () => {
    const { options } = resolveOptions({ timeZone: '' }, RULES);
    assert.equal(options.timeZone, Intl.DateTimeFormat().resolvedOptions().timeZone);
    assert.deepEqual(options.workingHours, { start: 540, end: 1080 });
    assert.equal(options.alsaceMoselle, false);
  });
  const invalid: [unknown, RegExp][] = [
    [{ timeZone: 'Europe/Lutece' }, /timeZone : fuseau horaire "Europe\/Lutece" inconnu/],
    [{ timeZone: 42 }, /timeZone : fuseau horaire 42 inconnu/],
    [{ workingHours: '18:00-09:00' }, /workingHours : attendu des heures ouvrées comme « 09:00-18:00 »/],
    [{ workingHours: '25:00-26:00' }, /workingHours/],
    [{ workingHours: 9 }, /workingHours/],
    [{ alsaceMoselle: 'oui' }, /alsaceMoselle : attendu true ou false/],
    [{ thresholds: { channelWindowDays: 0 } }, /channelWindowDays : attendu un nombre entier de 1 à 365/],
    [{ thresholds: { checkInDays: 1.5 } }, /checkInDays/],
  ];
  for (const [raw, message] of invalid) {
    it(`one clear French message for ${JSON.stringify(raw)}`, () => {
      const { problems } = resolveOptions(raw, RULES);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], message);
    });
  }
});

describe('the send window for a hover on refus_recu', () => {
  it('gives the window and what to do now, in French', () => {
    const meta = parseDraft(draft('refus_recu: 2026-03-13 15:30')).meta;
    const lines = sendWindowLines(meta, PARIS, new Date('2026-03-13T15:00:00Z'))?.map(nbsp);
    assert.deepEqual(lines, [
      'Du lundi 16 mars, 15 h 30 au mardi 17 mars, 15 h 30 (24 à 48 h ouvrées après le refus du vendredi 13 mars, 15 h 30).',
      'Trop tôt pour l’envoyer : attendez le lundi 16 mars, 15 h 30.',
    ]);
    assert.equal(sendWindowLines(parseDraft(draft('canal: mail')).meta, PARIS, new Date()), undefined);
  });
});
