/**
 * WorkbookSimulator: an in-memory workbook plus the part of the `Excel` namespace the adapter uses
 * (`Excel.run`, RequestContext, enums). Plain TypeScript with no Node APIs, so it can be bundled into
 * a browser page for the end-to-end test.
 */
import type { Commit, ContextCore } from './client-object';
import { SimOfficeError } from './errors';
import { SimWorkbookProxy } from './workbook-proxies';
import { SimSheet, SimWorkbook, type SimCell } from './workbook-state';
import { parseAddress, rectAddress } from './address';
import { protectedSheet } from './errors';
import { storeEntry } from './range-proxies';
import { interpretInput } from './typed-input';

export interface SimulatorOptions {
  /** Sheets of the new workbook (default: one "Sheet1", as Excel creates). */
  sheets?: string[];
  /** Highest ExcelApi requirement set the simulated host supports (default "1.9"). */
  excelApi?: string;
}

/** "1.10" > "1.9": compares minor versions as numbers. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class SimRequestContext implements ContextCore {
  readonly workbook: SimWorkbookProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Array<{ location: string; run: () => Commit | void }> = [];
  private closed = false;
  private cellsRead = 0;

  constructor(private readonly sim: WorkbookSimulator) {
    this.workbook = new SimWorkbookProxy(this);
  }

  get state(): SimWorkbook {
    return this.sim.workbook;
  }

  enqueue(location: string, run: () => Commit | void): void {
    // Objects of a finished Excel.run cannot be used any more.
    if (this.closed) throw new SimOfficeError('InvalidObjectPath', undefined, location);
    this.queue.push({ location, run });
  }

  requireApi(version: string, location: string): void {
    if (!this.sim.supportsExcelApi(version)) {
      throw new SimOfficeError('ApiNotFound', `The API you are trying to use could not be found (ExcelApi ${version} is required).`, location);
    }
  }

  countCellsRead(entries: number): void {
    this.cellsRead += entries;
  }

  /**
   * One round trip: runs the queue in order. The first failure rejects the sync; what ran before it
   * stays applied (Excel does not roll back) and nothing that was loaded becomes readable.
   */
  async sync(): Promise<void> {
    this.sim.syncCalls++;
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (ops.length === 0) return;
    this.sim.syncCount++;
    this.sim.operationCount += ops.length;
    const commits: Commit[] = [];
    this.cellsRead = 0;
    try {
      for (const op of ops) {
        const commit = op.run();
        if (commit) commits.push(commit);
      }
    } finally {
      this.sim.maxCellsReadPerSync = Math.max(this.sim.maxCellsReadPerSync, this.cellsRead);
    }
    commits.forEach((c) => c());
  }

  close(): void {
    this.closed = true;
  }

  get pendingOperations(): number {
    return this.queue.length;
  }
}

export const SheetVisibility = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/** The subset of the Excel namespace's enums the adapter may use; string values as in Office.js. */
const ENUMS = {
  SheetVisibility,
  BorderIndex: { edgeTop: 'EdgeTop', edgeBottom: 'EdgeBottom', edgeLeft: 'EdgeLeft', edgeRight: 'EdgeRight', insideVertical: 'InsideVertical', insideHorizontal: 'InsideHorizontal', diagonalDown: 'DiagonalDown', diagonalUp: 'DiagonalUp' },
  BorderLineStyle: { none: 'None', continuous: 'Continuous', dash: 'Dash', dashDot: 'DashDot', dashDotDot: 'DashDotDot', dot: 'Dot', double: 'Double', slantDashDot: 'SlantDashDot' },
  BorderWeight: { hairline: 'Hairline', thin: 'Thin', medium: 'Medium', thick: 'Thick' },
  HorizontalAlignment: { general: 'General', left: 'Left', center: 'Center', right: 'Right', fill: 'Fill', justify: 'Justify', centerAcrossSelection: 'CenterAcrossSelection', distributed: 'Distributed' },
  DataValidationOperator: { between: 'Between', notBetween: 'NotBetween', equalTo: 'EqualTo', notEqualTo: 'NotEqualTo', greaterThan: 'GreaterThan', lessThan: 'LessThan', greaterThanOrEqualTo: 'GreaterThanOrEqualTo', lessThanOrEqualTo: 'LessThanOrEqualTo' },
  DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
  DataValidationType: { none: 'None', wholeNumber: 'WholeNumber', decimal: 'Decimal', list: 'List', date: 'Date', time: 'Time', textLength: 'TextLength', custom: 'Custom', inconsistent: 'Inconsistent', mixedCriteria: 'MixedCriteria' },
  PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
  PaperType: { letter: 'Letter', legal: 'Legal', a3: 'A3', a4: 'A4', a5: 'A5', b4: 'B4', b5: 'B5' },
  ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents' },
  ConditionalFormatType: { custom: 'Custom', dataBar: 'DataBar', colorScale: 'ColorScale', iconSet: 'IconSet', topBottom: 'TopBottom', presetCriteria: 'PresetCriteria', containsText: 'ContainsText', cellValue: 'CellValue' },
  RangeValueType: { unknown: 'Unknown', empty: 'Empty', string: 'String', integer: 'Integer', double: 'Double', boolean: 'Boolean', error: 'Error', richValue: 'RichValue' },
  ErrorCodes: {
    accessDenied: 'AccessDenied',
    apiNotFound: 'ApiNotFound',
    invalidArgument: 'InvalidArgument',
    invalidOperation: 'InvalidOperation',
    invalidReference: 'InvalidReference',
    itemAlreadyExists: 'ItemAlreadyExists',
    itemNotFound: 'ItemNotFound',
    notImplemented: 'NotImplemented',
  },
} as const;

export type SimExcelNamespace = typeof ENUMS & {
  run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T>;
  RequestContext: new () => SimRequestContext;
};

export class WorkbookSimulator {
  readonly workbook = new SimWorkbook();
  /** Round trips: syncs that carried queued work (an empty sync costs nothing in Office either). */
  syncCount = 0;
  /** Every `context.sync()` call, the empty ones included. */
  syncCalls = 0;
  /** Queued operations (loads, sets, method calls) carried by all round trips. */
  operationCount = 0;
  /**
   * Most cell entries one round trip sent back (a cell counts once per loaded 2-D property: values,
   * formulas, valueTypes…): the simulator's stand-in for Excel on the web's 5 MB response limit.
   */
  maxCellsReadPerSync = 0;
  /** Highest supported ExcelApi set; null = none (Excel 2013). */
  excelApi: string | null;
  readonly excel: SimExcelNamespace;

  constructor(options: SimulatorOptions = {}) {
    this.excelApi = options.excelApi ?? '1.9';
    for (const name of options.sheets ?? ['Sheet1']) this.addSheet(name);
    this.excel = this.makeNamespace();
  }

  supportsExcelApi(version: string): boolean {
    return this.excelApi !== null && compareVersions(this.excelApi, version) >= 0;
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.syncCalls = 0;
    this.operationCount = 0;
    this.maxCellsReadPerSync = 0;
  }

  /** Seeds a sheet directly (test setup, not through the API). */
  addSheet(name: string, visibility: SimSheet['visibility'] = 'Visible'): SimSheet {
    if (this.workbook.findSheet(name)) throw new Error(`sheet exists: ${name}`);
    const sheet = new SimSheet(name);
    sheet.visibility = visibility;
    this.workbook.sheets.push(sheet);
    if (visibility === 'Visible') this.workbook.activeSheet ??= sheet;
    return sheet;
  }

  sheet(name: string): SimSheet {
    const s = this.workbook.findSheet(name);
    if (!s) throw new Error(`no sheet named ${name}; sheets: ${this.sheetNames().join(', ')}`);
    return s;
  }

  hasSheet(name: string): boolean {
    return this.workbook.findSheet(name) !== undefined;
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.name);
  }

  /** What the user has selected, as `range.select()` left it: sheet name and A1 address ("D5"). */
  get selection(): { sheet: string; address: string } | null {
    const s = this.workbook.selection;
    return s && { sheet: s.sheet.name, address: rectAddress(s.rect) };
  }

  get activeSheetName(): string | null {
    return this.workbook.activeSheet?.name ?? null;
  }

  /** A sheet's conditional formats in priority order, for assertions. */
  conditionalFormats(sheetName: string): Array<{ id: string; type: string; address: string; formula: string | null; fill: string | null; fontColor: string | null }> {
    return this.sheet(sheetName).conditionalFormats.map((cf) => ({
      id: cf.id,
      type: cf.type,
      address: cf.areas.map((a) => rectAddress(a)).join(', '),
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.font.color,
    }));
  }

  /**
   * What typing `text` into a cell leaves there, by Excel's typing rules (test setup standing for the
   * user): "1.250" becomes a number, "'1.250" text, "#REF!" an error value. A locked cell of a
   * protected sheet refuses, as it would refuse the user.
   */
  typeInto(sheetName: string, address: string, text: string): SimCell {
    const sheet = this.sheet(sheetName);
    const { rect } = parseAddress(address);
    if (sheet.protection.protected && sheet.peek(rect.row, rect.col).locked) throw protectedSheet('typeInto');
    const cell = sheet.cell(rect.row, rect.col);
    const entry = interpretInput(text, cell.numberFormat === '@', 'typeInto');
    if (entry) storeEntry(cell, entry);
    return cell;
  }

  /** The stored cell at an A1 address ("B3"), or a blank one. */
  cell(sheetName: string, address: string): SimCell {
    const { rect } = parseAddress(address);
    return this.sheet(sheetName).peek(rect.row, rect.col);
  }

  private makeNamespace(): SimExcelNamespace {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const sim = this;
    class RequestContext extends SimRequestContext {
      constructor() {
        super(sim);
      }
    }
    return {
      ...ENUMS,
      RequestContext,
      run: <T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T> => this.run(batch),
    };
  }

  /** Excel.run: the batch must return a promise; pending work is synced at the end; the context then closes. */
  async run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T> {
    const context = new SimRequestContext(this);
    try {
      const pending = batch(context) as unknown;
      if (!pending || typeof (pending as Promise<T>).then !== 'function') throw new SimOfficeError('RunMustReturnPromise');
      const result = await (pending as Promise<T>);
      await context.sync();
      return result;
    } finally {
      context.close();
    }
  }
}
