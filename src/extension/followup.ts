// After the draft: « Copier le message », « Copier l’objet », « Ouvrir dans la
// messagerie », « Marquer comme envoyé », « Ajouter au calendrier » and
// « Préparer le check-in ». Thin adapters over src/core/followup: the core
// renders the text, builds the link, the header edit, the table and the event;
// this file reads documents, talks to the user and writes through
// vscode.workspace (clipboard and external links through vscode.env), so all
// of it works in VS Code for the web too.

import * as vscode from 'vscode';
import {
  calendarEvent,
  eventFor,
  fileName,
  frontMatterDateTime,
  inZone,
  mailtoUrl,
  MAX_MAILTO_LENGTH,
  parseHeader,
  plainMessage,
  setHeaderField,
  stableId,
  summarizeText,
  channelLabel,
  type CalendarTarget,
  type RecipientGroup,
} from '../core';
import type { DiagnosticsController } from './diagnostics';
import { isDraft } from './documents';
import { newReply } from './newReply';
import { computeReport } from './reportPanel';
import type { Settings } from './settings';

export const FOLLOWUP_COMMANDS = {
  copyMessage: 'boomerang.copierMessage',
  copySubject: 'boomerang.copierObjet',
  openMail: 'boomerang.ouvrirMessagerie',
  markSent: 'boomerang.marquerEnvoye',
  addToCalendar: 'boomerang.ajouterCalendrier',
  prepareCheckIn: 'boomerang.preparerCheckin',
  openView: 'boomerang.ouvrirSuivi',
} as const;

/** A node of the « Suivi » view, as the commands receive it from its context menu. */
export type FollowupNode = { kind: 'group'; group: RecipientGroup } | { kind: 'draft'; uri: vscode.Uri; group?: RecipientGroup } | { kind: 'unassigned' };

/** Asks the user to confirm sending a draft whose verdict is not « Prêt à envoyer »; true to go on. */
export type SendConfirmation = (verdict: { label: string; reason: string }, doc: vscode.TextDocument) => Thenable<boolean>;

export interface FollowupDeps {
  diagnostics: DiagnosticsController;
  settings: Settings;
  /** The recipient group of a draft, from the view's table. */
  groupOf(uri: vscode.Uri): RecipientGroup | undefined;
  /** Opens the report of a draft (« Vérifier le ton »). */
  showReport(doc: vscode.TextDocument): void;
}

function isNode(arg: unknown): arg is FollowupNode {
  return typeof arg === 'object' && arg !== null && 'kind' in arg && typeof (arg as { kind: unknown }).kind === 'string';
}

/** The draft a command applies to: a URI (menus), a node of the view, else the active draft. */
export async function targetDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  let uri: vscode.Uri | undefined;
  if (arg instanceof vscode.Uri) uri = arg;
  else if (isNode(arg) && arg.kind === 'draft') uri = arg.uri;
  if (uri) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open;
    try {
      return await vscode.workspace.openTextDocument(uri);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Impossible d’ouvrir le brouillon : {0}', e instanceof Error ? e.message : String(e)));
      return undefined;
    }
  }
  const active = vscode.window.activeTextEditor?.document;
  if (active && isDraft(active)) return active;
  void vscode.window.showInformationMessage(vscode.l10n.t('Ouvrez un brouillon de réponse (*.reponse.md) d’abord, ou choisissez-le dans la vue « Suivi ».'));
  return undefined;
}

/** « Copier le message »: the message as the recipient reads it; returns the text copied. */
export async function copyMessage(arg?: unknown): Promise<string | undefined> {
  const doc = await targetDocument(arg);
  if (!doc) return undefined;
  const { body, subject } = plainMessage(doc.getText());
  if (body.trim() === '') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Ce brouillon n’a pas encore de texte à copier.'));
    return undefined;
  }
  await vscode.env.clipboard.writeText(body);
  const lines = body.split('\n').length;
  vscode.window.setStatusBarMessage(
    subject !== undefined
      ? vscode.l10n.t('Message copié ({0} lignes, sans l’objet : « Copier l’objet » le copie à part).', lines)
      : vscode.l10n.t('Message copié ({0} lignes).', lines),
    5000,
  );
  return body;
}

/** « Copier l’objet »: the `Objet :` line's text; returns it. */
export async function copySubject(arg?: unknown): Promise<string | undefined> {
  const doc = await targetDocument(arg);
  if (!doc) return undefined;
  const { subject } = plainMessage(doc.getText());
  if (!subject) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Ce brouillon n’a pas de ligne « Objet : » (un message LinkedIn ou un SMS n’en a pas).'));
    return undefined;
  }
  await vscode.env.clipboard.writeText(subject);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Objet copié : {0}', subject), 5000);
  return subject;
}

/** What « Ouvrir dans la messagerie » did: the link it opened, or the text it copied instead. */
export type OpenMailResult = { opened: string } | { copied: string; reason: 'channel' | 'too-long' } | undefined;

/**
 * « Ouvrir dans la messagerie »: a mail draft opens in the mail client with its
 * address, subject and text; a LinkedIn or SMS draft, or a mail too long for a
 * mailto link, is copied instead, and the user is told.
 */
export async function openInMailClient(arg?: unknown): Promise<OpenMailResult> {
  const doc = await targetDocument(arg);
  if (!doc) return undefined;
  const text = doc.getText();
  const { meta } = parseHeader(text);
  const { subject, body } = plainMessage(text);
  if (meta.channel !== 'mail') {
    await vscode.env.clipboard.writeText(body);
    void vscode.window.showInformationMessage(
      meta.channel === 'telephone'
        ? vscode.l10n.t('Un appel ne passe pas par la messagerie : le texte est copié, il vous servira de trame.')
        : vscode.l10n.t('Un message {0} ne s’envoie pas par la messagerie : le texte est copié, collez-le dans {0}.', channelLabel(meta.channel)),
    );
    return { copied: body, reason: 'channel' };
  }
  const link = mailtoUrl(meta.email, subject, body);
  if (!link.ok) {
    const copy = vscode.l10n.t('Copier le message');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Ce message est trop long pour un lien « mailto: » ({0} caractères, {1} au plus pour les messageries courantes).', link.length, MAX_MAILTO_LENGTH),
      copy,
    );
    if (choice !== copy) return undefined;
    await vscode.env.clipboard.writeText(body);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Message copié : collez-le dans votre messagerie.'), 5000);
    return { copied: body, reason: 'too-long' };
  }
  // The string is handed over as it is: VS Code opens a string target unchanged, while a Uri would be
  // re-encoded (toString(true) then encodeURI), which breaks « ? », « # » and « & » inside the subject or the text.
  const opened = await vscode.env.openExternal(link.url as unknown as vscode.Uri);
  if (!opened) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Aucune messagerie n’a ouvert le message : utilisez « Copier le message ».'));
  }
  return { opened: link.url };
}

/** Asks with a modal dialog: the verdict, and « Marquer comme envoyé quand même » or « Voir le rapport ». */
function askConfirmation(deps: FollowupDeps): SendConfirmation {
  return async (verdict, doc) => {
    const anyway = vscode.l10n.t('Marquer comme envoyé quand même');
    const report = vscode.l10n.t('Voir le rapport');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Verdict : {0}', verdict.label),
      { modal: true, detail: vscode.l10n.t('{0}\n\nMarquer ce brouillon comme envoyé quand même ?', verdict.reason) },
      anyway,
      report,
    );
    if (choice === report) deps.showReport(doc);
    return choice === anyway;
  };
}

/**
 * « Marquer comme envoyé »: writes `envoye:` with the current time of
 * `boomerang.timeZone` as one edit (one undo step), after showing the verdict
 * when it is not « Prêt à envoyer ». Returns the value written.
 */
export async function markSent(deps: FollowupDeps, arg?: unknown, confirm?: SendConfirmation): Promise<string | undefined> {
  const doc = await targetDocument(arg);
  if (!doc) return undefined;
  const { options } = deps.settings.for(doc.uri);
  const verdict = computeReport(deps.diagnostics, deps.settings, doc).verdict;
  if (verdict.kind !== 'ready') {
    const ok = await (confirm ?? askConfirmation(deps))(verdict, doc);
    if (!ok) return undefined;
  }
  const value = frontMatterDateTime(inZone(new Date(), options.timeZone));
  const e = setHeaderField(doc.getText(), 'envoye', value);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Impossible d’écrire « envoye » dans ce brouillon.'));
    return undefined;
  }
  vscode.window.setStatusBarMessage(vscode.l10n.t('Marqué comme envoyé ({0}). Annuler (Ctrl+Z) retire la date.', value), 5000);
  return value;
}

/**
 * « Préparer le check-in »: a new draft from the check-in scenario for the
 * recipient of a group (or of a draft), same channel and address, planned on
 * the first business day of the check-in window.
 */
export async function prepareCheckIn(deps: FollowupDeps, arg?: unknown): Promise<vscode.TextDocument | undefined> {
  let group: RecipientGroup | undefined;
  if (isNode(arg) && arg.kind === 'group') group = arg.group;
  else {
    const doc = await targetDocument(arg);
    if (!doc) return undefined;
    group = deps.groupOf(doc.uri);
    if (!group) {
      const recipient = summarizeText(doc.uri.toString(), doc.getText()).recipient;
      void vscode.window.showInformationMessage(
        recipient
          ? vscode.l10n.t('Le suivi de {0} n’est pas encore calculé : réessayez dans un instant.', recipient)
          : vscode.l10n.t('Ajoutez « destinataire: » à l’en-tête de ce brouillon pour préparer un check-in.'),
      );
      return undefined;
    }
  }
  const refusal = group.entries.find((e) => e.refusalReceived)?.refusalReceived;
  const p = (n: number) => String(n).padStart(2, '0');
  const refusRecu = refusal ? `${refusal.year}-${p(refusal.month)}-${p(refusal.day)}${refusal.hasTime ? ` ${p(refusal.hour)}:${p(refusal.minute)}` : ''}` : undefined;
  const envoiPrevu = group.next?.kind === 'check-in' ? group.next.suggestedSend : undefined;
  if (group.next?.kind === 'envoi') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Un message à {0} est déjà prévu ({1}) : le check-in viendra après.', group.label, group.next.text));
  }
  return newReply({ scenario: 'checkin', destinataire: group.label, refusRecu, canal: group.channel, envoiPrevu, email: group.email });
}

/** « Ajouter au calendrier »: an .ics file next to the draft, for its planned send or its recipient’s check-in. */
export async function addToCalendar(deps: FollowupDeps, arg?: unknown): Promise<vscode.Uri | undefined> {
  let group: RecipientGroup | undefined;
  let doc: vscode.TextDocument | undefined;
  if (isNode(arg) && arg.kind === 'group') group = arg.group;
  else {
    doc = await targetDocument(arg);
    if (!doc) return undefined;
    group = deps.groupOf(doc.uri);
  }
  const target = calendarTarget(doc, group, deps);
  if (!target) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Rien à mettre au calendrier : planifiez l’envoi (« envoi_prevu ») ou marquez le message comme envoyé pour obtenir la date du check-in.'),
    );
    return undefined;
  }
  const source = doc?.uri ?? (group?.lastSent ? vscode.Uri.parse(group.lastSent.file) : undefined);
  const folder = source && source.scheme !== 'untitled' ? vscode.Uri.joinPath(source, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = target.kind === 'envoi' ? `${fileName(target.file).replace(/\.reponse\.md$/, '')}.envoi.ics` : `check-in-${stableId(target.recipient)}.ics`;
  const ics = calendarEvent(eventFor(target, source ? fileName(source.path) : name, new Date()));
  if (!folder) {
    await vscode.env.clipboard.writeText(ics);
    void vscode.window.showInformationMessage(vscode.l10n.t('Aucun dossier ouvert : l’événement (format .ics) est copié dans le presse-papiers.'));
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder, name);
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ics));
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Impossible d’écrire {0} : {1}', name, e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  const reveal = vscode.l10n.t('Afficher le fichier');
  void vscode.window
    .showInformationMessage(vscode.l10n.t('Événement enregistré dans {0} : ouvrez-le avec votre agenda (ou importez-le).', name), reveal)
    .then((c) => (c === reveal ? vscode.commands.executeCommand('revealInExplorer', uri) : undefined));
  return uri;
}

function calendarTarget(doc: vscode.TextDocument | undefined, group: RecipientGroup | undefined, deps: FollowupDeps): CalendarTarget | undefined {
  if (doc) {
    const text = doc.getText();
    const { meta } = parseHeader(text);
    if (meta.plannedSend && !meta.sentAt) {
      const zone = deps.settings.for(doc.uri).options.timeZone;
      const entry = group?.entries.find((e) => e.file === doc.uri.toString());
      const moment = entry?.moment ?? inZone(Date.UTC(meta.plannedSend.year, meta.plannedSend.month - 1, meta.plannedSend.day, 12), zone);
      return {
        kind: 'envoi',
        recipient: meta.recipient,
        channel: channelLabel(meta.channel),
        file: doc.uri.toString(),
        moment,
        allDay: !meta.plannedSend.hasTime,
        subject: plainMessage(text).subject,
      };
    }
  }
  const next = group?.next;
  if (group && next?.kind === 'check-in' && next.suggestedMoment) {
    return {
      kind: 'check-in',
      recipient: group.label,
      channel: channelLabel(group.channel),
      moment: next.suggestedMoment,
      windowText: next.text,
      lastSentText: group.lastSent?.dateText,
    };
  }
  return undefined;
}

/** Registers the commands; `confirm` replaces the dialog (tests). */
export function registerFollowupCommands(deps: FollowupDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(FOLLOWUP_COMMANDS.copyMessage, (arg?: unknown) => copyMessage(arg)),
    vscode.commands.registerCommand(FOLLOWUP_COMMANDS.copySubject, (arg?: unknown) => copySubject(arg)),
    vscode.commands.registerCommand(FOLLOWUP_COMMANDS.openMail, (arg?: unknown) => openInMailClient(arg)),
    vscode.commands.registerCommand(FOLLOWUP_COMMANDS.markSent, (arg?: unknown) => markSent(deps, arg)),
    vscode.commands.registerCommand(FOLLOWUP_COMMANDS.prepareCheckIn, (arg?: unknown) => prepareCheckIn(deps, arg)),
    vscode.commands.registerCommand(FOLLOWUP_COMMANDS.addToCalendar, (arg?: unknown) => addToCalendar(deps, arg)),
  ];
}

