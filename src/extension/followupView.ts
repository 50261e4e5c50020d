// The « Suivi » view: the workspace's drafts grouped by recipient, with their
// status and dates, the next sensible contact and what is overdue; and the
// quiet reminder at start-up. It reads the workspace index (headers only,
// updated after the typing pause), never the files: the core's
// `followupTable` does the rest.

import * as vscode from 'vscode';
import {
  DUE_STATE_LABELS,
  entryLine,
  fileName,
  followupReminder,
  followupTable,
  groupHeadline,
  nextLine,
  type FollowupEntry,
  type FollowupTable,
  type RecipientGroup,
} from '../core';
import { FOLLOWUP_COMMANDS, type FollowupNode } from './followup';
import type { Settings } from './settings';
import type { DraftIndex } from './workspaceIndex';

export const VIEW_ID = 'boomerang.suivi';
/** Off switch of the start-up reminder. */
export const REMINDER_SETTING = 'followUpReminder';
const LAST_REMINDER_KEY = 'boomerang.lastFollowUpReminder';
/** Index bursts (the first scan, a folder of new drafts) are coalesced. */
const REFRESH_DELAY_MS = 150;
/** States change with the day: the table is recomputed now and then even when nothing is edited. */
const CLOCK_REFRESH_MS = 15 * 60_000;

export class FollowupView implements vscode.TreeDataProvider<FollowupNode>, vscode.Disposable {
  private table: FollowupTable | undefined;
  private readonly emitter = new vscode.EventEmitter<FollowupNode | undefined>();
  private readonly updated = new vscode.EventEmitter<FollowupTable>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly clock: ReturnType<typeof setInterval>;
  readonly onDidChangeTreeData = this.emitter.event;
  /** Fires after the table was recomputed (tests, the reminder). */
  readonly onDidUpdate = this.updated.event;
  readonly view: vscode.TreeView<FollowupNode>;

  constructor(
    private readonly index: DraftIndex,
    private readonly settings: Settings,
  ) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.emitter,
      this.updated,
      index.onDidChange(() => this.schedule()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('boomerang')) this.schedule();
      }),
    );
    this.clock = setInterval(() => this.schedule(), CLOCK_REFRESH_MS);
    void index.ready.then(() => this.refresh());
  }

  /** The table as it stands (computed on first use). */
  current(): FollowupTable {
    this.table ??= this.compute();
    return this.table;
  }

  /** The recipient group of a draft. */
  groupOf(uri: vscode.Uri): RecipientGroup | undefined {
    const key = uri.toString();
    return this.current().groups.find((g) => g.entries.some((e) => e.file === key));
  }

  private compute(): FollowupTable {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const { options } = this.settings.for(folder);
    return followupTable(this.index.all(), options, new Date());
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, REFRESH_DELAY_MS);
  }

  /** Recomputes the table from the index and redraws the view. */
  refresh(): void {
    this.table = this.compute();
    const due = this.table.groups.filter((g) => g.next && g.next.state !== 'a-venir').length;
    this.view.badge = due > 0 ? { value: due, tooltip: vscode.l10n.t('{0} destinataire(s) à recontacter maintenant ou en retard', due) } : undefined;
    this.view.message = undefined;
    this.emitter.fire(undefined);
    this.updated.fire(this.table);
  }

  getChildren(node?: FollowupNode): FollowupNode[] {
    const table = this.current();
    if (!node) {
      const groups: FollowupNode[] = table.groups.map((group) => ({ kind: 'group', group }));
      if (table.unassigned.length > 0) groups.push({ kind: 'unassigned' });
      return groups;
    }
    if (node.kind === 'group') return node.group.entries.map((e) => ({ kind: 'draft', uri: vscode.Uri.parse(e.file), group: node.group }));
    if (node.kind === 'unassigned') return table.unassigned.map((e) => ({ kind: 'draft', uri: vscode.Uri.parse(e.file) }));
    return [];
  }

  getParent(node: FollowupNode): FollowupNode | undefined {
    if (node.kind !== 'draft') return undefined;
    return node.group ? { kind: 'group', group: node.group } : { kind: 'unassigned' };
  }

  getTreeItem(node: FollowupNode): vscode.TreeItem {
    if (node.kind === 'group') return groupItem(node.group);
    if (node.kind === 'unassigned') {
      const item = new vscode.TreeItem(vscode.l10n.t('Sans destinataire'), vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon('question');
      item.tooltip = vscode.l10n.t('Ajoutez « destinataire: » à l’en-tête de ces brouillons pour les regrouper.');
      item.contextValue = 'unassigned';
      return item;
    }
    const key = node.uri.toString();
    const entry = (node.group?.entries ?? this.current().unassigned).find((e) => e.file === key);
    return entry ? draftItem(node.uri, entry) : new vscode.TreeItem(node.uri);
  }

  /** What the start-up reminder would say, or undefined when nothing is due. */
  reminderText(): string | undefined {
    const r = followupReminder(this.current());
    const parts: string[] = [];
    if (r.checkIns.length > 0) parts.push(vscode.l10n.t('check-in à faire : {0}', r.checkIns.map((g) => g.label).join(', ')));
    const today = r.planned.filter((e) => e.due === 'maintenant').length;
    const late = r.planned.length - today;
    if (today > 0) parts.push(today === 1 ? vscode.l10n.t('1 envoi prévu aujourd’hui') : vscode.l10n.t('{0} envois prévus aujourd’hui', today));
    if (late > 0) parts.push(late === 1 ? vscode.l10n.t('1 envoi prévu en retard') : vscode.l10n.t('{0} envois prévus en retard', late));
    return parts.length > 0 ? vscode.l10n.t('Suivi Boomerang : {0}.', parts.join(' ; ')) : undefined;
  }

  /**
   * Once a day per workspace, after the first scan: one quiet notification
   * when a check-in is due or a send is planned for today.
   */
  async remind(state: vscode.Memento): Promise<void> {
    await this.index.ready;
    if (!vscode.workspace.getConfiguration('boomerang').get<boolean>(REMINDER_SETTING, true)) return;
    this.refresh();
    const text = this.reminderText();
    if (!text) return;
    const today = this.current().now.toISOString().slice(0, 10);
    if (state.get<string>(LAST_REMINDER_KEY) === today) return;
    await state.update(LAST_REMINDER_KEY, today);
    const open = vscode.l10n.t('Ouvrir le suivi');
    const off = vscode.l10n.t('Ne plus me le rappeler');
    const choice = await vscode.window.showInformationMessage(text, open, off);
    if (choice === open) await vscode.commands.executeCommand(FOLLOWUP_COMMANDS.openView);
    else if (choice === off) await vscode.workspace.getConfiguration('boomerang').update(REMINDER_SETTING, false, vscode.ConfigurationTarget.Global);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    clearInterval(this.clock);
    for (const d of this.disposables) d.dispose();
  }
}

function groupItem(g: RecipientGroup): vscode.TreeItem {
  const item = new vscode.TreeItem(g.label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `group:${g.key}`;
  item.description = g.next ? nextLine(g.next) : vscode.l10n.t('rien de prévu');
  const state = g.next?.state;
  item.iconPath =
    state === 'en-retard'
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
      : state === 'maintenant'
        ? new vscode.ThemeIcon('bell-dot')
        : new vscode.ThemeIcon('person');
  const md = new vscode.MarkdownString();
  md.appendText(groupHeadline(g));
  if (g.email) md.appendText(`\n${g.email}`);
  for (const e of g.entries) md.appendText(`\n• ${fileName(e.file)} — ${entryLine(e)}`);
  item.tooltip = md;
  item.contextValue = g.next?.kind === 'envoi' ? 'group' : 'group.checkin';
  item.accessibilityInformation = { label: `${g.label}, ${g.next ? `${DUE_STATE_LABELS[g.next.state]}, ${g.next.text}` : vscode.l10n.t('rien de prévu')}` };
  return item;
}

function draftItem(uri: vscode.Uri, e: FollowupEntry): vscode.TreeItem {
  const item = new vscode.TreeItem(fileName(e.file), vscode.TreeItemCollapsibleState.None);
  item.id = `draft:${e.file}`;
  item.resourceUri = uri;
  item.description = entryLine(e);
  item.tooltip = `${fileName(e.file)}\n${entryLine(e)}`;
  item.iconPath =
    e.status === 'envoye'
      ? new vscode.ThemeIcon('pass')
      : e.due === 'en-retard'
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
        : e.status === 'planifie'
          ? new vscode.ThemeIcon('calendar')
          : new vscode.ThemeIcon('edit');
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Ouvrir le brouillon'), arguments: [uri] };
  item.contextValue = `draft.${e.status}`;
  return item;
}
