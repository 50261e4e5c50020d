// A writer who sets no time zone works in the machine's: the calendar then
// reads the runtime's own local dates instead of asking Intl (calendar.ts,
// MACHINE_ZONE). These tests put the process in other zones (process.env.TZ)
// and hold that path to the zone named: the same moments across daylight
// saving changes, the same business days and the same messages.
import * as assert from 'node:assert/strict';
import { analyze, defaultOptions, type AnalyzeOptions } from '../../src/core';
import { addBusinessDays, businessClock, dayOf, formatMoment, isMissingLocalTime, toInstant } from '../../src/core/calendar';
import type { LocalDateTime } from '../../src/core/dates';
import { MACHINE_ZONE, zoneOf } from '../../src/core/options';

// Summer time both ways, southern hemisphere, half-hour and 45-minute offsets, a zone without summer time.
const ZONES = ['Europe/Paris', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kolkata'];

function inMachineZone(zone: string, run: () => void): void {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    run();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

const HOURS = { start: 9 * 60, end: 18 * 60 };

describe('the machine’s time zone', () => {
  it('is what options without a zone of their own hand to the calendar, until their zone is read or set', () => {
    const o = defaultOptions();
    assert.equal(zoneOf(o), MACHINE_ZONE);
    o.timeZone = 'Europe/Paris';
    assert.equal(zoneOf(o), 'Europe/Paris');
  });

  it('gives the same moments, business days and French dates as the zone named, across daylight saving changes', () => {
    for (const zone of ZONES) {
      inMachineZone(zone, () => {
        for (let day = 0; day < 366; day++) {
          const noon = new Date(Date.UTC(2026, 0, 1 + day, 12));
          for (const [hour, minute] of [[0, 0], [1, 30], [2, 0], [2, 30], [3, 0], [8, 59], [9, 0], [17, 59], [18, 0], [23, 30]]) {
            const d: LocalDateTime = { year: noon.getUTCFullYear(), month: noon.getUTCMonth() + 1, day: noon.getUTCDate(), hour, minute, hasTime: true };
            const what = `${zone} ${JSON.stringify(d)}`;
            assert.equal(isMissingLocalTime(d, MACHINE_ZONE), isMissingLocalTime(d, zone), what);
            const local = toInstant(d, MACHINE_ZONE);
            const named = toInstant(d, zone);
            assert.equal(local.getTime(), named.getTime(), what);
            assert.equal(dayOf(d, MACHINE_ZONE).getTime(), dayOf(d, zone).getTime(), what);
            const a = addBusinessDays(businessClock(local, HOURS, false), 2, true);
            const b = addBusinessDays(businessClock(named, HOURS, false), 2, true);
            assert.equal(a.getTime(), b.getTime(), what);
            assert.equal(formatMoment(a, 2025), formatMoment(b, 2025), what);
          }
        }
      });
    }
  });

  it('gives a dated draft the same findings as the zone named', () => {
    const draft = (header: string) => `---\ncanal: mail\ndestinataire: Mme Martin\n${header}\n---\nObjet : Merci\n\nBonjour Madame,\n\nMerci pour votre retour. Je vous ai aussi écrit sur LinkedIn.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78\n`;
    const headers = [
      'refus_recu: 2026-03-27 17:30',
      'refus_recu: 2026-03-27 19:00\nenvoi_prevu: 2026-03-30 08:00',
      'refus_recu: 2026-10-23 16:00\nenvoi_prevu: 2026-10-25 02:30',
      'refus_recu: 2026-11-10\nenvoi_prevu: 2026-11-12',
      'refus_recu: 2026-12-24 12:00+01:00',
    ];
    let dated = 0;
    for (const zone of ZONES) {
      inMachineZone(zone, () => {
        for (const header of headers) {
          const machine: AnalyzeOptions = defaultOptions();
          machine.now = new Date('2026-03-28T10:00:00Z');
          const named: AnalyzeOptions = defaultOptions();
          named.timeZone = zone;
          named.now = machine.now;
          const found = analyze(draft(header), machine);
          assert.equal(zoneOf(machine), MACHINE_ZONE, 'the analysis did not need the zone’s name');
          if (found.some((f) => f.category === 'delai')) dated++;
          assert.deepEqual(found, analyze(draft(header), named), `${zone} ${header}`);
        }
      });
    }
    assert.ok(dated >= ZONES.length * 3, `${dated} analyses with a timing finding`);
  });
});
