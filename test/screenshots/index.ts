// Entry point of the README pictures (scripts/screenshots.mjs, `npm run
// screenshots`): the integration suite's runner over the *.test.js files of
// this folder only, so that taking the pictures does not wait for the whole
// suite and does not depend on it passing.
export { run } from '../integration/index';
