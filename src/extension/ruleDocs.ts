// The rule documentation, inside the product: every rule link (a diagnostic's
// code, the hovers' « En savoir plus ») is a command URI that opens
// docs/regles.md, shipped in the extension, in the Markdown preview beside the
// draft, at the rule's section. See ARCHITECTURE.md, « Rule documentation
// inside the product ».

import * as vscode from 'vscode';
import { closeRuleIds, ruleHeading, rulePage, rulePages, rulesDoc } from '../core';

export const OPEN_RULE_COMMAND = 'boomerang.ouvrirRegle';
/** Read-only documents holding the same page, for hosts that cannot read the extension's files. */
export const RULES_DOC_SCHEME = 'boomerang-regles';
const PAGE_PATH = ['docs', 'regles.md'] as const;

/** The target of a rule link: runs « boomerang.ouvrirRegle » with the rule's id. */
export function ruleLink(rule: string): vscode.Uri {
  return vscode.Uri.from({ scheme: 'command', path: OPEN_RULE_COMMAND, query: JSON.stringify([rule]) });
}

export class RuleDocs implements vscode.Disposable {
  private readonly provider: vscode.Disposable;

  constructor(private readonly extensionUri: vscode.Uri) {
    this.provider = vscode.workspace.registerTextDocumentContentProvider(RULES_DOC_SCHEME, { provideTextDocumentContent: () => rulesDoc() });
  }

  /**
   * Opens the documentation at `rule`'s section (a quick pick of the rules when
   * none is given) and returns the URI shown, or undefined when nothing opened.
   */
  async open(rule?: unknown): Promise<vscode.Uri | undefined> {
    const id = typeof rule === 'string' && rule !== '' ? rule : await pickRule();
    if (id === undefined) return undefined;
    if (!rulePage(id)) {
      const close = closeRuleIds(id);
      void vscode.window.showWarningMessage(
        close.length > 0
          ? vscode.l10n.t('Règle inconnue : « {0} ». Règles proches : {1}.', id, close.join(', '))
          : vscode.l10n.t('Règle inconnue : « {0} ».', id),
      );
      return undefined;
    }
    const page = (await this.pageUri()).with({ fragment: id });
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', page);
    } catch {
      // No Markdown preview (the built-in extension disabled): the page as text, at the rule's heading.
      const doc = await vscode.workspace.openTextDocument(page.with({ fragment: '' }));
      const line = Math.max(0, doc.getText().split('\n').indexOf(ruleHeading(id)));
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(line, 0, line, 0), preview: true });
    }
    return page;
  }

  /** docs/regles.md of the extension when it can be read, else the same page as a read-only document. */
  async pageUri(): Promise<vscode.Uri> {
    const file = vscode.Uri.joinPath(this.extensionUri, ...PAGE_PATH);
    try {
      await vscode.workspace.fs.stat(file);
      return file;
    } catch {
      return vscode.Uri.from({ scheme: RULES_DOC_SCHEME, path: '/regles.md' });
    }
  }

  dispose(): void {
    this.provider.dispose();
  }
}

async function pickRule(): Promise<string | undefined> {
  const items = rulePages().map((p) => ({ label: p.id, description: p.category, detail: p.description }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Documentation des règles'),
    placeHolder: vscode.l10n.t('Choisissez une règle'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.label;
}
