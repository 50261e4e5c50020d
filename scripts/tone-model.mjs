// `npm run tone-model`: bundles scripts/tone-model.ts with the core and runs
// it (see there): it writes src/core/data/toneModel.generated.ts.
import * as esbuild from 'esbuild';
import { wordingPlugin } from './wording-plugin.mjs';
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

mkdirSync('out', { recursive: true });
// The trainer imports the model's module for its features: a first run needs an empty model to build.
const generated = 'src/core/data/toneModel.generated.ts';
if (!existsSync(generated)) writeFileSync(generated, "export const TONE_MODEL = { threshold: Infinity, weights: '' };\n");
await esbuild.build({ entryPoints: ['scripts/tone-model.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: 'out/tone-model.cjs', logLevel: 'warning', plugins: [wordingPlugin({ strip: true })] });
createRequire(import.meta.url)('../out/tone-model.cjs');
