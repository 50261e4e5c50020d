// Checks across drafts in a real VS Code: the workspace index finds the other
// drafts on disk, and editing one open draft updates the findings of another
// open draft to the same recipient.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openDraft, ruleOf, waitForDiagnostics, type Api } from './util';

const has = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => ruleOf(d) === rule);
const lacks = (rule: string) => (ds: vscode.Diagnostic[]) => !ds.some((d) => ruleOf(d) === rule);

describe('Boomerang across drafts', () => {
  let api: Api;
  before(async () => {
    api = await activateExtension();
    assert.ok(api);
  });
  afterEach(closeAllEditors);

  it('finds an earlier draft to the same recipient on disk and points at it', async () => {
    const later = await openDraft('canaux-relance.reponse.md');
    const ds = await waitForDiagnostics(later.document.uri, has('relance-trop-rapprochee'), 'the follow-up to be found too close to canaux-mail.reponse.md');
    const d = ds.find((x) => ruleOf(x) === 'relance-trop-rapprochee');
    assert.ok(d);
    assert.match(d.message, /un mail envoyé le lundi 4 mai \(canaux-mail\.reponse\.md\)/);
    const related = d.relatedInformation?.[0];
    assert.ok(related, 'the finding points at the other draft');
    assert.ok(related.location.uri.path.endsWith('/canaux-mail.reponse.md'), related.location.uri.toString());
    assert.equal(related.location.range.start.line, 2);
    assert.equal(later.document.getText(d.range), 'Monsieur Bernard');
  });

  it('editing the canal of one open draft updates the findings of another open draft to the same recipient', async () => {
    const later = await openDraft('canaux-relance.reponse.md');
    const laterUri = later.document.uri;
    await waitForDiagnostics(laterUri, (ds) => has('relance-trop-rapprochee')(ds) && lacks('multicanal-destinataire')(ds), 'the same-channel follow-up finding');

    const earlier = await openDraft('canaux-mail.reponse.md');
    const line = earlier.document.lineAt(1);
    assert.equal(line.text, 'canal: mail');
    const ok = await earlier.edit((b) => b.replace(line.range, 'canal: linkedin'));
    assert.ok(ok, 'the edit applies');
    const ds = await waitForDiagnostics(laterUri, has('multicanal-destinataire'), 'the other draft to report two channels');
    const d = ds.find((x) => ruleOf(x) === 'multicanal-destinataire');
    assert.ok(d);
    assert.match(d.message, /un message LinkedIn envoyé le lundi 4 mai \(canaux-mail\.reponse\.md\)/);
    assert.ok(lacks('relance-trop-rapprochee')(ds), 'the channel finding replaces the rhythm one');

    // And back: undoing the edit restores the first finding.
    const undone = await earlier.edit((b) => b.replace(earlier.document.lineAt(1).range, 'canal: mail'));
    assert.ok(undone);
    await waitForDiagnostics(laterUri, (x) => has('relance-trop-rapprochee')(x) && lacks('multicanal-destinataire')(x), 'the rhythm finding to come back');
  });

  it('a hover on refus_recu shows the send window', async () => {
    const editor = await openDraft('bon.reponse.md');
    const index = editor.document.getText().split('\n').findIndex((l) => l.startsWith('refus_recu:'));
    const line = editor.document.lineAt(index);
    assert.match(line.text, /^refus_recu: 2026-03-09 10:00/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, line.range.start.translate(0, 14));
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n')
      .replace(/\\/g, '')
      .replace(/[\u00a0\u202f]/g, ' ');
    assert.match(text, /Fenêtre d’envoi/);
    assert.match(text, /Du mardi 10 mars, 10 h au mercredi 11 mars, 10 h/);
  });
});
