#!/usr/bin/env node
// Prints the plain closing line CI reads — "N passed, N failed" — from Jest's JSON results.
// Exits non-zero when a test failed, a suite failed to run, or no test ran at all.
const fs = require('fs');
const file = process.argv[2] || 'test-output/jest-results.json';
let r;
try {
  r = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  console.log('0 passed, 1 failed');
  console.error(`no Jest results in ${file}: ${e.message}`);
  process.exit(1);
}
const brokenSuites = r.numRuntimeErrorTestSuites || 0;
const failed = r.numFailedTests + brokenSuites;
const skipped = r.numPendingTests + (r.numTodoTests || 0);
console.log(`${r.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
process.exit(failed > 0 || r.numPassedTests === 0 || !r.success ? 1 : 0);
