// The index of the workspace's drafts, for checks across drafts (same
// recipient, several channels, follow-ups too close). It finds drafts with
// `workspace.findFiles`, reads them with `workspace.fs` (so it works in VS Code
// for the web too), keeps their summaries up to date when a draft is saved,
// created or deleted, and prefers the live text of open documents. Only the
// header of a draft is read; everything is asynchronous and bounded, so typing
// is never blocked.

import * as vscode from 'vscode';
import { sameRecipient, summarizeText, type DraftSummary } from '../core';
import { isDraft } from './documents';

/** What the diagnostics need from the index of the workspace's drafts. */
export interface WorkspaceIndex {
  /** Summaries of the other drafts of the workspace. */
  siblingsOf(uri: vscode.Uri): DraftSummary[];
}

const GLOB = '**/*.reponse.md';
const EXCLUDE = '**/{node_modules,.git,dist,out}/**';
/** At most this many drafts are indexed from disk. */
const MAX_FILES = 2000;
/** Larger files are not drafts (the analysis would refuse them too). */
const MAX_BYTES = 2_000_000;
/** Files read at the same time. */
const CONCURRENCY = 8;

const decoder = new TextDecoder('utf-8');

/** The fields that checks across drafts compare. */
function signature(s: DraftSummary | undefined): string {
  return s ? JSON.stringify([s.recipient, s.channel, s.date, s.dateKey, s.scenario]) : '';
}

/** Every field of the header: what the « Suivi » view shows. */
function fullSignature(s: DraftSummary | undefined): string {
  return s ? JSON.stringify([signature(s), s.refusalReceived, s.plannedSend, s.sentAt, s.email]) : '';
}

export class DraftIndex implements WorkspaceIndex, vscode.Disposable {
  private readonly onDisk = new Map<string, DraftSummary>();
  private readonly live = new Map<string, DraftSummary>();
  private readonly liveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per file, a counter that drops a read overtaken by a newer one. */
  private readonly reads = new Map<string, number>();
  private readonly affected = new vscode.EventEmitter<vscode.TextDocument[]>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  /** Fires with the open drafts whose cross-draft findings may have changed. */
  readonly onDidAffect = this.affected.event;
  /** Fires when any draft's header changed, a draft appeared or went away, or the first scan ended. */
  readonly onDidChange = this.changed.event;
  /** Resolves when the first scan of the workspace is done. */
  readonly ready: Promise<void>;

  constructor(private readonly debounceMs: (uri: vscode.Uri) => number) {
    const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
    this.disposables.push(
      this.affected,
      this.changed,
      watcher,
      watcher.onDidCreate((uri) => void this.readFromDisk(uri)),
      watcher.onDidChange((uri) => void this.readFromDisk(uri)),
      watcher.onDidDelete((uri) => this.forgetDeleted(uri)),
      vscode.workspace.onDidOpenTextDocument((doc) => this.updateLive(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleLive(e.document)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        const key = doc.uri.toString();
        this.cancelLive(key);
        this.update(key, () => this.live.delete(key));
      }),
    );
    for (const doc of vscode.workspace.textDocuments) this.updateLive(doc, false);
    this.ready = this.scan();
  }

  siblingsOf(uri: vscode.Uri): DraftSummary[] {
    const self = uri.toString();
    const out: DraftSummary[] = [];
    for (const [key, s] of this.live) if (key !== self) out.push(s);
    for (const [key, s] of this.onDisk) if (key !== self && !this.live.has(key)) out.push(s);
    return out;
  }

  /** Every draft of the workspace (live text first). */
  all(): DraftSummary[] {
    const out = [...this.live.values()];
    for (const [key, s] of this.onDisk) if (!this.live.has(key)) out.push(s);
    return out;
  }

  /** The summary the index holds for a draft (live text first). */
  summaryOf(uri: vscode.Uri): DraftSummary | undefined {
    return this.byKey(uri.toString());
  }

  private byKey(key: string): DraftSummary | undefined {
    return this.live.get(key) ?? this.onDisk.get(key);
  }

  private async scan(): Promise<void> {
    let uris: vscode.Uri[];
    try {
      uris = await vscode.workspace.findFiles(GLOB, EXCLUDE, MAX_FILES);
    } catch {
      return;
    }
    let next = 0;
    const worker = async () => {
      while (next < uris.length && !this.disposed) {
        const uri = uris[next++];
        await this.readFromDisk(uri, false);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, uris.length) }, worker));
    if (this.disposed) return;
    // Every open draft may now have siblings it did not know about.
    this.affected.fire(vscode.workspace.textDocuments.filter(isDraft));
    this.changed.fire();
  }

  private async readFromDisk(uri: vscode.Uri, notify = true): Promise<void> {
    const key = uri.toString();
    const ticket = (this.reads.get(key) ?? 0) + 1;
    this.reads.set(key, ticket);
    let summary: DraftSummary | undefined;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.File && stat.size <= MAX_BYTES) {
        const bytes = await vscode.workspace.fs.readFile(uri);
        summary = summarizeText(key, decoder.decode(bytes).replace(/^\uFEFF/, ''));
      }
    } catch {
      summary = undefined; // deleted or unreadable in the meantime
    }
    if (this.disposed || this.reads.get(key) !== ticket) return;
    this.reads.delete(key);
    this.update(
      key,
      () => (summary ? this.onDisk.set(key, summary) : this.onDisk.delete(key)),
      notify,
    );
  }

  /**
   * A deleted file leaves the index, and so does its document when it has no
   * unsaved edits: VS Code may keep a closed document for a while, and a draft
   * deleted from disk must not linger in the « Suivi » view.
   */
  private forgetDeleted(uri: vscode.Uri): void {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    this.update(key, () => {
      this.onDisk.delete(key);
      if (!doc?.isDirty) {
        this.cancelLive(key);
        this.live.delete(key);
      }
    });
  }

  private scheduleLive(doc: vscode.TextDocument): void {
    if (!isDraft(doc)) return;
    const key = doc.uri.toString();
    this.cancelLive(key);
    this.liveTimers.set(
      key,
      setTimeout(() => {
        this.liveTimers.delete(key);
        if (!doc.isClosed) this.updateLive(doc);
      }, this.debounceMs(doc.uri)),
    );
  }

  private cancelLive(key: string): void {
    const t = this.liveTimers.get(key);
    if (t) clearTimeout(t);
    this.liveTimers.delete(key);
  }

  private updateLive(doc: vscode.TextDocument, notify = true): void {
    const key = doc.uri.toString();
    if (!isDraft(doc)) {
      if (this.live.has(key)) this.update(key, () => this.live.delete(key), notify);
      return;
    }
    this.update(key, () => this.live.set(key, summarizeText(key, doc.getText())), notify);
  }

  /** Applies a change to the index and tells which open drafts it affects. */
  private update(key: string, change: () => void, notify = true): void {
    const before = this.byKey(key);
    change();
    const after = this.byKey(key);
    if (fullSignature(before) !== fullSignature(after)) this.changed.fire();
    if (!notify || signature(before) === signature(after)) return;
    const recipients = [before?.recipient, after?.recipient].filter((r): r is string => !!r);
    if (recipients.length === 0) return;
    const docs = vscode.workspace.textDocuments.filter((doc) => {
      if (!isDraft(doc) || doc.uri.toString() === key) return false;
      const mine = this.summaryOf(doc.uri)?.recipient;
      return recipients.some((r) => sameRecipient(mine, r));
    });
    if (docs.length > 0) this.affected.fire(docs);
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.liveTimers.values()) clearTimeout(t);
    this.liveTimers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
