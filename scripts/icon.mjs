// Renders media/icon.svg to the 128×128 media/icon.png that the Marketplace and
// the Extensions view show. The PNG is committed; run `npm run icon` after
// changing the SVG. Uses `rsvg-convert` (Debian: apt-get install librsvg2-bin),
// or else headless Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SIZE = 128;
const svg = resolve('media/icon.svg');
const png = resolve('media/icon.png');

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

if (has('rsvg-convert')) {
  execFileSync('rsvg-convert', ['-w', String(SIZE), '-h', String(SIZE), '-o', png, svg]);
} else {
  const chrome = ['chromium', 'chromium-browser', 'google-chrome'].find(has);
  if (!chrome) {
    console.error('icon: needs rsvg-convert (apt-get install librsvg2-bin) or Chromium');
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'boomerang-icon-'));
  const page = join(dir, 'icon.html');
  writeFileSync(
    page,
    `<!doctype html><style>html,body{margin:0;background:transparent}</style>${readFileSync(svg, 'utf8')}`,
  );
  execFileSync(chrome, [
    '--headless',
    '--disable-gpu',
    '--no-sandbox',
    '--hide-scrollbars',
    '--default-background-color=00000000',
    `--window-size=${SIZE},${SIZE}`,
    `--screenshot=${png}`,
    `file://${page}`,
  ], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}

const head = readFileSync(png);
const width = head.readUInt32BE(16);
const height = head.readUInt32BE(20);
if (width !== SIZE || height !== SIZE) {
  console.error(`icon: ${png} is ${width}×${height}, expected ${SIZE}×${SIZE}`);
  process.exit(1);
}
console.log(`icon: ${png} (${SIZE}×${SIZE}, ${head.length} bytes)`);
