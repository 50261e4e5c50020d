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
    'J’ai obtenu la certification le 2 avril (n° de validation joint).',
    'Ma nouvelle adresse (adresse indiquée ci-dessous) reste valable.',
  ];
  for (const t of valid) it(`stays quiet on ${JSON.stringify(t.slice(0, 40))}`, () => assert.deepEqual(findingsOf(`Bonjour,\n${t}`, 'champ-a-remplir'), []));

  it('reads a bracketed name with its year, and a list tag opening a reply subject, as names, not fields', () => {
    assert.deepEqual(findingsOf('Objet : Re: [Codeurs du Nord 2025] Résultat de votre proposition\n\nBonjour,\nMerci.', 'champ-a-remplir'), []);
    assert.deepEqual(findingsOf('Objet : Re: [Festival] Résultat\n\nBonjour,\nMerci.', 'champ-a-remplir'), []);
    assert.equal(findingsOf('Objet : Merci [Nom]\n\nBonjour,\nMerci.', 'champ-a-remplir').length, 1);
    // A field stays a field: in a subject without « Re: », alone after « Re: », or lower case with a number.
    assert.equal(findingsOf('Objet : [Intitulé du poste] – suite\n\nBonjour,\nMerci.', 'champ-a-remplir').length, 1);
    assert.equal(findingsOf('Objet : RE: [Nom du poste]\n\nBonjour,\nMerci.', 'champ-a-remplir').length, 1);
    assert.equal(findingsOf('Bonjour,\nLe budget de [montant 2000] convient.', 'champ-a-remplir').length, 1);
  });

  it('fills [Nom] with the recipient of the header', () => {
    const t = '---\ndestinataire: Mme Martin\n---\nBonjour [Nom],';
    const [f] = findingsOf(t, 'champ-a-remplir');
    assert.equal(applyFix(t, f), '---\ndestinataire: Mme Martin\n---\nBonjour Mme Martin,');
  });
});

describe('modele: template styles and what is left alone', () => {
  const signed = (sig: string) => `Objet : Merci\n\nBonjour Madame,\n\nMerci pour votre retour.\n\nBien cordialement,\n${sig}`;
  it('« (e) » in one’s own signature is a leftover, with both forms offered', () => {
    const t = signed('Lucas Moreau\nChargé(e) de mission\n06 12 34 56 78');
    const [f] = findingsOf(t, 'champ-a-remplir');
    assert.equal(t.slice(f.start, f.end), 'Chargé(e)');
    assert.deepEqual(f.fixes.map((x) => x.title), ['Écrire « Chargé »', 'Écrire « Chargée »']);
  });
  it('offers « Cher » and « Chère » for « Cher(e) », and each civility for « Madame/Monsieur »', () => {
    const [g] = findingsOf('Cher(e) collègue,\n\nMerci.', 'champ-a-remplir');
    assert.deepEqual(g.fixes.map((x) => x.edits[0].newText), ['Cher', 'Chère']);
    const t = 'Madame/Monsieur Durand,\n\nMerci.';
    const [c] = findingsOf(t, 'champ-a-remplir');
    assert.equal(applyFix(t, c, 1), 'Monsieur Durand,\n\nMerci.');
  });
  it('reports a leftover once when two styles overlap, and every one of many', () => {
    assert.equal(findingsOf('Bonjour,\nJe travaillerai (à compléter) à court terme.', 'champ-a-remplir').length, 1);
    assert.equal(findingsOf('Bonjour,\nMerci [[Nom]].', 'champ-a-remplir').length, 1);
    assert.equal(findingsOf(`Bonjour,\n${'XXX '.repeat(500)}`, 'champ-a-remplir').length, 500);
  });
  it('tells a masked phone number (information) from a field left to fill (warning)', () => {
    for (const sig of ['Maxime Bouchard\nTechnicien – 514 xxx-xxxx', 'Aminata Ndiaye\nDakar – 77 xxx xx xx', 'Marc Gagnon\n418 555-XXXX']) {
      const f = findingsOf(signed(sig), 'champ-a-remplir');
      assert.ok(f.length >= 1, sig);
      assert.ok(f.every((x) => x.severity === 'information' && x.message.startsWith('Numéro incomplet')), JSON.stringify(f));
    }
    for (const t of ['Mon dossier n° 2024-XXX est complet.', 'Le poste XXX me plaisait.', 'Appelez le XXX.']) {
      const [f] = findingsOf(`Bonjour,\n${t}`, 'champ-a-remplir');
      assert.equal(f?.severity, 'warning', t);
    }
  });
  it('leaves inclusive writing about others, tick boxes and ordinary parentheses alone', () => {
    for (const t of ['Bravo aux lauréat·e·s.', 'Je souhaite bonne chance au ou à la candidat(e) retenu(e).', '- [ ] relire\n- [x] envoyer', 'Notre devis (voir pièce jointe) reste valable.', 'Un point (à confirmer) en avril.']) {
      assert.deepEqual(findingsOf(`Bonjour,\n\n${t}`, 'champ-a-remplir'), [], t);
    }
  });
});
