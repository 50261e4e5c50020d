// Plain-JS copy of the runner logic of test/integration/index.ts, so the
// harness self-test needs no TypeScript compiler. Keep the two in step.
// mocha resolves from the harness' own node_modules (a devDependency there).
'use strict';

const fs = require('fs');
const path = require('path');

/** Every *.test.js file under dir (recursive), sorted for a stable order. */
function findTestFiles(dir) {
  const found = [];
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
function summaryLine(stats) {
  const skipped = stats.pending > 0 ? `, ${stats.pending} skipped` : '';
  return `${stats.passes} passed, ${stats.failures} failed${skipped}`;
}

/** Returns a run() for the extension host that runs the *.test.js files under suiteDir. */
function createRun(suiteDir) {
  return function run() {
    const Mocha = require('mocha');
    const grep = process.env.BOOMERANG_TEST_GREP || undefined;
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20000, reporter: 'spec', grep });

    const files = findTestFiles(suiteDir);
    if (files.length === 0) {
      return Promise.reject(new Error(`no *.test.js files found under ${suiteDir}`));
    }
    for (const file of files) mocha.addFile(file);

    return new Promise((resolve, reject) => {
      try {
        const runner = mocha.run((failures) => {
          const stats = runner.stats || { passes: 0, failures, pending: 0 };
          console.log(summaryLine(stats));
          if (failures > 0) reject(new Error(`${failures} test(s) failed`));
          else resolve();
        });
      } catch (err) {
        console.error(err);
        reject(err);
      }
    });
  };
}

module.exports = { createRun };
