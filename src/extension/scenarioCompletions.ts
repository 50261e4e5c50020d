// Scenario completions. The snippets are not contributed with
// `contributes.snippets`: with quick suggestions on in `[reponse]`, VS Code
// would offer them in the middle of every sentence. This provider reads the
// same JSON (bundled at build time, so it also works on the web) and offers the
// scenarios only at the start of a line, when what is typed there is a
// lower-case prefix (a sentence starts with a capital) or when suggestions are
// asked for explicitly (Ctrl+Espace).

import * as vscode from 'vscode';
import { SCENARIOS, scenarioPrefixAt, scenarioPreview, type Scenario } from '../core';

export class ScenarioCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
    // Quick suggestions and Ctrl+Espace both arrive as `Invoke`; an empty word
    // means Ctrl+Espace on an empty line. A capital starts a sentence.
    const typed = scenarioPrefixAt(doc.lineAt(position.line).text.slice(0, position.character));
    if (typed === undefined || context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter) return [];
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
  it.documentation = new vscode.MarkdownString().appendText(s.description).appendCodeblock(scenarioPreview(s), 'markdown');
  it.filterText = prefix;
  it.sortText = `${prefix}-${s.id}`;
  it.range = range;
  return it;
}
