// Entry point of the extension, for desktop VS Code (Node) and VS Code for the
// web (web worker) alike: it only wires the features together.

import * as vscode from 'vscode';
import { QuickFixProvider, DISABLE_RULE_COMMAND, disableRuleInWorkspace } from './codeActions';
import { activeDraftEditor, currentFindings, VERIFY_TONE_COMMAND } from './commands';
import { DiagnosticsController } from './diagnostics';
import { LANGUAGE_ID } from './documents';
import { ChecklistHoverProvider } from './hover';
import { newReply, NEW_REPLY_COMMAND } from './newReply';
import { Settings } from './settings';
import { ScenarioCompletionProvider } from './snippets';

export interface BoomerangApi {
  diagnostics: DiagnosticsController;
  /** Hovers; `hover.context.sendWindow` shows the send window on `refus_recu`. */
  hover: ChecklistHoverProvider;
}

export function activate(context: vscode.ExtensionContext): BoomerangApi {
  const settings = new Settings(() => d.lintAll());
  const d = new DiagnosticsController(settings);
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  // The timing checks plug their send window in here: new ChecklistHoverProvider(d, { sendWindow }).
  const hover = new ChecklistHoverProvider(d);

  context.subscriptions.push(
    settings,
    d,
    vscode.languages.registerCodeActionsProvider(selector, new QuickFixProvider(d), {
      providedCodeActionKinds: QuickFixProvider.kinds,
    }),
    vscode.commands.registerCommand(DISABLE_RULE_COMMAND, disableRuleInWorkspace),
    vscode.languages.registerCompletionItemProvider(selector, new ScenarioCompletionProvider()),
    vscode.languages.registerHoverProvider(selector, hover),
    vscode.commands.registerCommand(NEW_REPLY_COMMAND, newReply),
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
  return { diagnostics: d, hover };
}

export function deactivate(): void {}
