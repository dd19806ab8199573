/**
 * The in-memory Excel simulator as `Office` and `Excel` globals, the way office.js provides them inside
 * Excel. Two uses:
 * - harness.html (e2e development builds) imports it, then the pane;
 * - built alone (`webpack --env officeSim`) it stands in for office.js itself: the production-build suite
 *   (test/e2e/production.test.ts) answers the request for office.js with it, so the page under test is
 *   dist/taskpane.html byte for byte. That build polyfills without touching the globals (core-js-pure), so
 *   that the legacy-engine test sees only the pane's own polyfills.
 *
 * Query of the page: ?lang=en-US (display language, default vi-VN) · ?api=1.7 (highest ExcelApi set, default 1.9).
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
// ?document=<name>: the document's settings are kept (in sessionStorage) across reloads, as a saved
// workbook keeps them across openings.
const documentName = query.get('document');
const storageKey = `sim-settings:${documentName ?? ''}`;
const settings = {
  saved: documentName ? (JSON.parse(sessionStorage.getItem(storageKey) ?? '{}') as Record<string, string>) : {},
};
const store = documentName
  ? {
      get saved() {
        return settings.saved;
      },
      set saved(value: Record<string, string>) {
        settings.saved = value;
        sessionStorage.setItem(storageKey, JSON.stringify(value));
      },
    }
  : settings;
installOfficeGlobals(sim, {
  displayLanguage: query.get('lang') ?? 'vi-VN',
  supportedExcelApi: query.get('api') ?? '1.9',
  settings: store,
});
window.__sim = sim;
window.__simSnapshot = (sheetName) => snapshotSheet(sim, sheetName);
