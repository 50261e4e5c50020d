// Fake extension for the harness self-test: activates and does nothing.
'use strict';

function activate() {}

function deactivate() {}

module.exports = { activate, deactivate };
