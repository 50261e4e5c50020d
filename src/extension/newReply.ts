// « Boomerang : Nouvelle réponse » : asks for the scenario, the recipient and
// the date the refusal arrived, then opens a new draft filled with the
// scenario, the cursor on its first field. Saved in the workspace when there is
// one (through vscode.workspace.fs, so it works on the web), untitled otherwise.

import * as vscode from 'vscode';
import { checkRefusalDate, draftFileName, getScenario, isoDate, prefillSnippet, SCENARIOS, SHARED_PREFIX, type Scenario } from '../core';
import { LANGUAGE_ID } from './documents';
import { createDraftFile, type DraftFileOutcome, type DraftFileSystem } from './draftFile';

export const NEW_REPLY_COMMAND = 'boomerang.nouvelleReponse';

/**
 * Optional arguments, to skip the questions (tests, keybindings, other extensions).
 * The keys are a public contract (keybindings' `args`): they keep their French names.
 */
export interface NewReplyArgs {
  scenario?: string;
  destinataire?: string;
  refusRecu?: string;
  /** `canal` of the new draft (« Préparer le check-in »: the channel of the last message). */
  canal?: string;
  /** `envoi_prevu` of the new draft (AAAA-MM-JJ HH:MM). */
  envoiPrevu?: string;
  /** `email` of the new draft. */
  email?: string;
}

/** Opens a new draft; returns its document, or undefined when the user cancelled. */
export async function newReply(args?: unknown): Promise<vscode.TextDocument | undefined> {
  const a: NewReplyArgs = typeof args === 'object' && args !== null ? (args as NewReplyArgs) : {};
  const scenario = (typeof a.scenario === 'string' ? getScenario(a.scenario) : undefined) ?? (await pickScenario());
  if (!scenario) return undefined;

  const recipient = typeof a.destinataire === 'string' ? oneLine(a.destinataire) : await askRecipient();
  if (recipient === undefined) return undefined;

  let refusalReceived: string | undefined;
  if (typeof a.refusRecu === 'string' && checkRefusalDate(a.refusRecu, new Date()) === undefined) refusalReceived = a.refusRecu.trim();
  else {
    refusalReceived = await vscode.window.showInputBox({
      title: vscode.l10n.t('Nouvelle réponse (3/3)'),
      prompt: vscode.l10n.t('Date de réception du refus (AAAA-MM-JJ, avec l’heure si vous la connaissez)'),
      value: isoDate(new Date()),
      ignoreFocusOut: true,
      validateInput: (v) => checkRefusalDate(v, new Date()),
    });
    if (refusalReceived === undefined) return undefined;
    refusalReceived = refusalReceived.trim();
  }

  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const snippet = new vscode.SnippetString(prefillSnippet(scenario.body, { recipient, refusalReceived, channel: str(a.canal), plannedSend: str(a.envoiPrevu), email: str(a.email) }));
  const doc = await createDocument(scenario, recipient);
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(snippet, new vscode.Position(0, 0));
  if (!doc.isUntitled) await doc.save();
  return doc;
}

async function pickScenario(): Promise<Scenario | undefined> {
  const items = SCENARIOS.map((s) => ({ label: s.name, description: s.prefixes.filter((p) => p !== SHARED_PREFIX).join(', '), detail: s.description, scenario: s }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Nouvelle réponse (1/3)'),
    placeHolder: vscode.l10n.t('À quelle situation répondez-vous ?'),
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  return picked?.scenario;
}

async function askRecipient(): Promise<string | undefined> {
  const v = await vscode.window.showInputBox({
    title: vscode.l10n.t('Nouvelle réponse (2/3)'),
    prompt: vscode.l10n.t('Destinataire : la personne ou l’organisation (laisser vide pour le remplir plus tard)'),
    placeHolder: vscode.l10n.t('Mme Martin'),
    ignoreFocusOut: true,
    validateInput: (value) => (value.length > 200 ? vscode.l10n.t('200 caractères au plus.') : undefined),
  });
  return v === undefined ? undefined : oneLine(v);
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').trim();
}

/** The folder for a new draft: the active draft's own folder, else the first workspace folder. */
function targetFolder(): vscode.Uri | undefined {
  const folders = vscode.workspace.workspaceFolders;
  if (!folders?.length) return undefined;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && !active.scheme.startsWith('untitled') && vscode.workspace.getWorkspaceFolder(active)) return vscode.Uri.joinPath(active, '..');
  return folders[0].uri;
}

/** The adapter's two file operations for createDraftFile, through vscode.workspace.fs and a WorkspaceEdit (web too). */
function draftFileSystem(folder: vscode.Uri): DraftFileSystem {
  const uriOf = (name: string) => vscode.Uri.joinPath(folder, name);
  return {
    async stat(name) {
      try {
        await vscode.workspace.fs.stat(uriOf(name));
        return 'exists';
      } catch (e) {
        // Only « not found » means absent; any other error means we do not know.
        if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return 'absent';
        return { error: e instanceof Error ? e.message : String(e) };
      }
    },
    async createNew(name) {
      // A create with overwrite off: the file service refuses an existing file.
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(uriOf(name), { overwrite: false, ignoreIfExists: false, contents: new Uint8Array() });
      try {
        if (await vscode.workspace.applyEdit(edit)) return 'created';
      } catch (e) {
        return { error: e instanceof Error ? e.message : String(e) };
      }
      // Refused: it exists now, or the folder is read-only.
      const now = await this.stat(name);
      return now === 'exists' ? 'exists' : { error: now === 'absent' ? 'EROFS' : now.error };
    },
  };
}

function untitledReason(o: Exclude<DraftFileOutcome, { kind: 'created' }>): string {
  switch (o.kind) {
    case 'unchecked':
      return vscode.l10n.t('Impossible de vérifier si {0} existe déjà ({1}) : le brouillon s’ouvre sans titre et aucun fichier n’est écrasé. Enregistrez-le sous le nom de votre choix.', o.name, o.error);
    case 'refused':
      return vscode.l10n.t('Impossible de créer {0} ({1}) : le brouillon s’ouvre sans titre.', o.name, o.error);
    case 'all-taken':
      return vscode.l10n.t('Les noms {0} à {1} existent déjà : le brouillon s’ouvre sans titre.', o.first, o.last);
  }
}

async function createDocument(scenario: Scenario, recipient: string): Promise<vscode.TextDocument> {
  const folder = targetFolder();
  if (folder) {
    const today = new Date();
    const outcome = await createDraftFile(draftFileSystem(folder), (n) => draftFileName(scenario.id, recipient, today, n));
    if (outcome.kind === 'created') {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, outcome.name));
      return doc.languageId === LANGUAGE_ID ? doc : await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }
    void vscode.window.showWarningMessage(untitledReason(outcome));
  }
  return vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
}
