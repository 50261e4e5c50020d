// Entry point of the extension, for desktop VS Code (Node) and VS Code for the
// web (web worker) alike: it only wires the features together.

import * as vscode from 'vscode';
import { sendWindowLines } from '../core';
import { QuickFixProvider, DISABLE_RULE_COMMAND, disableRuleInWorkspace } from './codeActions';
import { VERIFY_TONE_COMMAND, verifyTone } from './commands';
import { DiagnosticsController } from './diagnostics';
import { LANGUAGE_ID } from './documents';
import { ChecklistHoverProvider } from './hoverProvider';
import { newReply, NEW_REPLY_COMMAND } from './newReply';
import { ReportController } from './reportPanel';
import { OPEN_RULE_COMMAND, RuleDocs } from './ruleDocs';
import { Settings } from './settings';
import { ScenarioCompletionProvider } from './scenarioCompletions';
import { ReportStatusBar, type StatusBarState } from './statusBar';
import { UserConfig } from './userConfig';
import { DraftIndex } from './workspaceIndex';
import { FOLLOWUP_COMMANDS, markSent, registerFollowupCommands, type FollowupDeps, type SendConfirmation } from './followup';
import { FollowupView, VIEW_ID } from './followupView';

export interface BoomerangApi {
  diagnostics: DiagnosticsController;
  /** Hovers; `hover.context.sendWindow` shows the send window on `refus_recu`. */
  hover: ChecklistHoverProvider;
  /** The « Vérifier le ton » panel: what it shows, and an event after each update. */
  report: ReportController;
  /** The rule documentation behind every rule link. */
  ruleDocs: RuleDocs;
  /** What the status bar item shows now (hidden for editors that are not `reponse`). */
  readonly statusBar: StatusBarState;
  onDidChangeStatusBar: vscode.Event<StatusBarState>;
  /** The « Suivi » view and its commands. */
  followup: {
    view: FollowupView;
    /** « Marquer comme envoyé » with another confirmation than the dialog (tests). */
    markSent(uri: vscode.Uri, confirm: SendConfirmation): Promise<string | undefined>;
  };
}

export function activate(context: vscode.ExtensionContext): BoomerangApi {
  const userConfig = new UserConfig(() => settings.invalidate());
  const settings = new Settings(() => d.lintAll(), userConfig);
  const index = new DraftIndex((uri) => settings.for(uri).debounceMs);
  const d = new DiagnosticsController(settings, index);
  index.onDidAffect((docs) => docs.forEach((doc) => d.lintNow(doc)));
  void userConfig.load().then(() => settings.invalidate());
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const hover = new ChecklistHoverProvider(d, {
    sendWindow: (_refusal, draft) => sendWindowLines(draft.meta, settings.for(vscode.window.activeTextEditor?.document.uri).options, new Date()),
  });
  const report = new ReportController(context.extensionUri, d, settings);
  const statusBar = new ReportStatusBar(VERIFY_TONE_COMMAND, d, settings);
  const ruleDocs = new RuleDocs(context.extensionUri);
  const followupView = new FollowupView(index, settings);
  const followupDeps: FollowupDeps = {
    diagnostics: d,
    settings,
    groupOf: (uri) => followupView.groupOf(uri),
    showReport: (doc) => report.show(doc, vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn),
  };

  context.subscriptions.push(
    userConfig,
    settings,
    index,
    d,
    vscode.languages.registerCodeActionsProvider(selector, new QuickFixProvider(d), {
      providedCodeActionKinds: QuickFixProvider.kinds,
    }),
    vscode.commands.registerCommand(DISABLE_RULE_COMMAND, disableRuleInWorkspace),
    vscode.languages.registerCompletionItemProvider(selector, new ScenarioCompletionProvider()),
    vscode.languages.registerHoverProvider(selector, hover),
    vscode.commands.registerCommand(NEW_REPLY_COMMAND, newReply),
    report,
    statusBar,
    vscode.commands.registerCommand(VERIFY_TONE_COMMAND, (uri?: unknown) => verifyTone(report, uri)),
    ruleDocs,
    vscode.commands.registerCommand(OPEN_RULE_COMMAND, (rule?: unknown) => ruleDocs.open(rule)),
    followupView,
    ...registerFollowupCommands(followupDeps),
    vscode.commands.registerCommand(FOLLOWUP_COMMANDS.openView, () => vscode.commands.executeCommand(`${VIEW_ID}.focus`)),
  );
  void followupView.remind(context.workspaceState);
  return {
    diagnostics: d,
    hover,
    report,
    ruleDocs,
    get statusBar() {
      return statusBar.state;
    },
    onDidChangeStatusBar: statusBar.onDidChange,
    followup: {
      view: followupView,
      markSent: (uri, confirm) => markSent(followupDeps, uri, confirm),
    },
  };
}

export function deactivate(): void {}
