// What the diagnostics need from the index of the workspace's drafts (checks
// across drafts: same recipient, several channels).
import type * as vscode from 'vscode';
import type { DraftSummary } from '../core';

export interface WorkspaceIndex {
  /** Summaries of the other drafts of the workspace. */
  siblingsOf(uri: vscode.Uri): DraftSummary[];
}
