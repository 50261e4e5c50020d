// Builds the extension with esbuild:
//   dist/extension.js      Node bundle (desktop VS Code), `vscode` external
//   dist/wording.txt       its wording program, read at the first analysis
//   dist/models.txt        its learned models' weights, read at the first analysis
//   dist/ts-ics.js         ts-ics, which it loads the first time it writes an .ics file
//   dist/web/extension.js  web-worker bundle (VS Code for the web)
//   dist/cli.js            the command line
// With --tests, also bundles every test file into out/ for mocha and the
// integration harness. With --production, minifies and drops source maps.
// Type checking is separate: `npm run typecheck`.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { wordingPlugin } from './wording-plugin.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');

// Shipped bundles carry the compiled wording program, not the forms; test bundles keep the forms for the tests that read them.
const shipped = [wordingPlugin({ strip: true })];
// The desktop extension reads the program from dist/wording.txt at its first analysis, instead of parsing it as
// JavaScript each time it loads (the web worker's bundle and the command line, which has its own code cache, keep it inline).
const shippedNode = [wordingPlugin({ strip: true, sidecar: 'wording.txt' }), lazyTsIcs()];

/**
 * ts-ics (the .ics file of a planned send, src/core/followup/ics.ts) in the
 * desktop extension: bundled on its own into dist/ts-ics.js and loaded the
 * first time an event is written, instead of being parsed with the rest at
 * every start (23 KB of a rare path). The functions ics.ts imports are listed:
 * one more import fails the build here.
 */
const TS_ICS = 'ts-ics/dist/index.js';
const TS_ICS_USED = ['generateIcsCalendar'];
function lazyTsIcs() {
  return {
    name: 'boomerang-lazy-ts-ics',
    setup(build) {
      build.onResolve({ filter: /^ts-ics\/dist\/index\.js$/ }, () => ({ path: TS_ICS, namespace: 'lazy-ts-ics' }));
      build.onResolve({ filter: /^\.\/ts-ics\.js$/ }, (args) => (args.namespace === 'lazy-ts-ics' ? { path: args.path, external: true } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'lazy-ts-ics' }, () => ({
        contents: `let m;\nconst load = () => (m ??= require('./ts-ics.js'));\n${TS_ICS_USED.map((f) => `export function ${f}(...args) {\n  return load().${f}(...args);\n}\n`).join('')}`,
        loader: 'js',
      }));
    },
  };
}

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  target: 'es2022',
  logLevel: 'warning',
  legalComments: production ? 'none' : 'inline',
  // French text as UTF-8, not as \u escapes: about 8 KB less in each bundle (Node, the web worker and the CLI read UTF-8).
  charset: 'utf8',
  loader: { '.md': 'text' },
};

function filesUnder(dir, suffix, skip = []) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (skip.some((s) => p.startsWith(s))) continue;
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, suffix, skip));
    else if (p.endsWith(suffix)) out.push(p);
  }
  return out;
}

const builds = [
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    plugins: shippedNode,
  }),
  esbuild.build({
    ...common,
    stdin: { contents: `export { ${TS_ICS_USED.join(', ')} } from '${TS_ICS}';\n`, resolveDir: '.', loader: 'js' },
    outfile: 'dist/ts-ics.js',
    platform: 'node',
    format: 'cjs',
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: shipped,
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    // REPOSITORY: the CLI prints the project's online rule pages only once package.json names its repository.
    define: { VERSION: JSON.stringify(pkg.version), REPOSITORY: JSON.stringify(pkg.repository ?? null) },
    plugins: shipped,
  }),
];

if (tests) {
  builds.push(
    esbuild.build({
      ...common,
      minify: false,
      sourcemap: 'inline',
      entryPoints: [
        ...filesUnder('test/unit', '.ts'),
        ...filesUnder('test/integration', '.ts', ['test/integration/harness']),
        ...filesUnder('test/web', '.ts'),
        ...filesUnder('test/shapes', '.ts'),
        ...filesUnder('test/screenshots', '.ts'),
      ],
      outdir: 'out/test',
      outbase: 'test',
      platform: 'node',
      format: 'cjs',
      external: ['vscode', 'mocha', '@vscode/test-electron', 'eslint', 'typescript'],
      plugins: [wordingPlugin()],
    }),
  );
}

try {
  await Promise.all(builds);
} catch (e) {
  console.error(e.message ?? e);
  process.exit(1);
}
