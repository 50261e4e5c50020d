// Hostile settings (from VS Code, a JSON file or the command line): one clear
// French message per invalid value, defaults used, and nothing else changes.
import * as assert from 'node:assert/strict';
import { analyze, defaultOptions, resolveOptions, RULES } from '../../src/core';
import { GOOD_MAIL } from './helpers';

describe('hostile settings', () => {
  const cases: [string, unknown, RegExp][] = [
    ['a threshold that is not an integer', { thresholds: { maxWords: 3.5 } }, /maxWords : attendu un nombre entier de 10 à 10000, reçu 3\.5/],
    ['a threshold written as text', { thresholds: { maxWords: '150' } }, /maxWords : attendu un nombre entier/],
    ['a threshold that is null', { thresholds: { maxSentenceWords: null } }, /maxSentenceWords : attendu un nombre entier/],
    ['a threshold that is infinite', { thresholds: { novelWords: Number.POSITIVE_INFINITY } }, /novelWords : attendu un nombre entier/],
    ['a threshold that is not a number', { thresholds: { maxQuestions: Number.NaN } }, /maxQuestions : attendu un nombre entier/],
    ['a negative threshold', { thresholds: { lineWidth: -100 } }, /lineWidth : attendu un nombre entier de 20 à 1000/],
    ['an absurd threshold', { thresholds: { maxLines: Number.MAX_SAFE_INTEGER } }, /maxLines : attendu un nombre entier de 1 à 500/],
    ['thresholds as a list', { thresholds: [8, 100] }, /thresholds : un objet est attendu/],
    ['thresholds as text', { thresholds: 'grand' }, /thresholds : un objet est attendu/],
    ['a rule setting that is a number', { rules: { ton: 42 } }, /rules\.ton : valeur 42 invalide/],
    ['a rule setting that is an object', { rules: { 'trop-de-lignes': { level: 'off' } } }, /rules\.trop-de-lignes : valeur \{"level":"off"\} invalide/],
    ['an unknown rule id', { rules: { 'regle-inventee': 'off' } }, /« regle-inventee » inconnue/],
    ['an empty rule id', { rules: { '': 'off' } }, /«\s+» inconnue/],
    ['a rule id borrowed from Object', { rules: { toString: 'off' } }, /« toString » inconnue/],
    ['a threshold name borrowed from Object', { thresholds: { constructor: 3 } }, /thresholds\.constructor : seuil inconnu/],
    ['maxChars written as text', { maxChars: '2000000' }, /maxChars : attendu un nombre entier de 1000 à 100000000/],
    ['maxChars too small', { maxChars: 10 }, /maxChars/],
    ['settings that are a number', 42, /un objet est attendu ; réglages par défaut utilisés/],
    ['settings that are a list', [], /un objet est attendu/],
  ];
  for (const [what, raw, message] of cases) {
    it(`explains ${what} in one message and keeps the defaults`, () => {
      const { options, problems } = resolveOptions(raw, RULES);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], message);
      assert.deepEqual(options, defaultOptions());
    });
  }

  it('gives one message per invalid value and keeps the valid ones', () => {
    const { options, problems } = resolveOptions({ rules: { modele: 'off', inconnue: 'off', ton: 'fort' }, thresholds: { maxLines: 6, maxWords: -1 }, maxChars: 'x' }, RULES);
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.deepEqual(options.rules, { modele: 'off' });
    assert.equal(options.thresholds.maxLines, 6);
    assert.equal(options.thresholds.maxWords, defaultOptions().thresholds.maxWords);
  });

  it('does not let a "__proto__" key from a JSON file reach the options or Object.prototype', () => {
    const raw = JSON.parse('{"rules": {"__proto__": {"polluted": "off"}}, "thresholds": {"__proto__": {"maxLines": 1}}}');
    const { options, problems } = resolveOptions(raw, RULES);
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(options.thresholds.maxLines, defaultOptions().thresholds.maxLines);
    assert.deepEqual(Object.keys(options.rules), []);
  });

  it('analyses with the defaults when every setting is invalid', () => {
    const { options } = resolveOptions({ rules: 'tout', thresholds: [], maxChars: -1 }, RULES);
    assert.deepEqual(analyze(GOOD_MAIL, options), analyze(GOOD_MAIL, defaultOptions()));
  });
});
