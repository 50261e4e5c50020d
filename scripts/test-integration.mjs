// Runs the integration suite in a real VS Code. The runner depends on the
// platform (scripts/integration-runner.mjs): on Linux, code-server's extension
// host driven by headless Chromium (test/integration/harness/); on macOS and
// Windows, desktop VS Code through @vscode/test-electron. The fixtures are
// copied to a throwaway workspace so that tests may change settings and files.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { integrationRunner } from './integration-runner.mjs';

const root = resolve(import.meta.dirname, '..');
const runner = integrationRunner();
const workspace = mkdtempSync(join(tmpdir(), 'boomerang-ws-'));
cpSync(join(root, 'test/integration/fixtures'), workspace, { recursive: true });
let run;
if (runner === 'harness') {
  const setup = spawnSync('bash', [join(root, 'test/integration/harness/setup.sh')], { stdio: 'inherit' });
  if (setup.status !== 0) {
    console.error('test:integration : la mise en place du banc d’essai a échoué (voir ci-dessus).');
    process.exit(setup.status ?? 1);
  }
  const args = [
    join(root, 'test/integration/harness/run.mjs'),
    '--extension', root,
    '--tests', join(root, 'out/test/integration/index.js'),
    '--workspace', workspace,
    ...process.argv.slice(2),
  ];
  run = spawnSync(process.execPath, args, { stdio: 'inherit' });
} else {
  console.error('test:integration : VS Code de bureau via @vscode/test-electron (téléchargé une fois dans .vscode-test/).');
  run = spawnSync(process.execPath, [join(root, 'out/test/integration/runElectron.js'), '--workspace', workspace], { stdio: 'inherit' });
}
rmSync(workspace, { recursive: true, force: true });
process.exit(run.status ?? 1);
