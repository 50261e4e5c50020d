// The README's pictures, taken in the harness's real VS Code (code-server in
// headless Chromium) by `npm run screenshots`, which runs this folder alone and
// records what the pictures show (docs/images/captures.json). Each picture is
// taken once the page shows what it is about (harness `waitFor`), not after a
// fixed sleep.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ReportData } from '../../src/core';
import { activateExtension, closeAllEditors, openDraft, requestScreenshot, ruleOf, waitFor, waitForAnalysis, waitForDiagnostics, type Api } from '../integration/suite/util';

/** The Problems view's « Show Active File Only » toggle. */
const PROBLEMS_ACTIVE_FILE = 'workbench.actions.workbench.panel.markers.view.toggleActiveFile';

interface ReportApi extends Api {
  report: { readonly renderedVersion: number | undefined; onDidRender: vscode.Event<number> };
}

describe('README pictures', function () {
  this.timeout(60_000);
  let api: ReportApi;
  let shots: string;
  before(async () => {
    const dir = process.env.BOOMERANG_SCREENSHOT_DIR;
    assert.ok(dir, 'BOOMERANG_SCREENSHOT_DIR is not set: run « npm run screenshots »');
    shots = dir;
    api = (await activateExtension()) as ReportApi;
    // More room for the draft, the hover and the report.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
  });
  afterEach(closeAllEditors);

  it('brouillon-diagnostics.png: squiggles, the hover on a finding and the Problems panel of this draft', async () => {
    const editor = await openDraft('a-revoir.reponse.md');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'passif-agressif'), 'the passif-agressif diagnostic');
    const passive = ds.find((x) => ruleOf(x) === 'passif-agressif') as vscode.Diagnostic;
    // Below the line, so that the draft stays readable.
    const editorConfig = vscode.workspace.getConfiguration('editor');
    await editorConfig.update('hover.above', false, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand(PROBLEMS_ACTIVE_FILE);
    try {
      await vscode.window.showTextDocument(editor.document, { preserveFocus: false });
      editor.selection = new vscode.Selection(passive.range.start, passive.range.start);
      editor.revealRange(passive.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      await vscode.commands.executeCommand('editor.action.showHover');
      // The hover is complete once its status bar offers the quick fixes (computed after the text).
      const png = await requestScreenshot(shots, 'brouillon-diagnostics', { waitFor: '.monaco-hover .hover-row.status-bar', hasText: 'Quick Fix' });
      assert.ok(fs.statSync(png).size > 0);
    } finally {
      await vscode.commands.executeCommand(PROBLEMS_ACTIVE_FILE);
      await vscode.commands.executeCommand('workbench.action.closePanel');
      await editorConfig.update('hover.above', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('rapport-verifier-le-ton.png: the « Vérifier le ton » report beside a template left unfilled', async () => {
    const editor = await openDraft('modele.reponse.md');
    await waitForAnalysis(api, editor.document);
    const data = await vscode.commands.executeCommand<ReportData | undefined>('boomerang.verifierTon');
    assert.equal(data?.verdict.kind, 'blocked');
    const version = editor.document.version;
    await waitFor(api.report.onDidRender, () => api.report.renderedVersion === version, 'the webview to render the report', 20_000);
    const png = await requestScreenshot(shots, 'rapport-verifier-le-ton');
    assert.ok(fs.statSync(png).size > 0);
  });
});
