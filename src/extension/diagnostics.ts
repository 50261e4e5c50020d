// Live diagnostics: every `reponse` document is analysed when it opens, again
// a moment after the user stops typing (debounced per document), and when
// settings change; diagnostics are cleared when it closes. A result computed
// for an older version of a document is dropped.

import * as vscode from 'vscode';
import { analyzeDraft, type DraftAnalysis, type Finding, type Severity } from '../core';
import { isDraft } from './documents';
import { analysisDelay } from './pacing';
import { ruleLink } from './ruleDocs';
import type { Settings } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';

export const SOURCE = 'Boomerang';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toDiagnostic(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
  const range = new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end));
  const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
  d.source = SOURCE;
  // A rule link: opens the rule's page shipped in the extension (see ruleDocs.ts).
  d.code = { value: f.rule, target: ruleLink(f.rule) };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => {
      const other = r.file !== undefined && r.file !== doc.uri.toString();
      // Offsets belong to the other file's text: use its line and column when given.
      const range =
        other && r.position
          ? new vscode.Range(r.position.line, r.position.column, r.position.endLine, r.position.endColumn)
          : new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end));
      return new vscode.DiagnosticRelatedInformation(new vscode.Location(other ? vscode.Uri.parse(r.file as string) : doc.uri, range), r.message);
    });
  }
  return d;
}

interface Analysis {
  version: number;
  analysis: DraftAnalysis;
}

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('boomerang');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly results = new Map<string, Analysis>();
  /** How long the last analysis of each document took, to pace large ones (see pacing.ts). */
  private readonly costs = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a document's findings were updated. */
  readonly onDidAnalyze = this.changed.event;

  constructor(
    private readonly settings: Settings,
    private readonly index?: WorkspaceIndex,
  ) {
    this.disposables.push(
      this.collection,
      this.changed,
      vscode.workspace.onDidOpenTextDocument((doc) => this.lintNow(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
    );
    for (const doc of vscode.workspace.textDocuments) this.lintNow(doc);
  }

  /** The findings last computed for a document at its current version. */
  findingsFor(doc: vscode.TextDocument): Finding[] | undefined {
    return this.analysisFor(doc)?.findings;
  }

  /** The last analysis of a document (draft, findings, figures) at its current version. */
  analysisFor(doc: vscode.TextDocument): DraftAnalysis | undefined {
    const r = this.results.get(doc.uri.toString());
    return r && r.version === doc.version ? r.analysis : undefined;
  }

  /** The analysis of a document, computed now if the last one is stale (the report and the hovers read it). */
  currentAnalysis(doc: vscode.TextDocument): DraftAnalysis | undefined {
    let analysis = this.analysisFor(doc);
    if (!analysis) {
      this.lintNow(doc);
      analysis = this.analysisFor(doc);
    }
    return analysis;
  }

  /** Findings of a document, computing them now if the last ones are stale. */
  currentFindings(doc: vscode.TextDocument): Finding[] {
    return this.currentAnalysis(doc)?.findings ?? [];
  }

  /** How long the last analysis of a document took, in milliseconds (what paces the next one). */
  lastAnalysisMs(doc: vscode.TextDocument): number | undefined {
    return this.costs.get(doc.uri.toString());
  }

  /** Analyses now (document opened, settings changed, another draft changed). */
  lintNow(doc: vscode.TextDocument): void {
    if (!isDraft(doc)) {
      // A document whose language changed away from `reponse` loses its diagnostics.
      if (this.results.has(doc.uri.toString())) this.forget(doc);
      return;
    }
    this.cancel(doc);
    this.run(doc);
  }

  lintAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.lintNow(doc);
  }

  private schedule(doc: vscode.TextDocument): void {
    if (!isDraft(doc)) return;
    this.cancel(doc);
    const key = doc.uri.toString();
    const delay = analysisDelay(this.settings.for(doc.uri).debounceMs, this.costs.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.run(doc);
      }, delay),
    );
  }

  private run(doc: vscode.TextDocument): void {
    if (doc.isClosed) return;
    const version = doc.version;
    const { options } = this.settings.for(doc.uri);
    const started = Date.now();
    const analysis = analyzeDraft(doc.getText(), options, {
      file: doc.uri.toString(),
      siblings: this.index?.siblingsOf(doc.uri) ?? [],
    });
    const findings = analysis.findings;
    this.costs.set(doc.uri.toString(), Date.now() - started);
    // Drop a result that no longer matches the document.
    if (doc.isClosed || doc.version !== version) return;
    this.results.set(doc.uri.toString(), { version, analysis });
    this.collection.set(
      doc.uri,
      findings.map((f) => toDiagnostic(doc, f)),
    );
    // What the extension host spent, conversion to positions included, paces the next analysis.
    this.costs.set(doc.uri.toString(), Date.now() - started);
    this.changed.fire(doc);
  }

  private cancel(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  private forget(doc: vscode.TextDocument): void {
    this.cancel(doc);
    this.results.delete(doc.uri.toString());
    this.costs.delete(doc.uri.toString());
    this.collection.delete(doc.uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
