// Property-based tests of the core: whatever the text, `analyze` returns
// well-formed findings and fixes that touch only their own range. No timing
// assertions: a runaway shows as a test that does not finish (mocha's timeout).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, compareFindings, defaultOptions, fold, RULES, type Finding } from '../../src/core';
import type { RuleDefinition } from '../../src/core/rule';
import { countWords, PhraseMatcher, phraseSource, wholeWords, lineStarts } from '../../src/core/text';

/** Pieces that French drafts and hostile inputs are made of. */
const PIECES = [
  'Bonjour [Nom],', 'Objet : Merci pour votre retour', 'Bien cordialement,', 'Camille Durand – 06 12 34 56 78', 'Merci pour votre retour.',
  'Bonne chance quand même.', 'Désolé de vous déranger', 'je ne suis pas d’accord avec votre décision', 'aujourd’hui', "l'entretien", 'peut-être',
  '---', 'canal: mail', 'canal: [a, b]', 'refus_recu: 2026-02-30', 'envoye: 2026-03-12 25:61', 'a: &a [x, x]', 'b: *a', '  imbriqué: oui', '...',
  '<!--', '-->', '<!-- boomerang-disable -->', '<!-- boomerang-disable-next-line champ-a-remplir -->', '<!-- boomerang-enable modele -->',
  '```', '~~~', '`code`', '> citation', '- [ ] tâche', '[lien](https://exemple.fr)', '**gras**', '_souligné_', '{{nom}}', '<nom>', 'XXX', '___', ' … ', '(à compléter)', 'TODO',
  '\n', '\r\n', '\r', '\n\n', '\t', ' ', '\u00a0', '\u202f', '\u2019', '?', '!', '.', ':', ';', ',', '…', '«', '»',
  '\0', '\u0001', '\ufeff', '\ufffd', 'e\u0301', 'E\u0301\u0327', '😀', '👩🏽‍💻', '🇫🇷', '\ud83d', '\ude00', 'مرحبا بك', 'שלום', '\u202e', '\u200f', 'ж', '中文', 'İ', 'ß', 'ǅ',
];

const draftLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(
  { weight: 4, arbitrary: draftLike },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '\r', '[', ']', '-', '’', '\ud800', '😀', '.', '?'), maxLength: 300 }) },
);

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
/** True when offset `i` is not between the two halves of a surrogate pair. */
function onBoundary(text: string, i: number): boolean {
  return i <= 0 || i >= text.length || !(isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i)));
}

/** Everything a finding must satisfy, as one list of problems (empty when well-formed). */
function problemsOf(text: string, findings: Finding[]): string[] {
  const problems: string[] = [];
  for (const f of findings) {
    const where = `${f.rule} [${f.start}, ${f.end})`;
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start <= f.end && f.end <= text.length)) problems.push(`${where}: outside the text`);
    if (!onBoundary(text, f.start) || !onBoundary(text, f.end)) problems.push(`${where}: splits a surrogate pair`);
    if (typeof f.message !== 'string' || f.message.trim() === '') problems.push(`${where}: no message`);
    if (!['warning', 'information', 'hint'].includes(f.severity)) problems.push(`${where}: severity ${f.severity}`);
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        if (!(0 <= e.start && e.start <= e.end && e.end <= text.length)) problems.push(`${where}: fix « ${fix.title} » edits outside the text`);
        if (!onBoundary(text, e.start) || !onBoundary(text, e.end)) problems.push(`${where}: fix « ${fix.title} » splits a surrogate pair`);
      }
      const applied = applyEdits(text, fix.edits);
      const lo = Math.min(...fix.edits.map((e) => e.start));
      const hi = Math.max(...fix.edits.map((e) => e.end));
      if (fix.edits.length > 0 && (applied.slice(0, lo) !== text.slice(0, lo) || applied.slice(applied.length - (text.length - hi)) !== text.slice(hi))) {
        problems.push(`${where}: fix « ${fix.title} » changes text outside [${lo}, ${hi})`);
      }
    }
  }
  for (let i = 1; i < findings.length; i++) if (compareFindings(findings[i - 1], findings[i]) > 0) problems.push(`not sorted at ${i}`);
  return problems;
}

function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** A fixed reference time, so that timing rules are deterministic. */
const options = { ...defaultOptions(), now: new Date('2026-03-12T10:00:00Z') };

describe('properties of analyze', () => {
  it('never throws, and every finding lies inside the text, on character boundaries, sorted, with fixes that touch only their range', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const findings = analyze(text, options);
        assert.deepEqual(problemsOf(text, findings), []);
      }),
      { numRuns: 600 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        assert.deepEqual(analyze(text, options), analyze(text, options));
      }),
      { numRuns: 200 },
    );
  });

  it('handles 100 000-character lines and large drafts', () => {
    const line = 'Je suis désolé de vous déranger, ' + 'vraiment '.repeat(11_000);
    const inputs = [
      'a'.repeat(100_000),
      line,
      `Bonjour [Nom],\n${line}\nBien cordialement,\nLéa`,
      '😀'.repeat(50_000),
      '\ud800'.repeat(100_000),
      'e\u0301'.repeat(50_000),
      '[x]'.repeat(33_000),
      '.'.repeat(100_000),
      `---\n${'x'.repeat(100_000)}\n---\nBonjour,`,
      'مرحبا '.repeat(17_000),
      '\r'.repeat(100_000),
      `Bonjour,\n${'Merci. '.repeat(15_000)}\n`,
    ];
    for (const text of inputs) {
      const findings = analyze(text, options);
      assert.deepEqual(problemsOf(text, findings), [], JSON.stringify(text.slice(0, 40)));
    }
  });

  it('reports no finding in text that the directives disable entirely', () => {
    fc.assert(
      fc.property(draftLike, (body) => {
        const text = `<!-- boomerang-disable -->\n${body.replace(/boomerang-enable/g, '')}`;
        const findings = analyze(text, options).filter((f) => f.start > text.indexOf('-->'));
        assert.deepEqual(findings, []);
      }),
      { numRuns: 200 },
    );
  });
});

describe('guards of runRules', () => {
  // A hostile rule added to the registry for one test: the guards must contain it.
  function withRule(rule: RuleDefinition, test: () => void): void {
    const rules = RULES as RuleDefinition[];
    rules.push(rule);
    try {
      test();
    } finally {
      rules.splice(rules.indexOf(rule), 1);
    }
  }
  const base = { category: 'structure', severity: 'warning', description: 'Règle de test hostile.', tip: 'entete', recap: { rows: [6], why: 'Test.' }, example: '', counterExample: '' } as const;

  it('turns a rule that throws into one information finding and keeps the others', () => {
    withRule(
      {
        ...base,
        id: 'regle-qui-plante',
        check() {
          throw new Error('boum');
        },
      },
      () => {
        const findings = analyze('Bonjour [Nom],\nMerci.', options);
        const crash = findings.filter((f) => f.rule === 'regle-qui-plante');
        assert.equal(crash.length, 1);
        assert.equal(crash[0].severity, 'information');
        assert.match(crash[0].message, /n’a pas pu appliquer la règle « regle-qui-plante »/);
        assert.ok(findings.some((f) => f.rule === 'champ-a-remplir'));
      },
    );
  });

  it('clamps offsets that are negative, past the end, reversed or not numbers', () => {
    withRule(
      {
        ...base,
        id: 'regle-hors-limites',
        *check() {
          yield { start: -5, end: 3, message: 'négatif' };
          yield { start: 2, end: 1e9, message: 'trop loin' };
          yield { start: 4, end: 1, message: 'à l’envers' };
          yield { start: Number.NaN, end: Number.POSITIVE_INFINITY, message: 'pas un nombre' };
          yield { start: 1.5, end: 2.5, message: 'pas entier' };
        },
      },
      () => {
        const text = 'Bonjour,';
        const findings = analyze(text, options).filter((f) => f.rule === 'regle-hors-limites');
        assert.equal(findings.length, 5);
        assert.deepEqual(problemsOf(text, findings), []);
      },
    );
  });
});

describe('hostile front matter', () => {
  const bomb = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`), '---', 'Bonjour,'].join('\n');
  const cases: [string, string, RegExp][] = [
    ['an exponential YAML alias bomb', bomb, /Ancres et alias/],
    ['an unclosed header followed by a long body', `---\ncanal: mail\nBonjour,\n${'Merci. '.repeat(20_000)}`, /jamais fermé/],
    ['only an opening delimiter', '---', /jamais fermé/],
    ['a 100 000-character value', `---\ndestinataire: ${'x'.repeat(100_000)}\ncanal: pigeon\n---\nBonjour,`, /Canal « pigeon » inconnu/],
    ['wrong types', '---\ncanal: 42\nrefus_recu: true\nenvoye: {a: 1}\n---\nBonjour,', /Canal « 42 » inconnu/],
    ['an impossible date', '---\nrefus_recu: 2026-02-29\n---\nBonjour,', /n[’']existe pas/],
    ['an impossible time', '---\nenvoi_prevu: 2026-03-12 25:61\n---\nBonjour,', /l[’']heure de « 2026-03-12 25:61 » n[’']existe pas/],
    ['a date in year 0 and month 13', '---\nrefus_recu: 0000-13-01\n---\nBonjour,', /hors de la plage 1000–9999/],
    ['a value with a NUL byte', '---\ncanal: mail\u0000\n---\nBonjour,', /inconnu|illisible|binaires/],
  ];
  for (const [name, text, message] of cases) {
    it(`reports ${name} as a finding, without throwing`, () => {
      const findings = analyze(text, options);
      assert.deepEqual(problemsOf(text, findings), []);
      assert.ok(
        findings.some((f) => message.test(f.message)),
        findings.map((f) => `${f.rule}: ${f.message}`).join('\n'),
      );
    });
  }

  it('reads at most a header’s worth of lines: a 20 000-line header is one problem, not 20 000', () => {
    const header = ['---', ...Array.from({ length: 20_000 }, (_, i) => `cle${i}: valeur`), '---', 'Bonjour,'].join('\n');
    const findings = analyze(header, options).filter((f) => f.rule === 'entete-invalide');
    assert.ok(findings.some((f) => /jamais fermé/.test(f.message)));
    assert.ok(findings.length <= 250, `${findings.length} findings`);
  });

  it('never throws on random front matter', () => {
    const key = fc.constantFrom('canal', 'destinataire', 'refus_recu', 'envoi_prevu', 'envoye', 'scenario', 'a', '&x', '*x', '', ' ', '-');
    const value = fc.oneof(fc.constantFrom('mail', 'sms', '2026-03-12', '2026-02-30 10:00', '9999-99-99T99:99:99+99:99', '&a [x]', '*a', '[a, b]', '{a: 1}', '|', '>-', '"ouvert', "'x'", '# c', ''), fc.string({ maxLength: 30 }));
    const header = fc.array(fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`), { maxLength: 20 });
    fc.assert(
      fc.property(header, fc.boolean(), fc.constantFrom('\n', '\r\n', '\r'), (fields, closed, eol) => {
        const text = ['---', ...fields, ...(closed ? ['---'] : []), 'Bonjour [Nom],', 'Merci.'].join(eol);
        assert.deepEqual(problemsOf(text, analyze(text, options)), []);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the text primitives agree with their plain definitions', () => {
  const texts = fc.oneof(anyText, fc.string({ unit: fc.constantFrom('a', 'É', "'", '’', '-', '‑', ' ', '😀', '𝐀', '\ud800', '\udc00', '1', '٣', '中', 'İ', 'ß'), maxLength: 40 }));

  it('fold keeps the length and equals the table definition (NFD first unit, lower case, typographic marks made ASCII)', () => {
    const special: Record<number, number> = { 0x2019: 0x27, 0x2018: 0x27, 0x02bc: 0x27, 0x2032: 0x27, 0x00a0: 0x20, 0x202f: 0x20, 0x2009: 0x20, 0x2007: 0x20, 0x2010: 0x2d, 0x2011: 0x2d };
    const reference = (s: string) => {
      let out = '';
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
          out += s.slice(i, i + 2);
          i++;
        } else if (c >= 0xd800 && c <= 0xdfff) out += '\ufffd';
        else if (special[c] !== undefined) out += String.fromCharCode(special[c]);
        else if (c < 0x250) {
          const b = String.fromCharCode(c).normalize('NFD').charAt(0).toLowerCase();
          out += b.length === 1 ? b : String.fromCharCode(c);
        } else out += String.fromCharCode(c);
      }
      return out;
    };
    fc.assert(fc.property(texts, (s) => assert.equal(fold(s), reference(s))), { numRuns: 2000 });
  });

  it('countWords counts the matches of the word pattern, on any range', () => {
    const WORD = /[\p{L}\p{N}]+(?:['’\-‑][\p{L}\p{N}]+)*/gu;
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (s, a, b) => {
        const from = Math.min(a % (s.length + 1), b % (s.length + 1));
        const to = Math.max(a % (s.length + 1), b % (s.length + 1));
        assert.equal(countWords(s, from, to), (s.slice(from, to).match(WORD) ?? []).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('lineStarts finds the same lines with and without carriage returns', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', '\r\n'), maxLength: 40 }), (s) => {
        const expected = [0];
        for (let i = 0; i < s.length; i++) {
          if (s[i] === '\r' && s[i + 1] === '\n') i++;
          if (s[i] === '\n' || s[i] === '\r') expected.push(i + 1);
        }
        assert.deepEqual(lineStarts(s), expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('PhraseMatcher finds what one Unicode whole-word expression with a group per entry finds', () => {
    const entries = [{ forms: ['bonne chance'] }, { forms: ['bonne chance quand même'] }, { forms: ['désolé[e][s] de vous déranger'] }, { forms: ['ab'] }, { forms: ['a😀b'] }, { forms: ["j'ai"] }];
    const matcher = new PhraseMatcher(entries);
    const reference = new RegExp(wholeWords(entries.map((e) => `(${e.forms.map(phraseSource).join('|')})`).join('|')), 'gu');
    const unit = fc.constantFrom('a', 'b', 'ab', 'bonne', ' ', 'chance', 'quand', 'meme', 'ж', 'é', '1', '😀', '\ud83d', '\ude00', "'", 'desole', 's', 'de vous deranger', 'j', 'ai', '中', '\n');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }).map((a) => a.join('')), fc.nat(), fc.nat(), (raw, a, b) => {
        const s = fold(raw);
        const from = Math.min(a % (s.length + 1), b % (s.length + 1));
        const to = Math.max(a % (s.length + 1), b % (s.length + 1));
        const got = [...matcher.matches(s, from, to)].map((h) => [entries.indexOf(h.entry), h.start, h.end]);
        const expected: number[][] = [];
        const slice = s.slice(from, to);
        reference.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = reference.exec(slice)) !== null) {
          let g = 1;
          while (m[g] === undefined) g++;
          expected.push([g - 1, from + m.index, from + m.index + m[0].length]);
        }
        assert.deepEqual(got, expected);
      }),
      { numRuns: 3000 },
    );
  });
});
