// Issue 17: findings per rule capped with one summary finding, so that a
// pathological draft leaves the Problems panel usable; the prose mask of a long
// line full of code spans and comments is still exact.
import * as assert from 'node:assert/strict';
import { analyze, defaultOptions, MAX_FINDINGS_PER_RULE, parseDraft } from '../../src/core';

describe('limits of one analysis', () => {
  it('keeps the first findings of a rule and counts the others in one summary finding', () => {
    const text = `Bonjour,\n\n${'Merci [Nom]. '.repeat(5000)}\n\nBien cordialement,\nLéa\n`;
    const f = analyze(text, defaultOptions()).filter((x) => x.rule === 'champ-a-remplir');
    assert.equal(f.length, MAX_FINDINGS_PER_RULE + 1);
    const summary = f.find((x) => x.message.startsWith('Et '));
    assert.ok(summary);
    assert.equal(summary.severity, 'information');
    assert.match(summary.message, /^Et 4\s000 autres constats « champ-a-remplir » plus loin, non affichés : seuls les 1\s000 premiers le sont\./);
    assert.equal(text.slice(summary.start, summary.start + 5), '[Nom]');
  });

  it('applies every rule to one sentence of thousands of chained interrogatives (no class match nests as deep as the sentence)', () => {
    // « quand, quand, … » 5,000 times in one question once overflowed the phrase engine's stack: the rule was skipped
    // with an « erreur interne » finding.
    const text = `Objet : Merci\n\nBonjour,\n\n${'quand, '.repeat(5000)}?\n\nBien cordialement,\nLéa\n`;
    const internal = analyze(text, defaultOptions()).filter((x) => /erreur interne/.test(x.message));
    assert.deepEqual(internal.map((x) => `${x.rule}: ${x.message}`), []);
  });

  it('masks every code span and comment of a long line, and nothing else', () => {
    const unit = 'a `b` c <!-- d --> ';
    const line = unit.repeat(20_000);
    const prose = parseDraft(line).prose;
    assert.equal(prose.length, line.length);
    assert.equal(prose.slice(0, unit.length * 2), 'a     c            a     c            ');
    assert.equal(prose.replace(/[ ac]/g, ''), '');
  });
});
