import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

const mail = (body: string) => `Objet : Merci pour votre retour\n\nBonjour Madame Martin,\n\n${body}\n\nBien cordialement,\nCamille Durand – 06 12 34 56 78\n`;
const contest = (body: string) => analyze(mail(body)).filter((f) => f.rule === 'conteste-la-decision');

describe('the reader’s reason answered with one’s own version', () => {
  for (const body of [
    'Merci pour ce retour. Je retiens surtout qu’il fallait « plus de séniorité », alors que l’annonce demandait deux ans d’expérience et que j’en ai quatre.',
    'Merci. Vous évoquez un manque d’expérience en gestion, alors que j’ai piloté trois projets.',
    'Merci. Selon vous, mon anglais était insuffisant ; pourtant, j’ai obtenu 950 au TOEIC.',
    'Merci. Certes, je n’ai pas encore exercé en cabinet, mais mon stage à la Commission m’a confronté à des dossiers comparables.',
  ]) {
    it(`is one warning in that sentence: ${body.slice(0, 50)}…`, () => {
      const text = mail(body);
      const hits = analyze(text).filter((f) => f.rule === 'conteste-la-decision');
      assert.equal(hits.length, 1);
      assert.equal(hits[0].severity, 'warning');
      const sentence = body.slice(body.indexOf('. ') + 2);
      const at = text.indexOf(sentence);
      assert.ok(hits[0].start >= at && hits[0].end <= at + sentence.length, text.slice(hits[0].start, hits[0].end));
      assert.ok(hits[0].fixes.some((f) => f.title === 'Supprimer la phrase'), hits[0].fixes.map((f) => f.title).join(', '));
    });
  }

  for (const body of [
    'Vous mentionnez que l’attestation manquait, alors que je l’ai jointe le 3 mars.',
    'Vous évoquez mon anglais : je vais suivre une formation cet hiver.',
    'Le « manque de recul » que vous évoquez est juste, je le reconnais.',
    'Vous évoquez mon anglais, alors que j’aurais dû le travailler davantage : vous avez raison.',
    'Certes, le délai était court, mais j’ai beaucoup appris.',
    'Certes, votre décision me déçoit, mais je la comprends parfaitement.',
    'Certes, je manque d’expérience, mais je vais me former cet hiver.',
    'Certes, la nouvelle m’a un peu déçu sur le moment, mais vos remarques sont exactement ce dont j’avais besoin pour avancer.',
  ]) {
    it(`stays quiet on a factual correction or a lesson learnt: ${body.slice(0, 50)}…`, () => {
      assert.deepEqual(contest(body), []);
    });
  }
});

describe('figures used to argue with the verdict earn no factual allowance', () => {
  for (const body of [
    'Léo a marqué 4 buts sur les 3 matchs de préparation, plus que n’importe quel attaquant retenu. Je vous demande d’y repenser avant la première journée.',
    'À 450 € la journée avec la charte incluse, mon devis est objectivement le plus intéressant du marché.',
    'Nous ne sommes pas d’accord : 15 de moyenne au dernier trimestre, ce n’est pas insuffisant.',
  ]) {
    it(`contests: ${body.slice(0, 50)}…`, () => {
      assert.ok(contest(body).length > 0, body);
    });
  }
  it('still lets a correction backed by a document ask for a second look', () => {
    assert.deepEqual(contest('Petite précision factuelle : l’attestation figurait en page 4 du dossier déposé le 3 mars (accusé de réception ci-joint). Je vous demande d’y repenser.'), []);
  });
});
