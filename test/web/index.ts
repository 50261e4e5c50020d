// Entry point of the web-host suite (scripts/test-web-host.mjs): the same
// mocha runner as the integration suite, over the *.test.js files of this
// folder. The suite runs in code-server's Node extension host while the
// extension, forced into the web-worker extension host, runs from its
// `browser` bundle; they meet through the VS Code API (documents, diagnostics,
// code actions, commands), which crosses hosts.
export { run } from '../integration/index';
