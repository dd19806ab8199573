#!/usr/bin/env node
// Runs the compiled CLI (npm run build:cli); says how to build it when it is missing.
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'build', 'cli', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  console.error('Chưa biên dịch công cụ dòng lệnh: hãy chạy "npm run build:cli". (The CLI is not built: run "npm run build:cli".)');
  process.exit(2);
}
// `run` awaits the one asynchronous command (report, whose Word writer is asynchronous).
require(entry).run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
