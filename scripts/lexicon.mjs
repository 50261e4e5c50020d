// npm run lexicon: writes src/core/data/profanity.generated.ts from the
// french-badwords-list package (MIT): its plain French entries (no leetspeak),
// minus the curated exclusions of src/core/data/profanityExclusions.ts.
// test/unit/lexicon.test.ts fails when the committed file is stale.
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

mkdirSync('out', { recursive: true });
await esbuild.build({ entryPoints: ['scripts/lexicon.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: 'out/lexicon.cjs', logLevel: 'warning', external: ['french-badwords-list/*'] });
const require = createRequire(import.meta.url);
const { profanityModule } = require('../out/lexicon.cjs');
writeFileSync('src/core/data/profanity.generated.ts', profanityModule());
console.log('src/core/data/profanity.generated.ts mis à jour.');
