/** Worksheet and the worksheet collection. */
import { SimChartCollection } from './chart-proxies';
import { MAX_COLS, MAX_ROWS, parseAddress } from './address';
import { SimClientObject, type Commit, type ContextCore, type LoadArgument, loadPaths } from './client-object';
import { fail, SimOfficeError } from './errors';
import { sheetChanged } from './calculation';
import { parseAreas, SimRangeAreas } from './range-areas-proxy';
import { SimRange, type RangeTarget } from './range-proxies';
import { SimFreezePanes, SimPageLayout, SimWorksheetProtection } from './sheet-part-proxies';
import { SimSheet, type Visibility } from './workbook-state';

const VISIBILITIES: Visibility[] = ['Visible', 'Hidden', 'VeryHidden'];

/** Excel's rules for a sheet name. */
export function checkSheetName(name: unknown, location: string): string {
  if (typeof name !== 'string' || name.length < 1 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history') {
    fail('InvalidArgument', location, `"${String(name)}" is not a valid sheet name.`);
  }
  return name;
}

export class SimWorksheet extends SimClientObject<SimSheet> {
  private resolved: SimSheet | null | undefined;
  private protectionProxy?: SimWorksheetProtection;
  private freezeProxy?: SimFreezePanes;
  private pageLayoutProxy?: SimPageLayout;
  private chartsProxy?: SimChartCollection;

  constructor(
    context: ContextCore,
    /** Finds the sheet the first time the proxy is used at sync; afterwards the proxy sticks to it. */
    private readonly locate: () => SimSheet | undefined,
    nullable = false,
  ) {
    super(context, 'Worksheet', nullable);
  }

  target(): SimSheet | null {
    if (this.resolved === undefined) this.resolved = this.locate() ?? null;
    if (this.resolved === null) {
      if (this.nullable) return null;
      return fail('ItemNotFound', 'Worksheet');
    }
    if (this.resolved.deleted) fail('ItemNotFound', 'Worksheet', 'The worksheet has been deleted.');
    return this.resolved;
  }

  protected scalars(): Record<string, (s: SimSheet) => unknown> {
    const wb = this.context.state;
    return {
      name: (s) => s.name,
      id: (s) => s.id,
      position: (s) => wb.sheets.indexOf(s),
      visibility: (s) => s.visibility,
    };
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === 'protection') return this.protection as SimClientObject<unknown>;
    if (name === 'pageLayout') return this.pageLayout as SimClientObject<unknown>;
    return undefined;
  }

  get id(): string {
    return this.read('id');
  }

  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v, (s) => {
      checkSheetName(v, 'Worksheet.name');
      const other = this.context.state.findSheet(v);
      if (other && other !== s) fail('ItemAlreadyExists', 'Worksheet.name');
      const old = s.name;
      s.name = v;
      // Excel rewrites every formula and defined name that refers to the sheet.
      sheetChanged(this.context.state, s, old);
    });
  }

  get position(): number {
    return this.read('position');
  }
  set position(v: number) {
    this.write('position', v, (s) => {
      const sheets = this.context.state.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) fail('InvalidArgument', 'Worksheet.position');
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }

  get visibility(): Visibility {
    return this.read('visibility');
  }
  set visibility(v: Visibility) {
    this.write('visibility', v, (s) => {
      const location = 'Worksheet.visibility';
      if (!VISIBILITIES.includes(v)) fail('InvalidArgument', location);
      const wb = this.context.state;
      if (v !== 'Visible' && s.visibility === 'Visible' && wb.visibleSheets().length === 1) {
        fail('InvalidOperation', location, 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = v;
      if (v !== 'Visible' && wb.activeSheet === s) wb.activeSheet = wb.visibleSheets()[0] ?? null;
    });
  }

  get protection(): SimWorksheetProtection {
    return (this.protectionProxy ??= new SimWorksheetProtection(this.context, this).through(this, 'Worksheet', 'protection'));
  }
  get freezePanes(): SimFreezePanes {
    return (this.freezeProxy ??= new SimFreezePanes(this.context, this).through(this, 'Worksheet', 'freezePanes'));
  }
  get charts(): SimChartCollection {
    return (this.chartsProxy ??= new SimChartCollection(this.context, this).through(this, 'Worksheet', 'charts'));
  }
  get pageLayout(): SimPageLayout {
    return (this.pageLayoutProxy ??= new SimPageLayout(this.context, this).through(this, 'Worksheet', 'pageLayout'));
  }

  /** A range of this sheet; the address is parsed at sync, as Excel does. No address = the whole sheet. */
  getRange(address?: string): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this.target();
      if (sheet === null) return null;
      if (address === undefined) return { sheet, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) fail('InvalidArgument', 'Worksheet.getRange');
      return { sheet, rect: parsed.rect };
    }).through(this, 'Worksheet', 'getRange');
  }

  /** Several areas at once (ExcelApi 1.9), e.g. "D5, D7:E8"; parsed at sync. */
  getRanges(address?: string): SimRangeAreas {
    return new SimRangeAreas(this.context, () => {
      const sheet = this.target();
      if (sheet === null) return fail('ItemNotFound', 'Worksheet.getRanges');
      return parseAreas(sheet, address, 'Worksheet.getRanges');
    }).through(this, 'Worksheet', 'getRanges');
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this.target();
      if (sheet === null) return null;
      const ok = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) && startRow >= 0 && startColumn >= 0 && rowCount > 0 && columnCount > 0;
      if (!ok || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS) fail('InvalidArgument', 'Worksheet.getRangeByIndexes');
      return { sheet, rect: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount } };
    }).through(this, 'Worksheet', 'getRangeByIndexes');
  }

  getCell(row: number, column: number): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this.target();
      if (sheet === null) return null;
      if (!Number.isInteger(row) || !Number.isInteger(column) || row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLS) fail('InvalidArgument', 'Worksheet.getCell');
      return { sheet, rect: { row, col: column, rows: 1, cols: 1 } };
    }).through(this, 'Worksheet', 'getCell');
  }

  /** An empty sheet's used range is A1. */
  getUsedRange(valuesOnly = false): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this.target();
      if (sheet === null) return null;
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    }).through(this, 'Worksheet', 'getUsedRange');
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return new SimRange(
      this.context,
      (): RangeTarget | null => {
        const sheet = this.target();
        const rect = sheet?.usedRect(valuesOnly) ?? null;
        return sheet && rect ? { sheet, rect } : null;
      },
      true,
    ).through(this, 'Worksheet', 'getUsedRangeOrNullObject');
  }

  activate(): void {
    this.call('activate', (s) => {
      if (s.visibility !== 'Visible') fail('InvalidOperation', 'Worksheet.activate', 'A hidden sheet cannot be activated.');
      this.context.state.activeSheet = s;
    });
  }

  /** Excel refuses to delete a very hidden sheet or the last visible one. */
  delete(): void {
    this.call('delete', (s) => {
      const wb = this.context.state;
      if (s.visibility === 'VeryHidden') fail('InvalidOperation', 'Worksheet.delete', 'A very hidden sheet cannot be deleted.');
      if (s.visibility === 'Visible' && wb.visibleSheets().length === 1) {
        fail('InvalidOperation', 'Worksheet.delete', 'A workbook must contain at least one visible worksheet.');
      }
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      s.deleted = true;
      // References to it become #REF! in formulas (text and value) and in defined names.
      sheetChanged(wb, s, s.name);
      if (wb.activeSheet === s) wb.activeSheet = wb.visibleSheets()[0] ?? null;
      if (wb.selection?.sheet === s) wb.selection = null;
    });
  }
}

/** Loading a collection loads its items; "items/name" and "name" mean the same. */
export function itemPaths(arg: LoadArgument): string[][] | 'all' {
  const paths = loadPaths(arg);
  if (paths === 'all') return 'all';
  const stripped = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
  return stripped.length ? stripped : 'all';
}

export class SimWorksheetCollection extends SimClientObject<SimSheet[]> {
  constructor(context: ContextCore) {
    super(context, 'WorksheetCollection');
  }

  target(): SimSheet[] {
    return this.context.state.sheets;
  }

  protected scalars(): Record<string, (t: SimSheet[]) => unknown> {
    return {};
  }

  get items(): SimWorksheet[] {
    return this.read('items');
  }

  override load(arg?: LoadArgument): this {
    const paths = itemPaths(arg);
    this.queue('WorksheetCollection.load', () => this.loadItemsNow(paths), { mutates: false });
    return this;
  }

  override loadNow(paths: string[][] | 'all'): Commit {
    return this.loadItemsNow(paths);
  }

  private loadItemsNow(paths: string[][] | 'all'): Commit {
    const items = this.context.state.sheets.map((s) => new SimWorksheet(this.context, () => s).through(this, 'WorksheetCollection', 'items'));
    const commits = items.map((item) => item.loadNow(paths));
    return () => {
      commits.forEach((c) => c());
      this.publish('items', items);
    };
  }

  /** Appends a sheet at the end (visible, not activated). */
  add(name?: string): SimWorksheet {
    let created: SimSheet | undefined;
    const proxy = new SimWorksheet(this.context, () => created).through(this, 'WorksheetCollection', 'add');
    this.queue('WorksheetCollection.add', () => {
      this.context.requireMember('WorksheetCollection', 'add');
      const wb = this.context.state;
      let chosen = name;
      if (chosen === undefined || chosen === null) {
        let n = wb.sheets.length + 1;
        while (wb.findSheet(`Sheet${n}`)) n++;
        chosen = `Sheet${n}`;
      }
      checkSheetName(chosen, 'WorksheetCollection.add');
      if (wb.findSheet(chosen)) throw new SimOfficeError('ItemAlreadyExists', undefined, 'WorksheetCollection.add');
      created = new SimSheet(chosen);
      wb.sheets.push(created);
      wb.activeSheet ??= created;
    });
    return proxy;
  }

  /** By name (case-insensitive) or id; a missing sheet fails at sync with ItemNotFound. */
  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.context, () => this.find(key)).through(this, 'WorksheetCollection', 'getItem');
  }

  getItemOrNullObject(key: string): SimWorksheet {
    return new SimWorksheet(this.context, () => this.find(key), true).through(this, 'WorksheetCollection', 'getItemOrNullObject');
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, () => this.context.state.activeSheet ?? undefined).through(this, 'WorksheetCollection', 'getActiveWorksheet');
  }

  private find(key: string): SimSheet | undefined {
    const wb = this.context.state;
    return wb.findSheet(key) ?? wb.sheets.find((s) => s.id === key);
  }
}
