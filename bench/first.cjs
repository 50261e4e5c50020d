// The first analysis in a fresh process, run by bench.mjs:
//   node bench/first.cjs CORE.cjs DRAFT
// Times `require` of the core bundle and its first `analyze()` of the draft
// (default options), and prints both as JSON.
'use strict';
const { readFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');

const text = readFileSync(process.argv[3], 'utf8');
const t0 = performance.now();
const core = require(process.argv[2]);
const t1 = performance.now();
const findings = core.analyze(text);
const t2 = performance.now();
process.stdout.write(JSON.stringify({ requireMs: t1 - t0, firstMs: t2 - t1, totalMs: t2 - t0, findings: findings.length }));
