// Scenario completions. The snippets are not contributed with
// `contributes.snippets`: with quick suggestions on in `[reponse]`, VS Code
// would offer them in the middle of every sentence. This provider reads the
// same JSON (bundled at build time, so it also works on the web) and offers the
// scenarios only at the start of a line, when what is typed there is a
// lower-case prefix (a sentence starts with a capital) or when suggestions are
// asked for explicitly (Ctrl+Espace).

import * as vscode from 'vscode';
import { SCENARIOS, type Scenario } from '../core';

/** Letters, digits and hyphens typed at the start of a line, nothing else before them. */
const LINE_START_WORD = /^\s*([\p{L}\p{N}-]*)$/u;

export class ScenarioCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
    const before = doc.lineAt(position.line).text.slice(0, position.character);
    const m = LINE_START_WORD.exec(before);
    if (!m) return [];
    const typed = m[1];
    // Quick suggestions and Ctrl+Espace both arrive as `Invoke`; an empty word
    // means Ctrl+Espace on an empty line. A capital starts a sentence.
    if (context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter || typed !== typed.toLowerCase()) return [];
    const range = new vscode.Range(position.translate(0, -typed.length), position);
    // Below existing text, the draft already has its header: insert the message only.
    const withHeader = !hasTextBefore(doc, position.line);
    return SCENARIOS.flatMap((s) => s.prefixes.map((p) => item(s, p, range, withHeader)));
  }
}

function hasTextBefore(doc: vscode.TextDocument, line: number): boolean {
  for (let i = 0; i < line; i++) if (!doc.lineAt(i).isEmptyOrWhitespace) return true;
  return false;
}

/** The scenario's body without its front matter. */
export function withoutHeader(body: string): string {
  return body.replace(/^---\n[\s\S]*?\n---\n/, '');
}

function item(s: Scenario, prefix: string, range: vscode.Range, withHeader: boolean): vscode.CompletionItem {
  const it = new vscode.CompletionItem({ label: prefix, description: s.name }, vscode.CompletionItemKind.Snippet);
  it.insertText = new vscode.SnippetString(withHeader ? s.body : withoutHeader(s.body));
  it.detail = vscode.l10n.t('Boomerang — modèle de réponse');
  it.documentation = new vscode.MarkdownString().appendText(s.description);
  it.filterText = prefix;
  it.sortText = `${prefix}-${s.id}`;
  it.range = range;
  return it;
}
