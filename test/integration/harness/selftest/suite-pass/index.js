'use strict';
// Suite entry (extensionTestsPath) of the passing self-test suite.
module.exports = { run: require('../runner.js').createRun(__dirname) };
