// The foundation, in a real VS Code: the language, live diagnostics, settings and commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, boomerangDiagnostics, closeAllEditors, openDraft, ruleOf, waitForAnalysis, waitForDiagnostics, workspaceUri, type Api } from './util';

describe('Boomerang in VS Code', () => {
  let api: Api;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(closeAllEditors);

  it('opens *.reponse.md as the reponse language and leaves plain .md as markdown', async () => {
    const draft = await vscode.workspace.openTextDocument(workspaceUri('modele.reponse.md'));
    assert.equal(draft.languageId, 'reponse');
    const notes = await vscode.workspace.openTextDocument(workspaceUri('notes.md'));
    assert.equal(notes.languageId, 'markdown');
  });

  it('shows diagnostics with source and a documented code for a draft that deserves them', async () => {
    const editor = await openDraft('modele.reponse.md');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'the champ-a-remplir diagnostic');
    const d = ds.find((x) => ruleOf(x) === 'champ-a-remplir');
    assert.ok(d);
    assert.equal(d.source, 'Boomerang');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    // The code links to the rule's documentation inside the product (see ruleDocs.test.ts).
    assert.ok(typeof d.code === 'object' && d.code.target.scheme === 'command' && d.code.target.query === '["champ-a-remplir"]', JSON.stringify(d.code));
    assert.equal(editor.document.getText(d.range), '[Nom]');
  });

  it('a draft to rework: placeholder, passive-aggressive close and long sentence are underlined, and the hover gives the tip', async () => {
    const editor = await openDraft('a-revoir.reponse.md');
    const doc = editor.document;
    const expected = ['champ-a-remplir', 'passif-agressif', 'phrase-trop-longue', 'question-vague'];
    const ds = await waitForDiagnostics(doc.uri, (d) => expected.every((r) => d.some((x) => ruleOf(x) === r)), expected.join(', '));
    const passive = ds.find((x) => ruleOf(x) === 'passif-agressif');
    assert.ok(passive);
    assert.match(doc.getText(passive.range), /quand même/i);
    assert.equal(doc.getText(ds.find((x) => ruleOf(x) === 'champ-a-remplir')?.range), '[Nom]');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, passive.range.start);
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(text, /Pas de passif\\?-agressif/, text);
    assert.match(text, /Un souhait sincère et sans réserve, ou rien/, text);
  });

  it('a good draft gets no warning', async () => {
    const editor = await openDraft('bon.reponse.md');
    await waitForAnalysis(api, editor.document);
    const warnings = boomerangDiagnostics(editor.document.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(warnings.map((d) => `${ruleOf(d)}: ${d.message}`), []);
  });

  it('updates as one types: a placeholder appears, then goes', async () => {
    const editor = await openDraft('bon.reponse.md');
    const uri = editor.document.uri;
    const line = editor.document.lineAt(editor.document.lineCount - 1);
    await editor.edit((b) => b.insert(line.range.end, ' [Téléphone]'));
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'the placeholder to be flagged');
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'the placeholder finding to go');
  });

  it('clears diagnostics when the document closes (here: when it stops being a reponse document)', async () => {
    // VS Code closes a document and opens it again when its language changes; closing a tab
    // only disposes the document later, at a time the suite cannot wait on.
    const editor = await openDraft('modele.reponse.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics');
    const doc = await vscode.languages.setTextDocumentLanguage(editor.document, 'markdown');
    try {
      await waitForDiagnostics(uri, (d) => d.length === 0, 'diagnostics to be cleared');
    } finally {
      await vscode.languages.setTextDocumentLanguage(doc, 'reponse');
    }
    await waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics to come back');
  });

  it('analyses an untitled reponse document too', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'reponse', content: 'Bonjour [Nom],\nMerci.' });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'the placeholder in an untitled draft');
  });

  it('turning a rule off in the workspace settings removes its diagnostics', async () => {
    const editor = await openDraft('modele.reponse.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'the champ-a-remplir diagnostic');
    const config = vscode.workspace.getConfiguration('boomerang');
    await config.update('rules', { 'champ-a-remplir': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'the rule to be turned off');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'the rule to come back');
  });

  it('« Ignorer ici » inserts a disable comment and the diagnostic goes', async () => {
    const editor = await openDraft('modele.reponse.md');
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'champ-a-remplir'), 'the champ-a-remplir diagnostic');
    const d = ds.find((x) => ruleOf(x) === 'champ-a-remplir');
    assert.ok(d);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => a.title.startsWith('Ignorer ici'));
    assert.ok(ignore?.edit, `no « Ignorer ici » among ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(actions.some((a) => a.title.startsWith('Désactiver la règle')));
    const before = editor.document.getText();
    await vscode.workspace.applyEdit(ignore.edit);
    try {
      assert.match(editor.document.lineAt(d.range.start.line).text, /<!-- boomerang-disable-next-line champ-a-remplir -->/);
      await waitForDiagnostics(uri, (x) => !x.some((y) => ruleOf(y) === 'champ-a-remplir' && y.range.start.line === d.range.start.line + 1), 'the ignored diagnostic to go');
    } finally {
      await vscode.commands.executeCommand('undo');
    }
    assert.equal(editor.document.getText(), before);
  });

  it('every contributed command runs without error on a draft', async () => {
    await openDraft('modele.reponse.md');
    const pkg = vscode.extensions.getExtension('boomerang.boomerang')?.packageJSON as { contributes: { commands: { command: string }[] } };
    // disableRuleInWorkspace needs a rule argument; nouvelleReponse, preparerCheckin and ouvrirRegle (without a rule)
    // wait for the user's answers; marquerEnvoye asks to confirm an unready draft in a modal dialog; ouvrirMessagerie
    // would start the mail client. Each has its own tests (ruleDocs.test.ts for ouvrirRegle, followup.test.ts for
    // preparerCheckin, marquerEnvoye and ouvrirMessagerie).
    const skip = new Set([
      'boomerang.disableRuleInWorkspace',
      'boomerang.nouvelleReponse',
      'boomerang.ouvrirRegle',
      'boomerang.preparerCheckin',
      'boomerang.marquerEnvoye',
      'boomerang.ouvrirMessagerie',
    ]);
    for (const { command } of pkg.contributes.commands) {
      if (skip.has(command)) continue;
      await vscode.commands.executeCommand(command);
    }
  });

  it('« Désactiver la règle dans ce dossier de travail » writes the workspace setting', async () => {
    const config = () => vscode.workspace.getConfiguration('boomerang');
    try {
      await vscode.commands.executeCommand('boomerang.disableRuleInWorkspace', 'phrase-trop-longue');
      assert.equal(config().inspect<Record<string, string>>('rules')?.workspaceValue?.['phrase-trop-longue'], 'off');
    } finally {
      await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
