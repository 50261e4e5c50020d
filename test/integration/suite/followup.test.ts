// The « Suivi » part in a real VS Code: the view groups the workspace's drafts
// by recipient and follows the index live; « Marquer comme envoyé » is one
// undo step; « Copier le message » puts the message on the clipboard;
// « Préparer le check-in » opens a new draft with the right header.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openDraft, waitFor, workspaceUri } from './util';

interface Group {
  label: string;
  key: string;
  entries: { file: string; status: string }[];
  next?: { kind: string; suggestedSend?: string; suggestedMoment?: Date };
}
type Node = { kind: 'group'; group: Group } | { kind: 'draft'; uri: vscode.Uri } | { kind: 'unassigned' };
interface FollowupApi {
  followup: {
    view: {
      getChildren(node?: Node): Node[];
      getTreeItem(node: Node): vscode.TreeItem;
      refresh(): void;
      reminderText(): string | undefined;
      onDidUpdate: vscode.Event<unknown>;
      view: vscode.TreeView<Node>;
    };
    markSent(uri: vscode.Uri, confirm: (verdict: { label: string; reason: string }) => Thenable<boolean>): Promise<string | undefined>;
  };
}

const name = (file: string) => decodeURIComponent(file.split('/').pop() ?? file);

describe('Boomerang « Suivi »', () => {
  let api: FollowupApi;
  const groups = () => api.followup.view.getChildren().flatMap((n) => (n.kind === 'group' ? [n.group] : []));
  const groupNamed = (label: RegExp) => groups().find((g) => label.test(g.label));
  const files = (g: Group | undefined) => (g ? g.entries.map((e) => name(e.file)).sort() : []);
  /** Waits until the view's table satisfies `predicate` (the view updates from the workspace index). */
  const waitForView = (predicate: () => boolean, what: string) => waitFor(api.followup.view.onDidUpdate, predicate, what, 15_000);

  before(async () => {
    api = (await activateExtension()) as unknown as FollowupApi;
    assert.ok(api.followup, 'the extension exposes the follow-up view');
    await waitForView(() => files(groupNamed(/Dupont/)).length === 2, 'the first scan to find the Dupont drafts');
  });
  afterEach(closeAllEditors);

  it('lists the workspace’s drafts grouped by recipient, « Mme Dupont » and « Madame Dupont » together', () => {
    const dupont = groupNamed(/Dupont/);
    assert.ok(dupont);
    assert.equal(dupont.label, 'Mme Dupont', 'the spelling of the message sent');
    assert.deepEqual(files(dupont), ['dupont-entretien.reponse.md', 'dupont-linkedin.reponse.md']);
    assert.deepEqual(files(groupNamed(/Bernard/)), ['canaux-mail.reponse.md', 'canaux-relance.reponse.md']);
    assert.deepEqual(files(groupNamed(/Roux/)), ['roux.reponse.md']);
    assert.equal(dupont.next?.kind, 'check-in');
    assert.equal(dupont.next?.suggestedSend, '2026-05-04 09:00', '2 March + 60 days = 1 May, a holiday and a Friday: Monday 4 May');
    const item = api.followup.view.getTreeItem({ kind: 'group', group: dupont });
    assert.equal(item.label, 'Mme Dupont');
    assert.match(String(item.description), /check-in discret du lundi 4 mai au dimanche 31 mai/);
    const child = api.followup.view.getChildren({ kind: 'group', group: dupont })[0];
    const childItem = api.followup.view.getTreeItem(child);
    assert.equal(childItem.label, 'dupont-entretien.reponse.md');
    assert.match(String(childItem.description), /^envoyé · mail · entretien · envoyé le lundi 2 mars, 10/);
    assert.equal(childItem.command?.command, 'vscode.open', 'clicking opens the draft');
  });

  it('updates when a draft is added, then deleted', async () => {
    const uri = workspaceUri('suivi', 'dupont-ressource.reponse.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ncanal: mail\ndestinataire: MADAME DUPONT\nscenario: ressource\n---\nBonjour,\n'));
    try {
      await waitForView(() => files(groupNamed(/Dupont/)).includes('dupont-ressource.reponse.md'), 'the new draft to join the Dupont group');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitForView(() => files(groupNamed(/Dupont/)).length === 2, 'the deleted draft to leave the view');
  });

  it('updates when the front matter of an open draft changes, without saving', async () => {
    const editor = await openDraft('suivi/dupont-linkedin.reponse.md');
    const line = editor.document.lineAt(2);
    assert.equal(line.text, 'destinataire: Madame Dupont');
    assert.ok(await editor.edit((b) => b.replace(line.range, 'destinataire: M. Roux')));
    await waitForView(() => files(groupNamed(/Roux/)).length === 2 && files(groupNamed(/Dupont/)).length === 1, 'the draft to move from Dupont to Roux');
    assert.ok(await editor.edit((b) => b.replace(editor.document.lineAt(2).range, 'destinataire: Madame Dupont')));
    await waitForView(() => files(groupNamed(/Dupont/)).length === 2, 'the draft to come back to Dupont');
  });

  it('« Marquer comme envoyé » writes envoye in one edit that one undo removes', async () => {
    const editor = await openDraft('suivi/roux.reponse.md');
    const before = editor.document.getText();
    const verdicts: string[] = [];
    const value = await api.followup.markSent(editor.document.uri, async (v) => {
      verdicts.push(v.label);
      return true;
    });
    assert.ok(value && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(value), String(value));
    assert.equal(editor.document.getText(), before.replace('scenario: proposition\n', `scenario: proposition\nenvoye: ${value}\n`));
    await waitForView(() => groupNamed(/Roux/)?.entries[0].status === 'envoye', 'the view to show the draft as sent');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before, 'one undo restores the draft');
    assert.deepEqual(verdicts, [], 'a draft ready to send is marked without a question');
  });

  it('« Marquer comme envoyé » shows the verdict first when the draft is not ready, and creates the header when there is none', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'reponse', content: 'Bonjour [Nom],\n\nMerci.\n' });
    await vscode.window.showTextDocument(doc);
    const verdicts: string[] = [];
    const declined = await api.followup.markSent(doc.uri, async (v) => {
      verdicts.push(v.label);
      return false;
    });
    assert.equal(declined, undefined);
    assert.equal(doc.getText(), 'Bonjour [Nom],\n\nMerci.\n', 'declining leaves the draft as it was');
    assert.equal(verdicts.length, 1);
    assert.notEqual(verdicts[0], 'Prêt à envoyer');
    const value = await api.followup.markSent(doc.uri, async () => true);
    assert.equal(doc.getText(), `---\nenvoye: ${value}\n---\nBonjour [Nom],\n\nMerci.\n`);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), 'Bonjour [Nom],\n\nMerci.\n');
  });

  it('« Copier le message » puts the message as the recipient reads it on the clipboard', async () => {
    await openDraft('suivi/dupont-entretien.reponse.md');
    await vscode.env.clipboard.writeText('');
    const copied = await vscode.commands.executeCommand<string>('boomerang.copierMessage');
    const expected = [
      'Bonjour Madame Dupont,',
      '',
      'Merci pour votre retour et pour l’entretien du 25 février. J’ai beaucoup apprécié l’échange et je comprends votre choix.',
      'Auriez-vous un ou deux points concrets à renforcer pour un prochain poste ?',
      'Je reste disponible si un besoin proche s’ouvre.',
      '',
      'Bien cordialement,',
      'Camille Durand – LinkedIn (https://linkedin.com/in/camille-durand)',
    ].join('\n');
    assert.equal(copied, expected);
    assert.equal(await vscode.env.clipboard.readText(), expected);
    assert.equal(await vscode.commands.executeCommand<string>('boomerang.copierObjet'), 'Merci pour votre retour');
    assert.equal(await vscode.env.clipboard.readText(), 'Merci pour votre retour');
  });

  it('« Ouvrir dans la messagerie » copies a LinkedIn message instead, and says so', async () => {
    await openDraft('suivi/dupont-linkedin.reponse.md');
    const r = await vscode.commands.executeCommand<{ copied?: string; reason?: string }>('boomerang.ouvrirMessagerie');
    assert.equal(r?.reason, 'channel');
    assert.match(await vscode.env.clipboard.readText(), /^Bonjour Hélène, merci encore pour nos échanges\.\nJe reste preneuse de vos actualités et je partagerai volontiers des ressources pertinentes sur la data\./);
  });

  it('« Préparer le check-in » opens a new draft with the recipient, channel, address and planned send', async () => {
    const dupont = groupNamed(/Dupont/);
    assert.ok(dupont);
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('boomerang.preparerCheckin', { kind: 'group', group: dupont });
    assert.ok(doc, 'a draft was opened');
    try {
      assert.equal(vscode.window.activeTextEditor?.document, doc);
      const header = doc.getText().split('\n---')[0];
      assert.equal(header, '---\nscenario: checkin\ncanal: mail\ndestinataire: Mme Dupont\nemail: helene.dupont@exemple.fr\nrefus_recu: 2026-02-27 11:00\nenvoi_prevu: 2026-05-04 09:00');
      await waitForView(() => groupNamed(/Dupont/)?.next?.kind === 'envoi', 'the planned check-in to become the next contact');
    } finally {
      await closeAllEditors();
      if (!doc.isUntitled) await vscode.workspace.fs.delete(doc.uri);
    }
    await waitForView(() => files(groupNamed(/Dupont/)).length === 2, 'the check-in draft to leave the view once deleted');
  });

  it('« Ajouter au calendrier » writes an .ics event for the check-in, at 9:00 in boomerang.timeZone', async () => {
    const config = vscode.workspace.getConfiguration('boomerang');
    await config.update('timeZone', 'Europe/Paris', vscode.ConfigurationTarget.Workspace);
    let uri: vscode.Uri | undefined;
    try {
      await waitForView(() => groupNamed(/Dupont/)?.next?.suggestedMoment?.getTime() === Date.UTC(2026, 4, 4, 7), 'the view to follow boomerang.timeZone');
      const dupont = groupNamed(/Dupont/);
      assert.ok(dupont);
      uri = await vscode.commands.executeCommand<vscode.Uri>('boomerang.ajouterCalendrier', { kind: 'group', group: dupont });
      assert.ok(uri, 'a file was written');
      assert.match(uri.path, /\/suivi\/check-in-[0-9a-f]{8}\.ics$/, 'next to the last message sent');
      const ics = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
      assert.match(ics, /\r\nSUMMARY:Check-in discret : Mme Dupont \(mail\)\r\n/);
      assert.match(ics, /\r\nDTSTART:20260504T070000Z\r\n/, '9:00 in Paris in May is 7:00 UTC');
    } finally {
      if (uri) await vscode.workspace.fs.delete(uri);
      await config.update('timeZone', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('the start-up reminder names the check-ins due and the planned sends left unsent', () => {
    // The fixtures' dates are in the past: Mme Dupont's check-in window (4–31 May 2026) and the planned sends have passed.
    const text = api.followup.view.reminderText() ?? '';
    assert.match(text, /^Suivi Boomerang : check-in à faire : [^;]*Mme Dupont/);
    assert.match(text, /envois prévus en retard\.$/);
  });

  it('« Ouvrir le suivi » shows the view', async () => {
    await vscode.commands.executeCommand('boomerang.ouvrirSuivi');
    await waitFor(api.followup.view.view.onDidChangeVisibility, () => api.followup.view.view.visible, 'the view to be visible');
  });
});
