import * as assert from 'node:assert/strict';
import { analyzeDraft, buildReport, defaultOptions } from '../../src/core';
import { contentSecurityPolicy, escapeHtml, makeNonce, parseWebviewMessage, reportBody, reportHtml, type L10n, type ReportView } from '../../src/extension/reportHtml';

/** Stands in for vscode.l10n: the French source string with {0}, {1} filled in. */
const l10n: L10n = { t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) };

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const NONCE = 'AbCdEf0123456789AbCdEf0123456789';
const RESOURCES = {
  cspSource: CSP_SOURCE,
  nonce: NONCE,
  styleUri: `${CSP_SOURCE}/ext/media/report.css`,
  scriptUri: `${CSP_SOURCE}/ext/media/report.js`,
};

function view(text: string, fileName = 'essai.reponse.md', state: ReportView['state'] = 'live'): ReportView {
  const options = defaultOptions();
  return { data: buildReport(analyzeDraft(text, options)), fileName, version: 3, state, l10n };
}

const HOSTILE = `---
canal: mail
destinataire: <img src=x onerror="alert(1)">
---
Objet : <script>alert('objet')</script>

Bonjour [Nom],

Merci [<script>alert(document.cookie)</script>] et [<img src=x onerror=alert(2)>].
Je reste disponible " onmouseover="alert(3)

Bien cordialement,
</textarea><iframe src="javascript:alert(4)"></iframe>
`;

/** Tags the page is made of: anything else came from the draft. */
const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'link', 'title', 'body', 'div', 'main', 'header', 'section', 'h1', 'h2', 'h3', 'p', 'span', 'strong', 'dl', 'dt', 'dd', 'ol', 'ul', 'li', 'button', 'script']);

describe('report webview HTML', () => {
  it('shows a hostile draft as text: no foreign tag, no event handler, one script with the nonce', () => {
    const html = reportHtml(view(HOSTILE, '"><img src=x onerror=alert(5)>.reponse.md'), RESOURCES);
    const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase());
    assert.deepEqual(
      tags.filter((t) => !ALLOWED_TAGS.has(t)),
      [],
    );
    // Attributes: no on* handler, no style, no javascript: URL anywhere inside a tag.
    for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
      assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, tag);
      assert.doesNotMatch(tag, /\sstyle\s*=/i, tag);
      assert.doesNotMatch(tag, /javascript:/i, tag);
    }
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepEqual(scripts, [`<script nonce="${NONCE}" src="${RESOURCES.scriptUri}">`]);
    // The draft's text is there, escaped.
    assert.ok(html.includes('[&lt;script&gt;alert(document.cookie)&lt;/script&gt;]'));
    assert.ok(html.includes('[&lt;img src=x onerror=alert(2)&gt;]'));
    assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(5)&gt;.reponse.md'));
    // A fix title carries the recipient of the header: escaped too.
    assert.ok(html.includes('Corriger : Remplacer par « &lt;img src=x onerror=&quot;alert(1)&quot;&gt; »'), 'fix title escaped');
  });

  it('carries the strict Content-Security-Policy with the nonce', () => {
    const html = reportHtml(view('Bonjour,\n\nMerci.\n'), RESOURCES);
    const csp = `default-src 'none'; style-src ${CSP_SOURCE}; script-src 'nonce-${NONCE}'; img-src ${CSP_SOURCE}`;
    assert.equal(contentSecurityPolicy(CSP_SOURCE, NONCE), csp);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta, 'CSP meta tag');
    assert.equal(meta[1], csp);
    assert.ok(html.indexOf(meta[0]) < html.indexOf('<link'), 'the CSP comes before any resource');
    assert.match(html, new RegExp(`<link rel="stylesheet" href="${RESOURCES.styleUri.replace(/[.+]/g, '\\$&')}">`));
    assert.match(html, /<html lang="fr">/);
  });

  it('makes nonces of 32 letters and digits', () => {
    const n = makeNonce((b) => b.map((_, i) => i * 37));
    assert.match(n, /^[A-Za-z0-9]{32}$/);
    assert.notEqual(makeNonce((b) => b.fill(1)), makeNonce((b) => b.fill(2)));
  });

  it('has real headings, a list of six checklist rows, and status words beside the symbols', () => {
    const body = reportBody(view('Bonjour [Nom],\n\nMerci pour votre retour.\n\nBien cordialement,\nLéa\n'));
    assert.match(body, /<h1>Vérifier le ton<\/h1>/);
    assert.match(body, /<h2 id="verdict-title"><span class="visually-hidden">Verdict : <\/span><span class="symbol" aria-hidden="true">✗<\/span> À ne pas envoyer tel quel<\/h2>/);
    const checklist = /<ol class="checklist">([\s\S]*?)<\/ol><\/section>/.exec(body);
    assert.ok(checklist);
    assert.equal(checklist[1].match(/<li class="row /g)?.length, 6);
    // Every status symbol is followed by its word: no information by colour alone.
    const badges = [...checklist[1].matchAll(/<span class="badge status-([a-z-]+)"><span class="symbol" aria-hidden="true">(.)<\/span> ([^<]+)<\/span>/g)];
    assert.equal(badges.length, 6);
    for (const [, status, symbol, word] of badges) {
      assert.deepEqual([symbol, word], { ok: ['✓', 'Respecté'], 'check': ['?', 'À vérifier'], fail: ['✗', 'À corriger'] }[status]);
    }
    // The figures too: a word beside each symbol.
    assert.match(body, /<dt>Lignes<\/dt><dd><span class="badge status-ok"><span class="symbol" aria-hidden="true">✓<\/span> Dans la cible<\/span> /);
    assert.match(body, /<button type="button" class="secondary" data-action="reveal" data-key="reveal-\d+" data-start="\d+" data-end="\d+">Afficher dans l’éditeur<\/button>/);
  });

  it('says when the draft is closed and disables the actions', () => {
    const body = reportBody(view('Bonjour [Nom],\n\nMerci.\n', 'a.reponse.md', 'closed'));
    assert.match(body, /Le brouillon a été fermé : ce rapport n’est plus mis à jour/);
    const buttons = body.match(/<button[^>]*>/g) ?? [];
    assert.ok(buttons.length > 0);
    for (const b of buttons) assert.match(b, / disabled>$/);
  });

  it('escapes the five HTML special characters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  describe('messages from the webview', () => {
    const valid: [unknown, unknown][] = [
      [{ type: 'ready', version: 7 }, { type: 'ready', version: 7 }],
      [{ type: 'reveal', version: 3, start: 10, end: 15 }, { type: 'reveal', version: 3, start: 10, end: 15 }],
      [{ type: 'fix', version: 3, finding: 0, fix: 1, extra: 'ignored' }, { type: 'fix', version: 3, finding: 0, fix: 1 }],
    ];
    for (const [m, expected] of valid) it(`accepts ${JSON.stringify(m)}`, () => assert.deepEqual(parseWebviewMessage(m), expected));
    const invalid: unknown[] = [
      null,
      'reveal',
      [],
      { type: 'reveal', version: 3, start: 15, end: 10 },
      { type: 'reveal', version: 3, start: -1, end: 10 },
      { type: 'reveal', version: 3, start: 1.5, end: 10 },
      { type: 'reveal', version: 3, start: '1', end: 10 },
      { type: 'reveal', start: 1, end: 10 },
      { type: 'fix', version: 3, finding: NaN, fix: 0 },
      { type: 'fix', version: 3, finding: 0 },
      { type: 'fix', version: 3, finding: 0, fix: Number.MAX_VALUE },
      { type: 'run', version: 3, command: 'workbench.action.terminal.new' },
      { type: 'ready', version: -1 },
    ];
    for (const m of invalid) it(`rejects ${JSON.stringify(m)}`, () => assert.equal(parseWebviewMessage(m), undefined));
  });
});
