import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

// Every user-visible string of the extension is a key: the French source text of a
// `vscode.l10n.t` call in src/extension/, or a `%key%` of package.json. French is the
// default; a translation is one more file. This test keeps the language files and the
// sources in step.

const root = resolve(__dirname, '../../..');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
const readJson = (p: string) => JSON.parse(read(p)) as Record<string, string>;

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

interface L10nCall {
  where: string;
  /** The French source text, or undefined when the first argument is not a string literal. */
  key?: string;
  /** Number of arguments after the message. */
  args: number;
}

/** Every `….l10n.t(…)` or `l10n.t(…)` call of a source file. */
function l10nCalls(file: string): L10nCall[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const calls: L10nCall[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 't') {
      const target = node.expression.expression;
      const isL10n = (ts.isIdentifier(target) && target.text === 'l10n') || (ts.isPropertyAccessExpression(target) && target.name.text === 'l10n');
      if (isL10n) {
        const [first, ...rest] = node.arguments;
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        const where = `${relative(root, file)}:${line + 1}`;
        const literal = first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first));
        calls.push({ where, key: literal ? first.text : undefined, args: rest.length });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

/** The `{0}`, `{1}`… of a message, sorted and unique. */
function placeholders(s: string): string[] {
  return [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();
}

/** Every `%key%` string value of the manifest. */
function manifestKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%([^%\s]+)%$/.exec(value);
    if (m) out.add(m[1]);
  } else if (Array.isArray(value)) {
    for (const v of value) manifestKeys(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) manifestKeys(v, out);
  }
  return out;
}

/** The user-visible fields of the manifest that must be `%key%` references. */
interface Manifest {
  displayName: unknown;
  description: unknown;
  contributes: {
    commands: Array<{ command: string; title: unknown; category: unknown }>;
    languages: Array<{ id: string; aliases?: unknown[] }>;
    walkthroughs: Array<{ id: string; title: unknown; description: unknown; steps: Array<{ id: string; title: unknown; description: unknown }> }>;
    configuration: { title: unknown; properties: Record<string, unknown> };
  };
}

function visibleManifestStrings(pkg: Manifest): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [['displayName', pkg.displayName], ['description', pkg.description]];
  const c = pkg.contributes;
  for (const cmd of c.commands) out.push([`${cmd.command}.title`, cmd.title], [`${cmd.command}.category`, cmd.category]);
  for (const l of c.languages) out.push([`${l.id}.aliases[0]`, l.aliases?.[0]]);
  for (const w of c.walkthroughs) {
    out.push([`${w.id}.title`, w.title], [`${w.id}.description`, w.description]);
    for (const s of w.steps) out.push([`${w.id}.${s.id}.title`, s.title], [`${w.id}.${s.id}.description`, s.description]);
  }
  out.push(['configuration.title', c.configuration.title]);
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (['description', 'markdownDescription', 'patternErrorMessage', 'deprecationMessage', 'markdownDeprecationMessage'].includes(k)) out.push([`${path}.${k}`, v]);
        else if (k === 'enumDescriptions' || k === 'markdownEnumDescriptions') (v as unknown[]).forEach((d, i) => out.push([`${path}.${k}[${i}]`, d]));
        else if (k !== 'default' && k !== 'enum') walk(v, `${path}.${k}`);
      }
    }
  };
  walk(c.configuration.properties, 'configuration');
  return out;
}

describe('localisation: every key used has a translation, every translation is used', () => {
  const calls = tsFiles(resolve(root, 'src/extension')).flatMap(l10nCalls);
  const sourceKeys = new Map<string, number>();
  for (const c of calls) if (c.key !== undefined) sourceKeys.set(c.key, c.args);
  const pkg = JSON.parse(read('package.json'));
  const usedManifestKeys = manifestKeys(pkg);

  it('the extension calls vscode.l10n.t, always with a string literal as the message', () => {
    assert.ok(calls.length >= 20, `only ${calls.length} l10n.t calls found`);
    assert.deepEqual(calls.filter((c) => c.key === undefined).map((c) => c.where), [], 'l10n.t whose first argument is not a string literal');
  });

  it('each placeholder {n} of a source message has an argument', () => {
    for (const c of calls) {
      if (c.key === undefined) continue;
      const used = placeholders(c.key).map((p) => Number(p.slice(1, -1)));
      const max = used.length ? Math.max(...used) : -1;
      assert.equal(max + 1, c.args, `${c.where}: « ${c.key} » has ${c.args} argument(s)`);
    }
  });

  it('package.json points to the l10n folder, and the manifest’s visible strings are %key% references', () => {
    assert.equal(pkg.l10n, './l10n');
    const literal = visibleManifestStrings(pkg).filter(([, v]) => typeof v !== 'string' || !/^%[^%\s]+%$/.test(v));
    assert.deepEqual(literal, [], 'user-visible manifest strings that are not %key%');
  });

  for (const file of ['package.nls.json', 'translations/en/package.nls.en.json']) {
    it(`${file} has every %key% of package.json, and no other`, () => {
      const nls = readJson(file);
      const keys = new Set(Object.keys(nls));
      assert.deepEqual([...usedManifestKeys].filter((k) => !keys.has(k)), [], `keys missing from ${file}`);
      assert.deepEqual([...keys].filter((k) => !usedManifestKeys.has(k)), [], `unused keys in ${file}`);
      for (const [k, v] of Object.entries(nls)) assert.ok(typeof v === 'string' && v.trim() !== '', `${file}: ${k} is empty`);
    });
  }

  it('the English template keeps the placeholders, commands and links of the French text', () => {
    const fr = readJson('package.nls.json');
    const en = readJson('translations/en/package.nls.en.json');
    for (const [k, v] of Object.entries(fr)) {
      if (!(k in en)) continue;
      const links = (s: string) => (s.match(/\]\([^)]*\)/g) ?? []).sort();
      assert.deepEqual(links(en[k]), links(v), `${k}: links differ`);
      assert.deepEqual(placeholders(en[k]), placeholders(v), `${k}: placeholders differ`);
    }
  });

  // l10n/bundle.l10n.json is the default (French) bundle: its keys are the French messages
  // themselves. The English translation is a template kept outside l10n/ (translations/en/):
  // Boomerang speaks French to every user, whatever the language of VS Code.
  const bundleFiles = [...readdirSync(resolve(root, 'l10n')).map((f) => `l10n/${f}`), 'translations/en/bundle.l10n.en.json'];
  it('l10n/ holds the default bundle only, so that no translation is applied behind the user’s back', () => {
    assert.deepEqual(readdirSync(resolve(root, 'l10n')), ['bundle.l10n.json']);
    const bundle = readJson('l10n/bundle.l10n.json');
    for (const [k, v] of Object.entries(bundle)) assert.equal(v, k);
  });

  for (const file of bundleFiles) {
    it(`${file} translates every l10n.t message, and nothing else`, () => {
      const bundle = readJson(file);
      const keys = new Set(Object.keys(bundle));
      assert.deepEqual([...sourceKeys.keys()].filter((k) => !keys.has(k)), [], `messages missing from ${file}`);
      assert.deepEqual([...keys].filter((k) => !sourceKeys.has(k)), [], `unused messages in ${file}`);
      for (const [k, v] of Object.entries(bundle)) {
        assert.ok(typeof v === 'string' && v.trim() !== '', `${file}: « ${k} » is empty`);
        assert.deepEqual(placeholders(v), placeholders(k), `${file}: placeholders of « ${k} »`);
      }
    });
  }
});
