// Helpers for the integration suite: wait on events with a bounded timeout,
// never on fixed sleeps.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'boomerang.boomerang';

/** What activate() returns (src/extension/extension.ts), as far as the suite uses it. */
export interface Api {
  diagnostics: {
    findingsFor(doc: vscode.TextDocument): { rule: string; severity: string; message: string }[] | undefined;
    onDidAnalyze: vscode.Event<vscode.TextDocument>;
    lastAnalysisMs?(doc: vscode.TextDocument): number | undefined;
  };
}

export async function activateExtension(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  return ext.activate();
}

/** Waits until the extension has analysed the current version of `doc`. */
export async function waitForAnalysis(api: Api, doc: vscode.TextDocument, timeoutMs = 10_000) {
  await waitFor(api.diagnostics.onDidAnalyze, () => api.diagnostics.findingsFor(doc) !== undefined, `the analysis of ${doc.uri.path}`, timeoutMs);
  return api.diagnostics.findingsFor(doc) ?? [];
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite needs a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Resolves when `predicate` holds, checking now and on each event; fails after `timeoutMs` with `what`. */
export function waitFor<T>(event: vscode.Event<T>, predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  if (predicate()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event(() => {
      if (predicate()) {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  });
}

export function boomerangDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Boomerang');
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Waits until the document's Boomerang diagnostics satisfy `predicate`. */
export async function waitForDiagnostics(uri: vscode.Uri, predicate: (ds: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  await waitFor(vscode.languages.onDidChangeDiagnostics, () => predicate(boomerangDiagnostics(uri)), what, timeoutMs);
  return boomerangDiagnostics(uri);
}

export async function openDraft(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(doc);
}

/** Closes every editor without saving (a dirty editor would otherwise ask to save and block the suite). */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.activeTextEditor; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Asks the harness for a screenshot (file handshake, see test/integration/harness/README.md) and waits for it, bounded. */
export async function requestScreenshot(dir: string, name: string, timeoutMs = 20_000): Promise<string> {
  // Notifications (the start-up follow-up reminder among them) would cover the picture.
  await vscode.commands.executeCommand('notifications.clearAll');
  const done = path.join(dir, `${name}.done`);
  fs.rmSync(done, { force: true });
  fs.writeFileSync(path.join(dir, `${name}.request`), '');
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`no screenshot ${name} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const result = fs.readFileSync(done, 'utf8').trim();
  if (result !== 'ok') throw new Error(`screenshot ${name} failed: ${result}`);
  return path.join(dir, `${name}.png`);
}
