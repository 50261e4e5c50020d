import * as assert from 'node:assert/strict';
import { analyze, defaultOptions, hoverAt, parseDraft, type HoverContext, type HoverInfo } from '../../src/core';

const DRAFT = `---
scenario: entretien
canal: mail
destinataire: Mme Martin
email: claire.martin@acme.fr
refus_recu: 2026-03-09 10:00
envoi_prevu: 2026-03-10 14:00
envoye: 2026-03-10 14:05
---
Objet : Merci pour votre retour

Bonjour [Nom],

Merci pour votre retour et pour l’entretien du 4 mars. J’ai apprécié l’échange.
Je vous envoie une invitation LinkedIn pour rester en veille sur vos actualités.
> Nous avons le regret de vous informer…

Bonne journée,
Camille Durand – linkedin.com/in/camille-durand
`;

function hover(text: string, at: string, ctx: HoverContext = {}, shift = 1): HoverInfo | undefined {
  const offset = text.indexOf(at);
  assert.ok(offset >= 0, `« ${at} » not in the draft`);
  const findings = analyze(text, { ...defaultOptions(), now: new Date(2026, 2, 10, 9, 0) });
  return hoverAt(parseDraft(text), findings, offset + shift, ctx);
}

const titles = (h: HoverInfo | undefined) => (h ? h.sections.map((s) => s.title) : []);
const allText = (h: HoverInfo | undefined) => (h ? h.sections.flatMap((s) => [s.title, ...s.lines.map((l) => `${l.label ?? ''} ${l.text}`)]).join('\n') : '');

describe('hoverAt', () => {
  it('on a flagged placeholder: the tip behind the finding, once, over the placeholder', () => {
    const h = hover(DRAFT, '[Nom]');
    assert.deepEqual(titles(h), ['Un modèle se remplit avant l’envoi']);
    assert.equal(DRAFT.slice(h?.start, h?.end), '[Nom]');
    assert.match(allText(h), /Remplacez chaque champ entre crochets/);
  });

  it('names the rules behind a tip, once each, so that the adapter links their documentation', () => {
    assert.deepEqual(hover(DRAFT, '[Nom]')?.sections[0].rules, ['champ-a-remplir']);
    // Two findings of the same rule under the cursor, one link.
    const two = 'Objet : Merci\n\nBonjour Madame,\n\nBonne chance quand même avec votre candidat idéal.\n\nBien cordialement,\nLéa\n';
    const offset = two.indexOf('votre candidat');
    const findings = analyze(two, defaultOptions()).filter((f) => f.rule === 'passif-agressif');
    const both = [...findings, ...findings.map((f) => ({ ...f, start: offset, end: offset + 5 }))];
    const h = hoverAt(parseDraft(two), both, offset + 1);
    assert.deepEqual(h?.sections.filter((s) => s.rules).map((s) => s.rules), [['passif-agressif']]);
    // A part of the draft that no finding is about has no rule to link.
    assert.equal(hover(DRAFT, 'Objet :', {}, 0)?.sections.every((s) => s.rules === undefined), true);
  });

  it('on a finding: « Ce qu’on croit / Ce qui se passe vraiment / Ce qu’il faut faire » and the recap row', () => {
    const long = DRAFT.replace('J’ai apprécié l’échange.', 'J’ai apprécié l’échange.\nLigne.\nLigne.\nLigne.\nLigne.\nLigne.\nLigne.\nLigne.');
    const h = hover(long, 'Je vous envoie');
    const section = h?.sections.find((s) => s.title.startsWith('Concision utile'));
    assert.ok(section, titles(h).join(', '));
    assert.deepEqual(
      section.lines.filter((l) => l.label).map((l) => l.label),
      ['Ce qu’on croit', 'Ce qui se passe vraiment', 'Ce qu’il faut faire', 'Récap « Merci ≠ roman triste. »'],
    );
    assert.ok(section.lines.some((l) => l.text === 'Remerciez, acceptez, demandez 1–2 axes d’amélioration, restez disponible.'));
  });

  it('on the head and the tail of a letter: what they are and that they are not the message', () => {
    const letter = 'Camille DURAND\n14, rue des Capucins\n69001 Lyon\n\nÀ Lyon, le 12 mars 2026\n\nV/Réf. : RH-2026-114\nObjet : Merci\n\nMadame,\n\nMerci pour votre courrier.\n\nBien cordialement,\nCamille Durand\n\nP.-S. : je serai au salon en mai.';
    assert.deepEqual(titles(hover(letter, 'rue des Capucins')), ['Bloc d’adresse']);
    assert.match(allText(hover(letter, 'rue des Capucins')), /ni comptée dans la longueur, ni relue pour le ton/);
    assert.deepEqual(titles(hover(letter, 'Lyon, le 12')), ['Lieu et date']);
    assert.deepEqual(titles(hover(letter, 'RH-2026')), ['Références']);
    assert.deepEqual(titles(hover(letter, 'je serai au salon')), ['Post-scriptum']);
  });

  it('on the subject: the guide’s effective subjects', () => {
    const h = hover(DRAFT, 'Objet :');
    assert.deepEqual(titles(h), ['Un objet clair']);
    assert.match(allText(h), /« Merci pour votre retour — demande de feedback », « Suite à votre décision — reste disponible »/);
    assert.match(allText(h), /Récap « Pas de rage-reply\. »/);
  });

  it('on the subject of a LinkedIn message: says it is not read as a subject', () => {
    const t = DRAFT.replace('canal: mail', 'canal: linkedin');
    assert.match(allText(hover(t, 'Objet :')), /un message LinkedIn : la ligne « Objet : » ne sera pas lue/);
  });

  it('on the greeting (outside the placeholder): the opening', () => {
    assert.deepEqual(titles(hover(DRAFT, 'Bonjour [Nom]')), ['Remercier, reconnaître, garder la porte entrouverte']);
  });

  it('on the closing and on the signature: « Coordonnées visibles »', () => {
    assert.deepEqual(titles(hover(DRAFT, 'Bonne journée')), ['Coordonnées visibles']);
    assert.deepEqual(titles(hover(DRAFT, 'Camille Durand')), ['Coordonnées visibles']);
  });

  const keys: [string, RegExp][] = [
    ['scenario:', /^scenario — /],
    ['canal:', /^canal — /],
    ['destinataire:', /^destinataire — /],
    ['email:', /^email — /],
    ['refus_recu:', /^refus_recu — /],
    ['envoi_prevu:', /^envoi_prevu — /],
    ['envoye:', /^envoye — /],
  ];
  for (const [key, title] of keys) {
    it(`on the header key ${key}`, () => {
      const h = hover(DRAFT, key);
      assert.equal(h?.sections.length, 1);
      assert.match(h?.sections[0].title ?? '', title);
      assert.equal(DRAFT.slice(h?.start, h?.end), DRAFT.split('\n').find((l) => l.startsWith(key)));
    });
  }

  it('on the header delimiters: what the header is for', () => assert.deepEqual(titles(hover(DRAFT, '---', {}, 0)), ['L’en-tête du brouillon']));

  it('on scenario: the scenario and its recap row', () => {
    const text = allText(hover(DRAFT, 'entretien\n'));
    assert.match(text, /Candidature : après un entretien/);
    assert.match(text, /Récap « Merci ≠ roman triste\. »/);
  });

  it('on an unknown scenario: the known values', () => {
    const t = DRAFT.replace('scenario: entretien', 'scenario: autre');
    assert.match(allText(hover(t, 'scenario:')), /Valeurs connues remerciement, entretien, proposition, radar, precision, checkin, sans-feedback/);
  });

  it('on refus_recu: the send window given by the timing checks', () => {
    const h = hover(DRAFT, 'refus_recu', { sendWindow: (d) => [`du ${d.day + 1} au ${d.day + 2} mars`] });
    assert.ok(h?.sections[0].lines.some((l) => l.label === 'Fenêtre d’envoi' && l.text === 'du 10 au 11 mars'));
    assert.match(allText(hover(DRAFT, 'refus_recu')), /24 à 48 h ouvrées/);
  });

  it('survives a send window callback that throws', () => {
    const h = hover(DRAFT, 'refus_recu', {
      sendWindow: () => {
        throw new Error('boom');
      },
    });
    assert.match(h?.sections[0].title ?? '', /^refus_recu/);
  });

  it('on a channel word: one channel at a time, and this draft’s channel', () => {
    const h = hover(DRAFT, 'LinkedIn pour');
    assert.deepEqual(titles(h), ['Un seul canal à la fois']);
    assert.equal(DRAFT.slice(h?.start, h?.end), 'LinkedIn');
    assert.match(allText(h), /Canal de ce brouillon mail/);
    assert.match(allText(h), /Mail \+ LinkedIn \+ SMS = pression/);
  });

  it('on any channel word of the channel model, with that channel’s note, and not on look-alikes', () => {
    const text = 'Bonjour Julien,\nJe reste joignable sur WhatsApp ou par message vocal, et je répondrai à l’appel d’offres.\nBien cordialement,\nLéa';
    const whatsapp = hover(text, 'WhatsApp');
    assert.equal(text.slice(whatsapp?.start, whatsapp?.end), 'WhatsApp');
    assert.match(allText(whatsapp), /WhatsApp Messagerie personnelle/);
    const vocal = hover(text, 'vocal');
    assert.equal(text.slice(vocal?.start, vocal?.end), 'message vocal');
    assert.match(allText(vocal), /téléphone Un appel se propose/);
    assert.equal(hover(text, 'appel d’offres'), undefined);
  });

  it('on a placeholder when its rule is off: still the template tip', () => {
    const offset = DRAFT.indexOf('[Nom]') + 2;
    const h = hoverAt(parseDraft(DRAFT), [], offset);
    assert.deepEqual(titles(h), ['Un modèle se remplit avant l’envoi']);
  });

  it('nothing on plain prose, on the quoted refusal, or outside the text', () => {
    assert.equal(hover(DRAFT, 'apprécié'), undefined);
    assert.equal(hover(DRAFT, 'regret'), undefined);
    const d = parseDraft(DRAFT);
    for (const offset of [-1, DRAFT.length + 1, Number.NaN]) assert.equal(hoverAt(d, [], offset), undefined);
  });

  it('never throws on odd drafts', () => {
    for (const t of ['', '---', '---\n---', 'Objet :', '[', '---\ncanal: [x]\n---\nBonjour', '\r\n\r\n']) {
      const d = parseDraft(t);
      for (let i = 0; i <= t.length; i++) assert.doesNotThrow(() => hoverAt(d, analyze(t), i));
    }
  });
});
