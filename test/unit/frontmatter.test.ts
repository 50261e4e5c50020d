import * as assert from 'node:assert/strict';
import { parseDraft } from '../../src/core/draft';
import { findingsOf } from './helpers';

describe('front matter', () => {
  it('reads the known keys', () => {
    const d = parseDraft('---\ncanal: linkedin\ndestinataire: "Mme Dupont"\nrefus_recu: 2026-03-09 14:30\n---\nBonjour,');
    assert.equal(d.meta.channel, 'linkedin');
    assert.equal(d.meta.recipient, 'Mme Dupont');
    assert.deepEqual(d.meta.refusalReceived, { year: 2026, month: 3, day: 9, hour: 14, minute: 30, hasTime: true, offsetMinutes: undefined });
    assert.equal(findingsOf('---\ncanal: linkedin\n---\nBonjour,', 'entete-invalide').length, 0);
  });

  it('accepts CRLF line endings and a byte order mark', () => {
    const d = parseDraft('\uFEFF---\r\ncanal: sms\r\n---\r\nBonjour,\r\n');
    assert.equal(d.meta.channel, 'sms');
  });

  const broken: [string, string, RegExp][] = [
    ['unclosed', '---\ncanal: mail\n\nBonjour Léa,', /jamais fermé/],
    ['unknown channel', '---\ncanal: pigeon\n---\nBonjour,', /Canal « pigeon » inconnu/],
    ['impossible date', '---\nrefus_recu: 2026-02-30\n---\nBonjour,', /n[’']existe pas/],
    ['unreadable date', '---\nrefus_recu: mardi dernier\n---\nBonjour,', /date illisible/],
    ['YAML alias', '---\ndestinataire: *a\n---\nBonjour,', /Ancres et alias/],
    ['YAML anchor bomb', '---\na: &a ["x","x"]\nb: &b [*a,*a]\n---\nBonjour,', /Ancres et alias/],
    ['nested value', '---\ndestinataire:\n  nom: Dupont\n---\nBonjour,', /imbriquée/],
    ['flow list', '---\ncanal: [mail, sms]\n---\nBonjour,', /Listes et objets/],
    ['duplicate key', '---\ncanal: mail\ncanal: sms\n---\nBonjour,', /deux fois/],
    ['unknown key', '---\nrefus_recus: 2026-03-01\n---\nBonjour,', /inconnue/],
    ['garbage line', '---\n%%%\n---\nBonjour,', /Ligne illisible/],
    ['unclosed quote', '---\ndestinataire: "Dupont\n---\nBonjour,', /Guillemet/],
  ];
  for (const [name, text, message] of broken) {
    it(`reports a ${name} as a finding, without throwing`, () => {
      const f = findingsOf(text, 'entete-invalide');
      assert.ok(f.length >= 1, `no finding for ${name}`);
      assert.ok(f.some((x) => message.test(x.message)), f.map((x) => x.message).join(' | '));
      assert.ok(f.every((x) => x.severity === 'information'));
    });
  }

  it('does not check the header as prose', () => {
    const text = '---\ndestinataire: [Nom]\n---\nObjet : Merci\n\nBonjour,\nMerci.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78';
    assert.equal(findingsOf(text, 'champ-a-remplir').length, 0);
  });

  it('reads a huge header as an unclosed one, reporting what is wrong', () => {
    const text = `---\n${'cle: valeur\n'.repeat(50_000)}---\nBonjour,`;
    const f = findingsOf(text, 'entete-invalide');
    assert.ok(f.some((x) => /jamais fermé/.test(x.message)));
  });
});
