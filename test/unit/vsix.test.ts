// The installable package: `npm run package` builds boomerang-VERSION.vsix once
// for this file, and its contents are read from the zip's central directory.
// It must hold what VS Code loads and nothing else (no sources, tests, maps,
// node_modules, bench output, docs other than the rule documentation, or examples).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { rulesDoc } from '../../src/core';

const root = resolve(__dirname, '../../..');

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Lists a zip file's entries from its central directory (no zip64: a .vsix is small). */
export function zipEntries(zip: Buffer): ZipEntry[] {
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    entries.push({
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      localOffset: zip.readUInt32LE(p + 42),
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one entry (stored or deflated). */
export function zipRead(zip: Buffer, e: ZipEntry): Buffer {
  if (zip.readUInt32LE(e.localOffset) !== 0x04034b50) throw new Error(`bad local header for ${e.name}`);
  const start = e.localOffset + 30 + zip.readUInt16LE(e.localOffset + 26) + zip.readUInt16LE(e.localOffset + 28);
  const data = zip.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method === 8) return inflateRawSync(data);
  throw new Error(`unsupported compression ${e.method} for ${e.name}`);
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
  let zip: Buffer;
  let names: string[];
  let entries: ZipEntry[];
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const vsix = resolve(root, `boomerang-${pkg.version}.vsix`);

  before(function () {
    // A production build and vsce: a few seconds, once for the whole file.
    this.timeout(180_000);
    const r = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
    assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}\n${r.stderr}`);
    zip = readFileSync(vsix);
    entries = zipEntries(zip);
    names = entries.map((e) => e.name).filter((n) => !n.endsWith('/'));
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
    const page = zipRead(zip, entries.find((e) => e.name === 'extension/docs/regles.md')!).toString('utf8');
    assert.equal(page, rulesDoc());
  });

  it('holds every file the manifest points to (bundles, grammar, snippets, schemas, icon, nls)', () => {
    const shipped = JSON.parse(zipRead(zip, entries.find((e) => e.name === 'extension/package.json')!).toString('utf8'));
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

  // The 150 KB target of the Node bundle is measured and reported by `npm run bench`; this
  // bound only catches a bundle that swallowed something it should not (a dependency tree, data).
  it('ships minified bundles without source maps, the Node one under 300 KB', () => {
    for (const name of ['extension/dist/extension.js', 'extension/dist/web/extension.js']) {
      const text = zipRead(zip, entries.find((e) => e.name === name)!).toString('utf8');
      assert.doesNotMatch(text, /sourceMappingURL/, `${name} points to a source map`);
    }
    const node = entries.find((e) => e.name === 'extension/dist/extension.js')!;
    assert.ok(node.size < 300 * 1024, `dist/extension.js is ${node.size} bytes`);
  });

  it('declares the icon, the web bundle and the workspace capabilities truthfully', () => {
    const shipped = JSON.parse(zipRead(zip, entries.find((e) => e.name === 'extension/package.json')!).toString('utf8'));
    assert.equal(shipped.icon, 'media/icon.png');
    const png = zipRead(zip, entries.find((e) => e.name === 'extension/media/icon.png')!);
    assert.equal(png.toString('latin1', 1, 4), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'icon size');
    assert.equal(shipped.browser, './dist/web/extension.js');
    assert.deepEqual(shipped.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    assert.deepEqual(shipped.extensionKind, ['workspace', 'ui']);
  });
});
