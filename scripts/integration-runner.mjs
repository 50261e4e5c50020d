// Which real VS Code runs the integration suite on this machine:
//   harness   code-server + headless Chromium (test/integration/harness/): Linux,
//             needs Debian packages (setup.sh), no download from VS Code's
//             servers; what CI and the project's machines use.
//   electron  desktop VS Code through @vscode/test-electron
//             (test/integration/runElectron.ts): macOS and Windows (it downloads
//             VS Code once into .vscode-test/).
// Chosen automatically by platform; BOOMERANG_INTEGRATION=harness|electron
// overrides it (for instance electron on a Linux desktop, under xvfb-run).

export function integrationRunner(env = process.env, platform = process.platform) {
  const forced = env.BOOMERANG_INTEGRATION;
  if (forced === 'harness' || forced === 'electron') return forced;
  if (forced) throw new Error(`BOOMERANG_INTEGRATION=${forced} : attendu « harness » ou « electron ».`);
  return platform === 'linux' ? 'harness' : 'electron';
}
