// Issue 17, items 5 and 7: checks across drafts stay linear in the number of
// drafts (indexed by recipient, keys computed once per summary), give the same
// findings as comparing every pair, and `analyze` accepts options of any shape.
import * as assert from 'node:assert/strict';
import { analyze, analyzeWorkspace, defaultOptions, recipientKey, summarize, parseDraft, type Finding } from '../../src/core';

const PARIS = { ...defaultOptions(), timeZone: 'Europe/Paris', now: new Date('2026-06-01T08:00:00Z') };
const CROSS = new Set(['multicanal-destinataire', 'relance-trop-rapprochee']);

function draft(recipient: string, channel: string, date: string, scenario?: string): string {
  return `---\ncanal: ${channel}\ndestinataire: ${recipient}\nenvoi_prevu: ${date}\n${scenario ? `scenario: ${scenario}\n` : ''}---\nBonjour,\n\nMerci pour votre retour.\n\nBien cordialement,\nLéa\n`;
}

/** Deterministic pseudo-random numbers. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) >>> 0;
    return x / 2 ** 32;
  };
}

const cross = (fs: Finding[]) => fs.filter((f) => CROSS.has(f.rule)).map((f) => `${f.rule}:${f.message}`);

describe('checks across drafts at scale', () => {
  it('finds the one pair among 6,000 drafts to distinct recipients (quadratic before: over a minute)', () => {
    const files = Array.from({ length: 6000 }, (_, i) => ({ file: `d${i}.reponse.md`, text: draft(`M. Personne${i} Nom${i}`, 'mail', `2026-0${1 + (i % 5)}-1${i % 10} 10:00`) }));
    files.push({ file: 'martin-mail.reponse.md', text: draft('Mme Martin', 'mail', '2026-03-09 10:00') });
    files.push({ file: 'martin-sms.reponse.md', text: draft('Madame Martin', 'sms', '2026-03-10 10:00') });
    const results = analyzeWorkspace(files, PARIS);
    const flagged = results.filter((r) => cross(r.findings).length > 0).map((r) => r.file);
    assert.deepEqual(flagged, ['martin-sms.reponse.md']);
  });

  it('gives the same findings as comparing every pair, on random folders', () => {
    const names = ['Mme Martin', 'Madame Martin', 'M. Martin', 'Claire Martin', 'Durand', 'M. Durand', 'Acme (RH)'];
    const channels = ['mail', 'linkedin', 'sms'];
    let compared = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const r = random(seed);
      const files = Array.from({ length: 40 }, (_, i) => {
        const day = 1 + Math.floor(r() * 200);
        const date = new Date(Date.UTC(2026, 0, day, Math.floor(r() * 24), 0));
        const iso = date.toISOString().slice(0, 16).replace('T', ' ');
        const offset = r() < 0.2 ? '+05:00' : '';
        return { file: `f${i}.reponse.md`, text: draft(names[Math.floor(r() * names.length)], channels[Math.floor(r() * 3)], iso + offset, r() < 0.2 ? 'checkin' : undefined) };
      });
      const fast = analyzeWorkspace(files, PARIS);
      const all = files.map((f) => summarize(f.file, parseDraft(f.text)));
      for (const [i, f] of files.entries()) {
        const slow = analyze(f.text, PARIS, { file: f.file, siblings: all.filter((s) => s.file !== f.file) });
        assert.deepEqual(cross(fast[i].findings), cross(slow), `seed ${seed}, ${f.file}`);
        compared += cross(slow).length;
      }
    }
    assert.ok(compared > 50, `only ${compared} findings across drafts to compare`);
  });

  it('reads a recipient full of unclosed « < » and « ( » in linear time', () => {
    assert.deepEqual(recipientKey(`Mme Martin ${'<('.repeat(200_000)}`), { civility: 'madame', name: `martin ${'<('.repeat(200_000)}` });
    assert.deepEqual(recipientKey('Mme <rh@acme.fr> Claire (Acme) Martin'), { civility: 'madame', name: 'claire martin' });
  });
});

describe('analyze with options of any shape', () => {
  const text = draft('Mme Martin', 'mail', '2026-03-10 10:00') + 'Désolé [Nom].\n';
  const expected = analyze(text, defaultOptions()).map((f) => f.rule);
  const odd: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['{}', {}],
    ['a number', 42],
    ['an array', []],
    ['fields of the wrong type', { rules: 'off', thresholds: null, maxChars: 'x', expressions: {}, exceptions: [1], timeZone: 'Mars/Olympus', workingHours: 5, alsaceMoselle: 'oui', now: 'hier' }],
    ['expressions that are not entries', { ...defaultOptions(), expressions: [null, 'désolé', { phrase: 3 }] }],
    ['thresholds partly missing', { ...defaultOptions(), thresholds: { maxLines: 8 } }],
  ];
  for (const [what, options] of odd) {
    it(`accepts ${what}`, () => {
      const f = analyze(text, options as never);
      assert.deepEqual(f.map((x) => x.rule), expected);
    });
  }
});
