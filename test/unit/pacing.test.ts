import * as assert from 'node:assert/strict';
import { analysisDelay, MAX_DELAY_MS } from '../../src/extension/pacing';

describe('pacing of analyses while typing', () => {
  const table: [string, number | undefined, number][] = [
    ['never analysed: the configured debounce', undefined, 250],
    ['a draft analysed in microseconds: the debounce', 0.05, 250],
    ['a 20 ms analysis: still the debounce', 20, 250],
    ['a 60 ms analysis (a 1 MB document): ten times its cost', 60, 600],
    ['a 2 s analysis: capped', 2_000, MAX_DELAY_MS],
    ['a cost that is not a number: the debounce', Number.NaN, 250],
  ];
  for (const [what, cost, expected] of table) {
    it(`${what} → ${expected} ms`, () => assert.equal(analysisDelay(250, cost), expected));
  }
  it('never waits less than the configured debounce', () => {
    assert.equal(analysisDelay(5_000, 60), 5_000);
  });
});
