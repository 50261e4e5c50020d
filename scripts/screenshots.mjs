// Takes the README's screenshots in the real VS Code of the integration harness
// (code-server + headless Chromium), so that the pictures are never edited by hand:
//   npm run screenshots
// - docs/images/brouillon-diagnostics.png: a draft to rework, with its squiggles,
//   the hover on a finding and the Problems panel (test/integration/suite/diagnostics.test.ts);
// - docs/images/rapport-verifier-le-ton.png: the « Vérifier le ton » report
//   (test/integration/suite/report.test.ts);
// - docs/images/suivi.png: the « Suivi » view beside a sent draft
//   (test/integration/suite/followup.test.ts).
// The integration suite asks for the pictures itself (when BOOMERANG_SCREENSHOT_DIR
// is set, through the harness's file handshake); this script runs the suite with
// --screenshot-dir and copies the results to docs/images/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SHOTS = [
  ['brouillon-diagnostics.png', 'docs/images/brouillon-diagnostics.png'],
  ['rapport-verifier-le-ton.png', 'docs/images/rapport-verifier-le-ton.png'],
  ['suivi.png', 'docs/images/suivi.png'],
];

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`screenshots : « ${cmd} ${args.join(' ')} » a échoué (code ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

run('bash', ['test/integration/harness/setup.sh']);
run('npm', ['run', 'build', '--silent']);
run('npm', ['run', 'build:test', '--silent']);

const tmp = mkdtempSync(join(tmpdir(), 'boomerang-shot-'));
const workspace = join(tmp, 'ws');
const shots = join(tmp, 'shots');
mkdirSync(shots);
cpSync(join(root, 'test/integration/fixtures'), workspace, { recursive: true });
try {
  run(process.execPath, [
    join(root, 'test/integration/harness/run.mjs'),
    '--extension', root,
    '--tests', join(root, 'out/test/integration/index.js'),
    '--workspace', workspace,
    '--screenshot-dir', shots,
  ]);
  for (const [name, target] of SHOTS) {
    const from = join(shots, name);
    if (!existsSync(from)) {
      console.error(`screenshots : ${name} n’a pas été produite par la suite.`);
      process.exit(1);
    }
    mkdirSync(resolve(root, target, '..'), { recursive: true });
    copyFileSync(from, resolve(root, target));
    console.log(`screenshots : ${target} mise à jour.`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
