/**
 * Entry of harness.html (e2e builds only): the production pane over the in-memory Excel simulator.
 * Installs the simulated `Office`/`Excel` globals first (./office-sim), then loads src/taskpane/index.tsx
 * unchanged, so the pane, the Office.js adapter and the renderer all run as they would inside Excel.
 *
 * Query: ?lang=en-US (display language, default vi-VN) · ?api=1.7 (highest ExcelApi set, default 1.9).
 */
import './office-sim';

// After the globals exist: index.tsx looks for `Office` as soon as it runs.
void import(/* webpackChunkName: "pane" */ '../../src/taskpane/index');
