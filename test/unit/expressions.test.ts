import * as assert from 'node:assert/strict';
import { CONTESTATION } from '../../src/core/data/contestation';
import { EXAMPLES as CONTESTATION_EXAMPLES } from '../../src/core/data/contestation.examples';
import { EXAMPLES as QUESTIONS_EXAMPLES } from '../../src/core/data/questions.examples';
import { EXAMPLES as TON_EXAMPLES } from '../../src/core/data/ton.examples';
import type { Expression } from '../../src/core/data/expression';
import { VAGUE_QUESTIONS } from '../../src/core/data/questions';
import { AGGRESSIVE, APOLOGIES, DRAMA, PASSIVE_AGGRESSIVE } from '../../src/core/data/ton';
import { getRule, getTip } from '../../src/core';
import { ExpressionMatcher, formSource } from '../../src/core/phraseEngine';
import { fold } from '../../src/core/text';

const ALL: readonly Expression[] = [...AGGRESSIVE, ...PASSIVE_AGGRESSIVE, ...APOLOGIES, ...DRAMA, ...CONTESTATION, ...VAGUE_QUESTIONS];
const EXAMPLES = { ...TON_EXAMPLES, ...CONTESTATION_EXAMPLES, ...QUESTIONS_EXAMPLES };
const examplesOf = (e: Expression) => EXAMPLES[e.id] ?? { match: [], noMatch: [] };

describe('wording data: every entry’s own examples', () => {
  it('ids are unique and every entry names a registered rule', () => {
    const ids = new Set<string>();
    for (const e of ALL) {
      assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
      ids.add(e.id);
      const rule = getRule(e.rule);
      assert.ok(rule, `${e.id}: unknown rule ${e.rule}`);
      assert.ok(getTip(rule.tip));
      assert.ok(e.explanation.length > 40, `${e.id}: explanation`);
      assert.ok(examplesOf(e).match.length > 0 && examplesOf(e).noMatch.length > 0, `${e.id}: examples`);
      assert.ok((e.rewrites?.length ?? 0) + (e.sentenceRewrites?.length ?? 0) > 0 || e.deleteSentence, `${e.id}: a fix`);
    }
  });

  for (const e of ALL) {
    describe(e.id, () => {
      const m = new ExpressionMatcher([e]);
      for (const t of examplesOf(e).match) {
        it(`matches ${JSON.stringify(t)}`, () => assert.ok(m.matches(fold(t)).length > 0));
      }
      for (const t of examplesOf(e).noMatch) {
        it(`stays quiet on ${JSON.stringify(t)}`, () => assert.deepEqual(m.matches(fold(t)).map((h) => t.slice(h.start, h.end)), []));
      }
    });
  }

  it('every example belongs to an entry', () => {
    const ids = new Set(ALL.map((e) => e.id));
    for (const id of Object.keys(EXAMPLES)) assert.ok(ids.has(id), `examples for unknown entry ${id}`);
  });

  it('no form nests alternatives (the notation does not support it)', () => {
    for (const e of ALL) for (const f of [...e.forms, ...(e.except ?? [])]) assert.doesNotMatch(f, /\{[^}]*\{/, `${e.id}: ${f}`);
  });

  it('every form compiles to a valid regular expression', () => {
    for (const e of ALL) for (const f of e.forms) assert.doesNotThrow(() => new RegExp(formSource(f), 'u'), `${e.id}: ${f}`);
  });
});
