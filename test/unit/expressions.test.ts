import * as assert from 'node:assert/strict';
import { CONTESTATION } from '../../src/core/data/contestation';
import { EXAMPLES as CONTESTATION_EXAMPLES } from '../../src/core/data/contestation.examples';
import { EXAMPLES as QUESTIONS_EXAMPLES } from '../../src/core/data/questions.examples';
import { EXAMPLES as TON_EXAMPLES } from '../../src/core/data/ton.examples';
import type { Expression } from '../../src/core/data/expression';
import { VAGUE_QUESTIONS } from '../../src/core/data/questions';
import { AGGRESSIVE, APOLOGIES, DRAMA, PASSIVE_AGGRESSIVE } from '../../src/core/data/ton';
import { getRule, getTip } from '../../src/core';
import { CLASSES } from '../../src/core/data/lexicon';
import { parseDraft } from '../../src/core/draft';
import { proseOf } from '../../src/core/prose/analysis';
import { compileForm } from '../../src/core/prose/compile';
import { wordingHits } from '../../src/core/prose/wording';

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
      // The entry alone, through the whole analysis (scopes, required classes, facts), as a rule sees it.
      const only = [e];
      const hits = (t: string) => wordingHits(proseOf(parseDraft(t)), only).map((h) => t.slice(h.start, h.end));
      for (const t of examplesOf(e).match) {
        it(`matches ${JSON.stringify(t)}`, () => assert.ok(hits(t).length > 0));
      }
      for (const t of examplesOf(e).noMatch) {
        it(`stays quiet on ${JSON.stringify(t)}`, () => assert.deepEqual(hits(t), []));
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

  it('every form compiles, and every class it names is in the lexicon with a note', function () {
    // Compiling every form of the data takes a second or two on a loaded machine: not a speed test.
    this.timeout(20000);
    const names = new Set(CLASSES.map((c) => c.name));
    for (const c of CLASSES) {
      assert.ok(c.note.length > 20, `class ${c.name}: note`);
      for (const f of c.forms) assert.ok(compileForm(f), `class ${c.name}: ${f}`);
    }
    const referenced = (f: string) => [...f.matchAll(/@([a-z0-9_]+)/g)].map((m) => m[1]);
    for (const e of ALL) {
      for (const f of [...e.forms, ...(e.except ?? [])]) {
        assert.ok(compileForm(f), `${e.id}: ${f}`);
        for (const n of referenced(f)) assert.ok(names.has(n), `${e.id}: unknown class @${n}`);
      }
      for (const item of [...(e.with ?? []), ...(e.without ?? [])]) for (const n of referenced(item)) assert.ok(names.has(n), `${e.id}: unknown class @${n}`);
    }
    for (const c of CLASSES) for (const f of c.forms) for (const n of referenced(f)) assert.ok(names.has(n), `class ${c.name}: unknown class @${n}`);
  });
});
