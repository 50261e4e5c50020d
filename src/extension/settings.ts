// Reads `boomerang.*` settings, validates them through the core, and tells the
// user once about each invalid value (the default is then used).

import * as vscode from 'vscode';
import { mergeRawOptions, resolveOptions, RULES, type AnalyzeOptions } from '../core';
import { USER_CONFIG_FILE, type UserConfig } from './userConfig';

export const DEFAULT_DEBOUNCE_MS = 250;

export interface EditorSettings {
  options: AnalyzeOptions;
  debounceMs: number;
}

export class Settings implements vscode.Disposable {
  private readonly reported = new Set<string>();
  private readonly cache = new Map<string, EditorSettings>();
  private readonly listener: vscode.Disposable;

  constructor(
    private readonly onChange: () => void,
    private readonly userConfig?: UserConfig,
  ) {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('boomerang')) this.invalidate();
    });
  }

  /** Drops cached settings and re-lints (settings or `.boomerang.json` changed). */
  invalidate(): void {
    this.cache.clear();
    this.reported.clear();
    this.onChange();
  }

  /** Settings for a document (folder settings apply per resource). */
  for(uri: vscode.Uri | undefined): EditorSettings {
    const key = uri ? (vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '') : '';
    let s = this.cache.get(key);
    if (!s) {
      s = this.read(uri);
      this.cache.set(key, s);
    }
    return s;
  }

  private read(uri: vscode.Uri | undefined): EditorSettings {
    const c = vscode.workspace.getConfiguration('boomerang', uri);
    const raw = {
      rules: c.get<unknown>('rules'),
      thresholds: c.get<unknown>('thresholds'),
      maxChars: c.get<unknown>('maxChars'),
      expressions: c.get<unknown>('expressions'),
      exceptions: c.get<unknown>('exceptions'),
      timeZone: c.get<unknown>('timeZone'),
      workingHours: c.get<unknown>('workingHours'),
      alsaceMoselle: c.get<unknown>('alsaceMoselle'),
    };
    // `.boomerang.json` lies under the settings: settings win key by key, expressions and exceptions add up.
    const file = this.userConfig?.for(uri);
    const problems: string[] = [];
    if (file?.error) problems.push(file.error);
    if (file?.raw !== undefined) problems.push(...resolveOptions(file.raw, RULES, USER_CONFIG_FILE).problems);
    problems.push(...resolveOptions(raw, RULES).problems);
    const { options } = resolveOptions(mergeRawOptions(file?.raw, raw), RULES);
    let debounceMs = DEFAULT_DEBOUNCE_MS;
    const d = c.get<unknown>('debounceMs');
    if (d !== undefined) {
      if (typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 10_000) debounceMs = d;
      else problems.push(vscode.l10n.t('boomerang.debounceMs : attendu un nombre entier de 0 à 10000 ; valeur par défaut ({0}) utilisée.', DEFAULT_DEBOUNCE_MS));
    }
    for (const p of problems) this.report(p);
    return { options, debounceMs };
  }

  private report(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    void vscode.window.showWarningMessage(vscode.l10n.t('Boomerang — réglage invalide : {0}', message));
  }

  dispose(): void {
    this.listener.dispose();
  }
}
