// Latency in the real editor: the time from an edit to the diagnostics that
// reflect it, minus the wait before analysis, on a 1 KB and a 1 MB draft. Two
// ends are timed: when the extension hands the diagnostics to VS Code (its
// `onDidAnalyze`, right after `DiagnosticCollection.set`, which sends them to the
// window at once), and when `languages.onDidChangeDiagnostics` fires in the
// extension host (VS Code debounces that event by 50 ms).
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
      const published: number[] = [];
      const waits: number[] = [];
      const roundTrips: number[] = [];
      const out = process.env.BOOMERANG_LATENCY_OUT;
      const edits = out && chars === 1_000 ? 50 : 3;
      for (let i = 0; i < edits; i++) {
        // The wait before analysis: the debounce, longer for a large document (src/extension/pacing.ts).
        waits.push(analysisDelay(debounceMs(), api.diagnostics.lastAnalysisMs?.(doc)));
        const before = boomerangDiagnostics(doc.uri).filter((d) => ruleOf(d) === 'champ-a-remplir').length;
        const at = doc.lineAt(2).range.end;
        const requested = performance.now();
        // The extension sees the edit when VS Code reports the change, after a round trip through the window.
        let changed = 0;
        let analyzed = 0;
        const sub = vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document === doc && changed === 0) changed = performance.now();
        });
        const sub2 = api.diagnostics.onDidAnalyze((d) => {
          if (d === doc && changed > 0 && analyzed === 0) analyzed = performance.now();
        });
        const done = waitFor(vscode.languages.onDidChangeDiagnostics, () => boomerangDiagnostics(doc.uri).filter((d) => ruleOf(d) === 'champ-a-remplir').length === before + 1, 'the new placeholder to be flagged', 30_000);
        try {
          assert.ok(await editor.edit((b) => b.insert(at, ` [X${i}]`)));
          await done;
        } finally {
          sub.dispose();
          sub2.dispose();
        }
        const now = performance.now();
        const from = changed || requested;
        samples.push(now - from);
        published.push((analyzed || now) - from);
        roundTrips.push(from - requested);
      }
      const ms = (v: number) => Math.round(v * 10) / 10;
      const quantiles = (values: number[]) => {
        const net = values.map((v, i) => v - waits[i]).sort((a, b) => a - b);
        const at = (q: number) => ms(net[Math.min(net.length - 1, Math.floor(q * net.length))]);
        return { net: net.map(ms), median: at(0.5), p95: at(0.95) };
      };
      const pub = quantiles(published);
      const event = quantiles(samples);
      console.log(
        `[latence] ${label} (${doc.getText().length.toLocaleString('fr-FR')} caractères, ${edits} modifications) : modification reçue → diagnostics remis à VS Code ${published.slice(0, 5).map(ms).join(' / ')} ms, ` +
          `→ événement onDidChangeDiagnostics ${samples.slice(0, 5).map(ms).join(' / ')} ms ; attente avant analyse ${waits.slice(0, 5).join(' / ')} ms (réglage ${debounceMs()} ms) ; ` +
          `au-delà de l’attente, médiane ${pub.median} ms (p95 ${pub.p95} ms) jusqu’aux diagnostics, ${event.median} ms (p95 ${event.p95} ms) jusqu’à l’événement ; ` +
          `aller-retour de l’édition par la fenêtre ${roundTrips.slice(0, 5).map(ms).join(' / ')} ms`,
      );
      if (out && chars === 1_000) {
        // The usual wait: the median (the first edits may wait longer, paced by the first analysis of the process).
        const usual = [...waits].sort((a, b) => a - b)[waits.length >> 1];
        writeFileSync(out, JSON.stringify({ samples: pub.net, debounceMs: usual, medianMs: pub.median, p95Ms: pub.p95, eventMedianMs: event.median, eventP95Ms: event.p95 }));
      }
      assert.equal(samples.length, edits);
    });
  }
});
