// Desktop runner of the integration suite for developers: downloads VS Code
// (desktop, Electron) through @vscode/test-electron and runs the compiled suite
// (out/test/integration/index.js) in its extension host. It needs the VS Code
// download servers and a display (on a headless Linux box: xvfb-run -a ...),
// so it cannot run on the project's CI machines; CI uses
// test/integration/harness/run.mjs (code-server + headless Chromium) instead.
//
//   npm run compile && node out/test/integration/runElectron.js [--workspace DIR]
//
// Environment:
//   VSCODE_TEST_VERSION  VS Code version to download (default 1.100.3, the
//                        version code-server 4.100.3 bundles; or "stable",
//                        "insiders", ...).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

/** Same VS Code version as the code-server harness, so both see the same API. */
const DEFAULT_VSCODE_VERSION = '1.100.3';

function workspaceArgument(argv: string[]): string | undefined {
  const i = argv.indexOf('--workspace');
  if (i === -1) return undefined;
  const value = argv[i + 1];
  if (!value) throw new Error('--workspace needs a folder');
  return path.resolve(value);
}

async function main(): Promise<number> {
  // This file runs as out/test/integration/runElectron.js.
  const extensionDevelopmentPath = path.resolve(__dirname, '..', '..', '..');
  const extensionTestsPath = path.resolve(__dirname, 'index');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'boomerang-electron-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  // Without --workspace, the suite gets a fresh empty folder.
  let workspace = workspaceArgument(process.argv.slice(2));
  if (!workspace) {
    workspace = path.join(tmp, 'workspace');
    fs.mkdirSync(workspace);
  }

  const launchArgs = [
    workspace,
    '--disable-extensions',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--skip-welcome',
    '--skip-release-notes',
    '--disable-workspace-trust',
  ];
  // Electron refuses to start as root without this.
  if (process.getuid?.() === 0) launchArgs.push('--no-sandbox');

  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION || DEFAULT_VSCODE_VERSION,
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs,
    });
    return 0;
  } catch (err) {
    console.error(`Integration tests failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
