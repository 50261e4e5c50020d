// French output through Intl (french.ts): dates, plurals and lists come out
// in French on Node 20 (full ICU); test/web/webWorker.test.ts checks the same
// messages in the real web-worker extension host.

import * as assert from 'node:assert/strict';
import { analyze, defaultOptions, formatDay, frenchDay, frenchList, frenchShortDate, plural } from '../../src/core';
import { frenchWallDay } from '../../src/core/french';
import { inZone } from '../../src/core/calendar';

describe('French through Intl', () => {
  it('runs on an ICU with French data', () => {
    assert.deepEqual(Intl.DateTimeFormat.supportedLocalesOf(['fr-FR']), ['fr-FR']);
    assert.deepEqual(Intl.ListFormat.supportedLocalesOf(['fr']), ['fr']);
  });

  it('writes days as a French sentence does, the first of the month « 1er », the year only when asked', () => {
    const zone = 'Europe/Paris';
    assert.equal(frenchDay(Date.UTC(2026, 2, 10, 9), zone), 'mardi 10 mars');
    assert.equal(frenchDay(Date.UTC(2026, 5, 1, 9), zone), 'lundi 1er juin');
    assert.equal(frenchDay(Date.UTC(2027, 0, 7, 9), zone, true), 'jeudi 7 janvier 2027');
    // The wall clock of the zone decides the day: 23:30 UTC is already Wednesday in Paris.
    assert.equal(frenchDay(Date.UTC(2026, 2, 10, 23, 30), zone), 'mercredi 11 mars');
    assert.equal(formatDay(inZone(Date.UTC(2026, 11, 31, 12), zone), 2027), 'jeudi 31 décembre 2026');
  });

  it('writes a day read off a wall clock exactly as Intl writes it, from the year 1000 to 9999', () => {
    // The machine's zone formats its local dates without Intl (calendar.ts): the same French, every weekday, month and « 1er ».
    for (let t = Date.UTC(1000, 0, 1); t < Date.UTC(10_000, 0, 1); t += 86_400_000 * 97 + 3_600_000 * 7) {
      const d = new Date(t);
      for (const withYear of [false, true]) {
        assert.equal(frenchWallDay(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), withYear), frenchDay(t, 'UTC', withYear), d.toISOString());
      }
    }
    for (let month = 0; month < 12; month++) {
      const first = new Date(Date.UTC(2026, month, 1, 12));
      assert.equal(frenchWallDay(2026, month, 1, first.getUTCDay()), frenchDay(first, 'UTC'));
    }
  });

  it('writes the report’s short dates, with the time only when it was given', () => {
    assert.equal(frenchShortDate({ year: 2026, month: 3, day: 12, hour: 14, minute: 30, hasTime: true }), 'jeu. 12 mars 2026 à 14:30');
    assert.equal(frenchShortDate({ year: 2026, month: 7, day: 1, hour: 9, minute: 5, hasTime: true }), 'mer. 1 juil. 2026 à 09:05');
    assert.equal(frenchShortDate({ year: 2026, month: 2, day: 3, hour: 0, minute: 0, hasTime: false }), 'mar. 3 févr. 2026');
  });

  it('takes the singular for 0 and 1 and the plural from 2, round millions included', () => {
    assert.deepEqual(
      [0, 1, 2, 1_000_000].map((n) => plural(n, 'ligne', 'lignes')),
      ['0 ligne', '1 ligne', '2 lignes', '1000000 lignes'],
    );
  });

  it('joins lists with « et » or « ou »', () => {
    assert.equal(frenchList(['mail']), 'mail');
    assert.equal(frenchList(['LinkedIn', 'SMS']), 'LinkedIn et SMS');
    assert.equal(frenchList(['mail', 'linkedin', 'sms', 'telephone'], 'disjunction'), 'mail, linkedin, sms ou telephone');
  });

  it('joins lists exactly as Intl.ListFormat(\'fr\') does', () => {
    const words = ['mail', 'LinkedIn', 'SMS', 'téléphone', 'WhatsApp', 'courrier'];
    for (const type of ['conjunction', 'disjunction'] as const) {
      const intl = new Intl.ListFormat('fr', { style: 'long', type });
      for (let n = 0; n <= words.length; n++) assert.equal(frenchList(words.slice(0, n), type), intl.format(words.slice(0, n)), `${type}, ${n}`);
    }
  });

  it('is what the messages say', () => {
    const text = '---\nrefus_recu: 2026-03-09 10:00\nenvoi_prevu: 2026-03-09 10:20\ncanal: pigeon\n---\nBonjour Madame,\nJe vous ai aussi écrit sur LinkedIn et laissé un message vocal.\n';
    const messages = analyze(text, { ...defaultOptions(), timeZone: 'Europe/Paris' }).map((f) => f.message);
    assert.ok(messages.some((m) => m.includes('Envoyez à partir de mardi 10 mars, 10\u00a0h')), messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('annonce aussi LinkedIn et téléphone : 3 canaux')), messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('choisissez mail, linkedin, sms ou telephone')), messages.join('\n'));
  });
});
