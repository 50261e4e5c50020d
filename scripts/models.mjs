// `npm run models`: bundles scripts/models.ts with the core and runs it (see
// there): it writes src/core/data/models.generated.ts.
import * as esbuild from 'esbuild';
import { wordingPlugin } from './wording-plugin.mjs';
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

mkdirSync('out', { recursive: true });
// The trainer imports the models' module for its features: a first run needs empty models to build.
const generated = 'src/core/data/models.generated.ts';
if (!existsSync(generated)) writeFileSync(generated, "export const WORDING_MODELS = { ton: { threshold: Infinity, weights: '' }, contestation: { threshold: Infinity, weights: '' } };\n");
await esbuild.build({ entryPoints: ['scripts/models.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: 'out/models.cjs', logLevel: 'warning', plugins: [wordingPlugin({ strip: true })] });
createRequire(import.meta.url)('../out/models.cjs');
