// Issue 17, item 6: one date parser for the front matter, « Nouvelle réponse »
// and the command line; four-digit years 1000–9999; no overflow; local times
// skipped by a daylight saving change reported as such; offsets and seconds checked.
import * as assert from 'node:assert/strict';
import { analyze, checkRefusalDate, defaultOptions, parseDateTime, type Finding } from '../../src/core';

const PARIS = { ...defaultOptions(), timeZone: 'Europe/Paris' };

function draft(header: string): string {
  return `---\ncanal: mail\ndestinataire: Mme Martin\n${header}\n---\nObjet : Merci\n\nBonjour Madame,\n\nMerci pour votre retour.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78\n`;
}

function findings(header: string, now = '2026-03-01T12:00:00Z'): Finding[] {
  return analyze(draft(header), { ...PARIS, now: new Date(now) });
}

describe('dates', () => {
  it('reads the documented spellings', () => {
    assert.deepEqual(parseDateTime('2026-03-12'), { year: 2026, month: 3, day: 12, hour: 0, minute: 0, hasTime: false, offsetMinutes: undefined });
    assert.deepEqual(parseDateTime('2026-03-12 14h30'), { year: 2026, month: 3, day: 12, hour: 14, minute: 30, hasTime: true, offsetMinutes: undefined });
    assert.deepEqual(parseDateTime('2026-03-12T14:30:59.5+01:00'), { year: 2026, month: 3, day: 12, hour: 14, minute: 30, hasTime: true, offsetMinutes: 60 });
    assert.deepEqual(parseDateTime('2026-03-12 14:30 -0930'), { year: 2026, month: 3, day: 12, hour: 14, minute: 30, hasTime: true, offsetMinutes: -570 });
    assert.equal((parseDateTime('2026-03-12T14:30Z') as { offsetMinutes: number }).offsetMinutes, 0);
    assert.deepEqual(parseDateTime('2024-02-29'), { year: 2024, month: 2, day: 29, hour: 0, minute: 0, hasTime: false, offsetMinutes: undefined });
  });

  it('refuses years outside 1000–9999 instead of reading 0099 as 1999', () => {
    for (const v of ['0099-01-01', '0000-06-15', '0999-12-31']) assert.match(String(parseDateTime(v)), /hors de la plage 1000–9999/, v);
    const f = findings('refus_recu: 0026-03-09 10:00').filter((x) => x.rule === 'entete-invalide');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /refus_recu : l’année de « 0026-03-09 10:00 » est hors de la plage/);
    assert.ok(!findings('refus_recu: 0026-03-09 10:00').some((x) => x.category === 'delai'));
    assert.match(String(checkRefusalDate('0099-01-01', new Date('2026-03-01T12:00:00Z'))), /^L’année/);
  });

  it('refuses seconds, minutes, hours and offsets that do not exist', () => {
    for (const v of ['2026-03-12 14:30:99', '2026-03-12 14:30:60', '2026-03-12 24:00', '2026-03-12 14:60']) assert.match(String(parseDateTime(v)), /l’heure de .* n’existe pas/, v);
    for (const v of ['2026-03-12 14:30+99:99', '2026-03-12 14:30+14:01', '2026-03-12 14:30-15:00', '2026-03-12 14:30+01:60']) assert.match(String(parseDateTime(v)), /décalage horaire .* n’existe pas/, v);
    assert.equal(typeof parseDateTime('2026-03-12 14:30+14:00'), 'object');
    assert.match(String(parseDateTime('2025-02-29')), /n’existe pas/);
    assert.match(String(parseDateTime(`2026-03-12 14:30:00.${'1'.repeat(100)}`)), /date illisible/);
  });

  it('reports a local time skipped by the change to summer time, instead of showing another hour', () => {
    const f = findings('refus_recu: 2026-03-29 02:30', '2026-03-30T08:00:00Z');
    const invalid = f.filter((x) => x.rule === 'entete-invalide');
    assert.equal(invalid.length, 1, JSON.stringify(f));
    assert.match(invalid[0].message, /refus_recu : 2026-03-29 02:30 n’existe pas dans le fuseau Europe\/Paris/);
    assert.ok(!f.some((x) => /1\s?h\s?30/.test(x.message)), JSON.stringify(f.map((x) => x.message)));
    assert.ok(!f.some((x) => x.category === 'delai'));
    const planned = findings('refus_recu: 2026-03-26 10:00\nenvoi_prevu: 2026-03-29 02:30').filter((x) => x.rule === 'entete-invalide');
    assert.match(planned[0]?.message ?? '', /envoi_prevu : 2026-03-29 02:30 n’existe pas/);
    // The same wall-clock time with an offset, or in another zone, exists.
    assert.ok(!findings('refus_recu: 2026-03-29 02:30+01:00', '2026-03-30T08:00:00Z').some((x) => x.rule === 'entete-invalide'));
    assert.ok(!analyze(draft('refus_recu: 2026-03-29 02:30'), { ...PARIS, timeZone: 'UTC', now: new Date('2026-03-30T08:00:00Z') }).some((x) => x.rule === 'entete-invalide'));
  });

  it('never writes a year past 9999: a refusal on 9999-12-31 gets a clear message and no « Planifier l’envoi »', () => {
    const f = findings('refus_recu: 9999-12-31 17:00\nenvoi_prevu: 9999-12-31 17:05', '9999-12-31T16:10:00Z');
    assert.ok(!JSON.stringify(f).includes('10000'), JSON.stringify(f));
    assert.ok(!f.some((x) => x.fixes.some((fix) => fix.title.startsWith('Planifier'))));
    const invalid = f.filter((x) => x.rule === 'entete-invalide');
    assert.equal(invalid.length, 1);
    assert.match(invalid[0].message, /refus_recu : la fenêtre d’envoi .* après l’an 9999/);
  });
});
