// Runs the integration suite in a real VS Code: code-server's extension host,
// driven by headless Chromium (test/integration/harness/). The fixtures are
// copied to a throwaway workspace so that tests may change settings and files.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const setup = spawnSync('bash', [join(root, 'test/integration/harness/setup.sh')], { stdio: 'inherit' });
if (setup.status !== 0) {
  console.error('test:integration : la mise en place du banc d’essai a échoué (voir ci-dessus).');
  process.exit(setup.status ?? 1);
}
const workspace = mkdtempSync(join(tmpdir(), 'boomerang-ws-'));
cpSync(join(root, 'test/integration/fixtures'), workspace, { recursive: true });
const args = [
  join(root, 'test/integration/harness/run.mjs'),
  '--extension', root,
  '--tests', join(root, 'out/test/integration/index.js'),
  '--workspace', workspace,
  ...process.argv.slice(2),
];
const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
rmSync(workspace, { recursive: true, force: true });
process.exit(run.status ?? 1);
