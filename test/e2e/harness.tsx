/**
 * Entry of harness.html (e2e builds only): the production pane over the in-memory Excel simulator.
 * Installs the simulated `Office`/`Excel` globals first, then loads src/taskpane/index.tsx unchanged, so
 * the pane, the Office.js adapter and the renderer all run as they would inside Excel.
 *
 * Query: ?lang=en-US (display language, default vi-VN) · ?api=1.7 (highest ExcelApi set, default 1.9).
 */
import { WorkbookSimulator, installOfficeGlobals, snapshotSheet, type SnapshotCell } from '../simulator';

declare global {
  interface Window {
    __sim: WorkbookSimulator;
    __simSnapshot: (sheetName: string) => SnapshotCell[];
  }
}

const query = new URLSearchParams(window.location.search);
const sim = new WorkbookSimulator({ sheets: ['Sheet1'] });
installOfficeGlobals(sim, {
  displayLanguage: query.get('lang') ?? 'vi-VN',
  supportedExcelApi: query.get('api') ?? '1.9',
});
window.__sim = sim;
window.__simSnapshot = (sheetName) => snapshotSheet(sim, sheetName);

// After the globals exist: index.tsx looks for `Office` as soon as it runs.
void import(/* webpackChunkName: "pane" */ '../../src/taskpane/index');
