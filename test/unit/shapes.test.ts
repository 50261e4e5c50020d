// The shape guard (issue 17): every generated shape that is not listed in
// test/shapes/owners.ts stays linear: its 1 MB analysis costs at most 1 s and at
// most 12 × its 100 KB analysis (once it costs more than 200 ms); every user phrase of the notation runs in at
// most 50 ms on a 100 KB adversarial draft. A robustness guard, not a speed
// benchmark (`npm run bench` prints the figures): each shape runs in a child
// process killed at a deadline; the figure is the fastest CPU time of several
// runs, each from a collected heap (test/shapes/measure.ts, runner.ts): a shape
// that is not linear is slow on every run, while the median of a loaded 2-core
// machine measures its neighbours as much as the code.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { OWNED_ELSEWHERE } from '../shapes/owners';
import { runAll, type Job, type SizeResult } from '../shapes/runner';
import { PHRASES, SHAPES } from '../shapes/shapes';

const WORKER = join(__dirname, '../shapes/worker.js');
// Below `ratioFloorMs` at 1 MB a shape is cheap whatever its ratio: a 100 KB run of a few
// milliseconds is mostly fixed costs and noise, and its ratio says nothing about growth.
const LIMITS = { oneMbMs: 1000, ratio: 12, ratioFloorMs: 200, phraseMs: 50 };

const shapes = SHAPES.filter((s) => !(s.name in OWNED_ELSEWHERE));
const phrases = PHRASES.filter((p) => !(`phrase:${p}` in OWNED_ELSEWHERE));

describe('shape guard: linear on every generated shape', function () {
  let results: Map<string, SizeResult[]>;
  before(async function () {
    this.timeout(15 * 60_000);
    const jobs: Job[] = [
      ...shapes.map((s): Job => ({ kind: 'shape', key: s.name, sizes: [100_000, 1_000_000], runs: 9, budgetMs: 1500 })),
      ...phrases.map((p): Job => ({ kind: 'phrase', key: p, sizes: [100_000], runs: 9, budgetMs: 1500 })),
    ];
    results = await runAll(WORKER, jobs, 60_000);
  });

  it('has at least 40 shapes, each with a distinct name, and lists only known names as owned elsewhere', () => {
    assert.ok(SHAPES.length >= 40);
    assert.equal(new Set(SHAPES.map((s) => s.name)).size, SHAPES.length);
    const known = new Set([...SHAPES.map((s) => s.name), ...PHRASES.map((p) => `phrase:${p}`)]);
    for (const name of Object.keys(OWNED_ELSEWHERE)) assert.ok(known.has(name), name);
  });
  for (const shape of shapes) {
    it(shape.name, () => {
      const [k100, m1] = results.get(`shape:${shape.name}`) ?? [];
      assert.ok(k100?.minMs !== undefined && m1?.minMs !== undefined, `${shape.name}: no result within 60 s`);
      // The fastest run, as test/shapes/measure.ts documents: what the code costs, not what the other processes of a loaded machine cost.
      // A shape that is not linear is slow on every run, so the fastest one still exceeds the limit.
      const big = m1.minMs;
      const small = k100.minMs;
      assert.ok(big <= LIMITS.oneMbMs, `${shape.name}: 1 MB took ${big.toFixed(0)} ms at best of ${m1.runs} runs (limit ${LIMITS.oneMbMs} ms)`);
      assert.ok(big <= LIMITS.ratioFloorMs || big <= LIMITS.ratio * small, `${shape.name}: 1 MB took ${(big / small).toFixed(1)} × 100 KB (${big.toFixed(1)} ms / ${small.toFixed(1)} ms; limit ${LIMITS.ratio} ×)`);
    });
  }
  for (const phrase of phrases) {
    it(`user phrase ${JSON.stringify(phrase)}`, () => {
      const [r] = results.get(`phrase:${phrase}`) ?? [];
      assert.ok(r?.ms !== undefined && r.ms <= LIMITS.phraseMs, `${JSON.stringify(phrase)}: ${r?.ms === undefined ? 'no result within 60 s' : `${r.ms.toFixed(1)} ms`} on 100 KB (limit ${LIMITS.phraseMs} ms)`);
    });
  }
});
