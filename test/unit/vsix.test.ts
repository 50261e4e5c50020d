// The installable package: `npm run package` builds boomerang-VERSION.vsix once
// for this file, and its contents are read with yauzl (the zip reader vsce
// itself uses). It must hold what VS Code loads and nothing else (no sources,
// tests, maps, node_modules, bench output, docs other than the rule
// documentation, or examples).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buffer } from 'node:stream/consumers';
import * as yauzl from 'yauzl';
import { rulesDoc } from '../../scripts/generate';
import { compiledWording } from '../../src/core/prose/compiled';
import { WORDING_MODELS } from '../../src/core/data/models.generated';

const root = resolve(__dirname, '../../..');

/** Every file of a zip (a .vsix is small): its name and its uncompressed bytes, as yauzl reads and checks them. */
async function readZip(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file);
  const files = new Map<string, Buffer>();
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      files.set(entry.fileName, await buffer(await zip.openReadStreamPromise(entry)));
    }
  } finally {
    zip.close();
  }
  return files;
}

/** What may ship, as paths inside the .vsix. */
const ALLOWED: RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.[a-z-]+)?\.json$/i,
  /^extension\/readme\.md$/i,
  /^extension\/changelog\.md$/i,
  /^extension\/license(\.txt)?$/i,
  /^extension\/language-configuration\.json$/,
  /^extension\/dist\/extension\.js$/,
  // Its wording program, read at the first analysis (scripts/wording-plugin.mjs, `sidecar`).
  /^extension\/dist\/wording\.txt$/,
  // Its learned models' weights, read at the first analysis (the same plugin).
  /^extension\/dist\/models\.txt$/,
  // ts-ics, which it loads the first time it writes an .ics file (scripts/build.mjs).
  /^extension\/dist\/ts-ics\.js$/,
  /^extension\/dist\/web\/extension\.js$/,
  /^extension\/snippets\/[^/]+\.(json|code-snippets)$/,
  /^extension\/syntaxes\/[^/]+\.tmLanguage\.json$/,
  /^extension\/schemas\/[^/]+\.json$/,
  /^extension\/l10n\/bundle\.l10n(\.[a-z-]+)?\.json$/i,
  /^extension\/media\/([^/]+\/)*[^/]+\.(png|svg|css|js|gif|jpg|webp|md)$/,
  // The rule documentation that every rule link opens (src/extension/ruleDocs.ts).
  /^extension\/docs\/regles\.md$/,
];

/** Things that must never ship, named so that a failure says what went wrong. */
const FORBIDDEN: [RegExp, string][] = [
  [/\.map$/, 'source map'],
  [/\.tsx?$/, 'TypeScript source'],
  [/(^|\/)node_modules\//, 'node_modules'],
  [/^extension\/(src|test|out|examples|scripts|bench|bin|\.ci|\.vscode-test|screenshots-tmp)\//, 'development folder'],
  [/^extension\/docs\/(?!regles\.md$)/, 'development documentation (only docs/regles.md ships)'],
  [/^extension\/dist\/cli\.js$/, 'the command line (not loaded by VS Code)'],
  [/^extension\/(tsconfig\.json|eslint\.config\.mjs|\.mocharc\.json|package-lock\.json|ARCHITECTURE\.md)$/, 'development file'],
  [/\.vsix$/, 'another package'],
];

/** Files the manifest points to, as paths inside the .vsix. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest is untyped JSON
function referencedFiles(pkg: Record<string, any>): string[] {
  const out = new Set<string>();
  const add = (p: unknown) => {
    if (typeof p === 'string' && !/^[a-z]+:/i.test(p)) out.add(`extension/${p.replace(/^\.\//, '')}`);
  };
  add(pkg.main);
  add(pkg.browser);
  add(pkg.icon);
  const c = pkg.contributes ?? {};
  for (const l of c.languages ?? []) add(l.configuration);
  for (const g of c.grammars ?? []) add(g.path);
  for (const s of c.snippets ?? []) add(s.path);
  for (const j of c.jsonValidation ?? []) add(j.url);
  for (const w of c.walkthroughs ?? []) {
    for (const step of w.steps ?? []) {
      add(step.media?.markdown);
      add(step.media?.svg);
      if (typeof step.media?.image === 'string') add(step.media.image);
      else for (const v of Object.values(step.media?.image ?? {})) add(v);
    }
  }
  if (JSON.stringify(pkg).match(/"%[^"%]+%"/)) add('package.nls.json');
  return [...out];
}

describe('the .vsix package', function () {
  let files: Map<string, Buffer>;
  let names: string[];
  /** The bytes of a file of the package. */
  const file = (name: string): Buffer => {
    const bytes = files.get(name);
    assert.ok(bytes, `${name} is not in the .vsix`);
    return bytes;
  };
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const vsix = resolve(root, `boomerang-${pkg.version}.vsix`);

  before(async function () {
    // A production build and vsce: a few seconds, once for the whole file.
    this.timeout(180_000);
    const r = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
    assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}\n${r.stderr}`);
    files = await readZip(vsix);
    names = [...files.keys()];
  });

  it('holds nothing but what VS Code loads', () => {
    const forbidden = names.flatMap((n) => FORBIDDEN.filter(([re]) => re.test(n)).map(([, why]) => `${n} (${why})`));
    assert.deepEqual(forbidden, [], 'forbidden files in the .vsix');
    const unexpected = names.filter((n) => !ALLOWED.some((re) => re.test(n)));
    assert.deepEqual(unexpected, [], 'files outside the allowed list (add them to .vscodeignore and this test only if VS Code loads them)');
  });

  it('holds the bundles, the grammar, the icon, README, CHANGELOG and LICENSE', () => {
    const required = [
      'extension/package.json',
      'extension/readme.md',
      'extension/changelog.md',
      'extension/LICENSE.txt',
      'extension/language-configuration.json',
      'extension/dist/extension.js',
      'extension/dist/web/extension.js',
      'extension/media/icon.png',
      'extension/docs/regles.md',
      'extension.vsixmanifest',
    ];
    const lower = new Set(names.map((n) => n.toLowerCase()));
    assert.deepEqual(
      required.filter((n) => !lower.has(n.toLowerCase())),
      [],
      'missing from the .vsix',
    );
  });

  it('ships the rule documentation as the registry writes it (the page the rule links open)', () => {
    assert.equal(file('extension/docs/regles.md').toString('utf8'), rulesDoc());
  });

  it('holds every file the manifest points to (bundles, grammar, snippets, schemas, icon, nls)', () => {
    const shipped = JSON.parse(file('extension/package.json').toString('utf8'));
    const missing = referencedFiles(shipped).filter((p) => !names.includes(p));
    assert.deepEqual(missing, [], 'files named in package.json but not in the .vsix');
  });

  it('ships every snippet, schema, grammar and translation file of the repository', () => {
    for (const dir of ['snippets', 'schemas', 'syntaxes', 'l10n']) {
      const full = resolve(root, dir);
      if (!existsSync(full)) continue;
      for (const f of readdirSync(full)) assert.ok(names.includes(`extension/${dir}/${f}`), `${dir}/${f} is not in the .vsix`);
    }
  });

  // The 150 KB target of the Node bundle (issue 15) is measured and reported by `npm run bench`
  // and not met. Its wording program (prose/compiled.ts, 418 KB on 2026-11-30, growing with the
  // data) ships beside it in dist/wording.txt, read at the first analysis, and ts-ics in
  // dist/ts-ics.js, loaded when an .ics file is first written. The bundle is code: 334,670 bytes
  // (327 KiB) minified on 2026-11-30 (790 KB with the program inline at the start of the day's
  // fifth session, 372 KB without it, 349 KB without ts-ics, 335 KB without the data's notes), then
  // 350,119 bytes at the end of the eighth session (the engine's word-to-classes index and hashed lookups,
  // +4.6 KB; the question, layout and length rules, +3.1 KB). This bound catches a bundle that swallowed
  // something it should not (the program, a dependency tree, the wording forms or notes, tens of KB),
  // with a margin for the explanations and rewrites of new entries, which ship in the code. On
  // 2026-12-02 the learned models' code and their two rules took it to 366,306 bytes; their
  // weights (280 KB) ship beside it in dist/models.txt. The fifteenth session's clause-by-clause
  // question count (2.9 KB), two new entries and the typed-elision reading took it to 374,825
  // bytes (+5.5 KB): the bound moved to 368 KiB, still far from #15's 150 KB. The sixteenth session's
  // code (phone letters read by the tokenizer, asks counted on listed topics, numbered lines and
  // inversions, the warm-emoji reading of « !!! », thread replies, list tags in a subject, the
  // once-per-sentence inversion lookup) took it from 376,562 to 381,527 bytes (+5.0 KB): the bound
  // moved to 376 KiB. The eighteenth session's code (hand-broken lines found by the paragraph's widest
  // line, in the sentences and the line count; a line opening on a subject as a clause break; more
  // asks counted in spoken questions; shorthand and greetings) took it from 383,670 to 387,060 bytes
  // (+3.4 KB): the bound moved to 380 KiB. No form or note ships in it (the vsix test below and the
  // wording plugin check that).
  it('ships minified bundles without source maps, the Node one under 380 KiB, its wording program and models beside it', () => {
    for (const name of ['extension/dist/extension.js', 'extension/dist/web/extension.js']) {
      const text = file(name).toString('utf8');
      assert.doesNotMatch(text, /sourceMappingURL/, `${name} points to a source map`);
    }
    const program = compiledWording() as string;
    assert.equal(file('extension/dist/wording.txt').toString('utf8'), program, 'dist/wording.txt is the wording program of these sources');
    const node = file('extension/dist/extension.js');
    assert.ok(!node.toString('utf8').includes(program.slice(-100)), 'dist/extension.js holds the wording program');
    assert.equal(file('extension/dist/models.txt').toString('utf8'), Object.entries(WORDING_MODELS).map(([name, m]) => `\u0002${name}\n${m.weights}`).join(''), 'dist/models.txt holds the learned models of these sources');
    assert.ok(!node.toString('utf8').includes(WORDING_MODELS.ton.weights.slice(-200)), 'dist/extension.js holds the tone model');
    // ts-ics writes the calendar (« BEGIN:VCALENDAR »): the Node bundle loads it from dist/ts-ics.js when it needs it.
    assert.ok(!node.toString('utf8').includes('VCALENDAR'), 'dist/extension.js holds ts-ics');
    assert.match(file('extension/dist/ts-ics.js').toString('utf8'), /VCALENDAR/);
    assert.ok(node.length < 380 * 1024, `dist/extension.js is ${node.length} bytes`);
  });

  it('declares the icon, the web bundle and the workspace capabilities truthfully', () => {
    const shipped = JSON.parse(file('extension/package.json').toString('utf8'));
    assert.equal(shipped.icon, 'media/icon.png');
    const png = file('extension/media/icon.png');
    assert.equal(png.toString('latin1', 1, 4), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'icon size');
    assert.equal(shipped.browser, './dist/web/extension.js');
    assert.deepEqual(shipped.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    assert.deepEqual(shipped.extensionKind, ['workspace', 'ui']);
  });
});
