// Bundles scripts/eval.ts with the core and prints the figures (see eval.ts).
import * as esbuild from 'esbuild';
import { wordingPlugin } from './wording-plugin.mjs';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

mkdirSync('out', { recursive: true });
await esbuild.build({ entryPoints: ['scripts/eval.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: 'out/eval.cjs', logLevel: 'warning', plugins: [wordingPlugin({ strip: true })] });
const require = createRequire(import.meta.url);
const { evaluate, report } = require('../out/eval.cjs');
const dir = process.argv[2] ?? 'test/corpus';
const result = evaluate(dir);
process.stdout.write(report(result));
const missed = result.perCategory.reduce((n, c) => n + c.expected - c.detected, 0);
process.exitCode = result.falseAlarms.length > 0 || missed > 0 ? 1 : 0;
