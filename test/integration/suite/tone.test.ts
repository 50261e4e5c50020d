// The tone engine in a real VS Code: wording diagnostics, their quick fixes
// applied through the code action provider, and `.boomerang.json`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, ruleOf, waitForDiagnostics, workspaceUri } from './util';

const DRAFT = 'Objet : Merci pour votre retour\n\nBonjour Madame Martin,\n\nMerci pour votre retour. Je suppose que vous avez vos raisons. Bonne chance quand même !\nJe reste disponible.\n\nBien cordialement,\nCamille Durand – 06 12 34 56 78\n';

async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'reponse', content });
  return vscode.window.showTextDocument(doc);
}

async function quickFixes(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
  return actions ?? [];
}

describe('tone engine in VS Code', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditors);

  it('flags « Bonne chance quand même » and its preferred quick fix rewrites only those words, in one undo step', async () => {
    const editor = await openUntitled(DRAFT);
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, (x) => x.some((d) => ruleOf(d) === 'passif-agressif' && doc.getText(d.range) === 'Bonne chance quand même'), 'the passif-agressif diagnostic');
    const d = ds.find((x) => doc.getText(x.range) === 'Bonne chance quand même');
    assert.ok(d);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    const actions = await quickFixes(doc, d);
    const titles = actions.map((a) => a.title);
    assert.equal(titles[0], 'Remplacer par « Bonne continuation »');
    assert.ok(actions[0].isPreferred);
    assert.ok(titles.includes('Supprimer la phrase'), titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('Ignorer ici')), titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('Désactiver la règle')), titles.join(' | '));
    const edit = actions[0].edit;
    assert.ok(edit);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(doc.getText(), DRAFT.replace('Bonne chance quand même !', 'Bonne continuation !'));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), DRAFT);
  });

  it('« Supprimer la phrase » removes the sentence and keeps the rest byte for byte', async () => {
    const editor = await openUntitled(DRAFT);
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, (x) => x.some((d) => doc.getText(d.range) === 'Je suppose que vous avez vos raisons'), 'the « vos raisons » diagnostic');
    const d = ds.find((x) => doc.getText(x.range) === 'Je suppose que vous avez vos raisons');
    assert.ok(d);
    const del = (await quickFixes(doc, d)).find((a) => a.title === 'Supprimer la phrase');
    assert.ok(del?.edit);
    assert.ok(await vscode.workspace.applyEdit(del.edit));
    assert.equal(doc.getText(), DRAFT.replace('Je suppose que vous avez vos raisons. ', ''));
  });

  it('a calm factual correction gets no tone or contestation diagnostic', async () => {
    const text = DRAFT.replace(
      'Je suppose que vous avez vos raisons. Bonne chance quand même !',
      'Petite précision factuelle : le document a bien été transmis le 3 mars.',
    );
    const editor = await openUntitled(text);
    const doc = editor.document;
    // A sentinel sentence proves the document was analysed after the edit; it must be the only wording finding.
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().indexOf('Je reste')), 'Vous faites une erreur. '));
    const wording = (x: vscode.Diagnostic[]) =>
      x.filter((d) => ['ton-agressif', 'passif-agressif', 'conteste-la-decision', 'drame', 'excuses', 'cris'].includes(ruleOf(d))).map((d) => doc.getText(d.range));
    await waitForDiagnostics(doc.uri, (x) => JSON.stringify(wording(x)) === JSON.stringify(['Vous faites une erreur']), 'the sentinel to be the only wording diagnostic');
  });

  it('reads the user’s expressions from .boomerang.json and follows its changes', async () => {
    const config = workspaceUri('.boomerang.json');
    const editor = await openUntitled(DRAFT.replace('Je reste disponible.', 'C’est du racket. Je reste disponible.'));
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (x) => x.some((d) => ruleOf(d) === 'passif-agressif'), 'the first analysis');
    const flagged = (x: vscode.Diagnostic[]) => x.some((d) => doc.getText(d.range) === 'C’est du racket');
    assert.ok(!flagged(vscode.languages.getDiagnostics(doc.uri)));
    // The user edits and saves the file in the editor.
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{}\n'));
    const json = await vscode.workspace.openTextDocument(config);
    const setContent = async (content: string) => {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(config, new vscode.Range(json.positionAt(0), json.positionAt(json.getText().length)), content);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await json.save());
    };
    try {
      await setContent(JSON.stringify({ expressions: [{ phrase: "c'est du racket", rule: 'ton', rewrites: ['Je comprends'] }] }));
      const ds = await waitForDiagnostics(doc.uri, flagged, 'the user expression to be flagged');
      const d = ds.find((x) => doc.getText(x.range) === 'C’est du racket');
      assert.ok(d);
      assert.equal(ruleOf(d), 'ton-agressif');
      const fix = (await quickFixes(doc, d))[0];
      assert.equal(fix.title, 'Remplacer par « Je comprends »');
      await setContent('{ "expressions": [] }\n');
      await waitForDiagnostics(doc.uri, (x) => !flagged(x), 'the user expression to go with the change');
    } finally {
      await vscode.workspace.fs.delete(config);
    }
  });
});
