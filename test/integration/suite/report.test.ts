// « Vérifier le ton » in a real VS Code: the command and the data it returns,
// the webview that follows the draft, actions sent from the page, and the
// status bar item of `reponse` editors.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReportData } from '../../../src/core';
import { activateExtension, closeAllEditors, openDraft, waitFor, waitForAnalysis, workspaceUri, type Api } from './util';

/** The parts of the extension's API this suite uses (see BoomerangApi in src/extension/extension.ts). */
interface ReportApi extends Api {
  report: {
    readonly current: { data: ReportData; uri: vscode.Uri; closed: boolean } | undefined;
    readonly renderedVersion: number | undefined;
    /** The file name the panel's title shows. */
    readonly fileName: string | undefined;
    onDidUpdate: vscode.Event<ReportData>;
    onDidRender: vscode.Event<number>;
    handleMessage(m: unknown): Promise<'ready' | 'revealed' | 'fixed' | 'ignored'>;
  };
  readonly statusBar: { visible: boolean; text: string; tooltip: string; uri?: string };
  onDidChangeStatusBar: vscode.Event<unknown>;
}

const COMMAND = 'boomerang.verifierTon';

async function verify(): Promise<ReportData | undefined> {
  return vscode.commands.executeCommand<ReportData | undefined>(COMMAND);
}

describe('« Vérifier le ton »', () => {
  let api: ReportApi;
  before(async () => {
    api = (await activateExtension()) as ReportApi;
  });
  afterEach(closeAllEditors);

  it('returns « Prêt à envoyer » and six passed rows for a good draft', async () => {
    const editor = await openDraft('bon.reponse.md');
    await waitForAnalysis(api, editor.document);
    const data = await verify();
    assert.ok(data, 'the command returns the report data');
    assert.equal(data.verdict.kind, 'ready', JSON.stringify(data.findings.map((f) => f.message)));
    assert.equal(data.verdict.label, 'Prêt à envoyer');
    assert.deepEqual(
      data.rows.map((r) => [r.section, r.status]),
      [
        [1, 'ok'],
        [2, 'ok'],
        [3, 'ok'],
        [4, 'ok'],
        [5, 'ok'],
        [6, 'ok'],
      ],
    );
    // The body only (2 to 4 lines for the guide's examples): « 5–8 lignes » once greeting, closing and signature are added.
    assert.ok(data.figures.lines >= 2 && data.figures.lines <= 4, String(data.figures.lines));
    assert.equal(data.figures.questions, 1);
    assert.equal(api.report.current?.uri.toString(), editor.document.uri.toString());
  });

  it('opens the report of a draft whose name holds « % » (the path was decoded twice)', async () => {
    for (const name of ['100%.reponse.md', 'a%41.reponse.md']) {
      const uri = workspaceUri(name);
      // The good draft without its recipient: no check across drafts with bon.reponse.md, now or in later tests.
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('bon.reponse.md'))).replace(/^destinataire:.*\n/m, '');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      try {
        const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        await waitForAnalysis(api, editor.document);
        const data = await verify();
        assert.ok(data, `the report of ${name} opens`);
        assert.equal(api.report.current?.uri.toString(), uri.toString());
        assert.equal(api.report.fileName, name);
      } finally {
        await closeAllEditors();
        await vscode.workspace.fs.delete(uri);
      }
    }
  });

  it('returns « À ne pas envoyer tel quel » for a template left unfilled, with the placeholders under « Anti-embrouilles »', async () => {
    const editor = await openDraft('modele.reponse.md');
    await waitForAnalysis(api, editor.document);
    const data = await verify();
    assert.ok(data);
    assert.equal(data.verdict.kind, 'blocked');
    assert.match(data.verdict.reason, /^Champ à remplir : « \[Nom\] »/);
    const row6 = data.rows[5];
    assert.equal(row6.meme, '« Anti-embrouilles. »');
    assert.equal(row6.status, 'fail');
    const rules = row6.findings.map((i) => data.findings[i].rule);
    assert.equal(rules.filter((r) => r === 'champ-a-remplir').length, 3, rules.join(', '));
    // No refus_recu in this draft: the timing is for the writer to check.
    assert.equal(data.rows[0].status, 'check');
    const nameFinding = data.findings.find((f) => f.rule === 'champ-a-remplir');
    assert.equal(nameFinding?.line, 7);
  });

  it('shows the page: its script runs under the Content-Security-Policy and reports the version it shows', async () => {
    const editor = await openDraft('modele.reponse.md');
    await waitForAnalysis(api, editor.document);
    await verify();
    const version = editor.document.version;
    await waitFor(api.report.onDidRender, () => api.report.renderedVersion === version, 'the webview to render the report', 20_000);
  });

  it('says so and returns nothing when no reponse editor is active', async () => {
    await closeAllEditors();
    assert.equal(vscode.window.activeTextEditor, undefined);
    assert.equal(await verify(), undefined);
    const notes = await vscode.workspace.openTextDocument(workspaceUri('notes.md'));
    await vscode.window.showTextDocument(notes);
    assert.equal(await verify(), undefined);
  });

  it('follows the draft as the user edits it', async () => {
    const editor = await openDraft('bon.reponse.md');
    await waitForAnalysis(api, editor.document);
    assert.equal((await verify())?.verdict.kind, 'ready');
    const last = editor.document.lineAt(editor.document.lineCount - 1);
    await editor.edit((b) => b.insert(last.range.end, ' [Téléphone]'));
    await waitFor(api.report.onDidUpdate, () => api.report.current?.data.verdict.kind === 'blocked', 'the report to turn « À ne pas envoyer tel quel »');
    await vscode.commands.executeCommand('undo');
    await waitFor(api.report.onDidUpdate, () => api.report.current?.data.verdict.kind === 'ready', 'the report to come back to « Prêt à envoyer »');
  });

  it('says when the draft is closed', async () => {
    const editor = await openDraft('bon.reponse.md');
    await waitForAnalysis(api, editor.document);
    await verify();
    const uri = editor.document.uri.toString();
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri);
    assert.ok(tab, 'the draft has a tab');
    await vscode.window.tabGroups.close(tab);
    await waitFor(api.report.onDidUpdate, () => api.report.current?.closed === true, 'the report to say the draft is closed');
  });

  it('applies a quick fix and reveals a range on request of the page, and ignores bad requests', async () => {
    const editor = await openDraft('modele.reponse.md');
    const doc = editor.document;
    await waitForAnalysis(api, doc);
    const data = await verify();
    assert.ok(data);
    const placeholder = data.findings.find((f) => f.rule === 'champ-a-remplir' && f.fixes.length > 0);
    assert.ok(placeholder, 'the [Nom] finding offers « Remplacer par « M. Leroy » »');
    const version = doc.version;
    const length = doc.getText().length;
    const bad: unknown[] = [
      { type: 'fix', version, finding: data.findings.length, fix: 0 },
      { type: 'fix', version, finding: placeholder.index, fix: placeholder.fixes.length },
      { type: 'fix', version: version + 1, finding: placeholder.index, fix: 0 },
      { type: 'reveal', version, start: 0, end: length + 1 },
      { type: 'reveal', version, start: 5, end: 2 },
      { type: 'command', command: 'workbench.action.terminal.new' },
      '<img src=x onerror=alert(1)>',
    ];
    for (const m of bad) assert.equal(await api.report.handleMessage(m), 'ignored', JSON.stringify(m));
    assert.equal(doc.getText().length, length, 'nothing was changed');

    assert.equal(await api.report.handleMessage({ type: 'reveal', version, start: placeholder.start, end: placeholder.end }), 'revealed');
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), doc.uri.toString());
    assert.equal(active?.document.getText(active.selection), '[Nom]');

    assert.equal(await api.report.handleMessage({ type: 'fix', version, finding: placeholder.index, fix: 0 }), 'fixed');
    try {
      assert.match(doc.getText(), /^Bonjour M\. Leroy,$/m);
      await waitFor(api.report.onDidUpdate, () => !api.report.current?.data.findings.some((f) => f.message.includes('[Nom]')), 'the report to drop the fixed placeholder');
    } finally {
      await vscode.commands.executeCommand('undo');
    }
  });

  describe('status bar', () => {
    it('shows a short verdict and the line count for a reponse editor, and hides for others', async () => {
      const editor = await openDraft('bon.reponse.md');
      const uri = editor.document.uri.toString();
      await waitFor(api.onDidChangeStatusBar, () => api.statusBar.visible && api.statusBar.uri === uri, 'the status bar item for the draft');
      assert.match(api.statusBar.text, /^\$\(check\) [2-4] lignes · (?:ton sobre|prêt)$/);
      assert.match(api.statusBar.tooltip, /^Boomerang : Prêt à envoyer\. .*Cliquez pour ouvrir le rapport « Vérifier le ton »\.$/);

      const modele = await openDraft('modele.reponse.md');
      const modeleUri = modele.document.uri.toString();
      await waitFor(api.onDidChangeStatusBar, () => api.statusBar.visible && api.statusBar.uri === modeleUri, 'the status bar item for the template');
      assert.match(api.statusBar.text, /^\$\(circle-slash\) \d+ lignes · à ne pas envoyer$/);

      const notes = await vscode.workspace.openTextDocument(workspaceUri('notes.md'));
      await vscode.window.showTextDocument(notes);
      await waitFor(api.onDidChangeStatusBar, () => !api.statusBar.visible, 'the status bar item to hide for a Markdown file');
      assert.equal(api.statusBar.text, '');
    });
  });
});
