// Steps shared by the integration suite and the web-host suite: follow a rule
// link as a user does (a real click in the workbench page, through the
// harness) and see the rule's documentation open at its section.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { pageAction, ruleOf, waitForDiagnostics, waitForPage, waitForTab } from './util';

/** The documentation tab: the Markdown preview of regles.md. */
export function isRulesPreview(tab: vscode.Tab): boolean {
  return tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview') && tab.label.includes('regles.md');
}

/**
 * Waits for the draft's diagnostic of `rule` and checks that its code is a rule
 * link, not a web address. From another extension host (the web-worker one)
 * VS Code hands only the code's value to `getDiagnostics` (extHostTypeConverters
 * `Diagnostic.to`); the Problems panel still has the target: pass
 * `sameHost = false` and click it.
 */
export async function ruleDiagnostic(uri: vscode.Uri, rule: string, sameHost = true): Promise<vscode.Diagnostic> {
  const ds = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === rule), `the ${rule} diagnostic`);
  const d = ds.find((x) => ruleOf(x) === rule);
  assert.ok(d);
  if (!sameHost) return d;
  assert.ok(typeof d.code === 'object', `the code of ${rule}: ${JSON.stringify(d.code)}`);
  const target = d.code.target;
  assert.equal(target.scheme, 'command', `the code of ${rule} points to ${target.toString()}`);
  assert.equal(target.path, 'boomerang.ouvrirRegle');
  assert.deepEqual(JSON.parse(target.query), [rule]);
  return d;
}

/** Clicks the rule's link in the Problems panel, as a user does. */
export async function clickRuleInProblems(rule: string): Promise<void> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await pageAction({ click: '.markers-panel .monaco-link', hasText: rule, timeoutMs: 15_000 });
}

/**
 * Waits for the Markdown preview of the documentation and for the rule's
 * heading to sit at the top of it (the preview scrolled to the rule's section,
 * far down the page for most rules).
 */
export async function seeRuleSection(rule: string): Promise<void> {
  await waitForTab(isRulesPreview, 'the Markdown preview of regles.md', 20_000);
  await waitForPage(`h2#${rule}`, (h) => h.top >= -2 && h.top < h.viewportHeight / 3, `the heading of ${rule} at the top of the preview`, 20_000);
}
