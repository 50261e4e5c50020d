// Commands of the extension.

import * as vscode from 'vscode';
import type { Finding } from '../core';
import type { DiagnosticsController } from './diagnostics';
import { isDraft } from './documents';

export const VERIFY_TONE_COMMAND = 'boomerang.verifierTon';

/** The active `reponse` editor, if any. */
export function activeDraftEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isDraft(editor.document) ? editor : undefined;
}

/** Findings of a document, computing them now if the last ones are stale. */
export function currentFindings(diagnostics: DiagnosticsController, doc: vscode.TextDocument): Finding[] {
  let findings = diagnostics.findingsFor(doc);
  if (!findings) {
    diagnostics.lintNow(doc);
    findings = diagnostics.findingsFor(doc) ?? [];
  }
  return findings;
}
