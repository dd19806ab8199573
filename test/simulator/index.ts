/** Workbook simulator: an in-memory Excel behind the Office.js API surface the adapter uses. */
export { WorkbookSimulator, SimRequestContext, SheetVisibility, compareVersions, memberSet, PAYLOAD_LIMIT_BYTES, type SimulatorOptions, type SimExcelNamespace } from './simulator';
export { installOfficeGlobals, makeOffice, OFFICE_THEMES, type OfficeGlobalsOptions, type SimOffice, type SimOfficeTheme } from './office-globals';
export { DocumentSettingsStore, SimDocumentSettings } from './document-settings';
export { snapshotSheet, type SnapshotCell } from './snapshot';
export { SimOfficeError, type SimErrorCode } from './errors';
export { parseAddress, rectAddress, columnName, type Rect } from './address';
export type { SimCell, SimSheet, SimWorkbook, SimName, SimValidation, SimFont, SimFormatRule } from './workbook-state';
