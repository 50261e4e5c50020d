// Entry point of the extension, for desktop VS Code (Node) and VS Code for the
// web (web worker) alike: it only wires the features together.

import * as vscode from 'vscode';
import { QuickFixProvider, DISABLE_RULE_COMMAND, disableRuleInWorkspace } from './codeActions';
import { activeDraftEditor, currentFindings, VERIFY_TONE_COMMAND } from './commands';
import { DiagnosticsController } from './diagnostics';
import { LANGUAGE_ID } from './documents';
import { Settings } from './settings';
import { DraftIndex } from './workspaceIndex';

export interface BoomerangApi {
  diagnostics: DiagnosticsController;
}

export function activate(context: vscode.ExtensionContext): BoomerangApi {
  const settings = new Settings(() => d.lintAll());
  const index = new DraftIndex((uri) => settings.for(uri).debounceMs);
  const d = new DiagnosticsController(settings, index);
  index.onDidAffect((docs) => docs.forEach((doc) => d.lintNow(doc)));
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };

  context.subscriptions.push(
    settings,
    index,
    d,
    vscode.languages.registerCodeActionsProvider(selector, new QuickFixProvider(d), {
      providedCodeActionKinds: QuickFixProvider.kinds,
    }),
    vscode.commands.registerCommand(DISABLE_RULE_COMMAND, disableRuleInWorkspace),
    vscode.commands.registerCommand(VERIFY_TONE_COMMAND, async () => {
      const editor = activeDraftEditor();
      if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Ouvrez un brouillon *.reponse.md pour vérifier son ton.'));
        return undefined;
      }
      const findings = currentFindings(d, editor.document);
      const warnings = findings.filter((f) => f.severity === 'warning').length;
      void vscode.window.showInformationMessage(
        warnings === 0
          ? vscode.l10n.t('Boomerang : aucun avertissement, {0} conseil(s).', findings.length)
          : vscode.l10n.t('Boomerang : {0} avertissement(s) à revoir avant l’envoi.', warnings),
      );
      return { findings };
    }),
  );
  return { diagnostics: d };
}

export function deactivate(): void {}
