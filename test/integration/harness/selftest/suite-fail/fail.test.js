'use strict';
// Deliberately failing suite: the self-test checks that the harness reports
// the failure with a non-zero exit code.
const assert = require('assert');

describe('harness self-test (failing suite)', () => {
  it('fails on purpose', () => {
    assert.strictEqual(1 + 1, 3, 'this failure is expected by selftest.mjs');
  });
});
