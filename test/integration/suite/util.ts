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

/** What to wait for before a screenshot: a visible element of the page (CSS selector, optionally with a text). */
export interface ScreenshotWait {
  waitFor: string;
  hasText?: string;
  timeoutMs?: number;
}

/** Waits (bounded) for the harness to answer a request written to `file`, and returns what it wrote to `answer`. */
async function handshake(dir: string, file: string, body: string, answer: string, timeoutMs: number): Promise<string> {
  const done = path.join(dir, answer);
  fs.rmSync(done, { force: true });
  // Written whole, then renamed: the harness never sees half a request.
  fs.writeFileSync(path.join(dir, `${file}.tmp`), body);
  fs.renameSync(path.join(dir, `${file}.tmp`), path.join(dir, file));
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`the harness did not answer ${file} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const result = fs.readFileSync(done, 'utf8');
  fs.rmSync(done, { force: true });
  return result;
}

/** Asks the harness for a screenshot (file handshake, see test/integration/harness/README.md) and waits for it, bounded. */
export async function requestScreenshot(dir: string, name: string, wait?: ScreenshotWait, timeoutMs = 30_000): Promise<string> {
  // Notifications (the start-up follow-up reminder among them) would cover the picture.
  await vscode.commands.executeCommand('notifications.clearAll');
  const result = (await handshake(dir, `${name}.request`, wait ? JSON.stringify(wait) : '', `${name}.done`, timeoutMs)).trim();
  if (result !== 'ok') throw new Error(`screenshot ${name} failed: ${result}`);
  return path.join(dir, `${name}.png`);
}

/** An element the harness found in the page or one of its frames (webviews included); top and bottom in its frame's viewport. */
export interface PageElement {
  frame: string;
  text: string;
  top: number;
  bottom: number;
  viewportHeight: number;
}

export type PageAction =
  | { click: string; hasText?: string; timeoutMs?: number }
  | { find: string; hasText?: string; timeoutMs?: number }
  | { type: string; timeoutMs?: number }
  | { press: string; timeoutMs?: number };

let actions = 0;

/**
 * Asks the harness to act on the workbench page as a user would (a real click)
 * or to look into it (webviews included), through BOOMERANG_PAGE_DIR.
 */
export async function pageAction(action: PageAction): Promise<PageElement[]> {
  const dir = process.env.BOOMERANG_PAGE_DIR;
  assert.ok(dir, 'BOOMERANG_PAGE_DIR is not set: run the suite with test/integration/harness/run.mjs');
  const name = `action-${process.pid}-${++actions}`;
  const answer = JSON.parse(await handshake(dir, `${name}.action`, JSON.stringify(action), `${name}.result`, (action.timeoutMs ?? 10_000) + 20_000)) as {
    ok: boolean;
    error?: string;
    found?: PageElement[];
  };
  if (!answer.ok) throw new Error(`page action ${JSON.stringify(action)} failed: ${answer.error}`);
  return answer.found ?? [];
}

/** Resolves with the matches of `selector` (any frame) once `predicate` holds for one of them; fails after `timeoutMs`. */
export async function waitForPage(selector: string, predicate: (e: PageElement) => boolean, what: string, timeoutMs = 15_000): Promise<PageElement> {
  const deadline = Date.now() + timeoutMs;
  let last: PageElement[] = [];
  for (;;) {
    last = await pageAction({ find: selector, timeoutMs: Math.max(0, deadline - Date.now()) }).catch(() => []);
    const hit = last.find(predicate);
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Resolves with the first tab, in any group, that satisfies `predicate`; fails after `timeoutMs`. */
export async function waitForTab(predicate: (tab: vscode.Tab) => boolean, what: string, timeoutMs = 15_000): Promise<vscode.Tab> {
  const find = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(predicate);
  await waitFor(vscode.window.tabGroups.onDidChangeTabs, () => find() !== undefined, what, timeoutMs);
  return find() as vscode.Tab;
}
