#!/usr/bin/env node
// Launcher for `npx boomerang`: runs the bundled command line.
//
// The bundle is compiled with V8's code cache, as Node 22's
// `module.enableCompileCache()` would do on Node 20: the first run writes the
// code V8 compiled (after the command ran, so that it holds every function the
// run needed) to a per-user directory of the system's temporary folder; the
// next runs of the same build skip most of the parsing and compiling. The
// cache is named after Node's version and the bundle's size and modification
// time (V8 itself only checks the source's length), and written to a temporary
// file then renamed, so that a concurrent run never reads half of one. Any
// failure (no temporary folder, a read-only one, a rejected cache) falls back
// to compiling as `require` does; nothing is printed.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('boomerang : la ligne de commande n’est pas construite. Lancez « npm run build » d’abord.\n');
  process.exit(2);
}

/** The bundle's exports, and a function that writes the code cache when it was missing or rejected. */
function load(file) {
  const Module = require('node:module');
  const vm = require('node:vm');
  const os = require('node:os');
  let source;
  let cacheFile;
  try {
    const stat = fs.statSync(file);
    source = fs.readFileSync(file, 'utf8');
    const user = typeof process.getuid === 'function' ? process.getuid() : os.userInfo().username;
    cacheFile = path.join(os.tmpdir(), `boomerang-cache-${user}`, `cli-${process.version}-${process.arch}-${stat.size}-${Math.round(stat.mtimeMs)}.bin`);
  } catch {
    return { exports: require(file), save: () => {} };
  }
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  mod.loaded = true;
  script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  const save = () => {
    if (cachedData !== undefined && !script.cachedDataRejected) return;
    try {
      const dir = path.dirname(cacheFile);
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      // Caches of other builds or Node versions are never read again.
      for (const name of fs.readdirSync(dir)) if (name.startsWith('cli-') && name !== path.basename(cacheFile)) fs.rmSync(path.join(dir, name), { force: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(tmp, cacheFile);
    } catch {
      // No cache this time: the next run compiles again.
    }
  };
  return { exports: mod.exports, save };
}

const loaded = load(cli);
process.exitCode = loaded.exports.main(process.argv.slice(2));
loaded.save();
