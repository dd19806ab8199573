/**
 * The in-memory Excel simulator as `Office` and `Excel` globals, the way office.js provides them inside
 * Excel. Two uses:
 * - harness.html (e2e development builds) imports it, then the pane;
 * - built alone (`webpack --env officeSim`) it stands in for office.js itself: the production-build suite
 *   (test/e2e/production.test.ts) answers the request for office.js with it, so the page under test is
 *   dist/taskpane.html byte for byte. That build polyfills without touching the globals (core-js-pure), so
 *   that the legacy-engine test sees only the pane's own polyfills.
 *
 * Query of the page: ?lang=en-US (display language, default vi-VN) · ?api=1.7 (highest ExcelApi set,
 * default 1.9) · ?theme=dark (Office's theme, default light; none: no officeTheme) · ?settings=<JSON>
 * (the document settings the workbook was saved with: a test "reopens the workbook" with what
 * window.__settings.snapshot() gave in an earlier page) · ?document=<name> (the settings kept in
 * sessionStorage under that name: a reload of the page reopens the same workbook's settings).
 */
import { DocumentSettingsStore, OFFICE_THEMES, WorkbookSimulator, installOfficeGlobals, snapshotSheet, type SnapshotCell } from '../simulator';

declare global {
  interface Window {
    __sim: WorkbookSimulator;
    __simSnapshot: (sheetName: string) => SnapshotCell[];
    __settings: DocumentSettingsStore;
  }
}

const query = new URLSearchParams(window.location.search);
const sim = new WorkbookSimulator({ sheets: ['Sheet1'] });
const settings = new DocumentSettingsStore(JSON.parse(query.get('settings') ?? '{}') as Record<string, unknown>);
// ?document=<name>: the document's settings are also kept (in sessionStorage) across reloads, as a saved
// workbook keeps them across openings.
const documentName = query.get('document');
if (documentName) {
  const storageKey = `sim-settings:${documentName}`;
  let saved = JSON.parse(sessionStorage.getItem(storageKey) ?? JSON.stringify(settings.saved)) as Record<string, string>;
  Object.defineProperty(settings, 'saved', {
    get: () => saved,
    set: (value: Record<string, string>) => {
      saved = value;
      sessionStorage.setItem(storageKey, JSON.stringify(value));
    },
  });
}
const theme = query.get('theme');
installOfficeGlobals(sim, {
  displayLanguage: query.get('lang') ?? 'vi-VN',
  supportedExcelApi: query.get('api') ?? '1.9',
  documentSettings: settings,
  officeTheme: theme === 'none' ? null : theme === 'dark' ? OFFICE_THEMES.dark : OFFICE_THEMES.light,
});
window.__sim = sim;
window.__simSnapshot = (sheetName) => snapshotSheet(sim, sheetName);
window.__settings = settings;
