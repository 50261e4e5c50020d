// Script of the « Vérifier le ton » webview. It only sends what the user
// clicked (the extension validates every message) and swaps in the report's
// HTML, already escaped by the extension, when the draft changes.
// @ts-check
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('report');
  const announce = document.getElementById('announce');
  if (!root) return;

  function version() {
    return Number(root.dataset.version);
  }

  // Tells the extension which version of the report is on screen.
  function ready() {
    vscode.postMessage({ type: 'ready', version: version() });
  }

  document.addEventListener('click', function (event) {
    const target = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!(target instanceof HTMLButtonElement) || target.disabled) return;
    const action = target.dataset.action;
    if (action === 'reveal') {
      vscode.postMessage({ type: 'reveal', version: version(), start: Number(target.dataset.start), end: Number(target.dataset.end) });
    } else if (action === 'fix') {
      vscode.postMessage({ type: 'fix', version: version(), finding: Number(target.dataset.finding), fix: Number(target.dataset.fix) });
    }
  });

  window.addEventListener('message', function (event) {
    const m = event.data;
    if (!m || typeof m !== 'object' || m.type !== 'render' || typeof m.html !== 'string') return;
    const active = document.activeElement;
    const key = active instanceof HTMLElement && root.contains(active) ? active.dataset.key : undefined;
    const scroll = window.scrollY;
    root.innerHTML = m.html;
    root.dataset.version = String(m.version);
    root.dataset.verdict = String(m.verdict);
    root.dataset.state = String(m.state);
    if (key) {
      const again = Array.prototype.find.call(root.querySelectorAll('[data-key]'), function (el) {
        return el.dataset.key === key;
      });
      if (again instanceof HTMLElement && !(again instanceof HTMLButtonElement && again.disabled)) again.focus({ preventScroll: true });
    }
    window.scrollTo(0, scroll);
    if (announce && typeof m.announce === 'string' && m.announce !== '') {
      announce.textContent = m.announce;
    }
    ready();
  });

  ready();
})();
