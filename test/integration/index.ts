// Entry point of the integration suite, loaded by the VS Code extension host
// (extensionTestsPath). Used both by test/integration/harness/run.mjs
// (code-server + headless Chromium) and by runElectron.ts (desktop VS Code).
//
// It runs every *.test.js file found under the folder of the compiled suite
// with mocha (bdd UI, spec reporter, no colours; only the tests whose title
// contains BOOMERANG_TEST_GREP when it is set) and ends with one line
// "N passed, M failed" (", K skipped" when some were skipped).
//
// Its console output reaches the harness through the workbench: the extension
// host forwards console.* to the window, which hands it to
// window.codeAutomationLog when tests are run from the command line.
//
// test/integration/harness/selftest/runner.js is a plain-JS copy of this
// logic for the harness self-test: keep the two in step.
import * as fs from 'fs';
import * as path from 'path';

/** The few parts of mocha's API used here (mocha is required at run time). */
interface MochaStats {
  passes: number;
  failures: number;
  pending: number;
}
interface MochaRunner {
  stats?: MochaStats;
}
interface MochaInstance {
  addFile(file: string): void;
  run(done: (failures: number) => void): MochaRunner;
}
type MochaConstructor = new (options: {
  ui: string;
  color: boolean;
  timeout: number;
  reporter: string;
  grep?: string;
}) => MochaInstance;

/** Every *.test.js file under dir (recursive), sorted for a stable order. */
function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') found.push(...findTestFiles(full));
    } else if (entry.isFile() && entry.name.endsWith('.test.js')) {
      found.push(full);
    }
  }
  return found.sort();
}

/** "N passed, M failed" plus ", K skipped" when K > 0. */
function summaryLine(stats: MochaStats): string {
  const skipped = stats.pending > 0 ? `, ${stats.pending} skipped` : '';
  return `${stats.passes} passed, ${stats.failures} failed${skipped}`;
}

export function run(): Promise<void> {
  // mocha is a devDependency of the root project; the compiled suite resolves
  // it from the root node_modules.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require('mocha') as MochaConstructor;
  // BOOMERANG_TEST_GREP runs only the tests whose full title contains it (the
  // extension host inherits the environment of run.mjs through code-server).
  const grep = process.env.BOOMERANG_TEST_GREP || undefined;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20000, reporter: 'spec', grep });

  const files = findTestFiles(__dirname);
  if (files.length === 0) {
    return Promise.reject(new Error(`no *.test.js files found under ${__dirname}`));
  }
  for (const file of files) mocha.addFile(file);

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
        // Alone on its own line: CI reads it as the suite's closing line.
        console.log(summaryLine(stats));
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
    } catch (err) {
      // e.g. a syntax error while loading a test file
      console.error(err);
      reject(err);
    }
  });
}
