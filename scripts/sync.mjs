// Writes the files derived from the rule registry (see scripts/generate.ts).
import * as esbuild from 'esbuild';
import { wordingPlugin } from './wording-plugin.mjs';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

mkdirSync('out', { recursive: true });
await esbuild.build({ entryPoints: ['scripts/generate.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: 'out/generate.cjs', logLevel: 'warning', plugins: [wordingPlugin()] });
const require = createRequire(import.meta.url);
const { configSchema, rulesDoc, syncManifest, syncNls, syncReadme } = require('../out/generate.cjs');
writeFileSync('docs/regles.md', rulesDoc());
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const synced = syncManifest(pkg);
writeFileSync('package.json', `${JSON.stringify(synced, null, 2)}\n`);
const nls = syncNls(JSON.parse(readFileSync('package.nls.json', 'utf8')));
writeFileSync('package.nls.json', `${JSON.stringify(nls, null, 2)}\n`);
writeFileSync('README.md', syncReadme(readFileSync('README.md', 'utf8'), synced, nls));
writeFileSync('schemas/boomerang.schema.json', `${JSON.stringify(configSchema(synced, nls), null, 2)}\n`);
console.log('docs/regles.md, package.json, package.nls.json, README.md et schemas/boomerang.schema.json mis à jour.');
