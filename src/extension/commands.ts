// Commands of the extension.

import * as vscode from 'vscode';
import type { ReportData } from '../core';
import { isDraft } from './documents';
import type { ReportController } from './reportPanel';

export const VERIFY_TONE_COMMAND = 'boomerang.verifierTon';

/** The active `reponse` editor, if any. */
export function activeDraftEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isDraft(editor.document) ? editor : undefined;
}

/** The command that creates a new draft (written with the snippets). */
export const NEW_DRAFT_COMMAND = 'boomerang.nouvelleReponse';

/**
 * « Vérifier le ton »: opens the report beside the draft and returns its data
 * (verdict, rows, findings), or undefined when there is no draft to check.
 * `arg` is the URI the editor title bar and context menu pass.
 */
export function verifyTone(report: ReportController, arg?: unknown): ReportData | undefined {
  const editor = activeDraftEditor();
  let doc = editor?.document;
  if (arg instanceof vscode.Uri) {
    const byUri = vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.toString() && isDraft(d));
    if (byUri) doc = byUri;
  }
  if (!doc) {
    const create = vscode.l10n.t('Nouvelle réponse');
    // Not awaited: the command returns at once; the choice is handled when the user makes it.
    void vscode.window
      .showInformationMessage(vscode.l10n.t('« Vérifier le ton » s’applique à un brouillon de réponse (*.reponse.md) : aucun n’est ouvert dans l’éditeur actif.'), create)
      .then((choice) => {
        if (choice === create) return vscode.commands.executeCommand(NEW_DRAFT_COMMAND);
        return undefined;
      })
      .then(undefined, (e: unknown) => {
        void vscode.window.showErrorMessage(vscode.l10n.t('Impossible de créer une nouvelle réponse : {0}', e instanceof Error ? e.message : String(e)));
      });
    return undefined;
  }
  const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn;
  return report.show(doc, column);
}
