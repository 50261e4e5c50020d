import * as assert from 'node:assert/strict';
import { applyFix, findingsOf, GOOD_MAIL } from './helpers';

describe('modele: champ-a-remplir', () => {
  const invalid: [string, string][] = [
    ['Bonjour [Nom],', '[Nom]'],
    ['Merci pour l’entretien du [date].', '[date]'],
    ['un poste proche de [X] s’ouvre', '[X]'],
    ['[Prénom Nom]', '[Prénom Nom]'],
    ['Le poste XXX me plaisait.', 'XXX'],
    ['Le poste ___ me plaisait.', '___'],
    ['pour le projet … que nous avons évoqué', '…'],
    ['Je travaillerai (à compléter) à court terme.', '(à compléter)'],
    ['Je travaillerai TODO à court terme.', 'TODO'],
    ['Bonjour {{prenom}},', '{{prenom}}'],
  ];
  for (const [text, placeholder] of invalid) {
    it(`names ${placeholder} in ${JSON.stringify(text)}`, () => {
      const f = findingsOf(`Bonjour,\n${text}`, 'champ-a-remplir');
      assert.equal(f.length, 1, JSON.stringify(f));
      assert.ok(f[0].message.includes(`« ${placeholder} »`), f[0].message);
    });
  }
  const valid = [
    GOOD_MAIL,
    'Mon profil : [LinkedIn](https://www.linkedin.com/in/lea).',
    'Je reste disponible…',
    'Voir [la note][1].',
    '- [ ] relire',
    '> Bonjour [Nom], nous avons le regret…',
    '<!-- [Nom] à remplir plus tard -->',
    'Le code `[X]` reste.',
  ];
  for (const t of valid) it(`stays quiet on ${JSON.stringify(t.slice(0, 40))}`, () => assert.deepEqual(findingsOf(`Bonjour,\n${t}`, 'champ-a-remplir'), []));

  it('fills [Nom] with the recipient of the header', () => {
    const t = '---\ndestinataire: Mme Martin\n---\nBonjour [Nom],';
    const [f] = findingsOf(t, 'champ-a-remplir');
    assert.equal(applyFix(t, f), '---\ndestinataire: Mme Martin\n---\nBonjour Mme Martin,');
  });
});
