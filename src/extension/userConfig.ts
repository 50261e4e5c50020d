// `.boomerang.json` at the root of each workspace folder: the user's own
// expressions, exceptions, rules and thresholds. Read through
// vscode.workspace.fs (works in VS Code for the web), watched, and layered
// under the `boomerang.*` settings by settings.ts.

import * as vscode from 'vscode';

export const USER_CONFIG_FILE = '.boomerang.json';

export class UserConfig implements vscode.Disposable {
  /** Raw JSON per workspace folder URI (undefined: no file or unreadable). */
  private readonly values = new Map<string, unknown>();
  /** French messages about unreadable files, per folder. */
  private readonly errors = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];
  private loading: Promise<void> | undefined;

  constructor(private readonly onChange: () => void) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${USER_CONFIG_FILE}`);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && vscode.Uri.joinPath(folder.uri, USER_CONFIG_FILE).toString() === uri.toString()) void this.loadFolder(folder).then(this.onChange);
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.load().then(this.onChange)),
      // Saving the file in the editor reloads it even where file watching is unavailable; an unsaved edit is not read.
      vscode.workspace.onDidSaveTextDocument((doc) => reload(doc.uri)),
    );
  }

  /** Reads every folder's file; resolves when done. */
  load(): Promise<void> {
    this.loading = Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.loadFolder(f))).then(() => undefined);
    return this.loading;
  }

  private async loadFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const uri = vscode.Uri.joinPath(folder.uri, USER_CONFIG_FILE);
    this.values.delete(key);
    this.errors.delete(key);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return; // No file: nothing to layer.
    }
    try {
      const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
      this.values.set(key, JSON.parse(text));
    } catch (e) {
      this.errors.set(key, vscode.l10n.t('{0} illisible ({1}) : ses expressions et réglages sont ignorés.', USER_CONFIG_FILE, e instanceof Error ? e.message : String(e)));
    }
  }

  /** The raw content for a document's folder, and a message when the file could not be read. */
  for(uri: vscode.Uri | undefined): { raw: unknown; error?: string } {
    // An untitled draft belongs to no folder: it takes the first folder's file.
    const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) return { raw: undefined };
    const key = folder.uri.toString();
    return { raw: this.values.get(key), error: this.errors.get(key) };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
