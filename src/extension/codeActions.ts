// Quick fixes: the fixes the core attached to each finding, then « Ignorer
// ici » (a boomerang-disable-next-line comment) and « Désactiver la règle dans
// ce dossier de travail ».

import * as vscode from 'vscode';
import type { Finding } from '../core';
import { SOURCE } from './diagnostics';
import type { DiagnosticsController } from './diagnostics';

export const DISABLE_RULE_COMMAND = 'boomerang.disableRuleInWorkspace';

export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: DiagnosticsController) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const findings = this.diagnostics.findingsFor(doc) ?? [];
    const actions: vscode.CodeAction[] = [];
    const ignored: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const rule = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
      const finding = findings.find(
        (f) => f.rule === rule && doc.positionAt(f.start).isEqual(diagnostic.range.start) && doc.positionAt(f.end).isEqual(diagnostic.range.end),
      );
      if (finding) actions.push(...fixActions(doc, finding, diagnostic));
      ignored.push(ignoreHere(doc, rule, diagnostic), disableInWorkspace(rule, diagnostic));
    }
    return [...actions, ...ignored];
  }
}

function fixActions(doc: vscode.TextDocument, f: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  return f.fixes.map((fix) => {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    const edit = new vscode.WorkspaceEdit();
    for (const e of fix.edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
    action.edit = edit;
    action.diagnostics = [diagnostic];
    action.isPreferred = fix.preferred === true;
    return action;
  });
}

function ignoreHere(doc: vscode.TextDocument, rule: string, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(vscode.l10n.t('Ignorer ici ({0})', rule), vscode.CodeActionKind.QuickFix);
  const line = doc.lineAt(diagnostic.range.start.line);
  const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, line.range.start, `${indent}<!-- boomerang-disable-next-line ${rule} -->${eol}`);
  action.edit = edit;
  action.diagnostics = [diagnostic];
  return action;
}

function disableInWorkspace(rule: string, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(vscode.l10n.t('Désactiver la règle « {0} » dans ce dossier de travail', rule), vscode.CodeActionKind.QuickFix);
  action.command = { command: DISABLE_RULE_COMMAND, title: action.title, arguments: [rule] };
  action.diagnostics = [diagnostic];
  return action;
}

/** Turns a rule off in the workspace settings (`boomerang.rules`). */
export async function disableRuleInWorkspace(rule: unknown): Promise<void> {
  if (typeof rule !== 'string' || rule === '') return;
  const config = vscode.workspace.getConfiguration('boomerang');
  const current = config.inspect<Record<string, unknown>>('rules')?.workspaceValue ?? {};
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('rules', { ...current, [rule]: 'off' }, target);
}
