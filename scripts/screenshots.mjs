// The README's pictures, taken in the real VS Code of the integration harness
// (code-server + headless Chromium), never edited by hand:
//   npm run screenshots                     takes them and records what they show
//   node scripts/screenshots.mjs --check    says whether they are still current (no harness needed)
// - docs/images/brouillon-diagnostics.png: a draft to rework, with its squiggles,
//   the hover on a finding and the Problems panel;
// - docs/images/rapport-verifier-le-ton.png: the « Vérifier le ton » report;
// - docs/images/suivi.png: the « Suivi » view beside a sent draft.
// Their scenes are test/screenshots/readme.test.ts.
//
// Taking them runs test/screenshots/ alone (out/test/screenshots/index.js) with
// --screenshot-dir, copies the pictures to docs/images/ and writes
// docs/images/captures.json: a SHA-256 of each picture and of each file whose
// text the pictures show (the interface strings: package.nls.json and l10n/;
// the drafts on screen; the scenes in test/screenshots/). `--check`, run by
// test/unit/screenshots.test.ts, fails when one of those files changed since
// the pictures were taken, or when a picture is not the one recorded.
// Why hashes rather than dates: a clone's file times say nothing, git dates need
// the whole history (CI clones are shallow) and cannot order a picture and a
// string changed in the same commit.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const PICTURES = ['brouillon-diagnostics.png', 'rapport-verifier-le-ton.png', 'suivi.png'];
const PICTURE_DIR = 'docs/images';
const RECORD = 'docs/images/captures.json';
/** What the pictures show: files, or folders taken whole. */
const SHOWN = [
  'package.nls.json',
  'l10n',
  // The drafts on screen: the « Suivi » view lists every draft of the workspace (a copy of the fixtures).
  'test/integration/fixtures',
  'test/screenshots/readme.test.ts',
];

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** JSON with sorted keys, so that formatting and key order do not count. */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function filesOf(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  try {
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)).replace(/\\/g, '/'))
      .sort();
  } catch {
    return [path];
  }
}

/** The hash of each file the pictures show (JSON read as data, text with LF line ends). */
function shownHashes(root) {
  const out = {};
  for (const path of SHOWN) {
    for (const file of filesOf(root, path)) {
      const text = readFileSync(join(root, file), 'utf8').replace(/\r\n?/g, '\n');
      out[file] = sha256(file.endsWith('.json') ? canonicalJson(JSON.parse(text)) : text);
    }
  }
  return out;
}

function pictureHashes(root) {
  const out = {};
  for (const name of PICTURES) {
    const file = join(root, PICTURE_DIR, name);
    if (existsSync(file)) out[`${PICTURE_DIR}/${name}`] = sha256(readFileSync(file));
  }
  return out;
}

/** What differs between the record and the files: French sentences, none when current. */
function staleness(root) {
  let record;
  try {
    record = JSON.parse(readFileSync(join(root, RECORD), 'utf8'));
  } catch {
    return [`${RECORD} manque ou est illisible`];
  }
  const problems = [];
  const shown = shownHashes(root);
  const recorded = record.shows ?? {};
  for (const file of Object.keys({ ...recorded, ...shown }).sort()) {
    if (!(file in recorded)) problems.push(`${file} est apparu depuis les images`);
    else if (!(file in shown)) problems.push(`${file} a disparu depuis les images`);
    else if (recorded[file] !== shown[file]) problems.push(`${file} a changé depuis les images`);
  }
  const pictures = pictureHashes(root);
  for (const name of PICTURES) {
    const file = `${PICTURE_DIR}/${name}`;
    if (!(file in pictures)) problems.push(`${file} manque`);
    else if (record.pictures?.[file] !== pictures[file]) problems.push(`${file} n’est pas l’image prise par « npm run screenshots »`);
  }
  return problems;
}

function record(root) {
  const data = {
    comment: 'Écrit par « npm run screenshots » : ce que montrent les images de docs/images/ (SHA-256). Ne pas modifier à la main.',
    shows: shownHashes(root),
    pictures: pictureHashes(root),
  };
  writeFileSync(join(root, RECORD), `${JSON.stringify(data, null, 2)}\n`);
}

function run(root, cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`screenshots : « ${cmd} ${args.join(' ')} » a échoué (code ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
}

function take(root) {
  const started = Date.now();
  run(root, 'bash', ['test/integration/harness/setup.sh']);
  // The extension's bundles and the compiled suites in one esbuild run.
  run(root, process.execPath, ['scripts/build.mjs', '--tests']);
  const tmp = mkdtempSync(join(tmpdir(), 'bshot-'));
  const workspace = join(tmp, 'ws');
  const shots = join(tmp, 'shots');
  mkdirSync(shots);
  cpSync(join(root, 'test/integration/fixtures'), workspace, { recursive: true });
  try {
    const env = { ...process.env };
    delete env.BOOMERANG_TEST_GREP;
    run(
      root,
      process.execPath,
      ['test/integration/harness/run.mjs', '--extension', root, '--tests', join(root, 'out/test/screenshots/index.js'), '--workspace', workspace, '--screenshot-dir', shots, '--timeout-ms', '180000'],
      env,
    );
    for (const name of PICTURES) {
      const from = join(shots, name);
      if (!existsSync(from)) {
        console.error(`screenshots : ${name} n’a pas été produite par test/screenshots/.`);
        process.exit(1);
      }
      mkdirSync(join(root, PICTURE_DIR), { recursive: true });
      copyFileSync(from, join(root, PICTURE_DIR, name));
      console.log(`screenshots : ${PICTURE_DIR}/${name} mise à jour.`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  record(root);
  console.log(`screenshots : ${RECORD} enregistré (${((Date.now() - started) / 1000).toFixed(0)} s).`);
}

// --root DIR: another checkout (the unit test checks copies it alters).
const args = process.argv.slice(2);
const at = args.indexOf('--root');
const root = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : resolve(import.meta.dirname, '..');
if (args.includes('--check')) {
  const problems = staleness(root);
  if (problems.length > 0) {
    console.error(`Les images du README ne sont plus à jour : ${problems.join(' ; ')}.\nRelancez « npm run screenshots » (il prend les images dans le VS Code du banc d’essai).`);
    process.exit(1);
  }
  console.log('Les images du README sont à jour.');
} else take(root);
