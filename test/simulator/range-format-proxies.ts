/** What hangs off a range's format: alignment, sizes, font, fill, borders, cell protection. */
import { MAX_COLS, MAX_ROWS, type Rect } from './address';
import { SimClientObject, type ContextCore } from './client-object';
import { fail } from './errors';
import { assertEditable } from './protection-rules';
import { boundedCells, checkBoolean, forEachCell, parseColor, uniform, type RangeTarget } from './range-cells';
import type { SimRange } from './range-proxies';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type EdgeName, type SimCell } from './workbook-state';

/** A child of a range: resolves through it. */
export abstract class RangePart extends SimClientObject<RangeTarget> {
  constructor(
    context: ContextCore,
    typeName: string,
    protected readonly range: SimRange,
  ) {
    super(context, typeName);
  }

  target(): RangeTarget | null {
    return this.range.target();
  }

  /** Sets a cell-level format property on every cell, after the protection check. */
  protected setCells(name: string, value: unknown, apply: (cell: SimCell) => void, check?: () => void): void {
    this.write(name, value, (t) => {
      const location = `${this.typeName}.${name}`;
      check?.();
      boundedCells(t, location);
      assertEditable(t.sheet, 'format', location);
      forEachCell(t, (cell) => apply(cell));
    });
  }
}

const ALIGNMENTS = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];

export class SimRangeFormat extends RangePart {
  private fontProxy?: SimRangeFont;
  private fillProxy?: SimRangeFill;
  private bordersProxy?: SimRangeBorderCollection;
  private protectionProxy?: SimFormatProtection;

  constructor(context: ContextCore, range: SimRange) {
    super(context, 'RangeFormat', range);
  }

  protected scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      horizontalAlignment: (t) => uniform(t, 'RangeFormat.horizontalAlignment', (c) => c.horizontalAlignment),
      wrapText: (t) => uniform(t, 'RangeFormat.wrapText', (c) => c.wrapText),
      indentLevel: (t) => uniform(t, 'RangeFormat.indentLevel', (c) => c.indentLevel),
      columnWidth: (t) => {
        const widths = new Set<number>();
        for (let j = 0; j < Math.min(t.rect.cols, 256); j++) widths.add(t.sheet.columnWidths.get(t.rect.col + j) ?? DEFAULT_COLUMN_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      },
      rowHeight: (t) => {
        const heights = new Set<number>();
        for (let i = 0; i < Math.min(t.rect.rows, 1024); i++) heights.add(t.sheet.rowHeights.get(t.rect.row + i) ?? DEFAULT_ROW_HEIGHT);
        return heights.size === 1 ? [...heights][0] : null;
      },
    };
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    const children: Record<string, () => SimClientObject<RangeTarget>> = {
      font: () => this.font,
      fill: () => this.fill,
      borders: () => this.borders,
      protection: () => this.protection,
    };
    return children[name]?.() as SimClientObject<unknown> | undefined;
  }

  get font(): SimRangeFont {
    return (this.fontProxy ??= new SimRangeFont(this.context, this.range).through(this, 'RangeFormat', 'font'));
  }
  get fill(): SimRangeFill {
    return (this.fillProxy ??= new SimRangeFill(this.context, this.range).through(this, 'RangeFormat', 'fill'));
  }
  get borders(): SimRangeBorderCollection {
    return (this.bordersProxy ??= new SimRangeBorderCollection(this.context, this.range).through(this, 'RangeFormat', 'borders'));
  }
  get protection(): SimFormatProtection {
    return (this.protectionProxy ??= new SimFormatProtection(this.context, this.range).through(this, 'RangeFormat', 'protection'));
  }

  get horizontalAlignment(): string {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.setCells('horizontalAlignment', v, (c) => (c.horizontalAlignment = v), () => {
      if (!ALIGNMENTS.includes(v)) fail('InvalidArgument', 'RangeFormat.horizontalAlignment');
    });
  }

  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(v: boolean) {
    this.setCells('wrapText', v, (c) => (c.wrapText = v), () => {
      if (typeof v !== 'boolean') fail('InvalidArgument', 'RangeFormat.wrapText');
    });
  }

  /** Excel moves a General or centred cell to left alignment when it is indented. */
  get indentLevel(): number {
    return this.read('indentLevel');
  }
  set indentLevel(v: number) {
    this.setCells(
      'indentLevel',
      v,
      (c) => {
        c.indentLevel = v;
        if (v > 0 && (c.horizontalAlignment === 'General' || c.horizontalAlignment === 'Center')) c.horizontalAlignment = 'Left';
      },
      () => {
        if (!Number.isInteger(v) || v < 0 || v > 250) fail('InvalidArgument', 'RangeFormat.indentLevel');
      },
    );
  }

  /** In points; applies to every column the range spans. */
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(v: number) {
    this.write('columnWidth', v, (t) => {
      const location = 'RangeFormat.columnWidth';
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail('InvalidArgument', location);
      if (t.rect.cols >= MAX_COLS) fail('NotImplemented', location);
      assertEditable(t.sheet, 'columnWidth', location);
      for (let j = 0; j < t.rect.cols; j++) t.sheet.columnWidths.set(t.rect.col + j, v);
    });
  }

  /** In points; applies to every row the range spans. */
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(v: number) {
    this.write('rowHeight', v, (t) => {
      const location = 'RangeFormat.rowHeight';
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 409) fail('InvalidArgument', location);
      if (t.rect.rows >= MAX_ROWS) fail('NotImplemented', location);
      assertEditable(t.sheet, 'rowHeight', location);
      for (let i = 0; i < t.rect.rows; i++) t.sheet.rowHeights.set(t.rect.row + i, v);
    });
  }
}

export class SimRangeFont extends RangePart {
  constructor(context: ContextCore, range: SimRange) {
    super(context, 'RangeFont', range);
  }

  protected scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      bold: (t) => uniform(t, 'RangeFont.bold', (c) => c.font.bold),
      italic: (t) => uniform(t, 'RangeFont.italic', (c) => c.font.italic),
      size: (t) => uniform(t, 'RangeFont.size', (c) => c.font.size),
      color: (t) => uniform(t, 'RangeFont.color', (c) => c.font.color),
      name: (t) => uniform(t, 'RangeFont.name', (c) => c.font.name),
    };
  }

  get bold(): boolean {
    return this.read('bold');
  }
  set bold(v: boolean) {
    this.setCells('bold', v, (c) => (c.font.bold = v), () => checkBoolean(v, 'RangeFont.bold'));
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set italic(v: boolean) {
    this.setCells('italic', v, (c) => (c.font.italic = v), () => checkBoolean(v, 'RangeFont.italic'));
  }
  get size(): number {
    return this.read('size');
  }
  set size(v: number) {
    this.setCells('size', v, (c) => (c.font.size = v), () => {
      if (typeof v !== 'number' || v < 1 || v > 409) fail('InvalidArgument', 'RangeFont.size');
    });
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.setCells('color', v, (c) => (c.font.color = parseColor(v, 'RangeFont.color')), () => parseColor(v, 'RangeFont.color'));
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.setCells('name', v, (c) => (c.font.name = v));
  }
}

export class SimRangeFill extends RangePart {
  constructor(context: ContextCore, range: SimRange) {
    super(context, 'RangeFill', range);
  }

  protected scalars(): Record<string, (t: RangeTarget) => unknown> {
    // Excel reports "#FFFFFF" for a cell without fill.
    return { color: (t) => uniform(t, 'RangeFill.color', (c) => c.fill ?? '#FFFFFF') };
  }

  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.setCells('color', v, (c) => (c.fill = parseColor(v, 'RangeFill.color')), () => parseColor(v, 'RangeFill.color'));
  }

  clear(): void {
    this.call('clear', (t) => {
      boundedCells(t, 'RangeFill.clear');
      assertEditable(t.sheet, 'format', 'RangeFill.clear');
      forEachCell(t, (c) => (c.fill = null));
    });
  }
}

const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];
const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];

export class SimRangeBorderCollection extends RangePart {
  constructor(context: ContextCore, range: SimRange) {
    super(context, 'RangeBorderCollection', range);
  }

  protected scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {};
  }

  getItem(index: string): SimRangeBorder {
    return new SimRangeBorder(this.context, this.range, index).through(this, 'RangeBorderCollection', 'getItem');
  }
}

/** The cell sides one border index of a range stands for, per cell. */
function sidesOf(index: string, rect: Rect, i: number, j: number): EdgeName[] {
  const sides: EdgeName[] = [];
  const lastRow = i === rect.rows - 1;
  const lastCol = j === rect.cols - 1;
  if (index === 'EdgeTop' && i === 0) sides.push('top');
  if (index === 'EdgeBottom' && lastRow) sides.push('bottom');
  if (index === 'EdgeLeft' && j === 0) sides.push('left');
  if (index === 'EdgeRight' && lastCol) sides.push('right');
  if (index === 'InsideHorizontal') {
    if (i > 0) sides.push('top');
    if (!lastRow) sides.push('bottom');
  }
  if (index === 'InsideVertical') {
    if (j > 0) sides.push('left');
    if (!lastCol) sides.push('right');
  }
  return sides;
}

export class SimRangeBorder extends RangePart {
  constructor(
    context: ContextCore,
    range: SimRange,
    private readonly index: string,
  ) {
    super(context, 'RangeBorder', range);
  }

  protected scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      sideIndex: () => this.index,
      style: (t) => {
        this.checkIndex();
        const styles = new Set<string>();
        boundedCells(t, 'RangeBorder.style');
        for (let i = 0; i < t.rect.rows; i++) {
          for (let j = 0; j < t.rect.cols; j++) {
            const cell = t.sheet.peek(t.rect.row + i, t.rect.col + j);
            for (const side of sidesOf(this.index, t.rect, i, j)) styles.add(cell.borders[side] ?? 'None');
          }
        }
        return styles.size === 1 ? [...styles][0] : styles.size === 0 ? 'None' : null;
      },
    };
  }

  private checkIndex(): void {
    if (!BORDER_INDEXES.includes(this.index)) fail('InvalidArgument', 'RangeBorderCollection.getItem');
  }

  get style(): string {
    return this.read('style');
  }
  set style(v: string) {
    this.write('style', v, (t) => {
      const location = 'RangeBorder.style';
      this.checkIndex();
      if (!BORDER_STYLES.includes(v)) fail('InvalidArgument', location);
      boundedCells(t, location);
      assertEditable(t.sheet, 'format', location);
      forEachCell(t, (cell, i, j) => {
        for (const side of sidesOf(this.index, t.rect, i, j)) cell.borders[side] = v;
      });
    });
  }

  /** Accepted and ignored: the store keeps line styles only. */
  set weight(v: string) {
    this.write('weight', v, () => {
      if (!['Hairline', 'Thin', 'Medium', 'Thick'].includes(v)) fail('InvalidArgument', 'RangeBorder.weight');
    });
  }
  get weight(): string {
    return this.read('weight');
  }
}

export class SimFormatProtection extends RangePart {
  constructor(context: ContextCore, range: SimRange) {
    super(context, 'FormatProtection', range);
  }

  protected scalars(): Record<string, (t: RangeTarget) => unknown> {
    return { locked: (t) => uniform(t, 'FormatProtection.locked', (c) => c.locked) };
  }

  get locked(): boolean {
    return this.read('locked');
  }
  set locked(v: boolean) {
    this.write('locked', v, (t) => {
      const location = 'FormatProtection.locked';
      checkBoolean(v, location);
      boundedCells(t, location);
      assertEditable(t.sheet, 'structure', location);
      forEachCell(t, (c) => (c.locked = v));
    });
  }
}
