// `npm run test:harness`: installs the code-server harness (Debian packages,
// test/integration/harness/setup.sh) and runs its self-test, where the
// integration suite runs through it (Linux, see scripts/integration-runner.mjs).
// Elsewhere the suite runs in desktop VS Code, and there is no harness to check.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { integrationRunner } from './integration-runner.mjs';

const root = resolve(import.meta.dirname, '..');
if (integrationRunner() !== 'harness') {
  console.log('test:harness : sans objet ici (les tests d’intégration passent par @vscode/test-electron, voir README).');
  process.exit(0);
}
for (const [cmd, args] of [
  ['bash', [join(root, 'test/integration/harness/setup.sh')]],
  [process.execPath, [join(root, 'test/integration/harness/selftest.mjs')]],
]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
