// The README's pictures, taken in the harness's real VS Code (code-server in
// headless Chromium) by `npm run screenshots`, which runs this folder alone and
// records what the pictures show (docs/images/captures.json). Each picture is
// taken once the page shows what it is about (harness `waitFor`), not after a
// fixed sleep.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ReportData } from '../../src/core';
import { activateExtension, closeAllEditors, openDraft, requestScreenshot, ruleOf, waitFor, waitForAnalysis, waitForDiagnostics, waitForPage, type Api } from '../integration/suite/util';

/** The Problems view's « Show Active File Only » toggle. */
const PROBLEMS_ACTIVE_FILE = 'workbench.actions.workbench.panel.markers.view.toggleActiveFile';

/** The « Suivi » view's tree nodes, as far as the scene needs them (see FollowupView in src/extension/followupView.ts). */
type SuiviNode = { kind: 'group'; group: { label: string; entries: unknown[] } } | { kind: 'draft' } | { kind: 'unassigned' };

interface ReportApi extends Api {
  report: { readonly renderedVersion: number | undefined; onDidRender: vscode.Event<number> };
  followup: { view: { getChildren(node?: SuiviNode): SuiviNode[]; onDidUpdate: vscode.Event<unknown>; view: vscode.TreeView<SuiviNode> } };
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

  it('suivi.png: the « Suivi » view, Mme Dupont’s group selected, beside her sent draft', async () => {
    const view = api.followup.view;
    const dupont = () => view.getChildren().find((n): n is Extract<SuiviNode, { kind: 'group' }> => n.kind === 'group' && /Dupont/.test(n.group.label));
    await waitFor(view.onDidUpdate, () => dupont()?.group.entries.length === 2, 'the view to list both Dupont drafts');
    const editor = await openDraft('suivi/dupont-entretien.reponse.md');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('boomerang.ouvrirSuivi');
    await waitFor(view.view.onDidChangeVisibility, () => view.view.visible, 'the view to be visible');
    // The tree fills its rows after it shows: reveal the group once its row is on the page.
    await waitForPage('.monaco-list-row', (row) => row.text.includes('Mme Dupont'), 'the Mme Dupont row of the view');
    const group = dupont();
    assert.ok(group);
    await view.view.reveal(group, { select: true, focus: true, expand: true });
    // A wider side bar, so that the dates and the next contact are readable.
    for (let i = 0; i < 6; i++) await vscode.commands.executeCommand('workbench.action.increaseViewSize');
    const png = await requestScreenshot(shots, 'suivi', { waitFor: '.monaco-list-row.selected', hasText: 'Mme Dupont' });
    assert.ok(fs.statSync(png).size > 0);
  });
});
