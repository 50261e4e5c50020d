// Cold start of the Node bundle, run in a fresh process by bench.mjs:
//   node bench/coldstart.cjs dist/extension.js
// Injects a stub `vscode` module, then times `require(bundle)` and one
// `activate(context)`, and prints the figures as JSON.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

/** A stand-in for any part of the VS Code API: every property is another stub, every call or `new` returns one. */
function stub(name) {
  const target = function () {};
  return new Proxy(target, {
    get(_t, key) {
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => name;
      if (key === 'then') return undefined; // not a promise
      if (key === 'length') return 0;
      if (key === 'dispose') return () => {};
      return stub(`${name}.${String(key)}`);
    },
    // Assignments (item.name = …, this.x = …) are accepted and forgotten.
    set: () => true,
    defineProperty: () => true,
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}

// A plain object with every top-level name of the API (bundlers copy own
// properties of a CommonJS module into their namespace object).
const api = require('node:fs').readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const vscode = {};
for (const m of api.matchAll(/^\t?(?: {4})?export (?:declare )?(?:class|enum|namespace|const|function|let) (\w+)/gm)) vscode[m[1]] = stub(`vscode.${m[1]}`);
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'vscode') return vscode;
  return load.call(this, request, ...rest);
};

const bundle = path.resolve(process.argv[2]);
const t0 = performance.now();
const ext = require(bundle);
const t1 = performance.now();
const context = { subscriptions: [], extensionUri: stub('extensionUri'), extensionPath: path.dirname(bundle), globalState: stub('globalState'), workspaceState: stub('workspaceState') };
ext.activate(context);
const t2 = performance.now();
// The extension keeps timers (the « Suivi » view's clock): exit once the figures are written.
process.stdout.write(JSON.stringify({ requireMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0, sinceProcessStartMs: t2 }), () => process.exit(0));
