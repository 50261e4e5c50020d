import * as assert from 'node:assert/strict';
import { analyze, defaultOptions, resolveOptions, RULE_IDS, RULES, CATEGORIES } from '../../src/core';
import { findingsOf } from './helpers';

const PLACEHOLDER = 'Objet : Merci\n\nBonjour [Nom],\nMerci.\n\nBien cordialement,\nLéa – 06 12 34 56 78';

describe('analyze', () => {
  it('returns findings with the documented shape, sorted by offset', () => {
    const findings = analyze('Merci [Nom].\nJe reste disponible.');
    assert.ok(findings.length > 0);
    for (const f of findings) {
      assert.deepEqual(Object.keys(f).sort(), ['category', 'end', 'fixes', 'message', 'rule', 'severity', 'start', 'tip'].sort());
      assert.ok(CATEGORIES.includes(f.category));
      assert.notEqual(f.severity as string, 'error');
    }
    const starts = findings.map((f) => f.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('every rule has French metadata, a valid category and tip', () => {
    for (const r of RULES) {
      assert.match(r.id, /^[a-z][a-z0-9-]*$/);
      assert.ok(CATEGORIES.includes(r.category), r.id);
      assert.ok(['warning', 'information', 'hint'].includes(r.severity), r.id);
      assert.ok(r.description.length > 10, r.id);
    }
    assert.equal(RULE_IDS.size, RULES.length, 'rule ids are unique');
  });

  describe('inline control comments', () => {
    it('disable-next-line silences one rule on the next line only', () => {
      const t = 'Bonjour,\n<!-- boomerang-disable-next-line champ-a-remplir -->\nMerci [X].\nEt [Y].';
      const f = findingsOf(t, 'champ-a-remplir');
      assert.deepEqual(f.map((x) => t.slice(x.start, x.end)), ['[Y]']);
    });
    it('disable … enable silences a range, by rule, category or all', () => {
      for (const name of ['champ-a-remplir', 'modele', '']) {
        const t = `Bonjour,\n<!-- boomerang-disable ${name} -->\nMerci [X].\n<!-- boomerang-enable ${name} -->\nEt [Y].`;
        assert.deepEqual(findingsOf(t, 'champ-a-remplir').map((x) => t.slice(x.start, x.end)), ['[Y]'], name);
      }
    });
    it('another rule’s comment leaves the rule on', () => {
      const t = 'Bonjour,\n<!-- boomerang-disable-next-line trop-de-lignes -->\nMerci [X].';
      assert.equal(findingsOf(t, 'champ-a-remplir').length, 1);
    });
  });

  describe('settings', () => {
    it('turns a rule off, or its category, and changes a severity', () => {
      assert.equal(findingsOf(PLACEHOLDER, 'champ-a-remplir').length, 1);
      assert.equal(findingsOf(PLACEHOLDER, 'champ-a-remplir', { rules: { 'champ-a-remplir': 'off' } }).length, 0);
      assert.equal(findingsOf(PLACEHOLDER, 'champ-a-remplir', { rules: { modele: 'off' } }).length, 0);
      assert.equal(findingsOf(PLACEHOLDER, 'champ-a-remplir', { rules: { modele: 'off', 'champ-a-remplir': 'on' } }).length, 1);
      assert.equal(findingsOf(PLACEHOLDER, 'champ-a-remplir', { rules: { modele: 'hint' } })[0].severity, 'hint');
    });
    const invalid: [unknown, RegExp][] = [
      ['n’importe quoi', /un objet est attendu/],
      [{ rules: { 'pas-une-regle': 'off' } }, /« pas-une-regle » inconnue/],
      [{ rules: { 'trop-de-lignes': 'error' } }, /invalide/],
      [{ rules: [] }, /rules : un objet/],
      [{ thresholds: { maxLines: -3 } }, /maxLines : attendu un nombre entier de 1 à 500, reçu -3 ; valeur par défaut \(8\)/],
      [{ thresholds: { maxLines: 'huit' } }, /maxLines/],
      [{ thresholds: { maxLines: 1e12 } }, /maxLines/],
      [{ thresholds: { inconnu: 3 } }, /seuil inconnu/],
      [{ maxChars: -1 }, /maxChars/],
    ];
    for (const [raw, message] of invalid) {
      it(`explains ${JSON.stringify(raw)} and keeps the defaults`, () => {
        const { options, problems } = resolveOptions(raw, RULES);
        assert.equal(problems.length, 1, problems.join('\n'));
        assert.match(problems[0], message);
        assert.deepEqual(options.thresholds, defaultOptions().thresholds);
      });
    }
  });

  describe('bad input', () => {
    it('reports binary junk once instead of analysing it', () => {
      const junk = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
      const f = analyze(junk);
      assert.equal(f.length, 1);
      assert.equal(f[0].rule, 'document-illisible');
      assert.equal(f[0].severity, 'information');
    });
    it('reports a text over the size limit once', () => {
      const f = analyze('Bonjour. '.repeat(2000), { ...defaultOptions(), maxChars: 1000 });
      assert.deepEqual(f.map((x) => x.rule), ['document-illisible']);
      assert.match(f[0].message, /trop long/);
    });
    it('handles an empty text and CRLF', () => {
      assert.deepEqual(analyze(''), []);
      const crlf = PLACEHOLDER.replace(/\n/g, '\r\n');
      const [f] = findingsOf(crlf, 'champ-a-remplir');
      assert.equal(crlf.slice(f.start, f.end), '[Nom]');
    });
  });
});
