/**
 * WorkbookSimulator: an in-memory workbook plus the part of the `Excel` namespace the adapter uses
 * (`Excel.run`, RequestContext, enums). Plain TypeScript with no Node APIs, so it can be bundled into
 * a browser page for the end-to-end test. It is meant to be as strict as Excel, following Microsoft's
 * documentation for every member the adapter uses (README.md lists what it enforces):
 * - each member carries its requirement set, generated from the `[Api set: ExcelApi 1.x]` tags of
 *   @types/office-js (excel-api-sets.generated.ts); a host below it fails the sync with ApiNotFound;
 * - requests and responses are measured in bytes of JSON against Excel on the web's 5 MB limit;
 * - formulas are parsed, bound to sheets when written, rewritten on rename, #REF! on deletion, and
 *   computed by src/core/spreadsheet (calculation.ts); unknown functions are refused;
 * - a failure can be injected at any round trip (failAt), to test what the adapter leaves behind.
 *
 * What it still does not model (a test relying on these proves nothing about Excel):
 * - number formats in displayed text (`text` is the General form), dates typed as text in formulas,
 *   locales other than en-US, the display of #### in narrow columns;
 * - formulas: whole-row/column references, 3-D and external references, structured references,
 *   R1C1, array formulas entered with Ctrl+Shift+Enter, spilling into neighbouring cells (a block
 *   result gives its top-left value), volatile functions, iterative calculation (a circular
 *   reference is 0), the functions src/core/spreadsheet does not implement (refused, where Excel
 *   would store them and show #NAME?), Excel's binary floating point (exact decimals here; a
 *   division keeps 12 decimals);
 * - conditional-format and data-validation formulas are parsed but never evaluated, and not
 *   rewritten when a sheet is renamed;
 * - sheet-scoped names, tables, charts, comments, events, undo, workbook structure protection,
 *   calculation mode (always automatic);
 * - the exact size of Office's JSON messages: estimated as the arguments' and results' JSON plus 64
 *   bytes an operation;
 * - the online-only (ExcelApiOnline), desktop-only and preview sets: members only there are refused;
 * - timing, throttling, the 5,000,000-cell limit of a read (only bounded ranges are read), memory.
 */
import type { Commit, ContextCore, EnqueueOptions } from './client-object';
import { jsonBytes } from './client-object';
import { SimOfficeError } from './errors';
import { EXCEL_API_ARGUMENTS, EXCEL_API_SETS } from './excel-api-sets.generated';
import { SimWorkbookProxy } from './workbook-proxies';
import { SimSheet, SimWorkbook, type SimCell } from './workbook-state';
import { parseAddress, rectAddress, type Rect } from './address';
import { protectedSheet } from './errors';
import { storeEntry } from './range-proxies';
import { interpretInput } from './typed-input';
import { cellValue, officeValue } from './calculation';

export interface SimulatorOptions {
  /** Sheets of the new workbook (default: one "Sheet1", as Excel creates). */
  sheets?: string[];
  /** Highest ExcelApi requirement set the simulated host supports (default "1.9"). */
  excelApi?: string;
  /**
   * 'web' (default): Excel on the web, which refuses a request or a response over 5 MB;
   * 'desktop': no payload limit (Windows, Mac).
   */
  platform?: 'web' | 'desktop';
}

/**
 * Excel on the web refuses a request or a response over 5 MB ("Resource limits and performance
 * optimization for Office Add-ins", Excel add-ins; "Payload size limit best practices" in the Excel
 * performance article). Counted here as 5,000,000 bytes of JSON (UTF-8), slightly stricter than
 * 5 × 2^20.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** Bytes of a request per queued operation besides its arguments (object path, action type, ids). */
export const OPERATION_OVERHEAD_BYTES = 64;

/** A failure the test makes happen at one round trip (1-based, as syncCount counts them). */
export interface InjectedFailure {
  roundTrip: number;
  /** Operations of that round trip that run before it fails (default 0: it fails before any runs). */
  after?: number;
}

/** The requirement set of a member ("1.7"), from the generated table; undefined for a member the table does not list. */
export function memberSet(type: string, member: string, argument?: string): string | undefined {
  const base = EXCEL_API_SETS[type]?.[member];
  if (base === undefined) return undefined;
  const qualified = argument !== undefined ? EXCEL_API_ARGUMENTS[`${type}.${member}`]?.[argument] : undefined;
  return qualified ?? base;
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
  private queue: Array<{ location: string; run: () => Commit | void; mutates: boolean; bytes: number }> = [];
  private closed = false;
  private cellsRead = 0;
  private responseBytes = 0;

  constructor(private readonly sim: WorkbookSimulator) {
    this.workbook = new SimWorkbookProxy(this);
  }

  get state(): SimWorkbook {
    return this.sim.workbook;
  }

  enqueue(location: string, run: () => Commit | void, options: EnqueueOptions = {}): void {
    // Objects of a finished Excel.run cannot be used any more.
    if (this.closed) throw new SimOfficeError('InvalidObjectPath', undefined, location);
    this.queue.push({ location, run, mutates: options.mutates !== false, bytes: OPERATION_OVERHEAD_BYTES + (options.bytes ?? 0) });
  }

  /**
   * A member above the host's requirement set fails as Excel fails it: ApiNotFound. A member the
   * generated table does not list is a bug of the simulator (every member it models must carry its set).
   */
  requireMember(type: string, member: string, argument?: string): void {
    const set = memberSet(type, member, argument);
    if (set === undefined) throw new Error(`simulator: ${type}.${member} is not in excel-api-sets.generated.ts`);
    if (!this.sim.supportsSet(set)) {
      throw new SimOfficeError('ApiNotFound', undefined, `${type}.${member}${argument ? ` (${argument})` : ''}: ExcelApi ${set}`);
    }
  }

  countCellsRead(entries: number): void {
    this.cellsRead += entries;
  }

  countResponse(value: unknown): void {
    this.responseBytes += jsonBytes(value);
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
    this.sim.operationsPerRoundTrip.push(ops.length);
    const requestBytes = ops.reduce((n, op) => n + op.bytes, 0);
    this.sim.maxRequestBytes = Math.max(this.sim.maxRequestBytes, requestBytes);
    if (this.sim.platform === 'web' && requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new SimOfficeError('RequestPayloadSizeLimitExceeded', undefined, `sync ${this.sim.syncCount}: ${requestBytes} bytes`);
    }
    const failure = this.sim.takeInjectedFailure(this.sim.syncCount);
    const commits: Commit[] = [];
    this.cellsRead = 0;
    this.responseBytes = 0;
    try {
      ops.forEach((op, k) => {
        if (failure && k === (failure.after ?? 0)) throw new SimOfficeError('GeneralException', undefined, `injected at sync ${this.sim.syncCount}, before ${op.location}`);
        const commit = op.run();
        if (op.mutates) this.state.touch();
        if (commit) commits.push(commit);
      });
      if (failure) throw new SimOfficeError('GeneralException', undefined, `injected at the end of sync ${this.sim.syncCount}`);
    } catch (e) {
      // What ran stays applied (Excel does not roll back): formulas must see it.
      this.state.touch();
      throw e;
    } finally {
      this.sim.maxCellsReadPerSync = Math.max(this.sim.maxCellsReadPerSync, this.cellsRead);
      this.sim.maxResponseBytes = Math.max(this.sim.maxResponseBytes, this.responseBytes);
    }
    if (this.sim.platform === 'web' && this.responseBytes > PAYLOAD_LIMIT_BYTES) {
      // The host ran the batch; only its answer is refused: nothing loaded becomes readable.
      this.sim.refusedResponses++;
      throw new SimOfficeError('ResponsePayloadSizeLimitExceeded', undefined, `sync ${this.sim.syncCount}: ${this.responseBytes} bytes`);
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
  /** The operations of each round trip, in order (to aim an injected failure inside one). */
  operationsPerRoundTrip: number[] = [];
  /**
   * Most cell entries one round trip sent back (a cell counts once per loaded 2-D property: values,
   * formulas, valueTypes…): the simulator's stand-in for Excel on the web's 5 MB response limit.
   */
  maxCellsReadPerSync = 0;
  /** Largest request and response of one round trip, in bytes of JSON (see PAYLOAD_LIMIT_BYTES). */
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  /** Responses refused for their size (ResponsePayloadSizeLimitExceeded). */
  refusedResponses = 0;
  /** Highest supported ExcelApi set; null = none (Excel 2013). */
  excelApi: string | null;
  platform: 'web' | 'desktop';
  readonly excel: SimExcelNamespace;
  private injected: InjectedFailure[] = [];

  constructor(options: SimulatorOptions = {}) {
    this.excelApi = options.excelApi ?? '1.9';
    this.platform = options.platform ?? 'web';
    for (const name of options.sheets ?? ['Sheet1']) this.addSheet(name);
    this.excel = this.makeNamespace();
  }

  supportsExcelApi(version: string): boolean {
    return this.excelApi !== null && compareVersions(this.excelApi, version) >= 0;
  }

  /** A set of the generated table: "1.7"; the online-only, desktop-only and preview sets are not simulated. */
  supportsSet(set: string): boolean {
    const key = `${this.excelApi}|${set}`;
    let known = this.setSupport.get(key);
    if (known === undefined) this.setSupport.set(key, (known = /^\d+\.\d+$/.test(set) && this.supportsExcelApi(set)));
    return known;
  }

  private readonly setSupport = new Map<string, boolean>();

  /**
   * Makes round trip `roundTrip` (counted as syncCount counts) fail with GeneralException after
   * `after` of its operations ran — as a dropped connection or a host error would. Each call adds
   * one failure, which happens once.
   */
  failAt(roundTrip: number, after = 0): void {
    this.injected.push({ roundTrip, after });
  }

  /** The injected failure for this round trip, if any (consumed). */
  takeInjectedFailure(roundTrip: number): InjectedFailure | null {
    const i = this.injected.findIndex((f) => f.roundTrip === roundTrip);
    return i < 0 ? null : this.injected.splice(i, 1)[0];
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.syncCalls = 0;
    this.operationCount = 0;
    this.operationsPerRoundTrip = [];
    this.maxCellsReadPerSync = 0;
    this.maxRequestBytes = 0;
    this.maxResponseBytes = 0;
    this.refusedResponses = 0;
  }

  /** Seeds a sheet directly (test setup, not through the API). */
  addSheet(name: string, visibility: SimSheet['visibility'] = 'Visible'): SimSheet {
    if (this.workbook.findSheet(name)) throw new Error(`sheet exists: ${name}`);
    const sheet = new SimSheet(name);
    sheet.visibility = visibility;
    this.workbook.sheets.push(sheet);
    this.workbook.touch();
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

  /** A sheet's charts as plain data, for assertions: series' cells as "'Sheet'!F6:F9" addresses. */
  charts(sheetName: string): Array<{
    name: string;
    type: string;
    title: string | null;
    position: string | null;
    legend: { visible: boolean; position: string };
    dataLabels: { showValue: boolean; numberFormat: string | null };
    axes: { category: { title: string | null; numberFormat: string | null }; value: { title: string | null; numberFormat: string | null } };
    series: Array<{ name: string; values: string | null; xValues: string | null; chartType: string | null; fill: string | null; lineColor: string | null; pointFills: Record<number, string> }>;
  }> {
    const ref = (r: { sheet: { name: string }; rect: Rect } | null) => r && `'${r.sheet.name.replace(/'/g, "''")}'!${rectAddress(r.rect)}`;
    return this.sheet(sheetName).charts.map((c) => ({
      name: c.name,
      type: c.type,
      title: c.title,
      position: c.position && `${rectAddress(c.position.from)}:${rectAddress(c.position.to)}`,
      legend: { ...c.legend },
      dataLabels: { ...c.dataLabels },
      axes: { category: { ...c.axes.category }, value: { ...c.axes.value } },
      series: c.series.map((s) => ({ name: s.name, values: ref(s.values), xValues: ref(s.xValues), chartType: s.chartType, fill: s.fill, lineColor: s.lineColor, pointFills: { ...s.pointFills } })),
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
    if (entry) storeEntry(this.workbook, cell, entry);
    this.workbook.touch();
    return cell;
  }

  /**
   * What Excel shows in a cell, as `range.values` returns it: a constant, or a formula's computed
   * value (a number, a text, a boolean, or an error's text such as "#REF!"); "" for an empty cell.
   */
  value(sheetName: string, address: string): string | number | boolean {
    const { rect } = parseAddress(address);
    const sheet = this.sheet(sheetName);
    const cell = sheet.peek(rect.row, rect.col);
    if (cell.formula === null) return cell.value ?? '';
    return officeValue(cellValue(this.workbook, sheet, rect.row, rect.col)).value;
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
