// Which documents Boomerang looks at.
import * as vscode from 'vscode';

export const LANGUAGE_ID = 'reponse';

/** Schemes of documents that are not the user's drafts (diff views, output…). */
const IGNORED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'conflictResolution', 'merge-conflict.conflict-diff', 'chat-editing-text-model']);

export function isDraft(doc: vscode.TextDocument): boolean {
  return doc.languageId === LANGUAGE_ID && !IGNORED_SCHEMES.has(doc.uri.scheme);
}
