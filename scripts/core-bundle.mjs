// The core of a checkout as one CommonJS file, and another revision's sources
// to build it from: what `npm run findings -- --against REF` and
// `npm run bench:compare` put side by side.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/**
 * Bundles the core of the checkout at `dir` into `outfile`, with that
 * checkout's own wording compiler when it has one (data stripped, as the
 * extension ships it); `minify` as the bench measures it; `sidecar`: the
 * wording program in a file beside the bundle, as the desktop extension ships
 * it (`OUTFILE.wording.txt`; ignored by a checkout whose compiler has no such
 * option, which keeps it inline).
 */
export async function bundleCore(dir, outfile, { minify = false, sidecar = false } = {}) {
  const pluginFile = join(dir, 'scripts/wording-plugin.mjs');
  const options = { strip: true, root: dir, ...(sidecar ? { sidecar: `${basename(outfile)}.wording.txt` } : {}) };
  const plugins = existsSync(pluginFile) ? [(await import(pathToFileURL(pluginFile).href)).wordingPlugin(options)] : [];
  await esbuild.build({
    stdin: { contents: "export * from './src/core/index';\n", resolveDir: dir, loader: 'ts' },
    outfile,
    bundle: true,
    minify,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'cjs',
    target: 'es2022',
    logLevel: 'warning',
    loader: { '.md': 'text' },
    plugins,
  });
}

/** The sources of revision `ref` of the repository at `root`, in a new temporary folder, with `root`'s dependencies. */
export function referenceCheckout(root, ref) {
  const dir = mkdtempSync(join(tmpdir(), 'boomerang-reference-'));
  const archive = execFileSync('git', ['archive', ref, 'src', 'snippets', 'scripts', 'package.json'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
