// `npm run eval [DIR]`: bundles scripts/eval.ts with the core and prints the
// figures (see eval.ts). On the tuning corpus (no DIR), it also prints the
// neutral-prose and single-sentence figures and fails when a threshold of eval.ts is missed, so
// that `npm test` catches a regression. On another folder (a blind batch), it
// only prints the figures.
import * as esbuild from 'esbuild';
import { wordingPlugin } from './wording-plugin.mjs';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

mkdirSync('out', { recursive: true });
await esbuild.build({ entryPoints: ['scripts/eval.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: 'out/eval.cjs', logLevel: 'warning', plugins: [wordingPlugin({ strip: true })] });
const require = createRequire(import.meta.url);
const { evaluate, report, neutralProse, neutralReport, sentenceSets, sentenceReport, missedThresholds } = require('../out/eval.cjs');
const dir = process.argv[2];
const result = evaluate(dir ?? 'test/corpus');
process.stdout.write(report(result));
if (dir === undefined) {
  const neutral = neutralProse('test/neutral');
  process.stdout.write(neutralReport(neutral));
  const sentences = sentenceSets('test/corpus/sentences');
  process.stdout.write(sentenceReport(sentences));
  const missed = missedThresholds(result, neutral, sentences);
  for (const m of missed) process.stdout.write(`Seuil manqué — ${m}\n`);
  process.exitCode = missed.length > 0 ? 1 : 0;
}
