// The « Vérifier le ton » report: a webview panel beside the editor that
// follows one draft. It is re-rendered each time the diagnostics analyse that
// draft (already debounced), says so when the draft is closed, reveals a
// finding's range on click and applies a finding's quick fix on request.
// Everything the webview sends is validated before use.

import * as vscode from 'vscode';
import { analyzeDraft, buildReport, type ReportData } from '../core';
import type { DiagnosticsController } from './diagnostics';
import { isDraft } from './documents';
import { makeNonce, parseWebviewMessage, reportBody, reportHtml, type ReportView } from './reportHtml';
import type { Settings } from './settings';
import { fileNameOfPath } from './uriName';

export const REPORT_VIEW_TYPE = 'boomerang.rapport';

interface Target {
  uri: vscode.Uri;
  key: string;
  fileName: string;
  /** The column of the draft's editor, where « Afficher dans l’éditeur » reveals. */
  viewColumn?: vscode.ViewColumn;
  closed: boolean;
  version: number;
  data: ReportData;
}

/** The report of a document, from its current analysis (the figures the rules measured). */
export function computeReport(diagnostics: DiagnosticsController, settings: Settings, doc: vscode.TextDocument): ReportData {
  // A document that is not a draft has no analysis of its own: analyse it for the report alone.
  return buildReport(diagnostics.currentAnalysis(doc) ?? analyzeDraft(doc.getText(), settings.for(doc.uri).options));
}

function baseName(uri: vscode.Uri): string {
  return fileNameOfPath(uri.path, uri.toString());
}

export class ReportController implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private target: Target | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly updated = new vscode.EventEmitter<ReportData>();
  /** Fires after the report was computed again (tests wait on it). */
  readonly onDidUpdate = this.updated.event;
  private readonly rendered = new vscode.EventEmitter<number>();
  /** Fires when the page says it shows a version of the report (tests and screenshots wait on it). */
  readonly onDidRender = this.rendered.event;
  /** The document version the page last said it shows. */
  renderedVersion: number | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly diagnostics: DiagnosticsController,
    private readonly settings: Settings,
  ) {
    this.disposables.push(
      this.updated,
      this.rendered,
      diagnostics.onDidAnalyze((doc) => {
        if (this.target && doc.uri.toString() === this.target.key) this.refresh(doc);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (this.target && doc.uri.toString() === this.target.key) this.markClosed();
      }),
      // Closing the last tab of a draft does not always close its document: watch the tabs too.
      vscode.window.tabGroups.onDidChangeTabs(() => this.checkTabs()),
    );
  }

  /** The data currently shown, if the panel is open. */
  get current(): { data: ReportData; uri: vscode.Uri; closed: boolean } | undefined {
    return this.panel && this.target ? { data: this.target.data, uri: this.target.uri, closed: this.target.closed } : undefined;
  }

  /** The file name the panel's title shows (tests). */
  get fileName(): string | undefined {
    return this.panel && this.target ? this.target.fileName : undefined;
  }

  /** Opens (or reuses) the panel beside the editor, following `doc`; returns the data shown. */
  show(doc: vscode.TextDocument, viewColumn: vscode.ViewColumn | undefined): ReportData {
    const data = computeReport(this.diagnostics, this.settings, doc);
    this.target = { uri: doc.uri, key: doc.uri.toString(), fileName: baseName(doc.uri), viewColumn, closed: false, version: doc.version, data };
    const title = vscode.l10n.t('Vérifier le ton — {0}', this.target.fileName);
    if (!this.panel) {
      const media = vscode.Uri.joinPath(this.extensionUri, 'media');
      this.panel = vscode.window.createWebviewPanel(
        REPORT_VIEW_TYPE,
        title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [media], enableFindWidget: true },
      );
      const panel = this.panel;
      panel.onDidDispose(() => {
        if (this.panel === panel) {
          this.panel = undefined;
          this.renderedVersion = undefined;
        }
      }, undefined, this.disposables);
      panel.webview.onDidReceiveMessage((m) => void this.handleMessage(m), undefined, this.disposables);
      // A hidden webview loses its page: give it the current one when it shows again.
      let wasVisible = true;
      panel.onDidChangeViewState((e) => {
        const visible = e.webviewPanel.visible;
        if (visible && !wasVisible) this.setPage();
        wasVisible = visible;
      }, undefined, this.disposables);
    } else {
      this.panel.title = title;
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.setPage();
    this.updated.fire(data);
    return data;
  }

  private view(t: Target): ReportView {
    return { data: t.data, fileName: t.fileName, version: t.version, state: t.closed ? 'closed' : 'live', l10n: vscode.l10n };
  }

  private setPage(): void {
    const panel = this.panel;
    const t = this.target;
    if (!panel || !t) return;
    const webview = panel.webview;
    this.renderedVersion = undefined;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    webview.html = reportHtml(this.view(t), {
      cspSource: webview.cspSource,
      nonce: makeNonce((b) => globalThis.crypto.getRandomValues(b)),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.js')).toString(),
    });
  }

  /** Sends the new report to the page, announcing a change of verdict. */
  private post(announce: string): void {
    const panel = this.panel;
    const t = this.target;
    if (!panel || !t) return;
    if (panel.visible) {
      void panel.webview.postMessage({ type: 'render', html: reportBody(this.view(t)), version: t.version, verdict: t.data.verdict.kind, state: t.closed ? 'closed' : 'live', announce });
    }
    this.updated.fire(t.data);
  }

  private refresh(doc: vscode.TextDocument): void {
    const t = this.target;
    if (!t || !this.panel || doc.isClosed) return;
    const before = t.data.verdict.kind;
    const wasClosed = t.closed;
    t.data = computeReport(this.diagnostics, this.settings, doc);
    t.version = doc.version;
    t.closed = false;
    const v = t.data.verdict;
    const announce = wasClosed
      ? vscode.l10n.t('Brouillon rouvert : le rapport suit à nouveau le brouillon.')
      : before !== v.kind
        ? vscode.l10n.t('Verdict : {0}. {1}', v.label, v.reason)
        : '';
    this.post(announce);
  }

  private markClosed(): void {
    const t = this.target;
    if (!t || t.closed || !this.panel) return;
    t.closed = true;
    this.post(vscode.l10n.t('Le brouillon a été fermé : ce rapport n’est plus mis à jour.'));
  }

  private checkTabs(): void {
    const t = this.target;
    if (!t || !this.panel) return;
    const open = vscode.window.tabGroups.all.some((g) => g.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === t.key));
    if (!open) this.markClosed();
    else if (t.closed) {
      const doc = this.document();
      if (doc) this.refresh(doc);
    }
  }

  private document(): vscode.TextDocument | undefined {
    const t = this.target;
    if (!t || t.closed) return undefined;
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === t.key && !d.isClosed && isDraft(d));
  }

  /**
   * Handles a message of the webview (public so that tests can send one).
   * Returns what was done: 'ready', 'revealed', 'fixed', or 'ignored' for
   * anything malformed, out of range or stale.
   */
  async handleMessage(raw: unknown): Promise<'ready' | 'revealed' | 'fixed' | 'ignored'> {
    const m = parseWebviewMessage(raw);
    const t = this.target;
    if (!m || !t) return 'ignored';
    if (m.type === 'ready') {
      this.renderedVersion = m.version;
      this.rendered.fire(m.version);
      return 'ready';
    }
    const doc = this.document();
    if (!doc) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Le brouillon {0} est fermé : rouvrez-le pour agir depuis le rapport.', t.fileName));
      return 'ignored';
    }
    const length = doc.getText().length;
    if (m.type === 'reveal') {
      if (m.end > length) return 'ignored';
      const range = new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
      const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? t.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return 'revealed';
    }
    // A fix applies to the version the report was computed for, never to a later one.
    if (m.version !== doc.version || t.version !== doc.version) {
      this.refresh(doc);
      void vscode.window.showInformationMessage(vscode.l10n.t('Le brouillon a changé depuis l’affichage du rapport : le rapport est à jour, relancez la correction.'));
      return 'ignored';
    }
    const fix = t.data.findings[m.finding]?.fixes[m.fix];
    if (!fix || fix.edits.some((e) => !(e.start >= 0 && e.start <= e.end && e.end <= length))) return 'ignored';
    const edit = new vscode.WorkspaceEdit();
    for (const e of fix.edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
    const ok = await vscode.workspace.applyEdit(edit);
    if (!ok) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Boomerang n’a pas pu appliquer « {0} » : le brouillon est peut-être en lecture seule.', fix.title));
      return 'ignored';
    }
    return 'fixed';
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
