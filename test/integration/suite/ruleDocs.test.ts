// Rule documentation inside the product: a rule link (the diagnostic's code in
// the Problems panel, « En savoir plus » in the hover) opens docs/regles.md
// shipped in the extension, in the Markdown preview, at the rule's section.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clickRuleInHover, clickRuleInProblems, isRulesPreview, pageAccess, ruleDiagnostic, seeRuleSection } from './ruleLinks';
import { activateExtension, closeAllEditors, EXTENSION_ID, openDraft, pageAction, waitForTab, type Api } from './util';

interface DocsApi extends Api {
  ruleDocs: { pageUri(): Promise<vscode.Uri>; open(rule?: unknown): Promise<vscode.Uri | undefined> };
}

describe('rule documentation inside the product', function () {
  // Page actions go through the harness; the waits inside are bounded and say what they waited for.
  this.timeout(60_000);
  let api: DocsApi;
  before(async () => {
    api = (await activateExtension()) as DocsApi;
  });
  afterEach(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('clicking a rule in the Problems panel opens the extension’s docs/regles.md in the Markdown preview, at the rule’s section', async () => {
    const editor = await openDraft('a-revoir.reponse.md');
    const d = await ruleDiagnostic(editor.document.uri, 'passif-agressif');
    // In this (Node) extension host the extension's own file is read, not a copy.
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    assert.equal((await api.ruleDocs.pageUri()).toString(), vscode.Uri.joinPath(ext.extensionUri, 'docs', 'regles.md').toString());
    await clickRuleInProblems('passif-agressif', d);
    await seeRuleSection('passif-agressif');
    // Beside the draft, which stays open.
    const preview = await waitForTab(isRulesPreview, 'the preview');
    assert.ok(vscode.window.tabGroups.all.some((g) => g !== preview.group && g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === editor.document.uri.toString())));
  });

  it('« En savoir plus » in the hover opens the same page at the rule’s section', async () => {
    const editor = await openDraft('a-revoir.reponse.md');
    const d = await ruleDiagnostic(editor.document.uri, 'champ-a-remplir');
    editor.selection = new vscode.Selection(d.range.start, d.range.start);
    await clickRuleInHover('champ-a-remplir', editor.document, d.range.start);
    await seeRuleSection('champ-a-remplir');
  });

  it('the palette command without a rule lists the rules; the chosen one opens at its section', async () => {
    if (pageAccess()) {
      const opened = vscode.commands.executeCommand<vscode.Uri | undefined>('boomerang.ouvrirRegle');
      await pageAction({ find: '.quick-input-widget .quick-input-list', timeoutMs: 15_000 });
      await pageAction({ type: 'excuses' });
      await pageAction({ press: 'Enter' });
      assert.equal((await opened)?.fragment, 'excuses');
    } else {
      // Desktop runner: no keyboard into the quick pick; the command with the rule the pick would give.
      assert.equal((await vscode.commands.executeCommand<vscode.Uri | undefined>('boomerang.ouvrirRegle', 'excuses'))?.fragment, 'excuses');
    }
    await seeRuleSection('excuses');
  });

  it('an unknown rule opens nothing', async () => {
    assert.equal(await api.ruleDocs.open('pas-une-regle'), undefined);
    assert.equal(vscode.window.tabGroups.all.flatMap((g) => g.tabs).some(isRulesPreview), false);
  });
});
