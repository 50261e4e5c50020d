import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, type Finding } from '../../src/core';
import { WORDING_MODELS } from '../../src/core/data/models.generated';
import { features, modelScore, slotWeights, WeightTable, type ModelName } from '../../src/core/prose/models';
import { tokenize } from '../../src/core/prose/tokens';
import { proseOf } from '../../src/core/prose/analysis';
import { Scope } from '../../src/core/prose/scopes';
import { parseDraft } from '../../src/core/draft';
import { fold } from '../../src/core/text';
import { applyFix } from './helpers';

/** Wraps a body into a complete reply so that only the wording varies. */
const mail = (body: string) => `Objet : Merci pour votre retour\n\nBonjour Madame Martin,\n\n${body}\n\nBien cordialement,\nCamille Durand – 06 12 34 56 78\n`;
const found = (text: string, rule = 'pique-probable'): Finding[] => analyze(text).filter((f) => f.rule === rule);
const score = (s: string, model: ModelName = 'ton') => {
  const t = tokenize(s, fold(s));
  return modelScore(model, t, 0, t.count - 1);
};

// A sting that no wording entry, cue or combination names, written for this test (it is in no
// labelled set the model learned from): the model reads its wording, not its words.
const STING = 'Je ne vais pas vous déranger davantage, vous devez être très occupés avec les candidats importants.';

describe('the learned models: tone (pique-probable)', () => {
  it('flags, as information, a sting that no list names, quoting the words that weigh most, and offers to delete it', () => {
    const text = mail(`Merci pour votre réponse. ${STING} Je reste disponible.`);
    const others = analyze(text).filter((f) => f.category === 'ton' && f.rule !== 'pique-probable');
    assert.deepEqual(others, [], 'the test needs a sentence that only the model flags');
    const hits = found(text);
    assert.equal(hits.length, 1);
    assert.equal(hits[0].severity, 'information');
    assert.equal(hits[0].category, 'ton');
    assert.equal(text.slice(hits[0].start, hits[0].end), STING);
    assert.match(hits[0].message, /^À relire : cette phrase est tournée comme celles que les destinataires lisent comme une pique ou un reproche \(« [^»]+ »/);
    const deleted = hits[0].fixes.findIndex((f) => f.title.startsWith('Supprimer'));
    assert.ok(deleted >= 0, 'a fix deletes the sentence');
    assert.equal(applyFix(text, hits[0], deleted).includes('candidats importants'), false);
  });

  it('leaves sincere replies alone, accents or not, formal or casual', () => {
    for (const body of [
      'Merci pour votre réponse et pour le temps consacré à mon dossier. Je comprends votre choix et je reste disponible si un poste s’ouvre.',
      'Je vous remercie pour la qualité de nos échanges. Quel élément a le plus pesé dans la décision ?',
      'merci pour le retour, dommage pour cette fois mais je retenterai l an prochain, bonne continuation a toute l equipe',
      'Je vous écris à la suite de votre courrier du 3 mars concernant le poste de technicien de maintenance.',
      'Félicitations à la personne retenue, et merci encore pour l’accueil chaleureux lors de la visite de l’atelier.',
      // The check-in scenario's own opening: a courtesy formula is not the model's to judge (« vous allez » weighs toward a threat).
      'J’espère que vous allez bien. Nous avions échangé il y a quelques mois au sujet du poste de technicien.',
    ]) {
      assert.deepEqual(found(mail(body)), [], body);
    }
  });

  it('does not judge a sentence the writer quotes', () => {
    assert.deepEqual(found(mail(`Merci pour votre réponse. Vous m’avez écrit : « ${STING} » Je le comprends.`)), []);
  });

  it('reads the writer’s own words around a quotation, not the quotation', () => {
    // The quoted sting inside the writer's acceptance weighs nothing: the sentence is read as « Vous m'avez écrit : c'est noté… ».
    const quoted = 'vous devez être très occupés avec les candidats importants';
    const accepting = `Vous m’avez écrit « ${quoted} » : c’est noté, je le comprends très bien et je vous remercie de votre franchise.`;
    assert.ok(score(accepting).score >= WORDING_MODELS.ton.threshold, 'read whole, quotation and all, the sentence would be flagged');
    assert.deepEqual(found(mail(`Merci pour votre réponse. ${accepting} Je reste disponible.`)), [], accepting);
    // The same sting said in the writer's own words, a short quotation beside it, is still theirs.
    const own = `« Très occupés », ${STING.charAt(0).toLowerCase()}${STING.slice(1)}`;
    assert.equal(found(mail(`Merci pour votre réponse. ${own} Je reste disponible.`)).length, 1, own);
  });

  it('does not repeat a sentence a wording entry already flags', () => {
    const text = mail('Merci pour votre réponse. Je suppose que le fils du directeur avait un meilleur dossier que le mien. Je reste disponible.');
    assert.ok(analyze(text).some((f) => f.category === 'ton' && f.rule !== 'pique-probable'));
    assert.deepEqual(found(text), []);
  });

  it('reads the same features at training and at run time: folded words, pairs, the opening word, numbers as #', () => {
    const s = 'Déjà 3 refus !';
    const t = tokenize(s, fold(s));
    assert.deepEqual(
      features(t, 0, t.count - 1).map((f) => f.name),
      ['^deja', 'deja', '#', 'deja #', 'refus', '# refus', '!', 'refus !'],
    );
    assert.equal(score('Deja 3 refus !').score, score('Déjà 12 refus !').score, 'accents and numbers do not change the score');
  });

  it('scores by how a sentence is worded: the sting above its threshold, the thanks far below', () => {
    assert.ok(score(STING).score >= WORDING_MODELS.ton.threshold);
    assert.ok(score('Merci beaucoup pour votre retour et pour votre temps.').score < 0);
  });

  it('was trained so that it generalises: its left-out figures, printed by the trainer, hold', () => {
    // The trainer writes the figures of five models on the sentences each did not learn from (whole sets left out).
    const header = readFileSync('src/core/data/models.generated.ts', 'utf8').split('\nexport')[0].replace(/\n\/\/ /g, ' ');
    const pct = (what: string) => Number(new RegExp(`${what} \\d+/\\d+ \\(([\\d.]+) %\\)`).exec(header)?.[1]);
    assert.ok(pct('bad ton sentences flagged') >= 70, header);
    assert.ok(pct('bad contestation sentences flagged') >= 80, header);
    for (const m of header.matchAll(/good sentences \d+\/\d+ \(([\d.]+) %\)/g)) assert.ok(Number(m[1]) <= 2, header);
    for (const m of header.matchAll(/body sentences of good drafts \d+\/\d+ \(([\d.]+) %\)/g)) assert.ok(Number(m[1]) <= 1, header);
  });
});

// A plea that no contestation entry or cue names, written for this test.
const PLEA = 'Sur le plan technique, notre offre n’avait rien à envier à celle du lauréat.';

describe('the learned models: contestation (contestation-probable)', () => {
  it('flags, as information, a plea that no list names, and offers to replace or delete it', () => {
    const text = mail(`Merci pour votre courrier. ${PLEA} Nous restons disponibles pour vos prochaines consultations.`);
    const others = analyze(text).filter((f) => f.category === 'contestation' && f.rule !== 'contestation-probable');
    assert.deepEqual(others, [], 'the test needs a sentence that only the model flags');
    const hits = found(text, 'contestation-probable');
    assert.equal(hits.length, 1);
    assert.equal(hits[0].severity, 'information');
    assert.equal(hits[0].category, 'contestation');
    assert.equal(text.slice(hits[0].start, hits[0].end), PLEA);
    assert.match(hits[0].message, /contestent la décision ou plaident son dossier/);
    assert.equal(applyFix(text, hits[0], 0).includes('Je comprends votre décision.'), true);
    // The tone model says nothing more on a sentence a contestation rule already reports.
    assert.deepEqual(found(text), []);
  });

  it('never flags a factual correction: a date, an amount, a document', () => {
    for (const body of [
      'Petite précision : l’attestation du 3 mars figurait bien en page 4 du dossier déposé le 12 février.',
      'Sauf erreur de ma part, notre offre s’élevait à 48 500 € HT et non à 58 500 € comme indiqué dans votre courrier.',
      'Je me permets de vous signaler que le certificat demandé est joint en annexe 2 de notre mémoire technique.',
    ]) {
      assert.deepEqual(found(mail(`Merci pour votre courrier. ${body} Je comprends votre décision.`), 'contestation-probable'), [], body);
    }
  });

  it('leaves thanks, acceptance and one precise question alone', () => {
    for (const body of [
      'Merci pour votre retour détaillé. Je comprends que l’expérience en gestion d’équipe ait fait la différence.',
      'Je vous remercie pour votre réponse. Quel critère a le plus pesé dans votre choix ?',
      'Bravo à l’équipe retenue, son projet est très beau. Nous retenterons notre chance l’an prochain.',
    ]) {
      assert.deepEqual(found(mail(body), 'contestation-probable'), [], body);
    }
  });

  it('scores the plea above its threshold and the thanks below', () => {
    assert.ok(score(PLEA, 'contestation').score >= WORDING_MODELS.contestation.threshold);
    assert.ok(score('Merci beaucoup pour votre retour et pour votre temps.', 'contestation').score < WORDING_MODELS.contestation.threshold);
  });
});

describe('the learned models: their weight table', () => {
  it('finds every feature of the text with its weight, and nothing else', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `f${i} x${i % 7}\t${(i % 13) - 6.5}`);
    const table = new WeightTable(lines.join('\n'));
    assert.equal(table.size, 3000);
    for (let i = 0; i < 3000; i++) assert.equal(table.get(`f${i} x${i % 7}`), (i % 13) - 6.5);
    for (const absent of ['', 'f1', 'f1 x2', 'f3000 x4', 'f12 x5 ', '\t']) assert.equal(table.get(absent), undefined, absent);
  });

  it('scores a sentence as the sum of its distinct features’ weights, as the trainer counts them', () => {
    for (const s of [STING, PLEA, 'Merci merci merci pour votre retour, merci !', 'Déjà 3 refus ! Déjà 3 refus !', 'je suppose que je suppose que']) {
      const t = tokenize(s, fold(s));
      for (const name of Object.keys(WORDING_MODELS) as ModelName[]) {
        const table = new WeightTable(WORDING_MODELS[name].weights);
        const names = [...new Set(features(t, 0, t.count - 1).map((f) => f.name))];
        const expected = names.reduce((sum, f) => sum + (table.get(f) ?? 0), 0);
        assert.ok(Math.abs(modelScore(name, t, 0, t.count - 1).score - expected) < 1e-9, `${name}: ${s}`);
      }
    }
  });

  it('leaves quoted words out of the score exactly as the trainer leaves them out of the features', () => {
    // The run-time loop (modelScore) and the trainer's (features) are written twice for speed: they must skip the same words.
    const text = 'Vous m’avez écrit « revenez quand vous aurez un an de terrain » : c’est noté, et je vous remercie.';
    const a = proseOf(parseDraft(text));
    const unread = { bits: a.scopes.bits, mask: Scope.Quoted };
    const last = a.toks.count - 1;
    const names = [...new Set(features(a.toks, 0, last, unread).map((f) => f.name))];
    assert.ok(names.includes('note'), names.join(' | '));
    for (const quoted of ['revenez', 'aurez', 'terrain']) assert.ok(!names.some((n) => n.split(' ').includes(quoted)), `${quoted}: ${names.join(' | ')}`);
    assert.ok(!names.includes("ecrit c'"), 'no pair joins the words on each side of the quotation');
    for (const name of Object.keys(WORDING_MODELS) as ModelName[]) {
      const table = new WeightTable(WORDING_MODELS[name].weights);
      const expected = names.reduce((sum, f) => sum + (table.get(f) ?? 0), 0);
      assert.ok(Math.abs(modelScore(name, a.toks, 0, last, unread).score - expected) < 1e-9, name);
    }
  });

  it('reads the generated models exactly: every line of the data, and its weight', () => {
    // The sources' weights, one `feature<TAB>weight` line each, as the trainer writes them (the bundles lay them out by slot).
    const source = readFileSync('src/core/data/models.generated.ts', 'utf8');
    for (const name of Object.keys(WORDING_MODELS) as ModelName[]) {
      const text = JSON.parse(new RegExp(`\\b${name}: \\{\\s*threshold: [^,]+,\\s*weights: ("(?:[^"\\\\]|\\\\.)*")`).exec(source)?.[1] ?? '""') as string;
      const lines = text.split('\n');
      assert.ok(lines.length > 1000, name);
      for (const table of [new WeightTable(text), new WeightTable(WORDING_MODELS[name].weights)]) {
        assert.equal(table.size, lines.length);
        for (const line of lines.slice(0, 500)) {
          const tab = line.lastIndexOf('\t');
          assert.equal(table.get(line.slice(0, tab)), Number(line.slice(tab + 1)), line);
        }
      }
    }
  });

  it('reads weights laid out by slot at build time as it reads them hashed at first use', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `f${i} x${i % 7}\t${(i % 13) - 6.5}`);
    const slotted = slotWeights(lines.join('\n'));
    assert.equal(slotted.charCodeAt(0), 1, 'a header line gives the capacity');
    assert.equal(slotWeights(slotted), slotted, 'laying out twice changes nothing');
    const table = new WeightTable(slotted);
    assert.equal(table.size, 3000);
    for (let i = 0; i < 3000; i++) assert.equal(table.get(`f${i} x${i % 7}`), (i % 13) - 6.5);
    for (const absent of ['', 'f1', 'f1 x2', 'f3000 x4', 'f12 x5 ', '\t']) assert.equal(table.get(absent), undefined, absent);
  });
});
