// Latency in the real editor: the time from an edit to the diagnostics event
// that reflects it, minus the wait before analysis, on a 1 KB and a 1 MB draft.
// A figure printed for the record, not a pass/fail threshold; the test fails
// only if the diagnostics never come (the editor froze or dropped the edit).
// With BOOMERANG_LATENCY_OUT (set by `npm run bench`), the 1 KB draft takes 50
// edits and the figures are written to that file as JSON.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { analysisDelay } from '../../../src/extension/pacing';
import { activateExtension, boomerangDiagnostics, closeAllEditors, ruleOf, waitFor, waitForAnalysis, type Api } from './util';

const PARAGRAPH =
  'Merci d’avoir pris le temps de me répondre. Je comprends votre décision et vous remercie pour la considération portée à ma candidature. ' +
  'Si c’est possible, auriez-vous un ou deux retours concrets sur mon dossier ? Je reste disponible si vos besoins évoluent à l’avenir.\n\n';

function draftOf(chars: number): string {
  const head = 'Objet : Merci pour votre retour\n\nBonjour Madame Martin,\n\n';
  const tail = 'Bien cordialement,\nCamille Durand – 06 12 34 56 78\n';
  return head + PARAGRAPH.repeat(Math.max(1, Math.floor((chars - head.length - tail.length) / PARAGRAPH.length))) + tail;
}

/** The configured debounce (boomerang.debounceMs), as the extension reads it. */
function debounceMs(): number {
  const d = vscode.workspace.getConfiguration('boomerang').get<number>('debounceMs');
  return typeof d === 'number' ? d : 250;
}

describe('latency from an edit to its diagnostics', () => {
  let api: Api;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(closeAllEditors);

  for (const [label, chars] of [
    ['1 Ko', 1_000],
    ['1 Mo', 1_000_000],
  ] as const) {
    it(`measures it on a ${label} draft`, async function () {
      this.timeout(60_000);
      const doc = await vscode.workspace.openTextDocument({ language: 'reponse', content: draftOf(chars) });
      const editor = await vscode.window.showTextDocument(doc);
      // The analysis at opening also tells how long one analysis takes.
      await waitForAnalysis(api, doc, 30_000);
      const samples: number[] = [];
      const waits: number[] = [];
      const roundTrips: number[] = [];
      const out = process.env.BOOMERANG_LATENCY_OUT;
      const edits = out && chars === 1_000 ? 50 : 3;
      for (let i = 0; i < edits; i++) {
        // The wait before analysis: the debounce, longer for a large document (src/extension/pacing.ts).
        waits.push(analysisDelay(debounceMs(), api.diagnostics.lastAnalysisMs?.(doc)));
        const before = boomerangDiagnostics(doc.uri).filter((d) => ruleOf(d) === 'champ-a-remplir').length;
        const at = doc.lineAt(2).range.end;
        const requested = Date.now();
        // The extension sees the edit when VS Code reports the change, after a round trip through the window.
        let changed = 0;
        const sub = vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document === doc && changed === 0) changed = Date.now();
        });
        const done = waitFor(vscode.languages.onDidChangeDiagnostics, () => boomerangDiagnostics(doc.uri).filter((d) => ruleOf(d) === 'champ-a-remplir').length === before + 1, 'the new placeholder to be flagged', 30_000);
        try {
          assert.ok(await editor.edit((b) => b.insert(at, ` [X${i}]`)));
          await done;
        } finally {
          sub.dispose();
        }
        const now = Date.now();
        samples.push(now - (changed || requested));
        roundTrips.push((changed || requested) - requested);
      }
      const net = samples.map((s, i) => s - waits[i]).sort((a, b) => a - b);
      const at = (q: number) => net[Math.min(net.length - 1, Math.floor(q * net.length))];
      console.log(
        `[latence] ${label} (${doc.getText().length.toLocaleString('fr-FR')} caractères, ${edits} modifications) : modification reçue → diagnostics ${samples.slice(0, 5).join(' / ')} ms ; ` +
          `attente avant analyse ${waits.slice(0, 5).join(' / ')} ms (réglage ${debounceMs()} ms) ; net médian ${at(0.5)} ms, p95 ${at(0.95)} ms ; ` +
          `aller-retour de l’édition par la fenêtre ${roundTrips.slice(0, 5).join(' / ')} ms`,
      );
      if (out && chars === 1_000) writeFileSync(out, JSON.stringify({ samples: net, debounceMs: waits[0], medianMs: at(0.5), p95Ms: at(0.95) }));
      assert.equal(samples.length, edits);
    });
  }
});
