import * as assert from 'node:assert/strict';
import { analyze, type Finding } from '../../src/core';

/** Wraps a body into a complete reply so that only the wording varies. */
const mail = (body: string) => `Objet : Merci pour votre retour\n\nBonjour Madame Martin,\n\n${body}\n\nBien cordialement,\nCamille Durand – 06 12 34 56 78\n`;
const found = (body: string, rule: string): Finding[] => analyze(mail(body)).filter((f) => f.rule === rule);

describe('implicit reproach and implicit plea (cue scoring)', () => {
  it('a plea no entry names is flagged as information, on its own sentence', () => {
    const sentence = 'Compte tenu de mes 12 ans d’expérience, je reste surpris.';
    const text = mail(`Merci pour votre réponse. ${sentence} Je reste disponible.`);
    const hits = analyze(text).filter((f) => f.rule === 'plaidoyer-implicite');
    assert.equal(hits.length, 1);
    assert.equal(hits[0].severity, 'information');
    assert.equal(text.slice(hits[0].start, hits[0].end), sentence);
    assert.match(hits[0].message, /une surprise affichée/);
  });

  it('the same credentials in a plain statement of availability are not a plea', () => {
    assert.deepEqual(found('Merci pour votre réponse. Je reste disponible si vos besoins évoluent.', 'plaidoyer-implicite'), []);
    assert.deepEqual(found('Merci pour ce retour : j’ai été surprise et ravie de la qualité de l’échange.', 'plaidoyer-implicite'), []);
  });

  it('a reproach made of several mild cues aimed at the reader is flagged as information', () => {
    const hits = found('Trois mois d’attente, pas une question sur mon portfolio, et une réponse impersonnelle pour votre décision : c’est dommage.', 'reproche-implicite');
    assert.equal(hits.length, 1);
    assert.equal(hits[0].severity, 'information');
  });

  it('sour grapes aimed at the reader count as a cue (« de toute façon », « hein »)', () => {
    const hits = found('De toute façon votre centre équestre n’est pas vraiment le Cadre noir, hein.', 'reproche-implicite');
    assert.equal(hits.length, 1);
    assert.match(hits[0].message, /une pointe d’amertume/);
  });

  it('a factual correction with its document softens the word « erreur »', () => {
    const body = 'Il me semble qu’une erreur s’est glissée dans votre courrier : l’accusé de réception joint mentionne un dépôt dans les délais.';
    assert.deepEqual(found(body, 'reproche-implicite'), []);
    assert.equal(found(body.replace('l’accusé de réception joint mentionne', 'vous mentionnez'), 'reproche-implicite').length, 1, 'without the document, the same sentence is worth a second look');
  });

  it('thanks and acceptance soften a sentence that names the refusal', () => {
    assert.deepEqual(found('Je comprends votre décision et je vous remercie pour le temps consacré à mon dossier.', 'reproche-implicite'), []);
  });

  it('thanks granted before « même si » or « mais » do not soften the reproach that follows the turn', () => {
    for (const body of ['Je vous remercie de votre réponse, même si personne n’a rappelé mon référent.', 'Merci pour votre message, mais vous n’avez pas une seule fois répondu à mes questions.']) {
      const hits = found(body, 'reproche-implicite');
      assert.equal(hits.length, 1, body);
      assert.match(hits[0].message, /un manquement reproché/);
    }
    // The same reproach without the turn, thanks in the same clause: softened, as before.
    assert.deepEqual(found('Je vous remercie de votre réponse et personne n’a rappelé mon référent.', 'reproche-implicite'), []);
  });

  it('a refusal named calmly after the turn is not a reproach (« même si la réponse est négative », « même si c’est encore un non »)', () => {
    assert.deepEqual(found('Merci de m’avoir reçu, même si la réponse est négative.', 'reproche-implicite'), []);
    assert.deepEqual(found('Merci pour la réponse, même si c’est encore un non pour cette édition.', 'reproche-implicite'), []);
  });

  it('a plea stated with « je pense mériter mieux » is a warning of conteste-la-decision', () => {
    const hits = analyze(mail('Merci pour votre réponse. Compte tenu de mon parcours, je pense mériter mieux.')).filter((f) => f.severity === 'warning');
    assert.deepEqual(hits.map((f) => f.rule), ['conteste-la-decision']);
  });
});
