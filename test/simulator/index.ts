/** Workbook simulator: an in-memory Excel behind the Office.js API surface the adapter uses. */
export { WorkbookSimulator, SimRequestContext, SheetVisibility, compareVersions, memberSet, PAYLOAD_LIMIT_BYTES, type SimulatorOptions, type SimExcelNamespace } from './simulator';
export { installOfficeGlobals, makeOffice, SimSettings, type OfficeGlobalsOptions, type SimOffice, type SimSettingsStore } from './office-globals';
export { snapshotSheet, type SnapshotCell } from './snapshot';
export { SimOfficeError, type SimErrorCode } from './errors';
export { parseAddress, rectAddress, columnName, type Rect } from './address';
export type { SimCell, SimSheet, SimWorkbook, SimName, SimValidation, SimFont, SimFormatRule } from './workbook-state';
