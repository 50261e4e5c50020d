// Runs test/web/ in code-server with Boomerang forced into the web-worker
// extension host, as in VS Code for the web:
//   1. packages the extension (npm run package) and unpacks the .vsix into a
//      throwaway folder: what is tested is what ships;
//   2. sets the user setting `remote.extensionKind: {"boomerang.boomerang": ["web"]}`
//      (read as is, although its schema lists only ui/workspace): an extension
//      under development that lives on the server is otherwise always put in
//      the Node (remote) host, and in VS Code 1.100's web workbench the payload
//      key `extensionDevelopmentKind` is never read (the browser environment
//      service names it `extensionDevelopmentLocationKind`);
//   3. runs the suite (out/test/web/index.js, outside the unpacked extension,
//      so it stays in the Node extension host) with the harness.
// Needs `bash test/integration/harness/setup.sh` once, and `npm run build:test`.
import { spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

import { integrationRunner } from './integration-runner.mjs';

// The web-worker host is forced through the code-server harness (Linux); the
// web bundle is still checked everywhere by test/unit/web.test.ts.
if (integrationRunner() !== 'harness') {
  console.log('test:web-host : sans objet ici (banc code-server sous Linux seulement ; test/unit/web.test.ts vérifie le paquet web).');
  process.exit(0);
}

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = (args) => spawnSync('npm', args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });

if (!process.argv.includes('--no-build')) {
  for (const script of ['build:test', 'package']) {
    const r = npm(['run', script]);
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

/** Unpacks the `extension/` folder of a .vsix (a zip, read with yauzl) into `dest`. */
async function unpackVsix(file, dest) {
  const zip = await yauzl.openPromise(file);
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (!name.startsWith('extension/') || name.endsWith('/') || name.includes('..')) continue;
      const out = join(dest, name.slice('extension/'.length));
      mkdirSync(dirname(out), { recursive: true });
      await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(out));
    }
  } finally {
    zip.close();
  }
}

// Short paths: VS Code's IPC sockets live under the harness's throwaway folder.
const tmp = mkdtempSync(join(tmpdir(), 'bw-'));
let code = 1;
try {
  const ext = join(tmp, 'ext');
  await unpackVsix(join(root, `boomerang-${version}.vsix`), ext);
  const ws = join(tmp, 'ws');
  cpSync(join(root, 'test/integration/fixtures'), ws, { recursive: true });
  const settings = join(tmp, 'settings.json');
  writeFileSync(settings, JSON.stringify({ 'remote.extensionKind': { 'boomerang.boomerang': ['web'] } }));
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'test/integration/harness/run.mjs'),
      '--extension', ext,
      '--tests', join(root, 'out/test/web/index.js'),
      '--workspace', ws,
      '--user-settings', settings,
      '--timeout-ms', '300000',
    ],
    { stdio: 'inherit' },
  );
  code = r.status ?? 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
