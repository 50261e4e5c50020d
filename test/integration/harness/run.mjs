#!/usr/bin/env node
// Runs an extension test suite in a real VS Code extension host: code-server
// (VS Code 1.100.3 server) on 127.0.0.1, driven by headless Debian Chromium
// through playwright-core. See README.md beside this file.
//
// Usage:
//   node test/integration/harness/run.mjs --extension ABS_EXT_DIR \
//     --tests ABS_PATH_TO_COMPILED_SUITE_INDEX[.js] --workspace ABS_WORKSPACE_DIR \
//     [--timeout-ms N] [--screenshot-dir DIR] [--user-settings JSON_FILE]
//
// Exit codes:
//   0    the suite's run() resolved
//   1..  the suite failed (the exit code the extension host reported)
//   2    bad command line
//   3    the harness itself failed (setup missing, server or browser did not start, ...)
//   124  overall timeout (--timeout-ms, default 300000)
//   130/143  interrupted by SIGINT/SIGTERM
//
// Environment:
//   BOOMERANG_KEEP_TMP=1  keep the throwaway folder (logs, profiles) for debugging.
//   The extension host gets BOOMERANG_PAGE_DIR (page actions: click, find, see
//   README.md) and, with --screenshot-dir, BOOMERANG_SCREENSHOT_DIR.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';

const HARNESS_DIR = path.dirname(fileURLToPath(import.meta.url));
const CODE_SERVER_BIN = path.join(HARNESS_DIR, 'node_modules', '.bin', 'code-server');
const CHROMIUM = '/usr/bin/chromium';
const SERVER_START_TIMEOUT_MS = 60_000;
const CLEANUP_STEP_TIMEOUT_MS = 10_000;
const EXIT_USAGE = 2;
const EXIT_HARNESS = 3;
const EXIT_TIMEOUT = 124;
// The closing line printed by the suite runner (test/integration/index.ts).
const SUMMARY_RE = /^\d+ passed, \d+ failed(, \d+ skipped)?$/;

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
/** Harness status goes to stderr so the suite's own output owns stdout. */
const status = (msg) => process.stderr.write(`[harness ${elapsed()}] ${msg}\n`);

class HarnessError extends Error {
  constructor(message, exitCode = EXIT_HARNESS) {
    super(message);
    this.exitCode = exitCode;
  }
}

// --- command line ------------------------------------------------------------

function parseCommandLine() {
  let values;
  try {
    ({ values } = util.parseArgs({
      options: {
        extension: { type: 'string' },
        tests: { type: 'string' },
        workspace: { type: 'string' },
        'timeout-ms': { type: 'string', default: '300000' },
        'screenshot-dir': { type: 'string' },
        'user-settings': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    throw new HarnessError(`${err.message}\n${USAGE}`, EXIT_USAGE);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  for (const name of ['extension', 'tests', 'workspace']) {
    if (!values[name]) throw new HarnessError(`--${name} is required\n${USAGE}`, EXIT_USAGE);
    if (!path.isAbsolute(values[name])) {
      throw new HarnessError(`--${name} must be an absolute path, got ${values[name]}`, EXIT_USAGE);
    }
  }
  const timeoutMs = Number(values['timeout-ms']);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new HarnessError(`--timeout-ms must be a positive integer, got ${values['timeout-ms']}`, EXIT_USAGE);
  }
  const extension = path.resolve(values.extension);
  const tests = path.resolve(values.tests);
  const workspace = path.resolve(values.workspace);
  if (!fs.existsSync(path.join(extension, 'package.json'))) {
    throw new HarnessError(`--extension: no package.json in ${extension}`, EXIT_USAGE);
  }
  // The extension host require()s the suite, so the .js suffix is optional.
  if (!fs.existsSync(tests) && !fs.existsSync(`${tests}.js`)) {
    throw new HarnessError(`--tests: neither ${tests} nor ${tests}.js exists (compile the suite first)`, EXIT_USAGE);
  }
  if (!fs.statSync(workspace, { throwIfNoEntry: false })?.isDirectory()) {
    throw new HarnessError(`--workspace: ${workspace} is not a folder`, EXIT_USAGE);
  }
  let screenshotDir;
  if (values['screenshot-dir']) {
    screenshotDir = path.resolve(values['screenshot-dir']);
    fs.mkdirSync(screenshotDir, { recursive: true });
  }
  // Extra user settings (a JSON object in a file), merged over USER_SETTINGS;
  // e.g. `remote.extensionKind` to run the extension in the web-worker host.
  let userSettings = {};
  if (values['user-settings']) {
    try {
      userSettings = JSON.parse(fs.readFileSync(path.resolve(values['user-settings']), 'utf8'));
    } catch (err) {
      throw new HarnessError(`--user-settings: ${err.message}`, EXIT_USAGE);
    }
  }
  return { extension, tests, workspace, timeoutMs, screenshotDir, userSettings };
}

const USAGE =
  'usage: node run.mjs --extension ABS_EXT_DIR --tests ABS_SUITE_INDEX[.js] --workspace ABS_WORKSPACE_DIR ' +
  '[--timeout-ms N] [--screenshot-dir DIR] [--user-settings JSON_FILE]';

// --- helpers -----------------------------------------------------------------

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves with the HTTP status of GET url, rejects on connection errors. */
function httpStatus(url) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
  });
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with promise's value, or with `fallback` after ms milliseconds. */
function withTimeout(promise, ms, fallback) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve(fallback), ms);
    }),
  ]);
}

/** vscode-remote URI of an absolute server-side path (percent-encoded per segment). */
function remoteUri(authority, absPath) {
  const encoded = absPath.split('/').map(encodeURIComponent).join('/');
  return `vscode-remote://${authority}${encoded}`;
}

// User settings that keep the workbench quiet and offline during tests.
const USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'git.openRepositoryInParentFolders': 'never',
  'npm.fetchOnlinePackageInfo': false,
  'json.schemaDownload.enable': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'typescript.surveys.enabled': false,
  'chat.commandCenter.enabled': false,
  'github.copilot.enable': { '*': false },
  'window.commandCenter': false,
};

// --- main --------------------------------------------------------------------

const state = {
  tmpDir: undefined,
  logStream: undefined,
  server: undefined,
  serverExited: false,
  context: undefined,
  watcher: undefined,
  cleaningUp: undefined,
  summaryLine: undefined,
};

/** Appends a line to the harness log in the throwaway folder. */
function logToFile(source, text) {
  if (!state.logStream || state.logStream.destroyed) return;
  for (const line of String(text).split('\n')) {
    if (line.length) state.logStream.write(`${new Date().toISOString()} [${source}] ${line}\n`);
  }
}

async function main() {
  const opts = parseCommandLine();
  // Overall timeout, covering start-up as well as the suite itself.
  setTimeout(
    () => finishOnce(EXIT_TIMEOUT, `TIMEOUT: no result within ${opts.timeoutMs} ms (--timeout-ms); giving up`),
    opts.timeoutMs,
  );

  if (!fs.existsSync(CODE_SERVER_BIN)) {
    throw new HarnessError(`${CODE_SERVER_BIN} is missing: run bash test/integration/harness/setup.sh first`);
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new HarnessError(`${CHROMIUM} is missing: run bash test/integration/harness/setup.sh first`);
  }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    throw new HarnessError(`cannot load playwright-core (${err.message}): run setup.sh first`);
  }

  // Throwaway folder. Names are short because code-server and VS Code put Unix
  // sockets in here (VS Code's vscode-ipc-<uuid>.sock in XDG_RUNTIME_DIR), and
  // socket paths are limited to 107 bytes: keep TMPDIR short.
  state.tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boomerang-it-')); // synchronous: a timeout firing now still finds it to remove
  if (state.tmpDir.length > 48) {
    status(`warning: ${state.tmpDir} is long; VS Code's IPC socket paths may exceed 107 bytes (use a shorter TMPDIR)`);
  }
  const dir = (name) => path.join(state.tmpDir, name);
  const userDataDir = dir('user-data');
  const extensionsDir = dir('extensions');
  const configFile = dir('config.yaml');
  const browserProfile = dir('chromium');
  const xdg = {
    XDG_CONFIG_HOME: dir('xdg/config'),
    XDG_DATA_HOME: dir('xdg/data'),
    XDG_CACHE_HOME: dir('xdg/cache'),
    XDG_STATE_HOME: dir('xdg/state'),
    XDG_RUNTIME_DIR: dir('xdg/run'),
  };
  // Page requests of the suite (screenshots, page actions): the screenshot folder when given.
  const pageDir = opts.screenshotDir ?? dir('page');
  for (const d of [userDataDir, extensionsDir, browserProfile, dir('tmp'), pageDir, ...Object.values(xdg)]) {
    await fsp.mkdir(d, { recursive: true, mode: 0o700 });
  }
  const logFile = dir('harness.log');
  state.logStream = fs.createWriteStream(logFile, { flags: 'a' });
  status(`throwaway folder ${state.tmpDir}`);

  await fsp.mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await fsp.writeFile(path.join(userDataDir, 'User', 'settings.json'), `${JSON.stringify({ ...USER_SETTINGS, ...opts.userSettings }, null, 2)}\n`);

  // --- code-server ---
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  await fsp.writeFile(configFile, `bind-addr: ${authority}\nauth: none\ncert: false\n`);

  const serverEnv = { ...process.env, ...xdg, TMPDIR: dir('tmp'), EXTENSIONS_GALLERY: '{}' };
  // Variables that would make code-server forward to another instance (when run
  // from a VS Code terminal), change its port/password, or alter its behaviour.
  for (const key of Object.keys(serverEnv)) {
    if (/^(VSCODE_|CODE_SERVER_|CS_)/.test(key) || ['PORT', 'PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN'].includes(key)) {
      delete serverEnv[key];
    }
  }
  // code-server hands its environment down to the extension host.
  if (opts.screenshotDir) serverEnv.BOOMERANG_SCREENSHOT_DIR = opts.screenshotDir;
  else delete serverEnv.BOOMERANG_SCREENSHOT_DIR;
  serverEnv.BOOMERANG_PAGE_DIR = pageDir;

  const serverArgs = [
    '--bind-addr', authority,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', configFile,
  ];
  if (finishing) return EXIT_HARNESS; // the overall timeout fired during setup
  status(`starting code-server on http://${authority}`);
  const server = spawn(CODE_SERVER_BIN, serverArgs, {
    env: serverEnv,
    cwd: opts.workspace,
    detached: true, // own process group, killed as a whole in cleanup()
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  state.server = server;
  const serverExit = new Promise((resolve) => {
    server.on('exit', (code, signal) => {
      state.serverExited = true;
      logToFile('code-server', `exited with ${signal ?? code}`);
      resolve({ code, signal });
    });
    server.on('error', (err) => {
      state.serverExited = true;
      logToFile('code-server', `spawn error: ${err.message}`);
      resolve({ code: null, signal: null, error: err });
    });
  });
  server.stdout.on('data', (d) => logToFile('code-server', d));
  server.stderr.on('data', (d) => logToFile('code-server:err', d));

  // Bounded wait for the server to answer HTTP (its /healthz route).
  const serverDeadline = Date.now() + SERVER_START_TIMEOUT_MS;
  for (;;) {
    if (state.serverExited) throw new HarnessError('code-server exited during start-up');
    try {
      if ((await httpStatus(`http://${authority}/healthz`)) === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > serverDeadline) {
      throw new HarnessError(`code-server did not answer within ${SERVER_START_TIMEOUT_MS / 1000} s`);
    }
    await delay(200);
  }
  status('code-server is up');

  // --- browser ---
  if (finishing) return EXIT_HARNESS; // the overall timeout fired while the server started
  state.launching = chromium.launchPersistentContext(browserProfile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    env: { ...process.env, ...xdg, TMPDIR: dir('tmp') },
    viewport: { width: 1280, height: 800 },
    timeout: 60_000,
    // Our own handlers close everything, code-server included; Playwright's
    // would exit the process right after killing the browser.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  state.context = await state.launching;
  const page = state.context.pages()[0] ?? (await state.context.newPage());

  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') logToFile(`browser:${msg.type()}`, msg.text());
  });
  page.on('pageerror', (err) => logToFile('browser:pageerror', err.stack ?? err.message));
  page.on('crash', () => logToFile('browser', 'page crashed'));

  // The workbench logs through window.codeAutomationLog when it runs extension
  // tests from the command line: this includes the extension host's console.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = util.format(...(Array.isArray(args) ? args : [args]));
    logToFile(`log:${type}`, text);
    printSuiteOutput(type, text);
  });

  let resolveExit;
  const suiteExit = new Promise((resolve) => {
    resolveExit = resolve;
  });
  // Called by the workbench when the extension host exits after the tests:
  // 0 when the suite's run() resolved, non-zero when it rejected.
  // It also passes the workbench's own log files, kept in DIR/vscode-logs/.
  await page.exposeFunction('codeAutomationExit', async (code, logs) => {
    for (const entry of Array.isArray(logs) ? logs : []) {
      if (typeof entry?.relativePath !== 'string' || typeof entry.contents !== 'string') continue;
      const target = path.join(dir('vscode-logs'), entry.relativePath.replace(/\.\.+/g, '_'));
      await fsp.mkdir(path.dirname(target), { recursive: true }).catch(() => {});
      await fsp.writeFile(target, entry.contents).catch(() => {});
    }
    resolveExit(typeof code === 'number' ? code : 1);
  });

  startPageService(page, pageDir);

  const payload = [
    ['extensionDevelopmentPath', remoteUri(authority, opts.extension)],
    ['extensionTestsPath', remoteUri(authority, opts.tests)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const query = new URLSearchParams({
    folder: remoteUri(authority, opts.workspace),
    payload: JSON.stringify(payload),
  });
  const url = `http://${authority}/?${query}`;
  logToFile('harness', `opening ${url}`);
  status('opening the workbench');
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  page
    .waitForSelector('.monaco-workbench', { timeout: opts.timeoutMs })
    .then(() => status('workbench loaded'))
    .catch(() => {});

  const outcome = await Promise.race([
    suiteExit.then((code) => ({ kind: 'exit', code })),
    serverExit.then(() => ({ kind: 'server-died' })),
  ]);
  if (outcome.kind === 'server-died') {
    throw new HarnessError('code-server exited before the suite finished');
  }
  status(`suite finished, extension host exit code ${outcome.code}`);
  return outcome.code;
}

// Start-up chatter of the workbench itself, which also goes through
// codeAutomationLog: kept in the harness log, not printed.
const WORKBENCH_NOISE = [
  /^Resolving connection token \(/,
  /^Resolved connection token \(/,
  /^Creating a socket \(renderer-/,
  /^Ignoring fetching additional builtin extensions from gallery/,
  /^Updating additional builtin extensions cache$/,
  /^\[Service Worker\] registered$/,
  /^ChatSessionStore: /,
];

/**
 * Prints what the workbench logs through codeAutomationLog, which includes the
 * extension host's console (the suite's output), verbatim.
 */
function printSuiteOutput(type, text) {
  if (type === 'info' && WORKBENCH_NOISE.some((re) => re.test(text))) return;
  for (const line of text.split('\n')) {
    // Hold the closing "N passed, M failed" line back and print it last, so it
    // stays the final line of stdout after the harness' own messages.
    if (SUMMARY_RE.test(line.trim())) {
      state.summaryLine = line.trim();
      continue;
    }
    process.stdout.write(`${type === 'info' ? '' : `[${type}] `}${line}\n`);
  }
}

/**
 * File-based handshake with the suite, which runs in the extension host and
 * cannot reach the page (NAME: letters, digits, '.', '_' and '-'):
 * - DIR/NAME.request: a screenshot. The harness saves DIR/NAME.png, then
 *   writes DIR/NAME.done holding "ok" or "error: ...". The request may hold
 *   JSON {"waitFor": CSS, "hasText"?: TEXT, "timeoutMs"?: N}: the picture is
 *   taken once such an element is visible.
 * - DIR/NAME.action: JSON, one of
 *     {"click": CSS, "hasText"?: TEXT, "timeoutMs"?: N}  clicks the first visible
 *       match in the workbench page (a real mouse click);
 *     {"find": CSS, "hasText"?: TEXT, "timeoutMs"?: N}   waits until an element
 *       matches in any frame (webviews included) and describes the matches;
 *     {"type": TEXT}, {"press": KEY}  keyboard input to the focused element
 *       (KEY as Playwright names it: "Enter", "Escape", "Control+A"...);
 *   the harness writes DIR/NAME.result: {"ok": true, "found"?: [{frame, text,
 *   top, bottom, viewportHeight}]} or {"ok": false, "error": "..."}.
 * Requests are handled one at a time, in order of arrival. Write a request
 * under another name and rename it, so that it is never seen half written.
 */
function startPageService(page, pageDir) {
  let queue = Promise.resolve();
  const pending = new Set();
  const handle = (file) => {
    const m = /^([\w.-]+)\.(request|action)$/.exec(file ?? '');
    if (!m || pending.has(file)) return;
    const [, name, kind] = m;
    const requestFile = path.join(pageDir, file);
    if (!fs.existsSync(requestFile)) return;
    pending.add(file);
    queue = queue.then(async () => {
      let text = await fsp.readFile(requestFile, 'utf8').catch(() => '');
      // A request written in place may be seen before its content: wait (bounded) for whole JSON.
      for (let i = 0; kind === 'action' && i < 40 && !isJson(text); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        text = await fsp.readFile(requestFile, 'utf8').catch(() => '');
      }
      if (kind === 'request') {
        let result = 'ok';
        try {
          const options = text.trim() ? JSON.parse(text) : {};
          if (options.waitFor) await visible(page, options).waitFor({ state: 'visible', timeout: options.timeoutMs ?? 15_000 });
          await page.screenshot({ path: path.join(pageDir, `${name}.png`), timeout: 15_000 });
          status(`screenshot ${name}.png`);
        } catch (err) {
          result = `error: ${err.message.split('\n')[0]}`;
          logToFile('screenshot', `${name}: ${err.message}`);
        }
        await fsp.rm(requestFile, { force: true });
        await fsp.writeFile(path.join(pageDir, `${name}.done`), `${result}\n`);
      } else {
        let result;
        try {
          result = await pageAction(page, JSON.parse(text));
          logToFile('page', `${name}: ${JSON.stringify(result)}`);
        } catch (err) {
          result = { ok: false, error: err.message.split('\n')[0] };
          logToFile('page', `${name}: ${err.message}`);
        }
        await fsp.rm(requestFile, { force: true });
        // Written whole, then renamed: the suite never reads half a result.
        const target = path.join(pageDir, `${name}.result`);
        await fsp.writeFile(`${target}.tmp`, JSON.stringify(result));
        await fsp.rename(`${target}.tmp`, target);
      }
      pending.delete(file);
    });
  };
  state.watcher = fs.watch(pageDir, (_event, file) => handle(file));
  for (const file of fs.readdirSync(pageDir)) handle(file);
}

function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The first visible element of the workbench page that matches {waitFor|click: CSS, hasText}. */
function visible(page, { waitFor, click, hasText }) {
  return page
    .locator(waitFor ?? click, hasText ? { hasText } : {})
    .filter({ visible: true })
    .first();
}

async function pageAction(page, action) {
  const timeout = Number.isFinite(action?.timeoutMs) ? action.timeoutMs : 10_000;
  if (typeof action?.click === 'string') {
    await visible(page, action).click({ timeout });
    return { ok: true };
  }
  if (typeof action?.type === 'string') {
    await page.keyboard.type(action.type);
    return { ok: true };
  }
  if (typeof action?.press === 'string') {
    await page.keyboard.press(action.press);
    return { ok: true };
  }
  if (typeof action?.find === 'string') {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = [];
      for (const frame of page.frames()) {
        const matches = await frame
          .$$eval(
            action.find,
            (els, hasText) =>
              els
                .filter((e) => !hasText || (e.textContent ?? '').includes(hasText))
                .map((e) => {
                  const r = e.getBoundingClientRect();
                  return { text: (e.textContent ?? '').trim().slice(0, 200), top: r.top, bottom: r.bottom, viewportHeight: window.innerHeight };
                }),
            action.hasText ?? '',
          )
          .catch(() => []); // a frame that went away, or one still loading
        for (const match of matches) found.push({ frame: frame.url(), ...match });
      }
      if (found.length > 0) return { ok: true, found };
      if (Date.now() > deadline) return { ok: false, error: `nothing matches ${action.find} within ${timeout} ms` };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`unknown page action ${JSON.stringify(action)}`);
}

async function cleanup() {
  if (state.cleaningUp) return state.cleaningUp;
  state.cleaningUp = (async () => {
    state.watcher?.close();
    // A browser still starting (the overall timeout can fire then) is closed
    // once it is up, so that it does not write into the throwaway folder later.
    if (!state.context && state.launching) {
      state.context = await withTimeout(state.launching.catch(() => undefined), CLEANUP_STEP_TIMEOUT_MS);
    }
    if (state.context) {
      await withTimeout(state.context.close().catch(() => {}), CLEANUP_STEP_TIMEOUT_MS);
    }
    const server = state.server;
    if (server?.pid && !state.serverExited) {
      // Kill the whole process group: code-server's wrapper, its child and the
      // extension host processes.
      const killGroup = (signal) => {
        try {
          process.kill(-server.pid, signal);
        } catch {
          // already gone
        }
      };
      killGroup('SIGTERM');
      const deadline = Date.now() + 5000;
      while (!state.serverExited && Date.now() < deadline) await delay(100);
      killGroup('SIGKILL');
    } else if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGKILL'); // leftovers of the group, if any
      } catch {
        // none
      }
    }
    await new Promise((resolve) => (state.logStream ? state.logStream.end(resolve) : resolve()));
  })();
  return state.cleaningUp;
}

async function removeTmpDir() {
  if (!state.tmpDir) return;
  if (process.env.BOOMERANG_KEEP_TMP === '1') {
    status(`kept ${state.tmpDir} (BOOMERANG_KEEP_TMP=1)`);
    return;
  }
  // A process that was still exiting may write a last file after the first
  // removal: check again, a bounded number of times.
  for (let attempt = 0; attempt < 10 && fs.existsSync(state.tmpDir); attempt++) {
    if (attempt > 0) await delay(300);
    await fsp.rm(state.tmpDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch((err) => {
      status(`could not remove ${state.tmpDir}: ${err.message}`);
    });
  }
}

function printLogTail(lines = 80) {
  if (!state.tmpDir) return;
  let text;
  try {
    text = fs.readFileSync(path.join(state.tmpDir, 'harness.log'), 'utf8');
  } catch {
    return;
  }
  // Lines logged through codeAutomationLog were already printed on stdout.
  const tail = text
    .trimEnd()
    .split('\n')
    .filter((line) => !/^\S+ \[log:/.test(line))
    .slice(-lines)
    .join('\n');
  process.stderr.write(
    `----- last ${lines} lines of the harness log (code-server output, browser errors) -----\n${tail}\n-----\n`,
  );
}

async function finish(code, message) {
  if (message) status(message);
  await cleanup();
  if (code !== 0) printLogTail();
  await removeTmpDir();
  status(`done in ${elapsed()}, exit code ${code}`);
  if (state.summaryLine) process.stdout.write(`${state.summaryLine}\n`);
  process.exit(code);
}

let finishing = false;
function finishOnce(code, message) {
  if (finishing) return;
  finishing = true;
  finish(code, message).catch((err) => {
    process.stderr.write(`[harness] cleanup failed: ${err.stack}\n`);
    process.exit(code || EXIT_HARNESS);
  });
}

// Last resort if the process exits without cleanup() having finished.
process.on('exit', () => {
  if (state.server?.pid && !state.serverExited) {
    try {
      process.kill(-state.server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});
process.on('SIGINT', () => finishOnce(130, 'interrupted (SIGINT)'));
process.on('SIGHUP', () => finishOnce(129, 'hung up (SIGHUP)'));
process.on('SIGTERM', () => finishOnce(143, 'terminated (SIGTERM)'));
process.on('uncaughtException', (err) => finishOnce(EXIT_HARNESS, `harness error: ${err.stack}`));
process.on('unhandledRejection', (err) => finishOnce(EXIT_HARNESS, `harness error: ${err?.stack ?? err}`));

main().then(
  (code) => finishOnce(code),
  (err) => {
    if (err instanceof HarnessError) finishOnce(err.exitCode, `ERROR: ${err.message}`);
    else finishOnce(EXIT_HARNESS, `harness error: ${err?.stack ?? err}`);
  },
);
