// The web bundle (dist/web/extension.js, what VS Code for the web loads) runs
// in a web-worker-like sandbox with no Node globals and a stub `vscode`
// module: it must activate, and give the same diagnostics as the core.
// dist/ is built by `npm run test:unit` before mocha runs.

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as vm from 'node:vm';
import { analyze, defaultOptions, rulesDoc } from '../../src/core';
import { createHost, extensionContext, loadWebBundle, makeDocument, Uri, type FakeDocument, type WebHost } from './webHost';

const root = resolve(__dirname, '../../..');
const WEB_BUNDLE = resolve(root, 'dist/web/extension.js');

interface Diag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity: number;
  source?: string;
  code?: { value: string; target: Uri };
}

const DRAFT = 'Objet : Merci\n\nMerci pour votre retour, [Nom].\n\nBien cordialement,\nLéa\n';
const FIXED = 'Objet : Merci pour votre retour\n\nBonjour Madame Martin,\n\nMerci pour votre retour.\n\nBien cordialement,\nLéa Martin – 06 12 34 56 78\n';

/** Resolves with the next diagnostics set for a URI (bounded wait on the event). */
function nextDiagnostics(host: WebHost, uri: Uri, what: string, within = 5000): Promise<Diag[]> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      sub.dispose();
      fail(new Error(`no diagnostics for ${uri.toString()} ${what} within ${within} ms`));
    }, within);
    const sub = host.onDiagnostics.event((e) => {
      if (e.uri !== uri.toString()) return;
      clearTimeout(timer);
      sub.dispose();
      done(e.diagnostics as Diag[]);
    });
  });
}

// Array.from: the diagnostics arrays come from the sandbox's realm.
const ids = (ds: Diag[]) => Array.from(ds, (d) => d.code?.value ?? '').sort();

describe('the web bundle in a web-worker-like sandbox', () => {
  let text: string;
  let host: WebHost;
  let context: ReturnType<typeof extensionContext>;
  let api: { diagnostics?: unknown } | undefined;

  before(() => {
    assert.ok(existsSync(WEB_BUNDLE), `${WEB_BUNDLE} is missing: run npm run build`);
    text = readFileSync(WEB_BUNDLE, 'utf8');
    host = createHost();
    host.settings['boomerang.debounceMs'] = 0;
    const loaded = loadWebBundle(WEB_BUNDLE, host);
    assert.deepEqual(loaded.requested, [], 'modules required at load time');
    assert.equal(
      vm.runInContext('[typeof require, typeof process, typeof Buffer, typeof __dirname, typeof global, typeof setImmediate].join()', loaded.context),
      'undefined,undefined,undefined,undefined,undefined,undefined',
      'the sandbox must have no Node globals',
    );
    context = extensionContext(host);
    const activate = loaded.exports.activate as (c: unknown) => typeof api;
    assert.equal(typeof activate, 'function', 'the bundle exports activate');
    api = activate(context);
  });

  after(() => {
    for (const d of context?.subscriptions ?? []) d.dispose();
  });

  it('requires no module but vscode, and names no Node built-in or global', () => {
    const required = new Set([...text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode']);
    assert.doesNotMatch(text, /["'`]node:[a-z_/]+["'`]/, 'a node: module specifier');
    assert.doesNotMatch(text, /\b(__dirname|__filename|setImmediate)\b/);
    assert.doesNotMatch(text, /\bprocess\.(env|platform|cwd|argv|versions|nextTick|exit|stdout|stderr)\b/);
    assert.doesNotMatch(text, /\bBuffer\.(from|alloc|isBuffer|concat|byteLength)\b/);
  });

  it('activates and registers its features', () => {
    assert.ok(api, 'activate returns the API');
    assert.ok(context.subscriptions.length > 0, 'nothing registered');
    assert.ok(host.collections.some((c) => c.name === 'boomerang'), 'no diagnostic collection');
    assert.ok(host.codeActionProviders.length > 0, 'no code action provider');
  });

  it('diagnoses an opened reponse draft with the same rules and ranges as the core', async () => {
    const uri = Uri.parse('vscode-vfs://github/boomerang/demo/merci.reponse.md');
    const doc = makeDocument(uri, 'reponse', DRAFT);
    const pending = nextDiagnostics(host, uri, 'after opening');
    host.open(doc);
    const diagnostics = await pending;
    const expected = analyze(DRAFT, defaultOptions());
    assert.deepEqual(ids(diagnostics), expected.map((f) => f.rule).sort());
    assert.ok(ids(diagnostics).includes('champ-a-remplir') && ids(diagnostics).includes('salutation-manquante'), ids(diagnostics).join());
    const placeholder = diagnostics.find((d) => d.code?.value === 'champ-a-remplir')!;
    assert.equal(doc.getText(placeholder.range as never), '[Nom]');
    assert.equal(placeholder.severity, 1, 'warning');
    assert.equal(placeholder.source, 'Boomerang');
    assert.match(placeholder.message, /[éèàç’]/, 'French message');
    host.close(doc);
  });

  it('offers quick fixes, « Ignorer ici » among them', async () => {
    const uri = Uri.parse('vscode-vfs://github/boomerang/demo/fix.reponse.md');
    const doc = makeDocument(uri, 'reponse', DRAFT);
    const pending = nextDiagnostics(host, uri, 'after opening');
    host.open(doc);
    const diagnostics = await pending;
    const target = diagnostics.find((d) => d.code?.value === 'salutation-manquante')!;
    const actions = host.codeActionProviders.flatMap(
      (p) => (p.provideCodeActions(doc, target.range as never, { diagnostics: [target], triggerKind: 1, only: undefined }) ?? []) as { title: string; edit?: { edits: unknown[] } }[],
    );
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Ignorer ici (salutation-manquante)'), titles.join(' | '));
    assert.ok(actions.some((a) => a.edit && a.edit.edits.length > 0 && a.title !== 'Ignorer ici (salutation-manquante)'), `no fix with an edit: ${titles.join(' | ')}`);
    host.close(doc);
  });

  it('updates diagnostics after an edit, and clears them when the draft closes', async () => {
    const uri = Uri.parse('vscode-vfs://github/boomerang/demo/edit.reponse.md');
    const doc: FakeDocument = makeDocument(uri, 'reponse', DRAFT);
    let pending = nextDiagnostics(host, uri, 'after opening');
    host.open(doc);
    assert.ok((await pending).length > 0);
    pending = nextDiagnostics(host, uri, 'after the edit');
    host.change(doc, FIXED);
    assert.deepEqual(ids(await pending), analyze(FIXED, defaultOptions()).map((f) => f.rule).sort());
    pending = nextDiagnostics(host, uri, 'after closing');
    host.close(doc);
    assert.equal((await pending).length, 0);
  });

  it('shows the checklist hover over a finding', async () => {
    const uri = Uri.parse('vscode-vfs://github/boomerang/demo/hover.reponse.md');
    const doc = makeDocument(uri, 'reponse', DRAFT);
    const pending = nextDiagnostics(host, uri, 'after opening');
    host.open(doc);
    const placeholder = (await pending).find((d) => d.code?.value === 'champ-a-remplir')!;
    const hovers = host.hoverProviders.map((p) => p.provideHover(doc, placeholder.range.start as never, {}) as { contents: { value: string } } | undefined).filter(Boolean);
    assert.equal(hovers.length, 1, 'one hover');
    assert.match(hovers[0]!.contents.value, /[éèàç’]/, 'a French hover');
    host.close(doc);
  });

  describe('rule links', () => {
    /** The champ-a-remplir diagnostic of a fresh draft, and the draft. */
    async function placeholderDiagnostic(name: string) {
      const uri = Uri.parse(`vscode-vfs://github/boomerang/demo/${name}.reponse.md`);
      const doc = makeDocument(uri, 'reponse', DRAFT);
      const pending = nextDiagnostics(host, uri, 'after opening');
      host.open(doc);
      const d = (await pending).find((x) => x.code?.value === 'champ-a-remplir')!;
      return { doc, d };
    }

    /** What VS Code's opener does with a command URI (Problems panel, problem hover): run the command with the query's arguments. */
    async function follow(target: Uri) {
      assert.equal(target.scheme, 'command');
      const command = host.commands.get(target.path);
      assert.ok(command, `${target.path} is not registered`);
      return command(...(JSON.parse(target.query) as unknown[]));
    }

    const openText = (u: Uri) => (host.vscode.workspace as { openTextDocument(u: Uri): Promise<FakeDocument> }).openTextDocument(u);

    it('a diagnostic’s code opens its rule’s page in the Markdown preview; here the extension’s https: files cannot be read, so the page is the same text as a read-only document', async () => {
      const { doc, d } = await placeholderDiagnostic('lien');
      assert.equal(d.code?.target.path, 'boomerang.ouvrirRegle');
      host.executed.length = 0;
      await follow(d.code!.target);
      assert.equal(host.executed.length, 1);
      const { id, args } = host.executed[0];
      assert.equal(id, 'markdown.showPreviewToSide');
      const page = args[0] as Uri;
      assert.equal(page.scheme, 'boomerang-regles');
      assert.equal(page.fragment, 'champ-a-remplir');
      assert.equal((await openText(page.with({ fragment: '' }))).getText(), rulesDoc());
      host.close(doc);
    });

    it('opens the shipped docs/regles.md when the host can read the extension’s files', async () => {
      const shipped = `${String(context.extensionUri)}/docs/regles.md`;
      host.files.set(shipped, new TextEncoder().encode(rulesDoc()));
      try {
        const { doc, d } = await placeholderDiagnostic('fichier');
        host.executed.length = 0;
        await follow(d.code!.target);
        assert.equal(String(host.executed[0]?.args[0]), `${shipped}#champ-a-remplir`);
        host.close(doc);
      } finally {
        host.files.delete(shipped);
      }
    });

    it('without the Markdown preview, shows the page as text at the rule’s heading', async () => {
      host.externalCommands.delete('markdown.showPreviewToSide');
      try {
        const { doc, d } = await placeholderDiagnostic('texte');
        host.shown.length = 0;
        await follow(d.code!.target);
        const shown = host.shown.at(-1);
        assert.ok(shown, 'nothing shown');
        const line = (shown.options as { selection: { start: { line: number } } }).selection.start.line;
        assert.equal(shown.document.getText().split('\n')[line], '## champ-a-remplir');
        host.close(doc);
      } finally {
        host.externalCommands.add('markdown.showPreviewToSide');
      }
    });

    it('the hover’s « En savoir plus » links to the same target, and the hover trusts that command only', async () => {
      const { doc, d } = await placeholderDiagnostic('survol');
      const hover = host.hoverProviders.map((p) => p.provideHover(doc, d.range.start as never, {}) as { contents: { value: string; isTrusted: unknown } })[0];
      const link = /En savoir plus : \[champ\\-a\\-remplir\]\(([^ )]+)/.exec(hover.contents.value);
      assert.ok(link, hover.contents.value);
      assert.equal(Uri.parse(link[1]).path, 'boomerang.ouvrirRegle');
      assert.deepEqual(JSON.parse(JSON.stringify(hover.contents.isTrusted)), { enabledCommands: ['boomerang.ouvrirRegle'] });
      host.close(doc);
    });

    it('says so for an unknown rule, naming the close ones, and opens nothing', async () => {
      host.executed.length = 0;
      host.messages.length = 0;
      await host.commands.get('boomerang.ouvrirRegle')!('ton-agresif');
      assert.deepEqual(host.executed, []);
      assert.deepEqual(host.messages, ['Règle inconnue : « ton-agresif ». Règles proches : ton-agressif.']);
    });
  });

  it('offers the scenario snippets at the start of an empty draft', () => {
    const doc = makeDocument(Uri.parse('untitled:Sans titre-1'), 'reponse', '');
    host.open(doc);
    const items = host.completionProviders.flatMap((p) => Array.from((p.provideCompletionItems(doc, doc.positionAt(0) as never, {}, { triggerKind: 0 }) ?? []) as { insertText?: { value: string } }[]));
    assert.ok(items.length > 0, 'no scenario offered');
    assert.ok(items.every((i) => typeof i.insertText?.value === 'string' && i.insertText.value.length > 0), 'a scenario without text');
    host.close(doc);
  });

  it('« Vérifier le ton » opens the report in a webview with a nonce-locked page', async () => {
    const uri = Uri.parse('vscode-vfs://github/boomerang/demo/report.reponse.md');
    const doc = makeDocument(uri, 'reponse', DRAFT);
    const pending = nextDiagnostics(host, uri, 'after opening');
    host.open(doc);
    await pending;
    host.setActiveEditor(doc);
    const verify = host.commands.get('boomerang.verifierTon');
    assert.ok(verify, 'boomerang.verifierTon is not registered');
    await verify();
    const panel = host.panels.at(-1);
    assert.ok(panel, 'no webview panel');
    const html = panel.webview.html;
    assert.match(html, /Content-Security-Policy/);
    const nonce = /nonce-([A-Za-z0-9+/=_-]+)/.exec(html)?.[1];
    assert.ok(nonce && nonce.length >= 16, 'no nonce');
    assert.match(html, /Vérifier le ton/);
    assert.match(html, /\[Nom\]|champ-a-remplir/, 'the report does not show the placeholder finding');
    host.setActiveEditor(undefined);
    host.close(doc);
  });

  it('leaves documents of other languages alone', async () => {
    const other = makeDocument(Uri.parse('vscode-vfs://github/boomerang/demo/notes.md'), 'markdown', DRAFT);
    const draft = makeDocument(Uri.parse('vscode-vfs://github/boomerang/demo/after.reponse.md'), 'reponse', DRAFT);
    const seen: string[] = [];
    const sub = host.onDiagnostics.event((e) => seen.push(e.uri));
    const pending = nextDiagnostics(host, draft.uri, 'after opening');
    host.open(other);
    host.open(draft);
    await pending;
    sub.dispose();
    assert.deepEqual(seen, [draft.uri.toString()]);
  });
});
