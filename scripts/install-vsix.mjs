// Installs the packaged .vsix into VS Code when `code` is on the PATH.
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const vsix = `boomerang-${version}.vsix`;
if (!existsSync(vsix)) {
  console.error(`${vsix} est introuvable : lancez « npm run package » d’abord.`);
  process.exit(1);
}
const probe = spawnSync('code', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
if (probe.error || probe.status !== 0) {
  console.log(`${vsix} est prêt. « code » n’est pas dans le PATH : installez-le depuis VS Code (Extensions → … → Installer depuis un VSIX).`);
  process.exit(0);
}
const r = spawnSync('code', ['--install-extension', vsix, '--force'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(r.status ?? 1);
