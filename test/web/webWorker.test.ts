// Boomerang running in VS Code's web-worker extension host (see index.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clickRuleInProblems, ruleDiagnostic, seeRuleSection } from '../integration/suite/ruleLinks';
import { boomerangDiagnostics, closeAllEditors, openDraft, ruleOf, waitForDiagnostics } from '../integration/suite/util';

describe('Boomerang in the web-worker extension host', () => {
  afterEach(closeAllEditors);

  it('is not in this Node extension host, yet analyses drafts: it runs in the web worker', async () => {
    // Extensions are listed per host: the Node host does not know an extension
    // that the web-worker host runs.
    assert.equal(vscode.extensions.getExtension('boomerang.boomerang'), undefined, 'the extension runs in the Node host, not in the web worker');
    const editor = await openDraft('modele.reponse.md');
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'diagnostics from the web-worker host');
  });

  it('gives diagnostics for a draft, with source, code and range', async () => {
    const editor = await openDraft('modele.reponse.md');
    assert.equal(editor.document.languageId, 'reponse');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'the champ-a-remplir diagnostic');
    const d = ds.find((x) => ruleOf(x) === 'champ-a-remplir')!;
    assert.equal(d.source, 'Boomerang');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(editor.document.getText(d.range), '[Nom]');
  });

  it('updates diagnostics as one types', async () => {
    const editor = await openDraft('bon.reponse.md');
    const uri = editor.document.uri;
    const line = editor.document.lineAt(editor.document.lineCount - 2);
    await editor.edit((b) => b.insert(line.range.end, ' [Téléphone]'));
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'the new placeholder');
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'the placeholder to go');
  });

  it('offers quick fixes, « Ignorer ici » among them', async () => {
    const editor = await openDraft('modele.reponse.md');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'the champ-a-remplir diagnostic');
    const d = ds.find((x) => ruleOf(x) === 'champ-a-remplir')!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range)) ?? [];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Ignorer ici (champ-a-remplir)'), titles.join(' | '));
  });

  it('shows the checklist hover over a finding', async () => {
    const editor = await openDraft('modele.reponse.md');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'the champ-a-remplir diagnostic');
    const d = ds.find((x) => ruleOf(x) === 'champ-a-remplir')!;
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, d.range.start)) ?? [];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /[éèàç’]/, `no French hover: ${text}`);
  });

  it('« Vérifier le ton » opens the report beside the draft', async () => {
    await openDraft('modele.reponse.md');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('boomerang.verifierTon'), 'boomerang.verifierTon is not registered');
    const tabOpened = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        sub.dispose();
        reject(new Error('no report tab within 10 s'));
      }, 10_000);
      const check = () => {
        const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
        if (tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.label.includes('modele.reponse.md'))) {
          clearTimeout(timer);
          sub.dispose();
          resolve();
        }
      };
      const sub = vscode.window.tabGroups.onDidChangeTabs(check);
      check();
    });
    await vscode.commands.executeCommand('boomerang.verifierTon');
    await tabOpened;
  });

  it('a rule clicked in the Problems panel opens its documentation, inside the product, at its section', async function () {
    this.timeout(60_000);
    const editor = await openDraft('a-revoir.reponse.md');
    await ruleDiagnostic(editor.document.uri, 'passif-agressif', false);
    try {
      await clickRuleInProblems('passif-agressif');
      await seeRuleSection('passif-agressif');
      // The command answers across hosts with the page it opened: here the shipped file, never a web address.
      const page = await vscode.commands.executeCommand<vscode.Uri>('boomerang.ouvrirRegle', 'cris');
      assert.equal(page.fragment, 'cris');
      assert.match(page.path, /\/regles\.md$/);
      assert.ok(!['http', 'https'].includes(page.scheme), page.toString());
      await seeRuleSection('cris');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closePanel');
    }
  });

  it('writes dates, lists and choices in French in the web worker (Intl)', async () => {
    const content =
      '---\nrefus_recu: 2026-03-09 10:00\nenvoi_prevu: 2026-03-09 10:20\ncanal: pigeon\n---\nObjet : Merci\n\nBonjour Madame,\nJe vous ai aussi écrit sur LinkedIn et laissé un message vocal.\n\nBien cordialement,\nLéa\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'reponse', content });
    await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleOf(x) === 'reponse-trop-rapide') && d.some((x) => ruleOf(x) === 'multicanal-annonce'), 'the timing and channel diagnostics');
    const messages = ds.map((d) => d.message).join('\n');
    assert.match(messages, /à partir de mardi 10 mars, 10\u00a0h/);
    assert.match(messages, /annonce aussi LinkedIn et téléphone : 3 canaux/);
    assert.match(messages, /choisissez mail, linkedin, sms ou telephone/);
  });

  it('analyses an untitled draft (no file behind it)', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'reponse', content: 'Objet : Merci\n\nBonjour [Nom],\n\nMerci.\n\nBien cordialement,\nLéa\n' });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'diagnostics of the untitled draft');
    assert.ok(boomerangDiagnostics(doc.uri).length > 0);
  });
});
