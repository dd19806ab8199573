/** Range: contents (values, formulas, number formats), merges, clearing, selection. */
import { MAX_COLS, MAX_ROWS, overlaps, qualifiedAddress } from './address';
import { SimClientObject, type ContextCore } from './client-object';
import { SimConditionalFormatCollection } from './conditional-format-proxies';
import { SimDataValidation } from './data-validation-proxy';
import { fail } from './errors';
import { assertCellsWritable, assertEditable } from './protection-rules';
import { boundedCells, entryAt, forEachCell, grid, type RangeTarget } from './range-cells';
import { SimRangeFormat } from './range-format-proxies';
import { interpretInput, type CellEntry } from './typed-input';
import { bindFormula, cellValue, displayText, officeValue } from './calculation';
import { blankCell, type SimCell, type SimWorkbook } from './workbook-state';

export type { RangeTarget } from './range-cells';

export class SimRange extends SimClientObject<RangeTarget> {
  private formatProxy?: SimRangeFormat;
  private validationProxy?: SimDataValidation;
  private conditionalFormatsProxy?: SimConditionalFormatCollection;

  constructor(
    context: ContextCore,
    /** Resolves the sheet and rectangle at sync; null = null object. */
    private readonly locate: () => RangeTarget | null,
    nullable = false,
  ) {
    super(context, 'Range', nullable);
  }

  /** Resolved once, like Office's object reference: a used range keeps its address after later writes. */
  private resolved: RangeTarget | null | undefined;

  target(): RangeTarget | null {
    if (this.resolved === undefined) this.resolved = this.locate();
    const t = this.resolved;
    if (t === null && !this.nullable) fail('ItemNotFound', 'Range');
    if (t !== null && t.sheet.deleted) fail('ItemNotFound', 'Range', 'The worksheet has been deleted.');
    return t;
  }

  protected scalars(): Record<string, (t: RangeTarget) => unknown> {
    const cells = <V>(fn: (t: RangeTarget) => V) => (t: RangeTarget): V => {
      this.context.countCellsRead(t.rect.rows * t.rect.cols);
      return fn(t);
    };
    return {
      address: (t) => qualifiedAddress(t.sheet.name, t.rect),
      rowCount: (t) => t.rect.rows,
      columnCount: (t) => t.rect.cols,
      rowIndex: (t) => t.rect.row,
      columnIndex: (t) => t.rect.col,
      cellCount: (t) => t.rect.rows * t.rect.cols,
      // A formula cell reads back its computed value (see calculation.ts).
      values: cells((t) => gridAt(t, 'Range.values', (c, r, k) => (c.formula !== null ? officeValue(cellValue(this.context.state, t.sheet, r, k)).value : (c.value ?? '')))),
      // A quote-prefixed text comes back without its apostrophe, as in Excel (so "'=x" reads "=x").
      formulas: cells((t) => grid(t, 'Range.formulas', (c) => c.formula ?? c.value ?? '')),
      numberFormat: cells((t) => grid(t, 'Range.numberFormat', (c) => c.numberFormat)),
      text: cells((t) => gridAt(t, 'Range.text', (c, r, k) => (c.formula !== null ? displayText(cellValue(this.context.state, t.sheet, r, k)) : String(c.value ?? '')))),
      valueTypes: cells((t) => gridAt(t, 'Range.valueTypes', (c, r, k) => (c.formula !== null ? officeValue(cellValue(this.context.state, t.sheet, r, k)).type : valueType(c)))),
    };
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === 'format') return this.format as SimClientObject<unknown>;
    if (name === 'dataValidation') return this.dataValidation as SimClientObject<unknown>;
    return undefined;
  }

  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(input: unknown[][]) {
    this.write('values', input, (t) => writeContents(this.context.state, t, input, 'Range.values'));
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(input: unknown[][]) {
    this.write('formulas', input, (t) => writeContents(this.context.state, t, input, 'Range.formulas'));
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.write('numberFormat', input, (t) => {
      const location = 'Range.numberFormat';
      boundedCells(t, location);
      const at = entryAt(input, t.rect, location);
      assertEditable(t.sheet, 'format', location);
      forEachCell(t, (cell, i, j) => {
        const v = at(i, j);
        if (v === null || v === undefined) return;
        if (typeof v !== 'string') fail('InvalidArgument', location);
        cell.numberFormat = v;
      });
    });
  }

  get format(): SimRangeFormat {
    return (this.formatProxy ??= new SimRangeFormat(this.context, this).through(this, 'Range', 'format'));
  }

  get dataValidation(): SimDataValidation {
    return (this.validationProxy ??= new SimDataValidation(this.context, this).through(this, 'Range', 'dataValidation'));
  }

  /** The conditional formats that intersect the range (ExcelApi 1.6). */
  get conditionalFormats(): SimConditionalFormatCollection {
    return (this.conditionalFormatsProxy ??= new SimConditionalFormatCollection(this.context, () => {
      const t = this.target();
      return t && { sheet: t.sheet, areas: [t.rect] };
    }).through(this, 'Range', 'conditionalFormats'));
  }

  getCell(row: number, column: number): SimRange {
    return new SimRange(this.context, () => {
      const t = this.target();
      if (t === null) return null;
      if (row < 0 || column < 0 || t.rect.row + row >= MAX_ROWS || t.rect.col + column >= MAX_COLS) fail('InvalidArgument', 'Range.getCell');
      return { sheet: t.sheet, rect: { row: t.rect.row + row, col: t.rect.col + column, rows: 1, cols: 1 } };
    }).through(this, 'Range', 'getCell');
  }

  /** Merges the block (or each row of it, with `across`); Excel keeps only the upper-left value. */
  merge(across = false): void {
    this.call('merge', (t) => {
      boundedCells(t, 'Range.merge');
      assertEditable(t.sheet, 'structure', 'Range.merge');
      const blocks = across
        ? Array.from({ length: t.rect.rows }, (_, i) => ({ row: t.rect.row + i, col: t.rect.col, rows: 1, cols: t.rect.cols }))
        : [t.rect];
      for (const block of blocks) {
        if (block.rows * block.cols < 2) continue;
        const sheet = t.sheet;
        for (let k = sheet.merges.length - 1; k >= 0; k--) {
          const m = sheet.merges[k];
          if (!overlaps(m, block)) continue;
          const inside = m.row >= block.row && m.col >= block.col && m.row + m.rows <= block.row + block.rows && m.col + m.cols <= block.col + block.cols;
          if (!inside) fail('InvalidOperation', 'Range.merge', 'Cannot merge a range that partly overlaps a merged area.');
          sheet.merges.splice(k, 1);
        }
        for (let i = 0; i < block.rows; i++) {
          for (let j = 0; j < block.cols; j++) {
            if (i === 0 && j === 0) continue;
            const c = sheet.cells.get((block.row + i) * MAX_COLS + block.col + j);
            if (c) Object.assign(c, { value: null, formula: null, bound: null, quotePrefix: false, isError: false });
          }
        }
        sheet.merges.push({ ...block });
      }
    });
  }

  unmerge(): void {
    this.call('unmerge', (t) => {
      assertEditable(t.sheet, 'structure', 'Range.unmerge');
      for (let k = t.sheet.merges.length - 1; k >= 0; k--) if (overlaps(t.sheet.merges[k], t.rect)) t.sheet.merges.splice(k, 1);
    });
  }

  /** 'All' | 'Formats' | 'Contents' (Excel's ClearApplyTo). */
  clear(applyTo: string = 'All'): void {
    this.call('clear', (t) => {
      const location = 'Range.clear';
      if (!['All', 'Formats', 'Contents'].includes(applyTo)) fail('InvalidArgument', location);
      boundedCells(t, location);
      if (applyTo !== 'Formats') assertCellsWritable(t.sheet, t.rect, () => true, location);
      if (applyTo !== 'Contents') assertEditable(t.sheet, 'format', location);
      for (let i = 0; i < t.rect.rows; i++) {
        for (let j = 0; j < t.rect.cols; j++) {
          const key = (t.rect.row + i) * MAX_COLS + t.rect.col + j;
          const cell = t.sheet.cells.get(key);
          if (!cell) continue;
          if (applyTo === 'All') t.sheet.cells.delete(key);
          else if (applyTo === 'Contents') Object.assign(cell, { value: null, formula: null, bound: null, quotePrefix: false, isError: false });
          else t.sheet.cells.set(key, { ...blankCell(), value: cell.value, formula: cell.formula, bound: cell.bound, quotePrefix: cell.quotePrefix, isError: cell.isError, validation: cell.validation });
        }
      }
    });
  }

  select(): void {
    this.call('select', (t) => {
      if (t.sheet.visibility !== 'Visible') fail('InvalidOperation', 'Range.select', 'A hidden sheet cannot be selected.');
      const wb = this.context.state;
      wb.activeSheet = t.sheet;
      wb.selection = { sheet: t.sheet, rect: { ...t.rect } };
    });
  }
}

/** A grid whose function also gets the cell's row and column on its sheet. */
function gridAt<V>(t: RangeTarget, location: string, fn: (cell: SimCell, row: number, col: number) => V): V[][] {
  let i = 0;
  let j = 0;
  return grid(t, location, (c) => {
    const v = fn(c, t.rect.row + i, t.rect.col + j);
    if (++j === t.rect.cols) {
      j = 0;
      i++;
    }
    return v;
  });
}

/** Excel's RangeValueType of a constant cell. */
function valueType(c: SimCell): string {
  if (c.value === null || c.value === '') return 'Empty';
  if (c.isError) return 'Error';
  if (typeof c.value === 'number') return 'Double';
  if (typeof c.value === 'boolean') return 'Boolean';
  return 'String';
}

/** `values` and `formulas` writes: shape check, protection check, then Excel's typing rules per cell. */
function writeContents(wb: SimWorkbook, t: RangeTarget, input: unknown, location: string): void {
  boundedCells(t, location);
  const at = entryAt(input, t.rect, location);
  assertCellsWritable(t.sheet, t.rect, (i, j) => at(i, j) !== null && at(i, j) !== undefined, location);
  // Every entry is interpreted first: a refused formula leaves the whole block untouched.
  const entries: Array<Array<CellEntry | null>> = [];
  for (let i = 0; i < t.rect.rows; i++) {
    const row: Array<CellEntry | null> = [];
    for (let j = 0; j < t.rect.cols; j++) row.push(interpretInput(at(i, j), t.sheet.peek(t.rect.row + i, t.rect.col + j).numberFormat === '@', location));
    entries.push(row);
  }
  forEachCell(t, (cell, i, j) => {
    const entry = entries[i][j];
    if (entry) storeEntry(wb, cell, entry);
  });
}

/** Stores what Excel made of one typed entry; a formula is bound to the sheets it names now. */
export function storeEntry(wb: SimWorkbook, cell: SimCell, entry: CellEntry): void {
  cell.value = entry.value;
  cell.quotePrefix = entry.quotePrefix;
  cell.isError = entry.isError === true;
  if (entry.parsed) {
    const { text, bound } = bindFormula(wb, entry.parsed);
    cell.formula = text;
    cell.bound = bound;
  } else {
    cell.formula = entry.formula;
    cell.bound = null;
  }
  if (entry.impliedFormat && cell.numberFormat === 'General') cell.numberFormat = entry.impliedFormat;
}
