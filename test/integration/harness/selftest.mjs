#!/usr/bin/env node
// Self-test of the integration harness: runs run.mjs for real against the fake
// extension in selftest/ and checks what it reports.
//
//   node test/integration/harness/selftest.mjs
//
// 1. passing suite (with --screenshot-dir) -> exit 0, "1 passed, 0 failed",
//    a PNG screenshot written through the file handshake, and page actions
//    (find, a click on nothing) answered through BOOMERANG_PAGE_DIR;
// 2. failing suite -> exit 1, "0 passed, 1 failed";
// 3. a too short --timeout-ms -> exit 124.
// After each run, the throwaway folder must be gone and no process of that run
// may be left. Ends with "N passed, M failed" for the checks above and exits
// non-zero if any check failed. Needs `bash setup.sh` first.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HARNESS_DIR = path.dirname(fileURLToPath(import.meta.url));
const SELFTEST_DIR = path.join(HARNESS_DIR, 'selftest');
const RUN = path.join(HARNESS_DIR, 'run.mjs');

/** Runs run.mjs with the given arguments, echoing its output indented. */
function runHarness(args, env) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [RUN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // Indented so the child's closing line is not taken for this script's.
    const echo = (chunk) => process.stdout.write(chunk.toString().replace(/^(?=.)/gm, '    | '));
    child.stdout.on('data', (d) => {
      stdout += d;
      echo(d);
    });
    child.stderr.on('data', (d) => {
      stderr += d;
      echo(d);
    });
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout, stderr, seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** PIDs of live processes whose command line or environment mentions needle. */
function processesMentioning(needle) {
  const found = [];
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    for (const file of ['cmdline', 'environ']) {
      try {
        if (fs.readFileSync(`/proc/${pid}/${file}`, 'latin1').includes(needle)) {
          found.push(Number(pid));
          break;
        }
      } catch {
        // gone, or not ours to read
      }
    }
  }
  return found;
}

const hasLine = (text, line) => text.split('\n').some((l) => l.trim() === line);

async function main() {
  if (!fs.existsSync(path.join(HARNESS_DIR, 'node_modules', '.bin', 'code-server'))) {
    console.error('selftest: the harness is not installed: run bash test/integration/harness/setup.sh first');
    process.exit(2);
  }

  // Each run gets its own TMPDIR, so we can check that run.mjs cleans up after itself.
  // Kept short: run.mjs' throwaway folder inside it holds Unix sockets (107-byte limit).
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'bst-'));
  const screenshotDir = path.join(base, 'screenshots');
  const common = [
    '--extension', path.join(SELFTEST_DIR, 'extension'),
    '--workspace', path.join(SELFTEST_DIR, 'workspace'),
  ];

  const cases = [
    {
      name: 'passing suite exits 0, prints "1 passed, 0 failed" and takes a screenshot',
      args: [
        ...common,
        '--tests', path.join(SELFTEST_DIR, 'suite-pass', 'index.js'),
        '--timeout-ms', '180000',
        '--screenshot-dir', screenshotDir,
      ],
      check: (r) => {
        const problems = [];
        if (r.code !== 0) problems.push(`exit code ${r.code ?? r.signal}, expected 0`);
        if (!hasLine(r.stdout, '1 passed, 0 failed')) problems.push('no "1 passed, 0 failed" line on stdout');
        const png = path.join(screenshotDir, 'selftest-workbench.png');
        const head = fs.existsSync(png) ? fs.readFileSync(png).subarray(0, 8) : Buffer.alloc(0);
        if (!head.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
          problems.push(`no PNG screenshot at ${png}`);
        }
        return problems;
      },
    },
    {
      name: 'failing suite exits 1 and prints "0 passed, 1 failed"',
      args: [...common, '--tests', path.join(SELFTEST_DIR, 'suite-fail', 'index'), '--timeout-ms', '180000'],
      check: (r) => {
        const problems = [];
        if (r.code !== 1) problems.push(`exit code ${r.code ?? r.signal}, expected 1 (a failed suite)`);
        if (!hasLine(r.stdout, '0 passed, 1 failed')) problems.push('no "0 passed, 1 failed" line on stdout');
        if (!r.stderr.includes('last 80 lines of the harness log')) problems.push('no log tail printed on failure');
        return problems;
      },
    },
    {
      name: 'a run that exceeds --timeout-ms exits 124',
      args: [...common, '--tests', path.join(SELFTEST_DIR, 'suite-pass', 'index.js'), '--timeout-ms', '4000'],
      check: (r) => {
        const problems = [];
        if (r.code !== 124) problems.push(`exit code ${r.code ?? r.signal}, expected 124`);
        if (!r.stderr.includes('TIMEOUT')) problems.push('no TIMEOUT message on stderr');
        return problems;
      },
    },
  ];

  let passed = 0;
  let failed = 0;
  for (const [i, c] of cases.entries()) {
    const tmp = path.join(base, `${i + 1}`);
    fs.mkdirSync(tmp);
    const env = { ...process.env, TMPDIR: tmp };
    delete env.BOOMERANG_KEEP_TMP;
    console.log(`\n[selftest] ${i + 1}/${cases.length}: ${c.name}`);
    const result = await runHarness(c.args, env);
    const problems = c.check(result);
    const leftovers = fs.readdirSync(tmp);
    if (leftovers.length) problems.push(`throwaway files left in ${tmp}: ${leftovers.join(', ')}`);
    // A process killed at the end of the run may take a moment to disappear on a loaded machine: up to 3 s.
    let stray = processesMentioning(tmp);
    for (let waited = 0; stray.length > 0 && waited < 3000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      stray = processesMentioning(tmp);
    }
    if (stray.length) {
      problems.push(`processes of the run still alive: ${stray.join(', ')}`);
      for (const pid of stray) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    if (problems.length) {
      failed++;
      console.log(`[selftest] FAIL after ${result.seconds.toFixed(1)} s: ${problems.join('; ')}`);
    } else {
      passed++;
      console.log(`[selftest] ok (${result.seconds.toFixed(1)} s, exit code ${result.code})`);
    }
  }

  fs.rmSync(base, { recursive: true, force: true });
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(`selftest: ${err.stack}`);
  process.exit(3);
});
