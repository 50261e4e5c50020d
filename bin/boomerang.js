#!/usr/bin/env node
// Launcher for `npx boomerang`: runs the bundled command line.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('boomerang : la ligne de commande n’est pas construite. Lancez « npm run build » d’abord.\n');
  process.exit(2);
}
process.exitCode = require(cli).main(process.argv.slice(2));
