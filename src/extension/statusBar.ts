// The status bar item of `reponse` editors: a short verdict and the line
// count (« ✓ 6 lignes · ton sobre »); clicking it runs « Vérifier le ton ».
// Hidden for every other editor.

import * as vscode from 'vscode';
import { shortSummary, type ReportData, type VerdictKind } from '../core';
import type { DiagnosticsController } from './diagnostics';
import { isDraft } from './documents';
import { computeReport } from './reportPanel';
import type { Settings } from './settings';

/** Codicons: a distinct shape per verdict, never colour alone. */
const ICONS: Record<VerdictKind, string> = { ready: '$(check)', rework: '$(edit)', blocked: '$(circle-slash)' };

export interface StatusBarState {
  visible: boolean;
  text: string;
  tooltip: string;
  /** The document the item describes. */
  uri?: string;
}

export class ReportStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<StatusBarState>();
  /** Fires after the item was updated (tests wait on it). */
  readonly onDidChange = this.changed.event;
  private current: StatusBarState = { visible: false, text: '', tooltip: '' };

  constructor(
    command: string,
    private readonly diagnostics: DiagnosticsController,
    private readonly settings: Settings,
  ) {
    this.item = vscode.window.createStatusBarItem('boomerang.verdict', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('Boomerang : verdict du brouillon');
    this.item.command = command;
    this.disposables.push(
      this.item,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidAnalyze((doc) => {
        if (vscode.window.activeTextEditor?.document === doc) this.update();
      }),
      vscode.workspace.onDidCloseTextDocument(() => this.update()),
    );
    this.update();
  }

  get state(): StatusBarState {
    return { ...this.current };
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isDraft(editor.document)) {
      this.item.hide();
      this.set({ visible: false, text: '', tooltip: '' });
      return;
    }
    const data = computeReport(this.diagnostics, this.settings, editor.document);
    const text = `${ICONS[data.verdict.kind]} ${shortSummary(data)}`;
    const tooltip = tooltipOf(data);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: tooltip, role: 'button' };
    this.item.show();
    this.set({ visible: true, text, tooltip, uri: editor.document.uri.toString() });
  }

  private set(s: StatusBarState): void {
    this.current = s;
    this.changed.fire({ ...s });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function tooltipOf(data: ReportData): string {
  return vscode.l10n.t('Boomerang : {0}. {1} {2}. Cliquez pour ouvrir le rapport « Vérifier le ton ».', data.verdict.label, data.verdict.reason, shortSummary(data));
}
