'use strict';
// Passing suite: checks that it runs in a real extension host with the
// workspace folder open and the extension under development loaded. When the
// harness was given --screenshot-dir, it also asks for a screenshot through
// the file handshake (NAME.request -> NAME.png + NAME.done), and it always
// asks for page actions (NAME.action -> NAME.result) in BOOMERANG_PAGE_DIR.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

/** Asks the harness for a screenshot of the page and waits (bounded) for it. */
async function requestScreenshot(dir, name, timeoutMs = 15000) {
  const done = path.join(dir, `${name}.done`);
  fs.rmSync(done, { force: true });
  fs.writeFileSync(path.join(dir, `${name}.request`), '');
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`no screenshot ${name} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const result = fs.readFileSync(done, 'utf8').trim();
  if (result !== 'ok') throw new Error(`screenshot ${name} failed: ${result}`);
  return path.join(dir, `${name}.png`);
}

/** Asks the harness for a page action and waits (bounded) for its JSON result. */
async function pageAction(action, timeoutMs = 20000) {
  const dir = process.env.BOOMERANG_PAGE_DIR;
  assert.ok(dir, 'BOOMERANG_PAGE_DIR is set');
  const name = `selftest-${Math.random().toString(36).slice(2)}`;
  const result = path.join(dir, `${name}.result`);
  // Written whole, then renamed: the harness never sees half a request.
  fs.writeFileSync(path.join(dir, `${name}.tmp`), JSON.stringify(action));
  fs.renameSync(path.join(dir, `${name}.tmp`), path.join(dir, `${name}.action`));
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(result)) {
    if (Date.now() > deadline) throw new Error(`no result for ${JSON.stringify(action)} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return JSON.parse(fs.readFileSync(result, 'utf8'));
}

describe('harness self-test (passing suite)', () => {
  it('runs in an extension host with the workspace and the extension loaded', async () => {
    const folders = vscode.workspace.workspaceFolders || [];
    assert.strictEqual(folders.length, 1, 'one workspace folder is open');
    assert.strictEqual(path.basename(folders[0].uri.fsPath), 'workspace');

    const ext = vscode.extensions.getExtension('boomerang-test.boomerang-harness-selftest');
    assert.ok(ext, 'the extension under development is known to the extension host');
    await ext.activate();
    assert.ok(ext.isActive, 'the extension is active');

    const found = await pageAction({ find: '.monaco-workbench' });
    assert.strictEqual(found.ok, true, JSON.stringify(found));
    assert.ok(found.found.length >= 1 && found.found[0].viewportHeight > 0, JSON.stringify(found));
    const missing = await pageAction({ click: '.no-such-element', timeoutMs: 500 });
    assert.strictEqual(missing.ok, false, 'a click on nothing fails');

    const shotDir = process.env.BOOMERANG_SCREENSHOT_DIR;
    if (shotDir) {
      const png = await requestScreenshot(shotDir, 'selftest-workbench');
      assert.ok(fs.statSync(png).size > 0, 'the screenshot is not empty');
    }
  });
});
