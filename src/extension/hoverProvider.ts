// Hovers: renders what the core's `hoverAt` says about the part of the draft
// under the cursor, using the findings the diagnostics already computed.

import * as vscode from 'vscode';
import { hoverAt, parseDraft, type HoverContext, type HoverInfo } from '../core';
import type { DiagnosticsController } from './diagnostics';
import { isDraft } from './documents';
import { OPEN_RULE_COMMAND, ruleLink } from './ruleDocs';

/** Escapes text for a Markdown hover (the draft's own words must not become links or markup). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

export function renderHover(info: HoverInfo): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  // Only the rule links may run a command (no command link can come from the draft: its text is escaped).
  md.isTrusted = { enabledCommands: [OPEN_RULE_COMMAND] };
  info.sections.forEach((section, i) => {
    if (i > 0) md.appendMarkdown('\n\n---\n\n');
    md.appendMarkdown(`**${escapeMarkdown(section.title)}**\n\n`);
    for (const line of section.lines) {
      const label = line.label ? `*${escapeMarkdown(line.label)}*${line.text ? ' : ' : ''}` : '';
      md.appendMarkdown(`${line.item ? '- ' : ''}${label}${escapeMarkdown(line.text)}\n\n`);
    }
    if (section.rules?.length) {
      const links = section.rules.map((rule) => `[${escapeMarkdown(rule)}](${ruleLink(rule).toString()} "${vscode.l10n.t('Ouvrir la documentation de la règle')}")`);
      md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('En savoir plus :'))} ${links.join(', ')}\n\n`);
    }
  });
  return md;
}

export class ChecklistHoverProvider implements vscode.HoverProvider {
  /** `context.sendWindow` may be set by the timing checks to show the send window on `refus_recu`. */
  constructor(
    private readonly diagnostics: DiagnosticsController,
    readonly context: HoverContext = {},
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isDraft(doc)) return undefined;
    // The draft and the findings of the current analysis: no second parse.
    const analysis = this.diagnostics.currentAnalysis(doc);
    const info = analysis ? hoverAt(analysis.draft, analysis.findings, doc.offsetAt(position), this.context) : hoverAt(parseDraft(doc.getText()), [], doc.offsetAt(position), this.context);
    if (!info) return undefined;
    return new vscode.Hover(renderHover(info), new vscode.Range(doc.positionAt(info.start), doc.positionAt(info.end)));
  }
}
