'use strict';
// Suite entry (extensionTestsPath) of the deliberately failing self-test suite.
module.exports = { run: require('../runner.js').createRun(__dirname) };
