// The esbuild plugin that compiles the wording data at build time. Every
// bundle of the core goes through it (scripts/build.mjs, the bench, eval,
// sync, findings):
//   - src/core/prose/compiled.ts gives the wording program's text: the forms
//     of every wording family (src/core/prose/families.ts) and of the lexicon's
//     classes (src/core/data/lexicon.ts), compiled by src/core/prose/compile.ts
//     and encoded by src/core/prose/program.ts, so that no form is expanded or
//     compiled when a draft is analysed;
//   - with `sidecar` (a file name), that text is written beside the bundle
//     and read from there at the first analysis, instead of inline: a Node
//     bundle then does not parse it as JavaScript each time it is loaded
//     (about 4 ms for its 420 KB), and loading the extension without
//     analysing a draft never reads it; the learned models' weights
//     (src/core/data/models.generated.ts) go the same way, to the file
//     `modelsSidecarOf(sidecar)` (`models.txt` beside `wording.txt`);
//   - with `strip`, the wording data modules lose what only the compiler reads
//     (`forms`, `except`), and the data's entries their `note` (why a form is
//     read as it is: for the people who maintain the data and for the tests,
//     never read at run time): the bundles the extension and the command line
//     ship.
// The data files stay the source of truth: they are read afresh by every build,
// so the program is never stale; test/unit/wording-program.test.ts checks that
// the program in a bundle is the one the sources give.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const defaultRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The data modules whose compiled lists lose their forms in shipped bundles (those families.ts imports). */
const STRIPPED = ['ton', 'contestation', 'questions', 'channels', 'followUps'];

const ENTRY = `
import { FAMILIES, PHRASE_LISTS } from './src/core/prose/families';
import { LEXICON } from './src/core/data/lexicon';
import { compileWording } from './src/core/prose/compile';
import { encodeProgram } from './src/core/prose/program';
${STRIPPED.map((m) => `import * as ${m} from './src/core/data/${m}';`).join('\n')}
export const text = encodeProgram(compileWording({ families: [...FAMILIES, ...PHRASE_LISTS], classes: LEXICON }));
export const modules = { ${STRIPPED.join(', ')} };
export const compiled = [...FAMILIES, ...PHRASE_LISTS].map((f) => f.name);
export { slotWeights } from './src/core/prose/models';
`;

const cache = new Map();

/** Compiles the wording data of the checkout at `root` (once per process): the program's text and the stripped data modules. */
export function compileWordingData(root = defaultRoot) {
  let p = cache.get(root);
  if (!p) {
    p = (async () => {
      const r = await esbuild.build({ stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' }, bundle: true, write: false, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning' });
      const m = { exports: {} };
      new Function('module', 'exports', 'require', r.outputFiles[0].text)(m, m.exports, createRequire(join(root, 'package.json')));
      const { text, modules, compiled, slotWeights } = m.exports;
      const stripped = new Map(Object.entries(modules).map(([name, exports]) => [name, strippedModule(name, exports, new Set(compiled))]));
      return { text, stripped, slotWeights };
    })();
    cache.set(root, p);
  }
  return p;
}

/** A compiled list without what only the compiler reads: its entries' `forms` and `except`. */
function strip(list) {
  return list.map((v) => {
    const rest = { ...v };
    delete rest.forms;
    delete rest.except;
    return rest;
  });
}

/** Plain data without its objects' `note`s. */
function withoutNotes(v) {
  if (Array.isArray(v)) return v.map(withoutNotes);
  if (v === null || typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([k]) => k !== 'note')
      .map(([k, x]) => [k, withoutNotes(x)]),
  );
}

/** The data modules (and tips) that are code as well as data: their object literals lose their `note` property in the source. */
const NOTED = /[\\/]src[\\/]core[\\/](data[\\/](conventions|cues|hoverNotes|shorthand)|tips)\.ts$/;

let typescript;

/** A TypeScript module as JavaScript, with its object literals' `note: …` properties left out. */
async function dropNotes(file) {
  typescript ??= (await import('typescript')).default;
  const ts = typescript;
  let dropped = 0;
  const transformer = (ctx) => (sf) => {
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const kept = node.properties.filter((p) => !(ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === 'note'));
        dropped += node.properties.length - kept.length;
        if (kept.length < node.properties.length) node = ctx.factory.updateObjectLiteralExpression(node, kept);
      }
      return ts.visitEachChild(node, visit, ctx);
    };
    return ts.visitNode(sf, visit);
  };
  const out = ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    transformers: { before: [transformer] },
  });
  if (dropped === 0) throw new Error(`${file}: no note to leave out (the wording plugin's NOTED list is out of date)`);
  return out.outputText;
}

function strippedModule(name, exports, compiled) {
  let out = `// ${name}: generated by scripts/wording-plugin.mjs from src/core/data/${name}.ts (forms compiled into the wording program).\n`;
  for (const key of Object.keys(exports).sort()) {
    const value = withoutNotes(compiled.has(`${name}.${key}`) ? strip(exports[key]) : exports[key]);
    const json = JSON.stringify(value);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) throw new Error(`src/core/data/${name}.ts: export ${key} is not plain data; the wording plugin cannot strip it.`);
    out += `export const ${key} = ${json};\n`;
  }
  return out;
}

/** The file beside the bundle that holds the learned models' weights: `wording.txt` → `models.txt`, `x.wording.txt` → `x.models.txt`. */
export function modelsSidecarOf(sidecar) {
  return sidecar.endsWith('wording.txt') ? `${sidecar.slice(0, -'wording.txt'.length)}models.txt` : `${sidecar}.models.txt`;
}

/**
 * The learned models of a generated module (src/core/data/models.generated.ts): each one's threshold and weights, the
 * weights laid out by slot (src/core/prose/models.ts, `slotWeights`) so that the first analysis does not hash them.
 */
async function modelsOf(file, root = defaultRoot) {
  const r = await esbuild.transform(readFileSync(file, 'utf8'), { loader: 'ts', format: 'cjs' });
  const m = { exports: {} };
  new Function('module', 'exports', r.code)(m, m.exports);
  const { slotWeights } = await compileWordingData(root);
  return Object.fromEntries(Object.entries(m.exports.WORDING_MODELS).map(([name, model]) => [name, { ...model, weights: slotWeights(model.weights) }]));
}

/**
 * The sidecar's text: each model's name after a \u0002, then a newline and its weights (which hold no \u0002): read with
 * two searches and a slice per model, where JSON would unescape half a megabyte at the first analysis.
 */
export function modelsText(models) {
  return Object.entries(models)
    .map(([name, m]) => `\u0002${name}\n${m.weights}`)
    .join('');
}

/**
 * The plugin. `strip`: ship the data modules without their forms (the
 * extension's and the command line's bundles); tests keep them. `sidecar`: a
 * file name (Node bundles only): the program is written to that file beside
 * the bundle (`outfile`) and read from it, with Node's `fs`, at the first
 * analysis.
 */
export function wordingPlugin({ strip: stripData = false, sidecar, root = defaultRoot } = {}) {
  if (sidecar !== undefined && basename(sidecar) !== sidecar) throw new Error(`wording plugin: the sidecar is a file name beside the bundle, not ${sidecar}`);
  return {
    name: 'boomerang-wording',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]core[\\/]prose[\\/]compiled\.ts$/ }, async () => {
        const { text } = await compileWordingData(root);
        // Inline: a constant, scanned once with the bundle (a literal inside the function would be scanned again when it is first called).
        if (sidecar === undefined) return { contents: `const text = ${JSON.stringify(text)};\nexport function compiledWording() {\n  return text;\n}\n`, loader: 'js' };
        // A missing file reads as a missing program (analysis.ts says so).
        return {
          contents: `import { readFileSync } from 'node:fs';\nimport { join } from 'node:path';\nexport function compiledWording() {\n  try {\n    return readFileSync(join(__dirname, ${JSON.stringify(sidecar)}), 'utf8');\n  } catch {\n    return undefined;\n  }\n}\n`,
          loader: 'js',
        };
      });
      // Inline, the models' weights are laid out by slot all the same.
      if (sidecar === undefined) {
        build.onLoad({ filter: /[\\/]src[\\/]core[\\/]data[\\/]models\.generated\.ts$/ }, async (args) => {
          const models = await modelsOf(args.path, root);
          return { contents: `export const WORDING_MODELS = ${JSON.stringify(models)};\n`, loader: 'js' };
        });
      }
      if (sidecar !== undefined) {
        const modelsSidecar = modelsSidecarOf(sidecar);
        // The models' thresholds stay in the code; their weights are read from the file beside the bundle at first use.
        build.onLoad({ filter: /[\\/]src[\\/]core[\\/]data[\\/]models\.generated\.ts$/ }, async (args) => {
          const models = await modelsOf(args.path, root);
          const entries = Object.entries(models)
            .map(([name, m]) => `  ${name}: {\n    threshold: ${JSON.stringify(m.threshold)},\n    get weights() {\n      return read()[${JSON.stringify(name)}] ?? '';\n    },\n  },`)
            .join('\n');
          return {
            contents: `import { readFileSync } from 'node:fs';\nimport { join } from 'node:path';\nlet all;\nfunction read() {\n  if (all === undefined) {\n    try {\n      const t = readFileSync(join(__dirname, ${JSON.stringify(modelsSidecar)}), 'utf8');\n      all = {};\n      for (let i = t.indexOf('\\u0002'); i >= 0; ) {\n        const nl = t.indexOf('\\n', i);\n        const next = t.indexOf('\\u0002', nl);\n        all[t.slice(i + 1, nl)] = t.slice(nl + 1, next < 0 ? t.length : next);\n        i = next;\n      }\n    } catch {\n      all = {};\n    }\n  }\n  return all;\n}\nexport const WORDING_MODELS = {\n${entries}\n};\n`,
            loader: 'js',
          };
        });
        build.onResolve({ filter: /^node:(fs|path)$/ }, (args) => (args.importer.endsWith('compiled.ts') || args.importer.endsWith('models.generated.ts') ? { path: args.path, external: true } : undefined));
        build.onEnd(async (result) => {
          if (result.errors.length > 0) return;
          const outfile = build.initialOptions.outfile;
          if (!outfile) throw new Error('wording plugin: a sidecar needs the bundle\'s outfile');
          writeFileSync(join(dirname(outfile), sidecar), (await compileWordingData(root)).text);
          const generated = join(root, 'src', 'core', 'data', 'models.generated.ts');
          if (existsSync(generated)) writeFileSync(join(dirname(outfile), modelsSidecar), modelsText(await modelsOf(generated, root)));
        });
      }
      if (stripData) {
        build.onLoad({ filter: new RegExp(`[\\\\/]src[\\\\/]core[\\\\/]data[\\\\/](${STRIPPED.join('|')})\\.ts$`) }, async (args) => {
          const { stripped } = await compileWordingData(root);
          const name = args.path.replace(/^.*[\\/]/, '').replace(/\.ts$/, '');
          return { contents: stripped.get(name), loader: 'js' };
        });
        build.onLoad({ filter: NOTED }, async (args) => ({ contents: await dropNotes(args.path), loader: 'js', resolveDir: dirname(args.path) }));
      }
    },
  };
}
