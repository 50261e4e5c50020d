// Scenario completions, checklist hovers and « Nouvelle réponse », in a real VS Code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openDraft, workspaceUri } from './util';

const DETAIL = 'Boomerang — modèle de réponse';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Boomerang's completions at the end of the last line of an untitled draft containing `content`. */
async function completionsAfter(content: string): Promise<{ editor: vscode.TextEditor; items: vscode.CompletionItem[] }> {
  const doc = await vscode.workspace.openTextDocument({ language: 'reponse', content });
  const editor = await vscode.window.showTextDocument(doc);
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end);
  return { editor, items: list.items.filter((i) => i.detail === DETAIL) };
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\(.)/g, '$1');
}

describe('scenario snippets, hovers and « Nouvelle réponse »', () => {
  const created: vscode.Uri[] = [];
  before(activateExtension);
  afterEach(closeAllEditors);
  after(async () => {
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('offers a scenario for its prefix at the start of a line, and it expands with editor.action.insertSnippet', async () => {
    const { editor, items } = await completionsAfter('entre');
    const item = items.find((i) => labelOf(i) === 'entretien');
    assert.ok(item, `no « entretien » among ${items.map(labelOf).join(', ')}`);
    assert.ok(item.insertText instanceof vscode.SnippetString);
    const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
    assert.ok(range);
    assert.equal(editor.document.getText(range), 'entre');
    editor.selection = new vscode.Selection(range.start, range.end);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { snippet: item.insertText.value });
    const text = editor.document.getText();
    assert.match(text, /^---\nscenario: entretien\ncanal: mail\ndestinataire: \nrefus_recu: \d{4}-\d{2}-\d{2}\n---\nObjet : Merci pour votre retour — demande de feedback\n/);
    assert.ok(!text.includes('entre\n') && !text.startsWith('entre'));
    // The cursor is on the first field: the recipient in the header.
    assert.equal(editor.selection.active.line, 3);
    assert.equal(editor.document.lineAt(3).text.slice(0, editor.selection.active.character), 'destinataire: ');
  });

  it('the shared prefix « refus » lists every scenario', async () => {
    const { items } = await completionsAfter('refus');
    const names = new Set(items.filter((i) => labelOf(i) === 'refus').map((i) => (typeof i.label === 'string' ? '' : i.label.description)));
    assert.equal(names.size, 7, [...names].join(', '));
  });

  it('stays quiet in the middle of a sentence and on a capitalised word', async () => {
    assert.deepEqual((await completionsAfter('Bonjour, merci')).items.map(labelOf), []);
    assert.deepEqual((await completionsAfter('Merci')).items.map(labelOf), []);
  });

  it('a hover on a flagged placeholder shows the guide’s tip', async () => {
    const editor = await openDraft('modele.reponse.md');
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('Bonjour [Nom]'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 10));
    const text = hoverText(hovers);
    assert.match(text, /Un modèle se remplit avant l’envoi/);
    assert.match(text, /Remplacez chaque champ entre crochets/);
  });

  it('a hover on « Objet : » shows the effective subjects', async () => {
    const editor = await openDraft('modele.reponse.md');
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('Objet :'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 2));
    const text = hoverText(hovers);
    assert.match(text, /Un objet clair/);
    assert.match(text, /Merci pour votre retour — demande de feedback/);
    assert.match(text, /Récap « Pas de rage-reply/);
  });

  it('« Nouvelle réponse » creates a reponse draft in the workspace with the chosen scenario, on its first field', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('boomerang.nouvelleReponse', {
      scenario: 'radar',
      destinataire: 'Julien Moreau',
      refusRecu: '2026-03-09',
    });
    assert.ok(doc, 'the command returned no document');
    created.push(doc.uri);
    assert.equal(doc.languageId, 'reponse');
    assert.ok(doc.uri.path.endsWith('-radar-julien-moreau.reponse.md'), doc.uri.path);
    assert.equal(vscode.Uri.joinPath(doc.uri, '..').toString(), workspaceUri().toString());
    assert.ok(!doc.isDirty, 'the new draft is saved');
    const text = doc.getText();
    assert.match(text, /^---\nscenario: radar\ncanal: linkedin\ndestinataire: Julien Moreau\nrefus_recu: 2026-03-09\n---\nBonjour Julien Moreau, merci encore/);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), doc.uri.toString());
    assert.equal(editor?.document.getText(editor.selection), 'Julien Moreau');

    // A second reply to the same person the same day does not overwrite the first.
    const again = await vscode.commands.executeCommand<vscode.TextDocument>('boomerang.nouvelleReponse', {
      scenario: 'radar',
      destinataire: 'Julien Moreau',
      refusRecu: '2026-03-09',
    });
    assert.ok(again);
    created.push(again.uri);
    assert.notEqual(again.uri.toString(), doc.uri.toString());
    assert.ok(again.uri.path.endsWith('-radar-julien-moreau-2.reponse.md'), again.uri.path);
  });
});
