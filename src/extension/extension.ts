// Entry point of the extension, for desktop VS Code (Node) and VS Code for the
// web (web worker) alike: it only wires the features together.

import * as vscode from 'vscode';
import { QuickFixProvider, DISABLE_RULE_COMMAND, disableRuleInWorkspace } from './codeActions';
import { VERIFY_TONE_COMMAND, verifyTone } from './commands';
import { DiagnosticsController } from './diagnostics';
import { LANGUAGE_ID } from './documents';
import { ReportController } from './report';
import { Settings } from './settings';
import { ReportStatusBar, type StatusBarState } from './statusBar';

export interface BoomerangApi {
  diagnostics: DiagnosticsController;
  /** The « Vérifier le ton » panel: what it shows, and an event after each update. */
  report: ReportController;
  /** What the status bar item shows now (hidden for editors that are not `reponse`). */
  readonly statusBar: StatusBarState;
  onDidChangeStatusBar: vscode.Event<StatusBarState>;
}

export function activate(context: vscode.ExtensionContext): BoomerangApi {
  const settings = new Settings(() => d.lintAll());
  const d = new DiagnosticsController(settings);
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const report = new ReportController(context.extensionUri, d, settings);
  const statusBar = new ReportStatusBar(VERIFY_TONE_COMMAND, d, settings);

  context.subscriptions.push(
    settings,
    d,
    vscode.languages.registerCodeActionsProvider(selector, new QuickFixProvider(d), {
      providedCodeActionKinds: QuickFixProvider.kinds,
    }),
    vscode.commands.registerCommand(DISABLE_RULE_COMMAND, disableRuleInWorkspace),
    report,
    statusBar,
    vscode.commands.registerCommand(VERIFY_TONE_COMMAND, (uri?: unknown) => verifyTone(report, uri)),
  );
  return {
    diagnostics: d,
    report,
    get statusBar() {
      return statusBar.state;
    },
    onDidChangeStatusBar: statusBar.onDidChange,
  };
}

export function deactivate(): void {}
