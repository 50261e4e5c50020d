// The HTML of the « Vérifier le ton » webview, built by pure functions (no
// `vscode` import) so that unit tests can check the escaping and the
// Content-Security-Policy. Every piece of text that comes from the draft or
// the core goes through `escapeHtml`; the page runs no inline script and no
// inline style, only media/report.js and media/report.css.

import {
  figureLines,
  STATUS_SYMBOLS,
  VERDICT_SYMBOLS,
  firstSentence,
  type ReportData,
  type ReportFinding,
  type ReportRow,
  type RowStatus,
} from '../core';

/** The part of `vscode.l10n` the page needs (tests pass a stand-in). */
export interface L10n {
  t(message: string, ...args: Array<string | number | boolean>): string;
}

export interface ReportView {
  data: ReportData;
  /** Name of the draft, shown in the page. */
  fileName: string;
  /** The document version the data was computed for; sent back with every action. */
  version: number;
  /** live: follows the draft; closed: the draft was closed, actions are disabled. */
  state: 'live' | 'closed';
  l10n: L10n;
}

export interface PageResources {
  /** `webview.cspSource`. */
  cspSource: string;
  /** A fresh random nonce for the one script of the page. */
  nonce: string;
  /** `webview.asWebviewUri(media/report.css)` and `media/report.js`, as strings. */
  styleUri: string;
  scriptUri: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** For a double-quoted attribute whose value has single quotes to keep readable (the CSP). */
function escapeDoubleQuoted(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/** The page's Content-Security-Policy: nothing but our stylesheet, our images and the script carrying the nonce. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource}; script-src 'nonce-${nonce}'; img-src ${cspSource}`;
}

/** A nonce: 32 characters from [A-Za-z0-9], from the given random source (crypto.getRandomValues in the adapter). */
export function makeNonce(random: (bytes: Uint8Array) => Uint8Array): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = random(new Uint8Array(32));
  let out = '';
  for (const b of bytes) out += chars[b % chars.length];
  return out;
}

/** The whole document of the webview. */
export function reportHtml(view: ReportView, res: PageResources): string {
  const { l10n } = view;
  const nonce = escapeHtml(res.nonce);
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeDoubleQuoted(contentSecurityPolicy(res.cspSource, res.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(res.styleUri)}">
<title>${escapeHtml(l10n.t('Vérifier le ton — {0}', view.fileName))}</title>
</head>
<body>
<div id="announce" class="visually-hidden" role="status" aria-live="polite"></div>
<main id="report" data-version="${view.version}" data-verdict="${escapeHtml(view.data.verdict.kind)}" data-state="${view.state}">
${reportBody(view)}
</main>
<script nonce="${nonce}" src="${escapeHtml(res.scriptUri)}"></script>
</body>
</html>
`;
}

/** The content of `<main>`, also sent to the page on every update. */
export function reportBody(view: ReportView): string {
  const { data, l10n } = view;
  const closed = view.state === 'closed';
  const v = data.verdict;
  let out = '<header class="head">';
  out += `<h1>${escapeHtml(l10n.t('Vérifier le ton'))}</h1>`;
  out += `<p class="file">${escapeHtml(l10n.t('Brouillon :'))} <span class="filename">${escapeHtml(view.fileName)}</span></p>`;
  out += closed
    ? `<p class="state state-closed">${escapeHtml(l10n.t('Le brouillon a été fermé : ce rapport n’est plus mis à jour. Rouvrez-le et lancez « Vérifier le ton » pour le suivre à nouveau.'))}</p>`
    : `<p class="state state-live">${escapeHtml(l10n.t('Suivi en direct : le rapport se met à jour pendant que vous écrivez.'))}</p>`;
  out += '</header>';

  out += `<section class="verdict verdict-${escapeHtml(v.kind)}" aria-labelledby="verdict-title">`;
  out += `<h2 id="verdict-title"><span class="visually-hidden">${escapeHtml(l10n.t('Verdict :'))} </span><span class="symbol" aria-hidden="true">${VERDICT_SYMBOLS[v.kind]}</span> ${escapeHtml(v.label)}</h2>`;
  out += `<p class="reason">${escapeHtml(v.reason)}</p>`;
  out += '</section>';

  out += '<section aria-labelledby="checklist-title">';
  out += `<h2 id="checklist-title">${escapeHtml(l10n.t('Liste récapitulative'))}</h2>`;
  out += '<ol class="checklist">';
  for (const row of data.rows) out += rowHtml(row, data, closed, l10n);
  out += '</ol></section>';

  out += '<section aria-labelledby="figures-title">';
  out += `<h2 id="figures-title">${escapeHtml(l10n.t('Chiffres'))}</h2><dl class="figures">`;
  for (const fig of figureLines(data.figures)) {
    out += `<div class="figure${fig.status ? ` status-${fig.status}` : ''}"><dt>${escapeHtml(fig.label)}</dt><dd>`;
    if (fig.status) out += figureMark(fig.status, l10n);
    out += `${escapeHtml(fig.value)}</dd></div>`;
  }
  out += '</dl></section>';

  out += '<section aria-labelledby="findings-title">';
  out += `<h2 id="findings-title">${escapeHtml(l10n.t('Constats ({0})', data.findings.length))}</h2>`;
  if (data.findings.length === 0) out += `<p>${escapeHtml(l10n.t('Aucun constat : rien à corriger.'))}</p>`;
  else {
    out += '<ol class="findings">';
    for (const f of data.findings) out += findingHtml(f, closed, l10n);
    out += '</ol>';
  }
  out += '</section>';
  return out;
}

function statusLabel(status: RowStatus, l10n: L10n): string {
  return status === 'ok' ? l10n.t('Respecté') : status === 'check' ? l10n.t('À vérifier') : l10n.t('À corriger');
}

/** A status shown by a symbol and a word, never by colour alone. */
function statusMark(status: RowStatus, l10n: L10n): string {
  return `<span class="badge status-${status}"><span class="symbol" aria-hidden="true">${STATUS_SYMBOLS[status]}</span> ${escapeHtml(statusLabel(status, l10n))}</span> `;
}

/** A figure against its target: a symbol and a word. */
function figureMark(status: RowStatus, l10n: L10n): string {
  const word = status === 'ok' ? l10n.t('Dans la cible') : status === 'check' ? l10n.t('À vérifier') : l10n.t('Hors cible');
  return `<span class="badge status-${status}"><span class="symbol" aria-hidden="true">${STATUS_SYMBOLS[status]}</span> ${escapeHtml(word)}</span> `;
}

function disabled(closed: boolean): string {
  return closed ? ' disabled' : '';
}

function rowHtml(row: ReportRow, data: ReportData, closed: boolean, l10n: L10n): string {
  let out = `<li class="row status-${row.status}">`;
  out += `<h3>${statusMark(row.status, l10n)}<span class="meme">${escapeHtml(row.meme)}</span></h3>`;
  out += `<p class="advice">${escapeHtml(row.advice)}</p>`;
  out += `<p class="summary">${escapeHtml(row.summary)}</p>`;
  if (row.notes.length > 0) {
    out += '<ul class="notes">';
    for (const n of row.notes) out += `<li>${escapeHtml(n.text)}</li>`;
    out += '</ul>';
  }
  if (row.findings.length > 0) {
    out += `<ul class="row-findings" aria-label="${escapeHtml(l10n.t('Constats de cette ligne'))}">`;
    for (const i of row.findings) {
      const f = data.findings[i];
      if (!f) continue;
      out += `<li><button type="button" class="link" data-action="reveal" data-key="row-${row.section}-${f.index}" data-start="${f.start}" data-end="${f.end}"${disabled(closed)}>`;
      out += `${escapeHtml(l10n.t('Ligne {0}', f.line))} — ${escapeHtml(firstSentence(f.message))}</button></li>`;
    }
    out += '</ul>';
  }
  return `${out}</li>`;
}

function severityLabel(f: ReportFinding, l10n: L10n): string {
  return f.severity === 'warning' ? l10n.t('Avertissement') : f.severity === 'information' ? l10n.t('Conseil') : l10n.t('Style');
}

const SEVERITY_SYMBOLS = { warning: '!', information: 'i', hint: '·' } as const;

function findingHtml(f: ReportFinding, closed: boolean, l10n: L10n): string {
  let out = `<li class="finding severity-${f.severity}">`;
  out += `<h3><span class="badge severity-${f.severity}"><span class="symbol" aria-hidden="true">${SEVERITY_SYMBOLS[f.severity]}</span> ${escapeHtml(severityLabel(f, l10n))}</span> `;
  out += `${escapeHtml(f.line === f.endLine ? l10n.t('Ligne {0}', f.line) : l10n.t('Lignes {0} à {1}', f.line, f.endLine))}`;
  out += ` <span class="rule">(${escapeHtml(f.rule)})</span></h3>`;
  out += `<p class="message">${escapeHtml(f.message)}</p>`;
  if (f.tipTitle) {
    out += `<p class="tip"><strong>${escapeHtml(l10n.t('Conseil du guide — {0} :', f.tipTitle))}</strong> ${escapeHtml(f.tipAdvice ?? '')}</p>`;
  }
  out += '<div class="actions">';
  out += `<button type="button" class="secondary" data-action="reveal" data-key="reveal-${f.index}" data-start="${f.start}" data-end="${f.end}"${disabled(closed)}>${escapeHtml(l10n.t('Afficher dans l’éditeur'))}</button>`;
  f.fixes.forEach((fix, j) => {
    out += `<button type="button" data-action="fix" data-key="fix-${f.index}-${j}" data-finding="${f.index}" data-fix="${j}"${disabled(closed)}>${escapeHtml(l10n.t('Corriger : {0}', fix.title))}</button>`;
  });
  out += '</div></li>';
  return out;
}

/** A message of the webview, checked for shape (the adapter then checks it against the document). */
export type WebviewMessage =
  | { type: 'ready'; version: number }
  | { type: 'reveal'; version: number; start: number; end: number }
  | { type: 'fix'; version: number; finding: number; fix: number };

function isIndex(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

/** Parses what the webview posted; anything unexpected gives undefined. */
export function parseWebviewMessage(m: unknown): WebviewMessage | undefined {
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return undefined;
  const r = m as Record<string, unknown>;
  if (!isIndex(r.version)) return undefined;
  if (r.type === 'ready') return { type: 'ready', version: r.version };
  if (r.type === 'reveal' && isIndex(r.start) && isIndex(r.end) && r.start <= r.end) {
    return { type: 'reveal', version: r.version, start: r.start, end: r.end };
  }
  if (r.type === 'fix' && isIndex(r.finding) && isIndex(r.fix)) {
    return { type: 'fix', version: r.version, finding: r.finding, fix: r.fix };
  }
  return undefined;
}
